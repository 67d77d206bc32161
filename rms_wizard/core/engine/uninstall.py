"""Remove SP1 and return the server to its previous configuration, transactionally.

The files SP1 added are removed and every original comes back from the rollback store; the registry
goes back to 1.0 last (the commit point). For the configuration database the admin chooses (the
seed's two options): restore the backup made before SP1 (undoes every SP1 change), or keep the SP1
database, whose extra fields a 1.0 server ignores.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, SecretStr

from ..common.dir_fd import RootedFiles
from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, msg
from ..common.paths import registry_file
from ..common.progress import CancelToken, ProgressCallback, no_progress
from ..common.safe_paths import check_paths
from ..install.models import InstallState, InstallStatus, Release
from ..install.regfile import RegFile, dump_reg, read_reg
from ..install.registry import DRMS_KEY
from .apply import run_transaction
from .backup import verify_backup
from .detect import detect_install
from .fault_plan import FaultPlan
from .file_steps import make_private_dirs
from .install_lock import InstallLock
from .locked_run import locked_run
from .payload import sp1_payload
from .plan import refuse_unfinished
from .plan_recheck import PlanInputs, registry_fingerprint
from .rollback_store import (
    KEPT_REL,
    STORE_REL,
    RollbackStore,
    check_store,
    edited_sp1_files,
    load_store,
)
from .sqlite_files import settle_databases
from .staged_content import stage_database_copy, write_staged
from .step_models import Cleanup, PutFile, StageStep, Step
from .update_steps import rel_to_root

logger = logging.getLogger(__name__)


class UninstallResult(BaseModel):
    files_restored: int
    files_removed: int
    config_db_restored: bool
    notes: list[Message] = []
    #: SP1 files the admin changed after the update: kept aside (see ``kept_in``), not discarded.
    kept_edits: list[str] = []
    kept_in: str | None = None


def _no_store_error() -> BadInputError:
    return BadInputError(
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The rollback store of this SP1 install is missing, so the RMS 1.0 files cannot be "
                "put back. What can still be restored: the configuration database, from the backup "
                "made before SP1. To return to 1.0, reinstall RMS 1.0 from its media and then "
                "restore that backup.",
            )
        )
    )


class _KeptEdits:
    """SP1 files the admin changed after the update: moved aside into a folder of their own
    (listed in the result and its notes) instead of being discarded with the rest of SP1."""

    def __init__(
        self, root: Path, install_rel: str, installed: dict[str, str | None], staging: str
    ) -> None:
        self.edited = set(edited_sp1_files(root, install_rel, installed))
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        self.folder = f"{KEPT_REL}/SP1-edits-{stamp}"
        self.shown = root.joinpath(*self.folder.split("/"))
        self.staging = staging

    def displaced(self, path: str) -> str:
        if path in self.edited:
            return f"{self.folder}/{path}"
        return f"{self.staging}/displaced/{path}"

    def dirs(self, path: str) -> list[str]:
        """The folders a kept file needs, from ``.rms-wizard/kept`` down (undo removes them)."""
        if path not in self.edited:
            return []
        parts = f"{self.folder}/{path}".split("/")[:-1]
        return ["/".join(parts[:n]) for n in range(2, len(parts) + 1)]

    def note(self) -> Message:
        return msg(
            QT_TRANSLATE_NOOP(
                "core",
                "You changed SP1 files after the update; your versions are kept in %1: %2",
            ),
            self.shown,
            ", ".join(sorted(self.edited)),
        )


def _registry_without_rms(current: RegFile) -> RegFile:
    keys = tuple(k for k in current.keys if not k.path.lower().startswith(DRMS_KEY.lower()))
    return RegFile(keys=keys)


class _Removal:
    """The steps that take SP1 away (before the config database and the registry), with the
    counts and notes the result reports."""

    def __init__(self, kept: _KeptEdits) -> None:
        self.kept = kept
        self.steps: list[Step] = []
        self.notes: list[Message] = []
        self.restored = 0
        self.removed = 0
        #: The staged registry of a fresh install's removal (the store holds the other kind).
        self.new_registry = b""
        self.registry_source = ""
        self.registry_sha256: str | None = None
        self.cleanup = Cleanup()

    def put(
        self,
        target: str,
        path: str,
        *,
        source: str | None = None,
        sha256: str | None = None,
        size: int = 0,
    ) -> None:
        """Put ``path``'s original back at ``target`` from ``source``, or remove it (no source);
        an SP1 file the admin edited is kept aside, not discarded."""
        self.steps.append(
            PutFile(
                target=target,
                source=source,
                displaced=self.kept.displaced(path),
                created_dirs=self.kept.dirs(path),
                sha256=sha256,
                size=size,
                label=path,
                restore=source is not None,
            )
        )


def _refuse_unless_sp1(state: InstallState) -> None:
    refuse_unfinished(state)
    if state.status is not InstallStatus.INSTALLED or state.version is not Release.SP1:
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP("core", "SP1 is not installed on this server: nothing to remove.")
            )
        )


def _config_backup(
    state: InstallState, restore_config_db: Path | None, password: SecretStr | None
) -> Path | None:
    """The verified backup's configuration database to restore, or None to keep SP1's."""
    if restore_config_db is None:
        return None
    if password is None:
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "The backup's private-key password is required."))
        )
    backup = verify_backup(restore_config_db, password, server=state.identity)
    config_backup = backup.path_of("config-db")
    if state.config_db is None or config_backup is None:
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "This server has no configuration database to restore."))
        )
    return config_backup


def _fresh_removal(root: Path, state: InstallState, staging: str) -> _Removal:
    """SP1 was installed fresh: removing it leaves no RMS; the databases and key are kept."""
    assert state.install_dir is not None
    install_rel = rel_to_root(root, state.install_dir)
    # The folders SP1's fresh install made: removed too when nothing else is left in them.
    folders = {install_rel}
    present = [i for i in sp1_payload().manifest.files if state.file(i.path) is not None]
    removal = _Removal(
        _KeptEdits(root, install_rel, {item.path: item.sha256 for item in present}, staging)
    )
    for item in present:
        parts = item.path.split("/")[:-1]
        folders.update(f"{install_rel}/{'/'.join(parts[:n])}" for n in range(1, len(parts) + 1))
        removal.put(f"{install_rel}/{item.path}", item.path, size=item.size)
        removal.removed += 1
    removal.new_registry = dump_reg(_registry_without_rms(read_reg(registry_file(root))))
    removal.notes.append(
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "SP1 was installed fresh, so there is no earlier RMS to return to: RMS is "
                "removed; the databases and the private key are kept.",
            )
        )
    )
    removal.registry_source = f"{staging}/registry.reg"
    removal.registry_sha256 = hashlib.sha256(removal.new_registry).hexdigest()
    removal.cleanup = Cleanup(remove=[staging], remove_if_empty=[*folders, ".rms-wizard/staging"])
    return removal


def _store_removal(
    root: Path, store: RollbackStore, staging: str, keeps_config_db: bool
) -> _Removal:
    """Every original back from the rollback store; every file SP1 added removed."""
    install_rel = store.install_dir
    dirs: list[str] = []
    installed = {entry.path: entry.sp1_sha256 for entry in store.entries}
    removal = _Removal(_KeptEdits(root, install_rel, installed, staging))
    for entry in store.entries:
        target = f"{install_rel}/{entry.path}"
        if entry.action == "replaced":
            source = f"{STORE_REL}/files/{entry.path}"
            removal.put(target, entry.path, source=source, sha256=entry.original_sha256)
            removal.restored += 1
        else:
            removal.put(target, entry.path)
            dirs.extend(entry.created_dirs)
            removal.removed += 1
    if store.logging_db:  # check_store found it whole
        removal.steps.append(
            PutFile(
                target=store.logging_db,
                source=f"{STORE_REL}/logging.db",
                displaced=f"{staging}/displaced/logging.db",
                label="DRMS_Logging.db",
                restore=True,
            )
        )
    removal.registry_source = f"{STORE_REL}/registry.reg"
    removal.registry_sha256 = store.registry_sha256
    removal.cleanup = Cleanup(
        remove=[STORE_REL, staging],
        remove_if_empty=[*dirs, ".rms-wizard/staging", ".rms-wizard/rollback"],
    )
    if keeps_config_db and store.config_db_migrated:
        removal.notes.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The SP1 configuration database is kept: RMS 1.0 ignores the fields SP1 "
                    "added and does not use them.",
                )
            )
        )
    return removal


def _finish_steps(
    root: Path, state: InstallState, removal: _Removal, staging: str, config_backup: Path | None
) -> list[Step]:
    """Staging first; then the removal, the configuration database, the registry last (the
    commit point) and the cleanup."""
    steps: list[Step] = [StageStep(folder=staging), *removal.steps]
    if config_backup is not None and state.config_db is not None:
        steps.append(
            PutFile(
                target=rel_to_root(root, state.config_db.path),
                source=f"{staging}/config.db",
                displaced=f"{staging}/displaced/config.db",
                label="DRMS_Config.db",
            )
        )
    steps.append(
        PutFile(
            target=rel_to_root(root, registry_file(root)),
            source=removal.registry_source,
            displaced=f"{staging}/displaced/registry.reg",
            sha256=removal.registry_sha256,
            label="registry.reg",
            commit=True,
        )
    )
    steps.append(removal.cleanup)
    return steps


def _stager(
    root: Path, staging: str, config_backup: Path | None, new_registry: bytes | None
) -> Callable[[Path, Callable[[int, str], None], CancelToken], None]:
    def stage(folder: Path, report: Callable[[int, str], None], cancel: CancelToken) -> None:
        # Written at the staging folder's descriptor, never through a link (staged_content).
        del folder, report, cancel
        make_private_dirs(RootedFiles(os.fspath(root)), f"{staging}/displaced")
        if config_backup is not None:
            if not config_backup.is_file():  # the verified backup went away since
                raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), config_backup)
            stage_database_copy(root, f"{staging}/config.db", config_backup)
        if new_registry is not None:
            write_staged(root, f"{staging}/registry.reg", new_registry)

    return stage


@locked_run("uninstall")
def uninstall_sp1(
    root: Path,
    /,
    *,
    restore_config_db: Path | None,
    password: SecretStr | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    faults: FaultPlan | None = None,
    lock: InstallLock | None = None,
) -> UninstallResult:
    """Remove SP1. ``restore_config_db`` is the backup folder to restore, or None to keep the DB.

    Restoring needs the backup's password too (the backup is verified like before an update).
    The install's lock (``lock``, or one taken here) is held from before detection to the end.
    """
    registry_sha256 = registry_fingerprint(root)  # before detection reads it
    # What removal needs (release, identity, databases, which shipped files are there) is what
    # planning an update reads too: a large install's files are not hashed for it.
    state = detect_install(root, for_update=True)
    _refuse_unless_sp1(state)
    staging = f".rms-wizard/staging/{os.urandom(6).hex()}"
    check_paths(os.fspath(root), [], [STORE_REL])  # the store is read only when not a link
    store = load_store(root)
    if store is None and not state.fresh_install:
        raise _no_store_error()
    if store is not None:
        check_store(root, store)  # before the first change: every original is whole
    config_backup = _config_backup(state, restore_config_db, password)
    if store is None:
        removal = _fresh_removal(root, state, staging)
    else:
        removal = _store_removal(root, store, staging, keeps_config_db=config_backup is None)
    steps = _finish_steps(root, state, removal, staging, config_backup)
    stage = _stager(root, staging, config_backup, removal.new_registry if store is None else None)
    settle_databases(state)  # before anything changes: refused while RMS writes to them
    # Every file the removal overwrites or removes is still the one detection saw.
    base = Path(state.install_dir) if state.install_dir else root
    touched = {s.label for s in steps if isinstance(s, PutFile)}
    files = [(base.joinpath(*f.path.split("/")), f) for f in state.files if f.path in touched]
    inputs = PlanInputs(root.resolve(), files, registry_sha256)
    run_transaction(
        root,
        "uninstall",
        steps,
        stage=inputs.checked_after(stage),
        progress=progress,
        cancel=cancel,
        failure=QT_TRANSLATE_NOOP("core", "Removing SP1 failed and was rolled back: %1"),
        faults=faults,
        lock=lock,
    )
    kept = removal.kept
    if kept.edited:
        removal.notes.append(kept.note())
    return UninstallResult(
        files_restored=removal.restored,
        files_removed=removal.removed,
        config_db_restored=config_backup is not None,
        notes=removal.notes,
        kept_edits=sorted(kept.edited),
        kept_in=str(kept.shown) if kept.edited else None,
    )
