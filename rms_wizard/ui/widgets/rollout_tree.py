"""The waves of a rollout as a tree: wave -> cluster (kind, forest) -> server, with each server's
state (:func:`~rms_wizard.core.fleet.rollout_status.node_state`), live during the run. Its texts keep the
cluster page's translation context, where they were first written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from ...core.fleet.cluster import WaveItem
from ...core.fleet.rollout_result import NodeProgress
from ...core.fleet.rollout_status import FINAL_STATUSES, node_state
from ...core.fleet.topology import Cluster
from ...i18n import tr_message
from ..pages.base import fmt
from ..rollout_session import RolloutSession, node_key
from ..theme import Tone, tone_color
from .accessible import name_item_view

#: Wave, cluster and server; kind; forest; state.
_COLUMNS = 4


def kind_text(cluster: Cluster) -> str:
    if cluster.kind == "root-certification":
        return QCoreApplication.translate("ClusterPage", "Root certification cluster")
    return fmt(
        QCoreApplication.translate("ClusterPage", "Licensing cluster (sub-enrolled to %1)"),
        cluster.parent or "?",
    )


def _row(parent: QTreeWidget | QTreeWidgetItem, *texts: str) -> QTreeWidgetItem:
    """A row of the tree's four columns; a column it leaves empty is read as "none", not as a
    nameless cell (a screen reader stops on every cell)."""
    item = QTreeWidgetItem(parent, [*texts, *[""] * (_COLUMNS - len(texts))])
    none = QCoreApplication.translate("ClusterPage", "none")
    for column in range(_COLUMNS):
        if not item.text(column):
            item.setData(column, Qt.ItemDataRole.AccessibleTextRole, none)
    return item


class RolloutTree(QTreeWidget):
    """The plan of a :class:`RolloutSession` (and the servers already at SP1), as it runs."""

    def __init__(self, session: RolloutSession) -> None:
        super().__init__()
        self.setObjectName("rolloutTree")
        self._session = session
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self.setColumnCount(_COLUMNS)
        self.setUniformRowHeights(True)
        self.setMinimumHeight(6 * self.fontMetrics().height())
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)

    def rebuild(self) -> None:
        """The session's plan as a tree, each server in its last known state."""
        self.clear()
        self._items = {}
        topology, plan = self._session.topology, self._session.plan
        if topology is None or plan is None:
            return
        clusters = {cluster.id: cluster for cluster in topology.clusters}
        for number, wave in enumerate(plan.waves, start=1):
            top = _row(self, fmt(QCoreApplication.translate("ClusterPage", "Wave %1"), number))
            self._add_group(top, wave, clusters, skipped=False)
        if plan.skipped:
            top = _row(self, QCoreApplication.translate("ClusterPage", "Already at SP1"))
            self._add_group(top, plan.skipped, clusters, skipped=True)
        self.expandAll()

    def _add_group(
        self,
        parent: QTreeWidgetItem,
        items: list[WaveItem],
        clusters: dict[str, Cluster],
        *,
        skipped: bool,
    ) -> None:
        by_cluster: dict[str, list[WaveItem]] = {}
        for entry in items:
            by_cluster.setdefault(entry.cluster, []).append(entry)
        for cluster_id, entries in by_cluster.items():
            cluster = clusters[cluster_id]
            node_parent = _row(parent, cluster.name, kind_text(cluster), cluster.forest)
            for entry in entries:
                child = _row(node_parent, entry.node)
                self._items[node_key(entry.cluster, entry.node)] = child
                last = self._session.last(entry.cluster, entry.node)
                if skipped and last is None:
                    last = NodeProgress(0, entry.cluster, entry.node, "skipped")
                self._show(child, last)

    def show_progress(self, event: NodeProgress) -> None:
        """One server's new state; the server at work stays in sight (wave 5 too)."""
        item = self._items.get(node_key(event.cluster, event.node))
        if item is None:
            return
        self._show(item, event)
        if event.wave > 0 and event.status not in FINAL_STATUSES:
            self.scrollToItem(item)

    def _show(self, item: QTreeWidgetItem, event: NodeProgress | None) -> None:
        item.setText(3, tr_message(node_state(event)))
        item.setData(3, Qt.ItemDataRole.AccessibleTextRole, None)  # read as shown
        color = None
        base = self.palette().color(QPalette.ColorRole.Base)
        if event is not None and event.status in ("updated", "skipped"):
            color = tone_color(Tone.DONE, base)
        elif event is not None and event.status == "failed":
            color = tone_color(Tone.ERROR, base)
        item.setForeground(3, QBrush(color) if color else QBrush())

    def retranslate_ui(self) -> None:
        self.setHeaderLabels(
            [
                QCoreApplication.translate("ClusterPage", "Wave, cluster and server"),
                QCoreApplication.translate("ClusterPage", "Kind"),
                QCoreApplication.translate("ClusterPage", "Forest"),
                QCoreApplication.translate("ClusterPage", "State"),
            ]
        )
        name_item_view(self, QCoreApplication.translate("ClusterPage", "Rollout waves"))
        self.rebuild()
