"""A private desktop for the AT-SPI tests: session bus, Xvfb, a window manager and the AT-SPI bus
and registry; the wizard runs in it as a separate process and is driven by ``atspi_driver.py``
(system Python, pyatspi) through AT-SPI only.

The session bus is the test Secret Service's (``tests/keyring_daemon.py``): an unlocked
gnome-keyring on a bus that activates nothing. On an ordinary session bus the wizard's keyring
check D-Bus-activated a locked keyring, whose prompt nobody answers, and left it running.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring_daemon
import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def _missing() -> str | None:
    for tool in ("dbus-daemon", "Xvfb", "openbox"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    missing = keyring_daemon.missing_tools()
    if missing:
        return f"{' and '.join(missing)} not installed (the test Secret Service)"
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        return "python3-pyatspi is not installed"
    return None


@dataclass
class Desktop:
    env: dict[str, str]
    base: Path


def _start(argv: list[str], env: dict[str, str], **kwargs: Any) -> subprocess.Popen[bytes]:
    # Its own process group: stopped with everything it started (the registry, the a11y bus).
    return subprocess.Popen(argv, env=env, start_new_session=True, **kwargs)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)


#: Xvfb's command without its display (a screen as large as the wizard's window needs).
XVFB = ["Xvfb", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"]
#: Tries at a display of our own before the desktop gives up.
DISPLAY_TRIES = 8


def _x_display(env: dict[str, str]) -> list[subprocess.Popen[bytes]]:
    """Xvfb on a display of its own and openbox on it; sets ``env["DISPLAY"]``.

    Not ``Xvfb -displayfd`` alone: that takes the lowest free number, :0 mostly, and on a machine
    shared with other tests' X servers it sometimes got :0 and openbox could not open it ("Failed
    to open the display"; the walk then found no focus anywhere). So a random high number,
    ``-displayfd`` only to learn when it is ready (on an occupied one Xvfb exits at once), and
    openbox must still run half a second later, else both are tried anew."""
    for _ in range(DISPLAY_TRIES):
        number = random.randrange(100, 30000)
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        xvfb = _start(
            [*XVFB, f":{number}", "-displayfd", "1"],
            env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert xvfb.stdout is not None
        if xvfb.stdout.readline().decode().strip() != str(number):
            _stop(xvfb)
            continue
        env["DISPLAY"] = f":{number}"
        # A window manager: the wizard's window becomes the active one and its focus is real.
        openbox = _start(["openbox", "--sm-disable"], env, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        if openbox.poll() is None:
            return [xvfb, openbox]
        _stop(xvfb)
    raise RuntimeError(f"no X display of our own in {DISPLAY_TRIES} tries (Xvfb and openbox)")


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    reason = _missing()
    if reason is not None:
        pytest.skip(reason)
    base = tmp_path_factory.mktemp("a11y")
    runtime = base / "run"
    runtime.mkdir(mode=0o700)
    (base / "home").mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS"}
        and not key.startswith("AT_SPI")
    }
    env.update(XDG_RUNTIME_DIR=str(runtime), HOME=str(base / "home"), NO_AT_BRIDGE="0")
    started: list[subprocess.Popen[bytes]] = []
    secrets = keyring_daemon.start_keyring_daemon()
    try:
        env.update(secrets.env())
        started.extend(_x_display(env))
        started.append(
            _start([BUS_LAUNCHER, "--launch-immediately"], env, stderr=subprocess.DEVNULL)
        )
        time.sleep(0.5)
        yield Desktop(env, base)
    finally:
        for process in reversed(started):
            _stop(process)
        secrets.stop()
        leftovers = secrets.leftover_pids()
        assert not leftovers, f"the test Secret Service is still running: PIDs {leftovers}"


@dataclass
class Walk:
    result: dict[str, Any]
    sandbox: Path
    exit_code: int | None


def walk_wizard(
    desktop: Desktop,
    name: str,
    steps: list[dict[str, Any]],
    *,
    scenario: str,
    language: str,
    launcher: list[str] | None = None,
    extra_env: dict[str, str] | None = None,
) -> Walk:
    """Start the wizard on a fresh sandbox of ``scenario`` and walk ``steps`` through AT-SPI
    (``extra_env``: more variables for the wizard's process, such as a test switch)."""
    folder = desktop.base / name
    data = folder / "data"
    data.mkdir(parents=True)
    env = dict(desktop.env)
    env.update(
        XDG_DATA_HOME=str(data),
        XDG_CONFIG_HOME=str(folder / "config"),
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        QT_QPA_PLATFORM="xcb",
        **(extra_env or {}),
    )
    walk_file = folder / "walk.json"
    walk_file.write_text(json.dumps(steps, ensure_ascii=False), encoding="utf-8")
    result_file = folder / "result.json"
    program = launcher or [sys.executable, "-m", "rms_wizard"]
    wizard = _start(
        [*program, "--sandbox", scenario, "--lang", language, "--log", str(folder / "wizard.log")],
        env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=(folder / "wizard.err").open("wb"),
    )
    try:
        subprocess.run(
            [SYSTEM_PYTHON, str(HERE / "atspi_driver.py"), str(walk_file), str(result_file)],
            env=desktop.env,
            check=True,
            timeout=180,
        )
        try:
            code: int | None = wizard.wait(20)
        except subprocess.TimeoutExpired:
            code = None
    finally:
        _stop(wizard)
    result = json.loads(result_file.read_text(encoding="utf-8"))
    sandboxes = sorted((data / "rms-wizard" / "sandboxes").glob(f"{scenario}-*"))
    assert len(sandboxes) == 1, sandboxes
    return Walk(result, sandboxes[0], code)
