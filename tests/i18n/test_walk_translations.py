"""Issue 14, item 19: the gaps a Dutch walk found -- Qt's file dialog, the exported debrief's steps,
and ``rms-wizard scenarios`` speaking two languages at once."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from enginekit import cli_env, run_cli
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel

from rms_wizard import i18n
from rms_wizard.core.common.events import EventKind, OperatorEvent
from rms_wizard.training.debrief import Debrief
from rms_wizard.training.debrief_html import render_debrief_html
from rms_wizard.training.sandbox import get_scenario

pytestmark = pytest.mark.usefixtures("compiled_catalogues")


@pytest.fixture
def dutch(qapp: object) -> Iterator[None]:
    del qapp
    i18n.install_translators("nl")
    try:
        yield
    finally:
        i18n.install_translators("en")


@pytest.mark.usefixtures("dutch")
def test_the_file_dialog_is_dutch_throughout(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "x", os.fspath(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the dialog Linux shows
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Zoeken in:", "Bestands&naam:", "Bestanden van &type:"} <= labels, labels
    assert not any("Look in" in text or "Files of" in text for text in labels)
    # Only the missing pairs are answered: the rest is still Qt's own catalogue.
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
    assert QCoreApplication.translate("QFileDialog", "no such text") == "no such text"


@pytest.mark.usefixtures("dutch")
def test_the_exported_debrief_names_the_steps_in_dutch() -> None:
    scenario = get_scenario("single-server-v1")
    at = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    events = [
        OperatorEvent(kind=EventKind.PASSWORD_WRONG, at=at),
        OperatorEvent(kind=EventKind.BACKUP_MADE, at=at, detail={"folder": "b"}),
    ]

    def translate(context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, None, n)

    page = render_debrief_html(
        Debrief(scenario_id=scenario.id, items=[]), scenario, "nl", translate, events=events
    )
    assert "Onjuist wachtwoord ingevoerd" in page and "Back-up gemaakt" in page
    assert "password-wrong" not in page and "backup-made" not in page


def test_scenarios_speak_one_language_whatever_the_gui_saved(tmp_path: Path) -> None:
    config = tmp_path / "config"
    (config / "rms-wizard").mkdir(parents=True)
    (config / "rms-wizard" / "settings.json").write_text(json.dumps({"language": "nl"}))
    env = cli_env(tmp_path, XDG_CONFIG_HOME=str(config), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    del env["RMS_WIZARD_LANG"]  # neither --lang nor the variable: the saved GUI choice is no guide
    done = run_cli("scenarios", log_dir=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Advanced" in out and "Drill: power loss during the update" in out
    assert "Oefening" not in out and "Gevorderd" not in out
