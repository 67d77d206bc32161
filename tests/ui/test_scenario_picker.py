"""The scenario picker: every scenario with its level, duration and goals; choose or cancel."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from rms_wizard.training.sandbox import get_scenario, list_scenarios
from rms_wizard.ui.scenario_picker import ScenarioPicker, choose_scenario


def text(picker: ScenarioPicker, name: str) -> str:
    label = picker.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_lists_every_scenario_with_its_details(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = ScenarioPicker(language="en")
    qtbot.addWidget(picker)
    levels = ["beginner", "intermediate", "advanced"]  # the easy ones first (issue 14, item 20)
    scenarios = sorted(list_scenarios(), key=lambda s: (levels.index(s.level), s.id))
    listed = picker._list  # the list a trainer clicks in
    assert [listed.item(i).text() for i in range(listed.count())] == [s.title.en for s in scenarios]
    picker.select("power-loss")
    power = get_scenario("power-loss")
    assert picker.selected_id() == "power-loss"
    assert text(picker, "scenarioTitle") == power.title.en
    # "%n minute(s)" reads "20 minutes" once the English catalogue has its plural forms.
    assert re.fullmatch(r"Level: Advanced · about 20 minute(s|\(s\))", text(picker, "scenarioMeta"))
    assert text(picker, "scenarioGoals").split("\n") == ["• " + g.en for g in power.goals]
    assert text(picker, "scenarioGoalsHeading") == "Learning goals"

    picker.set_language("nl")
    assert text(picker, "scenarioTitle") == power.title.nl
    assert text(picker, "scenarioGoals").split("\n") == ["• " + g.nl for g in power.goals]
    assert listed.currentItem().text() == power.title.nl


class _Marking(QTranslator):
    """A catalogue that marks the picker's strings, to see a language switch reach them."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        return "NL:" + source if context == "ScenarioPicker" else ""

    def isEmpty(self) -> bool:
        return False


def test_language_change_event_reaches_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = ScenarioPicker(language="en")
    qtbot.addWidget(picker)
    assert picker.windowTitle() == "Choose a training scenario"
    catalogue = _Marking()
    QCoreApplication.installTranslator(catalogue)
    try:
        qtbot.waitUntil(lambda: picker.windowTitle() == "NL:Choose a training scenario")
        assert text(picker, "scenarioIntro").startswith("NL:Sandbox mode")
    finally:
        QCoreApplication.removeTranslator(catalogue)


def test_double_click_chooses(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = ScenarioPicker(language="en")
    qtbot.addWidget(picker)
    picker.select("disk-full")
    listed = picker._list
    picker.show()
    qtbot.waitExposed(picker)
    rect = listed.visualItemRect(listed.currentItem())
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.selected_id() == "disk-full"


def _answer(action) -> None:  # type: ignore[no-untyped-def]
    """Act on the modal picker once it is open (exec() blocks the test until it closes)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ScenarioPicker):
            QTimer.singleShot(10, run)
            return
        action(dialog)

    QTimer.singleShot(0, run)


def test_choose_scenario_returns_the_choice_or_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    def pick(dialog: ScenarioPicker) -> None:
        dialog.select("cluster")
        qtbot.mouseClick(dialog.findChild(object, "scenarioStart"), Qt.MouseButton.LeftButton)

    _answer(pick)
    assert choose_scenario(language="en") == "cluster"

    _answer(lambda dialog: dialog.reject())
    assert choose_scenario(language="en") is None
