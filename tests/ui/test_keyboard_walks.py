"""Issue 14, items 1, 9, 10 and 17: the update, removal and recovery paths walked by keyboard only.

Keys go to the focused widget (see ``keyboard_walk``); each page is checked for where the focus
starts (never Cancel, Help, Back or "Reset scenario") and that Enter means Next or the page's
action.
"""

from __future__ import annotations

from keyboard_walk import (
    alt,
    check_start_focus,
    enter_to,
    enter_until,
    focus_on,
    focused,
    press,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit
from test_wizard_paths import _killed_apply
from wizard_driver import password, verified

from rms_wizard.core.detect import detect_install
from rms_wizard.core.models import InstallStatus, Release
from rms_wizard.ui.state import Event
from rms_wizard.ui.wizard import PageId


def _activate(driver) -> None:  # type: ignore[no-untyped-def]
    driver.wizard.activateWindow()
    driver.qtbot.waitActive(driver.wizard)


def test_the_update_by_keyboard_only(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    _activate(driver)
    # Welcome: Enter is Next (it used to press Cancel, which had the focus).
    check_start_focus(driver)
    focus_on(driver, driver.page().language_combo)
    enter_to(driver, PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    enter_to(driver, PageId.PASSWORD)
    focus_on(driver, driver.page().password_field.edit)
    # A shown password is masked again when the page is left and visited again (item 17).
    alt(driver, "s")
    edit = driver.page().password_field.edit
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    alt(driver, "b")  # < Back
    driver.arrive(PageId.DETECTION)
    enter_to(driver, PageId.PASSWORD)
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    type_text(driver, password("single-server-v1"))
    enter_to(driver, PageId.PREPARATION)
    page = driver.page()
    focus_on(driver, page.folder_edit)  # the first input, not "Reset scenario"
    # Alt+K ticks "Keep past statistics" on the first press, at once: Alt+U right after makes a
    # backup with the logging database (item 10; it used to tick 100 ms later, too late).
    keep = page.keep_stats
    assert isinstance(keep, QCheckBox) and not keep.isChecked()
    alt(driver, "k")
    assert keep.isChecked()
    alt(driver, "u")  # Back up now
    driver.wait(lambda: driver.state.backup is not None)
    assert driver.state.backup.manifest.item("logging-db") is not None
    driver.wait(lambda: driver.page().isComplete())
    enter_to(driver, PageId.READY)
    assert driver.wizard.button(driver.wizard.WizardButton.CommitButton).accessibleName() == (
        "Install"
    )
    passed = enter_until(driver, PageId.FINISHED)
    assert passed[0] is PageId.READY
    assert driver.state.outcome is not None and driver.state.outcome.status == "done"
    assert verified(root) is Release.SP1
    enter_to(driver, PageId.DEBRIEF)
    driver.wait(lambda: driver.page().isComplete())
    check_start_focus(driver)
    focus_on(driver, driver.wizard.button(driver.wizard.WizardButton.FinishButton))
    press(driver, Qt.Key.Key_Return)  # Finish
    driver.wait(lambda: not driver.wizard.isVisible())
    assert driver.wizard.exit_code == 0


def test_enter_on_the_preparation_page_makes_the_backup(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    _activate(driver)
    enter_to(driver, PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    enter_to(driver, PageId.PASSWORD)
    type_text(driver, password("single-server-v1"))
    enter_to(driver, PageId.PREPARATION)
    check_start_focus(driver)
    press(driver, Qt.Key.Key_Return)  # Next is disabled: the page's action, Back up now
    driver.wait(lambda: driver.state.has_event(Event.BACKUP_VERIFIED))
    driver.wait(lambda: driver.page().isComplete())
    enter_to(driver, PageId.READY)


def test_removing_sp1_by_keyboard_with_a_wrong_password_first(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("already-sp1")
    driver = open_wizard(root, "already-sp1")
    _activate(driver)
    enter_to(driver, PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    enter_to(driver, PageId.MAINTENANCE)
    page = driver.page()
    focus_on(driver, page.restore_radio)  # the choice made (the pre-SP1 backup was found)
    commit = driver.wizard.button(driver.wizard.WizardButton.CommitButton)
    assert commit.accessibleName() == "Remove SP1"
    alt(driver, "p")  # &Password of the private key
    assert focused() is page.password.edit
    type_text(driver, "not-the-password")
    press(driver, Qt.Key.Key_Return)
    driver.wait(lambda: page.error_label.isVisible())
    # After a wrong password the field has the focus again, its text selected (item 9).
    focus_on(driver, page.password.edit)
    assert page.password.edit.hasSelectedText()
    type_text(driver, password("already-sp1"))  # replaces the selected wrong one
    enter_until(driver, PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "done" and outcome.config_db_restored
    assert verified(root) is Release.V1


def test_recovery_by_keyboard(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    _killed_apply(root, "single-server-v1")
    assert detect_install(root).status is InstallStatus.INTERRUPTED
    driver = open_wizard(root, "single-server-v1")
    _activate(driver)
    enter_to(driver, PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    enter_to(driver, PageId.RECOVERY)
    commit = driver.wizard.button(driver.wizard.WizardButton.CommitButton)
    focus_on(driver, commit)
    assert commit.accessibleName() == "Roll back"
    enter_until(driver, PageId.FINISHED)
    assert driver.state.outcome is not None and driver.state.outcome.recovery == "rolled-back"
    assert verified(root) is Release.V1
    # A completed run, closed with Escape (no Cancel on this page): exit code 0, no question.
    assert not driver.wizard.button(driver.wizard.WizardButton.CancelButton).isVisible()
    press(driver, Qt.Key.Key_Escape)
    driver.wait(lambda: not driver.wizard.isVisible())
    assert driver.wizard.exit_code == 0


def test_a_wrong_password_on_the_cluster_page_gives_the_field_the_focus_again(
    open_wizard, sandbox
) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("cluster"), "cluster")
    _activate(driver)
    enter_to(driver, PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    enter_to(driver, PageId.INTEROP)
    enter_to(driver, PageId.CLUSTER)
    page = driver.page()
    check_start_focus(driver)
    alt(driver, "w")  # Private-key pass&word
    assert focused() is page.password_field.edit
    type_text(driver, "not-the-password")
    press(driver, Qt.Key.Key_Return)  # Next is disabled: the page's action, start the rollout
    driver.wait(lambda: page.error_label.isVisible())
    focus_on(driver, page.password_field.edit)
    assert not page.working
