"""The run report written on a worker, and a line that says how it went: being written, saved
where, or why not. One part for the pages that write the report (the Finished page, and the
cluster page, whose flow has no Finished page). Its texts keep the Finished page's translation
context, where they were first written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtWidgets import QLabel

from ...core.engine.setuplog import SetupLog
from ..jobs.report import report_job
from ..jobs.worker import Failure, Worker
from ..pages.base import error_style, fmt, set_plain_text

if TYPE_CHECKING:
    from ...run_record import RunRecord
    from ..jobs.manager import JobsManager


class ReportStatus(QLabel):
    """Writes the run report and shows its state; ``ended`` comes when it is written or failed."""

    ended = Signal()

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setWordWrap(True)
        set_plain_text(self, selectable=True)
        self._worker: Worker | None = None
        self._written: Path | None = None
        self._failure: Failure | None = None
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._worker is not None and self._worker.running

    def write(
        self, record: RunRecord, path: Path, root: Path | None, log: SetupLog, jobs: JobsManager
    ) -> None:
        """Write ``record`` to ``path`` (on a worker that ``jobs``, the wizard's, holds: it looks at
        the install under ``root`` once more). Nothing while a report is being written."""
        if self.busy:
            return
        worker = Worker(report_job(record, path, root, log), name="report", log=log)
        worker.finished.connect(self._on_written)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self._written = None
        self._failure = None
        jobs.start(worker)
        self.refresh()

    def forget(self) -> None:
        """No report of this run yet (the line is empty)."""
        self._written = None
        self._failure = None
        self.refresh()

    @Slot(object)
    def _on_written(self, path: Path) -> None:
        self._written = path
        self.refresh()
        self.ended.emit()

    @Slot(object)
    def _on_failed(self, failure: Failure) -> None:
        self._failure = failure
        self.refresh()
        self.ended.emit()

    def refresh(self) -> None:
        if self.busy:
            self.setText(QCoreApplication.translate("FinishedPage", "Writing the run report\u2026"))
            self.setStyleSheet("")
        elif self._failure is not None:
            self.setText(self._failure.text())
            self.setStyleSheet(error_style())
        elif self._written is not None:
            text = QCoreApplication.translate("FinishedPage", "The run report is saved in %1")
            self.setText(fmt(text, self._written))
            self.setStyleSheet("")
        else:
            self.clear()
        self.setVisible(bool(self.text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
