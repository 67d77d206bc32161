"""``rms-wizard replay FILE --dry-run``: what the replay would do, file by file (or as JSON).

Nothing here changes anything: it renders a :class:`~rms_wizard.core.fleet.replay.ReplayPlan`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...core.common.messages import QT_TRANSLATE_NOOP
from ..context import Context, table
from ..output import EXIT_OK, render, translate

if TYPE_CHECKING:
    from ...core.fleet.replay import ReplayPlan


def _removal_files(plan: ReplayPlan) -> list[tuple[str, str]]:
    """(action, path) of each file a removal touches: the rollback store's entries, or -- SP1
    installed fresh -- every SP1 file there is."""
    if plan.store is not None:
        return [
            ("restore" if entry.action == "replaced" else "remove", entry.path)
            for entry in plan.store.entries
        ]
    from ...core.engine.payload import sp1_payload

    return [
        ("remove", item.path)
        for item in sp1_payload().manifest.files
        if plan.state.file(item.path) is not None
    ]


def plan_json(plan: ReplayPlan) -> dict[str, Any]:
    from ..json_views import plan_json

    answers = plan.answers
    data: dict[str, Any] = {
        "operation": answers.operation,
        "root": str(plan.root),
        "server": plan.state.identity.name,
        "backup_dir": str(plan.backup_dir) if plan.backup_dir else None,
        "include_logging_db": answers.include_logging_db,
        "import_statistics": answers.import_statistics,
        "config_db": answers.config_db,
        "restore_from": str(plan.restore_from) if plan.restore_from else None,
    }
    if plan.update_plan is not None:
        data["plan"] = plan_json(plan.update_plan, render)
    else:
        data["files"] = [{"action": a, "path": p} for a, p in _removal_files(plan)]
    return data


_REMOVAL_ACTIONS = {
    "restore": QT_TRANSLATE_NOOP("cli", "put the 1.0 file back"),
    "remove": QT_TRANSLATE_NOOP("cli", "remove"),
}


def show_plan(ctx: Context, plan: ReplayPlan) -> int:

    if ctx.args.json:
        ctx.json(plan_json(plan) | {"dry_run": True})
        return EXIT_OK
    answers = plan.answers
    ctx.out(
        translate(
            QT_TRANSLATE_NOOP("cli", "Replay on server %1 (%2):"),
            plan.state.identity.name or "-",
            plan.root,
        )
    )
    if answers.operation == "update":
        _show_update(ctx, plan)
    else:
        _show_removal(ctx, plan)
    ctx.out(translate(QT_TRANSLATE_NOOP("cli", "Dry run: nothing was changed.")))
    return EXIT_OK


def _show_update(ctx: Context, plan: ReplayPlan) -> None:
    from ...core.install.labels import action_label

    answers = plan.answers
    what = (
        QT_TRANSLATE_NOOP(
            "cli",
            "1. Back up the configuration database, the private key and the logging database to "
            "%1, and verify the backup.",
        )
        if answers.include_logging_db
        else QT_TRANSLATE_NOOP(
            "cli",
            "1. Back up the configuration database and the private key to %1, and verify the "
            "backup.",
        )
    )
    ctx.out(translate(what, plan.backup_dir))
    ctx.out(translate(QT_TRANSLATE_NOOP("cli", "2. Apply SP1, file by file:")))
    assert plan.update_plan is not None
    table(
        ctx,
        [
            (
                "   " + render(action_label(item.action)),
                item.path,
                f"{item.installed_version or '-'} -> {item.new_version or '-'}",
                render(item.reason),
            )
            for item in plan.update_plan.actions
        ],
    )
    if answers.import_statistics:
        ctx.out(
            translate(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "   The past statistics are copied back from the backed-up logging database.",
                )
            )
        )
    ctx.out(translate(QT_TRANSLATE_NOOP("cli", "3. Check that the install is exactly SP1.")))


def _show_removal(ctx: Context, plan: ReplayPlan) -> None:

    if plan.restore_from is not None:
        ctx.out(
            translate(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "1. Verify the backup in %1 and restore the configuration database from it.",
                ),
                plan.restore_from,
            )
        )
    else:
        ctx.out(translate(QT_TRANSLATE_NOOP("cli", "1. Keep the SP1 configuration database.")))
    ctx.out(translate(QT_TRANSLATE_NOOP("cli", "2. Remove SP1, file by file:")))
    table(ctx, [("   " + translate(_REMOVAL_ACTIONS[a]), p) for a, p in _removal_files(plan)])
    ctx.out(translate(QT_TRANSLATE_NOOP("cli", "3. Check that the install is exactly RMS 1.0.")))


__all__ = ["plan_json", "show_plan"]
