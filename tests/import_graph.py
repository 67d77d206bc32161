"""rms_wizard's imports as a graph, read from the sources with ``ast`` (nothing is imported).

Every ``import`` and ``from ... import`` counts: at module level, inside functions and methods,
and below ``if TYPE_CHECKING:`` (marked ``type_only``: it never runs, so it makes no circle, but it
is still a dependency between layers). Relative imports are resolved against the importing
module's package; ``from pkg import name`` is an import of ``pkg.name`` when that is a module, else
of ``pkg``. Importing ``a.b.c`` also runs the packages ``a`` and ``a.b``: those edges are recorded
too (the package ``__init__`` files here import nothing, so they never close a circle).

Used by ``tests/test_layers.py``.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ImportEdge:
    importer: str
    imported: str
    line: int
    in_function: bool
    type_only: bool

    def describe(self) -> str:
        where = "type-only" if self.type_only else "in a function" if self.in_function else "top"
        return f"{self.importer} -> {self.imported} (line {self.line}, {where})"


def module_names(root: Path, package: str) -> dict[str, Path]:
    """Every module of ``package`` (a folder below ``root``), by dotted name."""
    names: dict[str, Path] = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class _Collector(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool) -> None:
        self.module = module
        self.package = module if is_package else module.rpartition(".")[0]
        self.found: list[tuple[str, int, bool, bool]] = []  # (name, line, in_function, type_only)
        self._functions = 0
        self._type_only = 0

    def _add(self, names: Iterable[str], line: int) -> None:
        for name in names:
            self.found.append((name, line, self._functions > 0, self._type_only > 0))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._functions += 1
        self.generic_visit(node)
        self._functions -= 1

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_If(self, node: ast.If) -> None:
        if not _is_type_checking(node.test):
            self.generic_visit(node)
            return
        self._type_only += 1
        for child in node.body:
            self.visit(child)
        self._type_only -= 1
        for child in node.orelse:
            self.visit(child)

    def visit_Import(self, node: ast.Import) -> None:
        self._add((alias.name for alias in node.names), node.lineno)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self.package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            full = f"{base}.{node.module}" if node.module else base
        else:
            full = node.module or ""
        self._add([full, *(f"{full}.{alias.name}" for alias in node.names)], node.lineno)


def _with_parents(name: str) -> Iterator[str]:
    parts = name.split(".")
    for end in range(1, len(parts) + 1):
        yield ".".join(parts[:end])


def raw_imports(path: Path, module: str) -> list[tuple[str, int, bool, bool]]:
    """Every dotted name ``module`` imports (resolved, not filtered), with where."""
    collector = _Collector(module, path.name == "__init__.py")
    collector.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    return collector.found


def import_edges(modules: dict[str, Path]) -> list[ImportEdge]:
    """The imports among ``modules`` (one edge per import statement and module it loads)."""
    edges: dict[tuple[str, str, int], ImportEdge] = {}
    for module, path in modules.items():
        for name, line, in_function, type_only in raw_imports(path, module):
            for target in _with_parents(name):
                if target in modules and target != module and not module.startswith(target + "."):
                    edge = ImportEdge(module, target, line, in_function, type_only)
                    edges.setdefault((module, target, line), edge)
    return sorted(edges.values(), key=lambda e: (e.importer, e.imported, e.line))


def strongly_connected(edges: Iterable[ImportEdge]) -> list[frozenset[str]]:
    """The import circles: each strongly connected component of more than one module (Tarjan).

    Type-only imports are left out: they never run, so they close no circle.
    """
    graph: dict[str, set[str]] = {}
    for edge in edges:
        if edge.type_only:
            continue
        graph.setdefault(edge.importer, set()).add(edge.imported)
        graph.setdefault(edge.imported, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10 * len(graph) + 100))
    try:
        for node in sorted(graph):
            if node not in index:
                visit(node)
    finally:
        sys.setrecursionlimit(limit)
    return sorted(found, key=sorted)
