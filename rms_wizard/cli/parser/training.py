"""The arguments of the training commands: the scenarios, a sandbox, a trainer's scenario file,
and the debrief."""

from __future__ import annotations

import argparse
from typing import Any

from ...core.common.messages import QT_TRANSLATE_NOOP
from ..global_options import SEED_HELP
from ..output import translate
from .base import add_command_group, add_file_format_group

#: ``scenario``'s help, and its commands' in ``--help``'s order.
_SCENARIO_HELP = QT_TRANSLATE_NOOP("cli", "check a trainer's scenario file")
_SCENARIO_COMMANDS = {
    "check": QT_TRANSLATE_NOOP("cli", "check a scenario file (exit 0 when it is valid)"),
    "schema": QT_TRANSLATE_NOOP("cli", "print the JSON Schema of scenario files"),
}


def add_scenarios(sub: Any) -> None:
    c = sub.add_parser(
        "scenarios", help=translate(QT_TRANSLATE_NOOP("cli", "list the sandbox training scenarios"))
    )
    c.add_argument("--json", action="store_true")


def add_sandbox(sub: Any) -> None:
    sb = add_command_group(sub, "sandbox", QT_TRANSLATE_NOOP("cli", "create or reset a sandbox"))
    create = sb.add_parser("create")
    create.add_argument("scenario")
    create.add_argument("dir")
    create.add_argument("--json", action="store_true")
    # suppressed when absent: the global --seed may hold it
    create.add_argument(
        "--seed", metavar="N", type=int, default=argparse.SUPPRESS, help=translate(SEED_HELP)
    )
    reset = sb.add_parser("reset")
    reset.add_argument("dir")
    reset.add_argument("--json", action="store_true")


def add_scenario(sub: Any) -> None:
    add_file_format_group(sub, "scenario", _SCENARIO_HELP, _SCENARIO_COMMANDS)


def add_debrief(sub: Any) -> None:
    c = sub.add_parser(
        "debrief",
        help=translate(
            QT_TRANSLATE_NOOP(
                "cli", "score a sandbox (debrief SANDBOX_DIR), or a class (debrief collect DIR...)"
            )
        ),
    )
    c.add_argument("paths", nargs="+", metavar="SANDBOX_DIR")
    c.add_argument("--json", action="store_true")
    c.add_argument(
        "--html",
        metavar="FILE",
        help=translate(
            QT_TRANSLATE_NOOP("cli", "also write the debrief (or the overview) as HTML")
        ),
    )
    c.add_argument(
        "--csv",
        metavar="FILE",
        help=translate(QT_TRANSLATE_NOOP("cli", "collect: write the class overview as CSV")),
    )
