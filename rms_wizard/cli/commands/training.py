"""``rms-wizard scenarios``, ``scenario check FILE|schema`` and the options ``--scenarios DIR``
and ``--seed N``: a trainer's own scenarios (see ``docs/scenarios.md``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ...core.messages import QT_TRANSLATE_NOOP
from ..context import Context, table
from ..output import render, translate

EXIT_OK = 0


class _TrainerFolder(argparse.Action):
    """``--scenarios DIR``: the trainer's folder, for every command and the wizard."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        from ...core.scenario_library import use_trainer_folder

        setattr(namespace, self.dest, values)
        use_trainer_folder(Path(str(values)))


def add_scenario_options(parser: Any) -> None:
    """The global ``--scenarios DIR`` and the wizard's ``--seed N``."""

    parser.add_argument(
        "--scenarios",
        metavar="DIR",
        action=_TrainerFolder,
        help=translate(QT_TRANSLATE_NOOP("cli", "also offer the trainer's scenarios in DIR")),
    )
    parser.add_argument("--seed", metavar="N", type=int, help=_seed_help())


def _seed_help() -> str:

    return translate(
        QT_TRANSLATE_NOOP(
            "cli",
            "draw the scenario's values (password, names) from seed N: the same N, the same run",
        )
    )


def add_seed_option(parser: Any) -> None:
    """``sandbox create --seed N`` (suppressed when absent: the global one may hold it)."""
    parser.add_argument(
        "--seed", metavar="N", type=int, default=argparse.SUPPRESS, help=_seed_help()
    )


def add_scenario_commands(sub: Any, commands: dict[str, Callable[[Any], int]]) -> None:
    from ..main import CliParser

    scenario = sub.add_parser(
        "scenario", help=translate(QT_TRANSLATE_NOOP("cli", "check a trainer's scenario file"))
    )
    ssub = scenario.add_subparsers(dest="scenario_command", required=True, parser_class=CliParser)
    check = ssub.add_parser(
        "check",
        help=translate(QT_TRANSLATE_NOOP("cli", "check a scenario file (exit 0 when it is valid)")),
    )
    check.add_argument("file", metavar="FILE")
    ssub.add_parser(
        "schema",
        help=translate(QT_TRANSLATE_NOOP("cli", "print the JSON Schema of scenario files")),
    )
    commands["scenario"] = cmd_scenario
    commands["scenarios"] = cmd_scenarios


def cmd_scenario(ctx: Context) -> int:
    from ...core.sandbox import Scenario

    if ctx.args.scenario_command == "schema":
        ctx.json(Scenario.model_json_schema())
        return EXIT_OK
    from ...core.scenario_check import check_scenario_file

    path = Path(ctx.args.file)
    scenario = check_scenario_file(path)
    ctx.out(
        translate(
            QT_TRANSLATE_NOOP("cli", "The scenario file %1 is valid: %2 (%3)."),
            path,
            scenario.id,
            scenario.title.get(ctx.language),
        )
    )
    return EXIT_OK


def trainer_mark(language: str) -> str:
    del language  # the catalogue installed for this process speaks it

    return translate(QT_TRANSLATE_NOOP("cli", "(trainer)"))


def cmd_scenarios(ctx: Context) -> int:
    from ...core.labels import level_label
    from ...core.sandbox import list_scenarios
    from ...core.scenario_library import trainer_scenario_ids

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


__all__ = [
    "add_scenario_commands",
    "add_scenario_options",
    "add_seed_option",
    "cmd_scenario",
    "cmd_scenarios",
]
