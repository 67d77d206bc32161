"""Sandbox folders: a scenario (:mod:`.scenario_model`) materialised as a mock server or a whole
deployment, and the markers that say what the folder is.

:func:`create_sandbox` builds a fresh folder from a scenario with the same core a real run uses
(:mod:`.sandbox_server`, :mod:`.cluster_sandbox`) and writes the sandbox marker
(:data:`~.paths.SANDBOX_MARKER`: the scenario's id and seed); :func:`reset_sandbox` starts it again.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ..core.common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from ..core.common.paths import SANDBOX_MARKER, resources_dir
from .cluster_sandbox import build_deployment
from .sandbox_server import build_machine
from .scenario_library import read_scenario, scenario_files
from .scenario_model import Scenario
from .scenario_variables import new_seed

#: Written when a drill's fault has been handed out, so a retry after the drill runs normally.
DRILL_MARKER = ".rms-sandbox-drill.json"


def scenarios_dir() -> Path:
    return resources_dir() / "scenarios"


def load_scenario_file(path: Path, seed: int | None = None) -> Scenario:
    return read_scenario(path, seed)


def list_scenarios() -> list[Scenario]:
    """Ours and the trainer's (:mod:`.scenario_library`)."""
    return [load_scenario_file(path) for path in scenario_files().values()]


def get_scenario(scenario_id: str, seed: int | None = None) -> Scenario:
    files = scenario_files()
    if scenario_id not in files:
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP("core", "Unknown scenario %1. Known scenarios: %2"),
                scenario_id,
                ", ".join(files),
            )
        )
    return load_scenario_file(files[scenario_id], seed)


def materialise(scenario: Scenario, folder: Path) -> None:
    """Build the scenario's machine(s) in ``folder`` (see :func:`build_machine`).

    A scenario with a topology is a deployment: :func:`~.cluster_sandbox.build_deployment`.
    """
    if scenario.topology is not None:
        build_deployment(scenario, folder)
        return
    build_machine(folder, scenario.server, scenario.password())


def arm_drill_fault(folder: Path, scenario: Scenario) -> str | None:
    """The drill's fault for this run of the sandbox in ``folder``: handed out once.

    The first call returns ``scenario.drill.fault`` (for ``FaultPlan``/``RMS_WIZARD_FAULT``) and
    records that it did, *before* the fault can strike (a ``kill-at-step`` leaves no chance to
    write afterwards); later calls return None, so the retry after the rollback or the recovery
    runs normally. A reset starts the drill again.
    """
    if scenario.drill is None or scenario.drill.fault is None:
        return None
    marker = folder / DRILL_MARKER
    if marker.exists():
        return None
    marker.write_text(
        json.dumps({"scenario": scenario.id, "fault": scenario.drill.fault}) + "\n",
        encoding="utf-8",
    )
    return scenario.drill.fault


def write_marker(folder: Path, scenario: Scenario) -> None:
    """The scenario's id and seed (never a drawn value: the password is one)."""
    marker: dict[str, object] = {"scenario": scenario.id, "format": 1, "seed": scenario.seed}
    path = scenario_files().get(scenario.id)
    if path is not None and path.parent.resolve() != scenarios_dir().resolve():
        marker["file"] = str(path.resolve())  # a trainer's: found again without --scenarios
    (folder / SANDBOX_MARKER).write_text(json.dumps(marker) + "\n", encoding="utf-8")


def _marker(folder: Path) -> dict[str, object]:
    try:
        data = json.loads((folder / SANDBOX_MARKER).read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data["scenario"], str):
            return data
    except (OSError, ValueError, KeyError, TypeError):
        pass
    raise BadInputError(
        msg(QT_TRANSLATE_NOOP("core", "%1 is not a sandbox folder made by this tool."), folder)
    )


def read_marker(folder: Path) -> str:
    return str(_marker(folder)["scenario"])


def sandbox_scenario(folder: Path) -> Scenario:
    """The scenario of the sandbox in ``folder`` with the values of its own run (its seed)."""
    marker = _marker(folder)
    seed = marker.get("seed")
    seed = seed if isinstance(seed, int) else None
    file = marker.get("file")
    if isinstance(file, str) and Path(file).is_file():
        return load_scenario_file(Path(file), seed)
    return get_scenario(str(marker["scenario"]), seed)


def create_sandbox(scenario_id: str, folder: Path, seed: int | None = None) -> Scenario:
    """Materialise ``scenario_id`` into ``folder`` (which must be absent or empty), its variables
    drawn from ``seed`` (a new one when None: each run its own values)."""
    scenario = get_scenario(scenario_id, new_seed() if seed is None else seed)
    return _create(scenario, folder)


def _create(scenario: Scenario, folder: Path) -> Scenario:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "The folder %1 exists and is not empty."), folder)
        )
    materialise(scenario, folder)
    write_marker(folder, scenario)
    return scenario


def reset_sandbox(folder: Path) -> Scenario:
    """Start the scenario in ``folder`` again from a fresh copy (the same seed: the same values)."""
    scenario = sandbox_scenario(folder)  # an unknown scenario must not cost the folder
    shutil.rmtree(folder)
    return _create(scenario, folder)
