"""The work itself, on a worker: overall progress, the current file, a live log; Cancel rolls back.

One page runs whichever operation the path chose: the update, a fresh install, the removal of SP1,
or the recovery of an interrupted run. When it ends (done, failed and rolled back, cancelled and
rolled back, or cut off by a power-loss drill) the wizard moves on to the finished page.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from ...core.common.messages import InterruptedStateError, Message, RmsError
from ...core.common.progress import ProgressEvent
from ...i18n import tr_message
from ..announce_hooks import ProgressVoice, announce_error
from ..answers_record import save_answers
from ..jobs.process_worker import AnyWorker, ProcessResult
from ..jobs.worker import Failure
from ..page_id import PageId
from ..state import Event, Outcome, RunOperation, WizardState
from ..widgets.motion import CalmProgressBar
from .base import BasePage, fmt, plain_label
from .updating_run import DONE_EVENT, FAILED_EVENT, done_detail, worker_for


class UpdatingPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "updatingPage")
        self._worker: AnyWorker | None = None
        self._last_step = -1
        #: Phases and progress as a screen reader hears them (see :mod:`..announce`).
        self.voice = ProgressVoice(self)
        self.status = plain_label("updatingStatus")
        self.body.addWidget(self.status)
        self.progress = CalmProgressBar()
        self.progress.setObjectName("updatingProgress")
        self.progress.setRange(0, 0)
        self.body.addWidget(self.progress)
        self.current = plain_label("updatingCurrentFile", wrap=False)
        self.body.addWidget(self.current)
        self.log_label = QLabel()
        self.log_label.setObjectName("updatingLogLabel")
        self.body.addWidget(self.log_label)
        self.log_pane = QPlainTextEdit()
        self.log_pane.setObjectName("updatingLogPane")
        self.log_pane.setReadOnly(True)
        self.log_pane.setMaximumBlockCount(5000)
        self.log_pane.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.log_label.setBuddy(self.log_pane)
        self.body.addWidget(self.log_pane, 1)
        self.retranslate_ui()

    # ---- page life

    def initializePage(self) -> None:
        self.log_pane.clear()
        self.current.clear()
        self._last_step = -1
        self.voice.reset()
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.state.outcome = None
        self._record_answers()
        self._start()
        self.retranslate_ui()

    def _record_answers(self) -> None:
        """``--save-answers FILE``: the choices are final now; they are written before the work."""
        path = self.state.save_answers_path
        if path is None:
            return

        try:
            answers = save_answers(self.state, path)
        except RmsError as exc:
            self.log(f"answers: not written to {path}: {exc}")
            self.log_pane.appendPlainText(tr_message(exc.message))
            return
        if answers is not None:
            self.log(f"answers: written to {path}")
            self.log_pane.appendPlainText(fmt(self.tr("The answers were saved to %1"), path))

    def isComplete(self) -> bool:
        return self.state.outcome is not None and not self.working

    def nextId(self) -> int:
        return PageId.FINISHED

    @property
    def working(self) -> bool:
        return self._worker is not None and self._worker.running

    @property
    def worker(self) -> AnyWorker | None:
        return self._worker

    def _start(self) -> None:
        state = self.state
        operation = state.operation or RunOperation.UPDATE
        worker = worker_for(state, operation, self.setup_wizard().log)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self.setup_wizard().jobs.start(worker)
        self.banner.reset_button.setEnabled(False)  # no reset in the middle of the work
        self._append(self._operation_start_text(operation))

    def cancel(self) -> None:
        """The admin confirmed Cancel: stop between steps; the core rolls back."""
        if self.working and self._worker is not None:
            self._worker.cancel()
            self.status.setText(self.tr("Cancelling: Setup is rolling back every change\u2026"))
            self._append(self.tr("Cancel requested; rolling back."))

    # ---- worker signals

    @Slot(object)
    def _on_progress(self, event: ProgressEvent) -> None:
        self.progress.setRange(0, max(event.total_steps, 1))
        self.progress.setValue(event.step)
        if event.path:
            self.current.setText(event.path)
        self.voice.update(event.step, event.total_steps, event.phase_id, tr_message(event.phase))
        if event.step != self._last_step:
            self._last_step = event.step
            self._append(f"[{event.step}/{event.total_steps}] {tr_message(event.phase)}")

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        state = self.state
        operation = state.operation or RunOperation.UPDATE
        if isinstance(result, Outcome):
            outcome = result
        else:
            assert isinstance(result, ProcessResult)
            plan = state.plan
            outcome = Outcome(
                operation=operation,
                status="done",
                files_written=len(plan.changes()) if plan is not None else 0,
            )
        if self._worker is not None and self._worker.cancel_requested:
            self._append(self.tr("The change had already been committed when Cancel arrived."))
        leaving = self.setup_wizard().leaving
        if leaving.work_ended(completed=True):  # "Cancel and roll back?" was open: too late
            note = leaving.too_late_note(operation)
            outcome.notes.insert(0, note)
            self._append(tr_message(note))
        state.outcome = outcome
        state.record(DONE_EVENT[operation], **done_detail(operation, outcome))
        self._end(self.tr("Done."))

    @Slot(object)
    def _on_failed(self, failure: Failure) -> None:
        state = self.state
        operation = state.operation or RunOperation.UPDATE
        message: Message | None = failure.message
        # An open cancel question has nothing left to ask: the work has already stopped.
        self.setup_wizard().leaving.work_ended(completed=False)
        if failure.kind == "cancelled":
            state.outcome = Outcome(operation=operation, status="cancelled")
            state.record(Event.CANCELLED, operation=operation.value)
            self._end(self.tr("Cancelled: every change was rolled back."))
        elif failure.kind == "interrupted":
            state.outcome = Outcome(operation=operation, status="interrupted")
            state.record(Event.POWER_LOST, fault=state.drill_fault or "")
            self._end(self.tr("The server lost power in the middle of the work (drill)."))
        else:
            state.outcome = Outcome(
                operation=operation,
                status="failed",
                message=message,
                # exit 4: a rollback that could not finish, or a change past its commit point
                # that could not be finished: neither is "rolled back"
                rolled_back=not failure.is_error(InterruptedStateError),
            )
            reason = str(message) if message is not None else failure.kind
            state.record(FAILED_EVENT[operation], reason=reason)
            text = failure.text()
            announce_error(self, text)  # the cause, heard before the Finished page's summary
            self._end(text)
        state.drill_fault = None  # a drill strikes once; a second attempt runs normally

    def _end(self, text: str) -> None:
        self.banner.reset_button.setEnabled(True)
        self._append(text)
        self.status.setText(text)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.completeChanged.emit()
        wizard = self.setup_wizard()
        if wizard.currentPage() is self:
            QTimer.singleShot(0, wizard, wizard.next)

    def _append(self, line: str) -> None:
        self.log_pane.appendPlainText(line)

    # ---- texts

    def _operation_start_text(self, operation: RunOperation) -> str:
        return {
            RunOperation.UPDATE: self.tr("Updating RMS to SP1\u2026"),
            RunOperation.FRESH_INSTALL: self.tr("Installing RMS with SP1\u2026"),
            RunOperation.UNINSTALL: self.tr("Removing SP1\u2026"),
            RunOperation.RECOVER: self.tr("Recovering the interrupted run\u2026"),
            RunOperation.REPAIR: self.tr("Repairing SP1\u2026"),
        }[operation]

    def retranslate_ui(self) -> None:
        operation = self.state.operation or RunOperation.UPDATE
        self.setTitle(
            {
                RunOperation.UPDATE: self.tr("Updating"),
                RunOperation.FRESH_INSTALL: self.tr("Installing"),
                RunOperation.UNINSTALL: self.tr("Removing SP1"),
                RunOperation.RECOVER: self.tr("Recovering"),
                RunOperation.REPAIR: self.tr("Repairing SP1"),
            }[operation]
        )
        self.setSubTitle(
            self.tr(
                "Please wait. RMS keeps running. Cancel stops the work and rolls every change back."
            )
        )
        if self.state.outcome is None:
            self.status.setText(self._operation_start_text(operation))
        self.log_label.setText(self.tr("&Progress log:"))
        self.log_pane.setAccessibleName(self.tr("Progress log"))
        self.progress.setAccessibleName(self.tr("Overall progress"))
        font = QFont(self.current.font())
        font.setItalic(True)
        self.current.setFont(font)
