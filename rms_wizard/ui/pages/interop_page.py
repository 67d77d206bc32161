"""Interoperability: what the deployment supports now, while 1.0 and SP1 servers are mixed, and after.

Shown before the update (after detection) in a sandbox with a topology: the servers' versions and
the clients' mix come from the topology file as it is now; each column is one cell of the core's
matrix (:mod:`rms_wizard.core.fleet.interop`), or two for a mixed deployment (its 1.0 servers and its SP1
servers work together, each offering what its version supports). What changes is highlighted and
listed with the feature's explanation (:func:`~rms_wizard.core.fleet.interop.compare`).
"""

from __future__ import annotations

from PySide6.QtCore import Slot

from ...core.common.messages import RmsError
from ...core.fleet.interop import (
    ClientMix,
    InteropFeatures,
    ServerVersion,
    client_mix,
    compare,
    feature_info,
    features_for,
    value_text,
)
from ...core.fleet.topology import Topology
from ...i18n import tr_message
from ..page_id import PageId
from ..sandbox_flow import after_interop, is_deployment, read_topology
from ..state import WizardState
from ..widgets.accessible import name_item_view
from ..widgets.interop_table import InteropColumn, InteropTable
from .base import BasePage, fmt, plain_label


class InteropPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "interopPage")
        self._topology: Topology | None = None
        self._problem: str | None = None
        self.intro = plain_label("interopIntro")
        self.body.addWidget(self.intro)
        self.situation = plain_label("interopSituation", selectable=True)
        self.body.addWidget(self.situation)
        self.table = InteropTable("interopTable")
        self.table.currentCellChanged.connect(self._show_explanation)
        self.body.addWidget(self.table)
        # The current row's feature explained in words, for the keyboard (arrow keys in the
        # table) as for the mouse: not only in a tooltip.
        self.explanation = plain_label("interopExplanation", selectable=True)
        self.body.addWidget(self.explanation)
        self.legend = plain_label("interopLegend")
        self.body.addWidget(self.legend)
        self.changes = plain_label("interopChanges")
        self.body.addWidget(self.changes)
        self.body.addStretch(1)
        self.retranslate_ui()

    def initializePage(self) -> None:
        self._load()
        self.retranslate_ui()

    @Slot(int, int, int, int)
    def _show_explanation(self, row: int, column: int, old_row: int, old_column: int) -> None:
        del column, old_row, old_column
        feature = self.table.verticalHeaderItem(row) if row >= 0 else None
        text = self.table.explanation(row)
        self.explanation.setText(fmt("%1: %2", feature.text(), text) if feature and text else "")
        self.explanation.setVisible(bool(self.explanation.text()))

    def _load(self) -> None:
        self._topology, self._problem = None, None
        try:
            self._topology = read_topology(self.state)
        except RmsError as exc:
            self._problem = tr_message(exc.message)

    def nextId(self) -> int:
        detection = self.setup_wizard().page_of(PageId.DETECTION)
        server_next = getattr(detection, "server_next_id", lambda: PageId.PASSWORD)()
        return after_interop(self.state, server_next)

    # ---- the columns

    def _servers(self) -> list[ServerVersion]:
        topology = self._topology
        if topology is None:
            return []
        return [node.version for cluster in topology.clusters for node in cluster.nodes]

    def _mix(self) -> ClientMix | None:
        topology = self._topology
        if topology is None:
            return None
        try:
            return client_mix(client.version for client in topology.clients)
        except RmsError:
            return None  # no computer runs an RMS client

    def columns(self) -> list[InteropColumn]:
        """Now, (during the rollout,) after: each as matrix cells for the current client mix."""
        mix = self._mix()
        servers = self._servers()
        if mix is None or not servers:
            return []
        versions = set(servers)
        mixed_cells = (features_for("1.0", mix), features_for("SP1", mix))
        if versions == {"1.0"}:
            now: tuple[InteropFeatures, ...] = (features_for("1.0", mix),)
        elif versions == {"SP1"}:
            now = (features_for("SP1", mix),)
        else:
            now = mixed_cells
        deployment = is_deployment(self.state)
        columns = [InteropColumn("now", self.tr("Now"), now)]
        if len(servers) > 1 and versions == {"1.0"}:
            columns.append(InteropColumn("during", self.tr("During the rollout"), mixed_cells))
        after_header = self.tr("After the rollout") if deployment else self.tr("After the update")
        columns.append(InteropColumn("after", after_header, (features_for("SP1", mix),)))
        return columns

    # ---- texts

    def _situation(self) -> str:
        topology = self._topology
        if topology is None:
            return self._problem or ""
        servers = self._servers()
        old = servers.count("1.0")
        new = servers.count("SP1")
        parts = []
        if old:
            parts.append(self.tr("%n server(s) at RMS 1.0", "", old))
        if new:
            parts.append(self.tr("%n server(s) at SP1", "", new))
        clients = [client.version for client in topology.clients]
        client_parts = []
        if clients.count("1.0"):
            client_parts.append(
                self.tr("%n computer(s) with RMS client 1.0", "", clients.count("1.0"))
            )
        if clients.count("SP1"):
            client_parts.append(
                self.tr("%n computer(s) with the SP1 client", "", clients.count("SP1"))
            )
        if clients.count("none"):
            client_parts.append(
                self.tr("%n computer(s) without an RMS client", "", clients.count("none"))
            )
        return fmt(
            self.tr("Now: %1. Clients: %2."),
            ", ".join(parts),
            ", ".join(client_parts) or self.tr("none"),
        )

    def _changes(self, columns: list[InteropColumn]) -> str:
        if self._mix() is None and self._topology is not None:
            return self.tr(
                "No computer runs an RMS client yet, so the matrix has no column for this "
                "deployment. The SP1 package can install the SP1 client on them."
            )
        if len(columns) < 2:
            return ""
        changes = compare(columns[0].cells[0], columns[-1].cells[0])
        lines: list[str] = []
        if any(column.key == "during" for column in columns):
            lines.append(
                self.tr(
                    "During the rollout, 1.0 and SP1 servers work side by side; each offers what "
                    "its version supports."
                )
            )
        if not changes:
            lines.append(self.tr("Updating the servers changes none of these features."))
        else:
            lines.append(self.tr("What the update changes:"))
            for change in changes:
                lines.append(
                    fmt(
                        self.tr("\u2022 %1: %2 \u2192 %3. %4"),
                        tr_message(change.label),
                        tr_message(value_text(change.before)),
                        tr_message(value_text(change.after)),
                        tr_message(feature_info(change.key).explanation),
                    )
                )
        return "\n".join(lines)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("RMS 1.0 and SP1 together"))
        self.setSubTitle(
            self.tr("What this deployment supports now, during the update and afterwards.")
        )
        self.intro.setText(
            self.tr(
                "SP1 and 1.0 servers coexist and work together, but only SP1 servers support "
                "offline enrollment and only SP1 clients are self-activating. What a deployment "
                "offers depends on its servers and on the mix of its clients."
            )
        )
        self.situation.setText(self._situation())
        columns = self.columns()
        self.table.set_columns(columns)
        self.table.setVisible(bool(columns))
        name_item_view(self.table, self.tr("Interoperability of RMS 1.0 and SP1"))
        self.legend.setText(
            self.tr(
                "Highlighted: what differs from now. Select a row (arrow keys) or point at a "
                "feature for its explanation."
            )
        )
        self._show_explanation(self.table.currentRow(), 0, -1, -1)
        self.legend.setVisible(bool(self.table.changed_cells()))
        self.changes.setText(self._changes(columns))
