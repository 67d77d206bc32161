"""The names of the CLI's commands: how the entry point tells a command from the wizard's options.

Kept apart from the commands themselves, so ``python -m rms_wizard`` decides between the wizard and
the CLI without importing either (start-up time). ``tests/cli/test_command_names.py`` holds these
names, the registry (:mod:`rms_wizard.cli.registry`) and the parser's commands to one list.
"""

from __future__ import annotations

#: In the order ``rms-wizard --help`` lists them.
COMMAND_NAMES = (
    "detect",
    "plan",
    "repair",
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
    "debrief",
    "scenario",
)
