"""Sandbox deployments and training in the wizard: where the topology is, which page follows which,
the drill of this run, and the jobs of the cluster, clients and debrief pages (no widgets here).

Paths through the pages in sandbox mode (``nextId`` of each page asks the functions below)::

    deployment (clusters):  Welcome -> Detection -> Interop -> Cluster rollout -> Clients -> Debrief
    single server, clients: Welcome -> Detection -> Interop -> Password ... Finished -> Clients -> Debrief
    single server:          Welcome -> Detection -> Password ... Finished -> Debrief

A deployment sandbox keeps one mock server per node below its folder and a ``topology.json`` at its
root. The wizard then runs "on" the first node of the first root certification cluster (as an admin
starts Setup on one server of the cluster): ``state.root`` is that node, ``state.sandbox_dir`` the
sandbox folder. The interop page comes before the update (what changes, and what holds while 1.0
and SP1 servers are mixed); the clients page after it; the debrief last.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from pydantic import SecretStr

from ..core.common.events import OperatorEvent
from ..core.common.messages import RmsError
from ..core.common.progress import CancelToken, ProgressCallback
from ..core.engine.setuplog import SetupLog
from ..core.fleet.cluster import roots_first
from ..core.fleet.cluster_exec import run_rollout
from ..core.fleet.rollout_result import RolloutProgress, RolloutResult
from ..core.fleet.topology import Topology, load_topology, node_install_root
from ..core.install.models import InstallStatus
from ..training.cluster_sandbox import forget_sandbox_secrets, topology_file, update_sandbox_clients
from ..training.debrief import Debrief
from ..training.debrief_rules import build_debrief
from ..training.sandbox import arm_drill_fault
from ..training.scenario_model import Scenario
from .jobs.worker import Job
from .page_id import PageId
from .state import WizardState

# ---------------------------------------------------------------------------- where things are


def locate_deployment(state: WizardState) -> None:
    """Find the sandbox's topology; for a deployment, run the wizard on its first node.

    Idempotent. A topology whose only node is the sandbox folder itself (a single server with
    clients) keeps ``root`` as it is.
    """
    if not state.sandbox or state.scenario is None or state.root is None:
        return
    if state.topology_path is not None:
        return

    path = topology_file(state.scenario, state.root)
    if path is None or not path.is_file():
        return
    state.topology_path = path
    try:
        topology = load_topology(path)
    except RmsError:
        return  # the pages that read it say what is wrong
    nodes = [node for cluster in roots_first(topology.clusters) for node in cluster.nodes]
    if not nodes or any(node.root in (".", "./") for node in nodes):
        return
    state.sandbox_dir = state.root
    state.root = node_install_root(path.parent, nodes[0])


def is_deployment(state: WizardState) -> bool:
    """A sandbox of clusters (the rollout page), not a single server."""
    return state.sandbox_dir is not None and state.topology_path is not None


def has_clients(state: WizardState) -> bool:
    """The sandbox has client computers (the clients page follows the update)."""
    return (
        state.sandbox
        and state.topology_path is not None
        and state.scenario is not None
        and bool(state.scenario.clients)
    )


def has_debrief(state: WizardState) -> bool:
    return state.sandbox and state.scenario is not None and state.sandbox_folder is not None


def read_topology(state: WizardState) -> Topology | None:
    """The topology as it is on disk now (None: the sandbox has none)."""
    if state.topology_path is None:
        return None
    return load_topology(state.topology_path)


# ---------------------------------------------------------------------------- page order


def after_detection(state: WizardState, server_next: int) -> int:
    """Detection's next page: the interop page first when the sandbox has a topology."""
    install = state.install
    if (
        state.topology_path is not None
        and state.sandbox
        and install is not None
        and install.status is InstallStatus.INSTALLED
    ):
        return PageId.INTEROP
    return server_next


def after_interop(state: WizardState, server_next: int) -> int:
    return PageId.CLUSTER if is_deployment(state) else server_next


def after_update(state: WizardState) -> int:
    """After the finished page (single server) or the rollout: clients, debrief, or the end."""
    if has_clients(state):
        return PageId.CLIENTS
    return PageId.DEBRIEF if has_debrief(state) else -1


def after_clients(state: WizardState) -> int:
    return PageId.DEBRIEF if has_debrief(state) else -1


# ---------------------------------------------------------------------------- the drill


def drill_for_this_run(state: WizardState) -> str | None:
    """The fault to inject into this run (sandbox only): the drill strikes once per sandbox.

    The scenario's drill is handed out through :func:`~rms_wizard.training.sandbox.arm_drill_fault`,
    which records it in the sandbox folder before it can strike, so a retry after the rollback or
    the recovery -- in this wizard or a later one on the same folder -- runs normally. A fault set
    on the state (the scenario's, at the start; a test's) is used as it is, once.
    """
    if not state.sandbox:
        return None

    folder = state.sandbox_folder
    armed = None
    if state.scenario is not None and folder is not None and folder.is_dir():
        armed = arm_drill_fault(folder, state.scenario)
    fault = state.drill_fault if state.drill_fault is not None else armed
    state.drill_fault = fault
    return fault


def forget_secrets(state: WizardState, log: SetupLog | None = None) -> None:
    """On exit: the sandbox keyring entries of the scenario's servers go (sandbox service only)."""
    if not state.sandbox or state.scenario is None:
        return

    try:
        forget_sandbox_secrets(state.scenario)
    except RmsError as exc:
        if log is not None:
            log.line(f"sandbox keyring: not cleared: {exc.message}")
    else:
        if log is not None:
            log.line("sandbox keyring: the scenario's entries are removed")


# ---------------------------------------------------------------------------- jobs


def rollout_job(
    topology_path: Path,
    backup_dir: Path,
    password: SecretStr,
    *,
    include_logging_db: bool,
    log: SetupLog | None = None,
) -> Job:
    """Run the rolling rollout; the worker's ``progress`` carries each :class:`NodeProgress`."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> RolloutResult:
        line: Callable[[str], None] = log.line if log is not None else (lambda text: None)
        result = run_rollout(
            topology_path,
            backup_dir,
            password,
            include_logging_db=include_logging_db,
            progress=cast("RolloutProgress", progress),
            cancel=cancel,
        )
        line(
            "rollout: updated="
            + ",".join(result.nodes("updated"))
            + " failed="
            + ",".join(result.nodes("failed"))
            + f" cancelled={result.cancelled}"
        )
        return result

    return run


def clients_job(topology_path: Path, log: SetupLog | None = None) -> Job:
    """The sandbox's client update: every 1.0 client gets the SP1 client. Returns their names."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> list[str]:
        del progress, cancel
        before = load_topology(topology_path)
        names = [client.name for client in before.clients if client.version == "1.0"]
        update_sandbox_clients(topology_path, names)
        if log is not None:
            log.line("clients updated to SP1: " + ", ".join(names))
        return names

    return run


def debrief_job(scenario: Scenario, events: list[OperatorEvent], folder: Path) -> Job:
    """Check the operator's trail and the sandbox as it is now (it looks at every server)."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> Debrief:
        del progress, cancel
        return build_debrief(scenario, events, folder)

    return run
