"""A status line that is hidden while it has nothing to say.

Its text can be selected (to copy an error), which makes it focusable; shown empty, a screen
reader would land on a nameless object. So it hides itself while empty, as the save-answers
status does (issue 18)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ..pages.base import set_plain_text


class StatusLine(QLabel):
    """A selectable, word-wrapped plain-text label, shown only while it has a text."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setWordWrap(True)
        set_plain_text(self, selectable=True)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


__all__ = ["StatusLine"]
