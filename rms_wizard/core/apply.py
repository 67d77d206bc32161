"""Apply SP1: turn an :class:`UpdatePlan` into transaction steps and run them.

Only the files the plan adds or replaces are written; everything else is left untouched. Originals
go to the rollback store (``.rms-wizard/rollback/SP1``), kept until SP1 is removed, like Windows
Installer's baseline cache. The registry's version value changes last: that is the commit point.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, SecretStr

from .backup import BackupSet, check_backup_server, check_live_key, verify_backup
from .detect import detect_install
from .dir_fd import RootedFiles
from .fault_plan import FaultPlan
from .install_lock import InstallLock
from .locked_run import locked_run
from .loggingdb import fill_logging_db, import_statistics_into
from .messages import (
    QT_TRANSLATE_NOOP,
    BadInputError,
    OperationFailedError,
    database_error_message,
    msg,
    os_error_message,
)
from .models import FileAction, InstallState
from .paths import registry_file, state_dir
from .payload import Payload, baseline_payload, sp1_payload
from .plan import PlanKind, PlannedFile, UpdatePlan, plan_update
from .plan_recheck import PlanInputs, registry_fingerprint
from .progress import Cancelled, CancelToken, ProgressCallback, no_progress
from .regfile import RegFile, dump_reg, read_reg
from .registry import DRMS_KEY
from .rollback_store import STORE_REL, RollbackStore, StoreEntry, record_original_hashes
from .safe_paths import check_paths, link_error, unsafe_part
from .sqlite_files import settle_databases
from .staged_content import stage_database, write_staged
from .staging_dirs import Shard, create_staged, shard_folders
from .step_models import Cleanup, MigrateConfigDb, PutFile, StageStep, Step
from .transaction import Transaction

_COPY_CHUNK = 1024 * 1024


@dataclass
class StatisticsImport:
    """Past statistics to bring into the new logging database while it is staged (so the import
    is part of the transaction); ``rows`` is filled in with how many were copied."""

    source: Path
    rows: int = 0


class ApplyResult(BaseModel):
    plan: UpdatePlan
    files_written: int
    bytes_written: int
    statistics_imported: int = 0


def rel_to_root(root: Path, path: Path | str) -> str:
    """``path`` relative to ``root``; one that leads out of it (a folder swapped for a link since
    detection found it) is refused in one line, nothing changed."""
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        lexical = os.path.relpath(path, root).replace(os.sep, "/")
        raise link_error(unsafe_part(os.fspath(root), lexical) or lexical) from None


def sp1_registry(current: RegFile, fresh: bool) -> RegFile:
    """The registry after SP1: the commit point's content."""
    reg = current
    reg = reg.with_value(DRMS_KEY, "ProductVersion", "SP1")
    reg = reg.with_value(DRMS_KEY, "FileVersion", "5.2.3790.300")
    reg = reg.with_value(DRMS_KEY, "ServicePackLevel", 1)
    reg = reg.with_value(DRMS_KEY, "PreviousVersion", "" if fresh else "1.0")
    return reg


def fresh_registry(current: RegFile, install_path: str | None = None) -> RegFile:
    """The registry after a fresh install into ``install_path`` (None: the standard folder)."""
    from .sandbox import INSTALL_PATH

    reg = current.with_value(DRMS_KEY, "InstallPath", install_path or INSTALL_PATH)
    reg = reg.with_value(DRMS_KEY, "ProductName", "Microsoft Windows Rights Management Services")
    return sp1_registry(reg, fresh=True)


def _missing_dirs(root: str, target: str, seen: set[str]) -> list[str]:
    """The folders above ``target`` (relative to ``root``) that do not exist yet, shallowest
    first.

    ``seen`` holds the folders already looked at: each exists, or an earlier step creates it
    (and removes it on rollback), so neither it nor anything above it is listed or looked up on
    disk again.
    """
    missing: list[str] = []
    folder = target.rpartition("/")[0]
    while folder and folder not in seen:
        seen.add(folder)
        if os.path.isdir(os.path.join(root, *folder.split("/"))):
            break
        missing.append(folder)
        folder = folder.rpartition("/")[0]
    missing.reverse()
    return missing


_copy_buffers = threading.local()


def stage_shards() -> int:
    """How many folders (and copying threads) staging uses: one per thread, because threads
    creating files in one folder queue on that folder's lock, and in different folders they run
    side by side (file creation is most of the kernel's work in a copy)."""
    return max(2, min(4, os.cpu_count() or 2))


def staged_name(index: int, path: str, shards: int) -> str:
    """Where change number ``index`` is staged, below the staging folder's ``files``."""
    return f"{index % shards}/{index:05d}-{path.rsplit('/', 1)[-1]}"


#: How long staging's reporting thread lets the copying threads run between looks at what they
#: finished: waking it for every file took the GIL from them thousands of times.
_REPORT_EVERY_S = 0.01


#: What copy_file_range says when it cannot copy between these files (other file systems, an old
#: kernel): the bytes then go through Python instead.
_NO_KERNEL_COPY = {errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EPERM}


def _kernel_copy(src: int, dst: int) -> int | None:
    """Copy the rest of ``src`` into ``dst`` inside the kernel (no pass through Python's
    buffers); returns the bytes copied, or None where the OS or the file systems cannot copy
    this way (nothing was written then)."""
    copy_range = getattr(os, "copy_file_range", None)
    if copy_range is None:
        return None
    total = 0
    while True:
        try:
            count = copy_range(src, dst, 1 << 30)
        except OSError as exc:
            if total == 0 and exc.errno in _NO_KERNEL_COPY:
                return None
            raise
        if not count:
            # Some file systems answer 0 at once for "not here" rather than with an error.
            return None if total == 0 and os.fstat(src).st_size else total
        total += count


def _copy_verified(
    source: str, target: tuple[Shard, str], sha256: str, *, durable: bool = False
) -> None:
    """Copy ``source`` to ``target`` (a name in a shard folder held open: a folder swapped for a
    link meanwhile cannot redirect it); what was staged must match the payload's manifest.

    Where the kernel can copy, it does; the source is then hashed from the page cache the copy
    just filled, and the copy must hold as many bytes as were hashed. Elsewhere the bytes are
    hashed on their way through this thread's reusable buffer. ``durable`` flushes the copy to
    disk before returning (where there is no ``os.sync`` to flush them all at once).
    """
    view: memoryview | None = getattr(_copy_buffers, "view", None)
    if view is None:
        view = _copy_buffers.view = memoryview(bytearray(_COPY_CHUNK))
    digest = hashlib.sha256()
    intact = True
    staged = create_staged(*target)
    with open(source, "rb", buffering=0) as src, open(staged, "wb", buffering=0) as dst:
        copied = _kernel_copy(src.fileno(), dst.fileno())
        if copied is not None:
            src.seek(0)
            hashed = 0
            while count := src.readinto(view):
                digest.update(view[:count])
                hashed += count
            intact = hashed == copied
        else:
            while count := src.readinto(view):
                chunk = view[:count]
                digest.update(chunk)
                while chunk:
                    written = dst.write(chunk) or 0
                    chunk = chunk[written:]
        if durable:
            os.fsync(dst.fileno())
    if not intact:
        raise OperationFailedError(
            msg(
                QT_TRANSLATE_NOOP("core", "The SP1 payload file %1 was not copied completely."),
                os.path.basename(source),
            )
        )
    if digest.hexdigest() != sha256:
        raise OperationFailedError(
            msg(
                QT_TRANSLATE_NOOP("core", "The SP1 payload file %1 is damaged."),
                os.path.basename(source),
            )
        )


def _stage_files(
    changes: list[PlannedFile],
    sources: list[str],
    root: str,
    files_rel: str,
    shards: int,
    report: Callable[[int, str], None],
    cancel: CancelToken,
) -> None:
    """Copy and verify the payload files, one thread per shard folder (see
    :func:`stage_shards`; the copies and hashlib release the GIL). Progress is reported here, on
    the caller's thread, for every file, a few times a second; cancel is honoured between files."""
    with shard_folders(root, files_rel, shards) as folders:  # the wizard's own: owner-only
        _copy_shards(changes, sources, folders, report, cancel)


def _copy_shards(
    changes: list[PlannedFile],
    sources: list[str],
    folders: list[Shard],
    report: Callable[[int, str], None],
    cancel: CancelToken,
) -> None:
    shards = len(folders)
    # Without os.sync the transaction flushes each staged file; done here, on the copying
    # threads, it overlaps the copies (and what it finds flushed costs it nothing).
    flush_each = not hasattr(os, "sync")
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
            folder, name = staged_name(index, item.path, shards).split("/")
            try:
                target = (folders[int(folder)], name)
                _copy_verified(sources[index], target, item.new_sha256, durable=flush_each)
            except BaseException as exc:  # handed to the caller's thread, raised there
                finished.put((index, exc))
                return
            finished.put((index, None))

    done = 0
    left = len(changes)
    with ThreadPoolExecutor(max_workers=shards) as pool:
        for shard in range(shards):
            pool.submit(copy_shard, shard)
        try:
            while left:
                batch = [finished.get()]
                with contextlib.suppress(queue.Empty):
                    while True:
                        batch.append(finished.get_nowait())
                for index, error in batch:
                    if error is not None:
                        raise error
                    done += changes[index].size
                    report(done, changes[index].path)
                left -= len(batch)
                if cancel.cancelled:
                    raise Cancelled()
                if left:
                    time.sleep(_REPORT_EVERY_S)
        finally:
            stop.set()  # the threads finish the file at hand and stop


def build_update(
    root: Path,
    state: InstallState,
    plan: UpdatePlan,
    payload: Payload,
    *,
    statistics: StatisticsImport | None = None,
) -> tuple[list[Step], Callable[[Path, Callable[[int, str], None], CancelToken], None]]:
    """The steps of an update or fresh install, and the function that stages their content.

    Writes nothing; a payload file that is missing (or points outside the payload) is refused
    here, before the transaction starts.
    """
    root = root.resolve()  # once: every target below is a plain join under it
    staging = f".rms-wizard/staging/{os.urandom(6).hex()}"
    fresh = plan.kind is PlanKind.FRESH_INSTALL
    current = read_reg(registry_file(root))
    if fresh:
        from .paths import windows_to_root
        from .sandbox import INSTALL_PATH

        install_dir = windows_to_root(root, plan.install_path or INSTALL_PATH)
        new_registry = fresh_registry(current, plan.install_path)
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
    seen: set[str] = set()
    root_s = os.fspath(root)
    changes = plan.changes()
    # Every payload file must be there (and inside the payload) before anything is written.
    sources = [os.fspath(payload.source(item.path)) for item in changes]
    shards = stage_shards()
    for index, item in enumerate(changes):
        target = f"{install_rel}/{item.path}"
        replacing = item.action is FileAction.REPLACE
        created = [] if replacing else _missing_dirs(root_s, target, seen)
        steps.append(
            PutFile(
                target=target,
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
                sp1_sha256=item.new_sha256,
                created_dirs=created,
            )
        )
    config_rel = logging_rel = None
    migrate: MigrateConfigDb | None = None
    if plan.config_db_migration is not None and state.config_db is not None:
        config_rel = rel_to_root(root, state.config_db.path)
        # After the commit point (below): in place and never undone, so no row RMS writes
        # meanwhile is lost to a restored copy; a kill inside it is SQLite's to roll back, and
        # recover then runs it again.
        migrate = MigrateConfigDb(
            db=config_rel, migration=plan.config_db_migration, label="DRMS_Config.db"
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
    if migrate is not None:
        steps.append(migrate)
    steps.append(Cleanup(remove=[staging], remove_if_empty=[".rms-wizard/staging"]))
    stage_size = sum(c.size for c in changes)
    steps.insert(0, StageStep(folder=staging, size=stage_size))

    def stage(folder: Path, report: Callable[[int, str], None], cancel: CancelToken) -> None:
        # The transaction makes all of it durable before the commit point. Every file is
        # written at the staging folder's descriptor, never through a link (staged_content).
        _stage_files(changes, sources, root_s, f"{staging}/files", shards, report, cancel)
        if plan.recreate_logging_db:

            def new_logging_db(conn: sqlite3.Connection) -> None:
                fill_logging_db(conn, "SP1")
                if statistics is not None:
                    statistics.rows = import_statistics_into(conn, statistics.source)

            stage_database(root_s, f"{staging}/logging.db", new_logging_db)
        # The originals' hashes, read now (before the first change): uninstall checks them.
        recorded = record_original_hashes(root, store)
        index = (recorded.model_dump_json(indent=2) + "\n").encode()
        write_staged(root_s, f"{staging}/store.json", index)
        write_staged(root_s, f"{staging}/registry.reg", registry_bytes)

    return steps, stage


@locked_run("apply")
def apply_update(
    root: Path,
    /,
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
    lock: InstallLock | None = None,
    install_path: str | None = None,
) -> ApplyResult:
    """Apply SP1 to the install under ``root``, transactionally, holding its lock (``lock``, or
    one taken here) from before detection to the end.

    An update needs a verified backup of the configuration database and the private key (and the
    password that opens it). A fresh install goes to ``install_path`` (a Windows path; None: the
    standard folder), checked by :func:`.destination.check_destination`. Raises :class:`OperationFailedError` after rolling back on a failure,
    :class:`Cancelled` after rolling back on cancel.
    """
    registry_sha256 = registry_fingerprint(root)  # before detection reads it
    sp1 = sp1 or sp1_payload()
    baseline = baseline or baseline_payload()
    with ThreadPoolExecutor(max_workers=1) as pool:
        # The backup is checked while the install is read: its work (hashing, the key's and the
        # seal's key derivation, SQLite's integrity check) runs outside the GIL.
        checking = (
            pool.submit(verify_backup, backup_dir, password)
            if backup_dir is not None and password is not None
            else None
        )
        # Planning compares versions and the hashes of unversioned shipped files only: a large
        # install's binaries are not read to the end, and files no release ships are not read.
        state = detect_install(root, sp1=sp1, baseline=baseline, for_update=True)
        plan = plan_update(state, sp1, baseline)
    # (leaving the block waited for the check; its outcome only matters for an update)
    log(f"detected: status={state.status} version={state.version} files={len(state.files)}")
    if plan.kind is PlanKind.NOTHING:
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "SP1 is already installed: nothing to update."))
        )
    from .destination import with_destination

    plan = with_destination(root, plan, install_path)
    backup: BackupSet | None = None
    if plan.kind is PlanKind.UPDATE:
        if checking is None:
            raise BadInputError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "A verified backup of the configuration database and the private key is "
                        "required before updating.",
                    )
                )
            )
        backup = checking.result()
        check_backup_server(backup, state.identity)
        log(f"backup verified: {backup_dir}")
        assert password is not None  # a backup is only checked with its password
        check_live_key(state, password)
    for item in plan.actions:
        log(f"plan: {item.action.value:<13} {item.path} ({item.reason})")
    statistics = None
    if import_statistics and backup is not None and plan.recreate_logging_db:
        old = backup.path_of("logging-db")
        if old is not None:
            statistics = StatisticsImport(source=old)
    steps, stage = build_update(root, state, plan, sp1, statistics=statistics)
    settle_databases(state)  # before anything changes: refused while RMS writes to them
    # A leftover store from an earlier, removed SP1 would be mistaken for this update's. It is
    # removed only when no part of its path is a link (it could point outside the install).
    check_paths(os.fspath(root), [], [STORE_REL])
    if (root / STORE_REL).exists() and plan.kind is PlanKind.UPDATE:
        assert lock is not None  # given by @locked_run
        lock.write_record()
        RootedFiles(os.fspath(root)).rmtree(STORE_REL)  # never through a link swapped in since
    inputs = PlanInputs.of_update(root.resolve(), state, plan, registry_sha256)
    run_transaction(
        root,
        "apply",
        steps,
        stage=inputs.checked_after(stage),
        progress=progress,
        cancel=cancel,
        failure=QT_TRANSLATE_NOOP("core", "The update failed and was rolled back: %1"),
        faults=faults,
        log=log,
        lock=lock,
    )
    if statistics is not None:
        log(f"past statistics imported: {statistics.rows} rows")
    changes = plan.changes()
    return ApplyResult(
        plan=plan,
        files_written=len(changes),
        bytes_written=sum(c.size for c in changes),
        statistics_imported=statistics.rows if statistics is not None else 0,
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
    lock: InstallLock | None = None,
) -> None:
    """Run ``steps`` as one :class:`Transaction` on ``root`` (under ``lock``, when given).

    An OS error becomes a one-line :class:`OperationFailedError` (the transaction has rolled
    back); ``failure`` is a marked source text with ``%1`` for the system's reason.
    """
    tx = Transaction(root, operation, steps, lock)
    tx.log = log
    try:
        tx.run(stage=stage, progress=progress, cancel=cancel, faults=faults)
    except OSError as exc:
        reason = os_error_message(exc, with_file=True)
        raise OperationFailedError(msg(failure, reason)) from None
    except sqlite3.Error as exc:  # a database step or copy failed (a full disk, a file gone)
        raise OperationFailedError(msg(failure, database_error_message(exc))) from None


__all__ = ["ApplyResult", "RollbackStore", "apply_update", "build_update", "state_dir"]
