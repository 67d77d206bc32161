"""The topology file on disk: written atomically (the sandbox's deployment, the client update),
and changed node by node while a rollout runs (a node drained, returned to rotation, at its new
version), each change saved at once.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from ..common.atomic import write_atomic
from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from ..install.models import Release
from .topology import Cluster, Node, Topology


def save_topology(path: Path, topology: Topology) -> None:
    """Write ``topology`` to ``path`` atomically (temporary file, fsync, rename)."""
    text = json.dumps(topology.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    write_atomic(path, text)


class TopologyFile:
    """The topology in memory and on disk, changed node by node under one lock."""

    def __init__(self, path: Path, topology: Topology) -> None:
        self.path = path
        self.topology = topology
        self.lock = threading.Lock()

    def find(self, cluster_id: str, node_name: str) -> tuple[Cluster, Node]:
        for cluster in self.topology.clusters:
            if cluster.id != cluster_id:
                continue
            for node in cluster.nodes:
                if node.name.casefold() == node_name.casefold():
                    return cluster, node
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The plan names node %1 of cluster %2, which the topology does not have.",
                ),
                node_name,
                cluster_id,
            )
        )

    def drain(self, cluster: Cluster, node: Node) -> None:
        """Take ``node`` out of rotation, unless that would leave its cluster without a server."""
        with self.lock:
            others = [n for n in cluster.nodes if n is not node and n.in_rotation]
            if len(cluster.nodes) > 1 and not others:
                raise BadInputError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "Node %1 is the last node of cluster %2 in rotation; draining it "
                            "would take the whole cluster out of service.",
                        ),
                        node.name,
                        cluster.id,
                    )
                )
            node.in_rotation = False
            save_topology(self.path, self.topology)

    def set_node(self, node: Node, *, in_rotation: bool, version: Release | None) -> None:
        with self.lock:
            node.in_rotation = in_rotation
            if version is not None:
                node.version = "SP1" if version is Release.SP1 else "1.0"
            save_topology(self.path, self.topology)
