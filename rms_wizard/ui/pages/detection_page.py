"""Detection: what is installed, found on a worker; the answer decides the path through the wizard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from ...core.engine.interrupted_files import interrupted_files
from ...core.install.models import InstallStatus, Release
from ...i18n import tr_message
from ..jobs.detection import DetectionResult, detect_job
from ..jobs.worker import Failure, Worker
from ..page_id import PageId
from ..sandbox_flow import after_detection
from ..state import Event, RunOperation, WizardState
from ..widgets.accessible import name_item_view
from .base import (
    BasePage,
    busy_bar,
    error_style,
    fmt,
    headline_label,
    note_style,
    plain_label,
    value_form,
)
from .detection_texts import (
    CountedTexts,
    component_rows,
    detail_texts,
    form_label_texts,
    headline_texts,
)


class DetectionPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "detectionPage")
        self._worker: Worker | None = None
        self._failure: Failure | None = None

        self.headline = headline_label("detectionHeadline")
        self.body.addWidget(self.headline)
        self.explanation = plain_label("detectionExplanation")
        self.body.addWidget(self.explanation)
        self.busy = busy_bar("detectionBusy")
        self.body.addWidget(self.busy)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.values: dict[str, QLabel] = {}
        identity, self._identity_labels = value_form(
            "detected", ("version", "server", "role", "cluster", "forest"), self.values
        )
        grid.addLayout(identity, 0, 0)
        self.components = QTreeWidget()
        self.components.setObjectName("componentsTree")
        self.components.setRootIsDecorated(False)
        self.components.setColumnCount(3)
        self.components.setMaximumHeight(6 * self.fontMetrics().height() + 12)
        self.components.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grid.addWidget(self.components, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)

        data, self._data_labels = value_form(
            "detected", ("install_dir", "config_db", "logging_db", "key", "os_updates"), self.values
        )
        self.body.addLayout(data)
        self.problems = plain_label("detectionProblems", selectable=True)
        self.problems.setStyleSheet(error_style())
        self.body.addWidget(self.problems)
        self.body.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.again = QPushButton()
        self.again.setObjectName("detectAgainButton")
        self.again.setAutoDefault(False)
        self.again.clicked.connect(self.detect)
        row.addWidget(self.again)
        self.body.addLayout(row)
        self.retranslate_ui()

    # ---- running detection

    def initializePage(self) -> None:
        if self.state.install is None:
            self.detect()
        else:
            self._render()

    @Slot()
    def detect(self) -> None:
        if self._worker is not None and self._worker.running:
            return
        state = self.state
        state.reset_for_restart()
        self._failure = None
        self.clear_error()
        self.completeChanged.emit()
        if state.root is None:
            self._render()
            return
        log = self.setup_wizard().log
        worker = Worker(detect_job(state.root, log), name="detect", log=log)
        worker.finished.connect(self._on_detected)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self._render()
        self.setup_wizard().jobs.start(worker)

    def is_busy(self) -> bool:
        return self._worker is not None and self._worker.running

    @Slot(object)
    def _on_detected(self, result: DetectionResult) -> None:
        self.state.install = result.state
        self.state.plan = result.plan
        self.state.record(
            Event.DETECTED,
            status=result.state.status.value,
            version=result.state.version.value if result.state.version else "-",
        )
        self._render()
        self.completeChanged.emit()

    @Slot(object)
    def _on_failed(self, failure: Failure) -> None:
        self._failure = failure
        self._render()
        self.completeChanged.emit()

    # ---- QWizardPage

    def isComplete(self) -> bool:
        install = self.state.install
        if install is None or self.is_busy():
            return False
        if install.status is InstallStatus.INSTALLED:
            return install.version in (Release.V1, Release.SP1)
        if install.status in (InstallStatus.INTERRUPTED, InstallStatus.INCONSISTENT):
            return install.status is InstallStatus.INTERRUPTED or install.version is Release.SP1
        return install.status is InstallStatus.NONE and self.state.plan is not None

    def nextId(self) -> int:
        return after_detection(self.state, self.server_next_id())

    def server_next_id(self) -> int:
        """The next page for the server found (the interop page may come first in a sandbox)."""
        install = self.state.install
        if install is None:
            return PageId.PASSWORD
        if install.status is InstallStatus.NONE:
            return PageId.READY
        if install.status is InstallStatus.INTERRUPTED:
            return PageId.RECOVERY
        if install.version is Release.SP1:
            return PageId.MAINTENANCE
        return PageId.PASSWORD

    def validatePage(self) -> bool:
        install = self.state.install
        if install is not None and install.status is InstallStatus.NONE:
            self.state.operation = RunOperation.FRESH_INSTALL
            problem = self.setup_wizard().access_problem()
            if problem:
                self.show_error(problem)
                return False
        return True

    # ---- texts

    def _render(self) -> None:
        headline, explanation = headline_texts(self.state, self._failure, self._counted())
        self.headline.setText(headline)
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))
        self.busy.setVisible(self.is_busy())
        self.again.setEnabled(not self.is_busy() and self.state.root is not None)
        install = self.state.install
        self.components.clear()
        for value in self.values.values():
            value.setText("–")
        self.problems.clear()
        self.problems.hide()
        if install is None:
            return
        texts = detail_texts(install, self._counted(), self.display_path, self.severity_text)
        for key, text in texts.items():
            self.values[key].setText(text)
        self.values["os_updates"].setStyleSheet(note_style() if install.pending_os_updates else "")
        for row in component_rows(install):
            self.components.addTopLevelItem(QTreeWidgetItem(row))
        if install.problems:
            self.problems.setText("\n".join(tr_message(p) for p in install.problems))
            self.problems.show()

    def _counted(self) -> CountedTexts:
        install = self.state.install
        if install is None:
            return CountedTexts()
        changed = ""
        if install.status is InstallStatus.INTERRUPTED:
            files = interrupted_files(Path(install.root))  # the count the recovery page gives
            if files is not None and files.total:
                changed = fmt(
                    self.tr(
                        "It had changed %n file(s) before it stopped, out of %1.", "", files.changed
                    ),
                    files.total,
                )
        rows = install.logging_db.row_count if install.logging_db is not None else 0
        pending = len(install.pending_os_updates)
        return CountedTexts(
            changed_files=changed,
            log_entries=self.tr("%1 (%n entries)", "", rows),
            pending_updates=self.tr("%n update(s) pending: ", "", pending) if pending else "",
        )

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Detecting the installation"))
        self.setSubTitle(self.tr("Setup examines this server: nothing is changed yet."))
        labels = self._identity_labels + self._data_labels
        for label, text in zip(labels, form_label_texts(), strict=True):
            label.setText(text)
        self.components.setHeaderLabels(
            [self.tr("Component"), self.tr("Installed"), self.tr("Version")]
        )
        name_item_view(self.components, self.tr("Installed components"))
        self.again.setText(self.tr("&Detect again"))
        self.again.setAccessibleName(self.tr("Detect again"))
        self._render()
