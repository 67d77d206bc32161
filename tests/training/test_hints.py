"""Hint ladders: the next hint per page, the trail detail, and what hints cost on the debrief."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from rms_wizard.core.common.events import EventKind, OperatorEvent
from rms_wizard.training.debrief_rules import build_debrief
from rms_wizard.training.hints import HINT_CAP, HINT_COST, hint_detail, next_hint
from rms_wizard.training.sandbox import create_sandbox, get_scenario, list_scenarios

PAGES = {
    "welcome", "detection", "password", "preparation", "ready", "updating", "finished",
    "maintenance", "recovery", "cluster", "interop", "clients", "debrief", "removeReady",
}  # fmt: skip
START = datetime(2006, 6, 1, 9, 0, tzinfo=UTC)


def test_every_shipped_scenario_has_a_ladder_on_a_real_page() -> None:
    for scenario in list_scenarios():
        laddered = [goal for goal in scenario.goals if goal.hints]
        assert laddered, scenario.id
        for goal in laddered:
            assert goal.pages and set(goal.pages) <= PAGES, (scenario.id, goal.pages)


def test_the_ladder_goes_general_to_specific_and_ends() -> None:
    scenario = get_scenario("single-server-v1")
    events: list[OperatorEvent] = []
    texts = []
    while (hint := next_hint(scenario, "preparation", events)) is not None:
        texts.append(hint.text.en)
        at = START + timedelta(seconds=len(events))
        detail = hint_detail(scenario, hint, "preparation")
        events.append(OperatorEvent(kind=EventKind.HINT_TAKEN, at=at, detail=detail))
    assert texts == [h.en for h in scenario.goals[0].hints] and len(texts) == 3
    assert next_hint(scenario, "welcome", []) is None  # no goal is worked on there
    assert [e.detail["hint"] for e in events] == ["1", "2", "3"]


def test_hints_cost_a_stated_share_of_their_item_capped(tmp_path: Path) -> None:
    scenario = create_sandbox("single-server-v1", tmp_path / "s")

    def hint(n: int, item: str) -> OperatorEvent:
        detail = {"goal": "0", "hint": str(n), "page": "preparation", "item": item}
        return OperatorEvent(kind=EventKind.HINT_TAKEN, at=START, detail=detail)

    steps = [
        OperatorEvent(kind=kind, at=START + timedelta(seconds=i))
        for i, kind in enumerate([EventKind.PASSWORD_VERIFIED, EventKind.BACKUP_MADE])
    ]
    one = build_debrief(scenario, [hint(1, "backup"), *steps], tmp_path / "s")
    assert one.deductions == {"backup": HINT_COST}
    assert one.passed_count == 2 and one.score == (2 - HINT_COST) / 4
    many = build_debrief(scenario, [hint(n, "backup") for n in (1, 2, 3)] + steps, tmp_path / "s")
    assert many.deductions == {"backup": HINT_CAP}
    # a hint for an item that failed costs nothing more; one for no item costs nothing at all
    failed = build_debrief(scenario, [hint(1, "backup-verified"), hint(1, "")], tmp_path / "s")
    assert failed.score == 0 and "" not in failed.deductions
