"""No core dump holds the password (issue 12, item 9): a real CLI process, core dumps allowed
(``ulimit -c unlimited``, ``core_pattern`` pointing into a temporary folder), gets SIGQUIT while it
is stalled in the middle of an update, with the private-key password in its memory.

A control run with the guard switched off proves the setup does write a core that holds the
password, so the real run's "no core" means the guard worked. Needs root (``core_pattern`` is
the kernel's); CI runs as root. The kernel setting is put back right after.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from enginekit import REPO, Prepared, cli_env

CORE_PATTERN = Path("/proc/sys/kernel/core_pattern")

# The real CLI; the transaction stalls at its third step (the update is under way) after saying
# so in a marker file. ``no-guard`` is the control: the dump guard does nothing.
_HOOK = """
import sys
import time
from pathlib import Path

import rms_wizard.dump_guard as dump_guard
import rms_wizard.core.engine.fault_plan as fault_plan
from rms_wizard.__main__ import main

marker, guard = Path(sys.argv[1]), sys.argv[2]
if guard == "no-guard":
    dump_guard.forbid_core_dumps = lambda: True


def stall(self, step):
    if step == 2:
        marker.write_text("stalled")
        time.sleep(120)


fault_plan.FaultPlan.check = stall
sys.exit(main(sys.argv[3:]))
"""


@pytest.fixture
def core_folder(tmp_path: Path) -> Iterator[Path]:
    """Cores go to a temporary folder for this test only; the kernel's setting comes back."""
    if os.geteuid() != 0:
        pytest.skip("pointing core_pattern at a test folder needs root (CI runs as root)")
    folder = tmp_path / "cores"
    folder.mkdir()
    previous = CORE_PATTERN.read_text()
    CORE_PATTERN.write_text(f"{folder}/core.%p\n")
    try:
        yield folder
    finally:
        CORE_PATTERN.write_text(previous)


def _quit_mid_apply(prepared: Prepared, tmp_path: Path, guard: str) -> subprocess.Popen[bytes]:
    root = prepared.copy("v1", tmp_path / f"server-{guard}")
    marker = tmp_path / f"stalled-{guard}"
    command = [
        sys.executable, "-c", _HOOK, str(marker), guard,
        "apply", "--root", str(root), "--backup", str(prepared.backup), "--password-stdin",
    ]  # fmt: skip
    shell = "ulimit -c unlimited && exec " + " ".join(f"'{part}'" for part in command)
    proc = subprocess.Popen(
        ["bash", "-c", shell],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=cli_env(tmp_path / "logs"),
        cwd=REPO,
    )
    assert proc.stdin is not None
    proc.stdin.write(prepared.password.encode() + b"\n")
    proc.stdin.close()
    deadline = time.monotonic() + 90
    while not marker.exists():
        assert proc.poll() is None, "the apply ended before it stalled"
        assert time.monotonic() < deadline, "the apply never reached its third step"
        time.sleep(0.05)
    proc.send_signal(signal.SIGQUIT)
    proc.wait(timeout=60)
    return proc


def _cores_holding(folder: Path, secret: bytes) -> tuple[list[Path], list[Path]]:
    cores = sorted(folder.iterdir())
    return cores, [core for core in cores if secret in core.read_bytes()]


def test_sigquit_mid_apply_dumps_no_password(
    prepared: Prepared, tmp_path: Path, core_folder: Path
) -> None:
    assert "'" not in str(tmp_path) + sys.executable + prepared.password
    secret = prepared.password.encode()

    control = _quit_mid_apply(prepared, tmp_path, "no-guard")
    assert control.returncode == -signal.SIGQUIT
    cores, holding = _cores_holding(core_folder, secret)
    assert cores and holding, "the control run must dump a core with the password in it"
    for core in cores:
        core.unlink()

    guarded = _quit_mid_apply(prepared, tmp_path, "guard")
    assert guarded.returncode == -signal.SIGQUIT
    cores, holding = _cores_holding(core_folder, secret)
    assert not holding
    assert not cores


# The wizard's two entry points, with the wizard itself replaced by a probe that reports what
# the process allows by the time the wizard would start.
_GUI_PROBE = """
import ctypes
import resource
import sys

import rms_wizard.ui.app as app
from rms_wizard import __main__ as entry


def probe(argv):
    dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
    print(resource.getrlimit(resource.RLIMIT_CORE), dumpable)
    return 0


app.run_gui = probe
which = sys.argv[1]
sys.argv = ["rms-wizard-gui"]  # no subcommand: the wizard
sys.exit(entry.gui_main() if which == "gui_main" else entry.main())
"""


@pytest.mark.parametrize("entry", ["main", "gui_main"])
def test_the_wizard_starts_with_core_dumps_off(tmp_path: Path, entry: str) -> None:
    result = subprocess.run(
        ["bash", "-c", f"ulimit -c unlimited && exec '{sys.executable}' -c \"$0\" {entry}",
         _GUI_PROBE],
        capture_output=True, text=True, env=cli_env(tmp_path), cwd=REPO, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["(0,", "0)", "0"]
