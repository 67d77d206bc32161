"""The sandbox trail for command-line runs: a trainee who drills with the CLI is debriefed too.

The wizard records each operator step in the sandbox's trail (:mod:`rms_wizard.training.trail`);
this does the same for ``rms-wizard detect/backup/apply/uninstall/recover --root SANDBOX``, so
``rms-wizard debrief`` scores a CLI run with the same rules. Only a ``--root`` that is a sandbox
gets a trail. An update's start is recorded before it runs (a kill during it leaves the start on
disk, as in the wizard). A trail that cannot be written is a line in the setup log, never the
command's failure. No detail holds a secret.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.common.events import EventKind, OperatorEvent

if TYPE_CHECKING:
    from .context import Context


class CliTrail:
    """The trail of one CLI command (does nothing outside a sandbox)."""

    def __init__(self, ctx: Context) -> None:
        from ..core.common.paths import is_sandbox

        self.ctx = ctx
        self.command: str = getattr(ctx.args, "command", None) or ""
        root = getattr(ctx.args, "root", None)
        self.folder = Path(root) if root else None
        if self.folder is not None and not is_sandbox(self.folder):
            self.folder = None

    def _record(self, kind: str, **detail: str) -> None:
        if self.folder is None:
            return
        from ..training.trail import append_event

        event = OperatorEvent(kind=kind, at=datetime.now(UTC), detail=detail)
        try:
            append_event(self.folder, event)
        except OSError as exc:
            self.ctx.log.line(f"sandbox trail not written: {exc.strerror or exc}")

    def started(self) -> None:
        if self.command == "apply":
            self._record(EventKind.APPLY_STARTED)

    def succeeded(self) -> None:
        args = self.ctx.args
        if self.command == "detect":
            self._record(EventKind.DETECTED)
        elif self.command == "backup":
            # backup_and_verify opened the key with the password and checked the copy.
            self._record(EventKind.PASSWORD_VERIFIED)
            logging = "yes" if args.include_logging_db else "no"
            self._record(EventKind.BACKUP_MADE, folder=str(args.to), logging_db=logging)
            self._record(EventKind.BACKUP_VERIFIED)
        elif self.command == "apply":
            self._record(EventKind.APPLY_DONE)
        elif self.command == "uninstall":
            kept = "kept" if args.keep_config_db else "restored"
            self._record(EventKind.UNINSTALL_DONE, config_db=kept)
        elif self.command == "recover":
            outcome = getattr(getattr(self.ctx.run, "record", None), "recovery", None)
            self._record(EventKind.RECOVERED, outcome=str(outcome or "nothing"))

    def failed(self, exc: BaseException) -> None:
        from ..core.keys.private_key import WrongPasswordError

        if isinstance(exc, WrongPasswordError):
            self._record(EventKind.PASSWORD_WRONG)
        if self.command == "backup":
            self._record(EventKind.BACKUP_FAILED)
        elif self.command == "apply":
            self._record(EventKind.APPLY_FAILED, reason=type(exc).__name__)
        elif self.command == "uninstall":
            self._record(EventKind.UNINSTALL_FAILED)

    def cancelled(self) -> None:
        if self.command in ("backup", "apply", "uninstall"):
            self._record(EventKind.CANCELLED)
