"""Export the rolling rollout as an Ansible inventory and playbook.

Real fleets are updated by an orchestration engine, not by the wizard reaching into many servers.
:func:`export_ansible` writes ``inventory.ini`` and ``site.yml`` that perform the waves of
:func:`~rms_wizard.core.fleet.cluster.plan_rollout`: one play per cluster in rollout order (root
certification clusters before the licensing clusters sub-enrolled to them), ``serial`` set to the
cluster's batch size, ``max_fail_percentage: 0``, and on each node: drain, ``rms-wizard replay`` of the node's answer
file (``answers/<node>.json``, written too), ``verify``, return to rotation, and a health check
before the next batch.

The files are generated as text (no YAML library at run time); every value that comes from the
topology is written as a quoted scalar, so no name can change the files' structure.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

from ..common.atomic import write_atomic
from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg, os_error_message
from .answers import SCHEMA_ID, AnswerFile
from .cluster import RolloutPlan, cluster_batch_size, plan_rollout, roots_first
from .topology import Cluster, Topology

INVENTORY_NAME = "inventory.ini"
PLAYBOOK_NAME = "site.yml"
#: Each node's answer file (``answers/<node>.json``), which the playbook replays on that node.
ANSWERS_DIR = "answers"
#: Where each node's backup goes, below its root: ``rms-sp1-backup/<server>-<time>``.
NODE_BACKUP_DIR = "rms-sp1-backup/{server}-{time}"

# What an Ansible INI inventory accepts as a plain host name (no ranges, ports or comments).
_HOST_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*$")
_JINJA_MARKERS = ("{{", "{%", "{#")

# The endpoint that answers on a healthy node; 401 (Windows authentication asked) is healthy too.
_HEALTH_PATHS = {
    "root-certification": "/_wmcs/certification/certification.asmx",
    "licensing": "/_wmcs/licensing/license.asmx",
}


def export_ansible(
    topology: Topology,
    out_dir: Path,
    *,
    max_batch: int = 1,
    wizard_command: str = "rms-wizard",
) -> list[Path]:
    """Write ``inventory.ini`` and ``site.yml`` for ``topology`` into ``out_dir`` (created).

    Returns the written paths. Raises :class:`BadInputError` for an invalid topology, a batch
    size below one, a node name Ansible cannot use as a host, or an output folder that cannot be
    written. Each file is replaced atomically.
    """
    plan = plan_rollout(topology, max_batch)
    _check_ansible_names(topology, wizard_command)
    cluster_groups, forest_groups = _group_names(topology)
    inventory = _inventory(topology, cluster_groups, forest_groups)
    playbook = _playbook(topology, plan, max_batch, cluster_groups, forest_groups, wizard_command)
    files = [(INVENTORY_NAME, inventory), (PLAYBOOK_NAME, playbook)]
    files += [(f"{ANSWERS_DIR}/{node}.json", text) for node, text in _answer_files(topology)]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / ANSWERS_DIR).mkdir(exist_ok=True)
        written = []
        for name, text in files:
            path = out_dir / name
            write_atomic(path, text)
            written.append(path)
    except OSError as exc:
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP("core", "Cannot write the Ansible files to %1: %2"),
                out_dir,
                os_error_message(exc),
            )
        ) from None
    return written


def _answer_files(topology: Topology) -> list[tuple[str, str]]:
    """(node name, answer-file text) for every node still at 1.0: the update ``replay`` does on
    it -- back up (configuration database, private key) into the node's backup folder and
    verify, apply SP1, verify. The same answers the wizard would record for that server."""
    return [
        (
            node.name,
            AnswerFile(
                schema_id=SCHEMA_ID,
                operation="update",
                root=node.root,
                backup_dir=NODE_BACKUP_DIR,
            ).dump_json(),
        )
        for cluster in roots_first(topology.clusters)
        for node in cluster.nodes
        if node.version != "SP1"
    ]


def _check_ansible_names(topology: Topology, wizard_command: str) -> None:
    for cluster in topology.clusters:
        for node in cluster.nodes:
            if not _HOST_NAME.match(node.name):
                raise BadInputError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "The node name %1 cannot be an Ansible host name (use letters, "
                            "digits, '.', '-' and '_').",
                        ),
                        node.name,
                    )
                )
            if any(marker in node.root for marker in _JINJA_MARKERS):
                raise BadInputError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "The folder %1 of node %2 contains a template marker ({{, {% or {#) "
                            "that Ansible would evaluate.",
                        ),
                        node.root,
                        node.name,
                    )
                )
    command = wizard_command.strip()
    if not command or "\n" in command or any(m in command for m in _JINJA_MARKERS):
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "The wizard command %1 is not a single command line for Ansible."
                ),
                json.dumps(wizard_command),
            )
        )


def _group_names(topology: Topology) -> tuple[dict[str, str], dict[str, str]]:
    """Ansible group names for clusters and forests: ``cluster_<id>``, ``forest_<name>``.

    Characters Ansible does not allow in a group name become ``_``; when two names then collide,
    the later one gets ``_2``, ``_3``...
    """
    used: set[str] = set()

    def unique(prefix: str, name: str) -> str:
        base = prefix + re.sub(r"\W", "_", name, flags=re.ASCII)
        candidate, number = base, 1
        while candidate in used:
            number += 1
            candidate = base + "_" + str(number)
        used.add(candidate)
        return candidate

    forests = {forest.name: unique("forest_", forest.name) for forest in topology.forests}
    clusters = {cluster.id: unique("cluster_", cluster.id) for cluster in topology.clusters}
    return clusters, forests


def _ini_value(value: str | bool) -> str:
    """A host variable for an INI inventory line, read back by Ansible exactly as given.

    Ansible splits a host line like a shell and then evaluates each value as a Python literal, so
    a string goes in as a quoted literal (``'"nodes/a b"'``): ``1.0`` stays text, not a number.
    """
    if isinstance(value, bool):
        return str(value)
    return shlex.quote(json.dumps(value, ensure_ascii=False))


def _inventory(
    topology: Topology, cluster_groups: dict[str, str], forest_groups: dict[str, str]
) -> str:
    lines = [
        "# Ansible inventory written by rms-wizard - regenerate it, do not edit.",
        "# One group per cluster (cluster_<id>), grouped by forest (forest_<name>), root",
        "# certification clusters first. Only nodes still at RMS 1.0 are listed.",
        "# rms_root: the node's RMS installation folder as the topology gives it (relative to the",
        "# topology file's folder in the sandbox). ADAPT it to the real folder on each node.",
        "# rms_in_rotation: whether the node serves requests now (a drained node stays drained).",
        "# Each node's choices are in answers/<node>.json (rms-wizard answers check FILE):",
        "# ADAPT its backup_dir, the folder where the node's backup goes before the update.",
    ]
    for forest in topology.forests:
        members = roots_first([c for c in topology.clusters if c.forest == forest.name])
        lines += ["", "[" + forest_groups[forest.name] + ":children]"]
        lines += [cluster_groups[cluster.id] for cluster in members]
    for cluster in roots_first(topology.clusters):
        lines += ["", "[" + cluster_groups[cluster.id] + "]"]
        for node in cluster.nodes:
            if node.version == "SP1":
                lines.append("# " + node.name + " is already at SP1 (skipped)")
                continue
            lines.append(
                node.name
                + " rms_root="
                + _ini_value(node.root)
                + " rms_in_rotation="
                + _ini_value(node.in_rotation)
            )
    return "\n".join(lines) + "\n"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is a subset of YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def _playbook(
    topology: Topology,
    plan: RolloutPlan,
    max_batch: int,
    cluster_groups: dict[str, str],
    forest_groups: dict[str, str],
    wizard_command: str,
) -> str:
    command = wizard_command.strip()
    example_forest = next(iter(forest_groups.values()), "forest_<name>")
    lines = [
        "# Ansible playbook written by rms-wizard: the rolling update of the RMS clusters to SP1.",
        "#",
        "# One play per cluster in rollout order: root certification clusters before the",
        "# licensing clusters sub-enrolled to them. Each play updates `serial` nodes at a time",
        "# (never every node in rotation) and a failure stops the whole run",
        "# (max_fail_percentage: 0). rms-wizard rolls a failed node back itself; SP1 and 1.0",
        "# servers work together, so a stopped run leaves a working mixed deployment.",
        "#",
        "# Clusters in different forests are independent (group expansion across forests): to",
        "# update the forests in parallel, run this playbook once per forest, for example",
        "#   ansible-playbook -i inventory.ini site.yml --limit " + example_forest,
        "#",
        "# Lines marked ADAPT are placeholders for your environment (load balancer, cluster URL).",
        "# The private key's password comes from each node's keyring (--password-from-keyring);",
        "# it never appears in this playbook, its variables or a command line.",
        "# Windows nodes: use ansible.windows.win_command instead of ansible.builtin.command.",
    ]
    by_id = {cluster.id: cluster for cluster in topology.clusters}
    order = plan.cluster_order()
    for cluster in topology.clusters:
        if cluster.id not in order:
            lines += ["", "# Cluster " + _q(cluster.id) + ": every node is at SP1, nothing to do."]
    for cluster_id in order:
        cluster = by_id[cluster_id]
        lines += ["", *_play(cluster, cluster_groups[cluster.id], max_batch, command)]
    return "\n".join(lines) + "\n"


def _play(cluster: Cluster, group: str, max_batch: int, command: str) -> list[str]:
    kind = "root certification" if cluster.kind == "root-certification" else "licensing"
    title = "RMS " + kind + " cluster " + cluster.id + " (forest " + cluster.forest + ") to SP1"
    health_url = "https://{{ inventory_hostname }}" + _HEALTH_PATHS[cluster.kind]
    root = "--root {{ rms_root | quote }}"
    answers = (
        "{{ (playbook_dir ~ '/" + ANSWERS_DIR + "/' ~ inventory_hostname ~ '.json') | quote }}"
    )
    replay = command + " replay " + answers + " " + root
    lines = [
        "- name: " + _q(title),
        "  hosts: " + group,
        "  serial: " + str(cluster_batch_size(cluster, max_batch)),
        "  max_fail_percentage: 0",
        "  gather_facts: false",
        "  vars:",
        "    # ADAPT: the URL of this cluster behind the load balancer (or of each node).",
        "    rms_health_url: " + _q(health_url),
        "  tasks:",
        "    - name: " + _q("Drain the node (take it out of the load balancer's rotation)"),
        "      # ADAPT: placeholder, replace with your load balancer's drain command.",
        "      ansible.builtin.command: " + _q("echo ADAPT drain {{ inventory_hostname }}"),
        "      when: rms_in_rotation | bool",
        "      changed_when: false",
        "",
        "    - name: "
        + _q("Apply RMS SP1 with rms-wizard replay (backup and verify first, rollback on failure)"),
        "      ansible.builtin.command: " + _q(replay + " --password-from-keyring"),
        "      environment:",
        "        # Training only: a fault drill on this node (host variable rms_fault, e.g.",
        "        # fail-at-step:6). Never set rms_fault for a production node.",
        "        RMS_WIZARD_FAULT: " + _q("{{ rms_fault | default('') }}"),
        "",
        "    - name: " + _q("Verify the SP1 installation"),
        "      ansible.builtin.command: " + _q(command + " verify " + root),
        "      changed_when: false",
        "",
        "    - name: " + _q("Return the node to rotation"),
        "      # ADAPT: placeholder, replace with your load balancer's command.",
        "      ansible.builtin.command: "
        + _q("echo ADAPT return {{ inventory_hostname }} to rotation"),
        "      when: rms_in_rotation | bool",
        "      changed_when: false",
        "",
        "    - name: "
        + _q("Health check before the next batch (401 = RMS asks for Windows sign-in)"),
        "      ansible.builtin.uri:",
        "        url: " + _q("{{ rms_health_url }}"),
        "        status_code: [200, 401]",
        "      delegate_to: localhost",
        "      register: rms_health",
        "      until: rms_health.status in [200, 401]",
        "      retries: 10",
        "      delay: 15",
    ]
    return lines
