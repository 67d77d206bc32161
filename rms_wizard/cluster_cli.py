"""``rms-wizard cluster ...``: plan a rolling SP1 rollout, and export it for Ansible."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .core.messages import QT_TRANSLATE_NOOP


def add_cluster_commands(sub: Any, commands: dict[str, Callable[[Any], int]]) -> None:
    from .cli import CliParser, _t

    cluster = sub.add_parser(
        "cluster",
        help=_t(QT_TRANSLATE_NOOP("cli", "plan and run a rolling SP1 rollout over clusters")),
    )
    csub = cluster.add_subparsers(dest="cluster_command", required=True, parser_class=CliParser)
    plan = csub.add_parser("plan")
    plan.add_argument("--topology", required=True, metavar="FILE")
    plan.add_argument("--max-batch", type=int, default=1, metavar="N")
    plan.add_argument("--json", action="store_true")
    export = csub.add_parser("export-ansible")
    export.add_argument("--topology", required=True, metavar="FILE")
    export.add_argument("--out", required=True, metavar="DIR")
    export.add_argument("--max-batch", type=int, default=1, metavar="N")
    commands["cluster"] = cmd_cluster


def cmd_cluster(ctx: Any) -> int:
    from .cli import _m, _t
    from .core.cluster import load_topology, plan_rollout

    args: argparse.Namespace = ctx.args
    topology = load_topology(Path(args.topology))
    if args.cluster_command == "export-ansible":
        from .core.ansible_export import export_ansible

        written = export_ansible(topology, Path(args.out), max_batch=args.max_batch)
        for path in written:
            ctx.out(str(path))
        return 0
    plan = plan_rollout(topology, args.max_batch)
    if args.json:
        ctx.json(plan.to_json_dict())
        return 0
    for number, wave in enumerate(plan.waves, start=1):
        nodes = ", ".join(f"{i.node} ({i.cluster})" for i in wave)
        ctx.out(_t(QT_TRANSLATE_NOOP("cli", "Wave %1: %2"), number, nodes))
    for warning in plan.warnings:
        ctx.out("! " + _m(warning))
    return 0
