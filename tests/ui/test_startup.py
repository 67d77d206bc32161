"""Start-up paints first (issue 8): the window and the Welcome page before the state, the core and
the other pages; those follow on a worker thread and one page per event-loop turn."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from wizard_driver import Driver

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.common.paths import SANDBOX_MARKER
from rms_wizard.training.sandbox import list_scenarios
from rms_wizard.ui import app as gui_app
from rms_wizard.ui import startup
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.welcome_page import WelcomePage
from rms_wizard.ui.state import Event
from rms_wizard.ui.wizard import SetupWizard

#: Runs the real entry point and prints the modules loaded when the first page was painted.
FIRST_PAINT_MODULES = textwrap.dedent(
    """
    import json, sys
    from rms_wizard.ui import autoclose

    seen = []
    real = autoclose.FirstPaintWatcher.eventFilter

    def spy(self, watched, event):
        first = self.first_paint is None
        result = real(self, watched, event)
        if first and self.first_paint is not None:
            seen.append(sorted(sys.modules))
        return result

    autoclose.FirstPaintWatcher.eventFilter = spy
    from rms_wizard.__main__ import main

    code = main(sys.argv[1:])
    print("MODULES " + json.dumps(seen[0] if seen else None))
    sys.exit(code)
    """
)


def test_the_first_paint_imports_no_core_pydantic_keyring_or_other_page(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RMS_WIZARD_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        RMS_WIZARD_AUTOCLOSE_MS="0",
        RMS_WIZARD_LANG="en",
        RMS_WIZARD_LOG_DIR=str(tmp_path / "logs"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    proc = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_MODULES, "--sandbox", "single-server-v1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("MODULES "))
    modules = json.loads(line.removeprefix("MODULES "))
    assert modules, "the first page was never painted"
    assert "rms_wizard.ui.pages.welcome_page" in modules  # the page painted is the real one
    heavy = [
        m
        for m in modules
        if m.split(".")[0] in ("pydantic", "pydantic_core", "keyring", "cryptography", "sqlite3")
        or m in ("rms_wizard.ui.state", "rms_wizard.ui.sandbox_flow")
        or (m.startswith("rms_wizard.ui.jobs.") and m not in _LIGHT_UI)
        or (m.startswith("rms_wizard.core.") and m not in _LIGHT_CORE)
        or (m.startswith("rms_wizard.ui.pages.") and m not in _FIRST_PAGES)
    ]
    assert not heavy, heavy


_LIGHT_CORE = {
    "rms_wizard.core.common",  # the sub-packages themselves: a docstring each
    "rms_wizard.core.engine",
    "rms_wizard.core.common.messages",
    "rms_wizard.core.common.paths",
    "rms_wizard.core.engine.setuplog",
}
#: The wizard owns its JobsManager from the start: plain Python, no core.
_LIGHT_UI = {"rms_wizard.ui.jobs.manager"}
_FIRST_PAGES = {"rms_wizard.ui.pages.base", "rms_wizard.ui.pages.welcome_page"}


def _open_deferred(qtbot, argv: list[str]) -> SetupWizard:  # type: ignore[no-untyped-def]
    wizard = gui_app.create_wizard(argv, defer=True)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next_button(wizard: SetupWizard):  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.NextButton)


def test_the_welcome_page_comes_first_then_the_sandbox_and_the_pages(qtbot) -> None:  # type: ignore[no-untyped-def]
    readied: list[bool] = []
    wizard = gui_app.create_wizard(["--sandbox", "single-server-v1"], defer=True)
    qtbot.addWidget(wizard)
    wizard.ready.connect(lambda: readied.append(True))
    wizard.show()
    # Shown, not yet painted: the Welcome page only, over the preview; nothing made yet.
    page = wizard.currentPage()
    assert isinstance(page, WelcomePage)
    assert not wizard.is_ready and wizard.pageIds() == [PageId.WELCOME]
    folder = wizard.facts.sandbox_folder
    assert folder is not None and not folder.exists()
    assert page.next_hint.text() == "Preparing the practice copy\u2026"
    assert "Everyday update" in page.banner.text()  # the scenario's title, from its file
    assert "RMS-ROOT01" in page.briefing.text()
    assert not page.banner.reset_button.isVisible()  # nothing to reset yet
    next_button = _next_button(wizard)
    assert next_button.isVisible() and not next_button.isEnabled()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()

    qtbot.waitUntil(lambda: wizard.is_ready, timeout=20_000)
    assert readied == [True]
    assert sorted(wizard.pageIds()) == sorted(PageId)
    state = wizard.state
    assert state.root == folder and (folder / SANDBOX_MARKER).is_file()
    assert state.scenario is not None and state.scenario.id == "single-server-v1"
    assert page.state is state and page.next_hint.text() == "Click Next to continue."
    assert page.banner.reset_button.isVisible()
    assert next_button.isEnabled()
    driver = Driver(qtbot, wizard)
    driver.check_texts()
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    assert state.log_path is not None
    assert f"gui: root={folder} sandbox=True" in state.log_path.read_text(encoding="utf-8")


def test_a_sandbox_that_cannot_be_made_is_explained_on_the_welcome_page(
    qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "somebody's file.txt").write_text("keep me\n", encoding="utf-8")
    monkeypatch.setattr(gui_app, "new_sandbox_folder", lambda scenario_id: taken)
    wizard = gui_app.create_wizard(["--sandbox", "no-rms"], defer=True)
    qtbot.addWidget(wizard)
    failures: list[str] = []
    wizard.startup_failed.connect(failures.append)
    wizard.show()
    page = wizard.currentPage()
    assert isinstance(page, WelcomePage)
    qtbot.waitUntil(lambda: page.startup_problem is not None, timeout=20_000)
    assert failures == [page.startup_problem]
    assert page.error_label.isVisible()
    assert "exists and is not empty" in page.error_label.text()
    assert not page.next_hint.isVisible()
    assert not wizard.is_ready and not _next_button(wizard).isEnabled()
    assert (taken / "somebody's file.txt").read_text(encoding="utf-8") == "keep me\n"
    Driver(qtbot, wizard).check_texts()  # a message, never exception text
    with pytest.raises(BadInputError):
        wizard.finish_startup()
    # Made at once (tests, tools), the same problem is raised by create_wizard.
    with pytest.raises(BadInputError, match="exists and is not empty"):
        gui_app.create_wizard(["--sandbox", "no-rms"])


def test_the_language_chosen_while_preparing_is_kept(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    real_build = gui_app.build_state

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert gate.wait(30), "the test never let start-up go on"
        return real_build(*args, **kwargs)

    monkeypatch.setattr(gui_app, "build_state", held)
    wizard = _open_deferred(qtbot, ["--sandbox", "no-rms"])
    try:
        page = wizard.currentPage()
        assert isinstance(page, WelcomePage)
        page.language_combo.setCurrentIndex(page.language_combo.findData("nl"))
        # The pages' texts follow on Qt's LanguageChange events (posted).
        qtbot.waitUntil(lambda: page.next_hint.text() == "De oefenkopie wordt voorbereid\u2026")
        assert not wizard.is_ready
        assert wizard.windowTitle().startswith("Setup van Windows RMS")
    finally:
        gate.set()
    qtbot.waitUntil(lambda: wizard.is_ready, timeout=20_000)
    assert wizard.state.language == "nl"
    assert wizard.state.has_event(Event.LANGUAGE_CHANGED)
    assert page.next_hint.text() == "Klik op Volgende om door te gaan."
    assert page.language_combo.currentText() == "Nederlands"


def test_closing_while_preparing_waits_for_the_sandbox_and_makes_no_pages(
    qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    reached, gate = threading.Event(), threading.Event()
    real_build = gui_app.build_state

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        reached.set()
        assert gate.wait(30), "the test never let start-up go on"
        return real_build(*args, **kwargs)

    monkeypatch.setattr(gui_app, "build_state", held)
    wizard = _open_deferred(qtbot, ["--sandbox", "no-rms"])
    folder = wizard.facts.sandbox_folder
    assert folder is not None
    qtbot.waitUntil(reached.is_set, timeout=20_000)
    gate.set()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Cancel: waits for the worker, then closes
    assert not wizard.isVisible()
    assert (folder / SANDBOX_MARKER).is_file()  # the sandbox was finished, not cut off
    QApplication.processEvents()
    assert not wizard.is_ready and wizard.pageIds() == [PageId.WELCOME]


def test_an_existing_sandbox_is_previewed_from_its_marker(sandbox) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("no-rms")
    preview = gui_app.startup_preview(gui_app.parse_gui_args(["--root", str(root)]), "en")
    assert preview is not None and preview.sandbox and preview.scenario_id == "no-rms"
    assert preview.root == root.resolve()
    plain = gui_app.startup_preview(gui_app.parse_gui_args(["--root", str(root / "x")]), "en")
    assert plain is not None and not plain.sandbox and plain.scenario is None
    (root / SANDBOX_MARKER).write_text("not json", encoding="utf-8")
    args = gui_app.parse_gui_args(["--root", str(root)])
    assert gui_app.startup_preview(args, "en") is None  # the core says what is wrong
    with pytest.raises(BadInputError, match="not a sandbox folder"):
        gui_app.create_wizard(["--root", str(root)])


def test_the_preview_reads_every_scenario_as_the_core_does() -> None:
    for scenario in list_scenarios():
        preview = startup.preview_scenario(scenario.id)
        assert preview is not None, scenario.id
        for language in ("en", "nl"):
            assert preview.title.get(language) == scenario.title.get(language)
            assert preview.briefing.get(language) == scenario.briefing.get(language)
            assert [g.get(language) for g in preview.goals] == [
                g.get(language) for g in scenario.goals
            ]
            assert [m.get(language) for m in preview.material] == [
                m.get(language) for m in scenario.material
            ]
    assert startup.preview_scenario("no-such-scenario") is None
    assert startup.preview_scenario("../scenarios/no-rms") is None
