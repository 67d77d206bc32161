"""The run report: one self-contained HTML page an admin can read, print and file.

What a run did, for a person: the server, the versions before and after, the backup (each item with
its SHA-256), the plan with its counts, the outcome, and where the setup log is. Written by the
CLI's ``--report FILE`` (apply, uninstall, plan, recover) and by the wizard's Finished page::

    from rms_wizard.run_report import RunRecord, write_run_report

    record = RunRecord(operation=RunOperation.UPDATE, root=str(root), language="nl", ...)
    write_run_report(path, record)

The page is in the run's language: every text is marked ``QT_TRANSLATE_NOOP("report", ...)`` and
translated through the installed catalogue when the page is rendered (so the translators must be
installed, as they are in the GUI and the CLI); the core's enumerated values (plan actions,
components, server roles, yes/no) take their labels from :mod:`rms_wizard.core.labels`, so they
read as they do in the wizard and the CLI. Every value is HTML-escaped; there are no external
resources (styles are inline, no scripts, no images to fetch). The file is written atomically.
Nothing secret is in a :class:`RunRecord`, and a ``redact`` callable (the setup log's) can still
scrub the finished page.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, Field

from . import __version__
from .core.apply import ApplyResult
from .core.atomic import write_atomic
from .core.backup import BackupSet, load_backup
from .core.labels import action_label, component_label, role_label, status_label, yes_no
from .core.messages import QT_TRANSLATE_NOOP, Message, RmsError
from .core.models import ComponentId, FileAction, InstallState, InstallStatus, Release
from .core.plan import PlanKind, UpdatePlan
from .core.rollback_store import RollbackStore, load_store
from .core.setuplog import SetupLog
from .core.uninstall import UninstallResult

CONTEXT = "report"


class RunOperation(StrEnum):
    """What the run was asked to do."""

    UPDATE = "apply"
    UNINSTALL = "uninstall"
    PLAN = "plan"
    RECOVER = "recover"
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


# --------------------------------------------------------------------------- rendering helpers


def _tr(text: str, *args: object) -> str:
    """``text`` (already marked) in the current language, placeholders filled; not escaped."""
    from .i18n import translated

    return translated(CONTEXT, text, *args)


def _m(message: Message) -> str:
    from .i18n import tr_message

    return tr_message(message)


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "–"
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z").strip()


def _size(n: int) -> str:
    if n < 1024:
        return _tr(QT_TRANSLATE_NOOP("report", "%1 bytes"), n)
    if n < 1024 * 1024:
        return _tr(QT_TRANSLATE_NOOP("report", "%1 KB"), f"{n / 1024:.1f}")
    return _tr(QT_TRANSLATE_NOOP("report", "%1 MB"), f"{n / (1024 * 1024):.1f}")


# Values the core enumerates read as core/labels.py labels them, as in the wizard and the CLI.
def _yes_no(value: bool) -> str:
    return _m(yes_no(value))


def _action_name(action: FileAction) -> str:
    return _m(action_label(action.value))


def _component_name(component: ComponentId) -> str:
    return _m(component_label(component.value))


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]], css: str = "") -> str:
    """A table; ``headers`` and the cells are already-escaped HTML."""
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    cls = f' class="{css}"' if css else ""
    return f"<table{cls}><thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody></table>\n"


def _facts(rows: Iterable[tuple[str, str]]) -> str:
    """A two-column table of label → value (both already-escaped HTML)."""
    body = "".join(f'<tr><th scope="row">{k}</th><td>{v}</td></tr>\n' for k, v in rows)
    return f'<table class="facts"><tbody>\n{body}</tbody></table>\n'


def _section(title: str, body: str, anchor: str) -> str:
    return f'<section id="{anchor}">\n<h2>{_e(title)}</h2>\n{body}</section>\n'


def _operation_title(operation: RunOperation) -> str:
    return {
        RunOperation.UPDATE: _tr(QT_TRANSLATE_NOOP("report", "Update to RMS SP1")),
        RunOperation.UNINSTALL: _tr(QT_TRANSLATE_NOOP("report", "Removal of RMS SP1")),
        RunOperation.PLAN: _tr(QT_TRANSLATE_NOOP("report", "Update plan (nothing was changed)")),
        RunOperation.RECOVER: _tr(QT_TRANSLATE_NOOP("report", "Recovery of an interrupted run")),
        RunOperation.REPAIR: _tr(QT_TRANSLATE_NOOP("report", "Repair of RMS SP1")),
    }[operation]


def _outcome_text(record: RunRecord) -> str:
    outcome = record.outcome
    if outcome is None:
        return _tr(QT_TRANSLATE_NOOP("report", "The run did not finish."))
    if outcome is RunOutcome.DONE:
        if record.operation is RunOperation.UPDATE:
            return _tr(
                QT_TRANSLATE_NOOP(
                    "report",
                    "SP1 is installed. A working installation needs no re-provisioning and no extra configuration.",
                )
            )
        if record.operation is RunOperation.UNINSTALL:
            return _tr(
                QT_TRANSLATE_NOOP("report", "SP1 is removed: the server has its previous release.")
            )
        if record.operation is RunOperation.REPAIR:
            return _tr(
                QT_TRANSLATE_NOOP(
                    "report", "SP1 is repaired: its missing or damaged files were reinstalled."
                )
            )
        if record.operation is RunOperation.RECOVER:
            return {
                "rolled-back": _tr(
                    QT_TRANSLATE_NOOP(
                        "report",
                        "The interrupted run was rolled back: the install is as before it.",
                    )
                ),
                "completed": _tr(QT_TRANSLATE_NOOP("report", "The interrupted run was completed.")),
            }.get(record.recovery or "", _tr(QT_TRANSLATE_NOOP("report", "Nothing to recover.")))
        return _tr(QT_TRANSLATE_NOOP("report", "The plan was made; nothing was changed."))
    return {
        RunOutcome.FAILED: _tr(
            QT_TRANSLATE_NOOP(
                "report",
                "The run failed and every change was rolled back: the install is as before.",
            )
        ),
        RunOutcome.CANCELLED: _tr(
            QT_TRANSLATE_NOOP("report", "The run was cancelled and every change was rolled back.")
        ),
        RunOutcome.REFUSED: _tr(
            QT_TRANSLATE_NOOP("report", "The run was refused before it changed anything.")
        ),
        RunOutcome.INTERRUPTED: _tr(
            QT_TRANSLATE_NOOP(
                "report",
                "An interrupted run was found on this server: run the recovery first. Nothing was changed.",
            )
        ),
        RunOutcome.NOT_ROLLED_BACK: _tr(
            QT_TRANSLATE_NOOP(
                "report",
                "The run failed and could not be rolled back completely: the install is not as "
                "before. Run the recovery once the cause is lifted.",
            )
        ),
        RunOutcome.ERROR: _tr(
            QT_TRANSLATE_NOOP(
                "report", "The run stopped on an unexpected error; the setup log has the details."
            )
        ),
    }[outcome]


def _release(state: InstallState | None) -> str:
    if state is None:
        return "–"
    if state.status is InstallStatus.NONE:
        return _m(status_label(state.status.value))
    if state.status is InstallStatus.INTERRUPTED:
        return _tr(QT_TRANSLATE_NOOP("report", "interrupted run (%1)"), state.version or "?")
    if state.status is InstallStatus.INCONSISTENT:
        return _tr(QT_TRANSLATE_NOOP("report", "inconsistent (%1)"), state.version or "?")
    return _tr(QT_TRANSLATE_NOOP("report", "RMS %1"), state.version.value if state.version else "?")


def _item_kind(kind: str) -> str:
    return {
        "config-db": _tr(QT_TRANSLATE_NOOP("report", "configuration database")),
        "private-key": _tr(QT_TRANSLATE_NOOP("report", "private key")),
        "logging-db": _tr(QT_TRANSLATE_NOOP("report", "logging database")),
    }.get(kind, kind)


# --------------------------------------------------------------------------- sections


def _run_section(record: RunRecord) -> str:
    duration = "–"
    if record.finished is not None:
        seconds = max(0.0, (record.finished - record.started).total_seconds())
        duration = _tr(QT_TRANSLATE_NOOP("report", "%1 s"), f"{seconds:.1f}")
    rows = [
        (_tr(QT_TRANSLATE_NOOP("report", "Operation")), _operation_title(record.operation)),
        (_tr(QT_TRANSLATE_NOOP("report", "Install folder")), record.root),
        (_tr(QT_TRANSLATE_NOOP("report", "Sandbox (training)")), _yes_no(record.sandbox)),
        (_tr(QT_TRANSLATE_NOOP("report", "Started")), _when(record.started)),
        (_tr(QT_TRANSLATE_NOOP("report", "Finished")), _when(record.finished)),
        (_tr(QT_TRANSLATE_NOOP("report", "Duration")), duration),
        (_tr(QT_TRANSLATE_NOOP("report", "Program version")), f"rms-wizard {record.tool_version}"),
    ]
    if record.exit_code is not None:
        rows.append((_tr(QT_TRANSLATE_NOOP("report", "Exit code")), str(record.exit_code)))
    return _section(
        _tr(QT_TRANSLATE_NOOP("report", "The run")),
        _facts((_e(k), _e(v)) for k, v in rows),
        "run",
    )


def _server_section(record: RunRecord) -> str:
    state = record.before or record.after
    if state is None:
        return ""
    ident = state.identity
    role = _m(role_label(ident.role.value)) if ident.role else "–"
    rows = [
        (_tr(QT_TRANSLATE_NOOP("report", "Server name")), ident.name or "–"),
        (_tr(QT_TRANSLATE_NOOP("report", "Role")), role),
        (_tr(QT_TRANSLATE_NOOP("report", "Cluster")), ident.cluster_id or "–"),
        (_tr(QT_TRANSLATE_NOOP("report", "Cluster URL")), ident.cluster_url or "–"),
        (_tr(QT_TRANSLATE_NOOP("report", "Forest")), ident.forest or "–"),
        (_tr(QT_TRANSLATE_NOOP("report", "Program folder")), state.install_dir or "–"),
    ]
    body = _facts((_e(k), _e(v)) for k, v in rows)
    if state.problems:
        noticed = _tr(QT_TRANSLATE_NOOP("report", "What detection noticed:"))
        body += f"<p>{_e(noticed)}</p>\n<ul>\n"
        body += "".join(f"<li>{_e(_m(p))}</li>\n" for p in state.problems)
        body += "</ul>\n"
    return _section(_tr(QT_TRANSLATE_NOOP("report", "Server")), body, "server")


def _versions_section(record: RunRecord) -> str:
    before, after = record.before, record.after
    if before is None and after is None:
        return ""
    planned = record.operation is RunOperation.PLAN
    after_head = (
        _tr(QT_TRANSLATE_NOOP("report", "After (planned)"))
        if planned
        else _tr(QT_TRANSLATE_NOOP("report", "After"))
    )
    headers = [
        _e(_tr(QT_TRANSLATE_NOOP("report", "What"))),
        _e(_tr(QT_TRANSLATE_NOOP("report", "Before"))),
        _e(after_head),
    ]
    planned_release = "–"
    if planned and record.plan is not None and record.plan.kind is not PlanKind.NOTHING:
        planned_release = _tr(QT_TRANSLATE_NOOP("report", "RMS %1"), record.plan.to_release.value)
    elif planned and before is not None:
        planned_release = _release(before)
    rows = [
        [
            _e(_tr(QT_TRANSLATE_NOOP("report", "RMS release"))),
            _e(_release(before)),
            _e(planned_release if planned else _release(after)),
        ]
    ]
    components: dict[ComponentId, list[str]] = {}
    for column, state in ((0, before), (1, after)):
        if state is None:
            continue
        for comp in state.components:
            cell = components.setdefault(comp.id, ["–", "–"])
            if comp.installed:
                cell[column] = str(comp.version) if comp.version else "✓"
    if planned and record.plan is not None:
        from .core.detect import MAIN_BINARY

        by_binary = {path: comp_id for comp_id, path in MAIN_BINARY.items()}
        for item in record.plan.actions:
            planned_comp = by_binary.get(item.path)
            if planned_comp is None:
                continue
            cell = components.setdefault(planned_comp, ["–", "–"])
            writes = item.action in (FileAction.ADD, FileAction.REPLACE)
            cell[1] = (item.new_version if writes else item.installed_version) or "–"
    for comp_id, (old, new) in components.items():
        rows.append(
            [
                _e(_tr(QT_TRANSLATE_NOOP("report", "Component: %1"), _component_name(comp_id))),
                _e(old),
                _e(new),
            ]
        )
    body = _table(headers, rows)
    after_release = after.version if after is not None else None
    if not planned and before is not None and after is not None:
        remark = ""
        if before.version == after_release and before.status == after.status:
            remark = _tr(QT_TRANSLATE_NOOP("report", "The release did not change."))
        elif after_release is Release.SP1:
            remark = _tr(QT_TRANSLATE_NOOP("report", "The server now runs SP1."))
        if remark:
            body += f"<p>{_e(remark)}</p>\n"
    return _section(_tr(QT_TRANSLATE_NOOP("report", "Versions")), body, "versions")


def _backup_section(record: RunRecord) -> str:
    backup = record.backup
    if backup is None:
        if record.operation is RunOperation.UPDATE and (
            record.plan is None or record.plan.kind is PlanKind.UPDATE
        ):
            text = _tr(QT_TRANSLATE_NOOP("report", "No verified backup was recorded for this run."))
            return _section(
                _tr(QT_TRANSLATE_NOOP("report", "Backup")), f"<p>{_e(text)}</p>\n", "backup"
            )
        return ""
    manifest = backup.manifest
    facts = [
        (_tr(QT_TRANSLATE_NOOP("report", "Backup folder")), str(backup.folder)),
        (_tr(QT_TRANSLATE_NOOP("report", "Made")), _when(manifest.created)),
        (_tr(QT_TRANSLATE_NOOP("report", "Made on server")), manifest.server.name or "–"),
        (_tr(QT_TRANSLATE_NOOP("report", "Verified in this run")), _yes_no(record.backup_verified)),
        (
            _tr(QT_TRANSLATE_NOOP("report", "Release at the time")),
            manifest.release.value if manifest.release else "–",
        ),
    ]
    body = _facts((_e(k), _e(v)) for k, v in facts)
    headers = [
        _e(_tr(QT_TRANSLATE_NOOP("report", "Item"))),
        _e(_tr(QT_TRANSLATE_NOOP("report", "File"))),
        _e(_tr(QT_TRANSLATE_NOOP("report", "Size"))),
        _e(_tr(QT_TRANSLATE_NOOP("report", "SHA-256"))),
    ]
    rows = [
        [_e(_item_kind(i.kind)), _e(i.file), _e(_size(i.size)), f"<code>{_e(i.sha256)}</code>"]
        for i in manifest.items
    ]
    body += _table(headers, rows)
    return _section(_tr(QT_TRANSLATE_NOOP("report", "Backup")), body, "backup")


def _plan_section(record: RunRecord) -> str:
    plan = record.plan
    if plan is None:
        return ""
    counts = plan.counts()
    facts = [
        (_tr(QT_TRANSLATE_NOOP("report", "Files added")), str(counts["add"])),
        (_tr(QT_TRANSLATE_NOOP("report", "Files replaced")), str(counts["replace"])),
        (_tr(QT_TRANSLATE_NOOP("report", "Files kept")), str(counts["keep"])),
        (
            _tr(QT_TRANSLATE_NOOP("report", "Files kept because they were changed on this server")),
            str(counts["keep-modified"]),
        ),
        (_tr(QT_TRANSLATE_NOOP("report", "Files in the plan")), str(len(plan.actions))),
        (_tr(QT_TRANSLATE_NOOP("report", "Data to write")), _size(plan.bytes_to_write)),
        (
            _tr(QT_TRANSLATE_NOOP("report", "Configuration database gets the SP1 fields")),
            _yes_no(plan.config_db_migration is not None),
        ),
        (
            _tr(QT_TRANSLATE_NOOP("report", "Logging database recreated")),
            _yes_no(plan.recreate_logging_db),
        ),
    ]
    body = _facts((_e(k), _e(v)) for k, v in facts)
    if plan.notes:
        body += "<ul>\n" + "".join(f"<li>{_e(_m(n))}</li>\n" for n in plan.notes) + "</ul>\n"
    if plan.actions:
        headers = [
            _e(_tr(QT_TRANSLATE_NOOP("report", "File"))),
            _e(_tr(QT_TRANSLATE_NOOP("report", "Component"))),
            _e(_tr(QT_TRANSLATE_NOOP("report", "Action"))),
            _e(_tr(QT_TRANSLATE_NOOP("report", "Installed version"))),
            _e(_tr(QT_TRANSLATE_NOOP("report", "New version"))),
            _e(_tr(QT_TRANSLATE_NOOP("report", "Reason"))),
        ]
        rows = [
            [
                f"<code>{_e(a.path)}</code>",
                _e(_component_name(a.component)),
                f'<span class="act {_e(a.action.value)}">{_e(_action_name(a.action))}</span>',
                _e(a.installed_version or "–"),
                _e(a.new_version or "–"),
                _e(_m(a.reason)),
            ]
            for a in plan.actions
        ]
        body += _table(headers, rows, "plan")
    return _section(_tr(QT_TRANSLATE_NOOP("report", "The plan")), body, "plan")


def _result_section(record: RunRecord) -> str:
    facts: list[tuple[str, str]] = []
    body = ""
    result = record.apply_result
    if result is not None:
        facts += [
            (_tr(QT_TRANSLATE_NOOP("report", "Files written")), str(result.files_written)),
            (_tr(QT_TRANSLATE_NOOP("report", "Data written")), _size(result.bytes_written)),
        ]
        if result.statistics_imported:
            facts.append(
                (
                    _tr(QT_TRANSLATE_NOOP("report", "Past statistics imported (rows)")),
                    str(result.statistics_imported),
                )
            )
    removal = record.uninstall_result
    if removal is not None:
        facts += [
            (_tr(QT_TRANSLATE_NOOP("report", "Originals restored")), str(removal.files_restored)),
            (_tr(QT_TRANSLATE_NOOP("report", "SP1 files removed")), str(removal.files_removed)),
            (
                _tr(QT_TRANSLATE_NOOP("report", "Configuration database restored from the backup")),
                _yes_no(removal.config_db_restored),
            ),
        ]
    elif record.restore_config_db is not None:
        facts.append(
            (
                _tr(QT_TRANSLATE_NOOP("report", "Configuration database")),
                _tr(QT_TRANSLATE_NOOP("report", "restore the backup made before SP1"))
                if record.restore_config_db
                else _tr(QT_TRANSLATE_NOOP("report", "keep the SP1 database")),
            )
        )
    if facts:
        body += _facts((_e(k), _e(v)) for k, v in facts)
    store = record.rollback_store
    if store is not None and store.entries:
        headers = [
            _e(_tr(QT_TRANSLATE_NOOP("report", "File"))),
            _e(_tr(QT_TRANSLATE_NOOP("report", "What removing SP1 does"))),
        ]
        rows = [
            [
                f"<code>{_e(entry.path)}</code>",
                _e(
                    _tr(QT_TRANSLATE_NOOP("report", "puts the original back"))
                    if entry.action == "replaced"
                    else _tr(QT_TRANSLATE_NOOP("report", "removes the file SP1 added"))
                ),
            ]
            for entry in store.entries
        ]
        body += _table(headers, rows, "plan")
    notes = list(record.notes)
    if removal is not None:
        notes += [n for n in removal.notes if n not in notes]
    if notes:
        body += "<ul>\n" + "".join(f"<li>{_e(_m(n))}</li>\n" for n in notes) + "</ul>\n"
    if not body:
        return ""
    return _section(_tr(QT_TRANSLATE_NOOP("report", "What changed")), body, "result")


_STYLE = """
body { font-family: "Segoe UI", Tahoma, "DejaVu Sans", sans-serif; font-size: 10pt;
       color: #1b1b1b; margin: 24px auto; max-width: 1100px; padding: 0 16px; }
h1 { font-size: 16pt; margin: 0 0 4px; color: #0b3d6e; }
h2 { font-size: 12pt; margin: 24px 0 8px; border-bottom: 1px solid #c8d3de; color: #0b3d6e; }
.sub { color: #555; margin: 0 0 16px; }
.outcome { padding: 10px 14px; border-left: 6px solid; margin: 12px 0; }
.outcome.ok { background: #eef7ee; border-color: #2e7d32; }
.outcome.bad { background: #fdeeee; border-color: #c62828; }
.outcome.neutral { background: #eef3f8; border-color: #0b3d6e; }
.outcome p { margin: 4px 0; }
table { border-collapse: collapse; margin: 6px 0 10px; }
th, td { text-align: left; vertical-align: top; padding: 3px 10px 3px 0; }
thead th { border-bottom: 1px solid #999; }
table.plan td, table.plan th { padding-right: 14px; }
table.plan tbody tr:nth-child(even) { background: #f4f6f8; }
table.facts th { font-weight: normal; color: #444; padding-right: 18px; }
code { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 9pt; word-break: break-all; }
.act.add { color: #1b5e20; } .act.replace { color: #0d47a1; }
.act.keep-modified { color: #8d4e00; font-weight: bold; }
footer { margin-top: 28px; color: #666; font-size: 8.5pt; }
@media print { body { margin: 0; } h2 { page-break-after: avoid; } }
"""


def render_run_report(record: RunRecord) -> str:
    """The report as one HTML document (a string), in the current language."""
    title = _tr(QT_TRANSLATE_NOOP("report", "Windows RMS SP1 Setup: run report"))
    ok = record.outcome is RunOutcome.DONE
    bad = record.outcome not in (None, RunOutcome.DONE)
    css = (
        "ok" if ok and record.operation is not RunOperation.PLAN else ("bad" if bad else "neutral")
    )
    outcome = f"<p><strong>{_e(_outcome_text(record))}</strong></p>\n"
    if record.message is not None:
        outcome += f"<p>{_e(_m(record.message))}</p>\n"
    log_text = (
        _tr(QT_TRANSLATE_NOOP("report", "The setup log of this run: %1"), record.log_path)
        if record.log_path
        else _tr(QT_TRANSLATE_NOOP("report", "No setup log was written for this run."))
    )
    parts = [
        "<!DOCTYPE html>\n",
        f'<html lang="{_e(record.language)}">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="generator" content="rms-wizard">\n',
        f"<title>{_e(title)} – {_e(_operation_title(record.operation))}</title>\n",
        f"<style>{_STYLE}</style>\n</head>\n<body>\n<header>\n",
        f"<h1>{_e(title)}</h1>\n",
        f'<p class="sub">{_e(_operation_title(record.operation))}',
    ]
    server = record.before or record.after
    if server is not None and server.identity.name:
        parts.append(f" · {_e(server.identity.name)}")
    if record.sandbox:
        parts.append(" · " + _e(_tr(QT_TRANSLATE_NOOP("report", "sandbox (training)"))))
    parts.append("</p>\n</header>\n")
    outcome_title = _tr(QT_TRANSLATE_NOOP("report", "Outcome"))
    parts.append(
        f'<section id="outcome" class="outcome {css}">\n'
        f"<h2>{_e(outcome_title)}</h2>\n{outcome}</section>\n"
    )
    footer = _tr(
        QT_TRANSLATE_NOOP("report", "Written by rms-wizard %1 on %2."),
        record.tool_version,
        _when(datetime.now(UTC)),
    )
    parts += [
        _run_section(record),
        _server_section(record),
        _versions_section(record),
        _backup_section(record),
        _plan_section(record),
        _result_section(record),
        _section(_tr(QT_TRANSLATE_NOOP("report", "Setup log")), f"<p>{_e(log_text)}</p>\n", "log"),
        f"<footer>{_e(footer)}</footer>\n",
        "</body>\n</html>\n",
    ]
    return "".join(parts)


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


# --------------------------------------------------------------------------- filling a record


class RunTracker:
    """Fills a :class:`RunRecord` and the setup log as a run goes, and writes the report at the end.

    The CLI uses one per apply/uninstall/plan/recover; the wizard may too (or fill a RunRecord
    itself and call :func:`write_run_report`)::

        run = RunTracker(RunOperation.UPDATE, root, log, language="nl", report_path=path)
        run.detect_before()                 # every detection finding into the log, and "before"
        run.note_backup(backup_folder)      # the backup's items and hashes (no password needed)
        result = apply_update(root, ..., log=log.line)
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
        from .core.sandbox import SANDBOX_MARKER

        self.root = root
        self.log = log
        self.report_path = report_path
        self.record = RunRecord(
            operation=operation,
            root=str(root.absolute()),
            language=language,
            sandbox=(root / SANDBOX_MARKER).is_file(),
            log_path=str(log.path) if log.path else None,
        )

    def _detect(self, label: str) -> InstallState | None:
        from .core.detect import detect_install

        try:
            state = detect_install(self.root)
        except (RmsError, OSError) as exc:
            self.log.line(f"{label}: not possible: {exc}")
            return None
        self.log.detection(state, label)
        return state

    def detect_before(self, *, required: bool = True) -> InstallState | None:
        """Detect the install before the run; ``required``: let a detection error stop the run."""
        state: InstallState | None
        if required:
            from .core.detect import detect_install

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
        from .core.payload import baseline_payload, sp1_payload
        from .core.plan import plan_update

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
        if self.record.operation is not RunOperation.PLAN:
            self.record.after = self._detect("detect (after)")
        self.record.message = message
        self.record.finish(outcome, exit_code)
        if self.report_path is None:
            return None
        try:
            path = write_run_report(self.report_path, self.record, redact=self.log.redact)
        except OSError as exc:
            self.log.line(f"report: cannot write {self.report_path}: {exc}")
            raise
        self.log.line(f"report: written to {path}")
        return path


__all__ = [
    "RunOperation",
    "RunOutcome",
    "RunRecord",
    "RunTracker",
    "render_run_report",
    "write_run_report",
]
