"""Entry point: the wizard by default, the CLI when a subcommand is given."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .cli.command_names import COMMAND_NAMES
from .cli.global_options import value_options


def _command_of(argv: Sequence[str]) -> str | None:
    """The first word that is neither an option nor an option's value, as argparse reads it:
    ``--sandbox cluster`` names the scenario ``cluster``, not the command ``cluster``."""
    takes_value = value_options()
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--":
            return argv[index + 1] if index + 1 < len(argv) else None
        if word in takes_value:
            index += 2
            continue
        if word == "--sandbox":
            has_value = index + 1 < len(argv) and not argv[index + 1].startswith("-")
            index += 2 if has_value else 1
            continue
        if not word.startswith("-"):
            return word
        index += 1
    return None


def _wants_cli(argv: Sequence[str]) -> bool:
    if any(a in ("-h", "--help", "--version") for a in argv):
        return True
    command = _command_of(argv)
    return command is not None and command in COMMAND_NAMES


def main(argv: Sequence[str] | None = None) -> int:
    # Before any password can be read (CLI or wizard): no core dump may ever hold it.
    from .dump_guard import forbid_core_dumps

    forbid_core_dumps()
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_cli(args):
        from .cli.main import run

        return run(args)
    from .ui.app import run_gui

    return run_gui(args)


def gui_main() -> int:
    from .dump_guard import forbid_core_dumps
    from .ui.app import run_gui

    forbid_core_dumps()

    return run_gui(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
