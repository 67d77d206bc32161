"""Issue 16, acceptance 1: the wizard records its choices (``--save-answers FILE``, and "Save
answers..." on the Ready page) and ``rms-wizard replay`` does the same on a second sandbox of the
same scenario -- which then is exactly what the wizard left (SP1, or 1.0 with either choice for
the configuration database), its backup verified. And ``--answers FILE`` pre-fills the pages.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from enginekit import content, run_cli
from pydantic import SecretStr
from PySide6.QtWidgets import QFileDialog
from wizard_driver import Driver, make_the_backup, password, through_password, verified

from rms_wizard.core.engine.backup import verify_backup
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.fleet.answers import SCHEMA_ID
from rms_wizard.core.install.models import Release
from rms_wizard.ui.app import create_wizard
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.maintenance_page import MaintenancePage
from rms_wizard.ui.pages.preparation_page import PreparationPage
from rms_wizard.ui.pages.ready_page import ReadyPage


def replay(answers: Path, root: Path, scenario: str, tmp: Path):  # type: ignore[no-untyped-def]
    logs = tmp / "replay-logs"
    logs.mkdir(exist_ok=True)
    return run_cli(
        "replay", answers, "--root", root, "--password-stdin",
        stdin=password(scenario) + "\n", log_dir=logs,
    )  # fmt: skip


def without_new_backups(tree: dict[str, object]) -> dict[str, object]:
    """A tree without the backups the run made (their names hold the time they were made) and
    without the sandbox's trail of the operator (the wizard's run has one, the replay not)."""
    return {
        k: v
        for k, v in tree.items()
        if not k.startswith("backups/wizard-") and k != ".rms-sandbox-trail.jsonl"
    }


def second_copy(root: Path, tmp: Path) -> Path:
    return Path(shutil.copytree(root, tmp / "second", symlinks=True))


def test_an_update_recorded_in_the_wizard_replays_exactly_on_a_second_sandbox(
    open_wizard, sandbox, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    scenario = "single-server-v1"
    root = sandbox(scenario)
    other = second_copy(root, tmp_path)
    recorded = tmp_path / "recorded.json"
    driver: Driver = open_wizard(root, scenario, save_answers_path=recorded)
    through_password(driver, scenario)
    make_the_backup(driver)
    driver.forward(PageId.READY)
    ready = driver.page()
    assert isinstance(ready, ReadyPage) and ready.save_answers.button.isVisible()
    saved = tmp_path / "from-the-button.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    driver.click(ready.save_answers.button)
    assert str(saved) in ready.save_answers.status.text()
    driver.check_texts()
    assert not recorded.exists()  # --save-answers writes when the work starts
    driver.forward(PageId.FINISHED)
    assert driver.state.outcome is not None and driver.state.outcome.status == "done"
    text = recorded.read_text(encoding="utf-8")
    assert saved.read_text(encoding="utf-8") == text
    assert password(scenario) not in text
    data = json.loads(text)
    assert data["schema"] == SCHEMA_ID and data["operation"] == "update"
    assert data["backup_dir"] == "backups/wizard-{time}"  # the sandbox default, made portable
    assert data["root"] == str(root)
    assert verified(root) is Release.SP1

    done = replay(recorded, other, scenario, tmp_path)
    assert done.returncode == 0, done.stderr
    assert verified(other) is Release.SP1
    assert without_new_backups(content(other)) == without_new_backups(content(root))
    (backup,) = (other / "backups").iterdir()
    assert re.fullmatch(r"wizard-\d{8}-\d{6}", backup.name)
    server = detect_install(other).identity
    verify_backup(backup, SecretStr(password(scenario)), server=server)


@pytest.mark.parametrize("choice", ["keep", "restore"])
def test_a_removal_recorded_in_the_wizard_replays_exactly_on_a_second_sandbox(
    open_wizard, sandbox, tmp_path, choice
) -> None:  # type: ignore[no-untyped-def]
    scenario = "already-sp1"
    root = sandbox(scenario)
    other = second_copy(root, tmp_path)
    recorded = tmp_path / "recorded.json"
    driver: Driver = open_wizard(root, scenario, save_answers_path=recorded)
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.MAINTENANCE)
    page = driver.page()
    assert isinstance(page, MaintenancePage)
    if choice == "keep":
        driver.click(page.keep_radio)
    else:
        driver.click(page.restore_radio)
        driver.type_password(page.password.edit, password(scenario))
    driver.forward(PageId.REMOVE_READY)
    driver.forward(PageId.FINISHED)
    assert driver.state.outcome is not None and driver.state.outcome.status == "done"
    text = recorded.read_text(encoding="utf-8")
    assert password(scenario) not in text
    data = json.loads(text)
    assert data["operation"] == "remove" and data["config_db"] == choice
    assert data.get("restore_from") == ("backups/pre-sp1" if choice == "restore" else None)

    done = replay(recorded, other, scenario, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "The install is exactly RMS 1.0." in done.stdout
    assert verified(other) is Release.V1
    assert without_new_backups(content(other)) == without_new_backups(content(root))
    config = detect_install(other).config_db
    assert config is not None
    assert config.schema_release is (Release.V1 if choice == "restore" else Release.SP1)


def _wizard_from_argv(qtbot, argv: list[str]) -> Driver:  # type: ignore[no-untyped-def]
    wizard = create_wizard(argv)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return Driver(qtbot, wizard)


def test_answers_pre_fill_the_update_pages(qtbot, sandbox, tmp_path) -> None:  # type: ignore[no-untyped-def]
    scenario = "single-server-v1"
    root = sandbox(scenario)
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {
                "schema": SCHEMA_ID,
                "operation": "update",
                "root": str(root),
                "backup_dir": "saved/{server}-{time}",
                "include_logging_db": True,
                "import_statistics": True,
            }
        )
    )
    driver = _wizard_from_argv(qtbot, ["--answers", str(answers)])
    assert driver.state.root == root.resolve()  # the recorded root: no --root needed
    through_password(driver, scenario)
    page = driver.page()
    assert isinstance(page, PreparationPage)
    assert re.fullmatch(
        re.escape(str(root.resolve() / "saved" / "RMS-ROOT01-")) + r"\d{8}-\d{6}",
        page.backup_step.folder_edit.text(),
    ), page.backup_step.folder_edit.text()
    assert page.keep_stats.isChecked()
    assert verified(root) is Release.V1  # pre-filled, not done: the admin confirms


def test_answers_pre_fill_the_removal_in_their_language(qtbot, sandbox, tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("already-sp1")
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps(
            {"schema": SCHEMA_ID, "operation": "remove", "config_db": "keep", "language": "nl"}
        )
    )
    driver = _wizard_from_argv(qtbot, ["--answers", str(answers), "--root", str(root)])
    assert driver.state.language == "nl"
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.MAINTENANCE)
    page = driver.page()
    assert isinstance(page, MaintenancePage)
    # keep, as recorded -- although the pre-SP1 backup is there (restore would be the default)
    assert (root / "backups" / "pre-sp1").is_dir()
    assert page.keep_radio.isChecked() and not page.restore_radio.isChecked()
    assert page.title() == "Service Pack 1 verwijderen"


def test_a_bad_answer_file_stops_the_wizard_with_one_line(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"schema": SCHEMA_ID, "operation": "upgrade"}))
    done = run_cli("--answers", answers, log_dir=tmp_path)
    assert done.returncode == 2, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == [
        'rms-wizard: Answer file, field operation: must be one of: "update", "remove"'
    ], done.stderr


def test_a_backup_used_not_made_is_recorded_as_a_new_folder_beside_it(sandbox, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rms_wizard.core.engine.backup import make_backup
    from rms_wizard.run_record import RunOperation
    from rms_wizard.ui.answers_record import answers_from_state
    from rms_wizard.ui.state import Event, WizardState

    root = sandbox("single-server-v1")
    secret = SecretStr(password("single-server-v1"))
    backup = make_backup(
        detect_install(root), tmp_path / "kept" / "pre-sp1", include_logging_db=False,
        password=secret,
    )  # fmt: skip
    state = WizardState(root=root, install=detect_install(root), operation=RunOperation.UPDATE)
    state.backup = backup
    state.record(Event.BACKUP_VERIFIED, folder=backup.folder)
    answers = answers_from_state(state)
    assert answers is not None
    # an existing backup (verified, not made here): a replay must not be sent into it
    assert answers.backup_dir == f"{tmp_path / 'kept'}/{{server}}-backup-{{time}}"
    state.record(Event.BACKUP_MADE, folder=backup.folder)
    made = answers_from_state(state)
    assert made is not None and made.backup_dir == str(backup.folder)
