"""Rolling a transaction back: every step undone, past one that fails, and the truth told.

A rollback does not stop at its first error. Every step's undo is tried; a step that fails is
tried again after the others (what blocked it may be a later step's leftover, or a moment's
lock), and each undo is checked on disk. The staging folder -- it holds the originals a removal
set aside -- goes only once every other step is undone. When a step still is not undone, the
journal stays and :func:`incomplete_error` tells the admin what blocks it (a read-only folder, a
full disk) and that ``recover`` finishes once that is lifted (exit code 4).

No undo needs new disk space: originals come back by rename, the configuration database from
the safety copy made before its migration (see :mod:`.step_actions`).
"""

from __future__ import annotations

import errno
import logging
import os
import time
from collections.abc import Callable

from ..common.messages import (
    QT_TRANSLATE_NOOP,
    InterruptedStateError,
    Message,
    RmsError,
    msg,
    os_error_message,
    verbatim,
)
from ..common.progress import Cancelled
from .step_models import MigrateConfigDb, PutFile, StageStep, Step, step_label

logger = logging.getLogger(__name__)

#: Rounds over the steps not yet undone, and the pause before each further round (seconds).
ROUNDS = 3
PAUSE_S = 0.05

_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM, errno.EXDEV}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class RollbackIncompleteError(InterruptedStateError):
    """A rollback could not undo every step; the journal is kept for ``recover`` (exit 4)."""


def _still_there(path: str) -> OSError:
    return OSError(errno.EEXIST, os.strerror(errno.EEXIST), path)


def check_undone(step: Step, path_of: Callable[[str], str]) -> None:
    """Raise when the disk shows ``step`` not undone: an original still set aside, the safety
    copy of the database not put back, a folder the step made still there."""
    names: list[str] = []
    if isinstance(step, PutFile):
        names += [step.displaced] if step.displaced else []
        names += list(step.created_dirs)
    elif isinstance(step, MigrateConfigDb):
        names += [step.pre_copy] if step.pre_copy else []
    elif isinstance(step, StageStep):
        names.append(step.folder)
    for rel in names:
        if os.path.lexists(path_of(rel)):
            raise _still_there(path_of(rel))
    if isinstance(step, PutFile) and step.source and not step.displaced:
        target, source = path_of(step.target), path_of(step.source)
        if os.path.lexists(target) and not os.path.lexists(source):
            raise _still_there(target)  # an added file still in place


def undo_all(
    steps: list[Step],
    last: int,
    undo: Callable[[Step], None],
    path_of: Callable[[str], str],
) -> list[tuple[int, Exception]]:
    """Undo steps ``last`` down to 1, each checked; returns the steps not undone (with why)."""
    pending = list(range(last, 0, -1))
    errors: dict[int, Exception] = {}
    for round_no in range(ROUNDS):
        if round_no:
            time.sleep(PAUSE_S * round_no)
        left: list[int] = []
        for index in pending:
            step = steps[index - 1]
            if isinstance(step, StageStep) and left:
                left.append(index)  # it holds what the steps not undone still need
                continue
            try:
                undo(step)
                check_undone(step, path_of)
            except Exception as exc:
                errors[index] = exc
                left.append(index)
                logger.info(f"rollback: step {index} not undone (round {round_no + 1}): {exc!r}")
                continue
            errors.pop(index, None)
            logger.info(f"rollback: step {index} undone: {step.kind} {step_label(step)}")
        pending = left
        if not pending:
            return []
    return [(index, errors[index]) for index in pending if index in errors]


def _blocker(failures: list[tuple[int, Exception]]) -> Message:
    """What keeps the rollback from finishing, in the admin's words, with what to do."""
    for _index, exc in failures:
        if isinstance(exc, OSError) and exc.errno in _FULL:
            return msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the disk is full (%1). Once there is free space again, run recover to finish.",
                ),
                os_error_message(exc, with_file=True),
            )
    for _index, exc in failures:
        if isinstance(exc, OSError) and exc.errno in _READ_ONLY:
            return msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "a file or folder is read-only or protected (%1). Once it can be changed "
                    "again, run recover to finish.",
                ),
                os_error_message(exc, with_file=True),
            )
    exc = failures[0][1]
    reason = (
        os_error_message(exc, with_file=True)
        if isinstance(exc, OSError)
        else exc.message
        if isinstance(exc, RmsError)
        else verbatim(str(exc))
    )
    return msg(
        QT_TRANSLATE_NOOP("core", "%1. Once that is fixed, run recover to finish."),
        reason,
    )


def cause_of(exc: BaseException) -> Message:
    if isinstance(exc, RmsError):
        return exc.message
    if isinstance(exc, OSError):
        return os_error_message(exc, with_file=True)
    if isinstance(exc, Cancelled):
        return msg(QT_TRANSLATE_NOOP("core", "cancelled"))
    return verbatim(str(exc) or type(exc).__name__)


def incomplete_error(
    cause: BaseException | None, failures: list[tuple[int, Exception]]
) -> RollbackIncompleteError:
    """The error of a rollback that did not finish (``cause``: why the run stopped; None for a
    recovery)."""
    blocker = _blocker(failures)
    if cause is None:
        text = msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The interrupted run could not be rolled back completely, so the server is not "
                "yet as it was before; the journal is kept. What blocks it: %1",
            ),
            blocker,
        )
    else:
        text = msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The run failed (%1) and could not be rolled back completely, so the server is "
                "not yet as it was before; the journal is kept. What blocks it: %2",
            ),
            cause_of(cause),
            blocker,
        )
    return RollbackIncompleteError(text)


def unfinished_error(exc: OSError) -> RollbackIncompleteError:
    """Completing an interrupted run after its commit point failed; the journal is kept."""
    return RollbackIncompleteError(
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The interrupted run could not be completed yet; the journal is kept. What "
                "blocks it: %1",
            ),
            _blocker([(0, exc)]),
        )
    )


def finish_failed_error(exc: Exception) -> InterruptedStateError:
    """A run failed after its commit point: the change stands, and is not rolled back; the
    journal stays, so ``recover`` finishes it."""
    reason = os_error_message(exc) if isinstance(exc, OSError) else verbatim(str(exc))
    return InterruptedStateError(
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The change was made, but finishing it failed: %1. Run recover to finish it.",
            ),
            reason,
        )
    )


__all__ = [
    "RollbackIncompleteError",
    "check_undone",
    "finish_failed_error",
    "incomplete_error",
    "undo_all",
    "unfinished_error",
]
