"""The layers of rms_wizard, checked on the sources (issue 15, acceptance 1).

Read with ``ast`` (see ``tests/import_graph.py``): every import, at module level and inside
functions. The test fails on

* an import circle among rms_wizard's modules (each strongly connected component is reported with
  the imports that close it; ``if TYPE_CHECKING:`` imports never run, so they close none);
* an import from ``rms_wizard.core`` into anything above it: the GUI (``rms_wizard.ui``), the
  command line, the translation edge (``i18n``, ``qt_gaps``), the entry point -- or, from the
  engine, into the training layer (``rms_wizard.training``, and until that package exists the
  training modules that still live in ``core``: :data:`TRAINING_IN_CORE`);
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

#: The training layer still inside ``core`` (issue 15: it moves to ``rms_wizard/training/``, which
#: the engine never imports): scenarios, the sandbox, the trail, the debrief and its parts.
TRAINING_IN_CORE = frozenset(
    {
        "rms_wizard.core.class_overview",
        "rms_wizard.core.cluster_sandbox",
        "rms_wizard.core.debrief",
        "rms_wizard.core.debrief_cluster_rules",
        "rms_wizard.core.debrief_html",
        "rms_wizard.core.debrief_rules",
        "rms_wizard.core.debrief_sandbox",
        "rms_wizard.core.debrief_state_rules",
        "rms_wizard.core.event_labels",
        "rms_wizard.core.hints",
        "rms_wizard.core.run_timeline",
        "rms_wizard.core.sandbox",
        "rms_wizard.core.scenario_check",
        "rms_wizard.core.scenario_library",
        "rms_wizard.core.scenario_problems",
        "rms_wizard.core.scenario_variables",
        "rms_wizard.core.trail",
    }
)

_BEING_SPLIT = "issue 15: being split"

#: Import circles still there, by their modules (a strongly connected component each).
KNOWN_CIRCLES: dict[frozenset[str], str] = {
    frozenset(
        {
            "rms_wizard.core.apply",
            "rms_wizard.core.cluster_sandbox",
            "rms_wizard.core.destination",
            "rms_wizard.core.plan_recheck",
            "rms_wizard.core.sandbox",
            "rms_wizard.core.scenario_library",
            "rms_wizard.core.update_steps",
        }
    ): "issue 15 circle (b): the engine leans on the training layer (apply -> sandbox for "
    "INSTALL_PATH); " + _BEING_SPLIT,
}

#: Imports from the core into a layer above it that are still there: (importer, imported).
KNOWN_LAYER_BREAKS: dict[tuple[str, str], str] = {
    ("rms_wizard.core.rollout_result", "rms_wizard.core.debrief"): "issue 15 circle (b): "
    "EventKind moves below the engine; " + _BEING_SPLIT,
    ("rms_wizard.core.destination", "rms_wizard.core.sandbox"): "issue 15 circle (b): "
    "INSTALL_PATH moves to the engine; " + _BEING_SPLIT,
    ("rms_wizard.core.plan_recheck", "rms_wizard.core.sandbox"): "issue 15 circle (b): the "
    "sandbox marker gets one is_sandbox() below the engine; " + _BEING_SPLIT,
    ("rms_wizard.core.replay", "rms_wizard.core.cluster_sandbox"): "issue 15: replay's sandbox "
    "check and keyring service move with the sandbox marker; " + _BEING_SPLIT,
    ("rms_wizard.core.replay", "rms_wizard.core.sandbox"): "issue 15: replay's sandbox check "
    "uses the one is_sandbox(); " + _BEING_SPLIT,
    ("rms_wizard.core.update_steps", "rms_wizard.core.sandbox"): "issue 15 circle (b): "
    "INSTALL_PATH moves to the engine; " + _BEING_SPLIT,
}

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
    if module.startswith("rms_wizard.training") or module in TRAINING_IN_CORE:
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
    assert {"rms_wizard.core.detect", "rms_wizard.ui.wizard", "rms_wizard.i18n"} <= MODULES.keys()
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


def test_the_training_modules_named_still_live_in_the_core() -> None:
    missing = sorted(m for m in TRAINING_IN_CORE if m not in MODULES)
    assert not missing, f"TRAINING_IN_CORE names modules that moved or went: {missing}"


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
