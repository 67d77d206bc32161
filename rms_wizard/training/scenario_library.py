"""Where scenarios come from: ours (``resources/scenarios``) and a trainer's own folder.

A trainer's folder is given by ``--scenarios DIR`` (:func:`use_trainer_folder`) or the environment
variable ``RMS_WIZARD_SCENARIOS``; each ``*.json`` in it is a scenario in the same model as ours.
A trainer scenario with the id of one of ours is refused (one clear line): an id names one
scenario, so a marker, a debrief and a class overview can never mix the two up.

:func:`read_scenario` draws a scenario's variables (:mod:`.scenario_variables`) from a seed and
validates the result.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

from pydantic import StringConstraints, TypeAdapter, ValidationError

from ..core.common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, msg, os_error_message
from ..core.common.paths import resources_dir
from .scenario_model import Scenario
from .scenario_problems import first_problem
from .scenario_variables import VARIABLE_NAME, Variable, draw_values, substitute

ENV_VAR = "RMS_WIZARD_SCENARIOS"
_chosen_folder: Path | None = None
_VARIABLES = TypeAdapter(
    dict[Annotated[str, StringConstraints(pattern=VARIABLE_NAME)], Variable],
)


def use_trainer_folder(folder: Path | None) -> None:
    """The folder of ``--scenarios DIR`` (before the environment variable)."""
    global _chosen_folder
    _chosen_folder = folder


def trainer_folder() -> Path | None:
    if _chosen_folder is not None:
        return _chosen_folder
    value = os.environ.get(ENV_VAR, "")
    return Path(value) if value else None


def shipped_folder() -> Path:
    return resources_dir() / "scenarios"


def _invalid(path: Path, problem: Message) -> BadInputError:
    return BadInputError(
        msg(QT_TRANSLATE_NOOP("core", "The scenario file %1 is not valid: %2"), path, problem)
    )


def _file_seed(data: dict[str, Any]) -> int:
    seed = data.get("seed")
    return seed if isinstance(seed, int) and not isinstance(seed, bool) else 0


def read_scenario(path: Path, seed: int | None = None) -> Scenario:
    """The scenario in ``path`` with its variables drawn from ``seed`` (the file's own ``seed``,
    or 0, when None: a listing shows the same values each time)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise _invalid(path, os_error_message(exc)) from None
    except UnicodeDecodeError:
        raise _invalid(path, msg(QT_TRANSLATE_NOOP("core", "it is not UTF-8 text"))) from None
    except json.JSONDecodeError as exc:
        raise _invalid(
            path,
            msg(
                QT_TRANSLATE_NOOP("core", "not valid JSON (line %1, column %2)"),
                exc.lineno,
                exc.colno,
            ),
        ) from None
    except RecursionError:  # brackets nested thousands deep: no scenario looks like that
        raise _invalid(path, msg(QT_TRANSLATE_NOOP("core", "it is nested too deeply"))) from None
    if not isinstance(data, dict):
        raise _invalid(path, msg(QT_TRANSLATE_NOOP("core", "(scenario): an object is needed here")))
    raw_variables = data.get("variables", {})
    try:
        variables = _VARIABLES.validate_python(raw_variables)
    except ValidationError as exc:
        raise _invalid(path, first_problem(exc, ("variables",))) from None
    drawn = seed if seed is not None else _file_seed(data)
    try:
        body = substitute(
            {key: value for key, value in data.items() if key != "variables"},
            draw_values(variables, drawn),
        )
    except BadInputError as exc:
        raise _invalid(path, exc.message) from None
    body.update(variables=raw_variables, seed=drawn)
    try:
        return Scenario.model_validate(body)
    except ValidationError as exc:
        raise _invalid(path, first_problem(exc)) from None


def _trainer_files() -> dict[str, Path]:
    """The trainer's scenarios by id; a clash with ours or between two files is refused."""
    folder = trainer_folder()
    if folder is None:
        return {}
    if not folder.is_dir():
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "The scenarios folder %1 does not exist."), folder)
        )
    ours = _shipped_files()
    found: dict[str, Path] = {}
    for path in sorted(folder.glob("*.json")):
        scenario_id = read_scenario(path).id
        if scenario_id in ours or scenario_id in found:
            raise BadInputError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The trainer scenario %1 has the id %2, which another scenario already "
                        "has: give it an id of its own.",
                    ),
                    path,
                    scenario_id,
                )
            )
        found[scenario_id] = path
    return found


def _shipped_files() -> dict[str, Path]:
    return {path.stem: path for path in sorted(shipped_folder().glob("*.json"))}


def scenario_files() -> dict[str, Path]:
    """Every scenario's file by id: ours, then the trainer's."""
    return _shipped_files() | _trainer_files()


def is_trainer_scenario(scenario_id: str) -> bool:
    return scenario_id not in _shipped_files() and scenario_id in _trainer_files()


def trainer_scenario_ids() -> set[str]:
    return set(_trainer_files())


__all__ = [
    "ENV_VAR",
    "is_trainer_scenario",
    "read_scenario",
    "scenario_files",
    "shipped_folder",
    "trainer_folder",
    "trainer_scenario_ids",
    "use_trainer_folder",
]
