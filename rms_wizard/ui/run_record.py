"""The wizard's run as a :class:`~rms_wizard.run_record.RunRecord`, for the HTML run report."""

from __future__ import annotations

from ..run_record import RunOperation, RunOutcome, RunRecord
from .state import Event, WizardState


def run_record(state: WizardState) -> RunRecord:
    """Everything the report shows about the run the wizard just made (nothing secret)."""
    outcome = state.outcome
    operation = outcome.operation if outcome is not None else state.operation or RunOperation.UPDATE
    applied = operation in (RunOperation.UPDATE, RunOperation.FRESH_INSTALL)
    record = RunRecord(
        # The report names a fresh install an update, as the CLI's apply does (its plan tells).
        operation=RunOperation.UPDATE if applied else operation,
        root=str(state.root) if state.root is not None else "",
        language=state.language,
        sandbox=state.sandbox,
        before=state.install,
        plan=state.plan if applied else None,
        backup=state.backup,
        backup_verified=state.backup is not None and state.has_event(Event.BACKUP_VERIFIED),
        log_path=str(state.log_path) if state.log_path else None,
    )
    if operation is RunOperation.UNINSTALL:
        record.restore_config_db = state.uninstall_choice == "restore"
    if outcome is not None:
        record.after = outcome.after
        record.apply_result = outcome.apply_result
        record.uninstall_result = outcome.uninstall_result
        record.recovery = outcome.recovery
        record.message = outcome.message
        record.notes = list(outcome.notes)
        finished = outcome.status
        if finished is RunOutcome.FAILED and not outcome.rolled_back:
            finished = RunOutcome.NOT_ROLLED_BACK
        record.finish(finished, 0 if finished is RunOutcome.DONE else None)
    return record
