"""The replay of a sandbox run: the trail as a timeline, step by step, with the time between steps.

The debrief page, its HTML export and ``rms-wizard debrief --json`` show it. A step is an event's
label (:func:`~.event_labels.event_label`) and, for a hint, the hint's own text; the details the
trail stores are technical (folders, choices, node names) and never hold a secret, and no text of
the scenario's material or briefing (where a drill's password is written) is copied into it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ..core.common.events import OperatorEvent
from ..core.common.messages import QT_TRANSLATE_NOOP, Message, msg
from .debrief import Translate
from .event_labels import event_label, page_label
from .hints import HINT_CAP, HINT_COST, HINT_TAKEN, hints_taken

#: The kind of the trail event of the trainee's name (:class:`~.events.EventKind`).
TRAINEE_NAMED = "trainee-named"
PAGE_SHOWN = "page-shown"

if TYPE_CHECKING:
    from .scenario_model import Scenario


@dataclass(frozen=True)
class Step:
    at: datetime
    seconds_since_previous: int
    label: Message
    note: str  # a hint's own text, in the run's language
    detail: str  # the event's technical detail (key=value, as the trail stores it)


def _note(event: OperatorEvent, scenario: Scenario, language: str) -> str:
    if event.kind != HINT_TAKEN:
        return ""
    try:
        goal = scenario.goals[int(event.detail.get("goal", ""))]
        return goal.hints[int(event.detail.get("hint", "")) - 1].get(language)
    except (ValueError, IndexError):
        return ""


def timeline(events: Sequence[OperatorEvent], scenario: Scenario, language: str) -> list[Step]:
    """The run's steps in time order, each with the seconds since the step before."""
    steps: list[Step] = []
    previous: datetime | None = None
    for event in sorted(events, key=lambda e: e.at):
        gap = 0 if previous is None else round((event.at - previous).total_seconds())
        previous = event.at
        detail = ", ".join(f"{key}={value}" for key, value in sorted(event.detail.items()))
        note = _note(event, scenario, language)
        steps.append(Step(event.at, gap, event_label(event.kind), note, detail))
    return steps


def timeline_lines(steps: Sequence[Step], translate: Translate | None = None) -> list[str]:
    """The timeline as plain text lines, ``09:00:12  (+0:12)  Hint taken: <the hint>`` (no
    technical detail: the debrief page reads in the trainee's language)."""
    lines = []
    for step in steps:
        minutes, seconds = divmod(step.seconds_since_previous, 60)
        head = f"{step.at:%H:%M:%S}  (+{minutes}:{seconds:02d})  {step.label.render(translate)}"
        lines.append(f"{head}: {step.note}" if step.note else head)
    return lines


def seconds_per_page(events: Sequence[OperatorEvent]) -> list[tuple[str, int]]:
    """Each page visit (``page-shown``) and the seconds until the next one (or the last step)."""
    ordered = sorted(events, key=lambda e: e.at)
    visits = [e for e in ordered if e.kind == PAGE_SHOWN]
    times: list[tuple[str, int]] = []
    if not visits:
        return times
    for visit, after in zip(visits, [*visits[1:], None], strict=True):
        end = after.at if after is not None else ordered[-1].at
        times.append((visit.detail.get("page", ""), round((end - visit.at).total_seconds())))
    return times


def time_per_page_line(events: Sequence[OperatorEvent]) -> Message | None:
    """ "Time per page: Preparation 1:05, Ready to install 0:12, ..." (None before a page visit)."""
    times = seconds_per_page(events)
    if not times:
        return None
    # One verbatim list whose entries are the translated page names with their m:ss.
    entries = tuple(
        Message(text="%1 %2", args=(page_label(page), f"{s // 60}:{s % 60:02d}"), context="")
        for page, s in times
    )
    listing = Message(
        text=", ".join(f"%{i}" for i in range(1, len(entries) + 1)), args=entries, context=""
    )
    return msg(QT_TRANSLATE_NOOP("core", "Time per page: %1"), listing)


def time_taken_line(events: Sequence[OperatorEvent]) -> Message | None:
    """ "Time taken: m:ss", from the first step to the last (None before two steps)."""
    if len(events) < 2:
        return None
    times = sorted(e.at for e in events)
    minutes, seconds = divmod(round((times[-1] - times[0]).total_seconds()), 60)
    return msg(QT_TRANSLATE_NOOP("core", "Time taken: %1"), f"{minutes}:{seconds:02d}")


def trainee_name(events: Sequence[OperatorEvent]) -> str | None:
    """The name the trainee gave on the Welcome page (the last one recorded), if any."""
    for event in reversed(events):
        if event.kind == TRAINEE_NAMED and event.detail.get("trainee"):
            return event.detail["trainee"]
    return None


def trainee_line(events: Sequence[OperatorEvent]) -> Message | None:
    name = trainee_name(events)
    return None if name is None else msg(QT_TRANSLATE_NOOP("core", "Trainee: %1"), name)


def hint_summary(events: Sequence[OperatorEvent]) -> Message:
    """How many hints were taken and what each costs (stated on the debrief)."""
    return msg(
        QT_TRANSLATE_NOOP(
            "core",
            "Hints taken: %1. Each hint costs %2% of its item's weight, at most %3% per item.",
        ),
        len(hints_taken(events)),
        round(HINT_COST * 100),
        round(HINT_CAP * 100),
    )
