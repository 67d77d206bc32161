"""The Updating page's run, without its widgets: the worker that does the operation the path chose,
and the events its end records.

The worker is the in-process job (update, fresh install, removal of SP1, recovery, repair) or, when
the scenario's drill kills the process, a separate process that the drill can kill.
"""

from __future__ import annotations

from ...core.engine.setuplog import SetupLog
from ..jobs.changes import (
    apply_job,
    drill_process,
    is_kill_fault,
    make_faults,
    recover_job,
    uninstall_job,
)
from ..jobs.process_worker import AnyWorker
from ..jobs.repair import repair_job
from ..jobs.worker import Worker
from ..sandbox_flow import drill_for_this_run
from ..state import Event, Outcome, RunOperation, WizardState

DONE_EVENT = {
    RunOperation.UPDATE: Event.APPLY_DONE,
    RunOperation.FRESH_INSTALL: Event.APPLY_DONE,
    RunOperation.UNINSTALL: Event.UNINSTALL_DONE,
    RunOperation.RECOVER: Event.RECOVERED,
    RunOperation.REPAIR: Event.REPAIR_DONE,
}
FAILED_EVENT = {
    RunOperation.UPDATE: Event.APPLY_FAILED,
    RunOperation.FRESH_INSTALL: Event.APPLY_FAILED,
    RunOperation.UNINSTALL: Event.UNINSTALL_FAILED,
    RunOperation.RECOVER: Event.APPLY_FAILED,
    RunOperation.REPAIR: Event.REPAIR_FAILED,
}


def worker_for(state: WizardState, operation: RunOperation, log: SetupLog) -> AnyWorker:
    """The worker for ``operation`` (not started yet); its start is logged and recorded."""
    assert state.root is not None
    # The scenario's drill strikes once per sandbox (recorded there), never in a recovery or
    # a repair (its drills are for the update and the removal).
    drilled = operation not in (RunOperation.RECOVER, RunOperation.REPAIR)
    fault = drill_for_this_run(state) if drilled else None
    backup_dir = state.backup.folder if state.backup is not None else None
    worker: AnyWorker
    if fault and is_kill_fault(fault) and operation is not RunOperation.RECOVER:
        restore = backup_dir if state.uninstall_choice == "restore" else None
        worker = drill_process(
            operation,
            state.root,
            fault=fault,
            language=state.language,
            backup_dir=restore if operation is RunOperation.UNINSTALL else backup_dir,
            password=state.password,
            import_statistics=state.keep_statistics,
            log=log,
        )
    else:
        faults = make_faults(fault)
        if operation is RunOperation.UNINSTALL:
            restore = backup_dir if state.uninstall_choice == "restore" else None
            job = uninstall_job(
                state.root,
                restore_from=restore,
                password=state.password if restore is not None else None,
                faults=faults,
            )
        elif operation is RunOperation.RECOVER:
            job = recover_job(state.root)
        elif operation is RunOperation.REPAIR:
            job = repair_job(state.root, faults=faults)
        else:
            fresh = operation is RunOperation.FRESH_INSTALL
            job = apply_job(
                state.root,
                backup_dir=None if fresh else backup_dir,
                password=None if fresh else state.password,
                import_statistics=state.keep_statistics and not fresh,
                install_path=state.install_path if fresh else None,
                faults=faults,
            )
        worker = Worker(job, name=operation.value, log=log)
    log.line(f"{operation.value}: started (fault drill: {fault or 'none'})")
    if operation in (RunOperation.UPDATE, RunOperation.FRESH_INSTALL):
        state.record(Event.APPLY_STARTED, operation=operation.value)
    return worker


def done_detail(operation: RunOperation, outcome: Outcome) -> dict[str, str]:
    """What the done event of ``operation`` records of its outcome."""
    if operation is RunOperation.UNINSTALL:
        return {"config_db": "restored" if outcome.config_db_restored else "kept"}
    if operation is RunOperation.RECOVER:
        return {"outcome": outcome.recovery or "nothing"}
    return {"files": str(outcome.files_written)}
