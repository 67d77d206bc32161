"""Progress reporting and cancellation, shared by every long operation (no Qt here)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from .messages import Message

#: Set for a child process whose progress lines its parent reads (``[step/total] phase``): each
#: line then ends with a tab and the phase's untranslated text, so that the parent tells one phase
#: ("Installing %1") from the next as it does in-process, not one phase per file.
PHASE_KEYS_ENV = "RMS_WIZARD_PHASE_KEYS"


@dataclass(frozen=True)
class ProgressEvent:
    """Where a long operation stands: step, bytes, the file at hand and a short phase text."""

    step: int
    total_steps: int
    bytes_done: int
    bytes_total: int
    path: str
    phase: Message
    #: The phase's untranslated text when ``phase`` came translated (from a child process).
    phase_key: str = ""

    @property
    def phase_id(self) -> str:
        """What the phase is, whatever its file ("Installing %1")."""
        return self.phase_key or self.phase.text


ProgressCallback = Callable[[ProgressEvent], None]


def no_progress(event: ProgressEvent) -> None:
    del event


class Cancelled(Exception):
    """The admin cancelled; the transaction has been rolled back."""


class CancelToken:
    """Set from any thread (the GUI's Cancel, the CLI's Ctrl+C); checked between steps.

    While the GUI asks "Cancel and roll back?" it *holds* the token: the work then waits at its
    next :meth:`checkpoint` until the question is answered (as Windows Installer does), so an
    answer is never overtaken by the work running on behind the question.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._free = threading.Event()
        self._free.set()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def hold(self) -> None:
        """Make the work wait at its next checkpoint (until :meth:`release`)."""
        self._free.clear()

    def release(self) -> None:
        self._free.set()

    @property
    def held(self) -> bool:
        return not self._free.is_set()

    def checkpoint(self) -> bool:
        """Where the work may stop: wait while held, then say whether it is cancelled."""
        self._free.wait()
        return self.cancelled
