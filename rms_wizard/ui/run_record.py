"""The wizard's run as a :class:`~rms_wizard.run_report.RunRecord`, for the HTML run report."""

from __future__ import annotations

from ..run_report import RunOperation, RunOutcome, RunRecord
from .state import Event, Operation, WizardState

_OPERATIONS = {
    Operation.UPDATE: RunOperation.UPDATE,
    Operation.FRESH_INSTALL: RunOperation.UPDATE,
    Operation.UNINSTALL: RunOperation.UNINSTALL,
    Operation.RECOVER: RunOperation.RECOVER,
    Operation.REPAIR: RunOperation.REPAIR,
}
_OUTCOMES = {
    "done": RunOutcome.DONE,
    "failed": RunOutcome.FAILED,
    "cancelled": RunOutcome.CANCELLED,
    "interrupted": RunOutcome.INTERRUPTED,
}


def run_record(state: WizardState) -> RunRecord:
    """Everything the report shows about the run the wizard just made (nothing secret)."""
    outcome = state.outcome
    operation = outcome.operation if outcome is not None else state.operation or Operation.UPDATE
    record = RunRecord(
        operation=_OPERATIONS[operation],
        root=str(state.root) if state.root is not None else "",
        language=state.language,
        sandbox=state.sandbox,
        before=state.install,
        plan=state.plan if operation in (Operation.UPDATE, Operation.FRESH_INSTALL) else None,
        backup=state.backup,
        backup_verified=state.backup is not None and state.has_event(Event.BACKUP_VERIFIED),
        log_path=str(state.log_path) if state.log_path else None,
    )
    if operation is Operation.UNINSTALL:
        record.restore_config_db = state.uninstall_choice == "restore"
    if outcome is not None:
        record.after = outcome.after
        record.apply_result = outcome.apply_result
        record.uninstall_result = outcome.uninstall_result
        record.recovery = outcome.recovery
        record.message = outcome.message
        record.notes = list(outcome.notes)
        finished = _OUTCOMES[outcome.status]
        if outcome.status == "failed" and not outcome.rolled_back:
            finished = RunOutcome.NOT_ROLLED_BACK
        record.finish(finished, 0 if outcome.status == "done" else None)
    return record
