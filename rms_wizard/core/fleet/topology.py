"""An RMS deployment's topology (``topology.json``): forests, clusters, their nodes and clients,
read as pydantic models and checked before anything is planned (see :mod:`.cluster` for the
rollout plan built on it)."""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePosixPath
from typing import Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, msg, os_error_message
from .interop import ClientVersion, ServerVersion

ClusterKind: TypeAlias = Literal["root-certification", "licensing"]
Deployment: TypeAlias = Literal["manual", "sms", "group-policy"]


class _Model(BaseModel):
    # A typo in a topology file is an error, not a silently ignored key.
    model_config = ConfigDict(extra="forbid")


class Forest(_Model):
    """An Active Directory forest; clusters in different forests are updated independently."""

    name: str = Field(min_length=1)


class Node(_Model):
    """One RMS server of a cluster.

    ``root`` is the node's install folder relative to the topology file's folder (the sandbox keeps
    every node's mock installation there); ``in_rotation`` is false for a drained node.
    """

    name: str = Field(min_length=1)
    root: str = Field(min_length=1)
    version: ServerVersion
    in_rotation: bool = True


class Cluster(_Model):
    """A root certification cluster, or a licensing cluster sub-enrolled to one (``parent``)."""

    id: str = Field(min_length=1)
    name: str
    kind: ClusterKind
    forest: str
    parent: str | None = None
    nodes: list[Node]
    config_database: str | None = None


class Client(_Model):
    """A computer that may run the RMS client, and how its software is deployed."""

    name: str = Field(min_length=1)
    version: ClientVersion
    deployment: Deployment


class Topology(_Model):
    """A deployment: its forests, clusters and clients."""

    forests: list[Forest]
    clusters: list[Cluster]
    clients: list[Client] = Field(default_factory=list)


# --- loading -------------------------------------------------------------------------------------

_MAX_SCHEMA_ERRORS = 3


def _refused(path: Path, text: str, *args: object) -> BadInputError:
    """Why the topology file at ``path`` cannot be used (``text``'s %1 is the path)."""
    return BadInputError(msg(text, path, *args))


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _refused(
            path, QT_TRANSLATE_NOOP("core", "The topology file %1 does not exist.")
        ) from None
    except UnicodeDecodeError:
        raise _refused(
            path, QT_TRANSLATE_NOOP("core", "The topology file %1 is not UTF-8 text.")
        ) from None
    except OSError as exc:
        raise _refused(
            path,
            QT_TRANSLATE_NOOP("core", "The topology file %1 cannot be read: %2"),
            os_error_message(exc),
        ) from None


def load_topology(path: Path) -> Topology:
    """Read and validate a topology file (JSON); :class:`BadInputError` says what is wrong."""
    try:
        topology = Topology.model_validate(json.loads(_read_text(path)))
    except RecursionError:  # brackets nested thousands deep: no topology looks like that
        raise _refused(
            path, QT_TRANSLATE_NOOP("core", "The topology file %1 is nested too deeply.")
        ) from None
    except json.JSONDecodeError as exc:
        raise _refused(
            path,
            QT_TRANSLATE_NOOP(
                "core", "The topology file %1 is not valid JSON (line %2, column %3: %4)."
            ),
            exc.lineno,
            exc.colno,
            exc.msg,
        ) from None
    except ValidationError as exc:
        raise _form_error(path, exc) from None
    validate_topology(topology)
    return topology


def _form_error(path: Path, exc: ValidationError) -> BadInputError:
    """The file's first few schema errors on one line: ``clusters.0.kind: Input should be ...``."""
    parts = []
    for error in exc.errors()[:_MAX_SCHEMA_ERRORS]:
        where = ".".join(str(part) for part in error["loc"])
        parts.append(where + ": " + error["msg"] if where else error["msg"])
    hidden = exc.error_count() - _MAX_SCHEMA_ERRORS
    if hidden > 0:
        parts.append("(+" + str(hidden) + ")")
    return _refused(
        path,
        QT_TRANSLATE_NOOP("core", "The topology file %1 does not have the expected form: %2"),
        "; ".join(parts),
    )


# --- validation ----------------------------------------------------------------------------------

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


def _is_absolute(root: str) -> bool:
    return root.startswith(("/", "\\")) or bool(_WINDOWS_DRIVE.match(root))


def _climbs(root: str) -> bool:
    return ".." in re.split(r"[\\/]", root)


def node_install_root(topology_dir: Path, node: Node) -> Path:
    """The folder of ``node``'s installation: its ``root`` under the topology file's folder."""
    problem = _root_problem(node)
    if problem is not None:
        raise BadInputError(problem)
    return topology_dir.joinpath(*PurePosixPath(node.root.replace("\\", "/")).parts)


def _root_problem(node: Node) -> Message | None:
    """Why ``node.root`` would leave the topology file's folder (or is no folder name at all),
    or None when it stays inside."""
    if any(ord(c) < 0x20 for c in node.root):  # NUL, a line break: no folder name holds them
        shown = "".join(c if ord(c) >= 0x20 else f"\\x{ord(c):02x}" for c in node.root)
        return msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The folder %1 of node %2 contains a control character (such as NUL), which "
                "no folder name can hold.",
            ),
            shown,
            node.name,
        )
    if _is_absolute(node.root):
        return msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The folder %1 of node %2 is an absolute path; give it relative to the "
                "topology file's folder.",
            ),
            node.root,
            node.name,
        )
    if _climbs(node.root):
        return msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The folder %1 of node %2 contains '..'; it must stay inside the topology "
                "file's folder.",
            ),
            node.root,
            node.name,
        )
    return None


def topology_problems(topology: Topology) -> list[Message]:
    """Everything wrong with ``topology``, each as a translatable message (empty when valid)."""
    problems: list[Message] = []
    forests: set[str] = set()
    for forest in topology.forests:
        if forest.name in forests:
            problems.append(
                msg(QT_TRANSLATE_NOOP("core", "Forest %1 is declared twice."), forest.name)
            )
        forests.add(forest.name)

    by_id: dict[str, Cluster] = {}
    for cluster in topology.clusters:
        if cluster.id in by_id:
            problems.append(
                msg(QT_TRANSLATE_NOOP("core", "Two clusters have the id %1."), cluster.id)
            )
        else:
            by_id[cluster.id] = cluster

    node_clusters: dict[str, list[str]] = {}
    node_names: dict[str, str] = {}
    for cluster in topology.clusters:
        if cluster.forest not in forests:
            problems.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "Cluster %1 is in forest %2, which the topology does not declare."
                    ),
                    cluster.id,
                    cluster.forest,
                )
            )
        if not cluster.nodes:
            problems.append(msg(QT_TRANSLATE_NOOP("core", "Cluster %1 has no nodes."), cluster.id))
        for node in cluster.nodes:
            # Host names are case-insensitive on Windows: RMS01 and rms01 are one server.
            key = node.name.casefold()
            node_names.setdefault(key, node.name)
            node_clusters.setdefault(key, []).append(cluster.id)
            problem = _root_problem(node)
            if problem is not None:
                problems.append(problem)
    for key, cluster_ids in node_clusters.items():
        if len(cluster_ids) > 1:
            problems.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "The node name %1 is used more than once (in clusters %2)."
                    ),
                    node_names[key],
                    ", ".join(cluster_ids),
                )
            )

    cycles = _parent_cycles(by_id)
    in_cycle = {cluster_id for cycle in cycles for cluster_id in cycle}
    for cycle in cycles:
        problems.append(
            msg(
                QT_TRANSLATE_NOOP("core", "The parent links of clusters %1 form a cycle."),
                " → ".join([*cycle, cycle[0]]),
            )
        )
    for cluster in topology.clusters:
        if cluster.id not in in_cycle:
            problems.extend(_parent_problems(cluster, by_id))
    return problems


def _parent_problems(cluster: Cluster, by_id: dict[str, Cluster]) -> list[Message]:
    if cluster.kind == "root-certification":
        if cluster.parent is None:
            return []
        return [
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Root certification cluster %1 has a parent (%2); only licensing clusters "
                    "are sub-enrolled to another cluster.",
                ),
                cluster.id,
                cluster.parent,
            )
        ]
    if cluster.parent is None:
        return [
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Licensing cluster %1 does not name the root certification cluster it is "
                    "sub-enrolled to.",
                ),
                cluster.id,
            )
        ]
    parent = by_id.get(cluster.parent)
    if parent is None:
        return [
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Licensing cluster %1 is sub-enrolled to %2, which is not in the topology.",
                ),
                cluster.id,
                cluster.parent,
            )
        ]
    if parent.kind != "root-certification":
        return [
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Licensing cluster %1 is sub-enrolled to %2, which is not a root "
                    "certification cluster.",
                ),
                cluster.id,
                cluster.parent,
            )
        ]
    return []


def _parent_cycles(by_id: dict[str, Cluster]) -> list[list[str]]:
    """Every cycle of parent links, each listed once, starting at its smallest id."""
    cycles: list[list[str]] = []
    finished: set[str] = set()
    for start in by_id:
        path: list[str] = []
        on_path: dict[str, int] = {}
        current: str | None = start
        while current is not None and current in by_id and current not in finished:
            if current in on_path:
                cycle = path[on_path[current] :]
                first = cycle.index(min(cycle))
                cycles.append(cycle[first:] + cycle[:first])
                break
            on_path[current] = len(path)
            path.append(current)
            current = by_id[current].parent
        finished.update(path)
    return cycles


def validate_topology(topology: Topology) -> None:
    """Raise :class:`BadInputError` with the first problem :func:`topology_problems` finds."""
    problems = topology_problems(topology)
    if problems:
        raise BadInputError(problems[0], details=[str(problem) for problem in problems[1:]])
