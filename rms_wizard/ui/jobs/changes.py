"""The jobs that change the install: apply SP1 (update or fresh install), remove it, recover an
interrupted run -- each a thin call into :mod:`rms_wizard.core.engine.operations` (which ``replay`` calls
too) -- and the sandbox's power-loss drills, the same operations through the CLI in a child
process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import SecretStr

from ...core.common.messages import QT_TRANSLATE_NOOP, msg
from ...core.common.progress import CancelToken, ProgressCallback, ProgressEvent
from ...core.engine.fault_plan import FaultPlan
from ...core.engine.operations import (
    AfterCheck,
    ApplyRequest,
    RunControls,
    UninstallRequest,
    apply_and_check,
    recover_and_check,
    uninstall_and_check,
)
from ...core.engine.plan import PlanKind
from ...core.engine.setuplog import SetupLog
from ..state import Outcome, RunOperation
from .process_worker import ProcessWorker
from .worker import Job


def checked_outcome(operation: RunOperation, after: AfterCheck, **found: Any) -> Outcome:
    """A run that ended well (``found``: what it did), with the look at the install afterwards."""
    return Outcome(
        operation=operation,
        status="done",
        verified=after.result.state,
        verify_problems=list(after.result.differences),
        after=after.state,
        **found,
    )


def apply_job(
    root: Path,
    *,
    backup_dir: Path | None,
    password: SecretStr | None,
    import_statistics: bool,
    faults: FaultPlan | None,
    install_path: str | None = None,
) -> Job:
    """Apply SP1 (update or fresh install, into ``install_path``), then check it is exactly SP1."""
    request = ApplyRequest(
        root=root,
        backup_dir=backup_dir,
        password=password,
        import_statistics=import_statistics,
        install_path=install_path,
    )

    def run(progress: ProgressCallback, cancel: CancelToken) -> Outcome:
        applied = apply_and_check(request, RunControls(progress, cancel, faults))
        result = applied.result
        fresh = result.plan.kind is PlanKind.FRESH_INSTALL
        return checked_outcome(
            RunOperation.FRESH_INSTALL if fresh else RunOperation.UPDATE,
            applied.after,
            files_written=result.files_written,
            statistics_imported=result.statistics_imported,
            apply_result=result,
        )

    return run


def uninstall_job(
    root: Path,
    *,
    restore_from: Path | None,
    password: SecretStr | None,
    faults: FaultPlan | None,
) -> Job:
    """Remove SP1 (restoring the pre-SP1 configuration database or keeping SP1's), then check."""
    request = UninstallRequest(root=root, restore_config_db=restore_from, password=password)

    def run(progress: ProgressCallback, cancel: CancelToken) -> Outcome:
        removed = uninstall_and_check(request, RunControls(progress, cancel, faults))
        result = removed.result
        return checked_outcome(
            RunOperation.UNINSTALL,
            removed.after,
            files_restored=result.files_restored,
            files_removed=result.files_removed,
            config_db_restored=result.config_db_restored,
            notes=list(result.notes),
            uninstall_result=result,
        )

    return run


def recover_job(root: Path) -> Job:
    """Roll back or complete an interrupted run (the journal decides which), then check."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> Outcome:
        del cancel  # recovery is never left half done
        progress(
            ProgressEvent(
                0, 1, 0, 1, "", msg(QT_TRANSLATE_NOOP("core", "Recovering the interrupted run"))
            )
        )
        recovered = recover_and_check(root)
        progress(ProgressEvent(1, 1, 1, 1, "", msg(QT_TRANSLATE_NOOP("core", "Finished"))))
        return checked_outcome(RunOperation.RECOVER, recovered.after, recovery=recovered.result)

    return run


def drill_process(
    operation: RunOperation,
    root: Path,
    *,
    fault: str,
    language: str,
    backup_dir: Path | None,
    password: SecretStr | None,
    import_statistics: bool,
    log: SetupLog | None = None,
) -> ProcessWorker:
    """A power-loss drill: the same operation through the CLI in a child process that the fault
    kills (``RMS_WIZARD_FAULT``). The wizard survives and the install is left interrupted."""
    args: list[str]
    if operation is RunOperation.UNINSTALL:
        args = ["uninstall", "--root", str(root)]
        if backup_dir is not None:
            args += ["--restore-config-db", str(backup_dir), "--password-stdin"]
        else:
            args += ["--keep-config-db"]
            password = None
    else:
        # A fresh install needs no backup; the CLI still asks for the options, which it ignores.
        args = ["apply", "--root", str(root), "--backup", str(backup_dir or root)]
        args += ["--password-stdin"]
        if import_statistics:
            args.append("--import-statistics")
        password = password or SecretStr("-")
    env = {"RMS_WIZARD_FAULT": fault, "RMS_WIZARD_LANG": language}
    return ProcessWorker(
        ["--lang", language, *args],
        name=f"drill-{operation.value}",
        password=password,
        env=env,
        log=log,
    )


def make_faults(fault: str | None) -> FaultPlan | None:
    """The in-process fault plan of a sandbox drill (None: the environment's, as in the CLI)."""
    return FaultPlan(fault) if fault else None


def is_kill_fault(fault: str | None) -> bool:
    return bool(fault) and str(fault).startswith("kill-at-step")


__all__ = [
    "apply_job",
    "checked_outcome",
    "drill_process",
    "is_kill_fault",
    "make_faults",
    "recover_job",
    "uninstall_job",
]
