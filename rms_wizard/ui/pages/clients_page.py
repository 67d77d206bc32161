"""Clients: which computers still run RMS client 1.0, what the SP1 client brings, and (in the
sandbox) the update of the simulated clients.

The SP1 client needs no lockbox download from Microsoft over the internet, installs through SMS or
Group Policy without administrator rights, brings the server lockbox (server security processor)
for server applications, uses FIPS 140-2 validated algorithms and stays compatible with
applications written for the 1.0 client. What updating the remaining clients changes for the
deployment comes from the core's matrix (:func:`~rms_wizard.core.fleet.interop.compare`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTreeWidget, QTreeWidgetItem

from ...core.common.messages import RmsError
from ...core.fleet.topology import Topology
from ...i18n import tr_message
from ..announce import announce
from ..announce_hooks import ProgressVoice
from ..jobs.worker import Failure, Worker
from ..sandbox_flow import after_clients, clients_job, has_debrief, read_topology
from ..state import Event, WizardState
from ..theme import Tone, tone_color
from ..widgets.accessible import name_item_view
from ..widgets.status_line import StatusLine
from .base import BasePage, fmt, note_style, plain_label
from .clients_texts import benefits_text, change_lines, deployment_text, version_text


class ClientsPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "clientsPage")
        self.setFinalPage(not has_debrief(state))
        self._topology: Topology | None = None
        self._worker: Worker | None = None
        self._updated: list[str] | None = None
        self.voice = ProgressVoice(self)  # the sandbox's client update, as a reader hears it

        self.intro = plain_label("clientsIntro")
        self.body.addWidget(self.intro)
        columns = QHBoxLayout()
        self.benefits = plain_label("clientsBenefits")
        columns.addWidget(self.benefits, 1, Qt.AlignmentFlag.AlignTop)
        self.tree = QTreeWidget()
        self.tree.setObjectName("clientsTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMaximumHeight(9 * self.fontMetrics().height() + 12)
        columns.addWidget(self.tree, 1)
        self.body.addLayout(columns)
        self.summary = plain_label("clientsSummary")
        self.body.addWidget(self.summary)
        self.changes = plain_label("clientsChanges")
        self.body.addWidget(self.changes)
        row = QHBoxLayout()
        self.update_button = QPushButton()
        self.update_button.setObjectName("updateClientsButton")
        self.update_button.setAutoDefault(False)
        self.update_button.clicked.connect(self.update_clients)
        self.update_button.setVisible(state.sandbox)
        row.addWidget(self.update_button)
        self.status = StatusLine("clientsStatus")
        row.addWidget(self.status, 1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.retranslate_ui()

    # ---- page life

    def initializePage(self) -> None:
        self._load()
        self.retranslate_ui()

    def _load(self) -> None:
        try:
            self._topology = read_topology(self.state)
        except RmsError as exc:
            self._topology = None
            self.show_error(tr_message(exc.message))
        else:
            self.clear_error()

    def nextId(self) -> int:
        return after_clients(self.state)

    @property
    def working(self) -> bool:
        return self._worker is not None and self._worker.running

    def isComplete(self) -> bool:
        return not self.working

    def old_clients(self) -> list[str]:
        """The computers that still run RMS client 1.0."""
        topology = self._topology
        return [c.name for c in topology.clients if c.version == "1.0"] if topology else []

    # ---- the sandbox's client update

    @Slot()
    def update_clients(self) -> None:
        state = self.state
        if self.working or not state.sandbox or state.topology_path is None:
            return
        self.clear_error()
        log = self.setup_wizard().log
        worker = Worker(clients_job(state.topology_path, log), name="clients", log=log)
        worker.finished.connect(self._on_updated)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self.setup_wizard().jobs.start(worker)
        self.status.setText(self.tr("Installing the SP1 client\u2026"))
        self.voice.reset()  # a phase, then the end (the failure: show_error)
        self.voice.update(0, len(self.old_clients()), "clients", self.status.text())
        self._render()

    @Slot(object)
    def _on_updated(self, names: list[str]) -> None:
        self._updated = names
        self.state.record(Event.CLIENTS_UPDATED, clients=",".join(names))
        self._load()
        self._render()
        announce(self, self.status.text(), kind="result")

    @Slot(object)
    def _on_failed(self, failure: Failure) -> None:
        self.show_error(failure.text())
        self._render()

    # ---- rendering

    def _render_tree(self) -> None:
        self.tree.clear()
        topology = self._topology
        if topology is None:
            return
        for client in topology.clients:
            item = QTreeWidgetItem(
                self.tree,
                [
                    client.name,
                    version_text(client.version),
                    # No RMS client: nothing was installed, by hand or otherwise.
                    deployment_text(client.deployment) if client.version != "none" else "\u2013",
                ],
            )
            if client.version == "1.0":
                for column in range(3):
                    item.setForeground(
                        column,
                        QBrush(
                            tone_color(
                                Tone.NOTE, self.tree.palette().color(QPalette.ColorRole.Base)
                            )
                        ),
                    )

    def _render(self) -> None:
        self._render_tree()
        old = self.old_clients()
        topology = self._topology
        if topology is None:
            self.summary.clear()
        elif old:
            text = self.tr("Still on RMS client 1.0 (%n computer(s)): ", "", len(old)) + ", ".join(
                old
            )
            managed = [
                c.name
                for c in topology.clients
                if c.version == "1.0" and c.deployment in ("sms", "group-policy")
            ]
            if managed:
                text += "\n" + fmt(
                    self.tr(
                        "Deployed through SMS or Group Policy (%1): the SP1 client installs "
                        "there without administrator rights."
                    ),
                    ", ".join(managed),
                )
            self.summary.setText(text)
        else:
            self.summary.setText(self.tr("Every computer with an RMS client runs the SP1 client."))
        self.summary.setStyleSheet(note_style() if old else "")
        lines = change_lines(topology)
        self.changes.setText("\n".join(lines))
        self.changes.setVisible(bool(lines))
        self.update_button.setEnabled(self.state.sandbox and bool(old) and not self.working)
        if self.working:
            return
        if self._updated is not None:
            self.status.setText(
                fmt(
                    self.tr("The SP1 client is installed on %1."),
                    ", ".join(self._updated) or self.tr("no computer"),
                )
            )
        elif not self.state.sandbox and old:
            self.status.setText(
                self.tr(
                    "Deploy the SP1 client to these computers, for example with SMS or Group Policy."
                )
            )
        else:
            self.status.clear()
        self.completeChanged.emit()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Update the clients"))
        self.setSubTitle(
            self.tr("Which computers still run RMS client 1.0, and what the SP1 client brings.")
        )
        self.intro.setText(
            self.tr(
                "The SP1 client is a separate update for the computers that use RMS. Compared with "
                "RMS client 1.0 it:"
            )
        )
        self.benefits.setText(benefits_text())
        self.tree.setHeaderLabels(
            [self.tr("Computer"), self.tr("RMS client"), self.tr("Deployed with")]
        )
        name_item_view(self.tree, self.tr("Client computers"))
        self.update_button.setText(self.tr("&Update the 1.0 clients to SP1"))
        self.update_button.setAccessibleName(self.tr("Update the 1.0 clients to SP1"))
        self._render()
