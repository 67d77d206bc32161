"""``scenario check``: is a trainer's scenario file one the wizard can play and debrief?

Beyond the model (:func:`~.scenario_library.read_scenario`): every text in Dutch and English, every
goal naming a debrief item that exists and applies to the scenario, every admin-changed file one
the install has, and the scenario materialising (a dry build into a temporary folder, removed
afterwards). Each problem is one translated line naming the field.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from pydantic import BaseModel

from ..core.common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, RmsError, msg
from .sandbox import materialise, write_marker
from .scenario_model import LocalText, Scenario

#: The ids of the debrief's items (:func:`~.debrief_rules.build_debrief`), which a goal's ``item`` names.
DEBRIEF_RULES = (
    "backup",
    "backup-verified",
    "logging-db",
    "password",
    "os-updates",
    "user-changes",
    "drill",
    "config-restored",
    "root-first",
    "part-of-cluster",
    "clients",
    "final-state",
)
#: Draws checked besides the first: a choice that does not fit is found without luck.
_DRAWS = 24


def _problem(path: Path, field: str, problem: str, *args: str | Message) -> BadInputError:
    return BadInputError(
        msg(
            QT_TRANSLATE_NOOP("core", "The scenario file %1 is not valid: %2"),
            path,
            msg(QT_TRANSLATE_NOOP("core", "%1: %2"), field, msg(problem, *args)),
        )
    )


def _texts(model: BaseModel, prefix: str) -> list[tuple[str, LocalText]]:
    found: list[tuple[str, LocalText]] = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            field = f"{prefix}{name}" + (f".{index}" if isinstance(value, list) else "")
            if isinstance(item, LocalText):
                found.append((field, item))
            elif isinstance(item, BaseModel):
                found.extend(_texts(item, field + "."))
    return found


def _check_texts(path: Path, scenario: Scenario) -> None:
    for field, text in _texts(scenario, ""):
        for language in ("en", "nl"):
            if not getattr(text, language).strip():
                raise _problem(
                    path, f"{field}.{language}", QT_TRANSLATE_NOOP("core", "the text is empty")
                )


def _check_items_exist(path: Path, scenario: Scenario) -> None:
    for index, goal in enumerate(scenario.goals):
        field = f"goals.{index}.item"
        if goal.item is None:
            raise _problem(path, field, QT_TRANSLATE_NOOP("core", "this field is missing"))
        if goal.item not in DEBRIEF_RULES:
            raise _problem(
                path,
                field,
                QT_TRANSLATE_NOOP("core", "there is no debrief item %1 (the items: %2)"),
                goal.item,
                ", ".join(DEBRIEF_RULES),
            )


def _check_modified_files(path: Path, scenario: Scenario) -> None:
    if scenario.server is None or not scenario.server.modified_files:
        return
    from ..core.engine.payload import baseline_payload

    installed = {
        item.path
        for item in baseline_payload().manifest.files
        if item.component in scenario.server.components
    }
    for index, change in enumerate(scenario.server.modified_files):
        if change.path not in installed:
            raise _problem(
                path,
                f"server.modified_files.{index}.path",
                QT_TRANSLATE_NOOP("core", "the install has no file %1"),
                change.path,
            )


def _check_build(path: Path, scenario: Scenario) -> None:
    """Materialise into a temporary folder; every goal's item must be an item of its debrief."""
    from .debrief_rules import build_debrief

    with tempfile.TemporaryDirectory(prefix="rms-scenario-check-") as temporary:
        folder = Path(temporary) / "sandbox"
        try:
            materialise(scenario, folder)
            write_marker(folder, scenario)
            applicable = {item.id for item in build_debrief(scenario, [], folder).items}
        except RmsError as exc:
            raise _problem(
                path, "(scenario)", QT_TRANSLATE_NOOP("core", "it cannot be built: %1"), exc.message
            ) from None
        except (OSError, ValueError) as exc:
            raise _problem(
                path,
                "(scenario)",
                QT_TRANSLATE_NOOP("core", "it cannot be built: %1"),
                type(exc).__name__,
            ) from None
    for index, goal in enumerate(scenario.goals):
        if goal.item not in applicable:
            raise _problem(
                path,
                f"goals.{index}.item",
                QT_TRANSLATE_NOOP(
                    "core", "the debrief item %1 does not apply to this scenario (it has: %2)"
                ),
                str(goal.item),
                ", ".join(sorted(applicable)),
            )


def check_scenario_file(path: Path) -> Scenario:
    """The scenario in ``path`` if it passes every check; else :class:`BadInputError`."""
    from .scenario_library import read_scenario

    scenario = read_scenario(path)
    if scenario.variables:
        for seed in range(1, _DRAWS + 1):
            _check_modified_files(path, read_scenario(path, seed))
    _check_texts(path, scenario)
    _check_items_exist(path, scenario)
    _check_modified_files(path, scenario)
    _check_build(path, scenario)
    return scenario


__all__ = ["DEBRIEF_RULES", "check_scenario_file"]
