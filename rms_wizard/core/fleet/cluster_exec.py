"""Run a rolling SP1 rollout: the waves of a :class:`~.cluster.RolloutPlan` on the nodes.

Each node is an install root (:func:`~.topology.node_install_root`; the sandbox keeps a full mock
server there) and is updated with the same core a single server uses:

1. Before the first wave, each cluster's shared configuration database is backed up once: a
   :func:`~.backup.make_backup` on the cluster's first node still at 1.0, into
   ``<backup_dir>/<cluster>/<node>``. A resumed rollout finds that backup and does not make another.
2. Per node: its own backup (its private key and its replica of the configuration database) when
   it has none yet, so :func:`~.apply.apply_update` applies the very rules of a single server;
   drain it (``in_rotation`` false in the topology file); apply SP1; verify the install; return it
   to rotation with version SP1. The topology file is rewritten atomically after each change.
3. A failed node is rolled back by the apply's transaction. It goes back into rotation only when a
   fresh look finds it in a known state (otherwise it stays drained), and the rollout stops after
   the nodes already running: the deployment is a valid mix of 1.0 and SP1 servers (they coexist
   and work together). Running the rollout again plans again: SP1 nodes are skipped.

Nodes of one wave run side by side on a bounded thread pool (``max_parallel``); each node is its
own install root with its own lock and journal. Cancel is honoured between nodes: a node that has
started finishes. Progress is reported per node (from the pool's threads).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Literal, TypeAlias

from pydantic import SecretStr

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, RmsError, msg
from ..common.progress import CancelToken, ProgressEvent
from ..engine.apply import apply_update
from ..engine.backup import MANIFEST_NAME, make_backup
from ..engine.detect import detect_install
from ..engine.fault_plan import FaultPlan
from ..engine.install_lock import InstallLock
from ..engine.locked_run import locked
from ..engine.setuplog import line_prefix
from ..engine.verify import verify_state
from ..install.install_root import check_root
from ..install.models import InstallState, InstallStatus, Release
from .cluster import RolloutPlan, WaveItem, plan_rollout
from .rollout_result import (
    NodeOutcome,
    NodeProgress,
    RolloutProgress,
    RolloutResult,
    no_rollout_progress,
)
from .topology import Cluster, Node, load_topology, node_install_root
from .topology_store import TopologyFile

logger = logging.getLogger(__name__)

#: The private-key password: one for every node, or one per node (e.g. from the keyring).
PasswordSource: TypeAlias = SecretStr | Callable[[Cluster, Node], SecretStr]

DEFAULT_MAX_PARALLEL = 2
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
# make_backup changes the process umask for a moment: backups are made one at a time.
_BACKUP_LOCK = threading.Lock()


# --- the executor --------------------------------------------------------------------------------


# One whole sentence per kind of name: a word put into a sentence would stay English in Dutch.
_UNSAFE_NAME = {
    "cluster": QT_TRANSLATE_NOOP(
        "core", "The cluster name %1 cannot be used as a backup folder name."
    ),
    "node": QT_TRANSLATE_NOOP("core", "The node name %1 cannot be used as a backup folder name."),
}


def _safe_folder_name(kind: Literal["cluster", "node"], name: str) -> str:
    if not _SAFE_NAME.match(name) or name in (".", ".."):
        raise BadInputError(msg(_UNSAFE_NAME[kind], name))
    return name


def _has_backup(folder: Path) -> bool:
    return (folder / MANIFEST_NAME).is_file()


def _password_for(password: PasswordSource, cluster: Cluster, node: Node) -> SecretStr:
    return password if isinstance(password, SecretStr) else password(cluster, node)


def _detect_node(root: Path, node: Node) -> InstallState:
    """The node's install; its registry must name the node the topology says lives there."""
    state = detect_install(root)
    name = state.identity.name
    if name and name.casefold() != node.name.casefold():
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "The install at %1 is server %2, not node %3 of the topology."
                ),
                root,
                name,
                node.name,
            )
        )
    return state


def _failure(node: Node, exc: BaseException) -> Message:
    reason: Message | str = exc.message if isinstance(exc, RmsError) else str(exc)
    return msg(QT_TRANSLATE_NOOP("core", "Node %1 was not updated: %2"), node.name, reason)


def _refuse_unless_installed(state: InstallState) -> None:
    if state.status is not InstallStatus.INSTALLED:
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "its install is not in a state that can be updated (%1)."
                ),
                state.status.value,
            )
        )


def _verify_sp1(root: Path) -> None:
    """The node's install must be exactly SP1 after the update."""
    result = verify_state(detect_install(root))
    if not result.ok or result.state is not Release.SP1:
        reason = (
            result.differences[0]
            if result.differences
            else msg(QT_TRANSLATE_NOOP("core", "not SP1"))
        )
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP("core", "the install is not exactly SP1 after the update (%1)"),
                reason,
            )
        )


class _Rollout:
    def __init__(
        self,
        file: TopologyFile,
        backup_dir: Path,
        password: PasswordSource,
        *,
        include_logging_db: bool,
        progress: RolloutProgress,
        cancel: CancelToken,
        faults: Mapping[str, str],
    ) -> None:
        self.file = file
        self.topology_dir = file.path.parent
        self.backup_dir = backup_dir
        self.password = password
        self.include_logging_db = include_logging_db
        self.progress = progress
        self.cancel = cancel
        self.faults = {name.casefold(): spec for name, spec in faults.items()}
        self.stop = threading.Event()
        self.cancel_seen = False

    def node_backup_folder(self, cluster: Cluster, node: Node) -> Path:
        return (
            self.backup_dir
            / _safe_folder_name("cluster", cluster.id)
            / _safe_folder_name("node", node.name)
        )

    def backup_node(self, wave: int, cluster: Cluster, node: Node, state: InstallState) -> Path:
        folder = self.node_backup_folder(cluster, node)
        if _has_backup(folder):
            return folder  # made by an earlier run; the apply verifies it
        self.progress(NodeProgress(wave, cluster.id, node.name, "backing-up"))
        with _BACKUP_LOCK:
            make_backup(
                state,
                folder,
                include_logging_db=self.include_logging_db,
                password=_password_for(self.password, cluster, node),
            )
        logger.info(f"cluster {cluster.id}: backup of {node.name} in {folder}")
        self.progress(NodeProgress(wave, cluster.id, node.name, "backed-up", folder=str(folder)))
        return folder

    def cluster_backups(self, plan: RolloutPlan) -> dict[str, str]:
        """One backup per cluster before the first wave (or the one an earlier run made)."""
        made: dict[str, str] = {}
        first_nodes: dict[str, WaveItem] = {}
        for wave in plan.waves:
            for item in wave:
                first_nodes.setdefault(item.cluster, item)
        for cluster_id, item in first_nodes.items():
            cluster, node = self.file.find(cluster_id, item.node)
            folder = self.backup_dir / _safe_folder_name("cluster", cluster.id)
            existing = (
                sorted(p for p in folder.glob("*") if _has_backup(p)) if folder.is_dir() else []
            )
            if existing:
                made[cluster.id] = str(existing[0])
                continue
            state = _detect_node(node_install_root(self.topology_dir, node), node)
            made[cluster.id] = str(self.backup_node(0, cluster, node, state))
        return made

    def run_node(self, wave: int, item: WaveItem) -> NodeOutcome:
        cluster, node = self.file.find(item.cluster, item.node)
        outcome = NodeOutcome(wave=wave, cluster=cluster.id, node=node.name, status="not-started")
        if self.cancel.cancelled or self.stop.is_set():
            self.cancel_seen = self.cancel_seen or self.cancel.cancelled
            self.progress(NodeProgress(wave, cluster.id, node.name, "not-started"))
            return outcome
        root = node_install_root(self.topology_dir, node)
        drained = False
        try:
            # The node's lock from its first look to its verification: no other run can change
            # what this one found, and the verification sees this run's outcome.
            with locked(check_root(root), "apply") as lock:
                state = _detect_node(root, node)
                _refuse_unless_installed(state)
                if state.version is Release.SP1:
                    return self._skip(wave, cluster, node, root, outcome)
                backup = self.backup_node(wave, cluster, node, state)
                outcome.backup = str(backup)
                self.progress(NodeProgress(wave, cluster.id, node.name, "draining"))
                self.file.drain(cluster, node)
                drained = True
                self._apply(wave, cluster, node, root, backup, lock)
                self.progress(NodeProgress(wave, cluster.id, node.name, "verifying"))
                _verify_sp1(root)
                self.file.set_node(node, in_rotation=True, version=Release.SP1)
                self.progress(
                    NodeProgress(wave, cluster.id, node.name, "updated", in_rotation=True)
                )
                return outcome.model_copy(update={"status": "updated", "in_rotation": True})
        except Exception as exc:
            return self._failed(wave, cluster, node, root, outcome, exc, drained=drained)

    def _skip(
        self, wave: int, cluster: Cluster, node: Node, root: Path, outcome: NodeOutcome
    ) -> NodeOutcome:
        """Already SP1 (e.g. finished by a recovery): record it, and a node an earlier run left
        drained goes back into rotation once it verifies."""
        self.file.set_node(node, in_rotation=node.in_rotation, version=Release.SP1)
        if not node.in_rotation:
            self._return_if_healthy(root, node)
        self.progress(
            NodeProgress(wave, cluster.id, node.name, "skipped", in_rotation=node.in_rotation)
        )
        return outcome.model_copy(update={"status": "skipped", "in_rotation": node.in_rotation})

    def _apply(
        self, wave: int, cluster: Cluster, node: Node, root: Path, backup: Path, lock: InstallLock
    ) -> None:
        """SP1 onto the drained node, with the single server's apply (and this node's fault)."""

        def on_step(event: ProgressEvent) -> None:
            self.progress(NodeProgress(wave, cluster.id, node.name, "applying", step=event))

        fault = self.faults.get(node.name.casefold())
        logger.info(f"cluster {cluster.id}: applying SP1 on {node.name}")
        with line_prefix(f"{node.name}: "):  # the apply's lines tell their node
            apply_update(
                root,
                backup_dir=backup,
                password=_password_for(self.password, cluster, node),
                progress=on_step,
                import_statistics=self.include_logging_db,
                faults=FaultPlan(fault) if fault is not None else None,
                lock=lock,
            )

    def _failed(
        self,
        wave: int,
        cluster: Cluster,
        node: Node,
        root: Path,
        outcome: NodeOutcome,
        exc: Exception,
        *,
        drained: bool,
    ) -> NodeOutcome:
        """The node failed: the rollout stops after the running nodes; a drained node goes back
        into rotation only in a known state."""
        self.stop.set()
        message = _failure(node, exc)
        logger.info(f"cluster {cluster.id}: {message}")
        in_rotation = node.in_rotation
        if drained:
            in_rotation = self._return_if_healthy(root, node)
        self.progress(
            NodeProgress(wave, cluster.id, node.name, "failed", message, in_rotation=in_rotation)
        )
        return outcome.model_copy(
            update={"status": "failed", "message": message, "in_rotation": in_rotation}
        )

    def _return_if_healthy(self, root: Path, node: Node) -> bool:
        """After a failure: back into rotation only in a known state (1.0 after the rollback)."""
        try:
            result = verify_state(detect_install(root))
        except RmsError:
            return False
        if not result.ok:
            self.file.set_node(node, in_rotation=False, version=None)
            return False
        self.file.set_node(node, in_rotation=True, version=result.state)
        return True


def run_rollout(
    topology_file: Path,
    backup_dir: Path,
    password: PasswordSource,
    *,
    plan: RolloutPlan | None = None,
    max_batch: int = 1,
    max_parallel: int = DEFAULT_MAX_PARALLEL,
    include_logging_db: bool = False,
    progress: RolloutProgress = no_rollout_progress,
    cancel: CancelToken | None = None,
    faults: Mapping[str, str] | None = None,
) -> RolloutResult:
    """Bring the deployment in ``topology_file`` to SP1, wave by wave.

    ``plan`` defaults to :func:`~.cluster.plan_rollout` of the file with ``max_batch``. ``faults``
    maps a node name to a fault (``fail-at-step:N`` ...) injected into that node's apply only (drills
    and tests); other nodes follow ``RMS_WIZARD_FAULT``. Raises :class:`BadInputError` when the
    topology, a node's install or a cluster backup is not usable (nothing is changed then); a failed
    node does not raise: see :attr:`RolloutResult.failed`.
    """
    if max_parallel < 1:
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP("core", "At least one node must run at a time (got %1)."),
                max_parallel,
            )
        )
    topology_file = topology_file.resolve()
    topology = load_topology(topology_file)
    plan = plan or plan_rollout(topology, max_batch)
    file = TopologyFile(topology_file, topology)
    known = {n.name.casefold() for c in topology.clusters for n in c.nodes}
    for name, spec in (faults or {}).items():
        if name.casefold() not in known:
            raise BadInputError(
                msg(QT_TRANSLATE_NOOP("core", "There is no node %1 to inject a fault into."), name)
            )
        FaultPlan(spec)
    for wave in plan.waves:
        for item in wave:
            _cluster, node = file.find(item.cluster, item.node)
            root = node_install_root(topology_file.parent, node)
            if not root.is_dir():
                raise BadInputError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "core", "The install folder %1 of node %2 does not exist."
                        ),
                        root,
                        node.name,
                    )
                )
    rollout = _Rollout(
        file,
        backup_dir,
        password,
        include_logging_db=include_logging_db,
        progress=progress,
        cancel=cancel or CancelToken(),
        faults=faults or {},
    )
    outcomes: list[NodeOutcome] = []
    backups: dict[str, str] = {}
    if not rollout.cancel.cancelled:
        backups = rollout.cluster_backups(plan)
    with ThreadPoolExecutor(max_workers=max_parallel, thread_name_prefix="rollout") as pool:
        for number, wave in enumerate(plan.waves, start=1):
            futures = [pool.submit(rollout.run_node, number, item) for item in wave]
            outcomes.extend(future.result() for future in futures)
    return RolloutResult(
        outcomes=outcomes,
        cluster_backups=backups,
        cancelled=rollout.cancel_seen or (rollout.cancel.cancelled and not backups),
    )
