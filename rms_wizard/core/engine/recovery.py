"""Finishing or undoing a run that was interrupted (``recover``), from its journal alone.

Before the commit point every step is undone (each undo is safe on a step that never ran); after
it the run is finished from the commit step on (redoing a step is safe, like undoing it). A
recovery that cannot end keeps the journal, so it can be run again once the cause is lifted.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path

from ..common.messages import RmsError
from ..common.progress import CancelToken
from ..common.safe_paths import check_paths
from ..install.install_root import check_root
from .install_lock import InstallLock
from .journal import Journal, commit_visible, journal_progress
from .rollback import incomplete_error, unfinished_error
from .sqlite_files import settle_leftovers
from .state_folder import remove_empty_state_dirs
from .step_models import Begin, PutFile
from .transaction import Transaction

logger = logging.getLogger(__name__)


def recover_interrupted(root: Path) -> str:
    """Finish or undo an interrupted run. Returns "rolled-back", "completed" or "nothing".

    A folder that is not a server install is refused before the lock is taken (taking it
    writes), with the same clear error detection gives.
    """
    root = check_root(root)
    check_paths(os.fspath(root), [], [])  # the state folder and its files: no links
    forged, _records = Journal(root).read()
    if forged is not None:  # a forged journal is refused before anything is written
        Transaction(root, forged.operation, forged.steps).actions.check_paths(running=False)
    lock = InstallLock(root)
    lock.acquire("recover", take_over_stale=True)  # before the journal is read
    try:
        journal = Journal(root)
        begin, records = journal.read()
        if begin is None:
            journal.remove()
            logger.info("recover: no journal; stale lock removed")
            return "nothing"
        lock.write_record()
        outcome = _recover_run(root, begin, records)
        journal.remove()
        logger.info(f"recover: {begin.operation} {outcome}")
        return outcome
    finally:
        with contextlib.suppress(RmsError, sqlite3.Error):
            settle_leftovers(root)  # a hot journal a kill left is SQLite's to finish
        remove_empty_state_dirs(root)  # also the empty folders a killed run left
        lock.release(tidy=lambda: remove_empty_state_dirs(root))


def _recover_run(root: Path, begin: Begin, records: list[dict[str, object]]) -> str:
    """Finish (after the commit point) or undo (before it) the run ``begin`` names."""
    tx = Transaction(root, begin.operation, begin.steps)
    tx.actions.check_paths(running=False)  # (again: it was read before the lock was held)
    _started, _done, committed = journal_progress(begin, records)
    if committed or commit_visible(root, begin.steps):
        _complete(tx)
        return "completed"
    # Every undo is idempotent and safe on a step that never ran, so undo them all: a step may
    # have begun without its start record being durable.
    failures = tx.roll_back(len(begin.steps))
    if failures:
        logger.info("recover: rollback incomplete: the journal is kept")
        raise incomplete_error(None, failures)
    tx.actions.flush_folders(begin.steps)
    return "rolled-back"


def _complete(tx: Transaction) -> None:
    """Redo the steps from the commit step on. From the commit step itself: its record may have
    reached the disk while its rename did not (file systems that do not keep metadata in
    order); redoing it is safe, like every step."""
    steps = tx.steps
    commit_index = next(i for i, s in enumerate(steps, 1) if isinstance(s, PutFile) and s.commit)
    try:
        for step in steps[commit_index - 1 :]:
            tx.actions.do(step, None, lambda n, p: None, CancelToken())
    except OSError as exc:
        logger.info(f"recover: completing failed, the journal is kept: {exc!r}")
        raise unfinished_error(exc) from None


__all__ = ["recover_interrupted"]
