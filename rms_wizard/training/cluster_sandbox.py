"""Sandbox deployments: a scenario's clusters and clients as mock servers and a ``topology.json``.

A deployment scenario (``Scenario.deployment``) becomes, in the sandbox folder:

* ``topology.json`` (the scenario's ``topology`` name) in the format of :class:`~.topology.Topology`,
  at the root of the folder, with each node's ``root`` relative to it (``nodes/<name>``);
* per node a full mock server, built with :func:`~.sandbox_server.build_machine` (an SP1 node is
  built as 1.0 and updated with the real apply).

A cluster's configuration database is one shared database in a real deployment
(``Cluster.config_database`` names it); the sandbox keeps an identical replica of it in each node's
data folder, which is what each node's registry points to.

A single server with clients (``mixed-clients``) becomes a one-node cluster whose node is the
sandbox folder itself (``root`` "."), so the folder is both a normal server root and a deployment.

Also here: the sandbox's keyring accounts (for reset), and the simulated client update.
"""

from __future__ import annotations

from pathlib import Path

from ..core.common.paths import NODES_DIR
from ..core.fleet.interop import ServerVersion
from ..core.fleet.topology import (
    Cluster,
    ClusterKind,
    Forest,
    Node,
    Topology,
    load_topology,
    validate_topology,
)
from ..core.fleet.topology_store import save_topology
from ..core.install.models import Release, ServerRole
from ..core.keys.secrets import SecretStore, account_for
from .sandbox_server import build_machine
from .scenario_model import Scenario, ServerSpec


def _version(release: Release) -> ServerVersion:
    return "SP1" if release is Release.SP1 else "1.0"


def scenario_topology(scenario: Scenario) -> Topology | None:
    """The topology a scenario materialises (None for a scenario without one)."""
    if scenario.topology is None:
        return None
    deployment = scenario.deployment
    if deployment is not None:
        return Topology(
            forests=[Forest(name=name) for name in deployment.forests],
            clusters=[
                Cluster(
                    id=spec.id,
                    name=spec.name,
                    kind=spec.kind,
                    forest=spec.forest,
                    parent=spec.parent,
                    config_database=spec.config_database,
                    nodes=[
                        Node(
                            name=node.name,
                            root=f"{NODES_DIR}/{node.name}",
                            version=_version(node.release),
                            in_rotation=node.in_rotation,
                        )
                        for node in spec.nodes
                    ],
                )
                for spec in deployment.clusters
            ],
            clients=list(scenario.clients),
        )
    server = scenario.server
    assert server is not None and server.release is not None  # the Scenario model checks it
    kind: ClusterKind = (
        "root-certification" if server.role is ServerRole.ROOT_CERTIFICATION else "licensing"
    )
    return Topology(
        forests=[Forest(name=server.forest)],
        clusters=[
            Cluster(
                id=server.cluster_id,
                name=server.cluster_id,
                kind=kind,
                forest=server.forest,
                config_database=f"DRMS_Config_{server.cluster_id.replace('-', '_')}",
                nodes=[Node(name=server.name, root=".", version=_version(server.release))],
            )
        ],
        clients=list(scenario.clients),
    )


def scenario_servers(scenario: Scenario) -> list[tuple[str, ServerSpec]]:
    """Every server of the scenario: (its folder relative to the sandbox folder, its spec)."""
    deployment = scenario.deployment
    if deployment is None:
        if scenario.server is None:
            return []
        return [(".", scenario.server)]
    servers: list[tuple[str, ServerSpec]] = []
    for cluster in deployment.clusters:
        role = (
            ServerRole.ROOT_CERTIFICATION
            if cluster.kind == "root-certification"
            else ServerRole.LICENSING
        )
        for node in cluster.nodes:
            spec = ServerSpec(
                name=node.name,
                release=node.release,
                role=role,
                cluster_id=cluster.id,
                cluster_url=cluster.url,
                forest=cluster.forest,
            )
            servers.append((f"{NODES_DIR}/{node.name}", spec))
    return servers


def sandbox_accounts(scenario: Scenario) -> list[str]:
    """The keyring accounts the sandbox may hold for this scenario's servers."""
    return [account_for(spec.name, spec.cluster_id) for _, spec in scenario_servers(scenario)]


def forget_sandbox_secrets(scenario: Scenario, store: SecretStore | None = None) -> None:
    """Remove the scenario's passwords from the sandbox's keyring service (and from no other)."""
    (store or SecretStore(sandbox=True)).delete_all_sandbox(sandbox_accounts(scenario))


def topology_file(scenario: Scenario, folder: Path) -> Path | None:
    """Where the scenario's sandbox in ``folder`` keeps its topology (None: it has none)."""
    return None if scenario.topology is None else folder / scenario.topology


def build_deployment(scenario: Scenario, folder: Path) -> Topology:
    """Materialise a deployment scenario in ``folder``: every node, then ``topology.json``."""
    topology = scenario_topology(scenario)
    path = topology_file(scenario, folder)
    assert topology is not None and path is not None
    validate_topology(topology)
    folder.mkdir(parents=True, exist_ok=True)
    for relative, spec in scenario_servers(scenario):
        build_machine(folder.joinpath(*relative.split("/")), spec, scenario.password())
    save_topology(path, topology)
    return topology


def update_sandbox_clients(path: Path, names: list[str] | None = None) -> Topology:
    """The sandbox's client update: the named clients (default: all) at 1.0 get the SP1 client.

    Computers without an RMS client keep none: the SP1 package can install the client fresh, but
    that is a decision per computer, not part of updating. Returns the saved topology.
    """
    topology = load_topology(path)
    wanted = None if names is None else {name.casefold() for name in names}
    for client in topology.clients:
        if client.version == "1.0" and (wanted is None or client.name.casefold() in wanted):
            client.version = "SP1"
    save_topology(path, topology)
    return topology


def install_pending_os_updates(root: Path) -> list[str]:
    """The sandbox's stand-in for Windows Update: the pending updates of ``root`` are installed.

    Removes the pending critical and security updates from the mock machine's registry (written
    atomically) and returns their ids. Sandbox only: a real server gets them from Windows Update.
    """
    from ..core.common.paths import registry_file
    from ..core.install.regfile import read_reg, write_reg_atomic
    from ..core.install.registry import PENDING_UPDATES_KEY

    path = registry_file(root)
    reg = read_reg(path)
    key = reg.get_key(PENDING_UPDATES_KEY)
    names = [value.name for value in key.values] if key is not None else []
    for name in names:
        reg = reg.without_value(PENDING_UPDATES_KEY, name)
    if names:
        write_reg_atomic(path, reg)
    return names
