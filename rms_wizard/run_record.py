"""The record of one run: what the run report shows, filled by the CLI and the wizard as the run goes.

The one run vocabulary: :class:`RunOperation` and :class:`RunOutcome` name what a run does and how
it ended for the report, the CLI and the wizard's state (:mod:`rms_wizard.ui.state`) alike.
Nothing secret is in a :class:`RunRecord`. :mod:`rms_wizard.run_report_html` renders it;
:mod:`rms_wizard.run_report` fills one as a run goes and writes the page.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from . import __version__
from .core.common.messages import Message
from .core.engine.apply import ApplyResult
from .core.engine.backup import BackupSet
from .core.engine.plan import UpdatePlan
from .core.engine.rollback_store import RollbackStore
from .core.engine.uninstall import UninstallResult
from .core.install.models import InstallState


class RunOperation(StrEnum):
    """What the run was asked to do (the values name the run in the setup log and the trail)."""

    UPDATE = "update"
    #: The wizard's install into an empty destination; its report calls it an update, as the
    #: CLI's ``apply`` does (the plan in the report says it is a fresh install).
    FRESH_INSTALL = "fresh-install"
    UNINSTALL = "uninstall"
    PLAN = "plan"
    RECOVER = "recover"
    #: Reinstall SP1's missing or damaged files (Maintenance: Repair SP1).
    REPAIR = "repair"


class RunOutcome(StrEnum):
    """How the run ended."""

    DONE = "done"  # finished as asked
    FAILED = "failed"  # failed and was rolled back: the install is as before
    CANCELLED = "cancelled"  # cancelled and rolled back
    REFUSED = "refused"  # bad input: nothing was changed
    INTERRUPTED = "interrupted"  # an interrupted run was found: recover first
    NOT_ROLLED_BACK = "not-rolled-back"  # failed, and the rollback could not finish: recover
    ERROR = "error"  # an unexpected error (details in the log)


class RunRecord(BaseModel):
    """Everything the report shows. Pages and the CLI fill it as the run goes."""

    operation: RunOperation
    root: str
    language: str = "en"
    sandbox: bool = False
    started: datetime = Field(default_factory=lambda: datetime.now(UTC))
    finished: datetime | None = None
    outcome: RunOutcome | None = None
    exit_code: int | None = None
    #: The error or closing message of the run (translated when the report is rendered).
    message: Message | None = None
    before: InstallState | None = None
    after: InstallState | None = None
    plan: UpdatePlan | None = None
    backup: BackupSet | None = None
    apply_result: ApplyResult | None = None
    uninstall_result: UninstallResult | None = None
    #: Uninstall: the rollback store that says which originals come back and what is removed.
    rollback_store: RollbackStore | None = None
    #: Uninstall: True to restore the pre-SP1 configuration database, False to keep SP1's.
    restore_config_db: bool | None = None
    #: True once the backup was verified (hashes, integrity, the key opens with the password).
    backup_verified: bool = False
    #: Recover: "rolled-back", "completed" or "nothing".
    recovery: str | None = None
    notes: list[Message] = []
    log_path: str | None = None
    tool_version: str = __version__

    def finish(self, outcome: RunOutcome, exit_code: int | None = None) -> None:
        self.outcome = outcome
        self.exit_code = exit_code
        self.finished = datetime.now(UTC)


__all__ = ["RunOperation", "RunOutcome", "RunRecord"]
