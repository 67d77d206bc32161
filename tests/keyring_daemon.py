"""A private Secret Service for tests: its own D-Bus session bus and gnome-keyring-daemon.

Nothing here touches the user's session: the bus listens on a socket in a fresh temporary folder,
the daemons get their own ``HOME``, ``XDG_RUNTIME_DIR`` and XDG data/config/cache folders, and the
bus has no service directories, so D-Bus never auto-starts a second (locked) keyring daemon
behind our back. Both daemons are children of the test process (``--nofork`` and
``--foreground``), so :meth:`KeyringDaemon.stop` terminates and reaps them and can prove that no
process is left.

Readiness is event-driven: the bus is ready when it prints its address, the keyring when
``org.freedesktop.secrets`` gets an owner on the bus (a ``NameOwnerChanged`` signal), and that
owner must be our daemon's PID. Every wait has a deadline (a missing ``HOME`` makes
gnome-keyring-daemon hang, see TOOLCHAIN.md).

Usage::

    daemon = start_keyring_daemon()
    try:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = daemon.bus_address
        ...  # keyring.backends.SecretService.Keyring() now talks to the private daemon
    finally:
        daemon.stop()
"""

from __future__ import annotations

import contextlib
import os
import selectors
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

DBUS_DAEMON = "dbus-daemon"
GNOME_KEYRING_DAEMON = "gnome-keyring-daemon"
SECRETS_BUS_NAME = "org.freedesktop.secrets"
#: The password that unlocks (and on first start creates) the private login keyring.
DEFAULT_UNLOCK_PASSWORD = "rms-wizard-test-keyring"
#: Unix socket paths are limited to 108 bytes; stay well below.
_MAX_SOCKET_PATH = 100

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <!-- no servicedir: nothing is D-Bus-activated on this bus -->
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class KeyringDaemonError(RuntimeError):
    """The private Secret Service could not be started (the message carries the daemons' logs).

    ``daemon`` is the half-started pair, already stopped, so callers can check for leftovers.
    """

    def __init__(self, message: str, daemon: KeyringDaemon | None = None) -> None:
        super().__init__(message)
        self.daemon = daemon


def missing_tools() -> list[str]:
    """The programs this helper needs that are not on ``PATH`` (empty when all are there)."""
    return [tool for tool in (DBUS_DAEMON, GNOME_KEYRING_DAEMON) if shutil.which(tool) is None]


@dataclass
class KeyringDaemon:
    """A running private bus + keyring daemon; :meth:`stop` ends both and removes the folder."""

    base: Path
    home: Path
    runtime_dir: Path
    bus_address: str
    dbus: subprocess.Popen[bytes]
    keyring: subprocess.Popen[bytes] | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def pids(self) -> list[int]:
        return [proc.pid for proc in (self.dbus, self.keyring) if proc is not None]

    def env(self) -> dict[str, str]:
        """Environment entries that point a client process at this daemon."""
        return {"DBUS_SESSION_BUS_ADDRESS": self.bus_address}

    def logs(self) -> str:
        parts = []
        for log in sorted(self.base.glob("*.log")):
            with contextlib.suppress(OSError):
                parts.append(f"--- {log.name}\n{log.read_text(errors='replace')[-4000:]}")
        return "\n".join(parts)

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate the keyring daemon, then the bus; kill what does not exit in ``timeout``."""
        for proc in (self.keyring, self.dbus):
            if proc is None or proc.poll() is not None:
                continue
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout)
        shutil.rmtree(self.base, ignore_errors=True)

    def leftover_pids(self) -> list[int]:
        """Processes of this daemon pair that still exist (after :meth:`stop`: must be empty).

        Checks our two PIDs in ``/proc`` and asks ``pgrep`` for any process whose command line
        names our private folder (the bus daemon's ``--config-file`` does).
        """
        left = {pid for pid in self.pids if Path(f"/proc/{pid}").exists()}
        if shutil.which("pgrep"):
            out = subprocess.run(
                ["pgrep", "-f", str(self.base)], capture_output=True, text=True, check=False
            )
            left.update(int(pid) for pid in out.stdout.split() if int(pid) != os.getpid())
        return sorted(left)


def _private_base() -> Path:
    base = Path(tempfile.mkdtemp(prefix="rms-kr-"))
    if len(str(base / "run" / "bus")) > _MAX_SOCKET_PATH:  # a long TMPDIR
        shutil.rmtree(base)
        base = Path(tempfile.mkdtemp(prefix="rms-kr-", dir="/tmp"))
    return base


def _daemon_env(home: Path, runtime_dir: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DBUS_", "GNOME_KEYRING", "XDG_", "SSH_AUTH"))
        and key not in {"DISPLAY", "WAYLAND_DISPLAY"}
    }
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime_dir),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    return env


def _read_line(proc: subprocess.Popen[bytes], deadline: float) -> str:
    """One line of ``proc``'s stdout, waiting no later than ``deadline`` (monotonic)."""
    assert proc.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not selector.select(remaining):
            return ""
    return proc.stdout.readline().decode(errors="replace").strip()


def start_keyring_daemon(
    password: str = DEFAULT_UNLOCK_PASSWORD, *, timeout: float = 30.0
) -> KeyringDaemon:
    """Start a private bus and an unlocked gnome-keyring-daemon (secrets component only).

    Raises :class:`KeyringDaemonError` (after stopping whatever started) when a daemon fails or
    is not ready within ``timeout`` seconds. Call :func:`missing_tools` first to skip cleanly.
    """
    base = _private_base()
    home, runtime_dir = base / "home", base / "run"
    for folder in (home, runtime_dir):
        folder.mkdir()
        folder.chmod(0o700)
    socket = runtime_dir / "bus"
    config = base / "bus.conf"
    config.write_text(_BUS_CONFIG.format(socket=socket), encoding="utf-8")
    env = _daemon_env(home, runtime_dir)
    deadline = time.monotonic() + timeout
    started = time.perf_counter()

    with (base / "dbus-daemon.log").open("wb") as dbus_log:
        dbus = subprocess.Popen(
            [DBUS_DAEMON, f"--config-file={config}", "--nofork", "--print-address=1"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=dbus_log,
            env=env,
        )
    daemon = KeyringDaemon(base, home, runtime_dir, "", dbus)
    try:
        daemon.bus_address = _read_line(dbus, deadline)
        if not daemon.bus_address:
            raise KeyringDaemonError(f"{DBUS_DAEMON} printed no address\n{daemon.logs()}", daemon)
        daemon.timings["dbus_ready_s"] = time.perf_counter() - started
        env["DBUS_SESSION_BUS_ADDRESS"] = daemon.bus_address
        _start_keyring(daemon, env, password, deadline)
        daemon.timings["keyring_ready_s"] = time.perf_counter() - started
    except BaseException:
        daemon.stop()
        raise
    return daemon


def _start_keyring(
    daemon: KeyringDaemon, env: dict[str, str], password: str, deadline: float
) -> None:
    from jeepney import MatchRule
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus=daemon.bus_address) as conn:
        rule = MatchRule(
            type="signal",
            sender="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
            member="NameOwnerChanged",
            path="/org/freedesktop/DBus",
        )
        rule.add_arg_condition(0, SECRETS_BUS_NAME)
        with conn.filter(rule) as queue:
            conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
            with (daemon.base / "gnome-keyring-daemon.log").open("wb") as log:
                keyring_proc = subprocess.Popen(
                    [GNOME_KEYRING_DAEMON, "--foreground", "--unlock", "--components=secrets"],
                    stdin=subprocess.PIPE,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    env=env,
                )
            daemon.keyring = keyring_proc
            assert keyring_proc.stdin is not None
            try:
                keyring_proc.stdin.write(password.encode())
                keyring_proc.stdin.close()  # EOF ends the password
            except BrokenPipeError:
                pass  # the daemon died before reading: reported by the exit check below
            while True:
                reply = conn.send_and_get_reply(
                    message_bus.NameHasOwner(SECRETS_BUS_NAME), timeout=5
                )
                if reply.body[0]:
                    break
                if keyring_proc.poll() is not None:
                    raise KeyringDaemonError(
                        f"{GNOME_KEYRING_DAEMON} exited with {keyring_proc.returncode}\n"
                        f"{daemon.logs()}",
                        daemon,
                    )
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise KeyringDaemonError(
                        f"{GNOME_KEYRING_DAEMON} did not own {SECRETS_BUS_NAME} in time\n"
                        f"{daemon.logs()}",
                        daemon,
                    )
                # Wake on the signal, or after a short while to notice a crashed daemon.
                with contextlib.suppress(TimeoutError):
                    conn.recv_until_filtered(queue, timeout=min(remaining, 0.1))
        owner = conn.send_and_get_reply(
            message_bus.GetConnectionUnixProcessID(SECRETS_BUS_NAME), timeout=5
        )
        if owner.body[0] != keyring_proc.pid:
            raise KeyringDaemonError(
                f"{SECRETS_BUS_NAME} is owned by PID {owner.body[0]}, not by our "
                f"{GNOME_KEYRING_DAEMON} ({keyring_proc.pid})",
                daemon,
            )
