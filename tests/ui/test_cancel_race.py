"""Issue 14, item 2: Cancel during the update, answered in a real thread race.

The real cancel question is opened with the keyboard (Escape) and answered with the keyboard while
the real apply runs on its worker thread:

* asked before the commit point: the work waits at its next step while the question is open; Yes
  rolls everything back, and the tree is 1.0, as the page says;
* asked after the commit point: the work ends behind the question, which closes by itself; the
  page says it was too late to cancel, and the tree is SP1, as the page says.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyboard_walk import alt, answer_box, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from running_jobs import wait_all
from wizard_driver import make_the_backup, through_password, verified

from rms_wizard.core.common.progress import ProgressEvent
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.install.models import Release
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.state import Event

Condition = Callable[[ProgressEvent], bool]


class Hold:
    """The real apply, held on its worker thread at the first progress event ``when`` accepts."""

    def __init__(self, when: Condition) -> None:
        self.when = when
        self.reached = threading.Event()
        self.release = threading.Event()
        self.events: list[ProgressEvent] = []


@pytest.fixture
def hold_apply(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Condition], Hold]]:
    import rms_wizard.core.engine.operations as core_operations

    real = core_operations.apply_update
    holds: list[Hold] = []

    def make(when: Condition) -> Hold:
        hold = Hold(when)
        holds.append(hold)

        def held(root: Path, *, progress, **kwargs):  # type: ignore[no-untyped-def]
            def hooked(event: ProgressEvent) -> None:
                hold.events.append(event)
                progress(event)
                if not hold.reached.is_set() and hold.when(event):
                    hold.reached.set()
                    assert hold.release.wait(30), "the test never released the apply"

            return real(root, progress=hooked, **kwargs)

        monkeypatch.setattr(core_operations, "apply_update", held)
        return hold

    yield make
    for hold in holds:  # a failed test must not leave a worker waiting
        hold.release.set()
    wait_all()


def _to_ready(driver) -> None:  # type: ignore[no-untyped-def]
    through_password(driver, "single-server-v1")
    make_the_backup(driver)
    driver.forward(PageId.READY)
    driver.wizard.activateWindow()
    driver.qtbot.waitActive(driver.wizard)


@pytest.mark.parametrize("how", ["escape", "close-window"])
def test_cancel_before_the_commit_point_holds_the_work_then_rolls_back(
    open_wizard, sandbox, hold_apply, real_message_boxes, how
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    _to_ready(driver)
    hold = hold_apply(lambda event: event.step == 4)
    driver.click(driver.forward_button())  # Install
    driver.arrive(PageId.UPDATING)
    driver.wait(hold.reached.is_set)
    page = driver.wizard.updating_page
    seen: dict[str, object] = {}

    def while_asked(box: QMessageBox) -> None:
        assert "roll back" in box.text()
        hold.release.set()  # the work may go on... but waits at its next step
        driver.qtbot.wait(400)
        steps = [event.step for event in hold.events]
        seen["steps while asked"] = max(steps)
        seen["working while asked"] = page.working
        alt(driver, "y")  # Yes: cancel and roll back
        driver.wait(lambda: not box.isVisible())

    problems = answer_box(driver, while_asked)
    if how == "escape":
        press(driver, Qt.Key.Key_Escape)
    else:
        driver.wizard.close()  # the window's close button
    assert problems == []
    assert seen == {"steps while asked": 4, "working while asked": True}
    driver.arrive(PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "cancelled"
    assert driver.state.has_event(Event.CANCELLED)
    assert "rolled back" in driver.page().result.text()
    assert verified(root) is Release.V1  # what the page says
    assert detect_install(root).interrupted is None


def test_cancel_declined_lets_the_held_work_go_on(
    open_wizard, sandbox, hold_apply, real_message_boxes
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    _to_ready(driver)
    hold = hold_apply(lambda event: event.step == 3)
    driver.click(driver.forward_button())
    driver.arrive(PageId.UPDATING)
    driver.wait(hold.reached.is_set)

    def while_asked(box: QMessageBox) -> None:
        hold.release.set()
        press(driver, Qt.Key.Key_Return)  # the default answer: No
        driver.wait(lambda: not box.isVisible())

    problems = answer_box(driver, while_asked)
    press(driver, Qt.Key.Key_Escape)
    assert problems == []
    driver.arrive(PageId.FINISHED)
    assert driver.state.outcome is not None and driver.state.outcome.status == "done"
    assert verified(root) is Release.SP1


def test_cancel_after_the_commit_point_is_too_late_and_says_so(
    open_wizard, sandbox, hold_apply, real_message_boxes
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    _to_ready(driver)
    # The last progress report of the transaction: the commit step is done and journaled.
    hold = hold_apply(lambda event: event.step == event.total_steps and not event.path)
    driver.click(driver.forward_button())
    driver.arrive(PageId.UPDATING)
    driver.wait(hold.reached.is_set)
    seen: dict[str, object] = {}

    def while_asked(box: QMessageBox) -> None:
        hold.release.set()  # the work ends behind the question; nobody answers it
        driver.wait(lambda: not box.isVisible())
        seen["closed by itself"] = True

    problems = answer_box(driver, while_asked)
    press(driver, Qt.Key.Key_Escape)
    assert problems == [] and seen == {"closed by itself": True}
    driver.arrive(PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "done"
    texts = "\n".join(driver.check_texts())
    assert "RMS is updated" in texts
    assert "Too late to cancel: the update had already completed." in texts
    assert not driver.state.has_event(Event.CANCELLED)
    assert verified(root) is Release.SP1  # what the page says
