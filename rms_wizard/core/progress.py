"""Progress reporting and cancellation, shared by every long operation (no Qt here)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from .messages import Message


@dataclass(frozen=True)
class ProgressEvent:
    """Where a long operation stands: step, bytes, the file at hand and a short phase text."""

    step: int
    total_steps: int
    bytes_done: int
    bytes_total: int
    path: str
    phase: Message


ProgressCallback = Callable[[ProgressEvent], None]


def no_progress(event: ProgressEvent) -> None:
    del event


class CancelToken:
    """Set from any thread (the GUI's Cancel, the CLI's Ctrl+C); checked between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()
