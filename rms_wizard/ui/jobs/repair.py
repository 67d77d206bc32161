"""Repair SP1 from the wizard: the plan preview and the repair itself as worker jobs, and what the
finished page says about a repair.

Both jobs are thin calls into the same core functions the command line's ``rms-wizard repair``
uses (:func:`~rms_wizard.core.engine.repair.preview_repair`, :func:`~rms_wizard.core.engine.repair.repair_sp1`):
the GUI composes nothing of its own. The repair runs as one transaction, like an update: Cancel
(or a failure) before its commit point puts every damaged file back as it was.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel
from PySide6.QtCore import QObject

from ...core.common.progress import CancelToken, ProgressCallback
from ...core.engine.fault_plan import FaultPlan
from ...core.engine.operations import check_after
from ...core.engine.plan import UpdatePlan
from ...core.engine.repair import preview_repair, repair_options, repair_sp1
from ...core.engine.setuplog import SetupLog
from ...core.install.models import FileAction
from ..state import Outcome, RunOperation
from .changes import checked_outcome
from .worker import Job

#: How many reinstalled files the finished page names one by one.
LISTED = 12


class RepairPreview(BaseModel):
    """What a repair would do now: its plan, and the ``REINSTALLMODE`` letters it uses."""

    plan: UpdatePlan
    mode: str

    def changes(self) -> list[tuple[str, bool]]:
        """(path, missing) of every file the repair reinstalls (missing: not on the server)."""
        return [(item.path, item.action is FileAction.ADD) for item in self.plan.changes()]

    def kept(self) -> list[str]:
        """SP1's files an admin changed: the repair leaves them as they are."""
        return [i.path for i in self.plan.actions if i.action is FileAction.KEEP_MODIFIED]


def repair_plan_job(root: Path, mode: str | None = None, log: SetupLog | None = None) -> Job:
    """The repair plan of ``root`` as it is now (nothing is changed)."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> RepairPreview:
        del progress, cancel

        options = repair_options(mode)
        plan = preview_repair(root, options)
        if log is not None:
            log.line(f"repair preview: {len(plan.changes())} file(s) to reinstall")
        return RepairPreview(plan=plan, mode=options.reinstall_mode.letters)

    return run


def repair_job(
    root: Path,
    *,
    mode: str | None = None,
    faults: FaultPlan | None = None,
) -> Job:
    """Repair SP1 under ``root`` (transactional), then check the tree is exactly SP1."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> Outcome:
        options = repair_options(mode)
        result = repair_sp1(
            root,
            options=options,
            progress=progress,
            cancel=cancel,
            faults=faults,
        )
        return checked_outcome(
            RunOperation.REPAIR,
            check_after(root),
            files_written=result.files_written,
            repaired=[item.path for item in result.plan.changes()],
            repair_mode=options.reinstall_mode.letters,
        )

    return run


# ---- what the finished page says


class RepairTexts(QObject):
    """The finished page's lines about a repair (a QObject for its ``tr``: context RepairTexts)."""

    def headline(self, outcome: Outcome) -> str:
        if outcome.repaired:
            return self.tr("SP1 is repaired.")
        return self.tr("Nothing needed repairing: every SP1 file is in place.")

    def details(self, outcome: Outcome) -> list[str]:
        """The files reinstalled, by name (the first :data:`LISTED`), and the mode used."""
        count = len(outcome.repaired)
        if not count:
            return []
        lines = [self.tr("%n file(s) of SP1 reinstalled:", "", count)]
        lines += [f"\u2022 {path}" for path in outcome.repaired[:LISTED]]
        if count > LISTED:
            lines.append(self.tr("and %n more.", "", count - LISTED))
        if outcome.repair_mode:
            mode = self.tr("Reinstall mode (REINSTALLMODE): %1")
            lines.append(mode.replace("%1", outcome.repair_mode))
        return lines

    def still_runs(self) -> str:
        """After a cancelled or failed repair."""
        return self.tr("The SP1 files are exactly as they were before the repair.")
