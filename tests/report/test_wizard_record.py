"""The wizard's run as the report's record (rms_wizard/ui/run_record.py): one run vocabulary, so
the state's operation and outcome go into the record as they are (no Qt needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rms_wizard.core.engine.plan import PlanKind, UpdatePlan
from rms_wizard.core.install.models import InstallState, InstallStatus, Release
from rms_wizard.run_record import RunOperation, RunOutcome
from rms_wizard.ui import state as wizard_state
from rms_wizard.ui.run_record import run_record
from rms_wizard.ui.state import Outcome, WizardState


def _state(operation: RunOperation, outcome: Outcome | None = None) -> WizardState:
    install = InstallState(root="/srv/rms", status=InstallStatus.INSTALLED, version=Release.V1)
    plan = UpdatePlan(kind=PlanKind.UPDATE, from_release=Release.V1)
    return WizardState(
        root=Path("/srv/rms"), install=install, plan=plan, operation=operation, outcome=outcome
    )


def test_the_state_speaks_the_reports_words() -> None:
    assert not hasattr(wizard_state, "Operation")
    assert Outcome.model_fields["operation"].annotation is RunOperation
    assert Outcome.model_fields["status"].annotation is RunOutcome


@pytest.mark.parametrize("operation", [RunOperation.UPDATE, RunOperation.FRESH_INSTALL])
def test_an_install_is_reported_as_an_update_with_its_plan(operation: RunOperation) -> None:
    state = _state(operation, Outcome(operation=operation, status=RunOutcome.DONE))
    record = run_record(state)
    assert record.operation is RunOperation.UPDATE
    assert record.plan is state.plan
    assert (record.outcome, record.exit_code) == (RunOutcome.DONE, 0)


@pytest.mark.parametrize(
    ("status", "rolled_back", "reported"),
    [
        (RunOutcome.FAILED, True, RunOutcome.FAILED),
        (RunOutcome.FAILED, False, RunOutcome.NOT_ROLLED_BACK),
        (RunOutcome.CANCELLED, True, RunOutcome.CANCELLED),
        (RunOutcome.INTERRUPTED, True, RunOutcome.INTERRUPTED),
    ],
)
def test_an_unfinished_run_keeps_its_outcome_and_no_exit_code(
    status: RunOutcome, rolled_back: bool, reported: RunOutcome
) -> None:
    outcome = Outcome(operation=RunOperation.UNINSTALL, status=status, rolled_back=rolled_back)
    record = run_record(_state(RunOperation.UNINSTALL, outcome))
    assert record.operation is RunOperation.UNINSTALL and record.plan is None
    assert (record.outcome, record.exit_code) == (reported, None)
    assert record.restore_config_db is False


def test_a_run_not_yet_ended_has_no_outcome() -> None:
    record = run_record(_state(RunOperation.REPAIR))
    assert record.operation is RunOperation.REPAIR
    assert record.outcome is None and record.finished is None
