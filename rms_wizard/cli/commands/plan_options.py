"""The plan request's options from the command line: ``--mode`` (Windows Installer's
``REINSTALLMODE`` letters) and ``--changed-files`` (how an unversioned file is found changed);
the options themselves are defined in :mod:`rms_wizard.cli.parser.server`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ...core.engine.reinstall_mode import PlanOptions, ReinstallMode, UserModifiedRule
from ...core.install.models import InstallState


def plan_options(args: argparse.Namespace, state: InstallState) -> tuple[PlanOptions, InstallState]:
    """The options the arguments ask for (a bad mode is a :class:`BadInputError`), and ``state``
    with the file dates read when the dates rule needs them."""
    options = PlanOptions(
        reinstall_mode=ReinstallMode.parse(args.mode),
        user_modified=UserModifiedRule(args.changed_files),
    )
    if options.user_modified is UserModifiedRule.DATES and state.install_dir:
        from ...core.install.file_dates import with_file_dates

        state = with_file_dates(state, Path(state.install_dir))
    return options, state
