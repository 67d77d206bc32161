"""What a screen reader is told without the user moving the focus: a page shown, a phase of the
work, its progress, an error, the Cancel question.

Sent as Qt's announcement events (``QAccessibleAnnouncementEvent``, Qt 6.8; on Linux AT-SPI's
``object:announcement``): polite for pages, phases and progress (the reader finishes what it is
saying first), assertive for errors and the Cancel question (it interrupts). Progress is
announced at most every 10 % and at most once a second (:class:`ProgressThrottle`): a reader is
informed, never flooded.

Every announcement is also kept in :data:`RECORD` (text, politeness, time): the tests read it and
``tools/accessibility_doc.py`` writes ``docs/accessibility.md`` from it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

POLITE = "polite"
ASSERTIVE = "assertive"


@dataclass(frozen=True)
class Announcement:
    text: str
    politeness: str
    time: float  # time.monotonic()
    kind: str  # "page", "phase", "progress", "error", "question", "result"


#: Every announcement of this process, in order.
RECORD: list[Announcement] = []


class ProgressThrottle:
    """Which progress values are worth saying: a new tenth (10 %, 20 % ...) at least ``interval``
    seconds after the last one said. ``clock`` is injectable for tests (no timers)."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, interval: float = 1.0, step: int = 10
    ) -> None:
        self._clock = clock
        self._interval = interval
        self._step = step
        self.reset()

    def reset(self) -> None:
        self._last_bucket = 0
        self._last_time: float | None = None

    def percent_to_say(self, done: int, total: int) -> int | None:
        """The percentage to announce for ``done`` of ``total``, or None (too soon, too little)."""
        if total <= 0:
            return None
        percent = min(100, max(0, done * 100 // total))
        bucket = percent // self._step
        if bucket <= self._last_bucket:
            return None
        now = self._clock()
        if self._last_time is not None and now - self._last_time < self._interval:
            return None
        self._last_bucket = bucket
        self._last_time = now
        return bucket * self._step


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (up to and with its first '. ', '? ' or '! ', or a line)."""
    text = " ".join(text.split("\n", 1)[0].split())
    for index, char in enumerate(text):
        if char in ".?!" and (index + 1 == len(text) or text[index + 1] == " "):
            return text[: index + 1]
    return text


def announce(
    source: QObject, text: str, *, kind: str, assertive: bool = False
) -> Announcement | None:
    """Tell a screen reader ``text`` (from ``source``'s accessible object) and record it."""
    text = text.strip()
    if not text:
        return None
    politeness = ASSERTIVE if assertive else POLITE
    item = Announcement(text, politeness, time.monotonic(), kind)
    RECORD.append(item)
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    return item


__all__ = [
    "ASSERTIVE",
    "POLITE",
    "RECORD",
    "Announcement",
    "ProgressThrottle",
    "announce",
    "first_sentence",
]
