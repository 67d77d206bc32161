"""Graduated hints: each goal's ladder (general first), the hints taken, and what they cost.

The sandbox bar's Hint button gives the next hint of the first goal worked on the current page
that has one left (:func:`next_hint`); the wizard records it as a ``hint-taken`` event in the
trail (:func:`hint_detail`). The debrief takes :data:`HINT_COST` of the goal's item's weight per
hint taken, at most :data:`HINT_CAP` of it (:func:`hint_deductions`): a trainee who needed help
and then did it right still earns most of the item, and says so on the debrief.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.common.events import OperatorEvent
    from .scenario_model import LocalText, Scenario

#: The kind of the trail event of a hint taken (:class:`~.events.EventKind` ``HINT_TAKEN``).
HINT_TAKEN = "hint-taken"
#: What one hint costs, as a fraction of its item's weight.
HINT_COST = 0.25
#: The most the hints of one item cost together, as a fraction of its weight.
HINT_CAP = 0.5


@dataclass(frozen=True)
class Hint:
    goal: int  # the goal's index in the scenario
    number: int  # 1 for the first (most general) hint of the goal
    text: LocalText


def _taken_per_goal(events: Iterable[OperatorEvent]) -> Counter[str]:
    return Counter(e.detail.get("goal", "") for e in events if e.kind == HINT_TAKEN)


def next_hint(scenario: Scenario, page: str, events: Sequence[OperatorEvent]) -> Hint | None:
    """The next hint for ``page`` (None when no goal of the page has one left)."""
    taken = _taken_per_goal(events)
    for index, goal in enumerate(scenario.goals):
        if page in goal.pages and taken[str(index)] < len(goal.hints):
            number = taken[str(index)] + 1
            return Hint(goal=index, number=number, text=goal.hints[number - 1])
    return None


def hint_detail(scenario: Scenario, hint: Hint, page: str) -> dict[str, str]:
    """The trail detail of a hint taken (which goal, which rung, on which page, which item)."""
    item = scenario.goals[hint.goal].item or ""
    return {"goal": str(hint.goal), "hint": str(hint.number), "page": page, "item": item}


def hints_taken(events: Iterable[OperatorEvent]) -> list[OperatorEvent]:
    return [e for e in events if e.kind == HINT_TAKEN]


def hint_deductions(events: Iterable[OperatorEvent], items: Iterable[str]) -> dict[str, float]:
    """Per debrief item: the fraction of its weight its hints cost (only items that apply)."""
    per_item = Counter(e.detail.get("item", "") for e in hints_taken(events))
    return {item: min(per_item[item] * HINT_COST, HINT_CAP) for item in items if per_item[item] > 0}
