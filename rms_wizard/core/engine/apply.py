"""Apply SP1: turn an :class:`UpdatePlan` into transaction steps and run them.

Only the files the plan adds or replaces are written; everything else is left untouched. Originals
go to the rollback store (``.rms-wizard/rollback/SP1``), kept until SP1 is removed, like Windows
Installer's baseline cache. The registry's version value changes last: that is the commit point.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from pydantic import BaseModel, SecretStr

from ..common.dir_fd import RootedFiles
from ..common.messages import (
    QT_TRANSLATE_NOOP,
    BadInputError,
    OperationFailedError,
    database_error_message,
    msg,
    os_error_message,
)
from ..common.progress import CancelToken, ProgressCallback, no_progress
from ..common.safe_paths import check_paths
from ..install.models import InstallState
from .backup import BackupSet, check_backup_server, check_live_key, verify_backup
from .detect import detect_install
from .fault_plan import FaultPlan
from .install_lock import InstallLock
from .locked_run import locked_run
from .payload import Payload, baseline_payload, sp1_payload
from .plan import PlanKind, UpdatePlan, plan_update
from .plan_recheck import PlanInputs, registry_fingerprint
from .rollback_store import STORE_REL
from .sqlite_files import settle_databases
from .step_models import Step
from .transaction import Transaction
from .update_steps import StatisticsImport, build_update

logger = logging.getLogger(__name__)


class ApplyResult(BaseModel):
    plan: UpdatePlan
    files_written: int
    bytes_written: int
    statistics_imported: int = 0


def _plan_while_checking(
    root: Path, sp1: Payload, baseline: Payload, backup_dir: Path | None, password: SecretStr | None
) -> tuple[InstallState, UpdatePlan, Future[BackupSet] | None]:
    """Detect and plan while the backup is verified; the check's outcome (awaited here) only
    matters for an update."""
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
    return state, plan, checking


def _update_backup(
    state: InstallState,
    checking: Future[BackupSet] | None,
    password: SecretStr | None,
) -> BackupSet:
    """The verified backup an update needs, of this server, with the password of its live key."""
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
    logger.info(f"backup verified: {backup.folder}")
    assert password is not None  # a backup is only checked with its password
    check_live_key(state, password)
    return backup


def _statistics_to_import(plan: UpdatePlan, backup: BackupSet | None) -> StatisticsImport | None:
    """The backed-up logging database's statistics, carried into the one SP1 recreates."""
    if backup is None or not plan.recreate_logging_db:
        return None
    old = backup.path_of("logging-db")
    return StatisticsImport(source=old) if old is not None else None


def _remove_old_store(root: Path, lock: InstallLock) -> None:
    """A leftover store of an earlier, removed SP1, gone (the lock's record says why first)."""
    lock.write_record()
    RootedFiles(os.fspath(root)).rmtree(STORE_REL)  # never through a link swapped in since


@locked_run("apply")
def apply_update(
    root: Path,
    /,
    *,
    backup_dir: Path | None,
    password: SecretStr | None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
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
    state, plan, checking = _plan_while_checking(root, sp1, baseline, backup_dir, password)
    logger.info(f"detected: status={state.status} version={state.version} files={len(state.files)}")
    if plan.kind is PlanKind.NOTHING:
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "SP1 is already installed: nothing to update."))
        )
    from .destination import with_destination

    plan = with_destination(root, plan, install_path)
    backup = None
    if plan.kind is PlanKind.UPDATE:
        backup = _update_backup(state, checking, password)
    for item in plan.actions:
        logger.info(f"plan: {item.action.value:<13} {item.path} ({item.reason})")
    statistics = _statistics_to_import(plan, backup) if import_statistics else None
    steps, stage = build_update(root, state, plan, sp1, statistics=statistics)
    settle_databases(state)  # before anything changes: refused while RMS writes to them
    # A leftover store from an earlier, removed SP1 would be mistaken for this update's. It is
    # removed only when no part of its path is a link (it could point outside the install).
    check_paths(os.fspath(root), [], [STORE_REL])
    if (root / STORE_REL).exists() and plan.kind is PlanKind.UPDATE:
        assert lock is not None  # given by @locked_run
        _remove_old_store(root, lock)
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
        lock=lock,
    )
    if statistics is not None:
        logger.info(f"past statistics imported: {statistics.rows} rows")
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
    lock: InstallLock | None = None,
) -> None:
    """Run ``steps`` as one :class:`Transaction` on ``root`` (under ``lock``, when given).

    An OS error becomes a one-line :class:`OperationFailedError` (the transaction has rolled
    back); ``failure`` is a marked source text with ``%1`` for the system's reason.
    """
    tx = Transaction(root, operation, steps, lock)
    try:
        tx.run(stage=stage, progress=progress, cancel=cancel, faults=faults)
    except OSError as exc:
        reason = os_error_message(exc, with_file=True)
        raise OperationFailedError(msg(failure, reason)) from None
    except sqlite3.Error as exc:  # a database step or copy failed (a full disk, a file gone)
        raise OperationFailedError(msg(failure, database_error_message(exc))) from None
