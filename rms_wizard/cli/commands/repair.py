"""``rms-wizard repair --root DIR [--mode LETTERS] [--plan] [--json]``: reinstall SP1's missing or
damaged files, transactionally (``--plan`` only shows what it would do)."""

from __future__ import annotations

from pathlib import Path

from ...core.common.messages import QT_TRANSLATE_NOOP
from ..context import Context, progress_printer, table
from ..output import EXIT_OK, render, translate


def cmd_repair(ctx: Context) -> int:
    from ...core.engine.repair import preview_repair, repair_options, repair_sp1
    from ...core.install.labels import action_label
    from ..json_views import plan_json

    root = Path(ctx.args.root)
    options = repair_options(ctx.args.mode)
    if ctx.args.plan:
        plan = preview_repair(root, options)
    else:
        plan = repair_sp1(
            root,
            options=options,
            progress=progress_printer(ctx),
            cancel=ctx.cancel,
        ).plan
    if ctx.args.json:
        ctx.json(plan_json(plan, render))
        return EXIT_OK
    table(
        ctx,
        [
            (render(action_label(item.action)), item.path, render(item.reason))
            for item in plan.actions
            if ctx.args.plan or item.action.value in ("add", "replace")
        ],
    )
    written = len(plan.changes())
    if ctx.args.plan:
        text = QT_TRANSLATE_NOOP("cli", "The repair would reinstall %1 files.")
    elif written:
        text = QT_TRANSLATE_NOOP("cli", "SP1 is repaired: %1 files reinstalled.")
    else:
        text = QT_TRANSLATE_NOOP("cli", "Nothing to repair: every SP1 file is in place.")
    ctx.out(translate(text, written))
    return EXIT_OK
