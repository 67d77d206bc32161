"""Hidden switches for tests and benchmarks: note the first painted wizard page, then quit.

``run_gui`` calls :func:`install_autoclose` right before it shows the wizard (an application-wide
Python event filter makes PySide build the Python type of every object that gets an event, so it is
armed no earlier than needed); without the environment variables below it does nothing (and costs
nothing). With them:

``RMS_WIZARD_AUTOCLOSE_MS=N``
    Close the wizard ``N`` ms after its first page was painted and quit with exit code 0. Prints one
    line ``rms-wizard: autoclose {json}`` on stdout first, with the window title, the class of the
    page shown, the wizard's button texts and Qt's own "Cancel" in the current language (to show
    that Qt's catalogue, ``qtbase_<lang>``, loaded). The frozen-app test opens and closes the wizard
    this way.
``RMS_WIZARD_FIRST_PAINT=1``
    Print ``rms-wizard: first-paint <seconds>`` on stdout when the first wizard page is painted,
    where ``<seconds>`` is :func:`time.monotonic` (one clock for every process on the machine, so a
    parent can subtract its spawn time). With ``RMS_WIZARD_AUTOCLOSE_MS=0`` the process quits right
    after: the start-up benchmark measures process start → first page painted this way.

"The first page painted" is the first ``Paint`` event a visible :class:`QWizardPage` receives. The
benchmark's bare baseline (an empty QWizard) uses the same watcher, so both sides measure the same
moment.
"""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

AUTOCLOSE_ENV = "RMS_WIZARD_AUTOCLOSE_MS"
FIRST_PAINT_ENV = "RMS_WIZARD_FIRST_PAINT"
PREFIX = "rms-wizard:"


def _say(line: str) -> None:
    """One line on stdout; a closed or broken stdout must never turn into an error dialog."""
    try:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except (OSError, ValueError):
        pass


def _env_ms(name: str) -> int | None:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    try:
        return max(0, int(raw))
    except ValueError:
        sys.stderr.write(f"{PREFIX} ignoring {name}={raw!r}: not a number of milliseconds\n")
        return None


class FirstPaintWatcher(QObject):
    """An application-wide event filter that waits for the first painted wizard page."""

    def __init__(
        self, app: QCoreApplication, *, close_after_ms: int | None, announce: bool
    ) -> None:
        super().__init__(app)
        self._app = app
        self._close_after_ms = close_after_ms
        self._announce = announce
        self.first_paint: float | None = None
        self.page: QWizardPage | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.first_paint is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWizardPage)
            and watched.isVisible()
        ):
            self.first_paint = time.monotonic()
            self.page = watched
            # Stop filtering every event of the application from here on.
            self._app.removeEventFilter(self)
            if self._announce:
                _say(f"{PREFIX} first-paint {self.first_paint:.6f}")
            if self._close_after_ms is not None:
                QTimer.singleShot(self._close_after_ms, self._close)
        return False

    def _wizard(self) -> QWizard | None:
        page = self.page
        if page is not None:
            window = page.window()
            if isinstance(window, QWizard):
                return window
        return None

    def summary(self) -> dict[str, object]:
        """What was on screen: enough for a test to tell that the real wizard opened."""
        wizard = self._wizard()
        buttons: dict[str, str] = {}
        if wizard is not None:
            for name, which in (
                ("back", QWizard.WizardButton.BackButton),
                ("next", QWizard.WizardButton.NextButton),
                ("cancel", QWizard.WizardButton.CancelButton),
                ("finish", QWizard.WizardButton.FinishButton),
            ):
                buttons[name] = wizard.buttonText(which)
        return {
            "title": wizard.windowTitle() if wizard is not None else "",
            "wizard": type(wizard).__name__ if wizard is not None else None,
            "page": type(self.page).__name__ if self.page is not None else None,
            "page_title": self.page.title() if self.page is not None else "",
            "buttons": buttons,
            # Qt's own catalogue (qtbase_<lang>) translates this; untranslated it stays "Cancel".
            "qt_cancel": QCoreApplication.translate("QWizard", "Cancel"),
            "first_paint": self.first_paint,
        }

    def _close(self) -> None:
        _say(f"{PREFIX} autoclose {json.dumps(self.summary(), ensure_ascii=False)}")
        if isinstance(self._app, QApplication):
            for window in QApplication.topLevelWidgets():
                # Skip the wizard's "really cancel?" question: nothing is running at first paint.
                window.hide()
        self._app.exit(0)


def install_autoclose(app: QCoreApplication) -> FirstPaintWatcher | None:
    """Arm the watcher when ``RMS_WIZARD_AUTOCLOSE_MS`` or ``RMS_WIZARD_FIRST_PAINT`` is set.

    Call after the ``QApplication`` exists and before its event loop runs. Returns the watcher (or
    None when neither variable is set); a second call for the same application returns the same
    watcher, so a benchmark's bootstrap and ``run_gui`` may both call it.
    """
    global _installed
    close_after_ms = _env_ms(AUTOCLOSE_ENV)
    announce = os.environ.get(FIRST_PAINT_ENV, "") not in ("", "0")
    if close_after_ms is None and not announce:
        return None
    if _installed is not None and _installed[0] is app:
        return _installed[1]
    watcher = FirstPaintWatcher(app, close_after_ms=close_after_ms, announce=announce)
    app.installEventFilter(watcher)
    _installed = (app, watcher)
    return watcher


#: The application the watcher was installed on, and the watcher.
_installed: tuple[QCoreApplication, FirstPaintWatcher] | None = None
