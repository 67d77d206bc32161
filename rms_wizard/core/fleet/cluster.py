"""RMS clusters: the topology of a deployment and the plan for a rolling SP1 rollout.

The seed's rules for clusters, which :func:`plan_rollout` follows:

* update a part of a cluster at a time, so the cluster keeps serving (each wave drains at most
  ``max_batch`` nodes of a cluster and never all of its nodes in rotation);
* first the root certification clusters, then the licensing clusters sub-enrolled to them;
* with group expansion across forests, clusters in different forests are updated independently
  (their waves run side by side), and so are unrelated clusters within one forest;
* SP1 and 1.0 servers coexist and work together, so a half-finished rollout is a valid deployment.

This module plans; the executor that runs the waves on the nodes builds on :class:`RolloutPlan`
and :func:`~.topology.node_install_root`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeAlias

from pydantic import BaseModel, ConfigDict

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, msg
from .topology import Cluster, ClusterKind, Topology, validate_topology

# --- planning ------------------------------------------------------------------------------------


class WaveItem(BaseModel):
    """One node of one cluster (the JSON shape of ``rms-wizard cluster plan --json``)."""

    model_config = ConfigDict(frozen=True)

    cluster: str
    kind: ClusterKind
    forest: str
    node: str


# The nodes updated together: drained, updated, verified and returned to rotation.
Wave: TypeAlias = list[WaveItem]


class RolloutPlan(BaseModel):
    """The waves of a rolling rollout, the nodes already at SP1, and what the admin should know."""

    max_batch: int
    waves: list[Wave]
    skipped: list[WaveItem]
    warnings: list[Message]

    @property
    def node_count(self) -> int:
        """How many nodes the waves update."""
        return sum(len(wave) for wave in self.waves)

    def cluster_order(self) -> list[str]:
        """Cluster ids in the order their first node is updated (roots before their licensing)."""
        return list(dict.fromkeys(item.cluster for wave in self.waves for item in wave))

    def to_json_dict(
        self, translate: Callable[[str, str, int], str] | None = None
    ) -> dict[str, Any]:
        """The plan as JSON data: ``waves`` (lists of items), ``skipped``, ``warnings``..."""
        return {
            "waves": [[item.model_dump() for item in wave] for wave in self.waves],
            "skipped": [item.model_dump() for item in self.skipped],
            "warnings": [warning.render(translate) for warning in self.warnings],
            "max_batch": self.max_batch,
        }


def roots_first(clusters: list[Cluster]) -> list[Cluster]:
    """``clusters`` with the root certification clusters first, otherwise in their order."""
    return sorted(clusters, key=lambda cluster: cluster.kind != "root-certification")


def cluster_batch_size(cluster: Cluster, max_batch: int) -> int:
    """How many nodes of ``cluster`` a wave updates at most.

    At most ``max_batch``, and always fewer than the nodes in rotation, so the cluster keeps
    serving; a cluster with one node in rotation (or none) goes one node at a time.
    """
    in_rotation = sum(1 for node in cluster.nodes if node.in_rotation)
    return max(1, min(max_batch, in_rotation - 1))


def plan_rollout(topology: Topology, max_batch: int = 1) -> RolloutPlan:
    """Plan the waves that bring every node of ``topology`` to SP1.

    A cluster's nodes go in batches of :func:`cluster_batch_size`, one batch per wave. A licensing
    cluster starts in the wave after the last one of its root certification cluster; every other
    cluster starts at once, so clusters in different forests (and unrelated clusters in one forest)
    share waves. Nodes already at SP1 are listed in ``skipped``.
    """
    if max_batch < 1:
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP("core", "The batch size must be at least 1 (got %1)."),
                max_batch,
            )
        )
    validate_topology(topology)
    waves: list[Wave] = []
    skipped: list[WaveItem] = []
    warnings: list[Message] = []
    # Index of the last wave of each cluster; -1 before the first wave (nothing to wait for).
    last_wave: dict[str, int] = {}
    for cluster in roots_first(topology.clusters):
        first = 0 if cluster.parent is None else last_wave[cluster.parent] + 1
        pending: list[WaveItem] = []
        for node in cluster.nodes:
            item = WaveItem(
                cluster=cluster.id, kind=cluster.kind, forest=cluster.forest, node=node.name
            )
            (skipped if node.version == "SP1" else pending).append(item)
        batch = cluster_batch_size(cluster, max_batch)
        batches = [pending[i : i + batch] for i in range(0, len(pending), batch)]
        for offset, items in enumerate(batches):
            if first + offset == len(waves):
                waves.append([])
            waves[first + offset].extend(items)
        last_wave[cluster.id] = first + len(batches) - 1
        if pending:
            warnings.extend(_outage_warnings(cluster))
    return RolloutPlan(max_batch=max_batch, waves=waves, skipped=skipped, warnings=warnings)


def _outage_warnings(cluster: Cluster) -> list[Message]:
    serving = [node for node in cluster.nodes if node.in_rotation]
    if not serving:
        return [
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "Cluster %1 has no node in rotation: it serves no requests now."
                ),
                cluster.id,
            )
        ]
    if len(serving) == 1 and serving[0].version != "SP1":
        return [
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Cluster %1 has a single node in rotation (%2): the cluster is out of "
                    "service while that node is updated.",
                ),
                cluster.id,
                serving[0].name,
            )
        ]
    return []
