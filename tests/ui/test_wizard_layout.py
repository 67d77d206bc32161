"""Keyboard, accessibility and window: names on every control, unique mnemonics, Tab, images,
and a window that fits 1024 x 768 in English and in Dutch."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizard,
)
from wizard_driver import SCREEN, make_the_backup, through_password

from rms_wizard.i18n import install_translators
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.window_size import WINDOW_SIZE

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit)
_MNEMONIC = re.compile(r"&([^&\s])")


def _inside_qt_part(widget: QWidget) -> bool:
    """Part of a Qt control (a combo box's list, a table's corner button), not one of ours."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not _inside_qt_part(w)
    ]


def test_every_control_has_a_stable_object_name_and_an_accessible_name(
    open_wizard, sandbox
) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    wizard = driver.wizard
    missing = []
    for page_id, page in wizard.pages.items():
        for widget in interactive_widgets(page):
            if not widget.objectName() or not widget.accessibleName():
                missing.append((page_id.name, type(widget).__name__, widget.objectName()))
    for which in (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.CommitButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
        QWizard.WizardButton.HelpButton,
    ):
        button = wizard.button(which)
        if not button.objectName() or not button.accessibleName():
            missing.append(("wizard", "button", button.objectName()))
    assert missing == []
    names = [w.objectName() for w in interactive_widgets(wizard)]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


def _mnemonic(widget: QWidget) -> str | None:
    text = ""
    if isinstance(widget, QAbstractButton) or (
        isinstance(widget, QLabel) and widget.buddy() is not None
    ):
        text = widget.text()
    match = _MNEMONIC.search(text)
    return match.group(1).lower() if match else None


def test_mnemonics_are_unique_on_every_page_and_controls_take_tab_focus(
    open_wizard, sandbox
) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    wizard = driver.wizard
    buttons = [
        wizard.button(QWizard.WizardButton.BackButton),
        wizard.button(QWizard.WizardButton.HelpButton),
    ]
    problems = []
    for page_id, page in wizard.pages.items():
        forward = wizard.button(
            QWizard.WizardButton.CommitButton
            if page.isCommitPage()
            else QWizard.WizardButton.FinishButton
            if page_id is PageId.FINISHED
            else QWizard.WizardButton.NextButton
        )
        commit_text = page.buttonText(QWizard.WizardButton.CommitButton)
        letters: list[str] = []
        for widget in [*page.findChildren(QWidget), *buttons, forward]:
            letter = _mnemonic(widget)
            if widget is forward and page.isCommitPage():
                match = _MNEMONIC.search(commit_text)
                letter = match.group(1).lower() if match else None
            if letter:
                letters.append(letter)
        duplicates = sorted({x for x in letters if letters.count(x) > 1})
        if duplicates:
            problems.append((page_id.name, duplicates))
        for widget in interactive_widgets(page):
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                problems.append((page_id.name, "no Tab focus", widget.objectName()))
    assert problems == []


def test_tab_moves_through_the_password_page_controls_in_order(open_wizard, sandbox, qtbot) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.PASSWORD)
    wizard = driver.wizard
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    page = driver.page()
    driver.wait(lambda: QApplication.focusWidget() is page.password_field.edit)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.password_field.toggle


def test_window_title_images_and_style(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    wizard = driver.wizard
    assert "sandbox" in wizard.windowTitle()
    assert wizard.wizardStyle() is QWizard.WizardStyle.ModernStyle
    assert wizard.testOption(QWizard.WizardOption.HaveHelpButton)
    # The preferred size, made smaller where the screen (offscreen: 800 x 800) has no room.
    room = wizard.screen().availableGeometry()
    assert (wizard.width(), wizard.height()) == (
        min(WINDOW_SIZE[0], room.width()),
        min(WINDOW_SIZE[1], room.height() - 40),
    )
    assert not wizard.pixmap(QWizard.WizardPixmap.LogoPixmap).isNull()
    assert wizard.pixmap(QWizard.WizardPixmap.BannerPixmap).width() == wizard.width()
    for page_id in (PageId.WELCOME, PageId.FINISHED):
        watermark = wizard.page(page_id).pixmap(QWizard.WizardPixmap.WatermarkPixmap)
        assert watermark.width() == 164 and watermark.height() >= 314
    assert wizard.page(PageId.DETECTION).pixmap(QWizard.WizardPixmap.WatermarkPixmap).isNull()
    assert all(not page.banner.isHidden() for page in wizard.pages.values())
    assert wizard.size().width() <= SCREEN[0] and wizard.size().height() <= SCREEN[1]


def test_a_real_install_has_no_banner_and_no_help(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    driver = open_wizard(root)
    wizard = driver.wizard
    assert "sandbox" not in wizard.windowTitle()
    assert all(page.banner.isHidden() for page in wizard.pages.values())
    assert not wizard.button(QWizard.WizardButton.HelpButton).isVisible()


def test_the_dutch_update_path_fits_the_screen_on_every_page(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    install_translators("nl")
    root = sandbox("user-modified-config")
    driver = open_wizard(root, "user-modified-config", language="nl")
    assert driver.wizard.button(QWizard.WizardButton.NextButton).text() != "&Next >"
    through_password(driver, "user-modified-config", wrong_first=True, wrong_text=None)
    make_the_backup(driver)
    driver.forward(PageId.READY)
    ready = driver.page()
    assert ready.modified.isVisible() and "_wmcs/web.config" in ready.modified.text()
    driver.forward(PageId.FINISHED)
    assert driver.state.outcome is not None and driver.state.outcome.status == "done"
    assert set(driver.seen) >= {
        PageId.WELCOME,
        PageId.DETECTION,
        PageId.PASSWORD,
        PageId.PREPARATION,
        PageId.READY,
        PageId.FINISHED,
    }
