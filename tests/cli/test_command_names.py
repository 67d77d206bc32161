"""The CLI package's shape (issue 15): one list of command names for the entry point, the parser
and the registry; one definition of the options before a command for the CLI and the wizard; the
light modules stay light; and no import circle inside ``rms_wizard/cli``."""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from pathlib import Path

import rms_wizard
from rms_wizard.__main__ import _wants_cli
from rms_wizard.cli.command_names import COMMAND_NAMES
from rms_wizard.cli.global_options import add_global_options, value_options
from rms_wizard.cli.parser import build_parser
from rms_wizard.cli.registry import COMMANDS
from rms_wizard.ui.app import parse_gui_args

CLI_DIR = Path(rms_wizard.__file__).parent / "cli"


def _commands_of(parser: argparse.ArgumentParser) -> list[str]:
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return list(sub.choices)


def test_the_names_the_registry_and_the_parser_agree() -> None:
    assert len(set(COMMAND_NAMES)) == len(COMMAND_NAMES)
    assert list(COMMANDS) == list(COMMAND_NAMES)
    assert _commands_of(build_parser()) == list(COMMAND_NAMES)  # --help lists them in this order


def test_every_command_name_reaches_the_cli() -> None:
    for name in COMMAND_NAMES:
        assert _wants_cli([name]), name
        assert _wants_cli(["--lang", "nl", name]), name


def test_an_answer_file_named_like_a_command_opens_the_wizard() -> None:
    # The entry point once skipped the values of six options only: '--save-answers plan' was
    # taken for the command 'plan' (then a usage error: the CLI found no command).
    assert not _wants_cli(["--save-answers", "plan"])
    assert not _wants_cli(["--answers", "replay"])
    assert value_options() == {
        "--lang",
        "--log",
        "--report",
        "--save-answers",
        "--answers",
        "--scenarios",
        "--seed",
        "--root",
    }


def _global_dests(parser: argparse.ArgumentParser) -> dict[str, object]:
    return {
        a.dest: (tuple(a.option_strings), a.nargs, a.const, a.choices, a.type)
        for a in parser._actions
        if a.option_strings and a.dest not in ("help", "version", "command")
    }


def test_the_wizard_and_the_cli_read_the_same_options_before_a_command() -> None:
    cli = _global_dests(build_parser())
    gui = argparse.ArgumentParser()
    add_global_options(gui)
    assert _global_dests(gui) == cli
    argv = ["--lang", "nl", "--root", "r", "--seed", "7", "--sandbox", "--log", "l"]
    args = parse_gui_args(argv)
    assert (args.lang, args.root, args.seed, args.sandbox, args.log) == ("nl", "r", 7, "", "l")


def test_the_names_and_the_global_options_are_light_to_import() -> None:
    code = (
        "import json, sys; import rms_wizard.cli.command_names, rms_wizard.cli.global_options;"
        "print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    modules = json.loads(out)
    ours = {m for m in modules if m.startswith("rms_wizard")}
    assert ours == {
        "rms_wizard",
        "rms_wizard.cli",
        "rms_wizard.cli.command_names",
        "rms_wizard.cli.global_options",
        "rms_wizard.core",
        "rms_wizard.core.common",  # the folder itself: a docstring
        "rms_wizard.core.common.messages",
    }
    assert not [m for m in modules if m.split(".")[0] in ("PySide6", "pydantic", "keyring")]


def _imports_of(path: Path) -> set[str]:
    """The ``rms_wizard.cli`` modules ``path`` imports, at module level or inside functions."""
    package = "rms_wizard." + ".".join(path.relative_to(CLI_DIR.parent).with_suffix("").parts)
    if path.name == "__init__.py":
        package += ".__init__"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: -node.level] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)  # and its submodules by name (``from .commands import cluster``)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m.startswith("rms_wizard.cli")}


def test_no_import_circle_inside_the_cli_package() -> None:
    modules = {
        "rms_wizard."
        + ".".join(p.relative_to(CLI_DIR.parent).with_suffix("").parts).removesuffix(".__init__"): p
        for p in CLI_DIR.rglob("*.py")
    }
    graph = {name: {m for m in _imports_of(path) if m in modules} for name, path in modules.items()}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph[start] - seen:
            seen.add(nxt)
            if nxt == goal or reaches(nxt, goal, seen):
                return True
        return False

    circles = [name for name in graph if reaches(name, name, set())]
    assert circles == []
    for name in graph:  # the commands know the context and the output, never who calls them
        if name.startswith("rms_wizard.cli.commands"):
            assert not graph[name] & {
                "rms_wizard.cli.main",
                "rms_wizard.cli.registry",
                "rms_wizard.cli.parser",
            }, name
