"""SIGTERM and SIGHUP (a service manager's stop, a closed session) are a confirmed Cancel.

The command line already treats them so (exit code 3 after a clean rollback); the wizard does the
same instead of dying as if killed with the update half done:

* **during the work** (update, fresh install, removal) the work is cancelled without asking; the
  core rolls back (or, past its commit point, finishes), and Setup then quits with the command
  line's exit code for that outcome: 3 cancelled and rolled back, 0 completed, 4 when the rollback
  could not finish (the journal is kept for recover), 3 for another failure;
* a **recovery** is never interrupted: Setup quits once it has ended;
* **otherwise** Setup quits at once, without its "Exit Setup?" question (nothing is being changed).

Python runs a signal handler only between bytecodes, and while Qt's event loop waits there are
none. So the signal's number is written to a socket (:func:`signal.set_wakeup_fd`) that a
:class:`QSocketNotifier` watches: Qt's loop wakes, and the handling runs as an ordinary slot on
the GUI thread.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Slot
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from .wizard import SetupWizard

#: The signals that are a Cancel (those the OS has: Windows has no SIGHUP). SIGINT is left to
#: Python (a GUI is not stopped with Ctrl+C in its terminal by accident).
STOP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))
#: The command line's exit codes for the outcomes (rms_wizard.cli).
EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 3, 4
_POLL_MS = 50


def exit_code_of(outcome: object) -> int:
    """The command line's exit code for the work's ``outcome`` (a ``ui.state.Outcome``)."""
    status = getattr(outcome, "status", None)
    if status == "done":
        return EXIT_OK
    if status == "interrupted" or (
        status == "failed" and not getattr(outcome, "rolled_back", True)
    ):
        return EXIT_INTERRUPTED
    return EXIT_FAILED


class StopSignals(QObject):
    """Watches for :data:`STOP_SIGNALS` while the wizard runs; see the module's text."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {signum: signal.getsignal(signum) for signum in STOP_SIGNALS}
        for signum in STOP_SIGNALS:
            signal.signal(signum, _noted)  # the number reaches the socket; the slot acts
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        self._timer = QTimer(self)
        self._timer.setInterval(_POLL_MS)
        self._timer.timeout.connect(self._check_ended)
        self.received: int | None = None

    @property
    def _wizard(self) -> SetupWizard:
        return cast("SetupWizard", self.parent())

    def uninstall(self) -> None:
        """Give the signals back (Setup is quitting)."""
        self._notifier.setEnabled(False)
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()

    @Slot()
    def _on_wakeup(self) -> None:
        with contextlib.suppress(BlockingIOError, InterruptedError):
            numbers = self._reader.recv(64)
            for number in numbers:
                if number in STOP_SIGNALS and self.received is None:
                    self.received = number
                    self._stop(number)

    def _stop(self, number: int) -> None:
        wizard = self._wizard
        wizard.log.line(f"signal {signal.Signals(number).name}: treated as a confirmed Cancel")
        if not wizard.is_ready:
            wizard.reject()  # start-up: nothing has been done yet
            return
        page = wizard.updating_page
        if page.working:
            from ..run_record import RunOperation

            if wizard.state.operation is not RunOperation.RECOVER:
                page.cancel()  # the core rolls back; Setup quits when it has
                _close_questions(wizard)  # an open "Cancel and roll back?" is answered so
            self._timer.start()
            return
        self._quit(None)

    @Slot()
    def _check_ended(self) -> None:
        wizard = self._wizard
        if wizard.updating_page.working:
            return
        self._timer.stop()
        self._quit(exit_code_of(wizard.state.outcome))

    def _quit(self, code: int | None) -> None:
        """Close without asking (an open question is closed too), then quit with ``code``
        (None: what closing now would give)."""
        wizard = self._wizard
        wizard.jobs.stop_all()
        _close_questions(wizard)
        wizard.done(QDialog.DialogCode.Rejected)
        if code is not None:
            wizard.exit_code = code
        wizard.log.line(f"quitting after the signal (exit code {wizard.exit_code})")


def _close_questions(wizard: SetupWizard) -> None:
    for box in wizard.findChildren(QDialog):
        if box.isVisible():
            box.reject()


def _noted(signum: int, frame: object) -> None:
    """The Python-level handler: the work is done by :class:`StopSignals`' slot."""
    del signum, frame


def install_stop_signals(wizard: SetupWizard) -> StopSignals | None:
    """Watch for SIGTERM/SIGHUP on ``wizard`` (from the main thread only; None elsewhere)."""
    try:
        return StopSignals(wizard)
    except ValueError:  # not the main thread: the signals stay as they are
        return None


__all__ = ["STOP_SIGNALS", "StopSignals", "exit_code_of", "install_stop_signals"]
