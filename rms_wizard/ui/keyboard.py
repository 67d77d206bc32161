"""The wizard by keyboard: where focus starts on each page, what Enter does, mnemonics that act at
once, passwords masked again, and the wizard buttons' accessible names.

* **Focus** (on every page switch, and when a page's state changes while nothing useful has focus):
  the page's first enabled input (line edit, combo box, check box, the checked radio button), else
  the forward button (Next, the page's action, Finish).
  Never Cancel, Help or "Reset scenario": Enter or Space there would leave or wipe the run.
* **Enter** means the forward button (QDialog's default button), or the page's button that has
  the focus. Where the forward button is still disabled and the page has an ``enter_action``
  (e.g. "Back up now" on the preparation page), Enter runs that action instead of doing nothing.
* **Mnemonics** act on the first press: Qt's ``animateClick`` releases a button 100 ms after Alt+K,
  so a second mnemonic typed within that time (Alt+K, Alt+U) ran before the first had ticked its
  check box. Here an unambiguous mnemonic clicks at once.
* **Passwords** shown with "Show" are masked again whenever the page is left.
* The forward button's **accessible name** follows its text on the page ("Install", "Remove SP1",
  "Roll back"), not QWizard's generic "Commit".
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent, QShortcutEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from .widgets.accessible import plain_text
from .widgets.sandbox_banner import SandboxBanner

#: Dynamic property: this page or button is already watched.
_WATCHED = "rmsKeyboardGuide"
_INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QRadioButton)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_FORWARD = (
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
)
#: Never where focus starts: leaving, the briefing, wiping the run.
_NEVER_FIRST = (QWizard.WizardButton.CancelButton, QWizard.WizardButton.HelpButton)


def forward_button(wizard: QWizard) -> QAbstractButton | None:
    """The visible button that moves on: the page's action, Next, or Finish (None: none shown)."""
    for which in _FORWARD:
        button = wizard.button(which)
        if button.isVisible():
            return button
    return None


def default_button(wizard: QWizard) -> QPushButton | None:
    """The button Enter presses (QDialog's rule: the visible default push button)."""
    for which in _FORWARD:
        button = wizard.button(which)
        if isinstance(button, QPushButton) and button.isDefault() and button.isVisible():
            return button
    return None


def _in_banner(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, SandboxBanner):
            return True
        parent = parent.parentWidget()
    return False


def _can_take_focus(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def first_input(page: QWizardPage) -> QWidget | None:
    """The first enabled input of ``page`` (in the order the page made them: its Tab order; for
    radio buttons the checked one). Only the page's own widgets are looked at: walking the
    window's whole focus chain would wrap QWizard's private widgets in Python objects, which
    PySide's garbage collection then frees twice at exit."""
    candidates = [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, _INPUTS)
        and _can_take_focus(widget)
        and not _in_banner(widget, page)
        and not (isinstance(widget, QLineEdit) and widget.isReadOnly())
        and not (isinstance(widget, QRadioButton) and not widget.isChecked())
    ]
    return candidates[0] if candidates else None


def start_focus(wizard: QWizard) -> QWidget | None:
    """Where focus starts on the current page (None: nowhere yet, the forward button is off)."""
    page = wizard.currentPage()
    if page is None:
        return None
    widget = first_input(page)
    if widget is not None:
        return widget
    button = forward_button(wizard)
    if button is not None and button.isEnabled():
        return button
    return None


def _is_useful_focus(wizard: QWizard, widget: QWidget | None) -> bool:
    """Focus the operator can work with: on the current page or the forward button, shown and
    enabled -- not nowhere, not on a hidden page, not on Cancel, Help, Back (Enter there would go
    back) or a Reset button."""
    if widget is None or not widget.isVisible() or not widget.isEnabled():
        return False
    if any(widget is wizard.button(which) for which in _NEVER_FIRST):
        return False
    page = wizard.currentPage()
    if page is not None and page.isAncestorOf(widget):
        return not _in_banner(widget, page) and not widget.objectName().endswith("ResetButton")
    return widget is forward_button(wizard)


class KeyboardGuide(QObject):
    """Installed on the wizard (see the module's text); one per wizard."""

    @property
    def _wizard(self) -> QWizard:
        # The parent, not an attribute: a Python reference cycle between the wizard and its
        # child would have the garbage collector free the child twice at exit.
        return cast("QWizard", self.parent())

    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        wizard.installEventFilter(self)
        wizard.currentIdChanged.connect(self._on_page_changed)
        for which in (*_FORWARD, QWizard.WizardButton.BackButton, *_NEVER_FIRST):
            self._act_at_once(wizard.button(which))

    # ---- page arrival

    @Slot(int)
    def _on_page_changed(self, page_id: int) -> None:
        del page_id
        wizard = self._wizard
        # Imported by the pages that have one (not before the first paint: it pulls in pydantic).
        fields = sys.modules.get("rms_wizard.ui.widgets.password_field")
        if fields is not None:
            for field in wizard.findChildren(fields.PasswordField):
                field.hide_text()
        page = wizard.currentPage()
        if page is None:
            return
        if not page.property(_WATCHED):
            page.setProperty(_WATCHED, True)
            page.completeChanged.connect(self._on_complete_changed)
        for button in page.findChildren(QAbstractButton):
            self._act_at_once(button)
        self.name_buttons()
        self.focus_start()
        # Once more when the page is shown and its own initialisation has run (a widget of a
        # window not shown yet cannot say whether it may take focus).
        QTimer.singleShot(0, self, self.focus_start)

    def focus_start(self) -> None:
        """Put focus where the current page starts (or on the wizard itself: Enter then means
        the default button, and nothing hidden or dangerous holds the focus)."""
        target = start_focus(self._wizard)
        if target is None:
            self._wizard.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot()
    def refocus_if_lost(self) -> None:
        """Start focus again when nothing useful has it (e.g. Next has just been enabled, or the
        focused field was disabled during a check)."""
        if not _is_useful_focus(self._wizard, self._wizard.focusWidget()):
            self.focus_start()

    @Slot()
    def _on_complete_changed(self) -> None:
        self.name_buttons()
        # After QWizard has updated its buttons (it listens to the same signal).
        QTimer.singleShot(0, self, self.refocus_if_lost)

    def name_buttons(self) -> None:
        """Each wizard button's accessible name is its text as shown on this page."""
        wizard = self._wizard
        for which in (*_FORWARD, QWizard.WizardButton.BackButton, *_NEVER_FIRST):
            button = wizard.button(which)
            page = wizard.currentPage()
            text = page.buttonText(which) if page is not None else button.text()
            button.setAccessibleName(plain_text(text or button.text()))

    # ---- Enter and mnemonics

    def _act_at_once(self, button: QAbstractButton) -> None:
        if not button.property(_WATCHED):
            button.setProperty(_WATCHED, True)
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Shortcut and isinstance(watched, QAbstractButton):
            return self._mnemonic(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.KeyPress and watched is self._wizard:
            return self._enter(event)  # type: ignore[arg-type]
        return False

    @staticmethod
    def _mnemonic(button: QAbstractButton, event: QShortcutEvent) -> bool:
        if event.isAmbiguous() or not button.isEnabled() or not button.isVisible():
            return False  # Qt's own way: focus moves between the buttons sharing the letter
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        button.click()
        return True

    def _enter(self, event: QKeyEvent) -> bool:
        if event.key() not in _ENTER_KEYS:
            return False
        wizard = self._wizard
        page = wizard.currentPage()
        focus = wizard.focusWidget()
        if (
            isinstance(focus, QPushButton)
            and page is not None
            and page.isAncestorOf(focus)
            and focus.isEnabled()
        ):
            focus.click()  # Enter on a focused button presses it (the page's are not autoDefault)
            return True
        button = default_button(wizard)
        if button is not None and button.isEnabled():
            return False  # QDialog presses it
        action: Callable[[], object] | None = getattr(page, "enter_action", None)
        if action is None:
            return False
        action()
        return True


__all__ = ["KeyboardGuide", "default_button", "first_input", "forward_button", "start_focus"]
