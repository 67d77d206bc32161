"""Cancel, Escape and closing the window: what Setup asks first, and the exit code.

* **During the work** (update, fresh install, removal, repair): "Cancel and roll back?". While the question
  is open the work waits at its next step (its worker is held, see
  :meth:`~rms_wizard.core.common.progress.CancelToken.hold`), as Windows Installer does: Yes cancels and the
  core rolls back, No lets the work go on. Only work that had already passed its commit point can
  end while the question is open; then the question closes by itself and the finished page says
  plainly that it was too late to cancel (:meth:`Leaving.work_ended`).
* A **recovery** is never interrupted; the **cluster rollout** page handles Cancel itself (it stops
  between servers).
* **Otherwise**, once the run has done anything (a password checked or kept in the keyring, a
  backup made, ...) and has not completed: "Setup is not complete. Exit Setup?" (Inno Setup's
  question). With nothing done yet, or after a completed run, Setup closes at once.
* **Then** whatever is still checking in the background is cancelled and waited for, and the
  window closes (:meth:`Leaving.before_closing`); closed during start-up, the window waits for
  the start-up's worker thread and does not use what it made.
* **No Cancel beside Finish**: a completion page (a final page) shows no Cancel button.
* **Exit code**: 0 for a run that completed, however the window is closed; 1 for a failed,
  cancelled or cut-off run, or when Setup was left before the end.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox, QWizard

from ..core.common.messages import QT_TRANSLATE_NOOP, Message
from .announce_hooks import announce_question
from .page_id import PageId

if TYPE_CHECKING:
    from ..run_record import RunOperation
    from .state import WizardState
    from .wizard import SetupWizard

#: What the operator only looked at or tried: leaving after these loses nothing.
_LOOKING_ONLY = frozenset(
    {
        "detected",
        "language-changed",
        "password-wrong",
        "backup-failed",
        "page-shown",  # the sandbox bar's record of the pages seen
        "hint-taken",
        "trainee-named",
    }
)


def anything_done(state: WizardState) -> bool:
    """The run did something that leaving would waste or leave half-way (a password checked or
    stored, a backup made, an update started, ...)."""
    return any(str(event.kind) not in _LOOKING_ONLY for event in state.events)


def _answer(value: object) -> int:
    """A message box's answer as a number (``exec`` gives an int, a patched one an enum)."""
    number = getattr(value, "value", value)
    return number if isinstance(number, int) else -1


class Leaving(QObject):
    """The wizard's Cancel/close decisions (see the module's text); one per wizard."""

    @property
    def _wizard(self) -> SetupWizard:
        # The parent, not an attribute: a Python reference cycle between the wizard and its
        # child would have the garbage collector free the child twice at exit.
        return cast("SetupWizard", self.parent())

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._question: QMessageBox | None = None
        #: The work ended while "Cancel and roll back?" was open...
        self.ended_while_asked = False
        #: ... and it had completed (it was past its commit point): too late to cancel.
        self.too_late = False
        wizard.currentIdChanged.connect(self._fit_buttons)
        wizard.finished.connect(self._on_finished)

    # ---- has the run completed?

    def succeeded(self) -> bool:
        """The run's change completed (the update, the removal, the recovery, the rollout)."""
        wizard = self._wizard
        if not wizard.is_ready:
            return False
        outcome = wizard.state.outcome
        if outcome is not None:
            return outcome.status == "done"
        result = getattr(wizard.pages.get(PageId.CLUSTER), "result", None)
        return result is not None and bool(result.completed) and bool(result.outcomes)

    def exit_code(self, accepted: bool) -> int:
        """0 for a completed run (however it was closed), else 0 only for Finish on a run that
        changed nothing and did not fail."""
        if self.succeeded():
            return 0
        wizard = self._wizard
        outcome = wizard.state.outcome if wizard.is_ready else None
        return 0 if accepted and outcome is None else 1

    # ---- Cancel, Escape, close

    def before_closing(self) -> bool:
        """Cancel, Escape or close: during the work ask (the work waits), then roll back (the
        page says so); once anything was done ask before leaving; then stop whatever is checking
        in the background. True when the wizard may close now, changing nothing."""
        wizard = self._wizard
        if not wizard.is_ready:
            wizard.startup.abandon()  # making the sandbox takes a moment; nothing else runs yet
            return True
        if not self.may_close():
            return False
        wizard.jobs.stop_all()
        return True

    @Slot(int)
    def _on_finished(self, result: int) -> None:
        """The window has closed: the exit code, and the run's outcome in the log."""
        wizard = self._wizard
        code = wizard.exit_code = self.exit_code(bool(result))
        if not wizard.is_ready:
            wizard.log.outcome("closed", code)
            return
        from .sandbox_flow import forget_secrets

        outcome = wizard.state.outcome
        status = outcome.status if outcome is not None else "closed"
        forget_secrets(wizard.state, wizard.log)  # sandbox keyring entries go on exit
        wizard.log.outcome(status, code)

    def may_close(self) -> bool:
        """Cancel, Escape or the window's close button (start-up is over): True when the wizard
        may close now; otherwise what had to be said has been said."""
        wizard = self._wizard
        intercept = getattr(wizard.currentPage(), "intercept_cancel", None)
        if intercept is not None and intercept():
            return False  # the page handles it (the cluster rollout stops between servers)
        page = wizard.updating_page
        if wizard.currentPage() is page and page.working:
            from ..run_record import RunOperation

            if wizard.state.operation is RunOperation.RECOVER:
                self._refuse_during_recovery()
            else:
                self._cancel_the_work()
            return False
        if self.succeeded() or not anything_done(wizard.state):
            return True
        return self._confirm_exit()

    def _refuse_during_recovery(self) -> None:
        QMessageBox.information(
            self._wizard,
            self.tr("Recovering"),
            self.tr(
                "Setup is bringing the server back to a known state. This cannot be "
                "interrupted; it takes only a moment."
            ),
        )

    def _confirm_exit(self) -> bool:
        text = self.tr(
            "Setup is not complete. If you exit now, the server is not updated; what Setup "
            "has done so far (a checked password, a backup) stays as it is. You can run Setup "
            "again at another time to complete it.\n\nExit Setup?"
        )
        announce_question(self._wizard, text)
        answer = QMessageBox.question(
            self._wizard,
            self.tr("Exit Setup"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        leave = answer == QMessageBox.StandardButton.Yes
        self._wizard.log.line(f"exit asked before the end: {'yes' if leave else 'no'}")
        return leave

    def _cancel_the_work(self) -> None:
        """Ask "Cancel and roll back?" with the work held at its next step."""
        wizard = self._wizard
        page = wizard.updating_page
        worker = page.worker
        assert worker is not None
        self.too_late = self.ended_while_asked = False
        worker.hold()
        try:
            confirmed = self._ask_cancel()
            if self.too_late:
                wizard.log.line("cancel asked after the commit point: the work had completed")
            elif self.ended_while_asked:
                wizard.log.line("cancel asked, but the work ended meanwhile (see its result)")
            elif confirmed and page.working:
                wizard.log.line("cancel confirmed during the work: rolling back")
                page.cancel()
            elif confirmed:
                wizard.log.line("cancel confirmed, but the work had already ended")
            else:
                wizard.log.line("cancel declined: the work goes on")
        finally:
            worker.release()  # after the cancel: the work sees it at the step it waits at

    def _ask_cancel(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel Setup"),
            self.tr(
                "Setup is changing the server. If you cancel now, every change made so far is "
                "rolled back and the server stays as it was.\n\nCancel and roll back?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._wizard,
        )
        box.setObjectName("cancelQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self._question = box
        announce_question(self._wizard, box.text())
        try:
            answer = box.exec()
        finally:
            self._question = None
            box.deleteLater()
        return (
            not self.ended_while_asked and _answer(answer) == QMessageBox.StandardButton.Yes.value
        )

    @property
    def question_open(self) -> bool:
        return self._question is not None

    def work_ended(self, *, completed: bool) -> bool:
        """The work has ended (the updating page calls this first; ``completed``: it made its
        change). True when the cancel question was open and the work completed: the question is
        closed, and it came too late. An open question is closed whatever the end."""
        box = self._question
        if box is None:
            return False
        self.ended_while_asked = True
        self.too_late = completed
        box.done(_answer(QMessageBox.StandardButton.No))
        return completed

    def too_late_note(self, operation: RunOperation) -> Message:
        """What the finished page says when Cancel came after the commit point."""
        from ..run_record import RunOperation

        texts = {
            RunOperation.UPDATE: QT_TRANSLATE_NOOP(
                "Leaving", "Too late to cancel: the update had already completed."
            ),
            RunOperation.FRESH_INSTALL: QT_TRANSLATE_NOOP(
                "Leaving", "Too late to cancel: the installation had already completed."
            ),
            RunOperation.UNINSTALL: QT_TRANSLATE_NOOP(
                "Leaving", "Too late to cancel: SP1 had already been removed."
            ),
            RunOperation.REPAIR: QT_TRANSLATE_NOOP(
                "Leaving", "Too late to cancel: the repair had already completed."
            ),
        }
        return Message(text=texts.get(operation, texts[RunOperation.UPDATE]), context="Leaving")

    # ---- no Cancel beside Finish

    @Slot(int)
    def _fit_buttons(self, page_id: int) -> None:
        """A completion page (final: it has Finish) shows no Cancel; every other page does."""
        del page_id
        wizard = self._wizard
        page = wizard.currentPage()
        final = page is not None and page.isFinalPage()
        layout = [QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton]
        if wizard.testOption(QWizard.WizardOption.HaveHelpButton):
            layout.insert(0, QWizard.WizardButton.HelpButton)
        layout += [
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
        ]
        if not final:
            layout.append(QWizard.WizardButton.CancelButton)
        wizard.setButtonLayout(layout)


__all__ = ["Leaving", "anything_done"]
