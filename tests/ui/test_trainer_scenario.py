"""Issue 17, acceptance 1 (the GUI half): the drill written only from ``docs/scenarios.md``'s
worked example is in the picker, marked as the trainer's, and a perfect trainee plays it to 100 %
through the real wizard -- with the values drawn for this sandbox (its own password, server name,
changed file and the step at which the disk fills up)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import wizard_driver
from wizard_driver import Driver, make_the_backup, through_password

from rms_wizard.training.sandbox import create_sandbox, sandbox_scenario
from rms_wizard.training.scenario_library import use_trainer_folder
from rms_wizard.training.trail import read_trail
from rms_wizard.ui.app import create_wizard
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.debrief_page import DebriefPage
from rms_wizard.ui.scenario_picker import ScenarioPicker

DOC = Path(__file__).resolve().parents[2] / "docs" / "scenarios.md"
DRILL = "busy-licensing-server"


@pytest.fixture
def trainer_folder(tmp_path: Path) -> Iterator[Path]:
    found = re.search(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert found is not None
    folder = tmp_path / "training"
    folder.mkdir()
    data = json.loads(found.group(1))
    (folder / f"{data['id']}.json").write_text(found.group(1), encoding="utf-8")
    yield folder
    use_trainer_folder(None)


def test_the_picker_lists_the_trainers_drill_marked(qtbot, trainer_folder: Path) -> None:  # type: ignore[no-untyped-def]
    use_trainer_folder(trainer_folder)
    picker = ScenarioPicker(language="en")
    qtbot.addWidget(picker)
    picker.select(DRILL)
    assert picker._list.currentItem().text() == (
        "Drill: a busy licensing server runs out of disk (trainer)"
    )
    others = [picker._list.item(i).text() for i in range(picker._list.count())]
    assert sum("(trainer)" in text for text in others) == 1 and len(others) == 11


def test_a_perfect_trainee_plays_the_documented_drill_to_100(
    qtbot, tmp_path: Path, trainer_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "sandbox"
    use_trainer_folder(trainer_folder)
    drawn = create_sandbox(DRILL, folder, seed=4711)
    assert drawn.drill is not None
    use_trainer_folder(None)  # the wizard finds the trainer's file from the sandbox's marker
    wizard = create_wizard(["--root", str(folder)])
    qtbot.addWidget(wizard)
    wizard.show()
    driver = Driver(qtbot, wizard)
    assert driver.state.scenario == sandbox_scenario(folder) == drawn
    # The trainee types the password the briefing gives: this run's own.
    assert drawn.key_password in drawn.briefing.en
    monkeypatch.setattr(wizard_driver, "password", lambda scenario: drawn.key_password)
    through_password(driver, DRILL)
    make_the_backup(driver)
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)  # the disk fills up at the drawn step: rolled back
    assert driver.state.outcome is not None and driver.state.outcome.status == "failed"
    assert "still runs RMS 1.0" in driver.page().details.text()
    driver.click(driver.page().restart)
    driver.arrive(PageId.WELCOME)
    through_password(driver, DRILL)
    driver.forward(PageId.READY)  # the verified backup still holds
    driver.forward(PageId.FINISHED)
    driver.forward(PageId.DEBRIEF)
    page = driver.page()
    assert isinstance(page, DebriefPage)
    driver.wait(lambda: page.debrief is not None)
    assert page.debrief is not None
    items = {item.id: item.passed for item in page.debrief.items}
    assert page.debrief.percent == 100, items
    assert set(items) >= {goal.item for goal in drawn.goals}
    assert "(100%)" in page.view.score_text()
    assert [e.kind for e in read_trail(folder)] == driver.state.kinds()


def test_the_wizards_scenarios_and_seed_options_make_the_sandbox(
    tmp_path: Path, trainer_folder: Path
) -> None:
    from rms_wizard.ui.app import build_state, parse_gui_args

    argv = ["--scenarios", str(trainer_folder), "--sandbox", DRILL, "--seed", "99"]
    state = build_state(parse_gui_args(argv), "en", sandbox_folder=tmp_path / "a")
    again = build_state(parse_gui_args(argv), "en", sandbox_folder=tmp_path / "b")
    assert state.scenario is not None and state.scenario.seed == 99
    assert state.scenario == again.scenario == sandbox_scenario(tmp_path / "a")
    assert state.drill_fault == state.scenario.drill.fault  # type: ignore[union-attr]
