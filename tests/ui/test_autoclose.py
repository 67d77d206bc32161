"""rms_wizard.ui.autoclose: the hidden first-paint / autoclose switches used by tests and benchmarks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtWidgets import QApplication

from rms_wizard.ui import autoclose

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
    from rms_wizard.ui.autoclose import install_autoclose

    app = QApplication(sys.argv)
    watcher = install_autoclose(app)
    assert install_autoclose(app) is watcher  # run_gui and a bootstrap may both call it
    wizard = QWizard()
    wizard.setWindowTitle("Probe")
    page = QWizardPage()
    page.setTitle("First")
    wizard.addPage(page)
    wizard.addPage(QWizardPage())
    wizard.show()
    sys.exit(app.exec() + (10 if watcher is None else 0))
    """
)


def _run(**env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("RMS_WIZARD_")}
    full.update(QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=full,
        timeout=60,
        check=False,
    )


def test_first_paint_is_announced_and_the_app_quits() -> None:
    before = time.monotonic()
    proc = _run(RMS_WIZARD_AUTOCLOSE_MS="0", RMS_WIZARD_FIRST_PAINT="1")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2, proc.stdout
    assert lines[0].startswith("rms-wizard: first-paint ")
    painted = float(lines[0].split()[-1])
    # One machine-wide monotonic clock: the child's stamp falls after the parent's spawn.
    assert painted > before
    shown = json.loads(lines[1].removeprefix("rms-wizard: autoclose "))
    assert shown["title"] == "Probe"
    assert shown["wizard"] == "QWizard"
    assert shown["page"] == "QWizardPage"
    assert shown["page_title"] == "First"
    assert shown["buttons"]["cancel"] == "Cancel"
    assert shown["first_paint"] == pytest.approx(painted, abs=1e-5)


def test_without_the_variables_nothing_is_installed(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(autoclose.AUTOCLOSE_ENV, raising=False)
    monkeypatch.delenv(autoclose.FIRST_PAINT_ENV, raising=False)
    assert autoclose.install_autoclose(qapp) is None


def test_a_bad_value_is_ignored_with_a_warning(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(autoclose.AUTOCLOSE_ENV, "soon")
    monkeypatch.delenv(autoclose.FIRST_PAINT_ENV, raising=False)
    assert autoclose.install_autoclose(qapp) is None
    assert "RMS_WIZARD_AUTOCLOSE_MS='soon'" in capsys.readouterr().err
