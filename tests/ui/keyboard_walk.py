"""Driving the wizard by keyboard only, as a person does: every key goes to the widget that has the
focus (``QApplication.focusWidget()``), and only Enter, Space, Tab, Escape, Alt+letter and typed
text are used -- never a call into a page's methods.

Each arrival checks where the focus starts: on a shown, enabled widget of the page or on the
forward button; never nowhere, on Cancel, Help, Back or a "Reset scenario" button.
"""

from __future__ import annotations

from collections.abc import Callable

from page_audit import mnemonic_clashes, name_problems
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard
from wizard_driver import WAIT_MS, Driver

from rms_wizard.ui.page_id import PageId

#: Where focus must never start: leaving, the briefing, going back, wiping the run.
FORBIDDEN_START = (
    QWizard.WizardButton.CancelButton,
    QWizard.WizardButton.HelpButton,
    QWizard.WizardButton.BackButton,
)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus: typing would be lost"
    return widget


def focus_problem(driver: Driver) -> str | None:
    """Why the focus is not where a page may start (None: it is fine)."""
    wizard = driver.wizard
    widget = QApplication.focusWidget()
    name = driver.page_id.name
    if widget is None:
        return f"{name}: no widget has the focus"
    if not widget.isVisible() or not widget.isEnabled():
        return f"{name}: the focus is on a hidden or disabled widget ({widget.objectName()})"
    for which in FORBIDDEN_START:
        if widget is wizard.button(which):
            return f"{name}: the focus starts on {widget.objectName()}"
    if widget.objectName().endswith("ResetButton"):
        return f"{name}: the focus starts on {widget.objectName()}"
    page = wizard.currentPage()
    forward = [
        wizard.button(which)
        for which in (
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
        )
        if wizard.button(which).isVisible()
    ]
    if widget is wizard:
        # Nothing on the page can take the focus yet (Enter then means the default button).
        if any(button.isEnabled() for button in forward):
            return f"{name}: nothing has the focus, though {forward[0].objectName()} is enabled"
    elif not page.isAncestorOf(widget) and widget not in forward:
        return f"{name}: the focus is outside the page ({widget.objectName()})"
    return None


def check_start_focus(driver: Driver, timeout: int = 3000) -> QWidget:
    """The page has settled with the focus where it may start (fails with the reason)."""
    problem: list[str | None] = [None]

    def settled() -> bool:
        problem[0] = focus_problem(driver)
        return problem[0] is None

    try:
        driver.wait(settled, timeout)
    except Exception:
        raise AssertionError(problem[0]) from None
    return focused()


def focus_on(driver: Driver, widget: QWidget, timeout: int = 3000) -> None:
    """The focus is (or, once the page has settled, comes) on ``widget``."""
    try:
        driver.wait(lambda: QApplication.focusWidget() is widget, timeout)
    except Exception:
        now = QApplication.focusWidget()
        raise AssertionError(
            f"{driver.page_id.name}: the focus is on "
            f"{now.objectName() if now is not None else 'nothing'}, not {widget.objectName()}"
        ) from None


def press(driver: Driver, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    driver.qtbot.keyClick(focused(), key, modifier)  # type: ignore[attr-defined]


def alt(driver: Driver, letter: str) -> None:
    """Alt+letter, to whatever has the focus (the mnemonic acts window-wide)."""
    press(driver, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def type_text(driver: Driver, text: str) -> None:
    driver.qtbot.keyClicks(focused(), text)  # type: ignore[attr-defined]


def enter_to(driver: Driver, expect: PageId, timeout: int = WAIT_MS) -> None:
    """Check the start focus, press Enter, and arrive at ``expect`` (fails if Enter did not
    advance)."""
    check_start_focus(driver)
    before = driver.page_id
    press(driver, Qt.Key.Key_Return)
    try:
        driver.wait(lambda: driver.wizard.currentId() == expect, timeout)
    except Exception:
        raise AssertionError(
            f"Enter on {before.name} did not lead to {expect.name} (now {driver.page_id.name})"
        ) from None
    driver.check_texts()
    check_start_focus(driver)
    audit(driver)


def audit(driver: Driver) -> None:
    """The page as it is now: no Alt+letter twice, every control announced as shown."""
    page = driver.wizard.currentPage()
    problems = mnemonic_clashes(driver.wizard, page) + name_problems(page)
    assert not problems, "\n".join(problems)


def enter_until(driver: Driver, target: PageId, timeout: int = WAIT_MS) -> list[PageId]:
    """Enter on each page until ``target`` (waiting out the work page, which moves on by
    itself); fails on a page where Enter does not advance. The pages passed are returned."""
    passed: list[PageId] = []
    for _ in range(8):
        if driver.page_id is PageId.UPDATING:
            driver.wait(lambda: driver.page_id is not PageId.UPDATING, timeout)
        if driver.page_id is target:
            driver.check_texts()
            return passed
        driver.wait(lambda: driver.page().isComplete(), timeout)
        check_start_focus(driver)
        before = driver.page_id
        passed.append(before)
        press(driver, Qt.Key.Key_Return)
        try:
            driver.wait(lambda left=before: driver.page_id is not left, timeout)
        except Exception:
            raise AssertionError(f"Enter did not advance on {before.name}") from None
        driver.check_texts()
        audit(driver)
    raise AssertionError(f"{target.name} not reached: {passed}")


def answer_box(driver: Driver, check: Callable[[QMessageBox], None]) -> list[str]:
    """Run ``check(box)`` on the next modal message box once it is open (from inside its own
    event loop; a real dialog). Problems are returned as text; a box ``check`` left open is
    closed with No, so a failing test never hangs."""
    from PySide6.QtCore import QTimer

    problems: list[str] = []

    def when_open() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, when_open)
            return
        try:
            # As a person sees it: the question comes up active, its default button focused.
            driver.wait(lambda: QApplication.activeWindow() is box, 5000)
            check(box)
        except Exception as exc:  # reported to the test, outside the dialog's event loop
            problems.append(f"{type(exc).__name__}: {exc}")
        finally:
            if box.isVisible():
                problems.append("the question was still open")
                box.done(int(QMessageBox.StandardButton.No.value))

    QTimer.singleShot(0, when_open)
    return problems
