"""The run report: one self-contained HTML page an admin can read, print and file.

What a run did, for a person: the server, the versions before and after, the backup (each item with
its SHA-256), the plan with its counts, the outcome, and where the setup log is. Written by the
CLI's ``--report FILE`` (apply, uninstall, plan, recover) and by the wizard's Finished page::

    from rms_wizard.run_report import RunRecord, write_run_report

    record = RunRecord(operation=RunOperation.UPDATE, root=str(root), language="nl", ...)
    write_run_report(path, record)

The record is :mod:`rms_wizard.run_record`; the page is :mod:`rms_wizard.run_report_html` (its
texts in :mod:`rms_wizard.run_report_text`, its markup in ``templates/run_report.html.j2``). The
page is in the run's language: every text is marked ``QT_TRANSLATE_NOOP("report", ...)`` and
translated through the installed catalogue when the page is rendered (so the translators must be
installed, as they are in the GUI and the CLI). Every value is HTML-escaped; there are no external
resources. The file is written atomically. Nothing secret is in a :class:`RunRecord`, and a
``redact`` callable (the setup log's) can still scrub the finished page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .core.common.atomic import write_atomic
from .core.common.messages import Message, RmsError
from .core.engine.backup import load_backup
from .core.engine.plan import UpdatePlan
from .core.engine.rollback_store import load_store
from .core.engine.setuplog import SetupLog
from .core.install.models import InstallState
from .run_record import RunOperation, RunOutcome, RunRecord
from .run_report_html import render_run_report


def write_run_report(
    path: Path | str, record: RunRecord, *, redact: Callable[[str], str] | None = None
) -> Path:
    """Render ``record`` and write it to ``path`` atomically (a temporary file, then a rename).

    ``redact`` (e.g. :meth:`SetupLog.redact`) scrubs the page before it is written. Returns the
    path written. Raises :class:`OSError` when the folder cannot be written.
    """
    target = Path(path)
    text = render_run_report(record)
    if redact is not None:
        text = redact(text)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, text)
    return target


def write_logged_report(path: Path, record: RunRecord, log: SetupLog | None) -> Path:
    """:func:`write_run_report`, redacted by the setup log ``log`` and told to it (written, or why
    not: the :class:`OSError` is raised on). The CLI's ``--report`` and the wizard write so."""
    try:
        written = write_run_report(path, record, redact=log.redact if log is not None else None)
    except OSError as exc:
        if log is not None:
            log.line(f"report: cannot write {path}: {exc}")
        raise
    if log is not None:
        log.line(f"report: written to {written}")
    return written


class RunTracker:
    """Fills a :class:`RunRecord` and the setup log as a run goes, and writes the report at the end.

    The CLI uses one per apply/uninstall/plan/recover; the wizard may too (or fill a RunRecord
    itself and call :func:`write_run_report`)::

        run = RunTracker(RunOperation.UPDATE, root, log, language="nl", report_path=path)
        run.detect_before()                 # every detection finding into the log, and "before"
        run.note_backup(backup_folder)      # the backup's items and hashes (no password needed)
        result = apply_update(root, ...)
        run.record.apply_result, run.record.plan = result, result.plan
        run.record.backup_verified = True
        run.finish(RunOutcome.DONE, 0)      # detects "after", writes the report when asked
    """

    def __init__(
        self,
        operation: RunOperation,
        root: Path,
        log: SetupLog,
        *,
        language: str = "en",
        report_path: Path | None = None,
    ) -> None:
        from .core.common.paths import is_sandbox

        self.root = root
        self.log = log
        self.report_path = report_path
        self.record = RunRecord(
            operation=operation,
            root=str(root.absolute()),
            language=language,
            sandbox=is_sandbox(root),
            log_path=str(log.path) if log.path else None,
        )

    def _detect(self, label: str) -> InstallState | None:
        from .core.engine.detect import detect_install

        try:
            state = detect_install(self.root)
        except (RmsError, OSError) as exc:
            self.log.line(f"{label}: not possible: {exc}")
            return None
        self.log.detection(state, label)
        return state

    def found_after(self, state: InstallState) -> None:
        """The run's own look at the install afterwards (the operations' check): the record's
        "after", logged as a detection, so :meth:`finish` does not look again."""
        self.log.detection(state, "detect (after)")
        self.record.after = state

    def detect_before(self, *, required: bool = True) -> InstallState | None:
        """Detect the install before the run; ``required``: let a detection error stop the run."""
        state: InstallState | None
        if required:
            from .core.engine.detect import detect_install

            state = detect_install(self.root)
            self.log.detection(state, "detect")
        else:
            state = self._detect("detect")
        self.record.before = state
        return state

    def note_backup(self, folder: Path) -> None:
        """The backup the run uses: its manifest (items, hashes), read without the password."""
        try:
            backup = load_backup(folder)
        except RmsError as exc:
            self.log.line(f"backup: {folder}: {exc}")
            return
        self.log.backup(backup)
        self.record.backup = backup

    def note_plan(self, plan: UpdatePlan) -> None:
        self.log.plan(plan)
        self.record.plan = plan

    def expect_plan(self, state: InstallState) -> None:
        """Apply: the plan the update is about to follow, so a refused or failed run shows it too.

        Not logged here: the apply logs the plan it really follows.
        """
        from .core.engine.payload import baseline_payload, sp1_payload
        from .core.engine.plan import plan_update

        try:
            self.record.plan = plan_update(state, sp1_payload(), baseline_payload())
        except RmsError:
            self.record.plan = None

    def note_rollback_store(self) -> None:
        """Uninstall: what the rollback store will put back and what it will remove."""
        try:
            store = load_store(self.root)
        except RmsError:  # an altered store: the removal itself refuses it, in one line
            store = None
        if store is None:
            self.log.line("uninstall: no rollback store")
            return
        self.record.rollback_store = store
        self.log.line(
            f"uninstall: rollback store of {store.created.isoformat()}: {len(store.entries)} "
            f"files, config_db_migrated={store.config_db_migrated}, logging_db={store.logging_db}"
        )
        for entry in store.entries:
            what = "restore original" if entry.action == "replaced" else "remove"
            self.log.line(
                f"uninstall: {what} {entry.path} (original sha256={entry.original_sha256})"
            )

    def finish(
        self, outcome: RunOutcome, exit_code: int | None, message: Message | None = None
    ) -> Path | None:
        """Close the record (detect "after" unless only a plan was made); write the report.

        Returns the report's path, or None when no report was asked for. Raises :class:`OSError`
        when the report cannot be written (the log says so too).
        """
        if self.record.operation is not RunOperation.PLAN and self.record.after is None:
            self.record.after = self._detect("detect (after)")  # unless the run looked already
        self.record.message = message
        self.record.finish(outcome, exit_code)
        if self.report_path is None:
            return None
        return write_logged_report(self.report_path, self.record, self.log)


__all__ = [
    "RunOperation",
    "RunOutcome",
    "RunRecord",
    "RunTracker",
    "render_run_report",
    "write_logged_report",
    "write_run_report",
]
