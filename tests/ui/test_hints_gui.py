"""Issue 17, acceptance 4: a trainee takes two hints with the sandbox bar's Hint button; they are
in the trail (with their time), on the debrief (what they cost), in the replay and in the score."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog
from wizard_driver import make_the_backup, through_password

from rms_wizard.training.sandbox import get_scenario
from rms_wizard.training.trail import read_trail
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.debrief_page import DebriefPage


def test_two_hints_are_in_the_trail_the_debrief_the_replay_and_the_score(
    open_wizard, sandbox, tmp_path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    scenario = get_scenario("single-server-v1")
    ladder = scenario.goals[0].hints
    driver = open_wizard(root, "single-server-v1")
    welcome = driver.page()
    assert welcome.trainee.isVisible() and welcome.trainee.label.buddy() is welcome.trainee.edit
    driver.qtbot.keyClicks(welcome.trainee.edit, "  Ada   Lovelace ")
    through_password(driver, "single-server-v1")
    bar = driver.page().hint_bar
    driver.click(bar.hint_button)
    assert bar.hint_text.text() == "Hint 1: " + ladder[0].en
    driver.click(bar.hint_button)
    assert bar.hint_text.text() == "Hint 2: " + ladder[1].en
    assert bar.clock.text().startswith("Time: ")
    hints = [e for e in read_trail(root) if e.kind == "hint-taken"]
    assert [(e.detail["hint"], e.detail["item"], e.detail["page"]) for e in hints] == [
        ("1", "backup", "preparation"),
        ("2", "backup", "preparation"),
    ]
    assert hints[0].at <= hints[1].at
    make_the_backup(driver)
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)
    driver.forward(PageId.DEBRIEF)
    page = driver.page()
    assert isinstance(page, DebriefPage)
    driver.wait(lambda: page.debrief is not None)
    assert page.debrief is not None and page.debrief.passed_count == 4
    # Two hints on "backup": 2 x 25 % of one item of four -> 3.5 / 4 = 88 %.
    assert page.debrief.percent == 88
    assert "(88%)" in page.view.score_text()
    assert "Hints taken: 2. Each hint costs 25%" in page.view.hints_text()
    assert "Trainee: Ada Lovelace" in page.view.hints_text()
    assert "Time taken: " in page.view.hints_text()
    # The time per page, by the pages' titles (the trail stores their ids).
    assert "Time per page: Detecting the installation 0:" in page.view.hints_text()
    assert "Preparation " in page.view.hints_text() and "preparation" not in page.view.hints_text()
    visited = [e.detail["page"] for e in read_trail(root) if e.kind == "page-shown"]
    assert visited[:3] == ["detection", "password", "preparation"]  # the Welcome is no visit
    named = [e.detail for e in read_trail(root) if e.kind == "trainee-named"]
    assert named == [{"trainee": "Ada Lovelace"}]
    replay = page.view.replay_text()
    assert replay.count("Hint taken") == 2 and ladder[1].en in replay
    target = tmp_path / "debrief.html"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "*.html"))
    )
    driver.click(page.view.export_button)
    capsys.readouterr()
    html = target.read_text(encoding="utf-8")
    assert html.count("Hint taken") == 2 and "Hints taken: 2" in html
    assert (
        "Trainee: Ada Lovelace" in html
        and "Time per page: " in html
        and "Detecting the installation 0:" in html
    )
    assert scenario.key_password not in html
    from rms_wizard.cli.main import run

    assert run(["debrief", str(root), "--json", "--html", str(tmp_path / "cli.html")]) == 0
    cli_html = (tmp_path / "cli.html").read_text(encoding="utf-8")
    assert cli_html.count("Hint taken") == 2 and scenario.key_password not in cli_html
    record = json.loads(capsys.readouterr().out)
    assert record["trainee"] == "Ada Lovelace"
    assert {"detection", "password"} <= {p["page"] for p in record["seconds_per_page"]}
    assert record["score"] == 88 and [h["hint"] for h in record["hints"]] == ["1", "2"]
    assert scenario.key_password not in json.dumps(record)
