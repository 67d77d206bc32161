"""SIGTERM and SIGHUP sent to a real wizard process are a confirmed Cancel (issue 12): during the
update's file steps it rolls back to exactly 1.0 and exits 3, as the command line does; with
nothing under way it just quits. The wizard runs as its own process (``signal_drive.py``: the
real ``run_gui``, driven by clicks), and the signal comes from outside with ``os.kill``."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from wizard_driver import verified

from rms_wizard.core.common.paths import state_dir
from rms_wizard.core.install.models import Release

DRIVE = Path(__file__).with_name("signal_drive.py")
SIGNALS = [signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])]


def _wizard(root: Path, mode: str, tmp_path: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RMS_WIZARD_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        RMS_WIZARD_LANG="en",
        RMS_WIZARD_LOG_DIR=str(tmp_path / "logs"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    return subprocess.Popen(
        [sys.executable, str(DRIVE), str(root), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _signal_when_ready(process: subprocess.Popen[str], signum: int) -> tuple[int, str]:
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("rms-wizard-test: ready"):
            os.kill(process.pid, signum)
            break
    else:
        process.wait(30)
        raise AssertionError(f"the wizard never got there: {process.stderr.read()}")  # type: ignore[union-attr]
    try:
        code = process.wait(60)
    finally:
        process.kill()
    return code, process.stderr.read()  # type: ignore[union-attr]


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: signal.Signals(s).name)
def test_a_stop_signal_during_the_file_steps_rolls_back_to_exactly_1_0_and_exits_3(
    sandbox, tmp_path: Path, signum: int
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    code, errors = _signal_when_ready(_wizard(root, "update", tmp_path), signum)
    assert code == 3, errors
    assert "Traceback" not in errors
    assert verified(root) is Release.V1
    assert not (state_dir(root) / "journal.jsonl").exists()
    assert not (state_dir(root) / "staging").exists()
    assert not (state_dir(root) / "rollback").exists()
    log = "".join(p.read_text() for p in (tmp_path / "logs").rglob("*.log"))
    assert "treated as a confirmed Cancel" in log


def test_a_stop_signal_with_nothing_under_way_just_quits(sandbox, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    code, errors = _signal_when_ready(_wizard(root, "idle", tmp_path), signal.SIGTERM)
    assert code in (0, 1), errors  # closed as Cancel closes it: not killed (-15)
    assert "Traceback" not in errors
    assert verified(root) is Release.V1
