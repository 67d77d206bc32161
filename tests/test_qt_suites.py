"""tests/conftest.py gives Qt's widgets (pytest-qt, the one QApplication) only to the runs that
include a suite that makes widgets: a run of the core suite imports no QtWidgets (issue 15)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: Collect the given tests in-process, then say whether QtWidgets was imported and by whom.
_PROBE = """
import sys, pytest
code = pytest.main(["-q", "-p", "no:cacheprovider", "--co", *sys.argv[1:]])
plugin = "pytest-qt" if "pytestqt.plugin" in sys.modules and "PySide6.QtTest" in sys.modules else "-"
print("widgets" if "PySide6.QtWidgets" in sys.modules else "no-widgets", plugin, int(code))
"""


def _collect(*args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1].split()


@pytest.mark.parametrize("suite", ["tests/core/test_plan.py", "tests/report", "tests/cli"])
def test_a_run_without_a_qt_suite_imports_no_widgets(suite: str) -> None:
    assert _collect(suite) == ["no-widgets", "-", "0"]


@pytest.mark.parametrize(
    "suite", ["tests/ui/test_rollout_session.py", "tests/i18n/test_catalogue.py", "tests"]
)
def test_a_run_with_a_qt_suite_has_pytest_qt_and_widgets(suite: str) -> None:
    assert _collect(suite) == ["widgets", "pytest-qt", "0"]
