"""The debrief's rules of a cluster rollout: root certification clusters before the licensing
clusters sub-enrolled to them, and a part of a cluster at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.common.events import EventKind, OperatorEvent
from ..core.common.messages import QT_TRANSLATE_NOOP, msg
from ..core.install.models import Release
from .debrief import DebriefItem, Trail, checklist_item

if TYPE_CHECKING:
    from .scenario_model import DeploymentSpec, Scenario


def cluster_items(scenario: Scenario, trail: Trail) -> list[DebriefItem]:
    deployment = scenario.deployment
    assert deployment is not None
    items: list[DebriefItem] = []
    node_events = [
        e
        for e in trail.events
        if e.kind in (EventKind.NODE_DRAINED, EventKind.NODE_UPDATED, EventKind.NODE_FAILED)
    ]
    if any(c.parent is not None for c in deployment.clusters):
        items.append(_root_first_item(deployment, node_events))
    if any(len(c.nodes) > 1 for c in deployment.clusters):
        items.append(_part_of_cluster_item(deployment, node_events))
    return items


def _root_first_item(deployment: DeploymentSpec, node_events: list[OperatorEvent]) -> DebriefItem:
    """Root certification clusters first, then the licensing clusters sub-enrolled to them."""
    clusters = {cluster.id: cluster for cluster in deployment.clusters}
    licensing = [c for c in deployment.clusters if c.parent is not None]
    pending = {
        c.id: {n.name for n in c.nodes if n.release is Release.V1} for c in deployment.clusters
    }
    started: set[str] = set()
    wrong: list[str] = []
    for event in node_events:
        cluster_id = event.detail.get("cluster", "")
        cluster = clusters.get(cluster_id)
        if cluster is None:
            continue
        if cluster_id not in started:
            started.add(cluster_id)
            if cluster.parent is not None and pending.get(cluster.parent):
                wrong.append(cluster_id)
        if event.kind == EventKind.NODE_UPDATED:
            pending[cluster_id].discard(event.detail.get("node", ""))
    reached = any(c.id in started for c in licensing)
    ok = reached and not wrong
    if wrong:
        explanation = msg(
            QT_TRANSLATE_NOOP(
                "core",
                "Cluster %1 was started before its root certification cluster was done. "
                "Update the root certification clusters first.",
            ),
            ", ".join(wrong),
        )
    elif not reached:
        explanation = msg(
            QT_TRANSLATE_NOOP(
                "core", "The licensing clusters were not reached: the rollout is not finished."
            )
        )
    else:
        explanation = msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The root certification clusters were done before the licensing clusters "
                "sub-enrolled to them.",
            )
        )
    return checklist_item(
        "root-first",
        QT_TRANSLATE_NOOP("core", "Root certification clusters first"),
        ok,
        explanation,
    )


def _part_of_cluster_item(
    deployment: DeploymentSpec, node_events: list[OperatorEvent]
) -> DebriefItem:
    """A part of a cluster at a time: never every node of a cluster out of rotation."""
    clusters = {cluster.id: cluster for cluster in deployment.clusters}
    out: dict[str, set[str]] = {
        c.id: {n.name for n in c.nodes if not n.in_rotation} for c in deployment.clusters
    }
    emptied: list[str] = []
    drained_any = False
    for event in node_events:
        cluster_id, node = event.detail.get("cluster", ""), event.detail.get("node", "")
        cluster = clusters.get(cluster_id)
        if cluster is None:
            continue
        if event.kind == EventKind.NODE_DRAINED:
            drained_any = True
            out[cluster_id].add(node)
            if len(cluster.nodes) > 1 and len(out[cluster_id]) >= len(cluster.nodes):
                emptied.append(cluster_id)
        elif event.detail.get("in_rotation", "yes") == "yes":
            out[cluster_id].discard(node)
    ok = drained_any and not emptied
    if emptied:
        explanation = msg(
            QT_TRANSLATE_NOOP(
                "core",
                "Every node of cluster %1 was out of rotation at the same time: the cluster "
                "served nobody. Update a part of a cluster at a time.",
            ),
            ", ".join(sorted(set(emptied))),
        )
    elif not drained_any:
        explanation = msg(
            QT_TRANSLATE_NOOP("core", "No node was updated: the rollout did not start.")
        )
    else:
        explanation = msg(
            QT_TRANSLATE_NOOP(
                "core",
                "Each cluster kept serving: only a part of it was out of rotation at a time.",
            )
        )
    return checklist_item(
        "part-of-cluster",
        QT_TRANSLATE_NOOP("core", "A part of a cluster at a time"),
        ok,
        explanation,
    )
