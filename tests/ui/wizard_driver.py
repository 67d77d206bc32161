"""Driving the real wizard in tests: a driver that clicks like an admin and checks every page's
visible texts for exception text, the helpers for the common stretches of the paths, and a
secure in-memory keyring."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizard,
)

from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.verify import verify_state
from rms_wizard.core.install.models import Release
from rms_wizard.training.sandbox import get_scenario
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.password_page import PasswordPage
from rms_wizard.ui.pages.preparation_page import PreparationPage
from rms_wizard.ui.state import Event, WizardState
from rms_wizard.ui.wizard import SetupWizard

WAIT_MS = 20_000
#: The screen the wizard must fit without scrolling, less a title bar and a task bar.
SCREEN = (1024, 768 - 60)

#: What a Python exception looks like on screen: never allowed in any visible text.
EXCEPTION_TEXT = re.compile(
    r"Traceback|Error:|Exception|File \"|\b(?:Value|OS|Type|Key|Attribute|Runtime|Index|Name|"
    r"Lookup|Import|Permission|FileNotFound|Assertion|Validation|Operational)Error\b|sqlite3\."
)


class MemoryKeyring(KeyringBackend):
    """A secure in-memory keyring for the tests."""

    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


# ------------------------------------------------------------------------------ the driver


def visible_texts(root: QWidget) -> list[str]:
    """Every text an admin can read in ``root``'s visible widgets (and the current page's titles)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit) and widget.echoMode() == QLineEdit.EchoMode.Normal:
            texts.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    value = model.data(model.index(row, column))
                    if value is not None:
                        texts.append(str(value))
    if isinstance(root, QWizard) and root.currentPage() is not None:
        texts += [root.currentPage().title(), root.currentPage().subTitle(), root.windowTitle()]
    return [t for t in texts if t]


@dataclass
class Driver:
    """Clicks through the wizard like an admin, and checks every page it reaches for exception
    text (acceptance 3)."""

    qtbot: object
    wizard: SetupWizard
    seen: list[PageId] = field(default_factory=list)
    texts: dict[PageId, list[str]] = field(default_factory=dict)

    @property
    def state(self) -> WizardState:
        return self.wizard.state

    @property
    def page_id(self) -> PageId:
        return PageId(self.wizard.currentId())

    def page(self):  # type: ignore[no-untyped-def]
        return self.wizard.currentPage()

    def wait(self, condition: Callable[[], object], timeout: int = WAIT_MS) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)  # type: ignore[attr-defined]

    def forward_button(self) -> QAbstractButton:
        for which in (
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
        ):
            button = self.wizard.button(which)
            if button.isVisible():
                return button
        raise AssertionError("no forward button is visible")

    def click(self, button: QAbstractButton) -> None:
        assert button.isVisible(), button.objectName()
        assert button.isEnabled(), f"{button.objectName()} is disabled on {self.page_id.name}"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    def forward(self, expect: PageId, timeout: int = WAIT_MS) -> None:
        """Click Next/Install/... and wait for ``expect``; the page's texts are then checked."""
        self.wait(lambda: self.forward_button().isEnabled(), timeout)
        self.click(self.forward_button())
        self.arrive(expect, timeout)

    def arrive(self, expect: PageId, timeout: int = WAIT_MS) -> None:
        self.wait(lambda: self.wizard.currentId() == expect, timeout)
        self.check_texts()

    def check_texts(self) -> list[str]:
        """The page's visible texts hold no exception text, and the window still fits a
        1024 x 768 screen (a page that needed more room would have grown the window)."""
        size = self.wizard.frameGeometry().size()
        assert size.width() <= SCREEN[0] and size.height() <= SCREEN[1], (self.page_id, size)
        texts = visible_texts(self.wizard)
        self.seen.append(self.page_id)
        self.texts.setdefault(self.page_id, []).extend(texts)
        bad = [t for t in texts if EXCEPTION_TEXT.search(t)]
        assert not bad, f"exception text on {self.page_id.name}: {bad}"
        return texts

    def type_password(self, edit: QLineEdit, password: str) -> None:
        edit.clear()
        self.qtbot.keyClicks(edit, password)  # type: ignore[attr-defined]


@dataclass
class Gate:
    """Holds the core's apply at a chosen step until the test lets it go."""

    step: int
    reached: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


# ------------------------------------------------------------------------------ path stretches


def verified(root: Path) -> Release | None:
    """What the install under ``root`` is exactly (None: not a known state)."""
    return verify_state(detect_install(root)).state


def password(scenario: str) -> str:
    return get_scenario(scenario).key_password


def through_password(
    driver: Driver,
    scenario: str,
    *,
    wrong_first: bool = False,
    wrong_text: str | None = "does not open the private key",
) -> None:
    """Welcome -> detection -> password (optionally a wrong one first) -> preparation."""
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.check_texts()
    driver.forward(PageId.PASSWORD)
    page = driver.page()
    assert isinstance(page, PasswordPage)
    edit = page.password_field.edit
    if wrong_first:
        driver.type_password(edit, "not-the-password")
        driver.click(driver.forward_button())
        driver.wait(lambda: page.error_label.isVisible())
        assert driver.page_id is PageId.PASSWORD
        assert page.error_label.text()
        if wrong_text is not None:
            assert wrong_text in page.error_label.text()
        assert QApplication.focusWidget() is edit
        assert driver.state.has_event(Event.PASSWORD_WRONG)
        assert not driver.state.password_verified
        driver.check_texts()
    driver.type_password(edit, password(scenario))
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    driver.forward(PageId.PREPARATION)
    assert driver.state.password_verified


def make_the_backup(driver: Driver) -> PreparationPage:
    """On the preparation page: Back up now, and wait until the backup is verified."""
    page = driver.page()
    assert isinstance(page, PreparationPage)
    assert not driver.forward_button().isEnabled()  # no verified backup yet
    assert page.backup_step.folder_edit.text().startswith(str(driver.state.root))
    driver.click(page.backup_step.make)
    driver.wait(lambda: driver.state.backup is not None)
    driver.wait(lambda: driver.forward_button().isEnabled())
    driver.check_texts()
    return page
