"""Entry point: the wizard by default, the CLI when a subcommand is given."""

from __future__ import annotations

import sys
from collections.abc import Sequence

SUBCOMMANDS = {
    "detect",
    "plan",
    "backup",
    "apply",
    "uninstall",
    "recover",
    "verify",
    "scenarios",
    "sandbox",
    "interop",
    "cluster",
    "answers",
    "replay",
}


def _wants_cli(argv: Sequence[str]) -> bool:
    return any(a in SUBCOMMANDS for a in argv) or any(
        a in ("-h", "--help", "--version") for a in argv
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_cli(args):
        from .cli import run

        return run(args)
    from .ui.app import run_gui

    return run_gui(args)


def gui_main() -> int:
    from .ui.app import run_gui

    return run_gui(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
