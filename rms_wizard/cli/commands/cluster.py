"""``rms-wizard cluster ...``: plan a rolling SP1 rollout, run it, and export it for Ansible."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ...core.common.messages import QT_TRANSLATE_NOOP
from ..context import Context
from ..output import EXIT_FAILED, EXIT_OK, emit, render, translate

if TYPE_CHECKING:
    from pydantic import SecretStr

    from ...core.fleet.cluster import RolloutPlan
    from ...core.fleet.rollout_result import NodeProgress, RolloutResult
    from ...core.fleet.topology import Cluster, Node


def cmd_cluster(ctx: Context) -> int:
    from ...core.fleet.cluster import plan_rollout
    from ...core.fleet.topology import load_topology

    args: argparse.Namespace = ctx.args
    topology = load_topology(Path(args.topology))
    if args.cluster_command == "export-ansible":
        from ...core.fleet.ansible_export import export_ansible

        written = export_ansible(topology, Path(args.out), max_batch=args.max_batch)
        for path in written:
            ctx.out(str(path))
        return 0
    plan = plan_rollout(topology, args.max_batch)
    if args.cluster_command == "apply":
        return _cmd_apply(ctx, plan)
    if args.json:
        ctx.json(plan.to_json_dict())
        return 0
    for number, wave in enumerate(plan.waves, start=1):
        nodes = ", ".join(f"{i.node} ({i.cluster})" for i in wave)
        ctx.out(translate(QT_TRANSLATE_NOOP("cli", "Wave %1: %2"), number, nodes))
    for warning in plan.warnings:
        ctx.out("! " + render(warning))
    return 0


def _keyring_passwords(ctx: Context, plan: RolloutPlan) -> Callable[[Cluster, Node], SecretStr]:
    """Every planned node's password from the keyring, looked up before anything changes."""
    from ...core.common.paths import is_sandbox
    from ...core.fleet.topology import load_topology
    from ...core.keys.keyring_lookup import required_password
    from ...core.keys.secrets import SecretStore, account_for

    path = Path(ctx.args.topology)
    store = SecretStore(sandbox=is_sandbox(path.resolve().parent))
    topology = load_topology(path)
    planned = {(item.cluster, item.node) for wave in plan.waves for item in wave}
    found: dict[str, SecretStr] = {}
    for cluster in topology.clusters:
        for node in cluster.nodes:
            if (cluster.id, node.name) not in planned:
                continue
            secret = required_password(store, node.name, cluster.id)
            ctx.log.add_secret(secret)
            found[account_for(node.name, cluster.id)] = secret

    def lookup(cluster: Cluster, node: Node) -> SecretStr:
        return found[account_for(node.name, cluster.id)]

    return lookup


def _cmd_apply(ctx: Context, plan: RolloutPlan) -> int:
    from ...core.fleet.cluster_exec import run_rollout
    from ...core.fleet.rollout_status import status_line

    args: argparse.Namespace = ctx.args
    password: SecretStr | Callable[[Cluster, Node], SecretStr]
    password = _keyring_passwords(ctx, plan) if args.password_from_keyring else ctx.read_password()
    lock = threading.Lock()

    def show(event: NodeProgress) -> None:
        if event.status == "applying":
            return
        text = render(status_line(event.status))
        if event.message is not None:
            text += ": " + render(event.message)
        ctx.log.line(f"rollout wave {event.wave} {event.cluster}/{event.node}: {event.status}")
        with lock:
            emit(
                sys.stderr,
                translate(
                    QT_TRANSLATE_NOOP("cli", "[wave %1] %2 (%3): %4"),
                    event.wave or "-",
                    event.node,
                    event.cluster,
                    text,
                )
                + "\n",
            )

    result = run_rollout(
        Path(args.topology),
        Path(args.backup_dir),
        password,
        plan=plan,
        max_parallel=args.max_parallel,
        include_logging_db=args.include_logging_db,
        progress=show,
        cancel=ctx.cancel,
    )
    _print_result(ctx, result)
    return EXIT_OK if result.completed else EXIT_FAILED


def _print_result(ctx: Context, result: RolloutResult) -> None:
    from ...core.fleet.rollout_status import status_line

    if ctx.args.json:
        ctx.json(
            {
                "completed": result.completed,
                "cancelled": result.cancelled,
                "cluster_backups": result.cluster_backups,
                "nodes": [
                    {
                        "wave": o.wave,
                        "cluster": o.cluster,
                        "node": o.node,
                        "status": o.status,
                        "in_rotation": o.in_rotation,
                        "message": render(o.message) if o.message else None,
                    }
                    for o in result.outcomes
                ],
            }
        )
        return
    for cluster_id, folder in result.cluster_backups.items():
        ctx.out(translate(QT_TRANSLATE_NOOP("cli", "Backup of cluster %1: %2"), cluster_id, folder))
    for o in result.outcomes:
        ctx.out(f"{o.wave:>3}  {o.node:<20}{o.cluster:<24}{render(status_line(o.status))}")
    failed = result.failed
    if failed is not None and failed.message is not None:
        ctx.out(render(failed.message))
        ctx.out(
            translate(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The rollout stopped. The deployment runs a mix of 1.0 and SP1 servers, which work together; run the same command again to resume.",
                )
            )
        )
    elif result.cancelled:
        ctx.out(
            translate(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The rollout was cancelled between nodes; run the same command again to resume.",
                )
            )
        )
    else:
        ctx.out(translate(QT_TRANSLATE_NOOP("cli", "Every node of the deployment runs SP1.")))
