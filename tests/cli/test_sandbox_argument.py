"""Issue 14, item 3: ``--sandbox SCENARIO`` names a scenario in both spellings, even one named like a
command (``cluster``); options alone never reach the CLI as a command, and nothing prints a
traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rms_wizard.__main__ import _wants_cli
from rms_wizard.cli.command_names import COMMAND_NAMES
from rms_wizard.cli.main import run
from rms_wizard.cli.output import EXIT_BAD_INPUT
from rms_wizard.training.sandbox import list_scenarios

SCENARIO_IDS = [scenario.id for scenario in list_scenarios()]


def test_a_scenario_is_named_like_a_command() -> None:
    assert "cluster" in SCENARIO_IDS and "cluster" in COMMAND_NAMES  # the case this is about


@pytest.mark.parametrize("scenario_id", SCENARIO_IDS)
def test_every_scenario_opens_the_wizard_in_both_spellings(scenario_id: str) -> None:
    for argv in (
        ["--sandbox", scenario_id],
        [f"--sandbox={scenario_id}"],
        ["--lang", "nl", "--sandbox", scenario_id],
        ["--sandbox", scenario_id, "--lang", "nl"],
        ["--log", "cluster", "--sandbox", scenario_id],
    ):
        assert not _wants_cli(argv), argv


def test_commands_still_reach_the_cli() -> None:
    assert _wants_cli(["cluster", "plan", "--topology", "t.json"])
    assert _wants_cli(["--lang", "nl", "scenarios"])
    assert _wants_cli(["--sandbox", "--lang", "en", "scenarios"])  # a bare --sandbox: no value
    assert _wants_cli(["--version"])
    assert not _wants_cli(["--root", "scenarios"])  # a folder named like a command


def test_options_without_a_command_are_one_usage_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["--sandbox", "cluster"]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "usage error" in err and "Traceback" not in err


def test_the_cluster_scenario_opens_the_wizard_from_the_command_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RMS_WIZARD_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        RMS_WIZARD_AUTOCLOSE_MS="0",
        RMS_WIZARD_LANG="en",
        RMS_WIZARD_LOG_DIR=str(tmp_path / "logs"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    proc = subprocess.run(
        [sys.executable, "-m", "rms_wizard", "--sandbox", "cluster"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and "KeyError" not in proc.stderr
    assert "rms-wizard: autoclose" in proc.stdout
    made = list((tmp_path / "data" / "rms-wizard" / "sandboxes").glob("cluster-*"))
    assert len(made) == 1, made
