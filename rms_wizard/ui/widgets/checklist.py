"""One line of the preparation checklist: a state mark, a title, a detail, room for controls."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLayout, QWidget

from ..theme import Tone, tone_style


class ItemState(StrEnum):
    PENDING = "pending"
    BUSY = "busy"
    DONE = "done"
    WARNING = "warning"
    FAILED = "failed"
    OPTIONAL = "optional"


_MARKS = {
    ItemState.PENDING: ("○", Tone.MUTED),
    ItemState.BUSY: ("◔", Tone.BUSY),
    ItemState.DONE: ("✔", Tone.DONE),
    ItemState.WARNING: ("!", Tone.WARNING),
    ItemState.FAILED: ("✖", Tone.ERROR),
    ItemState.OPTIONAL: ("–", Tone.MUTED),
}


class ChecklistItem(QFrame):
    """A checklist entry whose state the page updates live; controls go in :attr:`controls`."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.state = ItemState.PENDING
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.mark = QLabel()
        self.mark.setObjectName(f"{object_name}Mark")
        self.mark.setFixedWidth(18)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.title = QLabel()
        self.title.setObjectName(f"{object_name}Title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName(f"{object_name}Detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setObjectName(f"{object_name}Status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(self.mark, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.detail, 1, 1)
        grid.addWidget(self.status, 2, 1)
        self._grid = grid
        self._rows = 3
        grid.setColumnStretch(1, 1)
        self.set_state(ItemState.PENDING)

    def add_controls(self, layout: QLayout) -> None:
        self._grid.addLayout(layout, self._rows, 1)
        self._rows += 1

    def _state_name(self, state: ItemState) -> str:
        """The mark in words: a screen reader announces it instead of the symbol."""
        return {
            ItemState.PENDING: self.tr("Not done yet"),
            ItemState.BUSY: self.tr("In progress"),
            ItemState.DONE: self.tr("Done"),
            ItemState.WARNING: self.tr("Needs attention"),
            ItemState.FAILED: self.tr("Failed"),
            ItemState.OPTIONAL: self.tr("Optional"),
        }[state]

    def set_state(self, state: ItemState, status: str = "") -> None:
        self.state = state
        mark, color = _MARKS[state]
        self.mark.setText(mark)
        self.mark.setAccessibleName(self._state_name(state))
        self.mark.setStyleSheet(tone_style(color, bold=True))
        self.status.setText(status)
        self.status.setVisible(bool(status))
        self.status.setStyleSheet(tone_style(color))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.mark.setAccessibleName(self._state_name(self.state))
        super().changeEvent(event)

    def set_texts(self, title: str, detail: str) -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
