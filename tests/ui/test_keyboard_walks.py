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
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit
from test_wizard_paths import _killed_apply
from wizard_driver import password, verified

from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.install.models import InstallStatus, Release
from rms_wizard.i18n import install_translators
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.state import Event


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
    focus_on(driver, page.backup_step.folder_edit)  # the first input, not "Reset scenario"
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


def test_enter_on_the_welcome_page_of_a_real_install_in_dutch_is_next(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    install_translators("nl")
    driver = open_wizard(sandbox("single-server-v1"), language="nl")  # as with --root DIR
    _activate(driver)
    enter_to(driver, PageId.DETECTION)
    assert driver.wizard.isVisible()
    driver.wait(lambda: driver.page().isComplete())
    enter_to(driver, PageId.PASSWORD)


def test_enter_on_the_preparation_page_makes_the_backup(open_wizard, sandbox, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def choose(parent, caption, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(caption)
        return ""  # Cancel in the folder dialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    _activate(driver)
    enter_to(driver, PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    enter_to(driver, PageId.PASSWORD)
    type_text(driver, password("single-server-v1"))
    enter_to(driver, PageId.PREPARATION)
    check_start_focus(driver)
    page = driver.page()
    # Enter on a focused button presses that button ("Detect again" is not Next)...
    press(driver, Qt.Key.Key_Tab)
    press(driver, Qt.Key.Key_Tab)
    assert focused() is page.backup_step.make, focused().objectName()
    press(driver, Qt.Key.Key_Tab)  # Use an existing backup...
    assert focused() is page.backup_step.existing
    press(driver, Qt.Key.Key_Return)  # its folder dialog, answered with Cancel: nothing happens
    assert asked == ["Choose an existing backup folder"]
    assert driver.state.backup is None and not driver.state.has_event(Event.BACKUP_MADE)
    # ... and Enter in the folder field, Next still disabled: the page's action, Back up now.
    press(driver, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    press(driver, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    press(driver, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is page.backup_step.folder_edit
    press(driver, Qt.Key.Key_Return)
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
    alt(driver, "p")  # &Password of the private key
    assert focused() is page.password.edit
    type_text(driver, "not-the-password")
    press(driver, Qt.Key.Key_Return)
    driver.wait(lambda: page.error_label.isVisible())
    # After a wrong password the field has the focus again, its text selected (item 9).
    focus_on(driver, page.password.edit)
    assert page.password.edit.hasSelectedText()
    type_text(driver, password("already-sp1"))  # replaces the selected wrong one
    enter_until(driver, PageId.REMOVE_READY)  # the summary: the action button is here
    commit = driver.wizard.button(driver.wizard.WizardButton.CommitButton)
    focus_on(driver, commit)
    assert commit.accessibleName() == "Remove SP1"
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
    # The right password (replacing the selected wrong one), Enter: the rollout runs; then Enter
    # moves on from the rollout and the clients pages.
    type_text(driver, password("cluster"))
    press(driver, Qt.Key.Key_Return)
    driver.wait(lambda: page.result is not None and not page.working, 60_000)
    assert page.result.completed
    enter_until(driver, PageId.DEBRIEF)
