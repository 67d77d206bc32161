"""The commands that read an install and change nothing: detect, plan, verify, interop."""

from __future__ import annotations

from pathlib import Path

from ...core.common.messages import QT_TRANSLATE_NOOP
from ...core.install.labels import action_label, component_label, role_label, status_label, yes_no
from ..context import Context, table
from ..output import EXIT_INTERRUPTED, EXIT_MISMATCH, EXIT_OK, render, translate


def cmd_detect(ctx: Context) -> int:
    from ...core.engine.detect import detect_install
    from ..json_views import state_json

    state = detect_install(Path(ctx.args.root))
    ctx.log.detection(state)
    if ctx.args.json:
        ctx.json(state_json(state, render))
        return EXIT_OK
    version = state.version.value if state.version else translate(QT_TRANSLATE_NOOP("cli", "none"))
    ctx.out(
        translate(QT_TRANSLATE_NOOP("cli", "Install state: %1"), render(status_label(state.status)))
    )
    ctx.out(translate(QT_TRANSLATE_NOOP("cli", "RMS version: %1"), version))
    if state.identity.name:
        ctx.out(
            translate(
                QT_TRANSLATE_NOOP("cli", "Server: %1 (%2), cluster %3, forest %4"),
                state.identity.name,
                render(role_label(state.identity.role)) if state.identity.role else "-",
                state.identity.cluster_id or "-",
                state.identity.forest or "-",
            )
        )
    if state.components:
        ctx.out(translate(QT_TRANSLATE_NOOP("cli", "Components (installed, version):")))
    table(
        ctx,
        [
            (
                "  " + render(component_label(comp.id)),
                render(yes_no(comp.installed)),
                str(comp.version or ""),
            )
            for comp in state.components
        ],
    )
    ctx.out(translate(QT_TRANSLATE_NOOP("cli", "Files: %1"), len(state.files)))
    for problem in state.problems:
        ctx.out("  ! " + render(problem))
    return EXIT_OK


def cmd_plan(ctx: Context) -> int:
    from ...core.engine.payload import baseline_payload, sp1_payload
    from ...core.engine.plan import plan_update
    from ...run_record import RunOperation
    from ..json_views import plan_json
    from .plan_options import plan_options

    run = ctx.track(RunOperation.PLAN)
    state = run.detect_before()
    assert state is not None  # a required detection raises, it never returns None
    options, state = plan_options(ctx.args, state)
    plan = plan_update(state, sp1_payload(), baseline_payload(), options)
    run.note_plan(plan)
    if ctx.args.json:
        ctx.json(plan_json(plan, render))
        return EXIT_OK
    for note in plan.notes:
        ctx.out(render(note))
    table(
        ctx,
        [
            (
                render(action_label(item.action)),
                item.path,
                f"{item.installed_version or '-'} -> {item.new_version or '-'}",
                render(item.reason),
            )
            for item in plan.actions
        ],
    )
    counts = plan.counts()
    ctx.out(
        translate(
            QT_TRANSLATE_NOOP("cli", "Add: %1, replace: %2, keep: %3, keep (modified): %4"),
            counts["add"],
            counts["replace"],
            counts["keep"],
            counts["keep-modified"],
        )
    )
    if plan.config_db_migration is not None:
        ctx.out(
            translate(QT_TRANSLATE_NOOP("cli", "The configuration database gets the SP1 fields."))
        )
    return EXIT_OK


def cmd_verify(ctx: Context) -> int:
    from ...core.engine.detect import detect_install
    from ...core.engine.verify import verify_state

    result = verify_state(detect_install(Path(ctx.args.root)))
    if ctx.args.json:
        ctx.json(
            {
                "state": result.state.value if result.state else None,
                "ok": result.ok,
                "modified": result.modified,
                "differences": [render(d) for d in result.differences],
                "notes": [render(n) for n in result.notes],
            }
        )
    elif result.ok:
        assert result.state is not None
        ctx.out(
            translate(
                QT_TRANSLATE_NOOP("cli", "The install is exactly RMS %1."), result.state.value
            )
        )
        for path in result.modified:
            ctx.out(translate(QT_TRANSLATE_NOOP("cli", "  changed by an admin (kept): %1"), path))
        for note in result.notes:
            ctx.out("  " + render(note))
    else:
        ctx.out(translate(QT_TRANSLATE_NOOP("cli", "The install is not in a known state:")))
        for difference in result.differences:
            ctx.out("  " + render(difference))
    if result.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_OK if result.ok else EXIT_MISMATCH


def cmd_interop(ctx: Context) -> int:
    from ...core.fleet.interop import FEATURES, features_for, value_text

    features = features_for(ctx.args.server, ctx.args.clients)
    if ctx.args.json:
        ctx.json(features.model_dump(mode="json"))
        return EXIT_OK
    table(
        ctx,
        [
            (render(feature.label), render(value_text(getattr(features, feature.key))))
            for feature in FEATURES
        ],
    )
    return EXIT_OK
