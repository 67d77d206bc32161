"""The parts every command's arguments are made of: the parser class (one translated usage line,
exit code 2), argparse's own texts from our catalogue, the password options, a command on a server.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from typing import Any, NoReturn

from ...core.common.messages import QT_TRANSLATE_NOOP
from ..output import EXIT_BAD_INPUT, emit, translate

#: The texts argparse itself shows (its help layout and the reasons of a usage error), marked for
#: the catalogue. argparse asks gettext for them; :func:`use_catalogue_for_argparse` makes it ask
#: ours instead, under the context "argparse". The %-fields are argparse's own and stay as they are.
_ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
)


def _argparse_gettext(text: str | None) -> str | None:
    """argparse's ``_``: its text from our catalogue (the English source when it has none)."""
    if not text:
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("argparse", text)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    # Only for texts this CLI cannot produce (nargs=N, conflicting option strings): English.
    return singular if n == 1 else plural


def use_catalogue_for_argparse() -> None:
    """Route argparse's gettext calls to our catalogue (argparse looks ``_`` up at each call)."""
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]


class CliParser(argparse.ArgumentParser):
    """argparse with one translated error line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        emit(
            sys.stderr,
            translate(QT_TRANSLATE_NOOP("cli", "rms-wizard: usage error: %1"), message) + "\n",
        )
        raise SystemExit(EXIT_BAD_INPUT)


def add_password_options(
    cmd: argparse.ArgumentParser, *, required: bool = True, keyring_help: str | None = None
) -> None:
    """``--password-stdin`` | ``--password-from-keyring``: the only ways a password comes in."""
    group = cmd.add_mutually_exclusive_group(required=required)
    group.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate(
            QT_TRANSLATE_NOOP("cli", "read the private-key password from standard input")
        ),
    )
    group.add_argument(
        "--password-from-keyring",
        action="store_true",
        help=keyring_help
        or translate(QT_TRANSLATE_NOOP("cli", "take the private-key password from the keyring")),
    )


def add_root_command(sub: Any, name: str, help_text: str) -> CliParser:
    """A command that works on one server folder: ``--root DIR`` (needed) and ``--log FILE``."""
    cmd: CliParser = sub.add_parser(name, help=help_text)
    cmd.add_argument("--root", required=True, metavar="DIR")
    cmd.add_argument("--log", metavar="FILE", default=argparse.SUPPRESS)
    return cmd


def add_command_group(sub: Any, name: str, help_source: str) -> Any:
    """A command made of commands (``cluster plan``, ``sandbox reset``), its help marked with
    ``QT_TRANSLATE_NOOP``: the action its own commands are added to; the one given lands in
    ``<name>_command``."""
    group = sub.add_parser(name, help=translate(help_source))
    return group.add_subparsers(dest=f"{name}_command", required=True, parser_class=CliParser)


def add_file_format_group(
    sub: Any, name: str, help_source: str, commands: Mapping[str, str]
) -> None:
    """The commands of a file format (``answers check FILE``, ``scenario schema``), each with its
    marked help, in ``--help``'s order; ``check`` takes the file it checks."""
    group = add_command_group(sub, name, help_source)
    for command, command_help in commands.items():
        parser = group.add_parser(command, help=translate(command_help))
        if command == "check":
            parser.add_argument("file", metavar="FILE")
