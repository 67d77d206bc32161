"""The run report as one self-contained HTML page: a :class:`RunRecord` put into words, then into
``templates/run_report.html.j2``.

Each part of the page is a small dict of texts, translated here (the marks stay in Python for
lupdate); the template holds the markup and escapes every value. There are no external resources
(styles are inline, no scripts, no images to fetch).
"""

from __future__ import annotations

from datetime import UTC, datetime

from .core.common.messages import QT_TRANSLATE_NOOP
from .core.engine.plan import PlanKind, UpdatePlan
from .core.install.labels import role_label
from .core.install.models import ComponentId, FileAction, InstallState, Release
from .run_record import RunOperation, RunOutcome, RunRecord
from .run_report_text import (
    action_name,
    component_name,
    item_kind_text,
    message_text,
    operation_title,
    outcome_text,
    release_text,
    size_text,
    tr,
    when,
    yes_no_text,
)

#: One part of the page: its title and what it shows (texts, rows of texts).
Part = dict[str, object]


def _run_part(record: RunRecord) -> Part:
    duration = "–"
    if record.finished is not None:
        seconds = max(0.0, (record.finished - record.started).total_seconds())
        duration = tr(QT_TRANSLATE_NOOP("report", "%1 s"), f"{seconds:.1f}")
    rows = [
        (tr(QT_TRANSLATE_NOOP("report", "Operation")), operation_title(record.operation)),
        (tr(QT_TRANSLATE_NOOP("report", "Install folder")), record.root),
        (tr(QT_TRANSLATE_NOOP("report", "Sandbox (training)")), yes_no_text(record.sandbox)),
        (tr(QT_TRANSLATE_NOOP("report", "Started")), when(record.started)),
        (tr(QT_TRANSLATE_NOOP("report", "Finished")), when(record.finished)),
        (tr(QT_TRANSLATE_NOOP("report", "Duration")), duration),
        (tr(QT_TRANSLATE_NOOP("report", "Program version")), f"rms-wizard {record.tool_version}"),
    ]
    if record.exit_code is not None:
        rows.append((tr(QT_TRANSLATE_NOOP("report", "Exit code")), str(record.exit_code)))
    return {"title": tr(QT_TRANSLATE_NOOP("report", "The run")), "facts": rows}


def _server_part(record: RunRecord) -> Part | None:
    state = record.before or record.after
    if state is None:
        return None
    ident = state.identity
    role = message_text(role_label(ident.role.value)) if ident.role else "–"
    rows = [
        (tr(QT_TRANSLATE_NOOP("report", "Server name")), ident.name or "–"),
        (tr(QT_TRANSLATE_NOOP("report", "Role")), role),
        (tr(QT_TRANSLATE_NOOP("report", "Cluster")), ident.cluster_id or "–"),
        (tr(QT_TRANSLATE_NOOP("report", "Cluster URL")), ident.cluster_url or "–"),
        (tr(QT_TRANSLATE_NOOP("report", "Forest")), ident.forest or "–"),
        (tr(QT_TRANSLATE_NOOP("report", "Program folder")), state.install_dir or "–"),
    ]
    return {
        "title": tr(QT_TRANSLATE_NOOP("report", "Server")),
        "facts": rows,
        "noticed": tr(QT_TRANSLATE_NOOP("report", "What detection noticed:")),
        "problems": [message_text(p) for p in state.problems],
    }


def _component_versions(record: RunRecord, planned: bool) -> dict[ComponentId, list[str]]:
    """Per component: its version before and after (or as planned); "–" where it is missing."""
    components: dict[ComponentId, list[str]] = {}
    for column, state in ((0, record.before), (1, record.after)):
        if state is None:
            continue
        for comp in state.components:
            cell = components.setdefault(comp.id, ["–", "–"])
            if comp.installed:
                cell[column] = str(comp.version) if comp.version else "✓"
    if planned and record.plan is not None:
        from .core.engine.detect import MAIN_BINARY

        by_binary = {path: comp_id for comp_id, path in MAIN_BINARY.items()}
        for item in record.plan.actions:
            planned_comp = by_binary.get(item.path)
            if planned_comp is None:
                continue
            cell = components.setdefault(planned_comp, ["–", "–"])
            writes = item.action in (FileAction.ADD, FileAction.REPLACE)
            cell[1] = (item.new_version if writes else item.installed_version) or "–"
    return components


def _release_remark(before: InstallState | None, after: InstallState | None) -> str:
    if before is None or after is None:
        return ""
    after_release = after.version
    if before.version == after_release and before.status == after.status:
        return tr(QT_TRANSLATE_NOOP("report", "The release did not change."))
    if after_release is Release.SP1:
        return tr(QT_TRANSLATE_NOOP("report", "The server now runs SP1."))
    return ""


def _versions_part(record: RunRecord) -> Part | None:
    before, after = record.before, record.after
    if before is None and after is None:
        return None
    planned = record.operation is RunOperation.PLAN
    after_head = (
        tr(QT_TRANSLATE_NOOP("report", "After (planned)"))
        if planned
        else tr(QT_TRANSLATE_NOOP("report", "After"))
    )
    headers = [
        tr(QT_TRANSLATE_NOOP("report", "What")),
        tr(QT_TRANSLATE_NOOP("report", "Before")),
        after_head,
    ]
    planned_release = "–"
    if planned and record.plan is not None and record.plan.kind is not PlanKind.NOTHING:
        planned_release = tr(QT_TRANSLATE_NOOP("report", "RMS %1"), record.plan.to_release.value)
    elif planned and before is not None:
        planned_release = release_text(before)
    rows = [
        [
            tr(QT_TRANSLATE_NOOP("report", "RMS release")),
            release_text(before),
            planned_release if planned else release_text(after),
        ]
    ]
    for comp_id, (old, new) in _component_versions(record, planned).items():
        rows.append(
            [tr(QT_TRANSLATE_NOOP("report", "Component: %1"), component_name(comp_id)), old, new]
        )
    return {
        "title": tr(QT_TRANSLATE_NOOP("report", "Versions")),
        "headers": headers,
        "rows": rows,
        "remark": "" if planned else _release_remark(before, after),
    }


def _backup_part(record: RunRecord) -> Part | None:
    title = tr(QT_TRANSLATE_NOOP("report", "Backup"))
    backup = record.backup
    if backup is None:
        if record.operation is RunOperation.UPDATE and (
            record.plan is None or record.plan.kind is PlanKind.UPDATE
        ):
            missing = tr(
                QT_TRANSLATE_NOOP("report", "No verified backup was recorded for this run.")
            )
            return {"title": title, "missing": missing}
        return None
    manifest = backup.manifest
    facts = [
        (tr(QT_TRANSLATE_NOOP("report", "Backup folder")), str(backup.folder)),
        (tr(QT_TRANSLATE_NOOP("report", "Made")), when(manifest.created)),
        (tr(QT_TRANSLATE_NOOP("report", "Made on server")), manifest.server.name or "–"),
        (
            tr(QT_TRANSLATE_NOOP("report", "Verified in this run")),
            yes_no_text(record.backup_verified),
        ),
        (
            tr(QT_TRANSLATE_NOOP("report", "Release at the time")),
            manifest.release.value if manifest.release else "–",
        ),
    ]
    headers = [
        tr(QT_TRANSLATE_NOOP("report", "Item")),
        tr(QT_TRANSLATE_NOOP("report", "File")),
        tr(QT_TRANSLATE_NOOP("report", "Size")),
        tr(QT_TRANSLATE_NOOP("report", "SHA-256")),
    ]
    entries = [
        {
            "kind": item_kind_text(i.kind),
            "file": i.file,
            "size": size_text(i.size),
            "sha256": i.sha256,
        }
        for i in manifest.items
    ]
    return {"title": title, "missing": "", "facts": facts, "headers": headers, "entries": entries}


def _plan_facts(plan: UpdatePlan) -> list[tuple[str, str]]:
    counts = plan.counts()
    return [
        (tr(QT_TRANSLATE_NOOP("report", "Files added")), str(counts["add"])),
        (tr(QT_TRANSLATE_NOOP("report", "Files replaced")), str(counts["replace"])),
        (tr(QT_TRANSLATE_NOOP("report", "Files kept")), str(counts["keep"])),
        (
            tr(QT_TRANSLATE_NOOP("report", "Files kept because they were changed on this server")),
            str(counts["keep-modified"]),
        ),
        (tr(QT_TRANSLATE_NOOP("report", "Files in the plan")), str(len(plan.actions))),
        (tr(QT_TRANSLATE_NOOP("report", "Data to write")), size_text(plan.bytes_to_write)),
        (
            tr(QT_TRANSLATE_NOOP("report", "Configuration database gets the SP1 fields")),
            yes_no_text(plan.config_db_migration is not None),
        ),
        (
            tr(QT_TRANSLATE_NOOP("report", "Logging database recreated")),
            yes_no_text(plan.recreate_logging_db),
        ),
    ]


def _plan_part(record: RunRecord) -> Part | None:
    plan = record.plan
    if plan is None:
        return None
    headers = [
        tr(QT_TRANSLATE_NOOP("report", "File")),
        tr(QT_TRANSLATE_NOOP("report", "Component")),
        tr(QT_TRANSLATE_NOOP("report", "Action")),
        tr(QT_TRANSLATE_NOOP("report", "Installed version")),
        tr(QT_TRANSLATE_NOOP("report", "New version")),
        tr(QT_TRANSLATE_NOOP("report", "Reason")),
    ]
    actions = [
        {
            "path": a.path,
            "component": component_name(a.component),
            "action": a.action.value,
            "action_label": action_name(a.action),
            "installed_version": a.installed_version or "–",
            "new_version": a.new_version or "–",
            "reason": message_text(a.reason),
        }
        for a in plan.actions
    ]
    return {
        "title": tr(QT_TRANSLATE_NOOP("report", "The plan")),
        "facts": _plan_facts(plan),
        "notes": [message_text(n) for n in plan.notes],
        "headers": headers,
        "actions": actions,
    }


def _result_facts(record: RunRecord) -> list[tuple[str, str]]:
    facts: list[tuple[str, str]] = []
    result = record.apply_result
    if result is not None:
        facts += [
            (tr(QT_TRANSLATE_NOOP("report", "Files written")), str(result.files_written)),
            (tr(QT_TRANSLATE_NOOP("report", "Data written")), size_text(result.bytes_written)),
        ]
        if result.statistics_imported:
            facts.append(
                (
                    tr(QT_TRANSLATE_NOOP("report", "Past statistics imported (rows)")),
                    str(result.statistics_imported),
                )
            )
    removal = record.uninstall_result
    if removal is not None:
        facts += [
            (tr(QT_TRANSLATE_NOOP("report", "Originals restored")), str(removal.files_restored)),
            (tr(QT_TRANSLATE_NOOP("report", "SP1 files removed")), str(removal.files_removed)),
            (
                tr(QT_TRANSLATE_NOOP("report", "Configuration database restored from the backup")),
                yes_no_text(removal.config_db_restored),
            ),
        ]
    elif record.restore_config_db is not None:
        facts.append(
            (
                tr(QT_TRANSLATE_NOOP("report", "Configuration database")),
                tr(QT_TRANSLATE_NOOP("report", "restore the backup made before SP1"))
                if record.restore_config_db
                else tr(QT_TRANSLATE_NOOP("report", "keep the SP1 database")),
            )
        )
    return facts


def _result_part(record: RunRecord) -> Part | None:
    facts = _result_facts(record)
    store = record.rollback_store
    store_rows = [
        (
            entry.path,
            tr(QT_TRANSLATE_NOOP("report", "puts the original back"))
            if entry.action == "replaced"
            else tr(QT_TRANSLATE_NOOP("report", "removes the file SP1 added")),
        )
        for entry in (store.entries if store is not None else [])
    ]
    notes = list(record.notes)
    if record.uninstall_result is not None:
        notes += [n for n in record.uninstall_result.notes if n not in notes]
    if not facts and not store_rows and not notes:
        return None
    return {
        "title": tr(QT_TRANSLATE_NOOP("report", "What changed")),
        "facts": facts,
        "store_headers": [
            tr(QT_TRANSLATE_NOOP("report", "File")),
            tr(QT_TRANSLATE_NOOP("report", "What removing SP1 does")),
        ],
        "store_rows": store_rows,
        "notes": [message_text(n) for n in notes],
    }


def _outcome_part(record: RunRecord) -> Part:
    ok = record.outcome is RunOutcome.DONE
    bad = record.outcome not in (None, RunOutcome.DONE)
    css = (
        "ok" if ok and record.operation is not RunOperation.PLAN else ("bad" if bad else "neutral")
    )
    return {
        "title": tr(QT_TRANSLATE_NOOP("report", "Outcome")),
        "css": f"outcome {css}",
        "text": outcome_text(record),
        "message": None if record.message is None else message_text(record.message),
    }


def _log_part(record: RunRecord) -> Part:
    text = (
        tr(QT_TRANSLATE_NOOP("report", "The setup log of this run: %1"), record.log_path)
        if record.log_path
        else tr(QT_TRANSLATE_NOOP("report", "No setup log was written for this run."))
    )
    return {"title": tr(QT_TRANSLATE_NOOP("report", "Setup log")), "text": text}


def render_run_report(record: RunRecord) -> str:
    """The report as one HTML document (a string), in the current language."""
    from .core.common.html_templates import render_page

    subtitle: list[str] = []
    server = record.before or record.after
    if server is not None and server.identity.name:
        subtitle.append(server.identity.name)
    if record.sandbox:
        subtitle.append(tr(QT_TRANSLATE_NOOP("report", "sandbox (training)")))
    footer = tr(
        QT_TRANSLATE_NOOP("report", "Written by rms-wizard %1 on %2."),
        record.tool_version,
        when(datetime.now(UTC)),
    )
    return render_page(
        "run_report.html.j2",
        lang=record.language,
        title=tr(QT_TRANSLATE_NOOP("report", "Windows RMS SP1 Setup: run report")),
        operation_title=operation_title(record.operation),
        subtitle=subtitle,
        outcome=_outcome_part(record),
        run=_run_part(record),
        server=_server_part(record),
        versions=_versions_part(record),
        backup=_backup_part(record),
        plan=_plan_part(record),
        result=_result_part(record),
        log=_log_part(record),
        footer=footer,
    )


__all__ = ["render_run_report"]
