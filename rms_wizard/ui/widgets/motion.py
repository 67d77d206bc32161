"""Motion that can be turned off (issue 18; WCAG 2.3.3): with reduce motion on, a progress bar
that would show Qt's moving busy indicator (a range of 0 to 0: work of unknown length) stands
still and says "Working…" instead.

On when ``RMS_WIZARD_REDUCE_MOTION=1`` or with the ``--reduce-motion`` option (the wizard's start
calls :func:`use_reduced_motion`).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressBar

_REDUCED = False


def use_reduced_motion() -> None:
    """``--reduce-motion``: no busy bar of this run moves."""
    global _REDUCED
    _REDUCED = True


def motion_reduced() -> bool:
    return _REDUCED or os.environ.get("RMS_WIZARD_REDUCE_MOTION") == "1"


class CalmProgressBar(QProgressBar):
    """A progress bar whose busy state (``setRange(0, 0)``) is still when motion is reduced: an
    empty bar labelled "Working…"; a real range brings back the bar as it was."""

    def __init__(self) -> None:
        super().__init__()
        self._text_visible: bool | None = None  # as it was before the still state

    def setRange(self, minimum: int, maximum: int) -> None:
        if minimum == maximum == 0 and motion_reduced():
            if self._text_visible is None:
                self._text_visible = self.isTextVisible()
            super().setRange(0, 1)
            self.setValue(0)
            self.setFormat(QCoreApplication.translate("Motion", "Working\u2026"))
            self.setTextVisible(True)
            return
        if self._text_visible is not None:
            self.resetFormat()
            visible, self._text_visible = self._text_visible, None
            self.setTextVisible(visible)
        super().setRange(minimum, maximum)

    def setTextVisible(self, visible: bool) -> None:
        if self._text_visible is not None:  # still: "Working…" stays; the bar's own comes back
            self._text_visible = visible
            return
        super().setTextVisible(visible)

    def is_still(self) -> bool:
        """Showing the still "Working…" state in place of the moving busy indicator."""
        return self._text_visible is not None


__all__ = ["CalmProgressBar", "motion_reduced", "use_reduced_motion"]
