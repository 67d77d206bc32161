"""Finished: the result, what changed, where the log and the backup are, and what comes next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton

from ...core.install.models import Release
from ...i18n import tr_message
from ..jobs.repair import RepairTexts
from ..run_record import run_record
from ..sandbox_flow import after_update
from ..state import Outcome, RunOperation, WizardState
from ..widgets.accessible import announce_as_shown
from ..widgets.report_status import ReportStatus
from . import backup_step
from .base import BasePage, fmt, headline_label, plain_label
from .finished_texts import DONE_HEADLINES, STILL_RUNS


class FinishedPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "finishedPage")
        # A watermark page: keep the text off the picture and off the window's right edge.
        self._outer.setContentsMargins(9, 0, 11, 0)
        self.setFinalPage(True)
        self.result = headline_label("finishedResult")
        self.body.addWidget(self.result)
        self.details = plain_label("finishedDetails")
        self.body.addSpacing(6)
        self.body.addWidget(self.details)
        self.advice = plain_label("finishedAdvice")  # information: plain, not warning orange
        self.body.addWidget(self.advice)
        form = QFormLayout()
        self.log_label = QLabel()
        self.log_value = plain_label("finishedLogPath", selectable=True)
        self.backup_label = QLabel()
        self.backup_value = plain_label("finishedBackupPath", selectable=True)
        form.addRow(self.log_label, self.log_value)
        form.addRow(self.backup_label, self.backup_value)
        self.body.addSpacing(6)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.report_status = ReportStatus("finishedReportStatus")
        self.report_status.ended.connect(self._on_report_ended)
        self.body.addWidget(self.report_status)
        row = QHBoxLayout()
        self.restart = QPushButton()
        self.restart.setObjectName("startAgainButton")
        self.restart.setAutoDefault(False)
        self.restart.clicked.connect(self._start_again)
        self.save_report = QPushButton()
        self.save_report.setObjectName("saveReportButton")
        self.save_report.setAutoDefault(False)
        self.save_report.clicked.connect(self._choose_report_file)
        row.addWidget(self.restart)
        row.addStretch(1)
        row.addWidget(self.save_report)
        self.body.addLayout(row)
        self._reported_outcome: Outcome | None = None
        self.retranslate_ui()

    def initializePage(self) -> None:
        self.report_status.forget()
        self.retranslate_ui()
        # --report FILE: the run report is written when the run has ended.
        outcome = self.state.outcome
        path = self.state.report_path
        if path is not None and outcome is not None and outcome is not self._reported_outcome:
            self._reported_outcome = outcome
            self.write_report(path)

    # ---- the run report

    @Slot()
    def _choose_report_file(self) -> None:
        state = self.state
        stamp = backup_step.name_stamp()
        name = f"rms-wizard-report-{state.server_name or 'rms'}-{stamp}.html"
        folder = state.report_path.parent if state.report_path else Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the run report"),
            str(folder / name),
            self.tr("Web page (*.html)"),
        )
        if chosen:
            self.write_report(Path(chosen))

    def write_report(self, path: Path) -> None:
        """Write the HTML run report to ``path`` (on a worker: it looks at the install once more)."""
        if self.report_status.busy:
            return
        self.save_report.setEnabled(False)
        wizard = self.setup_wizard()
        self.report_status.write(
            run_record(self.state), path, self.state.root, wizard.log, wizard.jobs
        )

    @Slot()
    def _on_report_ended(self) -> None:
        self.save_report.setEnabled(True)

    def nextId(self) -> int:
        return after_update(self.state)  # sandbox: the clients page, the debrief

    @Slot()
    def _start_again(self) -> None:
        self.setup_wizard().start_again()

    def _headline(self, outcome: Outcome) -> str:
        operation = outcome.operation
        if outcome.status == "cancelled":
            return self.tr("Cancelled. Every change was rolled back: the server is as it was.")
        if outcome.status == "interrupted":
            return self.tr("The work was cut off: the server lost power (drill).")
        if outcome.status == "failed" and not outcome.rolled_back:
            return self.tr(
                "It did not work, and not every change could be rolled back yet: the server is "
                "not as it was. Once the cause below is fixed, run the recovery."
            )
        if outcome.status == "failed":
            return self.tr("It did not work, and every change was rolled back.")
        if operation in DONE_HEADLINES:
            return self.tr(DONE_HEADLINES[operation])
        if operation is RunOperation.REPAIR:
            return RepairTexts().headline(outcome)
        if outcome.recovery == "completed":
            return self.tr("The interrupted run was completed.")
        if outcome.recovery == "rolled-back":
            return self.tr("The interrupted run was rolled back.")
        return self.tr("There was nothing to recover.")

    def _details(self, outcome: Outcome) -> list[str]:
        lines: list[str] = []
        if outcome.status == "failed" and outcome.message is not None:
            lines.append(tr_message(outcome.message))
        if outcome.status in ("failed", "cancelled"):
            lines.append(self._still_runs(outcome.operation))
        if outcome.status == "interrupted":
            lines.append(
                self.tr(
                    "Setup keeps a journal of every step, so nothing is lost. Start Setup again "
                    "on this server: it finds the interrupted run and offers to bring the server "
                    "back to a known state."
                )
            )
        if outcome.status != "done":
            return lines
        if outcome.operation is RunOperation.REPAIR:
            lines += RepairTexts().details(outcome)
        elif outcome.files_written:
            lines.append(self.tr("%n file(s) written.", "", outcome.files_written))
        if outcome.operation is RunOperation.UNINSTALL:
            lines.append(self.tr("%n file(s) restored.", "", outcome.files_restored))
            lines.append(self.tr("%n file(s) removed.", "", outcome.files_removed))
            if outcome.config_db_restored:
                lines.append(
                    self.tr(
                        "The configuration database was restored from the backup made before SP1."
                    )
                )
        if outcome.statistics_imported:
            lines.append(
                self.tr("%n past log entries copied back.", "", outcome.statistics_imported)
            )
        lines.extend(tr_message(note) for note in outcome.notes)
        if outcome.verified is not None:
            name = "1.0" if outcome.verified is Release.V1 else "SP1"
            lines.append(
                fmt(self.tr("Setup checked the install afterwards: it is exactly RMS %1."), name)
            )
        elif outcome.verify_problems and outcome.operation is not RunOperation.UNINSTALL:
            lines.append(
                fmt(
                    self.tr("Setup could not confirm the result: %1"),
                    tr_message(outcome.verify_problems[0]),
                )
            )
        return lines

    def _still_runs(self, operation: RunOperation) -> str:
        if operation in STILL_RUNS:
            return self.tr(STILL_RUNS[operation])
        if operation is RunOperation.REPAIR:
            return RepairTexts().still_runs()
        return ""

    def _advice(self, outcome: Outcome) -> str:
        if outcome.status != "done":
            return ""
        if outcome.operation is RunOperation.UPDATE:
            return self.tr(
                "The server keeps working as before: it needs no new provisioning and no extra "
                "configuration. SP1 and 1.0 servers work together, so you can update the other "
                "servers of the cluster one by one."
            )
        if outcome.operation is RunOperation.FRESH_INSTALL:
            return self.tr("Next, provision the server from the RMS administration site.")
        return ""

    def retranslate_ui(self) -> None:
        outcome = self.state.outcome
        self.setTitle(self.tr("Completing the Setup Wizard"))
        self.log_label.setText(self.tr("Setup log:"))
        self.backup_label.setText(self.tr("Backup:"))
        self.restart.setText(self.tr("&Start Setup again"))
        self.restart.setAccessibleName(self.tr("Start Setup again"))
        self.save_report.setText(self.tr("Save &report\u2026"))
        announce_as_shown(self.save_report, self.tr("Save the run report"))
        wizard_log = self.state.log_path
        self.log_value.setText(str(wizard_log) if wizard_log else self.tr("(no log written)"))
        backup = self.state.backup
        self.backup_value.setText(str(backup.folder) if backup else self.tr("(none)"))
        self.save_report.setVisible(outcome is not None)
        if outcome is None:
            self.result.clear()
            self.details.clear()
            self.advice.clear()
            self.restart.hide()
            return
        self.result.setText(self._headline(outcome))
        details = "\n".join(line for line in self._details(outcome) if line)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        advice = self._advice(outcome)
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))
        # After a failure, a cancel or a power loss the admin may try again from the start; after
        # a recovery the run goes on from there (to the update, with the backup made before).
        self.restart.setVisible(
            outcome.status != "done" or outcome.operation is RunOperation.RECOVER
        )
