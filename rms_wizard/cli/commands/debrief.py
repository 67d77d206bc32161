"""``rms-wizard debrief SANDBOX_DIR`` and ``rms-wizard debrief collect DIR...``.

The first scores one sandbox with the debrief page's rules
(:func:`~rms_wizard.training.debrief_sandbox.score_sandbox`); the second puts a class's sandboxes and
exported debriefs in one table (:mod:`rms_wizard.training.class_overview`).
"""

from __future__ import annotations

from pathlib import Path

from ...core.common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from ..context import Context
from ..output import render, translate

COLLECT = "collect"


def cmd_debrief(ctx: Context) -> int:
    paths: list[str] = ctx.args.paths
    if paths[0] == COLLECT:
        return _collect(ctx, [Path(p) for p in paths[1:]])
    if len(paths) != 1 or ctx.args.csv:
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP(
                    "cli", "debrief takes one sandbox folder (several only after 'collect')."
                )
            )
        )
    return _one(ctx, Path(paths[0]))


def _one(ctx: Context, folder: Path) -> int:
    from ...i18n import _translate
    from ...training.debrief_html import write_debrief_html
    from ...training.debrief_sandbox import debrief_record, score_sandbox

    score = score_sandbox(folder)
    if ctx.args.html:
        write_debrief_html(
            Path(ctx.args.html),
            score.debrief,
            score.scenario,
            ctx.language,
            _translate,
            events=score.events,
        )
    if ctx.args.json:
        ctx.json(debrief_record(score, _translate, ctx.language))
        return 0
    debrief = score.debrief
    ctx.out(
        translate(
            QT_TRANSLATE_NOOP("cli", "Scenario %1: %2 of %3 recommendations followed (%4%)"),
            score.scenario.id,
            debrief.passed_count,
            debrief.applicable_count,
            debrief.percent,
        )
    )
    for item in debrief.items:
        mark = "✔" if item.passed else "✘"
        ctx.out(f"  {mark} {render(item.title)}: {render(item.explanation)}")
    return 0


def _collect(ctx: Context, folders: list[Path]) -> int:
    from ...core.common.atomic import write_atomic
    from ...i18n import _translate
    from ...training.class_overview import (
        collect_records,
        overview_rows,
        render_overview_html,
        write_overview_csv,
    )

    if not folders:
        raise BadInputError(msg(QT_TRANSLATE_NOOP("cli", "debrief collect needs a folder.")))
    records = collect_records(folders, _translate, ctx.language)
    if ctx.args.csv:
        write_overview_csv(Path(ctx.args.csv), records)
    if ctx.args.html:
        write_atomic(Path(ctx.args.html), render_overview_html(records, ctx.language, _translate))
    if ctx.args.json:
        ctx.json(records)
        return 0
    rows = overview_rows(records)
    runs = len(rows) - 1  # the first row is the header
    ctx.out(translate(QT_TRANSLATE_NOOP("cli", "%1 runs found."), runs))
    for row in rows:
        ctx.out("\t".join(row))
    return 0
