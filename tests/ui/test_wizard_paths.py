"""Acceptance 1: the real wizard, driven like an admin, with the real core on temporary installs.

Every page the driver reaches is also checked for exception text (acceptance 3, see conftest).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWizard
from wizard_driver import Driver, make_the_backup, password, through_password, verified

from rms_wizard.core.engine.backup import make_backup
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.install.models import InstallStatus, Release
from rms_wizard.training.debrief_rules import build_debrief
from rms_wizard.training.sandbox import get_scenario
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.detection_page import DetectionPage
from rms_wizard.ui.pages.maintenance_page import MaintenancePage
from rms_wizard.ui.pages.preparation_page import PreparationPage
from rms_wizard.ui.pages.ready_page import ReadyPage
from rms_wizard.ui.pages.remove_ready_page import RemoveReadyPage
from rms_wizard.ui.state import Event


def test_update_from_1_0_to_sp1_end_to_end_with_a_wrong_password_first(
    open_wizard, sandbox, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    report = tmp_path / "reports" / "run.html"
    driver = open_wizard(root, "single-server-v1", report_path=report)
    through_password(driver, "single-server-v1", wrong_first=True)
    make_the_backup(driver)
    backup = driver.state.backup
    assert backup is not None and (backup.folder / "backup.json").is_file()
    assert backup.folder.is_relative_to(root)  # the sandbox default: inside the sandbox

    driver.forward(PageId.READY)
    ready = driver.page()
    assert isinstance(ready, ReadyPage)
    plan = driver.state.plan
    assert plan is not None
    assert ready.proxy.rowCount() == len(plan.actions)
    assert "Add: 3" in ready.counts.text()
    assert "DRMS_" in ready.extra.text()  # the configuration-database migration is listed
    ready.filter.setCurrentIndex(ready.filter.findData("add"))
    assert ready.proxy.rowCount() == plan.counts()["add"]
    assert driver.wizard.button(QWizard.WizardButton.CommitButton).text() == "&Install"

    driver.forward(PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "done", outcome
    assert outcome.verified is Release.SP1
    assert verified(root) is Release.SP1
    texts = "\n".join(driver.check_texts())
    assert "no new provisioning" in texts
    assert str(backup.folder) in texts
    assert not driver.wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    events = driver.state.kinds()
    for expected in (
        Event.DETECTED,
        Event.PASSWORD_WRONG,
        Event.PASSWORD_VERIFIED,
        Event.BACKUP_MADE,
        Event.BACKUP_VERIFIED,
        Event.APPLY_DONE,
    ):
        assert expected in events
    assert events.index(Event.BACKUP_VERIFIED) < events.index(Event.APPLY_DONE)
    # The trail speaks the debrief's language: the preparation items pass.
    debrief = build_debrief(get_scenario("single-server-v1"), driver.state.events, root)
    for item_id in ("backup", "backup-verified", "password"):
        item = debrief.item(item_id)
        assert item is not None and item.passed, item_id
    # --report FILE: the run report is written at the end, without the password.
    finished = driver.page()
    driver.wait(lambda: str(report) in finished.report_status.text())
    html = report.read_text(encoding="utf-8")
    assert "RMS-ROOT01" in html and backup.manifest.items[0].sha256 in html
    # The password reached no log line and no report.
    log = Path(str(driver.state.log_path)).read_text(encoding="utf-8")
    assert password("single-server-v1") not in log
    assert password("single-server-v1") not in html


@pytest.mark.parametrize("how", ["cancel-button", "close-window"])
def test_cancel_during_apply_asks_then_rolls_back_to_1_0(
    open_wizard, sandbox, pause_apply, answer_questions, how
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    through_password(driver, "single-server-v1")
    make_the_backup(driver)
    driver.forward(PageId.READY)
    gate = pause_apply(4)
    driver.click(driver.forward_button())
    driver.arrive(PageId.UPDATING)
    driver.wait(gate.reached.is_set)
    assert driver.wizard.updating_page.working
    driver.check_texts()
    if how == "cancel-button":
        driver.click(driver.wizard.button(QWizard.WizardButton.CancelButton))
    else:
        driver.wizard.close()
    assert len(answer_questions) == 1 and "rolled back" in answer_questions[0]
    assert driver.wizard.isVisible()  # it stays open to say what happened
    gate.release.set()
    driver.arrive(PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "cancelled"
    assert driver.state.has_event(Event.CANCELLED)
    assert "rolled back" in driver.wizard.currentPage().result.text()
    assert verified(root) is Release.V1
    assert detect_install(root).interrupted is None


def test_a_disk_full_drill_fails_cleanly_and_leaves_1_0(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1", drill_fault="disk-full-at-step:5")
    through_password(driver, "single-server-v1")
    make_the_backup(driver)
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "failed"
    texts = "\n".join(driver.check_texts())
    assert "rolled back" in texts
    assert "there is no space left on the disk" in texts  # ENOSPC, in the admin's words
    assert verified(root) is Release.V1


@pytest.mark.parametrize("choice", ["keep", "restore"])
def test_sp1_found_remove_it_with_each_database_choice(open_wizard, sandbox, choice) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("already-sp1")
    driver = open_wizard(root, "already-sp1")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.MAINTENANCE)
    page = driver.page()
    assert isinstance(page, MaintenancePage)
    # The two choices side by side, the pre-SP1 backup found in the sandbox.
    assert page.restore_card.geometry().top() == page.keep_card.geometry().top()
    assert page.folder_edit.text() == str(root / "backups" / "pre-sp1")
    assert not driver.wizard.button(QWizard.WizardButton.CommitButton).isVisible()  # Next only
    if choice == "keep":
        driver.click(page.keep_radio)
        assert not page.password.isEnabled()
    else:
        driver.click(page.restore_radio)
        driver.type_password(page.password.edit, "wrong")
        driver.click(driver.forward_button())
        driver.wait(lambda: page.error_label.isVisible())
        assert driver.page_id is PageId.MAINTENANCE
        driver.check_texts()
        driver.type_password(page.password.edit, password("already-sp1"))
    # Issue 14, item 16: a Ready page first -- file by file what goes and what comes back.
    driver.forward(PageId.REMOVE_READY)
    ready = driver.page()
    assert isinstance(ready, RemoveReadyPage)
    commit = driver.wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "&Remove SP1" and commit.accessibleName() == "Remove SP1"
    driver.wait(lambda: QApplication.focusWidget() is commit)
    rows = {
        ready.files.topLevelItem(i).text(0): ready.files.topLevelItem(i).text(1)
        for i in range(ready.files.topLevelItemCount())
    }
    assert rows and set(rows.values()) == {"Put back the RMS 1.0 original", "Remove (added by SP1)"}
    assert verified(root) is Release.SP1  # nothing removed yet
    database = ready.databases.text()
    assert ("restored from the backup" in database) is (choice == "restore")
    assert ("SP1 database is kept" in database) is (choice == "keep")
    driver.forward(PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "done", outcome
    assert outcome.config_db_restored is (choice == "restore")
    assert verified(root) is Release.V1
    config = detect_install(root).config_db
    assert config is not None
    assert config.schema_release is (Release.V1 if choice == "restore" else Release.SP1)
    texts = "\n".join(driver.check_texts())
    assert "SP1 is removed" in texts
    if choice == "keep":
        assert "ignores the fields SP1 added" in texts
    assert driver.state.has_event(Event.UNINSTALL_DONE)


def test_no_rms_installs_sp1_fresh_without_a_backup(open_wizard, sandbox, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("no-rms")
    driver = open_wizard(root, "no-rms")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    assert "not installed" in driver.page().headline.text()
    driver.forward(PageId.READY)  # no password, no backup: nothing to lose yet
    assert "installs RMS with SP1" in driver.page().summary.text()
    driver.forward(PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "done", outcome
    assert outcome.verified is Release.SP1
    assert verified(root) is Release.SP1
    assert "provision the server" in "\n".join(driver.check_texts())
    assert PageId.PASSWORD not in driver.seen and PageId.PREPARATION not in driver.seen
    # Save report...: the admin picks the file.
    target = root.parent / "fresh-report.html"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "*.html"))
    )
    page = driver.page()
    driver.click(page.save_report)
    driver.wait(lambda: str(target) in page.report_status.text())
    assert str(root) in target.read_text(encoding="utf-8")


def _killed_apply(root: Path, scenario: str) -> None:
    """An apply killed at step 5 by the fault injection, in a CLI child process."""
    backup = root / "backups" / "before"
    make_backup(
        detect_install(root),
        backup,
        include_logging_db=False,
        password=get_scenario(scenario).password(),
    )
    env = {**os.environ, "RMS_WIZARD_FAULT": "kill-at-step:5"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rms_wizard",
            "apply",
            "--root",
            str(root),
            "--backup",
            str(backup),
            "--password-stdin",
        ],
        input=password(scenario) + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == -9, result.stderr


def test_an_interrupted_update_is_recovered(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    _killed_apply(root, "single-server-v1")
    assert detect_install(root).status is InstallStatus.INTERRUPTED
    driver = open_wizard(root, "single-server-v1")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    assert "interrupted" in driver.page().headline.text()
    driver.forward(PageId.RECOVERY)
    page = driver.page()
    assert "roll" in page.way.text()
    assert driver.wizard.button(QWizard.WizardButton.CommitButton).text() == "&Roll back"
    driver.forward(PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.recovery == "rolled-back", outcome
    assert verified(root) is Release.V1
    assert driver.state.has_event(Event.RECOVERED)


def test_a_power_loss_drill_kills_a_child_not_the_wizard_and_leads_to_recovery(
    open_wizard, sandbox
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1", drill_fault="kill-at-step:5")
    through_password(driver, "single-server-v1")
    make_the_backup(driver)
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "interrupted", outcome
    assert driver.state.has_event(Event.POWER_LOST)
    assert detect_install(root).status is InstallStatus.INTERRUPTED
    page = driver.page()
    assert page.restart.isVisible()
    driver.click(page.restart)
    driver.arrive(PageId.WELCOME)
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: isinstance(driver.page(), DetectionPage) and driver.page().isComplete())
    driver.forward(PageId.RECOVERY)
    driver.forward(PageId.FINISHED)
    assert driver.state.outcome is not None and driver.state.outcome.recovery == "rolled-back"
    assert verified(root) is Release.V1


def test_keyboard_only_return_and_mnemonics_drive_the_wizard(open_wizard, sandbox, qtbot) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    wizard = driver.wizard
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_Return)  # the default button: Next
    driver.arrive(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Next >
    driver.arrive(PageId.PASSWORD)
    qtbot.keyClick(wizard.currentPage(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # < &Back
    driver.arrive(PageId.DETECTION)


def test_the_disk_full_scenario_fails_once_then_the_update_runs_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The scenario's drill (from --sandbox): the update fails and is rolled back; Start Setup
    again runs it once more, this time to the end."""
    from rms_wizard.ui.app import create_wizard

    wizard = create_wizard(["--sandbox", "disk-full"])
    qtbot.addWidget(wizard)
    wizard.show()
    driver = Driver(qtbot, wizard)
    scenario = wizard.state.scenario
    assert scenario is not None and scenario.drill is not None
    assert wizard.state.drill_fault == scenario.drill.fault
    root = wizard.state.root
    assert root is not None
    through_password(driver, "disk-full")
    make_the_backup(driver)
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)
    assert driver.state.outcome is not None and driver.state.outcome.status == "failed"
    assert verified(root) is Release.V1
    page = driver.page()
    driver.click(page.restart)
    driver.arrive(PageId.WELCOME)
    assert not driver.state.password_verified  # asked again
    through_password(driver, "disk-full")
    page = driver.page()
    assert isinstance(page, PreparationPage)
    # The backup verified before the failed run still holds (the update was rolled back), and
    # the folder field shows that folder (issue 14, item 14).
    assert driver.state.backup is not None
    assert page.backup_step.folder_edit.text() == str(driver.state.backup.folder)
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)
    assert driver.state.outcome is not None and driver.state.outcome.status == "done"
    assert verified(root) is Release.SP1
    kinds = driver.state.kinds()
    assert kinds.count(Event.APPLY_FAILED) == 1 and kinds.count(Event.APPLY_DONE) == 1
