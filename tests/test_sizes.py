"""The sizes rms_wizard holds itself to (issue 15, acceptance 2), checked on the sources.

No module over 400 lines, no page module (``rms_wizard/ui/pages/``) over 250, no function or
method over 80 lines (counted from its ``def`` to its last line, docstring included). What is
still bigger is listed with its reason; an entry that is no longer too big fails too, so the lists
shrink as the work lands and cannot go stale.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "rms_wizard"
PAGES = PACKAGE / "ui" / "pages"

MODULE_LINES = 400
PAGE_LINES = 250
FUNCTION_LINES = 80

#: Modules over their limit (paths from the repository's root).
LONG_MODULES: dict[str, str] = {}

#: Functions over the limit: "path:Qualified.name" (nested functions as "outer.inner").
LONG_FUNCTIONS: dict[str, str] = {}


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _line_limit(path: Path) -> int:
    # A page module holds one QWizardPage (``*_page.py``); its parts beside it are modules.
    return PAGE_LINES if path.parent == PAGES and path.stem.endswith("_page") else MODULE_LINES


def _functions(node: ast.AST, prefix: str = "") -> Iterator[tuple[str, int]]:
    """(qualified name, lines) of every function and method below ``node``."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            name = prefix + child.name
            yield name, (child.end_lineno or child.lineno) - child.lineno + 1
            yield from _functions(child, name + ".")
        elif isinstance(child, ast.ClassDef):
            yield from _functions(child, prefix + child.name + ".")
        else:
            yield from _functions(child, prefix)


def _long_modules() -> dict[str, int]:
    found = {}
    for path in _sources():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > _line_limit(path):
            found[_name(path)] = lines
    return found


def _all_functions() -> Iterator[tuple[str, int]]:
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        yield from _functions(tree, _name(path) + ":")


def test_the_walk_sees_the_package() -> None:
    assert len(_sources()) > 50
    assert any(name == "rms_wizard/ui/app.py:run_gui" for name, _ in _all_functions())


def test_no_module_over_its_line_limit() -> None:
    found = _long_modules()
    new = {name: lines for name, lines in found.items() if name not in LONG_MODULES}
    gone = sorted(LONG_MODULES.keys() - found.keys())
    assert not new, f"over {MODULE_LINES} lines (a page module: {PAGE_LINES}); split them: {new}"
    assert not gone, f"LONG_MODULES lists modules that fit now (remove them): {gone}"


def test_no_function_over_its_line_limit() -> None:
    found = {name: lines for name, lines in _all_functions() if lines > FUNCTION_LINES}
    new = {name: lines for name, lines in found.items() if name not in LONG_FUNCTIONS}
    gone = sorted(LONG_FUNCTIONS.keys() - found.keys())
    assert not new, f"functions over {FUNCTION_LINES} lines; split them: {new}"
    assert not gone, f"LONG_FUNCTIONS lists functions that fit now (remove them): {gone}"
