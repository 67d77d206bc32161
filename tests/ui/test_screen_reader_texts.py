"""Issue 18: what a screen reader is told about the widgets, read through Qt's accessibility
interfaces (what AT-SPI and UI Automation pass on): names where the shown text is not enough,
descriptions that explain, the tables' column headers; in English and in Dutch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QFileDialog, QScrollArea, QTableView, QWidget

from rms_wizard.core.common.events import EventKind, OperatorEvent
from rms_wizard.core.common.messages import Message, msg
from rms_wizard.core.engine.plan import PlanKind, PlannedFile, UpdatePlan
from rms_wizard.core.fleet.interop import FEATURES, features_for
from rms_wizard.core.install.models import ComponentId, FileAction
from rms_wizard.i18n import install_translators, tr_message
from rms_wizard.run_record import RunOperation
from rms_wizard.training.debrief_rules import build_debrief
from rms_wizard.training.sandbox import get_scenario
from rms_wizard.ui import answers_record
from rms_wizard.ui.state import WizardState
from rms_wizard.ui.widgets.debrief_view import DebriefView
from rms_wizard.ui.widgets.interop_table import InteropColumn, InteropTable
from rms_wizard.ui.widgets.plan_model import PlanFilterModel, PlanTableModel
from rms_wizard.ui.widgets.sandbox_banner import SandboxBanner
from rms_wizard.ui.widgets.save_answers import SaveAnswers

NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description

LANGUAGES = ["en", "nl"]


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_translators(request.param)
    yield request.param
    install_translators("en")


def accessible(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found


def children(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    return [interface.child(i) for i in range(interface.childCount())]


def cells(view: QWidget) -> list[QAccessibleInterface]:
    return [c for c in children(accessible(view)) if c.role() == QAccessible.Role.Cell]


def column_headers(view: QWidget) -> list[QAccessibleInterface]:
    return [c for c in children(accessible(view)) if c.role() == QAccessible.Role.ColumnHeader]


def _planned(path: str, action: FileAction, reason: Message, **versions: str) -> PlannedFile:
    return PlannedFile(
        path=path,
        component=ComponentId.SERVER,
        action=action,
        new_sha256="0" * 64,
        size=1,
        reason=reason,
        **versions,
    )


def test_the_plan_table_reads_its_headers_and_each_file_s_reason(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    model = PlanTableModel()
    proxy = PlanFilterModel()
    proxy.setSourceModel(model)
    # The core's own reasons (translated where they are shown).
    added = msg("New in SP1.")
    replaced = msg("The installed version %1 is lower than SP1's %2.", "1.0", "1.0.1")
    kept = msg("Changed on this server since RMS 1.0 installed it: your changes are kept.")
    plan = UpdatePlan(
        kind=PlanKind.UPDATE,
        from_release=None,
        actions=[
            _planned("bin/new.dll", FileAction.ADD, added, new_version="1.0.1"),
            _planned(
                "bin/old.dll",
                FileAction.REPLACE,
                replaced,
                installed_version="1.0",
                installed_sha256="1" * 64,
                new_version="1.0.1",
            ),
            _planned("web/page.htm", FileAction.KEEP_MODIFIED, kept, installed_sha256="2" * 64),
        ],
    )
    model.set_plan(plan)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.show()

    headers = column_headers(view)
    nl = language == "nl"
    assert [h.text(NAME) for h in headers] == (
        ["Bestand", "Onderdeel", "Actie", "Geïnstalleerde versie", "Nieuwe versie", "Reden"]
        if nl
        else ["File", "Component", "Action", "Installed version", "New version", "Reason"]
    )
    assert all(h.text(DESCRIPTION) for h in headers)
    assert headers[-1].text(DESCRIPTION) == (
        "Waarom Setup dit met het bestand doet" if nl else "Why Setup does this with the file"
    )

    rows = [cells(view)[i * 6 : i * 6 + 6] for i in range(3)]
    for item, row in zip(plan.actions, rows, strict=True):
        reason = tr_message(item.reason)
        action = model.action_text(item.action)
        file_cell, _component, action_cell, _installed, _new, reason_cell = row
        assert file_cell.text(NAME) == item.path
        assert file_cell.text(DESCRIPTION) == f"{action}: {reason}"
        assert action_cell.text(NAME) == action and action_cell.text(DESCRIPTION) == reason
        assert reason_cell.text(NAME) == reason
        # Each cell knows its column's header (a reader says "Reason" with the cell).
        header = row[5].tableCellInterface().columnHeaderCells()
        assert [h.text(NAME) for h in header] == [headers[5].text(NAME)]
    assert rows[0][0].text(DESCRIPTION) == (
        "Toevoegen: Nieuw in SP1." if nl else "Add: New in SP1."
    )
    # A "–" on screen is read as what it means, not as "dash".
    assert rows[0][3].text(NAME) == ("niet op de server" if nl else "not on the server")
    assert rows[1][3].text(NAME) == "1.0" and rows[1][4].text(NAME) == "1.0.1"
    assert rows[2][3].text(NAME) == rows[2][4].text(NAME) == ("geen versie" if nl else "no version")


def test_every_interop_cell_explains_itself_and_says_when_it_is_highlighted(
    qtbot, language
) -> None:  # type: ignore[no-untyped-def]
    table = InteropTable("interopTable")
    qtbot.addWidget(table)
    now = InteropColumn("now", "Now", (features_for("1.0", "mixed"),))
    after = InteropColumn("after", "After", (features_for("SP1", "mixed"),))
    table.set_columns([now, after])
    table.show()
    changed = set(table.changed_cells())
    assert changed  # SP1 servers offer more: some cells are highlighted
    found = cells(table)
    assert len(found) == len(FEATURES) * 2
    differs = (
        "Gemarkeerd: wijkt af van “Now”."
        if language == "nl"
        else ("Highlighted: differs from “Now”.")
    )
    for index, cell in enumerate(found):
        feature = FEATURES[index // 2]
        column = ("now", "after")[index % 2]
        explanation = tr_message(feature.explanation)
        assert cell.text(NAME) == table.cell(feature.key, column)[0]
        if (feature.key, column) in changed:
            assert cell.text(DESCRIPTION) == f"{explanation} {differs}"
        else:
            assert cell.text(DESCRIPTION) == explanation
    rows = [c for c in children(accessible(table)) if c.role() == QAccessible.Role.RowHeader]
    assert [r.text(NAME) for r in rows] == [tr_message(f.label) for f in FEATURES]
    assert [r.text(DESCRIPTION) for r in rows] == [tr_message(f.explanation) for f in FEATURES]


def test_each_debrief_mark_says_which_recommendation_it_judges_and_how(
    qtbot, sandbox, language
) -> None:  # type: ignore[no-untyped-def]
    scenario = get_scenario("disk-full")
    start = datetime(2006, 6, 1, 9, 0, tzinfo=UTC)
    kinds = (EventKind.BACKUP_MADE, EventKind.APPLY_STARTED, EventKind.APPLY_FAILED)
    events = [OperatorEvent(kind=k, at=start + timedelta(seconds=i)) for i, k in enumerate(kinds)]
    debrief = build_debrief(scenario, events, sandbox("disk-full"))
    view = DebriefView(language)
    qtbot.addWidget(view)
    view.set_debrief(debrief, scenario, events)
    view.show()
    nl = language == "nl"
    passed, failed = ("geslaagd", "niet geslaagd") if nl else ("passed", "not passed")
    by_id = {row.item.id: row for row in view.rows}
    assert accessible(by_id["drill"].mark).text(NAME) == (
        f"De oefening afgehandeld: {passed}" if nl else f"Handled the drill: {passed}"
    )
    assert accessible(by_id["backup-verified"].mark).text(NAME) == (
        f"De back-up gecontroleerd: {failed}" if nl else f"Verified the backup: {failed}"
    )
    for row in view.rows:
        verdict = passed if row.item.passed else failed
        assert accessible(row.mark).text(NAME) == f"{tr_message(row.item.title)}: {verdict}"
    checklist = view.findChild(QScrollArea, "debriefChecklist")
    assert accessible(checklist).text(NAME) == ("Controlelijst" if nl else "Checklist")


def test_the_sandbox_bar_is_a_named_group(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    bar = SandboxBanner()
    qtbot.addWidget(bar)
    bar.show()
    group = accessible(bar)
    assert group.role() == QAccessible.Role.Grouping
    assert group.text(NAME) == ("Sandboxbalk" if language == "nl" else "Sandbox bar")
    assert group.text(DESCRIPTION) == bar.text()  # what the bar says, heard on entering it
    assert ("oefenen" if language == "nl" else "practice") in bar.text().lower()
    # Its parts are inside the group, the Reset button among them.
    roles = {child.role() for child in children(group)}
    assert QAccessible.Role.PushButton in roles


def test_the_save_answers_status_is_hidden_until_something_is_saved(
    qtbot, language, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    state = WizardState(root=tmp_path, operation=RunOperation.UNINSTALL, language=language)
    row = SaveAnswers(state, lambda line: None)
    qtbot.addWidget(row)
    row.refresh()
    row.show()
    assert row.button.isVisible()
    status = accessible(row.status)
    assert not row.status.isVisible() and status.state().invisible  # no blank label to meet
    saved = tmp_path / "answers.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    monkeypatch.setattr(answers_record, "save_answers", lambda state, path: None)
    row.button.click()
    assert row.status.isVisible() and not status.state().invisible
    assert status.text(NAME) == (
        f"De antwoorden zijn opgeslagen in {saved}"
        if language == "nl"
        else f"The answers were saved to {saved}"
    )
    row.refresh()  # the page shown again: the old message goes, and so does the label
    assert not row.status.isVisible()
