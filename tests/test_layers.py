"""The layers of rms_wizard, checked on the sources (issue 15, acceptance 1).

Read with ``ast`` (see ``tests/import_graph.py``): every import, at module level and inside
functions. The test fails on

* an import circle among rms_wizard's modules (each strongly connected component is reported with
  the imports that close it; ``if TYPE_CHECKING:`` imports never run, so they close none);
* an import from ``rms_wizard.core`` into anything above it: the GUI (``rms_wizard.ui``), the
  command line, the translation edge (``i18n``, ``qt_gaps``), the entry point -- or, from the
  engine, into the training layer (``rms_wizard.training``);
* a Qt import (PySide6, shiboken6) outside ``rms_wizard.ui``, apart from :data:`QT_OUTSIDE_UI`.

What the redesign has not yet removed is listed with its reason (:data:`KNOWN_CIRCLES`,
:data:`KNOWN_LAYER_BREAKS`). Each list must hold exactly what is still there: an entry that is no
longer true fails too, so the lists shrink as the work lands and cannot go stale.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from import_graph import ImportEdge, import_edges, module_names, raw_imports, strongly_connected

ROOT = Path(__file__).resolve().parents[1]
MODULES = module_names(ROOT, "rms_wizard")
EDGES = import_edges(MODULES)

#: The command line: the package ``rms_wizard.cli`` (its modules count by their prefix) and the
#: run report the CLI writes (the GUI uses ``run_report`` too; it is not core).
CLI_MODULES = frozenset({"rms_wizard.cli", "rms_wizard.run_report"})

#: Import circles still there, by their modules (a strongly connected component each). None
#: now; a new one fails the test.
KNOWN_CIRCLES: dict[frozenset[str], str] = {}

#: Imports from the core into a layer above it that are still there: (importer, imported). None
#: now: INSTALL_PATH and the one is_sandbox() live in core/paths, EventKind in core/events.
KNOWN_LAYER_BREAKS: dict[tuple[str, str], str] = {}

#: Modules outside ``rms_wizard.ui`` that may import Qt, with why.
QT_OUTSIDE_UI: dict[str, str] = {
    "rms_wizard.i18n": "the one catalogue for GUI and CLI: QTranslator into a QCoreApplication "
    "(QtCore only)",
    "rms_wizard.qt_gaps": "the translator for Qt's own dialog texts, installed by i18n (QtCore "
    "only)",
    "rms_wizard.cli.parser.base": "argparse's texts through the same catalogue "
    "(QCoreApplication.translate; QtCore only)",
}


def _layer(module: str) -> str:
    """Where a module sits: core, training, ui, cli, or edge (i18n, the entry point...)."""
    if module == "rms_wizard.training" or module.startswith("rms_wizard.training."):
        return "training"
    if module == "rms_wizard.core" or module.startswith("rms_wizard.core."):
        return "core"
    if module == "rms_wizard.ui" or module.startswith("rms_wizard.ui."):
        return "ui"
    if module in CLI_MODULES or module.startswith("rms_wizard.cli."):
        return "cli"
    return "root" if module == "rms_wizard" else "edge"


#: What the lower layers may import (the others may import anything below them).
_MAY_IMPORT = {"core": {"root", "core"}, "training": {"root", "core", "training"}}


def _edges_within(members: frozenset[str]) -> list[ImportEdge]:
    return [e for e in EDGES if e.importer in members and e.imported in members and not e.type_only]


def _describe(circle: frozenset[str]) -> str:
    return "\n".join(
        [f"circle of {len(circle)} modules:"]
        + [f"    {e.describe()}" for e in _edges_within(circle)]
    )


def test_the_walk_sees_the_whole_package() -> None:
    assert {
        "rms_wizard.core.engine.detect",
        "rms_wizard.ui.wizard",
        "rms_wizard.i18n",
    } <= MODULES.keys()
    assert len(EDGES) > 200
    assert any(e.in_function for e in EDGES) and any(e.type_only for e in EDGES)


def test_no_import_circle_but_the_known_ones() -> None:
    found = set(strongly_connected(EDGES))
    new = [_describe(c) for c in sorted(found - KNOWN_CIRCLES.keys(), key=sorted)]
    gone = [sorted(c) for c in KNOWN_CIRCLES.keys() - found]
    assert not new, "import circles (break them; don't list them):\n" + "\n".join(new)
    assert not gone, (
        "KNOWN_CIRCLES lists circles that are no longer there (remove them, or update the "
        f"members of one that changed): {gone}\nThe circles now:\n"
        + "\n".join(_describe(c) for c in sorted(found, key=sorted))
    )


def test_the_core_imports_nothing_above_it() -> None:
    breaks: dict[tuple[str, str], list[ImportEdge]] = {}
    for edge in EDGES:
        allowed = _MAY_IMPORT.get(_layer(edge.importer))
        if allowed is not None and _layer(edge.imported) not in allowed:
            breaks.setdefault((edge.importer, edge.imported), []).append(edge)
    new = {pair: edges for pair, edges in breaks.items() if pair not in KNOWN_LAYER_BREAKS}
    gone = sorted(KNOWN_LAYER_BREAKS.keys() - breaks.keys())
    assert not new, "imports from the core upwards:\n" + "\n".join(
        f"    {e.describe()} [{_layer(e.imported)}]" for edges in new.values() for e in edges
    )
    assert not gone, f"KNOWN_LAYER_BREAKS lists imports that are gone (remove them): {gone}"


def test_the_training_layer_lives_in_its_own_package() -> None:
    """Scenarios, the sandbox, the trail and the debrief are found by the folder's name: none of
    them is left in the engine."""
    training = {m for m in MODULES if _layer(m) == "training"}
    assert {"rms_wizard.training.sandbox", "rms_wizard.training.debrief"} <= training
    words = ("sandbox", "scenario", "debrief", "trail", "hints")
    in_core = sorted(
        m for m in MODULES if _layer(m) == "core" and any(w in m.rsplit(".", 1)[-1] for w in words)
    )
    assert not in_core, f"training modules in the engine: {in_core}"


def test_no_qt_outside_the_gui() -> None:
    users: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        if _layer(module) == "ui":
            continue
        for name, line, _in_function, _type_only in raw_imports(path, module):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                qt_module = ".".join(name.split(".")[:2])
                users.setdefault(module, set()).add(f"{qt_module} (line {line})")
    new = {m: names for m, names in users.items() if m not in QT_OUTSIDE_UI}
    gone = sorted(QT_OUTSIDE_UI.keys() - users.keys())
    assert not new, f"Qt imported outside rms_wizard.ui: {new}"
    assert not gone, f"QT_OUTSIDE_UI lists modules that import no Qt any more: {gone}"


@pytest.mark.parametrize(
    ("sources", "circle"),
    [
        ({"a": "from . import b", "b": "def f():\n    from .a import x\n"}, {"p.a", "p.b"}),
        ({"a": "import p.b", "b": "from .c import y", "c": "from p import a"}, {"p.a", "p.b", "p.c"}),
        ({"a": "from .b import x", "b": "from typing import TYPE_CHECKING\n"
          "if TYPE_CHECKING:\n    from .a import y\n"}, None),
    ],
)  # fmt: skip
def test_the_walk_finds_a_circle_however_it_is_written(
    tmp_path: Path, sources: dict[str, str], circle: set[str] | None
) -> None:
    package = tmp_path / "p"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for name, text in sources.items():
        (package / f"{name}.py").write_text(text + "\n")
    found = strongly_connected(import_edges(module_names(tmp_path, "p")))
    assert found == ([frozenset(circle)] if circle else [])


#: The core's own layers, lowest first: each imports only from itself and those before it.
CORE_LAYERS = ("common", "install", "keys", "engine", "fleet")


def _core_layer(module: str) -> int | None:
    parts = module.split(".")
    if len(parts) >= 3 and parts[1] == "core" and parts[2] in CORE_LAYERS:
        return CORE_LAYERS.index(parts[2])
    return None


def test_the_core_sub_packages_import_only_downward() -> None:
    """common -> install (the install as read) -> keys -> engine (detect, plan, back up, change,
    verify) -> fleet (clusters, interop, answer files): a folder's name says what it holds and
    what it may use."""
    upward = sorted(
        {
            f"{edge.importer} -> {edge.imported} (line {edge.line})"
            for edge in EDGES
            if (low := _core_layer(edge.importer)) is not None
            and (high := _core_layer(edge.imported)) is not None
            and high > low
        }
    )
    assert not upward, "core imports upwards:\n" + "\n".join(upward)
    assert {m.split(".")[2] for m in MODULES if _core_layer(m) is not None} == set(CORE_LAYERS)
    loose = sorted(m for m in MODULES if m.count(".") == 2 and m.startswith("rms_wizard.core."))
    assert not [m for m in loose if m.rsplit(".", 1)[1] not in CORE_LAYERS], loose
