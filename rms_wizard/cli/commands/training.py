"""``rms-wizard scenarios``, ``sandbox create|reset`` and ``scenario check FILE|schema``: the
training scenarios, a sandbox made from one, and a trainer's own scenarios (see
``docs/scenarios.md``; the options ``--scenarios DIR`` and ``--seed N`` are in
:mod:`rms_wizard.cli.global_options`)."""

from __future__ import annotations

from pathlib import Path

from ...core.common.messages import QT_TRANSLATE_NOOP
from ..context import Context, check_file_or_schema, table
from ..output import EXIT_OK, render, translate


def cmd_sandbox(ctx: Context) -> int:
    from ...training.sandbox import create_sandbox, reset_sandbox

    if ctx.args.sandbox_command == "create":
        folder = Path(ctx.args.dir)
        scenario = create_sandbox(ctx.args.scenario, folder, getattr(ctx.args, "seed", None))
    else:
        folder = Path(ctx.args.dir)
        scenario = reset_sandbox(folder)
        from ...training.cluster_sandbox import forget_sandbox_secrets

        forget_sandbox_secrets(scenario)  # the sandbox service's entries of its servers only
    if getattr(ctx.args, "json", False):
        ctx.json(
            {
                "root": str(folder.resolve()),
                "scenario": scenario.id,
                "key_password": scenario.key_password,
            }
        )
    else:
        ctx.out(
            translate(QT_TRANSLATE_NOOP("cli", "Scenario %1 is ready in %2"), scenario.id, folder)
        )
    return EXIT_OK


def cmd_scenario(ctx: Context) -> int:
    from ...training.scenario_model import Scenario

    def valid(path: Path) -> str:
        from ...training.scenario_check import check_scenario_file

        scenario = check_scenario_file(path)
        return translate(
            QT_TRANSLATE_NOOP("cli", "The scenario file %1 is valid: %2 (%3)."),
            path,
            scenario.id,
            scenario.title.get(ctx.language),
        )

    return check_file_or_schema(ctx, ctx.args.scenario_command, Scenario.model_json_schema, valid)


def trainer_mark(language: str) -> str:
    del language  # the catalogue installed for this process speaks it

    return translate(QT_TRANSLATE_NOOP("cli", "(trainer)"))


def cmd_scenarios(ctx: Context) -> int:
    from ...core.install.labels import level_label
    from ...training.sandbox import list_scenarios
    from ...training.scenario_library import trainer_scenario_ids

    lang = ctx.language  # chosen once for this process: the titles speak the catalogue's language
    scenarios = list_scenarios()
    theirs = trainer_scenario_ids()
    if ctx.args.json:
        ctx.json(
            [
                {
                    "id": s.id,
                    "title": s.title.get(lang),
                    "level": s.level,
                    "duration_minutes": s.duration_minutes,
                    "goals": [g.get(lang) for g in s.goals],
                    "trainer": s.id in theirs,
                }
                for s in scenarios
            ]
        )
        return EXIT_OK
    mark = trainer_mark(lang)
    table(
        ctx,
        [
            (
                s.id,
                render(level_label(s.level)),
                s.title.get(lang) + (f" {mark}" if s.id in theirs else ""),
            )
            for s in scenarios
        ],
    )
    return EXIT_OK


__all__ = ["cmd_sandbox", "cmd_scenario", "cmd_scenarios"]
