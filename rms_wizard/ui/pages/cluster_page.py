"""Cluster rollout: the waves of a rolling SP1 update over the deployment's clusters, run here.

The plan (:func:`~rms_wizard.core.cluster.plan_rollout`) follows the rules for clusters: the root
certification clusters first, then the licensing clusters sub-enrolled to them; a part of each
cluster at a time, so every cluster keeps serving; clusters in other forests alongside. The tree
shows wave -> cluster (kind, forest) -> server, with each server's state, live during the run.

Before anything changes the private-key password is checked against the key of the server Setup
runs on. The executor (:func:`~rms_wizard.core.cluster_exec.run_rollout`, on a worker) then backs up
each cluster's configuration database once, before the first wave, and each server before its
update, in the backup folder (inside the sandbox by default). "Stop" (or Cancel) stops between
servers. A failed server is rolled back and the rollout stops there: 1.0 and SP1 servers work
together, and the next run resumes where this one stopped. Each server's progress goes into the
operator's trail (:meth:`~rms_wizard.core.cluster_exec.NodeProgress.to_event`). With ``--report FILE``
the end of each rollout run writes the run report (this flow has no Finished page).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pydantic import SecretStr
from PySide6.QtCore import Slot
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWizard,
)

from ...core.cluster import Cluster, RolloutPlan, Topology, WaveItem, plan_rollout
from ...core.cluster_exec import NodeProgress, OutcomeStatus, RolloutResult
from ...core.messages import QT_TRANSLATE_NOOP, Message, RmsError
from ...core.secrets import WrongPasswordError
from ...i18n import tr_message
from ...run_report import RunOperation, RunOutcome, RunRecord
from ..sandbox_flow import after_update, read_topology, rollout_job
from ..state import Event, WizardState
from ..theme import Tone, tone_color
from ..widgets.accessible import announce_as_shown, name_item_view, plain_text
from ..widgets.password_field import PasswordField
from ..widgets.report_status import ReportStatus
from ..workers import Failure, PasswordResult, Worker
from .base import BasePage, error_style, fmt, note_style, plain_label
from .password_check import PasswordCheck, checking_text, refusal_text

#: A node's last word in a run.
_FINAL = frozenset({"updated", "skipped", "failed", "not-started"})
_TREE_ROWS = 11


def _key(cluster: str, node: str) -> tuple[str, str]:
    return cluster, node.casefold()


def _note(text: str, *args: object) -> Message:
    return Message(text=text, args=tuple(str(a) for a in args), context="ClusterPage")


def rollout_record(
    state: WizardState,
    result: RolloutResult | None,
    failure: Failure | None,
    started: datetime | None = None,
) -> RunRecord:
    """A rollout run as a run report: the server Setup runs on before and after, and every
    server's result as notes (nothing secret)."""
    record = RunRecord(
        operation=RunOperation.UPDATE,
        root=str(state.root) if state.root is not None else "",
        language=state.language,
        sandbox=state.sandbox,
        before=state.install,
        log_path=str(state.log_path) if state.log_path else None,
    )
    if started is not None:
        record.started = started
    if state.backup_folder is not None:
        record.notes.append(
            _note(
                QT_TRANSLATE_NOOP("ClusterPage", "Backups of the rollout: %1"), state.backup_folder
            )
        )
    if result is not None:
        lines: tuple[tuple[OutcomeStatus, str], ...] = (
            ("updated", QT_TRANSLATE_NOOP("ClusterPage", "Updated to SP1 and checked: %1")),
            ("skipped", QT_TRANSLATE_NOOP("ClusterPage", "Already at SP1: %1")),
            ("failed", QT_TRANSLATE_NOOP("ClusterPage", "Failed and rolled back to 1.0: %1")),
            ("not-started", QT_TRANSLATE_NOOP("ClusterPage", "Not started (still RMS 1.0): %1")),
        )
        for status, text in lines:
            names = result.nodes(status)
            if names:
                record.notes.append(_note(text, ", ".join(names)))
    if failure is not None:
        record.message = failure.message
        cancelled = failure.kind == "cancelled"
        record.finish(RunOutcome.CANCELLED if cancelled else RunOutcome.FAILED)
    elif result is None:
        record.finish(RunOutcome.ERROR)
    elif result.failed is not None:
        record.message = result.failed.message
        record.notes.append(
            _note(
                QT_TRANSLATE_NOOP(
                    "ClusterPage",
                    "The rollout stopped at the server that failed: the servers updated so far "
                    "run SP1, the others still run 1.0, and they work together. Fix the cause, "
                    "then resume the rollout.",
                )
            )
        )
        record.finish(RunOutcome.FAILED)
    elif result.cancelled:
        record.notes.append(
            _note(
                QT_TRANSLATE_NOOP(
                    "ClusterPage",
                    "The rollout was stopped between servers: the servers updated so far run SP1, "
                    "the others still run 1.0. Resume the rollout to continue.",
                )
            )
        )
        record.finish(RunOutcome.CANCELLED)
    else:
        record.finish(RunOutcome.DONE, 0)
    return record


class ClusterPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "clusterPage")
        self._topology: Topology | None = None
        self._plan: RolloutPlan | None = None
        self._worker: Worker | None = None
        self._check = PasswordCheck(self)
        self._check.verified.connect(self._on_password_ok)
        self._check.refused.connect(self._on_password_failed)
        self._result: RolloutResult | None = None
        self._failure: Failure | None = None
        self._stopping = False
        self._last: dict[tuple[str, str], NodeProgress] = {}
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._ended: set[tuple[str, str]] = set()
        self._started: datetime | None = None

        self.intro = plain_label("rolloutIntro")
        self.body.addWidget(self.intro)
        self.summary = plain_label("rolloutSummary")
        self.body.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("rolloutTree")
        self.tree.setColumnCount(4)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(6 * self.fontMetrics().height())
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.body.addWidget(self.tree, 1)
        self.warnings = plain_label("rolloutWarnings")
        self.warnings.setStyleSheet(note_style())
        self.warnings.hide()
        self.body.addWidget(self.warnings)

        form = QGridLayout()
        form.setHorizontalSpacing(8)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("rolloutFolderLabel")
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("rolloutFolderEdit")
        self.folder_label.setBuddy(self.folder_edit)
        self.browse = QPushButton()
        self.browse.setObjectName("rolloutBrowseButton")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        self.password_label = QLabel()
        self.password_label.setObjectName("rolloutPasswordLabel")
        self.password_field = PasswordField("rolloutPassword")
        self.password_label.setBuddy(self.password_field.edit)
        self.password_field.changed.connect(self._on_password_edited)
        form.addWidget(self.folder_label, 0, 0)
        form.addWidget(self.folder_edit, 0, 1)
        form.addWidget(self.browse, 0, 2)
        form.addWidget(self.password_label, 1, 0)
        form.addWidget(self.password_field, 1, 1, 1, 2)
        form.setColumnStretch(1, 1)
        self.body.addLayout(form)
        self.put_error_in(self.body)

        row = QHBoxLayout()
        self.start = QPushButton()
        self.start.setObjectName("rolloutStartButton")
        self.start.setAutoDefault(False)
        self.start.clicked.connect(self.start_rollout)
        self.stop = QPushButton()
        self.stop.setObjectName("rolloutStopButton")
        self.stop.setAutoDefault(False)
        self.stop.clicked.connect(self.stop_rollout)
        self.progress = QProgressBar()
        self.progress.setObjectName("rolloutProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        row.addWidget(self.start)
        row.addWidget(self.stop)
        row.addWidget(self.progress, 1)
        self.body.addLayout(row)
        self.status = plain_label("rolloutStatus", selectable=True)
        self.body.addWidget(self.status)
        self.report_status = ReportStatus("rolloutReportStatus")
        self.body.addWidget(self.report_status)
        self.retranslate_ui()

    # ---- page life

    def initializePage(self) -> None:
        if self.working:
            return
        self._load()
        if not self.folder_edit.text():
            self.folder_edit.setText(str(self._default_folder()))
        self._render_tree()
        self._render()

    def _default_folder(self) -> Path:
        state = self.state
        if state.backup_folder is not None:
            return state.backup_folder
        folder = state.sandbox_folder if state.sandbox else None
        return (folder or Path.home()) / "backups" / "rollout"

    def _load(self) -> None:
        """Read the topology as it is now and plan the waves (nodes at SP1 are skipped)."""
        self._topology, self._plan = None, None
        try:
            topology = read_topology(self.state)
            if topology is not None:
                self._topology = topology
                self._plan = plan_rollout(topology)
        except RmsError as exc:
            self.show_error(tr_message(exc.message))
            return
        self.clear_error()

    @property
    def working(self) -> bool:
        return self._worker is not None and self._worker.running

    @property
    def checking(self) -> bool:
        return self._check.running

    @property
    def result(self) -> RolloutResult | None:
        return self._result

    def isComplete(self) -> bool:
        if self.working or self.checking or self._plan is None:
            return False
        return self._result is not None or not self._plan.waves

    def nextId(self) -> int:
        return after_update(self.state)

    # ---- starting, stopping

    @Slot()
    def _browse(self) -> None:
        start = self.folder_edit.text() or str(self._default_folder())
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the backups"), str(Path(start).parent)
        )
        if chosen:
            self.folder_edit.setText(chosen)

    @Slot()
    def start_rollout(self) -> None:
        """Check the password (once), then run the waves on a worker."""
        if self.working or self.checking:
            return
        self.clear_error()
        if not self.folder_edit.text().strip():
            self.show_error(self.tr("Choose a folder for the backups first."))
            return
        if self.password_field.is_empty():
            self.show_error(self.tr("Enter the password of the private key first."))
            self.password_field.edit.setFocus()
            return
        state = self.state
        secret = self.password_field.secret()
        same = state.password is not None and (
            state.password.get_secret_value() == secret.get_secret_value()
        )
        if (state.password_verified and same) or not self._check.start(secret, remember=False):
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
        state = self.state
        self._load()
        if self._plan is None or state.topology_path is None:
            self._render()
            return
        for wave in self._plan.waves:  # a resumed run starts these nodes afresh
            for entry in wave:
                self._last.pop(_key(entry.cluster, entry.node), None)
        self._render_tree()
        if not self._plan.waves:
            self._result = RolloutResult(outcomes=[], cluster_backups={})
            self._render()
            return
        folder = Path(self.folder_edit.text().strip())
        state.backup_folder = folder
        log = self.setup_wizard().log
        log.line(
            f"rollout: {self._plan.node_count} node(s) in {len(self._plan.waves)} wave(s), "
            f"backups in {folder}"
        )
        worker = Worker(
            rollout_job(
                state.topology_path,
                folder,
                password,
                include_logging_db=state.keep_statistics,
                log=log,
            ),
            name="rollout",
            log=log,
        )
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self._result = None
        self._failure = None
        self._stopping = False
        self._ended = set()
        self._started = datetime.now(UTC)
        self.progress.setRange(0, self._plan.node_count)
        self.progress.setValue(0)
        worker.start()
        self.status.setText(self.tr("The rollout is running\u2026"))
        self._render()

    def enter_action(self) -> None:
        """Enter before the rollout has run (Next is still disabled): start it."""
        if self.start.isEnabled():
            self.start_rollout()

    @Slot()
    def stop_rollout(self) -> None:
        """Stop between servers: the ones being updated now finish; no other one starts."""
        if self._worker is not None and self.working:
            self._worker.cancel()
            self._stopping = True
            self.setup_wizard().log.line("rollout: stop requested")
            self._render()

    def intercept_cancel(self) -> bool:
        """The wizard's Cancel (or close) while the rollout runs: ask, stop between servers, and
        stay on the page. False when nothing runs (the wizard closes as usual)."""
        if not self.working:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Stop the rollout"),
            self.tr(
                "The rollout is running. If you stop it, the servers being updated now finish "
                "their update and no other server is started. Updated servers run SP1, the others "
                "stay at 1.0; they work together, and you can resume later.\n\nStop the rollout?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.stop_rollout()
        return True

    # ---- worker signals

    @Slot(object)
    def _on_progress(self, event: NodeProgress) -> None:
        key = _key(event.cluster, event.node)
        self._last[key] = event
        if event.status in _FINAL and event.wave > 0:
            self._ended.add(key)
            self.progress.setValue(len(self._ended))
        trail = event.to_event()
        if trail is not None:
            self.state.add_event(trail)
        item = self._items.get(key)
        if item is not None:
            self._render_node(item, event)
            if event.wave > 0 and event.status not in _FINAL:
                self.tree.scrollToItem(item)  # the server at work stays in sight (wave 5 too)
        if self._plan is not None:
            state_text = self._state_text(event)
            if event.wave == 0:
                line = fmt(self.tr("Before the first wave: %1 \u2013 %2"), event.node, state_text)
            else:
                line = fmt(
                    self.tr("Wave %1 of %2: %3 \u2013 %4"),
                    event.wave,
                    len(self._plan.waves),
                    event.node,
                    state_text,
                )
            if not self._stopping:
                self.status.setText(line)

    @Slot(object)
    def _on_finished(self, result: RolloutResult) -> None:
        self._result = result
        self.write_report()
        self._render()

    @Slot(object)
    def _on_failed(self, failure: Failure) -> None:
        self._failure = failure
        if failure.is_error(WrongPasswordError):
            self.state.record(Event.PASSWORD_WRONG)
            self.state.password_verified = False
        self.write_report()
        self._render()

    # ---- the run report (--report FILE)

    def write_report(self) -> None:
        """``--report FILE``: the end of a rollout run writes the run report (on a worker: it
        looks at the server Setup runs on once more). Nothing without ``--report``."""
        state = self.state
        if state.report_path is None or self.report_status.busy:
            return
        record = rollout_record(state, self._result, self._failure, self._started)
        self.report_status.write(record, state.report_path, state.root, self.setup_wizard().log)

    @property
    def report_busy(self) -> bool:
        return self.report_status.busy

    # ---- texts

    def _kind_text(self, cluster: Cluster) -> str:
        if cluster.kind == "root-certification":
            return self.tr("Root certification cluster")
        return fmt(self.tr("Licensing cluster (sub-enrolled to %1)"), cluster.parent or "?")

    def _state_text(self, event: NodeProgress | None) -> str:
        if event is None:
            return self.tr("Waiting (RMS 1.0)")
        status = event.status
        if status == "backing-up":
            if event.wave == 0:
                return self.tr("Backing up the cluster's configuration database\u2026")
            return self.tr("Backing up\u2026")
        if status == "backed-up":
            if event.wave == 0:
                return self.tr("Cluster database backed up; waiting")
            return self.tr("Backed up")
        if status == "draining":
            return self.tr("Taken out of rotation")
        if status == "applying":
            step = event.step
            if step is not None and step.total_steps:
                return fmt(self.tr("Updating: step %1 of %2"), step.step, step.total_steps)
            return self.tr("Updating\u2026")
        if status == "verifying":
            return self.tr("Checking the result\u2026")
        if status == "updated":
            return self.tr("SP1, checked, back in rotation")
        if status == "skipped":
            return self.tr("Already SP1")
        if status == "failed":
            if event.in_rotation:
                return self.tr("Failed; rolled back to 1.0, back in rotation")
            return self.tr("Failed; out of rotation")
        return self.tr("Not started (RMS 1.0)")

    def _render_node(self, item: QTreeWidgetItem, event: NodeProgress | None) -> None:
        item.setText(3, self._state_text(event))
        color = None
        if event is not None and event.status in ("updated", "skipped"):
            color = tone_color(Tone.DONE, self.tree.palette().color(QPalette.ColorRole.Base))
        elif event is not None and event.status == "failed":
            color = tone_color(Tone.ERROR, self.tree.palette().color(QPalette.ColorRole.Base))
        item.setForeground(3, QBrush(color) if color else QBrush())

    def _render_tree(self) -> None:
        """The plan as a tree: wave -> cluster -> node (and the servers already at SP1)."""
        self.tree.clear()
        self._items = {}
        topology, plan = self._topology, self._plan
        if topology is None or plan is None:
            return
        clusters = {cluster.id: cluster for cluster in topology.clusters}

        def add_group(parent: QTreeWidgetItem, items: list[WaveItem], skipped: bool) -> None:
            by_cluster: dict[str, list[WaveItem]] = {}
            for entry in items:
                by_cluster.setdefault(entry.cluster, []).append(entry)
            for cluster_id, entries in by_cluster.items():
                cluster = clusters[cluster_id]
                node_parent = QTreeWidgetItem(
                    parent, [cluster.name, self._kind_text(cluster), cluster.forest, ""]
                )
                for entry in entries:
                    child = QTreeWidgetItem(node_parent, [entry.node, "", "", ""])
                    key = _key(entry.cluster, entry.node)
                    self._items[key] = child
                    last = self._last.get(key)
                    if skipped and last is None:
                        last = NodeProgress(0, entry.cluster, entry.node, "skipped")
                    self._render_node(child, last)

        for number, wave in enumerate(plan.waves, start=1):
            top = QTreeWidgetItem(self.tree, [fmt(self.tr("Wave %1"), number), "", "", ""])
            add_group(top, wave, skipped=False)
        if plan.skipped:
            top = QTreeWidgetItem(self.tree, [self.tr("Already at SP1"), "", "", ""])
            add_group(top, plan.skipped, skipped=True)
        self.tree.expandAll()

    def _result_text(self) -> tuple[str, str]:
        """(text, style) of the outcome line."""
        if self._failure is not None:
            return self._failure.text(), error_style()
        result = self._result
        if result is None:
            if self._stopping:
                return (
                    self.tr(
                        "Stopping: the servers being updated now finish, no other one starts\u2026"
                    ),
                    note_style(),
                )
            return "", ""
        if result.failed is not None and result.failed.message is not None:
            return (
                fmt(
                    self.tr(
                        "%1 The rollout stopped there. The servers updated so far run SP1 and the "
                        "others still run 1.0: the two work together, so every cluster keeps "
                        "serving. Fix the cause, then resume the rollout: it continues where it "
                        "stopped."
                    ),
                    tr_message(result.failed.message),
                ),
                error_style(),
            )
        if result.cancelled:
            return (
                self.tr(
                    "Stopped between servers. The servers updated so far run SP1, the others still "
                    "run 1.0, and they work together. Resume the rollout to continue."
                ),
                note_style(),
            )
        if not result.outcomes:
            return self.tr("Every server of the deployment already runs SP1."), ""
        return (
            self.tr(
                "Every server of the deployment runs SP1 now. Each one was checked after its "
                "update and returned to rotation."
            ),
            "",
        )

    def _render(self) -> None:
        plan = self._plan
        busy = self.working or self.checking
        remaining = plan is not None and bool(plan.waves)
        done = self._result is not None and self._result.completed
        for widget in (self.folder_edit, self.browse, self.password_field):
            widget.setEnabled(not busy)
        self.start.setEnabled(not busy and remaining and not done)
        self.stop.setEnabled(self.working and not self._stopping)
        resume = self._result is not None and not done
        self.start.setText(
            self.tr("Resume the &rollout") if resume else self.tr("Start the &rollout")
        )
        self.start.setAccessibleName(
            self.tr("Resume the rollout") if resume else self.tr("Start the rollout")
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
        text, style = self._result_text()
        if text:
            self.status.setText(text)
            self.status.setStyleSheet(style)
        elif not busy:
            self.status.clear()
            self.status.setStyleSheet("")
        else:
            self.status.setStyleSheet("")
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and busy:
            # No way back to detection while servers are being changed.
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)

    @Slot()
    def _on_password_edited(self) -> None:
        self.clear_error()

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
        self.tree.setHeaderLabels(
            [
                self.tr("Wave, cluster and server"),
                self.tr("Kind"),
                self.tr("Forest"),
                self.tr("State"),
            ]
        )
        name_item_view(self.tree, self.tr("Rollout waves"))
        self.folder_label.setText(self.tr("Backup &folder:"))
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.browse.setText(self.tr("Br&owse\u2026"))
        announce_as_shown(self.browse, self.tr("Choose the folder for the backups"))
        self.password_label.setText(self.tr("Private-key pass&word:"))
        self.password_field.set_accessible_name(plain_text(self.password_label.text()))
        self.stop.setText(self.tr("S&top"))
        self.stop.setAccessibleName(self.tr("Stop the rollout between servers"))
        self.progress.setAccessibleName(self.tr("Servers done"))
        self._render_tree()
        self._render()
