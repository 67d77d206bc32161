"""Which function runs which command: the one place that knows every command module.

The commands import :mod:`~rms_wizard.cli.context` and :mod:`~rms_wizard.cli.output`, never this
module nor :mod:`~rms_wizard.cli.main`; ``main`` finds them here. Its names are
:data:`~rms_wizard.cli.command_names.COMMAND_NAMES` (a test holds the two to one list).
"""

from __future__ import annotations

from collections.abc import Callable

from .commands import answers, changes, cluster, debrief, inspection, repair, training
from .context import Context

COMMANDS: dict[str, Callable[[Context], int]] = {
    "detect": inspection.cmd_detect,
    "plan": inspection.cmd_plan,
    "repair": repair.cmd_repair,
    "backup": changes.cmd_backup,
    "apply": changes.cmd_apply,
    "uninstall": changes.cmd_uninstall,
    "recover": changes.cmd_recover,
    "verify": inspection.cmd_verify,
    "scenarios": training.cmd_scenarios,
    "sandbox": training.cmd_sandbox,
    "interop": inspection.cmd_interop,
    "cluster": cluster.cmd_cluster,
    "answers": answers.cmd_answers,
    "replay": answers.cmd_replay,
    "debrief": debrief.cmd_debrief,
    "scenario": training.cmd_scenario,
}
