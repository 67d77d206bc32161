"""What screen readers announce: a control's shown text as its name, more words as its description,
and names for the parts of lists, tables and trees (their headers, a table's corner button).

A control announced with other words than it shows ("Choose the folder for the backup" for a
button that reads "Browse...") confuses a user who hears one and is told to press the other; so the
name is what is shown and the longer explanation is the accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QTableView,
    QTreeView,
)


def plain_text(text: str) -> str:
    """A shown text as read aloud: no mnemonic marker, arrows, ellipsis or trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip("<> \u2026.:").strip()


def announce_as_shown(button: QAbstractButton, description: str = "") -> None:
    """``button`` is announced with its shown text; ``description`` says more (call after every
    change of its text)."""
    button.setAccessibleName(plain_text(button.text()))
    button.setAccessibleDescription(description)


def name_item_view(view: QAbstractItemView, name: str) -> None:
    """Name ``view`` and its parts: the column (and row) headers and a table's corner button."""
    view.setAccessibleName(name)
    columns = QCoreApplication.translate("Accessible", "Column headers: %1").replace("%1", name)
    if isinstance(view, QTableView):
        view.horizontalHeader().setAccessibleName(columns)
        rows = QCoreApplication.translate("Accessible", "Row headers: %1").replace("%1", name)
        view.verticalHeader().setAccessibleName(rows)
        corner = view.findChild(QAbstractButton)
        if corner is not None:  # QTableCornerButton, Qt's own: it selects every cell
            everything = QCoreApplication.translate("Accessible", "Select all: %1")
            corner.setAccessibleName(everything.replace("%1", name))
    elif isinstance(view, QTreeView):
        view.header().setAccessibleName(columns)


__all__ = ["announce_as_shown", "name_item_view", "plain_text"]
