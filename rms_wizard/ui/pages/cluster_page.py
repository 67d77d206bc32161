"""Cluster rollout: the waves of a rolling SP1 update over the deployment's clusters, run here.

The plan (:func:`~rms_wizard.core.fleet.cluster.plan_rollout`) follows the rules for clusters: the root
certification clusters first, then the licensing clusters sub-enrolled to them; a part of each
cluster at a time, so every cluster keeps serving; clusters in other forests alongside. The page
renders a :class:`~rms_wizard.ui.rollout_session.RolloutSession`: the waves as a tree, live during
the run (:mod:`~rms_wizard.ui.widgets.rollout_tree`), and the run's outcome; a screen reader hears
each wave, the progress and the end (:mod:`~rms_wizard.ui.rollout_voice`).

First the private-key password is checked against the key of the server Setup runs on; then the
waves run on a worker (:mod:`~rms_wizard.ui.rollout_run`). "Stop" (or Cancel) stops between
servers; a failed server is rolled back and the rollout stops there (1.0 and SP1 servers work
together; the next run resumes). ``--report FILE``: each run's end writes the run report.
"""

from __future__ import annotations

from pydantic import SecretStr
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWizard

from ...core.common.messages import RmsError
from ...core.fleet.rollout_result import NodeProgress, RolloutResult
from ...i18n import tr_message
from ..jobs.password import PasswordResult
from ..jobs.worker import Failure
from ..rollout_run import RolloutRun
from ..rollout_session import RolloutSession, default_folder
from ..rollout_voice import RolloutVoice
from ..sandbox_flow import after_update
from ..state import WizardState
from ..widgets.report_status import ReportStatus
from ..widgets.rollout_controls import RolloutControls
from ..widgets.rollout_tree import RolloutTree
from .base import BasePage, note_style, plain_label
from .password_check import PasswordCheck, checking_text, refusal_text


class ClusterPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "clusterPage")
        self.session = RolloutSession()
        self.rollout = RolloutRun(state, self.session)
        self.rollout.progressed.connect(self._on_progress)
        self.rollout.ended.connect(self._on_ended)
        self.voice = RolloutVoice(self, self.rollout, self.session)
        self._check = PasswordCheck(self)
        self._check.verified.connect(self._on_password_ok)
        self._check.refused.connect(self._on_password_failed)

        self.intro = plain_label("rolloutIntro")
        self.summary = plain_label("rolloutSummary")
        self.tree = RolloutTree(self.session)
        self.warnings = plain_label("rolloutWarnings")
        self.warnings.setStyleSheet(note_style())
        self.warnings.hide()
        self.body.addWidget(self.intro)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.tree, 1)
        self.body.addWidget(self.warnings)

        self.controls = controls = RolloutControls(
            lambda: default_folder(self.state), self.start_rollout, self.stop_rollout
        )
        self.body.addWidget(controls)
        self.put_error_in(controls.error_slot)
        self.folder_edit, self.password_field = controls.folder_edit, controls.password_field
        self.start, self.progress, self.status = controls.start, controls.progress, controls.status
        self.password_field.changed.connect(self.clear_error)
        self.report_status = ReportStatus("rolloutReportStatus")
        self.body.addWidget(self.report_status)
        self.retranslate_ui()

    # ---- page life

    def initializePage(self) -> None:
        if self.working:
            return
        self._load()
        self.controls.offer_folder(default_folder(self.state))
        self.tree.rebuild()
        self._render()

    def _load(self) -> None:
        try:
            self.session.load(self.state.topology_path)
        except RmsError as exc:
            self.show_error(tr_message(exc.message))
            return
        self.clear_error()

    @property
    def working(self) -> bool:
        return self.rollout.working

    @property
    def result(self) -> RolloutResult | None:
        return self.session.result

    def isComplete(self) -> bool:
        return not (self.working or self._check.running) and self.session.is_complete()

    def nextId(self) -> int:
        return after_update(self.state)

    # ---- starting, stopping

    @Slot()
    def start_rollout(self) -> None:
        """Check the password (once), then run the waves on a worker."""
        if self.working or self._check.running:
            return
        self.clear_error()
        if self.controls.folder() is None:
            self.show_error(self.tr("Choose a folder for the backups first."))
            return
        if self.password_field.is_empty():
            self.show_error(self.tr("Enter the password of the private key first."))
            self.password_field.edit.setFocus()
            return
        secret = self.password_field.secret()
        if self._check.holds(secret) or not self._check.start(secret, remember=False):
            # No key to check here: the executor opens every key before it changes anything.
            self._run(secret)
            return
        self.status.setText(checking_text())
        self._render()

    @Slot(object)
    def _on_password_ok(self, result: PasswordResult) -> None:
        del result
        assert self.state.password is not None  # kept by the check
        self._run(self.state.password)

    @Slot(object)
    def _on_password_failed(self, failure: Failure) -> None:
        self.status.clear()
        self.show_error(refusal_text(failure))
        self._render()  # enabled again first: a disabled field cannot take the focus
        self.password_field.edit.selectAll()
        self.password_field.edit.setFocus()

    def _run(self, password: SecretStr) -> None:
        session = self.session
        self._load()
        if session.plan is not None and self.state.topology_path is not None:
            started = session.begin()  # False: nothing to update, the run has ended
            self.tree.rebuild()
            if started:
                folder = self.controls.folder()
                assert folder is not None  # checked by start_rollout
                wizard = self.setup_wizard()
                self.rollout.start(folder, password, wizard.log, wizard.jobs)
                self.controls.show_running(session.plan.node_count)
        self._render()

    def enter_action(self) -> None:
        """Enter before the rollout has run (Next is still disabled): start it."""
        if self.start.isEnabled():
            self.start_rollout()

    @Slot()
    def stop_rollout(self) -> None:
        """Stop between servers: the ones being updated now finish; no other one starts."""
        if self.rollout.stop():
            self._render()

    def intercept_cancel(self) -> bool:
        """The wizard's Cancel (or close) while the rollout runs: ask, stop between servers, and
        stay on the page. False when nothing runs (the wizard closes as usual)."""
        if not self.working:
            return False
        if self.controls.ask_to_stop():
            self.stop_rollout()
        return True

    # ---- worker signals

    @Slot(object)
    def _on_progress(self, event: NodeProgress) -> None:
        self.progress.setValue(self.session.servers_done)
        self.tree.show_progress(event)
        if (line := self.session.progress_line(event)) is not None:
            self.status.setText(tr_message(line))

    @Slot()
    def _on_ended(self) -> None:
        # --report FILE: the end of each run writes the run report (this flow has no Finished page)
        state = self.state
        if state.report_path is not None and not self.report_status.busy:
            record, wizard = self.session.record(state), self.setup_wizard()
            self.report_status.write(record, state.report_path, state.root, wizard.log, wizard.jobs)
        self._render()

    # ---- texts

    def _render(self) -> None:
        session, plan = self.session, self.session.plan
        busy = self.working or self._check.running
        self.controls.show_state(
            busy=busy,
            startable=session.remaining and not session.done,
            stoppable=self.working and not session.stopping,
            resume=session.resumable,
        )
        if plan is None:
            self.summary.clear()
        elif not plan.waves:
            self.summary.setText(self.tr("Every server of the deployment already runs SP1."))
        else:
            self.summary.setText(
                self.tr("%n server(s) to update", "", plan.node_count)
                + " "
                + self.tr("in %n wave(s).", "", len(plan.waves))
                + " "
                + self.tr(
                    "Each cluster's configuration database is backed up once, before the first "
                    "wave; each server is backed up before its own update."
                )
            )
        warnings = [tr_message(w) for w in plan.warnings] if plan is not None else []
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        line = session.outcome_line()
        text, style = (tr_message(line[0]), line[1]) if line is not None else ("", "")
        if session.failure is not None:
            text, style = session.failure.text(), "error"
        self.controls.show_status(text, style, busy=busy)
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and busy:
            # No way back to detection while servers are being changed.
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Rolling update of the clusters"))
        self.setSubTitle(
            self.tr("Setup updates the servers in waves; every cluster keeps serving.")
        )
        self.intro.setText(
            self.tr(
                "The waves follow the rules for clusters: the root certification clusters first, "
                "then the licensing clusters sub-enrolled to them; only a part of each cluster at "
                "a time; clusters in another forest (group expansion across forests) alongside, "
                "independently. RMS 1.0 and SP1 servers work together throughout."
            )
        )
        self.tree.retranslate_ui()
        self.controls.retranslate_ui()
        self._render()
