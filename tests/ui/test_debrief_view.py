"""The debrief view: checklist rows with marks, the score, the drill's trap, and the HTML export."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from rms_wizard.core.common.events import EventKind, OperatorEvent
from rms_wizard.training.debrief_rules import build_debrief
from rms_wizard.training.sandbox import get_scenario
from rms_wizard.ui.widgets.debrief_view import DebriefRow, DebriefView

START = datetime(2006, 6, 1, 9, 0, tzinfo=UTC)


def _events(*kinds: str) -> list[OperatorEvent]:
    return [
        OperatorEvent(kind=kind, at=START + timedelta(seconds=i)) for i, kind in enumerate(kinds)
    ]


@pytest.fixture
def disk_full(sandbox):  # type: ignore[no-untyped-def]
    folder = sandbox("disk-full")
    scenario = get_scenario("disk-full")
    events = _events(EventKind.BACKUP_MADE, EventKind.APPLY_STARTED, EventKind.APPLY_FAILED)
    return scenario, events, build_debrief(scenario, events, folder)


def test_shows_the_checklist_the_score_and_the_trap(qtbot, disk_full) -> None:  # type: ignore[no-untyped-def]
    scenario, events, debrief = disk_full
    view = DebriefView(language="en")
    qtbot.addWidget(view)
    assert not view.export_button.isEnabled()
    view.set_debrief(debrief, scenario, events)
    view.show()
    qtbot.waitExposed(view)

    rows = view.findChildren(DebriefRow)
    assert [row.item.id for row in rows] == [item.id for item in debrief.items]
    by_id = {row.item.id: row for row in rows}
    assert by_id["drill"].mark.text() == "✔" and by_id["drill"].title.text() == "Handled the drill"
    assert by_id["backup"].mark.text() == "✔"
    assert by_id["backup-verified"].mark.text() == "✘"
    assert by_id["final-state"].mark.text() == "✘"
    assert view.score_text() == (
        f"Score: {debrief.passed_count} of {debrief.applicable_count} recommendations "
        f"followed ({debrief.percent}%)"
    )
    assert 0 < debrief.passed_count < debrief.applicable_count
    trap = view.findChild(QLabel, "debriefTrap")
    assert trap.isVisible() and trap.text() == scenario.drill.trap.en
    view.set_language("nl")
    assert trap.text() == scenario.drill.trap.nl
    assert view.export_button.text() == "&Export HTML…" and view.export_button.isEnabled()

    # A second debrief replaces the rows, it does not add to them.
    view.set_debrief(debrief, scenario, events)
    assert len(view.findChildren(DebriefRow)) == len(debrief.items)


def test_export_writes_the_report_where_the_trainer_says(  # type: ignore[no-untyped-def]
    qtbot, disk_full, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario, events, debrief = disk_full
    view = DebriefView(language="en")
    qtbot.addWidget(view)
    view.set_debrief(debrief, scenario, events)
    view.export_folder = tmp_path  # the page sets the documents folder
    asked: list[str] = []
    target = tmp_path / "out" / "report.html"
    target.parent.mkdir()

    def save_as(parent, caption, directory, filter_text):  # type: ignore[no-untyped-def]
        asked.append(directory)
        return str(target), filter_text

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    with qtbot.waitSignal(view.exported) as signal:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert signal.args == [target]
    # The proposed file is in the export folder, never relative to the working folder.
    (proposed,) = asked
    assert Path(proposed).parent == tmp_path
    assert re.fullmatch(r"debrief-disk-full-\d{8}-\d{6}\.html", Path(proposed).name), proposed
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and scenario.title.en in page
    assert "Update failed and rolled back" in page  # the operator's steps, in words
    status = view.findChild(QLabel, "debriefExportStatus")
    assert status.text() == f"Saved to {target}"

    # Cancelling the file dialog writes nothing; a folder that is gone is reported, not raised.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.html"]
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: warned.append(text))
    )
    gone = tmp_path / "missing" / "report.html"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(gone), "html"))
    )
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert len(warned) == 1 and str(gone) in warned[0] and not gone.exists()


class _Marking(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        return "NL:" + source if context in ("DebriefView", "DebriefRow", "core") else ""

    def isEmpty(self) -> bool:
        return False


def test_a_language_switch_retranslates_rows_and_score(qtbot, disk_full) -> None:  # type: ignore[no-untyped-def]
    scenario, events, debrief = disk_full
    view = DebriefView(language="en")
    qtbot.addWidget(view)
    view.set_debrief(debrief, scenario, events)
    row = view.findChildren(DebriefRow)[0]
    catalogue = _Marking()
    QCoreApplication.installTranslator(catalogue)
    try:
        qtbot.waitUntil(lambda: view.export_button.text() == "NL:&Export HTML…")
        assert view.score_text().startswith("NL:Score:")
        qtbot.waitUntil(lambda: row.title.text().startswith("NL:"))
    finally:
        QCoreApplication.removeTranslator(catalogue)
