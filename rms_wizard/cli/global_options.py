"""The options before a command, shared by the CLI's parser and the wizard's (``ui/app.py``).

One definition, so the two parsers cannot drift apart: ``rms-wizard --lang nl --root DIR`` means
the same to the wizard and to a command. Light to import (argparse and the string marker only):
the wizard's start and the entry point read it before anything else.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..core.common.messages import QT_TRANSLATE_NOOP

#: ``--seed N``'s help (also ``sandbox create --seed N``'s).
SEED_HELP = QT_TRANSLATE_NOOP(
    "cli", "draw the scenario's values (password, names) from seed N: the same N, the same run"
)


#: The global options that name a file, in ``--help``'s order, with their help texts.
_FILE_OPTIONS = {
    "--log": QT_TRANSLATE_NOOP("cli", "also write the verbose setup log to FILE"),
    "--report": QT_TRANSLATE_NOOP("cli", "write an HTML report of the run to FILE"),
    "--save-answers": QT_TRANSLATE_NOOP("cli", "the wizard writes the choices of this run to FILE"),
    "--answers": QT_TRANSLATE_NOOP("cli", "the wizard starts with the choices recorded in FILE"),
}


class TrainerFolder(argparse.Action):
    """``--scenarios DIR``: the trainer's folder, for every command and the wizard."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        from ..training.scenario_library import use_trainer_folder

        setattr(namespace, self.dest, values)
        use_trainer_folder(Path(str(values)))


def add_global_options(
    parser: argparse.ArgumentParser, translate: Callable[[str], str] | None = None
) -> None:
    """``--lang``, ``--log``, ``--report``, the answer files, the trainer's scenarios, ``--seed``,
    ``--sandbox``, ``--root`` and ``--reduce-motion``, in the order ``--help`` lists them. ``translate`` gives the help
    texts (the CLI's ``--help``); the wizard, which shows none, passes nothing."""

    def text(source: str) -> str | None:
        return translate(source) if translate is not None else None

    parser.add_argument(
        "--lang", choices=["en", "nl"], help=text(QT_TRANSLATE_NOOP("cli", "language of messages"))
    )
    for option, help_source in _FILE_OPTIONS.items():
        parser.add_argument(option, metavar="FILE", help=text(help_source))
    parser.add_argument(
        "--scenarios",
        metavar="DIR",
        action=TrainerFolder,
        help=text(QT_TRANSLATE_NOOP("cli", "also offer the trainer's scenarios in DIR")),
    )
    parser.add_argument("--seed", metavar="N", type=int, help=text(SEED_HELP))
    parser.add_argument(
        "--sandbox",
        nargs="?",
        const="",
        metavar="SCENARIO",
        help=text(
            QT_TRANSLATE_NOOP("cli", "open the wizard in sandbox mode on a fresh copy of SCENARIO")
        ),
    )
    parser.add_argument(
        "--root",
        metavar="DIR",
        help=text(QT_TRANSLATE_NOOP("cli", "the install folder (mock server root)")),
    )
    parser.add_argument(
        "--reduce-motion",
        action="store_true",
        help=text(
            QT_TRANSLATE_NOOP(
                "cli", "the wizard's busy bars stand still (also RMS_WIZARD_REDUCE_MOTION=1)"
            )
        ),
    )


def value_options() -> frozenset[str]:
    """The global options that take a value (``--sandbox``'s is optional, so it is not one): the
    entry point skips their values when it looks for a command."""
    parser = argparse.ArgumentParser(add_help=False)
    add_global_options(parser)
    return frozenset(
        option
        for action in parser._actions  # argparse keeps no public list of them
        if action.nargs is None
        for option in action.option_strings
    )
