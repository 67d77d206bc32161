"""Signs of a run that did not finish, as detection reports them: its journal, or a lock record
that no live run holds (:mod:`.journal`, :mod:`.install_lock`)."""

from __future__ import annotations

from pathlib import Path

from ..install.models import InterruptedInfo
from .install_lock import InstallLock
from .journal import Journal, commit_visible, journal_progress


def inspect_interrupted(root: Path) -> InterruptedInfo | None:
    """Signs of a run that did not finish: a journal, or a lock record with no live holder.

    A lock a run on this thread holds is that run's own, not a sign (a locked run detects).
    """
    lock = InstallLock(root)
    own = lock.held_on_this_thread()
    begin, records = Journal(root).read()
    if begin is None:
        holder = None if own else lock.holder()
        if holder is None:
            return None
        return InterruptedInfo(
            operation=str(holder.get("operation", "unknown")),
            steps_done=0,
            steps_total=0,
            committed=False,
            lock_holder_alive=lock.holder_alive(),
        )
    _started, done, committed = journal_progress(begin, records)
    return InterruptedInfo(
        operation=begin.operation,
        steps_done=done,
        steps_total=len(begin.steps),
        committed=committed or commit_visible(root, begin.steps),
        lock_holder_alive=lock.holder_alive(),
    )


__all__ = ["inspect_interrupted"]
