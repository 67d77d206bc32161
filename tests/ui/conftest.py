"""Fixtures for the wizard tests: real core, real sandboxes, a driver that clicks like an admin.

Every test runs with its own config, data and log folders, and a keyring chosen by the test (the
fail backend unless it asks for another): nothing touches the user's real settings or keyring.
Sandboxes are built once per session per scenario and copied for each test.
"""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QFileDialog, QMessageBox
from running_jobs import wait_all, watch
from wizard_driver import Driver, Gate, MemoryKeyring

from rms_wizard.core.engine.setuplog import SetupLog
from rms_wizard.training.sandbox import create_sandbox, get_scenario
from rms_wizard.ui.state import WizardState
from rms_wizard.ui.wizard import SetupWizard


@pytest.fixture(autouse=True)
def isolated(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Own settings, data and log folders; the fail keyring; English; no fault from outside; no
    modal dialog that could block the run."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("RMS_WIZARD_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("RMS_WIZARD_LANG", "en")
    monkeypatch.delenv("RMS_WIZARD_FAULT", raising=False)
    _no_modal_dialogs(monkeypatch)
    watch(monkeypatch)  # every wizard's workers are waited for at the end
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    from rms_wizard.i18n import install_translators

    install_translators("en")
    yield
    wait_all()
    keyring.set_keyring(previous)
    install_translators("en")
    gc.unfreeze()  # a wizard started the deferred way froze what existed then (SetupWizard.ready)


#: Dialogs a test did not answer itself (title or caption, text): a real modal dialog would
#: block a headless run forever, so unanswered ones are recorded and cancelled instead.
UNANSWERED_DIALOGS: list[tuple[str, str]] = []


def _no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    def box(answer):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            UNANSWERED_DIALOGS.append((str(title), str(text)))
            return answer

        return staticmethod(show)

    def file_dialog(answer):  # type: ignore[no-untyped-def]
        def show(parent=None, caption="", *args, **kwargs):  # type: ignore[no-untyped-def]
            UNANSWERED_DIALOGS.append((str(caption), ""))
            return answer

        return staticmethod(show)

    def exec_box(self):  # type: ignore[no-untyped-def]
        # A message box made by hand (the cancel question): its default answer, at once.
        UNANSWERED_DIALOGS.append((self.windowTitle(), self.text()))
        default = self.defaultButton()
        return self.standardButton(default) if default is not None else no

    no = QMessageBox.StandardButton.No
    ok = QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QMessageBox, "question", box(no))
    monkeypatch.setattr(QMessageBox, "information", box(ok))
    monkeypatch.setattr(QMessageBox, "warning", box(ok))
    monkeypatch.setattr(QMessageBox, "critical", box(ok))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", file_dialog(""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog(("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog(("", "")))


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


_TEMPLATES: dict[str, Path] = {}


@pytest.fixture(scope="session")
def templates_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("templates")


@pytest.fixture
def sandbox(templates_dir: Path, tmp_path: Path) -> Callable[[str], Path]:
    """``sandbox(scenario_id)``: a fresh copy of the scenario, built once per session."""

    def make(scenario_id: str) -> Path:
        template = _TEMPLATES.get(scenario_id)
        if template is None:
            template = templates_dir / scenario_id
            create_sandbox(scenario_id, template)
            _TEMPLATES[scenario_id] = template
        target = tmp_path / "sandboxes" / scenario_id
        shutil.copytree(template, target, symlinks=True)
        return target

    return make


@pytest.fixture
def open_wizard(qtbot, tmp_path: Path) -> Callable[..., Driver]:  # type: ignore[no-untyped-def]
    """``open_wizard(root, scenario=None, language="en", **state)``: the real wizard on ``root``,
    shown (install the language's catalogues first for another language)."""

    def make(
        root: Path | None, scenario: str | None = None, language: str = "en", **extra: object
    ) -> Driver:
        found = get_scenario(scenario) if scenario else None
        state = WizardState(
            root=root,
            sandbox=found is not None,
            scenario_id=scenario,
            scenario=found,
            language=language,
            **extra,  # type: ignore[arg-type]
        )
        log = SetupLog([tmp_path / "logs" / "wizard.log"])
        wizard = SetupWizard(state, log)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        driver = Driver(qtbot, wizard)
        driver.check_texts()
        return driver

    return make


@pytest.fixture
def answer_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QMessageBox.question answers Yes and records the question asked."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def exec_box(self):  # type: ignore[no-untyped-def]
        asked.append(self.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return asked


@pytest.fixture
def real_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Message boxes made by hand (the cancel question) open for real: the test answers them
    with the keyboard, as a person does (see ``keyboard_walk.answer_box``)."""
    monkeypatch.setattr(QMessageBox, "exec", _REAL_EXEC)


_REAL_EXEC = QMessageBox.exec


@pytest.fixture
def pause_apply(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[int], Gate]]:
    """``pause_apply(step)``: the real apply_update, held (on its worker thread) at ``step``."""
    import rms_wizard.core.engine.operations as core_operations

    real = core_operations.apply_update
    gates: list[Gate] = []

    def make(step: int) -> Gate:
        gate = Gate(step)
        gates.append(gate)

        def held(root: Path, *, progress, **kwargs):  # type: ignore[no-untyped-def]
            def hooked(event):  # type: ignore[no-untyped-def]
                progress(event)
                if event.step == gate.step and not gate.reached.is_set():
                    gate.reached.set()
                    assert gate.release.wait(30), "the test never released the apply"

            return real(root, progress=hooked, **kwargs)

        monkeypatch.setattr(core_operations, "apply_update", held)
        return gate

    yield make
    for gate in gates:  # a failed test must not leave a worker waiting
        gate.release.set()
    wait_all()
