"""Issue 13, acceptance 5 (the GUI's half): Repair SP1 on the Maintenance page, by keyboard only.

A sandbox's SP1 is damaged as an admin finds it (two files deleted, one cut short, one with
flipped bytes); the admin chooses "Repair SP1" with its Alt+letter, reads the plan (the four files,
missing or damaged, and the REINSTALLMODE), and presses Enter (the page's action, Repair SP1): the
tree is then exactly the clean SP1 tree, every file and the wizard's state folder, and verifies as
SP1. A Cancel during the repair (Escape, Yes) rolls it back to exactly the damaged tree.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from enginekit import content, damage_sp1, diff, install_dir
from keyboard_walk import alt, answer_box, audit, enter_to, enter_until, focus_on, focused, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from running_jobs import wait_all
from test_contrast import page_problems
from test_page_fit import fit_problems
from wizard_driver import Driver, verified

from rms_wizard.core.common.progress import ProgressEvent
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.install.models import Release
from rms_wizard.i18n import install_translators
from rms_wizard.run_record import RunOperation
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.state import Event

#: What damage_sp1 does, as the preview must say it.
DAMAGED = {
    "bin/DRMSCrypto.dll": "Missing: put back",
    "_wmcs/licensing/license.asmx": "Missing: put back",
    "client/msdrm.dll": "Damaged: reinstalled",
    "bin/DRMSServer.dll": "Damaged: reinstalled",
}


def _to_maintenance(driver: Driver) -> None:
    driver.wizard.activateWindow()
    driver.qtbot.waitActive(driver.wizard)
    enter_to(driver, PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    enter_to(driver, PageId.MAINTENANCE)


#: The Alt+letter of "Repair SP1 instead" per language (R is the page's action, Repair SP1).
REPAIR_KEY = {"en": "e", "nl": "a"}


def _choose_repair(driver: Driver) -> None:
    """Alt+E (Repair SP1): the plan is shown, and the page's action is Repair SP1."""
    page = driver.page()
    alt(driver, REPAIR_KEY["en"])
    assert focused() is page.repair.radio and page.repair.radio.isChecked()
    commit = driver.wizard.button(QWizard.WizardButton.CommitButton)
    driver.wait(lambda: commit.isVisible() and commit.isEnabled())
    assert commit.accessibleName() == "Repair SP1"
    assert page.title() == "Repair Service Pack 1"
    focus_on(driver, page.repair.radio)  # never moved to Cancel when the plan arrived
    audit(driver)  # the repair's own Alt+letters and names: unique, true


def _rows(driver: Driver) -> dict[str, str]:
    files = driver.page().repair.files
    return {
        files.topLevelItem(i).text(0): files.topLevelItem(i).text(1)
        for i in range(files.topLevelItemCount())
    }


def test_repair_by_keyboard_puts_back_exactly_sp1(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("already-sp1")
    clean = content(root, include_state=True)
    damage_sp1(root)
    damaged = content(root, include_state=True)
    driver = open_wizard(root, "already-sp1")
    _to_maintenance(driver)
    page = driver.page()
    # A damaged SP1 cannot be removed as it is: Repair is chosen, the removal choices are off.
    assert page.repair.radio.isChecked()
    assert not page.restore_radio.isEnabled() and not page.keep_radio.isEnabled()
    focus_on(driver, page.repair.radio)
    _choose_repair(driver)
    assert _rows(driver) == DAMAGED
    assert "pecms" in page.repair.mode_label.text()
    assert "4 files of SP1 are missing or damaged" in page.repair.summary.text()
    assert content(root, include_state=True) == damaged  # the preview changed nothing
    passed = enter_until(driver, PageId.FINISHED)  # Enter = Repair SP1, then the work page
    assert passed[0] is PageId.MAINTENANCE
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "done"
    assert outcome.operation is RunOperation.REPAIR
    assert sorted(outcome.repaired) == sorted(DAMAGED)
    assert driver.state.has_event(Event.REPAIR_DONE)
    finished = driver.page()
    assert finished.result.text() == "SP1 is repaired."
    details = finished.details.text()
    assert "4 files of SP1 reinstalled:" in details
    assert all(path in details for path in DAMAGED)
    assert "it is exactly RMS SP1" in details
    # Exactly the clean SP1 tree: every file, every folder, the databases, the state folder.
    after = content(root, include_state=True)
    assert not diff(clean, after), diff(clean, after)
    assert verified(root) is Release.SP1


class Hold:
    """The real repair, held on its worker thread at the first progress event ``when`` accepts."""

    def __init__(self, when: Callable[[ProgressEvent], bool]) -> None:
        self.when = when
        self.reached = threading.Event()
        self.release = threading.Event()


@pytest.fixture
def hold_repair(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Hold]]:
    import rms_wizard.ui.jobs.repair as repair_jobs  # the GUI's repair job calls it from there

    real = repair_jobs.repair_sp1
    holds: list[Hold] = []

    def make(when: Callable[[ProgressEvent], bool]) -> Hold:
        hold = Hold(when)
        holds.append(hold)

        def held(root: Path, *, progress, **kwargs):  # type: ignore[no-untyped-def]
            def hooked(event: ProgressEvent) -> None:
                progress(event)
                if not hold.reached.is_set() and hold.when(event):
                    hold.reached.set()
                    assert hold.release.wait(30), "the test never released the repair"

            return real(root, progress=hooked, **kwargs)

        monkeypatch.setattr(repair_jobs, "repair_sp1", held)
        return hold

    yield make
    for hold in holds:
        hold.release.set()
    wait_all()


def test_cancel_during_the_repair_rolls_back_to_exactly_the_damaged_tree(
    open_wizard, sandbox, hold_repair, real_message_boxes
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("already-sp1")
    damage_sp1(root)
    damaged = content(root, include_state=True)
    driver = open_wizard(root, "already-sp1")
    _to_maintenance(driver)
    _choose_repair(driver)
    # Held after files were put in place (the last file step), well before the commit point.
    hold = hold_repair(lambda event: bool(event.path) and event.step >= event.total_steps - 3)
    press(driver, Qt.Key.Key_Return)  # Repair SP1
    driver.arrive(PageId.UPDATING)
    driver.wait(hold.reached.is_set)
    assert driver.wizard.updating_page.title() == "Repairing SP1"
    assert content(root, include_state=True) != damaged  # the repair has written files

    def while_asked(box: QMessageBox) -> None:
        assert "roll back" in box.text()
        hold.release.set()
        alt(driver, "y")  # Yes: cancel and roll back
        driver.wait(lambda: not box.isVisible())

    problems = answer_box(driver, while_asked)
    press(driver, Qt.Key.Key_Escape)
    assert problems == []
    driver.arrive(PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "cancelled"
    assert outcome.operation is RunOperation.REPAIR
    text = driver.page().details.text()
    assert "exactly as they were before the repair" in text
    after = content(root, include_state=True)
    assert not diff(damaged, after), diff(damaged, after)
    assert detect_install(root).interrupted is None


def test_a_clean_sp1_has_nothing_to_repair(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("already-sp1")
    driver = open_wizard(root, "already-sp1")
    _to_maintenance(driver)
    page = driver.page()
    assert not page.repair.preview_part.isVisible()  # closed until Repair is chosen
    alt(driver, REPAIR_KEY["en"])
    driver.wait(lambda: page.repair.preview is not None)
    assert "Nothing to repair" in page.repair.summary.text()
    assert not page.repair.files.isVisible() and _rows(driver) == {}
    assert not driver.wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    # Back to removing: the page is no commit page again, Next leads to the removal summary.
    alt(driver, "k")
    assert page.keep_radio.isChecked() and not page.isCommitPage()
    assert not page.repair.preview_part.isVisible()
    enter_to(driver, PageId.REMOVE_READY)


def test_the_repair_plan_fits_800_by_560_in_dutch(open_wizard, sandbox, qapp) -> None:  # type: ignore[no-untyped-def]
    install_translators("nl")
    font = QApplication.font()
    larger = QApplication.font()
    larger.setPointSizeF(font.pointSizeF() * 1.35)
    QApplication.setFont(larger)
    try:
        root = sandbox("already-sp1")
        damage_sp1(root)
        driver = open_wizard(root, "already-sp1", "nl")
        driver.wizard.resize(800, 560)
        driver.wait(lambda: (driver.wizard.width(), driver.wizard.height()) == (800, 560))
        _to_maintenance(driver)
        page = driver.page()
        assert page.repair.radio.isChecked()  # a damaged SP1 can only be repaired
        alt(driver, REPAIR_KEY["nl"])
        assert focused() is page.repair.radio
        driver.wait(lambda: page.repair.ready())
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        assert fit_problems(driver) == []
        assert page.title() == "Service Pack 1 repareren"
        audit(driver)
        # The open plan's labels read, too (the disabled restore fields are not the repair's).
        problems = page_problems(page, "maintenancePage")
        assert [p for p in problems if "'repair" in p] == [], problems
    finally:
        QApplication.setFont(font)
    assert (install_dir(root) / "bin" / "DRMSServer.dll").is_file()


def test_a_failed_repair_says_so_and_leaves_the_damaged_tree(
    open_wizard, sandbox, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("already-sp1")
    damage_sp1(root)
    damaged = content(root, include_state=True)
    driver = open_wizard(root, "already-sp1")
    _to_maintenance(driver)
    _choose_repair(driver)
    monkeypatch.setenv("RMS_WIZARD_FAULT", "disk-full-at-step:4")  # the disk fills mid-way
    enter_until(driver, PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "failed" and outcome.rolled_back
    assert driver.state.has_event(Event.REPAIR_FAILED)
    page = driver.page()
    assert page.result.text() == "It did not work, and every change was rolled back."
    assert "The repair failed and was rolled back" in page.details.text()
    assert "exactly as they were before the repair" in page.details.text()
    after = content(root, include_state=True)
    assert not diff(damaged, after), diff(damaged, after)
