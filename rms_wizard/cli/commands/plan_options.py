"""The plan request's options on the command line: ``--mode`` (Windows Installer's
``REINSTALLMODE`` letters) and ``--changed-files`` (how an unversioned file is found changed)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ...core.messages import QT_TRANSLATE_NOOP
from ...core.models import InstallState
from ...core.reinstall_mode import DEFAULT_MODE, PlanOptions, ReinstallMode, UserModifiedRule


def add_plan_options(parser: argparse.ArgumentParser, translate: Callable[[str], str]) -> None:
    parser.add_argument(
        "--mode",
        default=DEFAULT_MODE,
        metavar="LETTERS",
        help=translate(
            QT_TRANSLATE_NOOP(
                "cli",
                "Windows Installer's REINSTALLMODE letters: p o e d c a (files), u m s v (default omus)",
            )
        ),
    )
    parser.add_argument(
        "--changed-files",
        choices=[rule.value for rule in UserModifiedRule],
        default=UserModifiedRule.CONTENT.value,
        help=translate(
            QT_TRANSLATE_NOOP(
                "cli",
                "how a file without a version is found changed by you: content (differs from RMS 1.0's, the default) or dates (modified after created)",
            )
        ),
    )


def plan_options(args: argparse.Namespace, state: InstallState) -> tuple[PlanOptions, InstallState]:
    """The options the arguments ask for (a bad mode is a :class:`BadInputError`), and ``state``
    with the file dates read when the dates rule needs them."""
    options = PlanOptions(
        reinstall_mode=ReinstallMode.parse(args.mode),
        user_modified=UserModifiedRule(args.changed_files),
    )
    if options.user_modified is UserModifiedRule.DATES and state.install_dir:
        from ...core.file_dates import with_file_dates

        state = with_file_dates(state, Path(state.install_dir))
    return options, state
