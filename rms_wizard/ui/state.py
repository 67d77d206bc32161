"""The one state object every wizard page reads and writes (no widgets, no Qt).

Pages stay thin: they render what is here and put the admin's choices here; workers get their
inputs from it and their results go back into it. The private-key password is only ever a
:class:`~pydantic.SecretStr` held in memory: it is excluded from every dump and never logged.

``events`` is the operator's trail for the sandbox debrief (:mod:`rms_wizard.training.debrief`): what
was done, when, with a short technical detail (never a secret).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from ..core.common.events import EventKind, OperatorEvent
from ..core.common.messages import Message
from ..core.engine.apply import ApplyResult
from ..core.engine.backup import BackupSet
from ..core.engine.plan import UpdatePlan
from ..core.engine.uninstall import UninstallResult
from ..core.fleet.answers import AnswerFile
from ..core.install.models import InstallState, InstallStatus, Release
from ..run_record import RunOperation as RunOperation  # re-exported: pages take it from here
from ..run_record import RunOutcome
from ..training.scenario_model import Scenario
from ..training.trail import append_event, sync_trail

#: The operator's actions, as the sandbox debrief reads them (one vocabulary for both).
Event = EventKind


class Outcome(BaseModel):
    """How the operation ended, with what the finished page shows. Its operation and status are
    the run report's words (:mod:`rms_wizard.run_record`); the wizard ends a run ``done``,
    ``failed``, ``cancelled`` or ``interrupted``."""

    operation: RunOperation
    status: RunOutcome
    #: Why it failed, from the core; None when it did not fail.
    message: Message | None = None
    #: False when a failed run could not be rolled back completely (recover finishes it).
    rolled_back: bool = True
    files_written: int = 0
    files_restored: int = 0
    files_removed: int = 0
    statistics_imported: int = 0
    #: "rolled-back" / "completed" / "nothing" for a recovery.
    recovery: str | None = None
    #: What a fresh look at the install found afterwards (None: not checked or not a known state).
    verified: Release | None = None
    verify_problems: list[Message] = []
    notes: list[Message] = []
    config_db_restored: bool = False
    #: A repair: the SP1 files it reinstalled, and the REINSTALLMODE it used.
    repaired: list[str] = []
    repair_mode: str | None = None
    #: For the run report: the core's own results and the install as found afterwards.
    apply_result: ApplyResult | None = None
    uninstall_result: UninstallResult | None = None
    after: InstallState | None = None


UninstallChoice = Literal["restore", "keep"]


#: The one thread that forces the trail to disk after the GUI thread wrote an event (in order;
#: the interpreter waits for it at exit).
_TRAIL_SYNC = ThreadPoolExecutor(max_workers=1, thread_name_prefix="trail-sync")


def _sync_quietly(folder: Path) -> None:
    with suppress(OSError):  # the line is written; only a machine crash could still lose it
        sync_trail(folder)


class WizardState(BaseModel):
    """Everything the pages share."""

    model_config = ConfigDict(validate_assignment=False)

    #: The mock server root the wizard works on; None when no install was found on this computer.
    root: Path | None = None
    sandbox: bool = False
    scenario_id: str | None = None
    scenario: Scenario | None = None
    #: A fault to inject (sandbox drills only), e.g. ``"disk-full-at-step:7"``.
    drill_fault: str | None = None
    #: A deployment sandbox (clusters): its folder; ``root`` is then the node the wizard runs on.
    sandbox_dir: Path | None = None
    #: The sandbox's topology file (clusters, clients), when it has one.
    topology_path: Path | None = None
    language: str = "en"

    install: InstallState | None = None
    plan: UpdatePlan | None = None
    #: A fresh install's destination folder (a Windows path) as checked on the Ready page; None:
    #: not chosen yet, or the folder in the field cannot be used.
    install_path: str | None = None
    #: What the wizard is about to do (or did) to the install.
    operation: RunOperation | None = None

    backup_folder: Path | None = None
    backup: BackupSet | None = None
    #: Keep past statistics: back up the logging database and copy its entries back afterwards.
    keep_statistics: bool = False

    password: SecretStr | None = Field(default=None, repr=False, exclude=True)
    password_verified: bool = False
    remember_password: bool = False
    #: Why the password was not stored in the keyring (shown on the checklist), if it was not.
    keyring_note: Message | None = None

    uninstall_choice: UninstallChoice = "keep"
    write_access_checked: bool = False

    outcome: Outcome | None = None
    log_path: Path | None = None
    #: ``--report FILE``: the run report is written there when the wizard reaches its end.
    report_path: Path | None = None
    #: ``--save-answers FILE``: this run's choices are written there when the work starts.
    save_answers_path: Path | None = None
    #: ``--answers FILE``: the recorded choices the pages start from (the admin confirms them).
    answers: AnswerFile | None = None
    events: list[OperatorEvent] = []

    # ---- the operator's trail

    def record(self, event: EventKind | str, **detail: object) -> OperatorEvent:
        """Add an event with the current time (UTC) and its detail (``key=value`` texts)."""
        item = OperatorEvent(
            kind=EventKind(event).value,
            at=datetime.now(UTC),
            detail={key: str(value) for key, value in detail.items()},
        )
        self.add_event(item)
        return item

    def add_event(self, item: OperatorEvent) -> None:
        """Add a recorded event; in a sandbox it is also appended to the sandbox's trail on disk
        (:mod:`rms_wizard.training.trail`), so a later wizard on the same sandbox -- after a power
        loss, a restart -- still sees it. A trail that cannot be written costs only that copy."""
        self.events.append(item)
        folder = self.sandbox_folder
        if self.sandbox and folder is not None and folder.is_dir():
            with suppress(OSError):  # the debrief of this window still has it in memory
                append_event(folder, item, durable=False)
                _TRAIL_SYNC.submit(_sync_quietly, folder)  # a slow disk never stalls the window

    def has_event(self, event: EventKind | str) -> bool:
        return any(e.kind == EventKind(event).value for e in self.events)

    def kinds(self) -> list[str]:
        """The kinds of the recorded events, in order."""
        return [e.kind for e in self.events]

    # ---- convenience views the pages use

    @property
    def status(self) -> InstallStatus | None:
        return self.install.status if self.install else None

    @property
    def sandbox_folder(self) -> Path | None:
        """The sandbox folder (the debrief and the backups look there)."""
        return self.sandbox_dir or self.root

    @property
    def server_name(self) -> str:
        return self.install.identity.name if self.install else ""

    def backup_ready(self) -> bool:
        """A verified backup exists, holding the logging database too when statistics are kept."""
        if self.backup is None:
            return False
        return not self.keep_statistics or self.backup.manifest.item("logging-db") is not None

    def set_password(self, password: SecretStr | None) -> None:
        """A new password (or none): it is unverified until checked against the key again."""
        self.password = password
        self.password_verified = False

    def start_over(self) -> None:
        """A fresh run of the same scenario (the sandbox was reset): everything found, decided
        and recorded is forgotten -- the trail too, and the drill (it is handed out again by the
        fresh sandbox). The mode, the scenario, the language, the sandbox folder (``root`` again:
        a deployment's node is located anew), the log and the report file stay."""
        scenario = self.scenario
        fresh = WizardState(
            root=self.sandbox_folder,
            sandbox=self.sandbox,
            scenario_id=self.scenario_id,
            scenario=scenario,
            language=self.language,
            keep_statistics=scenario.keep_statistics if scenario is not None else False,
            log_path=self.log_path,
            report_path=self.report_path,
            save_answers_path=self.save_answers_path,
            answers=self.answers,
        )
        for name in type(self).model_fields:
            setattr(self, name, getattr(fresh, name))

    def reset_for_restart(self) -> None:
        """Forget what was found and decided (the password too: it is asked again); keep the
        mode, the language, the trail and the verified backup -- a restart follows a rollback, a
        cancel or a recovery, so the backup still holds what the server is and the run that goes
        on to the update uses it (Preparation shows it, already verified)."""
        self.install = None
        self.plan = None
        self.operation = None
        self.outcome = None
        self.write_access_checked = False
        self.uninstall_choice = "keep"
        self.set_password(None)
