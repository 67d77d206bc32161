"""A sandbox folder scored after the run: the one place that turns a folder into a debrief.

``rms-wizard debrief SANDBOX_DIR`` and ``rms-wizard debrief collect`` read the trail the wizard
(or the CLI) left in the sandbox and check it with :func:`~.debrief_rules.build_debrief`, the same rules
as the debrief page. :func:`debrief_record` is the exported form (the ``--json`` output, and what
``collect`` reads back from an exported file); it holds the items' texts and the trail's kinds and
times, never a secret (the trail holds none, and the scenario's password is not copied into it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.common.events import OperatorEvent
from ..core.common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from ..core.common.paths import SANDBOX_MARKER
from .debrief import Debrief, Translate
from .debrief_rules import build_debrief
from .hints import HINT_TAKEN
from .sandbox import sandbox_scenario
from .scenario_model import Scenario
from .trail import read_trail

#: The format of an exported debrief record (``rms-wizard debrief --json``).
RECORD_FORMAT = 1


@dataclass(frozen=True)
class SandboxScore:
    """One sandbox scored: its scenario, its trail and the checklist built from them."""

    folder: Path
    scenario: Scenario
    events: list[OperatorEvent]
    debrief: Debrief
    seed: int | None
    trainee: str | None

    @property
    def seconds_taken(self) -> int | None:
        """From the first recorded step to the last (None before two steps were recorded)."""
        if len(self.events) < 2:
            return None
        times = sorted(event.at for event in self.events)
        return round((times[-1] - times[0]).total_seconds())


def _marker_field(folder: Path, name: str) -> Any:
    try:
        data = json.loads((folder / SANDBOX_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get(name) if isinstance(data, dict) else None


def _trainee(events: list[OperatorEvent], folder: Path) -> str | None:
    """The name the trainee gave (the last one recorded), if any."""
    from .run_timeline import trainee_name

    if (name := trainee_name(events)) is not None:
        return name
    value = _marker_field(folder, "trainee")
    return value if isinstance(value, str) and value else None


def score_sandbox(folder: Path) -> SandboxScore:
    """Score the sandbox in ``folder`` (raises BadInputError when it is not one)."""
    if not folder.is_dir():
        raise BadInputError(msg(QT_TRANSLATE_NOOP("core", "%1 is not a folder."), folder))
    scenario = sandbox_scenario(folder)
    events = read_trail(folder)
    seed = _marker_field(folder, "seed")
    return SandboxScore(
        folder=folder,
        scenario=scenario,
        events=events,
        debrief=build_debrief(scenario, events, folder),
        seed=seed if isinstance(seed, int) and not isinstance(seed, bool) else None,
        trainee=_trainee(events, folder),
    )


def debrief_record(
    score: SandboxScore, translate: Translate | None = None, language: str = "en"
) -> dict[str, Any]:
    """The exported debrief: scenario, seed, trainee, score 0-100 (less what hints cost), each
    item with its text, the hints taken and the replay of the run."""
    from .run_timeline import seconds_per_page, timeline

    debrief = score.debrief
    steps = timeline(score.events, score.scenario, language)
    return {
        "format": RECORD_FORMAT,
        "scenario": score.scenario.id,
        "seed": score.seed,
        "trainee": score.trainee,
        "score": debrief.percent,
        "passed": debrief.passed_count,
        "applicable": debrief.applicable_count,
        "seconds_taken": score.seconds_taken,
        "hints": [
            {"at": step.at.isoformat(), "text": step.note, **event.detail}
            for event, step in zip(sorted(score.events, key=lambda e: e.at), steps, strict=True)
            if event.kind == HINT_TAKEN
        ],
        "deductions": debrief.deductions,
        "seconds_per_page": [
            {"page": page, "seconds": seconds} for page, seconds in seconds_per_page(score.events)
        ],
        "timeline": [
            {
                "at": step.at.isoformat(),
                "seconds_since_previous": step.seconds_since_previous,
                "step": step.label.render(translate),
                "note": step.note,
                "detail": step.detail,
            }
            for step in steps
        ],
        "items": [
            {
                "id": item.id,
                "passed": item.passed,
                "text": item.title.render(translate),
                "explanation": item.explanation.render(translate),
            }
            for item in debrief.items
        ],
    }


def _int_or_none(value: object, low: int, high: int | None = None) -> bool:
    if value is None:
        return True
    if not isinstance(value, int) or isinstance(value, bool) or value < low:
        return False
    return high is None or value <= high


def _is_item(item: object) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("id"), str)
        and isinstance(item.get("passed"), bool)
        and isinstance(item.get("text", ""), str)
    )


def is_debrief_record(data: object) -> bool:
    """Whether ``data`` (a parsed JSON file) reads as a :func:`debrief_record`: the fields the
    class overview shows have their types and ranges (a score 0-100, a name that is text, a list
    of hints), so a file that lies about them is not counted."""
    if not isinstance(data, dict) or data.get("format") != RECORD_FORMAT:
        return False
    score, trainee, items = data.get("score"), data.get("trainee"), data.get("items")
    return (
        isinstance(data.get("scenario"), str)
        and score is not None
        and _int_or_none(score, 0, 100)
        and (trainee is None or isinstance(trainee, str))
        and _int_or_none(data.get("seed"), -(2**63), 2**63)
        and _int_or_none(data.get("seconds_taken"), 0)
        and isinstance(data.get("hints", []), list)
        and isinstance(items, list)
        and all(_is_item(item) for item in items)
    )
