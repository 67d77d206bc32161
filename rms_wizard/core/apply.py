"""Apply SP1: turn an :class:`UpdatePlan` into transaction steps and run them.

Only the files the plan adds or replaces are written; everything else is left untouched. Originals
go to the rollback store (``.rms-wizard/rollback/SP1``), kept until SP1 is removed, like Windows
Installer's baseline cache. The registry's version value changes last: that is the commit point.
"""

from __future__ import annotations

import hashlib
import os
import queue
import shutil
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, SecretStr

from .backup import BackupSet, verify_backup
from .detect import detect_install
from .loggingdb import create_logging_db, import_past_statistics
from .messages import QT_TRANSLATE_NOOP, BadInputError, OperationFailedError, msg, os_error_message
from .models import FileAction, InstallState, Release
from .paths import registry_file, state_dir
from .payload import Payload, baseline_payload, sp1_payload
from .plan import PlanKind, PlannedFile, UpdatePlan, plan_update
from .progress import CancelToken, ProgressCallback, no_progress
from .regfile import RegFile, dump_reg, read_reg
from .registry import DRMS_KEY
from .transaction import (
    Cancelled,
    Cleanup,
    FaultPlan,
    MigrateConfigDb,
    PutFile,
    StageStep,
    Step,
    Transaction,
)

STORE_REL = ".rms-wizard/rollback/SP1"
_COPY_CHUNK = 1024 * 1024


class StoreEntry(BaseModel):
    path: str
    action: Literal["added", "replaced"]
    original_sha256: str | None = None
    created_dirs: list[str] = []


class RollbackStore(BaseModel):
    """What the rollback store holds: enough to put the previous release back exactly."""

    format: Literal[1] = 1
    release: Release = Release.SP1
    created: datetime
    install_dir: str
    entries: list[StoreEntry]
    logging_db: str | None = None
    config_db: str | None = None
    config_db_migrated: bool = False


class ApplyResult(BaseModel):
    plan: UpdatePlan
    files_written: int
    bytes_written: int
    statistics_imported: int = 0


def rel_to_root(root: Path, path: Path | str) -> str:
    return Path(path).resolve().relative_to(root.resolve()).as_posix()


def sp1_registry(current: RegFile, fresh: bool) -> RegFile:
    """The registry after SP1: the commit point's content."""
    reg = current
    reg = reg.with_value(DRMS_KEY, "ProductVersion", "SP1")
    reg = reg.with_value(DRMS_KEY, "FileVersion", "5.2.3790.300")
    reg = reg.with_value(DRMS_KEY, "ServicePackLevel", 1)
    reg = reg.with_value(DRMS_KEY, "PreviousVersion", "" if fresh else "1.0")
    return reg


def fresh_registry(current: RegFile) -> RegFile:
    from .sandbox import INSTALL_PATH

    reg = current.with_value(DRMS_KEY, "InstallPath", INSTALL_PATH)
    reg = reg.with_value(DRMS_KEY, "ProductName", "Microsoft Windows Rights Management Services")
    return sp1_registry(reg, fresh=True)


def _missing_dirs(root: Path, target: Path, claimed: set[Path]) -> list[str]:
    """The folders above ``target`` that do not exist yet, shallowest first.

    ``root`` is resolved and ``target`` lies below it. A folder an earlier step already creates
    (in ``claimed``) is that step's to create and to remove on rollback, so it is not listed again,
    and is not looked up on disk again either.
    """
    missing = []
    parent = target.parent
    while parent != root and parent not in claimed and not parent.exists():
        missing.append(parent)
        parent = parent.parent
    claimed.update(missing)
    return sorted((p.relative_to(root).as_posix() for p in missing), key=len)


_copy_buffers = threading.local()


def stage_shards() -> int:
    """How many folders (and copying threads) staging uses: one per thread, because threads
    creating files in one folder queue on that folder's lock, and in different folders they run
    side by side (file creation is most of the kernel's work in a copy)."""
    return max(2, min(4, os.cpu_count() or 2))


def staged_name(index: int, path: str, shards: int) -> str:
    """Where change number ``index`` is staged, below the staging folder's ``files``."""
    return f"{index % shards}/{index:05d}-{path.rsplit('/', 1)[-1]}"


def _copy_verified(source: Path, target: Path, sha256: str) -> None:
    """Copy ``source`` to ``target``, hashing on the way; the payload must match its manifest.

    Reads into this thread's reusable buffer (no allocation per chunk).
    """
    view: memoryview | None = getattr(_copy_buffers, "view", None)
    if view is None:
        view = _copy_buffers.view = memoryview(bytearray(_COPY_CHUNK))
    digest = hashlib.sha256()
    with source.open("rb", buffering=0) as src, target.open("wb", buffering=0) as dst:
        while count := src.readinto(view):
            chunk = view[:count]
            digest.update(chunk)
            while chunk:
                written = dst.write(chunk) or 0
                chunk = chunk[written:]
    if digest.hexdigest() != sha256:
        raise OperationFailedError(
            msg(QT_TRANSLATE_NOOP("core", "The SP1 payload file %1 is damaged."), source.name)
        )


def _stage_files(
    changes: list[PlannedFile],
    payload: Payload,
    files_dir: Path,
    shards: int,
    report: Callable[[int, str], None],
    cancel: CancelToken,
) -> None:
    """Copy and verify the payload files, one thread per shard folder (see
    :func:`stage_shards`; hashlib and file I/O release the GIL). Progress is reported here, on
    the caller's thread, as each file is done; cancel is honoured between files."""
    folders = [files_dir / str(shard) for shard in range(shards)]
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    finished: queue.SimpleQueue[tuple[int, BaseException | None]] = queue.SimpleQueue()
    stop = threading.Event()

    def copy_shard(shard: int) -> None:
        for index in range(shard, len(changes), shards):
            if stop.is_set():
                return
            if cancel.cancelled:
                finished.put((index, Cancelled()))
                return
            item = changes[index]
            target = files_dir / staged_name(index, item.path, shards)
            try:
                _copy_verified(payload.source(item.path), target, item.new_sha256)
            except BaseException as exc:  # handed to the caller's thread, raised there
                finished.put((index, exc))
                return
            finished.put((index, None))

    done = 0
    with ThreadPoolExecutor(max_workers=shards) as pool:
        for shard in range(shards):
            pool.submit(copy_shard, shard)
        try:
            for _ in changes:
                index, error = finished.get()
                if error is not None:
                    raise error
                done += changes[index].size
                report(done, changes[index].path)
                if cancel.cancelled:
                    raise Cancelled()
        finally:
            stop.set()  # the threads finish the file at hand and stop


def build_update(
    root: Path, state: InstallState, plan: UpdatePlan, payload: Payload
) -> tuple[list[Step], Callable[[Path, Callable[[int, str], None], CancelToken], None]]:
    """The steps of an update or fresh install, and the function that stages their content."""
    root = root.resolve()  # once: every target below is a plain join under it
    staging = f".rms-wizard/staging/{os.urandom(6).hex()}"
    fresh = plan.kind is PlanKind.FRESH_INSTALL
    current = read_reg(registry_file(root))
    if fresh:
        from .paths import windows_to_root
        from .sandbox import INSTALL_PATH

        install_dir = windows_to_root(root, INSTALL_PATH)
        new_registry = fresh_registry(current)
    else:
        assert state.install_dir is not None
        install_dir = Path(state.install_dir)
        new_registry = sp1_registry(current, fresh=False)
    registry_bytes = dump_reg(new_registry)
    install_rel = (
        rel_to_root(root, install_dir)
        if install_dir.exists()
        else (install_dir.relative_to(root).as_posix())
    )

    steps: list[Step] = []
    entries: list[StoreEntry] = []
    claimed: set[Path] = set()
    changes = plan.changes()
    shards = stage_shards()
    for index, item in enumerate(changes):
        target = install_dir.joinpath(*item.path.split("/"))
        replacing = item.action is FileAction.REPLACE
        created = [] if replacing else _missing_dirs(root, target, claimed)
        steps.append(
            PutFile(
                target=f"{install_rel}/{item.path}",
                source=f"{staging}/files/{staged_name(index, item.path, shards)}",
                displaced=f"{STORE_REL}/files/{item.path}" if replacing else None,
                sha256=item.new_sha256,
                size=item.size,
                label=item.path,
                created_dirs=created,
            )
        )
        entries.append(
            StoreEntry(
                path=item.path,
                action="replaced" if replacing else "added",
                original_sha256=item.installed_sha256,
                created_dirs=created,
            )
        )
    config_rel = logging_rel = None
    if plan.config_db_migration is not None and state.config_db is not None:
        config_rel = rel_to_root(root, state.config_db.path)
        steps.append(
            MigrateConfigDb(
                db=config_rel,
                pre_copy=f"{staging}/config.pre.db",
                migration=plan.config_db_migration,
                label="DRMS_Config.db",
            )
        )
    if plan.recreate_logging_db and state.logging_db is not None:
        logging_rel = rel_to_root(root, state.logging_db.path)
        steps.append(
            PutFile(
                target=logging_rel,
                source=f"{staging}/logging.db",
                displaced=f"{STORE_REL}/logging.db",
                label="DRMS_Logging.db",
            )
        )
    store = RollbackStore(
        created=datetime.now(UTC),
        install_dir=install_rel,
        entries=entries,
        logging_db=logging_rel,
        config_db=config_rel,
        config_db_migrated=config_rel is not None,
    )
    store_bytes = (store.model_dump_json(indent=2) + "\n").encode()
    if not fresh:
        steps.append(
            PutFile(
                target=f"{STORE_REL}/store.json", source=f"{staging}/store.json", label="store.json"
            )
        )
    steps.append(
        PutFile(
            target=rel_to_root(root, registry_file(root)),
            source=f"{staging}/registry.reg",
            displaced=f"{STORE_REL}/registry.reg" if not fresh else f"{staging}/registry.orig",
            sha256=hashlib.sha256(registry_bytes).hexdigest(),
            label="registry.reg",
            commit=True,
        )
    )
    steps.append(Cleanup(remove=[staging], remove_if_empty=[".rms-wizard/staging"]))
    stage_size = sum(c.size for c in changes)
    steps.insert(0, StageStep(folder=staging, size=stage_size))

    def stage(folder: Path, report: Callable[[int, str], None], cancel: CancelToken) -> None:
        # The transaction makes all of it durable before the commit point.
        _stage_files(changes, payload, folder / "files", shards, report, cancel)
        if plan.recreate_logging_db:
            create_logging_db(folder / "logging.db", "SP1")
        (folder / "store.json").write_bytes(store_bytes)
        (folder / "registry.reg").write_bytes(registry_bytes)

    return steps, stage


def apply_update(
    root: Path,
    *,
    backup_dir: Path | None,
    password: SecretStr | None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    log: Callable[[str], None] = lambda line: None,
    import_statistics: bool = False,
    faults: FaultPlan | None = None,
    sp1: Payload | None = None,
    baseline: Payload | None = None,
) -> ApplyResult:
    """Apply SP1 to the install under ``root``, transactionally.

    An update needs a verified backup of the configuration database and the private key (and the
    password that opens it). Raises :class:`OperationFailedError` after rolling back on a failure,
    :class:`Cancelled` after rolling back on cancel.
    """
    sp1 = sp1 or sp1_payload()
    baseline = baseline or baseline_payload()
    # Planning compares versions and the hashes of unversioned shipped files only: a large
    # install's binaries are not read to the end, and files no release ships are not read.
    state = detect_install(root, sp1=sp1, baseline=baseline, for_update=True)
    plan = plan_update(state, sp1, baseline)
    log(f"detected: status={state.status} version={state.version} files={len(state.files)}")
    if plan.kind is PlanKind.NOTHING:
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "SP1 is already installed: nothing to update."))
        )
    backup: BackupSet | None = None
    if plan.kind is PlanKind.UPDATE:
        if backup_dir is None or password is None:
            raise BadInputError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "A verified backup of the configuration database and the private key is "
                        "required before updating.",
                    )
                )
            )
        backup = verify_backup(backup_dir, password, server=state.identity)
        log(f"backup verified: {backup_dir}")
    for item in plan.actions:
        log(f"plan: {item.action.value:<13} {item.path} ({item.reason})")
    # Every payload file must be there (and inside the payload) before anything is written.
    for item in plan.changes():
        sp1.source(item.path)
    # A leftover store from an earlier, removed SP1 would be mistaken for this update's.
    store = root / STORE_REL
    if store.exists() and plan.kind is PlanKind.UPDATE:
        shutil.rmtree(store)
    steps, stage = build_update(root, state, plan, sp1)
    run_transaction(
        root,
        "apply",
        steps,
        stage=stage,
        progress=progress,
        cancel=cancel,
        failure=QT_TRANSLATE_NOOP("core", "The update failed and was rolled back: %1"),
        faults=faults,
        log=log,
    )
    imported = 0
    if import_statistics and backup is not None and state.logging_db is not None:
        old = backup.path_of("logging-db")
        if old is not None:
            imported = import_past_statistics(old, Path(state.logging_db.path))
            log(f"past statistics imported: {imported} rows")
    changes = plan.changes()
    return ApplyResult(
        plan=plan,
        files_written=len(changes),
        bytes_written=sum(c.size for c in changes),
        statistics_imported=imported,
    )


def run_transaction(
    root: Path,
    operation: str,
    steps: list[Step],
    *,
    stage: Callable[[Path, Callable[[int, str], None], CancelToken], None] | None,
    progress: ProgressCallback,
    cancel: CancelToken | None,
    failure: str,
    faults: FaultPlan | None,
    log: Callable[[str], None],
) -> None:
    """Run ``steps`` as one :class:`Transaction` on ``root``.

    An OS error becomes a one-line :class:`OperationFailedError` (the transaction has rolled
    back); ``failure`` is a marked source text with ``%1`` for the system's reason.
    """
    tx = Transaction(root, operation, steps)
    tx.log = log
    try:
        tx.run(stage=stage, progress=progress, cancel=cancel, faults=faults)
    except OSError as exc:
        reason = os_error_message(exc, with_file=True)
        raise OperationFailedError(msg(failure, reason)) from None


__all__ = ["ApplyResult", "RollbackStore", "apply_update", "build_update", "state_dir"]
