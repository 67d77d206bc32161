"""The SP1 plan: Windows Installer's default file-versioning rules, table-driven, and whole plans."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from enginekit import Templates, install_dir

from rms_wizard.core.common.messages import BadInputError, InterruptedStateError
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.payload import ManifestFile, Payload, baseline_payload, sp1_payload
from rms_wizard.core.engine.plan import PlanKind, decide, plan_update
from rms_wizard.core.install.fileversion import versioned_binary
from rms_wizard.core.install.models import (
    ComponentId,
    FileAction,
    FileVersion,
    InstalledFile,
    InstallState,
    InstallStatus,
    InterruptedInfo,
    Release,
)
from rms_wizard.core.install.pe_image import PeSpec, pe_bytes

SP1 = sp1_payload()
BASELINE = baseline_payload()


def sha(tag: str) -> str:
    return hashlib.sha256(tag.encode()).hexdigest()


def new_file(version: str | None, digest: str = "sp1") -> ManifestFile:
    return ManifestFile(
        path="bin/Thing.dll",
        component=ComponentId.SERVER,
        version=FileVersion.parse(version) if version else None,
        sha256=sha(digest),
        size=10,
    )


def installed(version: str | None, digest: str) -> InstalledFile:
    return InstalledFile(
        path="bin/Thing.dll",
        size=10,
        sha256=sha(digest),
        version=FileVersion.parse(version) if version else None,
    )


def pristine(version: str | None, digest: str) -> ManifestFile:
    return new_file(version, digest)


# (id, payload file, installed file, pristine 1.0 record, expected action, words in the reason)
RULES = [
    ("added", new_file("5.2.3790.300"), None, None, FileAction.ADD, "New in SP1"),
    (
        "added-unversioned",
        new_file(None),
        None,
        None,
        FileAction.ADD,
        "New in SP1",
    ),
    (
        "higher-version-replaces",
        new_file("5.2.3790.300"),
        installed("5.2.3790.134", "v1"),
        pristine("5.2.3790.134", "v1"),
        FileAction.REPLACE,
        "5.2.3790.134 is lower than SP1's 5.2.3790.300",
    ),
    (
        "higher-version-numeric-not-lexical",
        new_file("5.2.3790.1000"),
        installed("5.2.3790.300", "v1"),
        None,
        FileAction.REPLACE,
        "lower than SP1's 5.2.3790.1000",
    ),
    (
        "higher-minor-version",
        new_file("5.10.0.0"),
        installed("5.9.65535.65535", "v1"),
        None,
        FileAction.REPLACE,
        "lower",
    ),
    (
        "equal-version-keeps",
        new_file("5.2.3790.134"),
        installed("5.2.3790.134", "v1"),
        pristine("5.2.3790.134", "v1"),
        FileAction.KEEP,
        "same version (5.2.3790.134)",
    ),
    (
        "equal-version-different-bytes-keeps",
        new_file("5.2.3790.134", "sp1"),
        installed("5.2.3790.134", "patched"),
        pristine("5.2.3790.134", "v1"),
        FileAction.KEEP,
        "same version",
    ),
    (
        "installed-higher-never-downgraded",
        new_file("5.2.3790.300"),
        installed("5.2.3790.400", "hotfix"),
        pristine("5.2.3790.134", "v1"),
        FileAction.KEEP,
        "5.2.3790.400 is higher than SP1's 5.2.3790.300: never downgraded",
    ),
    (
        "versioned-replaces-unversioned",
        new_file("5.2.3790.300"),
        installed(None, "v1"),
        pristine(None, "v1"),
        FileAction.REPLACE,
        "versioned file (5.2.3790.300) replaces an unversioned file",
    ),
    (
        "versioned-replaces-modified-unversioned",
        new_file("5.2.3790.300"),
        installed(None, "admin-edit"),
        pristine(None, "v1"),
        FileAction.REPLACE,
        "replaces an unversioned file",
    ),
    (
        "unversioned-never-replaces-versioned",
        new_file(None),
        installed("5.2.3790.134", "v1"),
        pristine("5.2.3790.134", "v1"),
        FileAction.KEEP,
        "has a version (5.2.3790.134); an unversioned file never replaces it",
    ),
    (
        "unversioned-identical",
        new_file(None, "same"),
        installed(None, "same"),
        pristine(None, "v1"),
        FileAction.KEEP,
        "Already identical",
    ),
    (
        "unversioned-identical-and-modified-since-1.0",
        new_file(None, "same"),
        installed(None, "same"),
        None,
        FileAction.KEEP,
        "Already identical",
    ),
    (
        "unversioned-pristine-replaced",
        new_file(None, "sp1"),
        installed(None, "v1"),
        pristine(None, "v1"),
        FileAction.REPLACE,
        "Unchanged since RMS 1.0",
    ),
    (
        "unversioned-modified-kept",
        new_file(None, "sp1"),
        installed(None, "admin-edit"),
        pristine(None, "v1"),
        FileAction.KEEP_MODIFIED,
        "your changes are kept",
    ),
    (
        "unversioned-unknown-to-1.0-kept",
        new_file(None, "sp1"),
        installed(None, "something"),
        None,
        FileAction.KEEP_MODIFIED,
        "your changes are kept",
    ),
]


@pytest.mark.parametrize(
    ("new", "have", "old", "action", "reason"), [r[1:] for r in RULES], ids=[r[0] for r in RULES]
)
def test_versioning_rule(
    new: ManifestFile,
    have: InstalledFile | None,
    old: ManifestFile | None,
    action: FileAction,
    reason: str,
) -> None:
    got, why = decide(new, have, old)
    assert got is action
    assert reason in str(why)


def test_the_rule_table_covers_every_action() -> None:
    assert {r[4] for r in RULES} == set(FileAction)


# ------------------------------------------------------------------------------ whole plans


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("plan"))


def state_of(templates: Templates, scenario: str) -> InstallState:
    return detect_install(templates.template(scenario))


def actions(state: InstallState) -> dict[str, FileAction]:
    plan = plan_update(state, SP1, BASELINE)
    return {a.path: a.action for a in plan.actions}


# What single-server-v1 (a pristine 1.0 install) must get, file by file, from the shipped payload.
EXPECTED_V1 = {
    "bin/DRMSServer.dll": FileAction.REPLACE,  # higher version
    "bin/DRMSCrypto.dll": FileAction.REPLACE,
    "bin/DRMSCertification.dll": FileAction.KEEP,  # same version
    "bin/DRMSTemplates.dll": FileAction.REPLACE,  # versioned replaces unversioned
    "bin/DRMSOfflineEnrollment.dll": FileAction.ADD,
    "_wmcs/web.config": FileAction.REPLACE,  # unversioned, pristine
    "_wmcs/certification/certification.asmx": FileAction.KEEP,  # identical
    "_wmcs/licensing/license.asmx": FileAction.REPLACE,
    "_wmcs/licensing/publish.asmx": FileAction.KEEP,
    "_wmcs/licensing/offlineenroll.asmx": FileAction.ADD,
    "admin/DRMSAdmin.dll": FileAction.REPLACE,
    "admin/Default.aspx": FileAction.REPLACE,
    "admin/admin.css": FileAction.KEEP,
    "bin/DRMSLogging.dll": FileAction.REPLACE,
    "logging/LoggingSchema.xml": FileAction.REPLACE,
    "client/msdrm.dll": FileAction.REPLACE,
    "client/RmActivate.exe": FileAction.REPLACE,
    "client/SecProcServerLockbox.dll": FileAction.ADD,
    "client/rmsclient.xml": FileAction.REPLACE,
}


def test_pristine_v1_plan_file_by_file(templates: Templates) -> None:
    state = state_of(templates, "single-server-v1")
    plan = plan_update(state, SP1, BASELINE)
    assert plan.kind is PlanKind.UPDATE
    assert plan.from_release is Release.V1
    assert {a.path: a.action for a in plan.actions} == EXPECTED_V1
    # exactly one action per SP1 file, nothing else
    assert sorted(a.path for a in plan.actions) == sorted(f.path for f in SP1.manifest.files)
    assert plan.config_db_migration == SP1.manifest.config_db_migration
    assert plan.recreate_logging_db
    assert sum(plan.counts().values()) == len(plan.actions)
    assert plan.bytes_to_write == sum(a.size for a in plan.changes())
    replaced = next(a for a in plan.actions if a.path == "bin/DRMSServer.dll")
    assert (replaced.installed_version, replaced.new_version) == ("5.2.3790.134", "5.2.3790.300")
    added = next(a for a in plan.actions if a.action is FileAction.ADD)
    assert added.installed_version is None and added.installed_sha256 is None


def test_modified_config_is_kept_and_reported(templates: Templates) -> None:
    state = state_of(templates, "user-modified-config")
    plan = plan_update(state, SP1, BASELINE)
    got = {a.path: a.action for a in plan.actions}
    assert got == {**EXPECTED_V1, "_wmcs/web.config": FileAction.KEEP_MODIFIED}
    assert any("changed since RMS 1.0" in str(n) for n in plan.notes)


def test_already_sp1_gives_an_empty_plan_that_says_so(templates: Templates) -> None:
    plan = plan_update(state_of(templates, "already-sp1"), SP1, BASELINE)
    assert plan.kind is PlanKind.NOTHING
    assert plan.actions == [] and plan.changes() == []
    assert "already installed" in str(plan.notes[0])


def test_no_rms_gives_a_fresh_install_plan(templates: Templates) -> None:
    plan = plan_update(state_of(templates, "no-rms"), SP1, BASELINE)
    assert plan.kind is PlanKind.FRESH_INSTALL
    assert len(plan.actions) == len(SP1.manifest.files)
    assert {a.action for a in plan.actions} == {FileAction.ADD}


def test_a_hotfix_newer_than_sp1_is_never_downgraded(templates: Templates, tmp_path: Path) -> None:
    root = templates.copy("single-server-v1", tmp_path / "s")
    target = install_dir(root) / "bin" / "DRMSServer.dll"
    target.write_bytes(versioned_binary(FileVersion.parse("5.2.3790.400"), "hotfix"))
    state = detect_install(root)
    assert state.status is InstallStatus.INSTALLED
    assert actions(state)["bin/DRMSServer.dll"] is FileAction.KEEP


def test_a_large_real_sized_binary_is_read_as_versioned(
    templates: Templates, tmp_path: Path
) -> None:
    """Issue 13: a real binary past 64 KiB (a vcruntime140.dll, 14.44) was called unversioned
    and SP1's 5.2.3790.300 replaced it: a downgrade."""
    root = templates.copy("single-server-v1", tmp_path / "s")
    target = install_dir(root) / "bin" / "DRMSServer.dll"
    spec = PeSpec(version=FileVersion.parse("14.44.35211.0"), code=b"\x90" * 120_000)
    target.write_bytes(pe_bytes(spec))
    plan = plan_update(detect_install(root, for_update=True), SP1, BASELINE)
    item = next(a for a in plan.actions if a.path == "bin/DRMSServer.dll")
    assert item.action is FileAction.KEEP
    assert item.installed_version == "14.44.35211.0"
    assert "never downgraded" in str(item.reason)


def test_components_that_are_not_installed_are_left_out(templates: Templates) -> None:
    state = state_of(templates, "single-server-v1")
    components = [
        c.model_copy(update={"installed": c.id is not ComponentId.CLIENT}) for c in state.components
    ]
    got = actions(state.model_copy(update={"components": components}))
    assert not any(path.startswith("client/") for path in got)
    assert got == {p: a for p, a in EXPECTED_V1.items() if not p.startswith("client/")}


def test_interrupted_state_is_refused_with_recover_advice(templates: Templates) -> None:
    state = state_of(templates, "single-server-v1").model_copy(
        update={
            "status": InstallStatus.INTERRUPTED,
            "interrupted": InterruptedInfo(
                operation="apply", steps_done=3, steps_total=21, committed=False
            ),
        }
    )
    with pytest.raises(InterruptedStateError) as info:
        plan_update(state, SP1, BASELINE)
    assert info.value.exit_code == 4
    assert "recover" in str(info.value)


def test_a_live_run_is_reported_as_busy_not_as_interrupted(templates: Templates) -> None:
    state = state_of(templates, "single-server-v1").model_copy(
        update={
            "status": InstallStatus.INTERRUPTED,
            "interrupted": InterruptedInfo(
                operation="apply",
                steps_done=0,
                steps_total=0,
                committed=False,
                lock_holder_alive=True,
            ),
        }
    )
    with pytest.raises(BadInputError) as info:
        plan_update(state, SP1, BASELINE)
    assert "Another run" in str(info.value)
    assert "recover" not in str(info.value)


def test_inconsistent_state_is_refused_naming_the_problem(
    templates: Templates, tmp_path: Path
) -> None:
    root = templates.copy("single-server-v1", tmp_path / "s")
    (install_dir(root) / "bin" / "DRMSCrypto.dll").unlink()
    state = detect_install(root)
    assert state.status is InstallStatus.INCONSISTENT
    with pytest.raises(BadInputError) as info:
        plan_update(state, SP1, BASELINE)
    assert "inconsistent" in str(info.value)
    assert "bin/DRMSCrypto.dll is missing" in str(info.value)


def test_plan_uses_the_payload_it_is_given(templates: Templates, tmp_path: Path) -> None:
    """A payload that ships one more file makes exactly one more action."""
    extra = SP1.manifest.files[0].model_copy(update={"path": "bin/Extra.dll"})
    manifest = SP1.manifest.model_copy(update={"files": [*SP1.manifest.files, extra]})
    payload = Payload(manifest=manifest, files_dir=tmp_path)
    plan = plan_update(state_of(templates, "single-server-v1"), payload, BASELINE)
    assert {a.path: a.action for a in plan.actions} == {
        **EXPECTED_V1,
        "bin/Extra.dll": FileAction.ADD,
    }
