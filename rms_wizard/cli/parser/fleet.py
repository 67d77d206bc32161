"""The arguments of the commands beyond one wizard run: the cluster rollout, answer files and
their unattended replay."""

from __future__ import annotations

import argparse
from typing import Any

from ...core.common.messages import QT_TRANSLATE_NOOP
from ..output import translate
from .base import add_command_group, add_file_format_group, add_password_options

#: ``answers``'s help, and its commands' in ``--help``'s order.
_ANSWERS_HELP = QT_TRANSLATE_NOOP("cli", "check, explain or describe an answer file")
_ANSWERS_COMMANDS = {
    "check": QT_TRANSLATE_NOOP("cli", "check an answer file (exit 0 when it is valid)"),
    "example": QT_TRANSLATE_NOOP("cli", "print an example answer file, explained"),
    "schema": QT_TRANSLATE_NOOP("cli", "print the JSON Schema of answer files"),
}


def add_cluster(sub: Any) -> None:
    csub = add_command_group(
        sub, "cluster", QT_TRANSLATE_NOOP("cli", "plan and run a rolling SP1 rollout over clusters")
    )
    plan = csub.add_parser("plan")
    plan.add_argument("--topology", required=True, metavar="FILE")
    plan.add_argument("--max-batch", type=int, default=1, metavar="N")
    plan.add_argument("--json", action="store_true")
    export = csub.add_parser("export-ansible")
    export.add_argument("--topology", required=True, metavar="FILE")
    export.add_argument("--out", required=True, metavar="DIR")
    export.add_argument("--max-batch", type=int, default=1, metavar="N")
    apply = csub.add_parser(
        "apply",
        help=translate(
            QT_TRANSLATE_NOOP("cli", "run the rolling rollout on the nodes of a topology")
        ),
    )
    apply.add_argument("--topology", required=True, metavar="FILE")
    apply.add_argument(
        "--backup-dir",
        required=True,
        metavar="DIR",
        help=translate(
            QT_TRANSLATE_NOOP("cli", "where the cluster and node backups go (or are found)")
        ),
    )
    apply.add_argument("--max-batch", type=int, default=1, metavar="N")
    apply.add_argument(
        "--max-parallel",
        type=int,
        default=2,
        metavar="N",
        help=translate(
            QT_TRANSLATE_NOOP("cli", "update at most N nodes of a wave at the same time")
        ),
    )
    apply.add_argument("--include-logging-db", action="store_true")
    apply.add_argument("--json", action="store_true")
    add_password_options(
        apply,
        keyring_help=translate(
            QT_TRANSLATE_NOOP("cli", "take each node's private-key password from the keyring")
        ),
    )


def add_answers(sub: Any) -> None:
    add_file_format_group(sub, "answers", _ANSWERS_HELP, _ANSWERS_COMMANDS)


def add_replay(sub: Any) -> None:
    replay = sub.add_parser(
        "replay",
        help=translate(
            QT_TRANSLATE_NOOP("cli", "do what an answer file recorded, unattended, on one server")
        ),
    )
    replay.add_argument("file", metavar="FILE")
    replay.add_argument(
        "--root",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=translate(
            QT_TRANSLATE_NOOP("cli", "the server folder (instead of the recorded root)")
        ),
    )
    replay.add_argument(
        "--dry-run",
        action="store_true",
        help=translate(QT_TRANSLATE_NOOP("cli", "print the plan file by file and change nothing")),
    )
    replay.add_argument("--json", action="store_true")
    replay.add_argument("--log", metavar="FILE", default=argparse.SUPPRESS)
    replay.add_argument("--report", metavar="FILE", default=argparse.SUPPRESS)
    add_password_options(replay, required=False)
