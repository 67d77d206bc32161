"""The CLI's arguments: the options before a command (shared with the wizard) and each command's.

``base`` holds the parts every command is made of; ``server``, ``training`` and ``fleet`` one
function per command, in the order ``rms-wizard --help`` lists them.
"""

from __future__ import annotations

from ... import __version__
from ...core.common.messages import QT_TRANSLATE_NOOP
from ..global_options import add_global_options
from ..output import translate
from . import fleet, server, training
from .base import CliParser, use_catalogue_for_argparse


def build_parser() -> CliParser:
    use_catalogue_for_argparse()  # before any parser exists: "-h"'s help is translated on creation
    p = CliParser(
        prog="rms-wizard",
        description=translate(
            QT_TRANSLATE_NOOP(
                "cli",
                "Update a Windows RMS 1.0 server to SP1, and back. Without a command, the wizard opens.",
            )
        ),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"rms-wizard {__version__}",
        help=translate(QT_TRANSLATE_NOOP("cli", "show the program's version and exit")),
    )
    add_global_options(p, translate)
    sub = p.add_subparsers(dest="command", parser_class=CliParser)
    for add_command in (
        server.add_detect,
        server.add_plan,
        server.add_repair,
        server.add_backup,
        server.add_apply,
        server.add_uninstall,
        server.add_recover,
        server.add_verify,
        training.add_scenarios,
        training.add_sandbox,
        server.add_interop,
        fleet.add_cluster,
        fleet.add_answers,
        fleet.add_replay,
        training.add_debrief,
        training.add_scenario,
    ):
        add_command(sub)
    return p


__all__ = ["CliParser", "build_parser"]
