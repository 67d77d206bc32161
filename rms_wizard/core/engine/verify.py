"""Is the install exactly a known state? Pristine 1.0, 1.0 with reported changes, or SP1."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from ..common.messages import QT_TRANSLATE_NOOP, Message, msg
from ..install.models import FileAction, InstalledFile, InstallState, InstallStatus, Release
from .detect import detect_install
from .payload import ManifestFile, Payload, baseline_payload, sp1_payload
from .plan import decide


class VerifyResult(BaseModel):
    """``state`` is "1.0", "SP1" or None (not a known state); ``modified`` lists the admin's changes."""

    state: Release | None
    modified: list[str] = []
    differences: list[Message] = []
    notes: list[Message] = []
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return self.state is not None and not self.differences


def _as_installed(item: ManifestFile) -> InstalledFile:
    return InstalledFile(path=item.path, size=item.size, sha256=item.sha256, version=item.version)


def expected_hashes(
    release: Release, sp1: Payload, baseline: Payload, *, fresh: bool = False
) -> dict[str, tuple[str, bool]]:
    """Path → (expected SHA-256, may the admin have changed it) for a known state."""
    v1 = baseline.manifest.by_path()
    expected: dict[str, tuple[str, bool]] = {}
    if release is Release.V1:
        for key, item in v1.items():
            expected[key] = (item.sha256, item.version is None)
        return expected
    if not fresh:
        for key, item in v1.items():
            expected[key] = (item.sha256, item.version is None)
    for key, new in sp1.manifest.by_path().items():
        old = v1.get(key)
        if fresh or old is None:
            expected[key] = (new.sha256, False)
            continue
        action, _ = decide(new, _as_installed(old), old)
        keep = action in (FileAction.KEEP, FileAction.KEEP_MODIFIED)
        expected[key] = (old.sha256 if keep else new.sha256, new.version is None)
    return expected


def verify_state(
    state: InstallState, sp1: Payload | None = None, baseline: Payload | None = None
) -> VerifyResult:
    sp1 = sp1 or sp1_payload()
    baseline = baseline or baseline_payload()
    if state.status is InstallStatus.INTERRUPTED:
        return VerifyResult(
            state=None,
            interrupted=True,
            differences=[msg(QT_TRANSLATE_NOOP("core", "An interrupted run was found."))],
        )
    if state.version is None:
        return VerifyResult(
            state=None,
            differences=[msg(QT_TRANSLATE_NOOP("core", "No RMS install was found."))],
        )
    expected = expected_hashes(state.version, sp1, baseline, fresh=state.fresh_install)
    installed = {f.path.lower(): f for f in state.files}
    all_known = {**sp1.manifest.by_path(), **baseline.manifest.by_path()}
    differences: list[Message] = []
    modified: list[str] = []
    for key, (sha, may_change) in sorted(expected.items()):
        have = installed.get(key)
        name = all_known[key].path
        if have is None:
            differences.append(msg(QT_TRANSLATE_NOOP("core", "%1 is missing."), name))
        elif have.sha256 != sha:
            if may_change and have.version is None:
                modified.append(name)
            else:
                differences.append(
                    msg(QT_TRANSLATE_NOOP("core", "%1 differs from the expected file."), name)
                )
    for key, have in sorted(installed.items()):
        if key not in expected:
            differences.append(
                msg(QT_TRANSLATE_NOOP("core", "%1 is not part of this release."), have.path)
            )
    differences.extend(state.problems)
    schema_differences, notes = database_schemas(state)
    differences.extend(schema_differences)
    return VerifyResult(
        state=state.version if not differences else None,
        modified=modified,
        differences=differences,
        notes=notes,
    )


def database_schemas(state: InstallState) -> tuple[list[Message], list[Message]]:
    """(differences, notes) of the databases' schemas against the release: not only the files
    say which release a server is, its databases do too. After SP1 both have SP1's schema; under
    1.0 the logging database has 1.0's, and the configuration database 1.0's -- or SP1's, kept
    when SP1 was removed (1.0 ignores its additions), which is said, not hidden."""
    differences: list[Message] = []
    notes: list[Message] = []
    config, logging = state.config_db, state.logging_db
    if config is not None and config.exists:
        if config.schema_release is None:
            differences.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "The configuration database has neither the 1.0 nor the SP1 schema."
                    )
                )
            )
        elif config.schema_release is not state.version and state.version is Release.SP1:
            differences.append(
                msg(QT_TRANSLATE_NOOP("core", "The configuration database has the 1.0 schema."))
            )
        elif config.schema_release is not state.version:
            notes.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The configuration database keeps the fields SP1 added (RMS 1.0 ignores "
                        "them).",
                    )
                )
            )
    if logging is not None and logging.exists and logging.schema_release is not state.version:
        differences.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "The logging database does not have the schema of RMS %1."
                ),
                state.version.value if state.version else "?",
            )
        )
    return differences, notes


def verify_tree(root: Path) -> VerifyResult:
    return verify_state(detect_install(root))
