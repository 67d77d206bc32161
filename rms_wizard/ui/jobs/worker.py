"""Run the core off the GUI thread: a :class:`Worker` with ``progress``, ``finished``, ``failed``
and ``cancel``.

A :class:`Worker` wraps one core call (a *job*: ``job(progress, cancel) -> result``) and runs it on
its own :class:`QThread`. It never touches a widget: pages connect to its signals, which Qt
delivers on the GUI thread. Whatever goes wrong becomes a :class:`Failure`:

* an :class:`~rms_wizard.core.common.messages.RmsError` keeps its translatable message (the page shows it
  in the admin's language);
* a cancel (the core's ``Cancelled``, raised after the rollback) is its own kind;
* anything else is logged with its traceback to the setup log and reported as "an unexpected
  problem, see the log at ..." -- a traceback never reaches the GUI.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ...core.common.messages import QT_TRANSLATE_NOOP, Message, RmsError
from ...core.common.progress import Cancelled, CancelToken, ProgressCallback, ProgressEvent
from ...core.engine.setuplog import SetupLog

if TYPE_CHECKING:
    from .manager import JobsManager

#: ``job(progress, cancel) -> result``: one core call, run on a worker thread.
Job = Callable[[ProgressCallback, CancelToken], Any]

#: Translation context of the messages made by the jobs (not a widget, so no ``self.tr``). Each
#: mark spells it out: lupdate reads only literal contexts.
CONTEXT = "Workers"

FailureKind = Literal["error", "cancelled", "unexpected", "interrupted"]


@dataclass(frozen=True)
class Failure:
    """Why a worker did not finish: a message to translate on the GUI thread, never a traceback."""

    kind: FailureKind
    message: Message | None = None
    #: The class of the core error, so a page can tell e.g. a wrong password from a damaged key.
    error_type: type[RmsError] | None = None
    log_path: Path | None = None

    def is_error(self, error_type: type[RmsError]) -> bool:
        return self.error_type is not None and issubclass(self.error_type, error_type)

    def text(self) -> str:
        """The message in the current language (call on the GUI thread)."""
        from ...i18n import tr_message

        if self.message is not None:
            return tr_message(self.message)
        if self.kind == "cancelled":
            return QCoreApplication.translate("Workers", "Cancelled; every change was rolled back.")
        return QCoreApplication.translate("Workers", "The operation did not finish.")


def ui_message(text: str, *args: object) -> Message:
    """A message of the jobs' own (context :data:`CONTEXT`), translated when shown."""
    # A nested message (an OS error's reason) stays a message, translated when shown.
    return Message(
        text=text,
        args=tuple(a if isinstance(a, Message) else str(a) for a in args),
        context=CONTEXT,
    )


def failure_from(exc: BaseException, log: SetupLog | None, what: str) -> Failure:
    """Turn an exception from a job into a :class:`Failure` (and log it)."""
    if isinstance(exc, Cancelled):
        if log is not None:
            log.line(f"{what}: cancelled, rolled back")
        return Failure("cancelled")
    if isinstance(exc, RmsError):
        if log is not None:
            log.line(f"{what}: error: {exc.message}")
        return Failure("error", exc.message, type(exc))
    path = log.path if log is not None else None
    if log is not None:
        log.line(
            f"{what}: unexpected error:\n" + log.redact("".join(traceback.format_exception(exc)))
        )
    if path is None:
        return Failure(
            "unexpected",
            ui_message(
                QT_TRANSLATE_NOOP(
                    "Workers",
                    "An unexpected problem stopped this step, and no log could be written.",
                )
            ),
        )
    return Failure(
        "unexpected",
        ui_message(
            QT_TRANSLATE_NOOP(
                "Workers", "An unexpected problem stopped this step. The details are in the log %1"
            ),
            path,
        ),
        log_path=path,
    )


class WorkerBase(QObject):
    """What every worker has: ``progress``, ``finished`` and ``failed`` (on the GUI thread), a
    name and the setup log, and its place in the wizard's :class:`~.manager.JobsManager` from
    :meth:`start` until the work has ended."""

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, *, name: str, log: SetupLog | None) -> None:
        super().__init__()
        self.name = name
        self._log = log
        self._jobs: JobsManager | None = None
        self._running = False

    @property
    def running(self) -> bool:
        """True from :meth:`start` until the job has ended (before its signal is emitted)."""
        return self._running

    @property
    def cancel_requested(self) -> bool:
        raise NotImplementedError

    def start(self, jobs: JobsManager) -> None:
        """Start the work, held by ``jobs`` until it has ended (pages start a worker with
        ``wizard.jobs.start(worker)``)."""
        raise NotImplementedError

    def cancel(self) -> None:
        raise NotImplementedError

    def hold(self) -> None:
        """The work waits at its next step while the cancel question is open (see
        :meth:`release`)."""

    def release(self) -> None:
        """The cancel question is answered: the work goes on (or stops, when cancelled)."""

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the work has ended (and the end has been handled)."""
        raise NotImplementedError

    def _begin(self, jobs: JobsManager) -> None:
        self._running = True
        self._jobs = jobs
        jobs.started(self)

    def _stopped(self) -> None:
        self._running = False
        if self._jobs is not None:
            self._jobs.ended(self)


class Worker(WorkerBase):
    """One core call on its own QThread.

    ``progress(ProgressEvent)``, ``finished(result)`` and ``failed(Failure)`` arrive on the GUI
    thread (queued). Exactly one of ``finished`` / ``failed`` is emitted. ``cancel()`` may be called
    from any thread; the core checks the token between steps and rolls back.
    """

    def __init__(self, job: Job, *, name: str, log: SetupLog | None = None) -> None:
        super().__init__(name=name, log=log)
        self._job = job
        self._token = CancelToken()
        self._thread: QThread | None = None

    @property
    def cancel_requested(self) -> bool:
        return self._token.cancelled

    def start(self, jobs: JobsManager) -> None:
        """Move to a fresh thread and run the job there, held by ``jobs`` until it has ended."""
        thread = QThread()
        thread.setObjectName(f"worker-{self.name}")
        self._thread = thread
        self.moveToThread(thread)
        thread.started.connect(self.run)
        thread.finished.connect(self._thread_ended)
        self._begin(jobs)
        thread.start()

    @Slot()
    def run(self) -> None:
        """Runs on the worker thread."""
        try:
            result = self._job(self._emit_progress, self._token)
        except BaseException as exc:
            failure = failure_from(exc, self._log, self.name)
            self._hand_back()
            self._running = False  # the job is over; pages ask this when the signal arrives
            self.failed.emit(failure)
        else:
            self._hand_back()
            self._running = False
            self.finished.emit(result)
        finally:
            thread = QThread.currentThread()
            thread.quit()

    def _hand_back(self) -> None:
        # Back to the GUI thread before the worker thread ends: the object is freed there.
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())

    def _emit_progress(self, event: ProgressEvent) -> None:
        self.progress.emit(event)

    @Slot()
    def _thread_ended(self) -> None:
        if self._thread is not None:
            self._thread.wait()
        self._stopped()

    def cancel(self) -> None:
        self._token.cancel()

    def hold(self) -> None:
        self._token.hold()

    def release(self) -> None:
        self._token.release()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the thread has ended (and the end has been handled)."""
        if self._thread is None:
            return True
        ended = self._thread.wait(timeout_ms)
        if ended:
            self._stopped()
        return bool(ended)


__all__ = [
    "CONTEXT",
    "Failure",
    "FailureKind",
    "Job",
    "Worker",
    "WorkerBase",
    "failure_from",
    "ui_message",
]
