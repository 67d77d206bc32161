"""Detection: what is installed, found on a worker; the answer decides the path through the wizard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from ...core.interrupted_files import interrupted_files
from ...core.labels import component_label, role_label
from ...core.models import InstallStatus, Release, ServerRole
from ...i18n import tr_message
from ..page_id import PageId
from ..sandbox_flow import after_detection
from ..state import Event, Operation, WizardState
from ..widgets.accessible import name_item_view
from ..workers import DetectionResult, Failure, Worker, detect_job
from .base import BasePage, error_style, fmt, note_style, plain_label


class DetectionPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "detectionPage")
        self._worker: Worker | None = None
        self._failure: Failure | None = None

        self.headline = plain_label("detectionHeadline")
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.headline.setFont(font)
        self.body.addWidget(self.headline)
        self.explanation = plain_label("detectionExplanation")
        self.body.addWidget(self.explanation)
        self.busy = QProgressBar()
        self.busy.setObjectName("detectionBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.body.addWidget(self.busy)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        identity = QFormLayout()
        identity.setHorizontalSpacing(12)
        identity.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._identity_labels: list[QLabel] = []
        self.values: dict[str, QLabel] = {}
        for key in ("version", "server", "role", "cluster", "forest"):
            label = QLabel()
            value = plain_label(f"detected_{key}", selectable=True)
            identity.addRow(label, value)
            self._identity_labels.append(label)
            self.values[key] = value
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

        data = QFormLayout()
        data.setHorizontalSpacing(12)
        data.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._data_labels: list[QLabel] = []
        for key in ("install_dir", "config_db", "logging_db", "key", "os_updates"):
            label = QLabel()
            value = plain_label(f"detected_{key}", selectable=True)
            data.addRow(label, value)
            self._data_labels.append(label)
            self.values[key] = value
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
        worker.start()

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
            self.state.operation = Operation.FRESH_INSTALL
            problem = self.setup_wizard().access_problem()
            if problem:
                self.show_error(problem)
                return False
        return True

    # ---- texts

    def _role_text(self, role: ServerRole | None) -> str:
        return tr_message(role_label(role.value)) if role is not None else "–"

    def _headline(self) -> tuple[str, str]:
        state = self.state
        install = state.install
        if state.root is None:
            return (
                self.tr("No RMS server install was found on this computer."),
                self.tr(
                    "There is nothing to update here. Start the wizard with --root FOLDER for a "
                    "server folder, or with --sandbox to practise on a training copy."
                ),
            )
        if self._failure is not None:
            return (self.tr("Setup could not examine this install."), self._failure.text())
        if install is None:
            return (self.tr("Looking at what is installed\u2026"), "")
        if install.status is InstallStatus.NONE:
            return (
                self.tr("RMS is not installed on this server."),
                self.tr(
                    "Setup can install RMS with SP1 directly. No backup is needed: there is "
                    "nothing yet to lose. Afterwards, provision the server from its "
                    "administration site."
                ),
            )
        if install.status is InstallStatus.INTERRUPTED:
            files = interrupted_files(Path(install.root))  # the count the recovery page gives
            changed = (
                self.tr(
                    "It had changed %n file(s) before it stopped, out of %1.", "", files.changed
                ).replace("%1", str(files.total))
                if files is not None and files.total
                else ""
            )
            return (
                self.tr("An interrupted update was found."),
                " ".join(
                    part
                    for part in (
                        self.tr("A previous run stopped before it finished."),
                        changed,
                        self.tr(
                            "On the next page Setup explains what it found and brings the server "
                            "back to a known state."
                        ),
                    )
                    if part
                ),
            )
        if install.status is InstallStatus.INCONSISTENT and install.version is Release.SP1:
            head = self.tr("RMS with Service Pack 1 is installed, but it is damaged.")
            return head, self.tr(
                "Some SP1 files are missing or damaged (see below). On the next page Setup can "
                "repair SP1: it reinstalls them."
            )
        if install.status is InstallStatus.INCONSISTENT:
            return (
                self.tr("This RMS install is not in a state Setup can update."),
                self.tr(
                    "The files and the registry do not agree (see below). Repair the install "
                    "first; Setup will not change it as it is."
                ),
            )
        if install.version is Release.SP1:
            return (
                self.tr("RMS with Service Pack 1 is installed."),
                self.tr(
                    "There is nothing to update. On the next page you can remove SP1 and return "
                    "the server to RMS 1.0."
                ),
            )
        if self.state.topology_path is not None and self.state.sandbox:  # the interop page next
            then = self.tr(
                "Next, Setup shows what the update changes for the servers and the clients; then "
                "it checks that you have the private-key password and backs up the "
                "configuration database and the key."
            )
        else:
            then = self.tr(
                "Next, Setup checks that you have the private-key password and helps you back "
                "up the configuration database and the key."
            )
        return (self.tr("RMS 1.0 is installed: Setup can update it to SP1."), then)

    def _render(self) -> None:
        headline, explanation = self._headline()
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
        values = self.values
        if install.version is not None:
            values["version"].setText(
                self.tr("RMS 1.0") if install.version is Release.V1 else self.tr("RMS SP1")
            )
        elif install.status is InstallStatus.NONE:
            values["version"].setText(self.tr("not installed"))
        identity = install.identity
        values["server"].setText(identity.name or "–")
        values["role"].setText(self._role_text(identity.role))
        values["cluster"].setText(
            fmt("%1 (%2)", identity.cluster_id, identity.cluster_url)
            if identity.cluster_id and identity.cluster_url
            else identity.cluster_id or "–"
        )
        values["forest"].setText(identity.forest or "–")
        values["install_dir"].setText(self.display_path(install.install_dir))
        if install.config_db is not None:
            db = install.config_db
            values["config_db"].setText(
                fmt(
                    self.tr("%1 (schema %2)"),
                    self.display_path(db.path),
                    db.schema_release.value if db.schema_release else "?",
                )
                if db.exists
                else fmt(self.tr("%1 (missing)"), self.display_path(db.path))
            )
        if install.logging_db is not None:
            db = install.logging_db
            values["logging_db"].setText(
                fmt(self.tr("%1 (%n entries)", "", db.row_count), self.display_path(db.path))
                if db.exists
                else fmt(self.tr("%1 (missing)"), self.display_path(db.path))
            )
        if install.private_key is not None:
            key = install.private_key
            if not key.exists:
                text = fmt(self.tr("%1 (missing)"), self.display_path(key.path))
            elif key.encrypted:
                text = fmt(self.tr("%1 (encrypted)"), self.display_path(key.path))
            else:
                text = fmt(self.tr("%1 (not encrypted!)"), self.display_path(key.path))
            values["key"].setText(text)
        pending = install.pending_os_updates
        if pending:
            values["os_updates"].setText(
                self.tr("%n update(s) pending: ", "", len(pending))
                + ", ".join(f"{u.id} ({self.severity_text(u.severity)})" for u in pending)
            )
            values["os_updates"].setStyleSheet(note_style())
        else:
            values["os_updates"].setText(self.tr("all critical and security updates installed"))
            values["os_updates"].setStyleSheet("")
        for component in install.components:
            item = QTreeWidgetItem(
                [
                    self._component_text(component.id.value),
                    self.tr("yes") if component.installed else self.tr("no"),
                    str(component.version) if component.version else "–",
                ]
            )
            self.components.addTopLevelItem(item)
        if install.problems:
            self.problems.setText("\n".join(tr_message(p) for p in install.problems))
            self.problems.show()

    def _component_text(self, component: str) -> str:
        return tr_message(component_label(component))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Detecting the installation"))
        self.setSubTitle(self.tr("Setup examines this server: nothing is changed yet."))
        for label, text in zip(
            self._identity_labels,
            (
                self.tr("Version:"),
                self.tr("Server:"),
                self.tr("Role:"),
                self.tr("Cluster:"),
                self.tr("Forest:"),
            ),
            strict=True,
        ):
            label.setText(text)
        for label, text in zip(
            self._data_labels,
            (
                self.tr("Install folder:"),
                self.tr("Configuration database:"),
                self.tr("Logging database:"),
                self.tr("Private key:"),
                self.tr("Windows updates:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.components.setHeaderLabels(
            [self.tr("Component"), self.tr("Installed"), self.tr("Version")]
        )
        name_item_view(self.components, self.tr("Installed components"))
        self.again.setText(self.tr("&Detect again"))
        self.again.setAccessibleName(self.tr("Detect again"))
        self._render()
