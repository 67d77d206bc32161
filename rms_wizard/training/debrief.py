"""The sandbox debrief: the operator's steps checked against the seed's recommendations.

The wizard records what the operator did as :class:`~.events.OperatorEvent` items (kinds in
:class:`~.events.EventKind`; a detail never holds a secret). At the end of a scenario
:func:`~.debrief_rules.build_debrief` checks them, and the sandbox folder as it is now, against
the seed:

* before updating: back up the configuration database and the private key (and verify the
  backup); have the private-key password; back up the logging database when past statistics
  matter; install the missing critical and security updates first;
* the update keeps what an admin changed (the files the plan keeps as modified are intact);
* a drill is handled: the failed update was rolled back, the interrupted one recovered, the wrong
  password noticed before anything was changed;
* clusters: root certification clusters first, then the licensing clusters sub-enrolled to them;
  a part of a cluster at a time (never every node of a cluster out of rotation).

Only the items that apply to the scenario are listed; the score is passed / applicable.

This module is the model (the checklist, the trail the rules read); the rules are in
:mod:`.debrief_rules` (before the change), :mod:`.debrief_state_rules` (what the sandbox folder
shows now) and :mod:`.debrief_cluster_rules` (the rollout's order); :mod:`.debrief_html` makes a
small, self-contained HTML report of it for the trainer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pydantic import BaseModel, ConfigDict

from ..core.common.events import EventKind, OperatorEvent
from ..core.common.messages import Message, msg

Translate = Callable[[str, str, int], str]


class DebriefItem(BaseModel):
    """One checklist line: a recommendation, whether the operator followed it, and why."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: Message
    passed: bool
    explanation: Message


class Debrief(BaseModel):
    """The checklist of a finished scenario (only the items that apply to it)."""

    scenario_id: str
    items: list[DebriefItem]
    #: Per item id: the fraction of its weight the hints taken for it cost (:mod:`.hints`).
    deductions: dict[str, float] = {}

    @property
    def passed_count(self) -> int:
        return sum(1 for item in self.items if item.passed)

    @property
    def applicable_count(self) -> int:
        return len(self.items)

    @property
    def score(self) -> float:
        """Passed / applicable, less what the hints cost, from 0.0 to 1.0 (1.0 when nothing
        applies)."""
        earned = sum(1 - self.deductions.get(item.id, 0.0) for item in self.items if item.passed)
        return earned / self.applicable_count if self.items else 1.0

    @property
    def percent(self) -> int:
        return round(self.score * 100)

    def item(self, item_id: str) -> DebriefItem | None:
        return next((item for item in self.items if item.id == item_id), None)


# --- the operator's trail ------------------------------------------------------------------------

CHANGES = frozenset(
    {
        EventKind.APPLY_STARTED,
        EventKind.APPLY_DONE,
        EventKind.APPLY_FAILED,
        EventKind.POWER_LOST,
        EventKind.UNINSTALL_DONE,
        EventKind.UNINSTALL_FAILED,
        EventKind.REPAIR_DONE,
        EventKind.REPAIR_FAILED,
        EventKind.NODE_DRAINED,
        EventKind.NODE_UPDATED,
        EventKind.NODE_FAILED,
    }
)


class Trail:
    """The operator's events in the order they happened, and the questions the rules ask of them."""

    def __init__(self, events: Sequence[OperatorEvent]) -> None:
        # Recorded order, with the time as the tie-breaker for lists merged from several sources.
        self.events = sorted(events, key=lambda e: e.at)

    def first(
        self, *kinds: str, where: Callable[[OperatorEvent], bool] | None = None
    ) -> int | None:
        for index, event in enumerate(self.events):
            if event.kind in kinds and (where is None or where(event)):
                return index
        return None

    def has(self, *kinds: str) -> bool:
        return self.first(*kinds) is not None

    def first_change(self) -> int | None:
        return self.first(*CHANGES)

    def before_change(self, index: int | None) -> bool:
        """Was the event at ``index`` recorded before anything was changed (or nothing was)?"""
        change = self.first_change()
        return index is not None and (change is None or index < change)


def checklist_item(item_id: str, title: str, passed: bool, explanation: Message) -> DebriefItem:
    return DebriefItem(id=item_id, title=msg(title), passed=passed, explanation=explanation)
