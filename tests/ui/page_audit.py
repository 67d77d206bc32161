"""What a keyboard or screen-reader user meets on a page: mnemonics (Alt+letter) that clash, and
interactive widgets whose accessible name is not what a sighted user reads.

The rules (issue 14, items 10 and 11):

* on each page, with the wizard's own buttons, every Alt+letter belongs to one control, and every
  button, check box and radio button of the page has one;
* a button, check box or radio button is announced with (at least) the text it shows;
* a line edit, combo box, text pane or spin box has a label (its buddy) and is announced with (at
  least) that label's text: a placeholder is no label;
* lists, tables and trees have a name, and so do their headers and a table's corner button;
* a mark that says something (a checklist's or debrief's state) has an accessible name.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from rms_wizard.ui.widgets.password_field import PasswordField

_MNEMONIC = re.compile(r"&([^&\s])")
_INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox)


def plain(text: str) -> str:
    """A text as read aloud: no mnemonic marker, no arrows or ellipsis, no trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip("<> \u2026.:").strip()


def mnemonic(text: str) -> str | None:
    match = _MNEMONIC.search(text)
    return match.group(1).lower() if match else None


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def wizard_button_texts(wizard: QWizard, page: QWizardPage) -> list[str]:
    """The wizard's buttons shown with ``page``: Back, Help, and Next / the page's action /
    Finish (a final page that goes on, in the sandbox, shows Next and Finish)."""
    # Back is disabled on a final page (it follows a commit page): its Alt key is free there.
    texts = [] if page.isFinalPage() else [wizard.buttonText(QWizard.WizardButton.BackButton)]
    if wizard.testOption(QWizard.WizardOption.HaveHelpButton):
        texts.append(wizard.buttonText(QWizard.WizardButton.HelpButton))
    if page.isCommitPage():
        texts.append(page.buttonText(QWizard.WizardButton.CommitButton))
    else:
        texts.append(page.buttonText(QWizard.WizardButton.NextButton))
    if page.isFinalPage():
        texts.append(page.buttonText(QWizard.WizardButton.FinishButton))
    return texts


def page_mnemonics(page: QWizardPage) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic on the page's own controls and buddy labels."""
    found: list[tuple[str, str]] = []
    for widget in page.findChildren(QWidget):
        if _inside_item_view(widget) or widget.isHidden():
            continue  # hidden itself: not on this page (the banner's Reset on the Debrief)
        text = ""
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
        letter = mnemonic(text)
        if letter is not None:
            found.append((letter, plain(text)))
    return found


def mnemonic_clashes(wizard: QWizard, page: QWizardPage) -> list[str]:
    """Letters used twice on ``page`` (with the wizard's buttons), in each state of its password
    fields (Show / Hide)."""
    problems: list[str] = []
    fields = page.findChildren(PasswordField)
    for shown in (False, True):
        for field in fields:
            field.toggle.setChecked(shown)
        letters = page_mnemonics(page) + [
            (letter, plain(text))
            for text in wizard_button_texts(wizard, page)
            if (letter := mnemonic(text)) is not None
        ]
        for letter in sorted({x for x, _ in letters}):
            owners = [text for x, text in letters if x == letter]
            if len(owners) > 1:
                problems.append(f"{page.objectName()}: Alt+{letter.upper()} is {owners}")
    for field in fields:
        field.toggle.setChecked(False)
    return sorted(set(problems))


def _buddy_labels(page: QWizardPage) -> dict[int, QLabel]:
    labels: dict[int, QLabel] = {}
    for label in page.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            labels[id(buddy)] = label
    return labels


def name_problems(page: QWizardPage) -> list[str]:
    """Interactive widgets of ``page`` whose accessible name is missing or is not what is shown."""
    problems: list[str] = []
    labels = _buddy_labels(page)
    where = page.objectName()
    for widget in page.findChildren(QWidget):
        name = widget.accessibleName()
        what = f"{where}: {type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QHeaderView):
            if not widget.isHidden() and not name:
                problems.append(
                    f"{what} (a header of {widget.parentWidget().objectName()}) has no name"
                )
            continue
        if isinstance(widget, QAbstractButton) and _inside_item_view(widget):
            if not name:  # a table's corner button
                problems.append(f"{what} (in {widget.parentWidget().objectName()}) has no name")
            continue
        if _inside_item_view(widget):
            continue
        if isinstance(widget, QAbstractButton):
            shown = plain(widget.text())
            if not name or (shown and shown.casefold() not in name.casefold()):
                problems.append(f"{what} shows {shown!r} but is announced as {name!r}")
            if shown and mnemonic(widget.text()) is None:
                problems.append(f"{what} {shown!r} has no Alt+letter")
        elif isinstance(widget, _INPUTS):
            label = labels.get(id(widget))
            if label is None:
                problems.append(f"{what} has no label")
            elif plain(label.text()).casefold() not in name.casefold():
                problems.append(
                    f"{what} is labelled {plain(label.text())!r} but announced as {name!r}"
                )
        elif isinstance(widget, QAbstractItemView):
            if not name:
                problems.append(f"{what} has no name")
        elif (
            isinstance(widget, QLabel)
            and widget.objectName().endswith(("Mark", "debriefMark"))
            and widget.text()
            and not name
        ):
            problems.append(f"{what} ({widget.text()}) has no accessible name")
    return problems
