"""Repair SP1, as the Maintenance page offers it beside removing SP1: the choice, and once chosen the
repair plan's preview -- which of SP1's files are missing or damaged and will be reinstalled, the
files an admin changed (kept), and the ``REINSTALLMODE`` the repair uses.

The panel renders what the page hands it (:meth:`RepairPanel.show_checking`, ``show_preview``,
``show_problem``); the page runs the preview on a worker. The preview part is hidden until Repair
is chosen (a hidden part is not on the page: no label of it is laid out anywhere).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..jobs.repair import repair_plan_job
from ..jobs.worker import Worker
from ..theme import Tone, tone_style
from .accessible import name_item_view
from .restore_card import CARD_STYLE, _wrapped

if TYPE_CHECKING:
    from ...core.engine.setuplog import SetupLog
    from ..jobs.manager import JobsManager
    from ..jobs.repair import RepairPreview
    from ..jobs.worker import Failure, Worker


class RepairPanel(QFrame):
    """``radio`` (Repair SP1), what a repair does, and the preview (``summary``, ``files``,
    ``mode_label``, ``kept_label``) shown while Repair is chosen."""

    #: The preview has arrived (or could not be made): the page's Next may change.
    checked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker: Worker | None = None
        self.setObjectName("repairCard")
        self.setStyleSheet(CARD_STYLE % "repairCard")
        box = QVBoxLayout(self)
        self.radio = QRadioButton()
        self.radio.setObjectName("repairRadio")
        self.text = _wrapped("repairText")
        box.addWidget(self.radio)
        box.addWidget(self.text)
        self.preview_part = QWidget()
        self.preview_part.setObjectName("repairPreview")
        part = QVBoxLayout(self.preview_part)
        part.setContentsMargins(0, 0, 0, 0)
        self.summary = _wrapped("repairStatus")
        part.addWidget(self.summary)
        self.files = QTreeWidget()
        self.files.setObjectName("repairFiles")
        self.files.setRootIsDecorated(False)
        self.files.setColumnCount(2)
        self.files.setAlternatingRowColors(True)
        self.files.setMinimumHeight(90)
        part.addWidget(self.files)
        self.kept_label = _wrapped("repairKept")
        part.addWidget(self.kept_label)
        self.mode_label = _wrapped("repairMode")
        part.addWidget(self.mode_label)
        box.addWidget(self.preview_part)
        self.preview_part.hide()
        self.preview: RepairPreview | None = None
        self._problem: str | None = None
        self._checking = False
        self.retranslate_ui()

    # ---- the preview, made on a worker

    def check(self, root: Path, log: SetupLog, jobs: JobsManager) -> None:
        """Look at ``root`` afresh and show what a repair would do there (on a worker that
        ``jobs``, the wizard's, holds)."""
        if self.busy():
            return
        worker = Worker(repair_plan_job(root, log=log), name="repair-plan", log=log)
        worker.finished.connect(self._on_preview)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self.show_checking()
        jobs.start(worker)

    def busy(self) -> bool:
        return self._worker is not None and self._worker.running

    @Slot(object)
    def _on_preview(self, preview: RepairPreview) -> None:
        self.show_preview(preview)
        self.checked.emit()

    @Slot(object)
    def _on_failed(self, failure: Failure) -> None:
        self.show_problem(failure.text())
        self.checked.emit()

    # ---- what is shown

    def set_open(self, shown: bool) -> None:
        """Show the preview part (Repair chosen) or hide it."""
        self.preview_part.setVisible(shown)

    def show_checking(self) -> None:
        self.preview, self._problem, self._checking = None, None, True
        self._render()

    def show_preview(self, preview: RepairPreview) -> None:
        self.preview, self._problem, self._checking = preview, None, False
        self._render()

    def show_problem(self, text: str) -> None:
        self.preview, self._problem, self._checking = None, text, False
        self._render()

    def ready(self) -> bool:
        """A preview with something to repair."""
        return self.preview is not None and bool(self.preview.changes())

    # ---- rendering

    def _render(self) -> None:
        preview = self.preview
        self.files.clear()
        self.summary.setStyleSheet(tone_style(Tone.ERROR) if self._problem else "")
        self.kept_label.hide()
        self.mode_label.setVisible(preview is not None)
        self.files.setVisible(preview is not None and bool(preview.changes()))
        if self._problem is not None:
            self.summary.setText(self._problem)
            return
        if preview is None:
            self.summary.setText(self.tr("Checking SP1's files\u2026") if self._checking else "")
            return
        changes = preview.changes()
        if changes:
            self.summary.setText(
                self.tr(
                    "%n file(s) of SP1 are missing or damaged: the repair reinstalls them from "
                    "SP1. Nothing else changes; Cancel during the repair rolls it back.",
                    "",
                    len(changes),
                )
            )
        else:
            self.summary.setText(
                self.tr("Nothing to repair: every SP1 file is in place and undamaged.")
            )
        missing_text = self.tr("Missing: put back")
        damaged_text = self.tr("Damaged: reinstalled")
        for path, missing in changes:
            self.files.addTopLevelItem(
                QTreeWidgetItem([path, missing_text if missing else damaged_text])
            )
        self.files.resizeColumnToContents(0)
        kept = preview.kept()
        if kept:
            self.kept_label.setText(
                self.tr("Changed on this server and kept as they are: %1").replace(
                    "%1", ", ".join(kept)
                )
            )
            self.kept_label.show()
        self.mode_label.setText(
            self.tr(
                "Reinstall mode (REINSTALLMODE): %1, as Windows Installer repairs: missing "
                "files, older and equal versions, damaged files, and SP1's registry values."
            ).replace("%1", preview.mode)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.radio.setText(self.tr("R&epair SP1 instead: reinstall its missing or damaged files"))
        self.radio.setAccessibleName(
            self.tr("Repair SP1 instead: reinstall its missing or damaged files")
        )
        self.text.setText(
            self.tr(
                "SP1 stays installed. Setup checks every SP1 file against SP1's own and "
                "reinstalls the ones that are missing or damaged; files you changed yourself "
                "are kept. The configuration database is not touched."
            )
        )
        self.files.setHeaderLabels([self.tr("File"), self.tr("What the repair does")])
        name_item_view(self.files, self.tr("Files the repair reinstalls"))
        self._render()
