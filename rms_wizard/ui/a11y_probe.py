"""A hidden test switch: take the name away from one widget, so that the AT-SPI test can show it
notices (issue 18: "the same test fails if any interactive widget loses its name").

``RMS_WIZARD_A11Y_UNNAME=<objectName>``
    Every widget with that object name loses its name as soon as it exists: its accessible name is
    emptied, and a button's text too (Qt names a button by its accessible name, else by its text;
    without either a screen reader has nothing to say but "button"). It stays nameless while the
    wizard runs: Qt sets a wizard button's text again on every page, and a page's retranslation
    sets its names again, so the widget is watched and emptied again after each of its events.

``run_gui`` imports this module only when the variable is set: without it nothing here runs.
A widget whose name comes from elsewhere (a combo box reads its current text on Linux, a line edit
its buddy label) keeps that name; pick a button.
"""

from __future__ import annotations

import os
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

UNNAME_ENV = "RMS_WIZARD_A11Y_UNNAME"

#: How often new widgets are looked for (pages are made after the first paint).
LOOK_EVERY_MS = 100


class Unnamer(QObject):
    """Finds the widgets called ``object_name`` and keeps them nameless."""

    def __init__(self, app: QCoreApplication, object_name: str) -> None:
        super().__init__(app)
        self._object_name = object_name
        self._watched: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_EVERY_MS)
        self._timer.timeout.connect(self.look)
        self._timer.start()
        self.look()

    def look(self) -> None:
        """Empty the names of the widgets called so, watching the ones not seen before."""
        for widget in QApplication.allWidgets():
            if widget.objectName() != self._object_name:
                continue
            key = id(widget)
            if key not in self._watched:
                self._watched.add(key)
                widget.installEventFilter(self)
                widget.destroyed.connect(partial(self._watched.discard, key))
            unname(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() != QEvent.Type.DeferredDelete:
            unname(watched)
        return False


def unname(widget: QWidget) -> None:
    """No accessible name, and for a button no text (only what is set: no endless updates)."""
    if widget.accessibleName():
        widget.setAccessibleName("")
    if isinstance(widget, QAbstractButton) and widget.text():
        widget.setText("")


def install_unname_probe(app: QCoreApplication) -> Unnamer | None:
    """Arm the switch when ``RMS_WIZARD_A11Y_UNNAME`` names a widget; None without it."""
    object_name = os.environ.get(UNNAME_ENV, "").strip()
    return Unnamer(app, object_name) if object_name else None


__all__ = ["UNNAME_ENV", "Unnamer", "install_unname_probe", "unname"]
