"""Hold a real CLI run at a chosen system call with strace, act meanwhile, then let it go on.

strace attaches to the run -- a shell that waits for one line and then ``exec``s the CLI, so the
process, its signals and its exit code are the CLI's own -- and delays the run's N-th ``openat``
of one file far longer than any test runs. The run is stalled there once strace has printed that
call's entry (it prints the entry before it delays the call). Ending strace lets the call go on
at once. No test hook in the product: the run is the real one, slowed by the kernel's tracer.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from enginekit import REPO, cli_env

#: Far longer than any test: the run goes on when strace ends, not when this runs out.
_DELAY_US = 300_000_000


#: ``openat(3</a/folder>, "name", ...`` as ``strace -y`` prints a call at a folder descriptor.
_AT_FD = re.compile(r'\((\d+)<([^>]*)>, "([^"]*)"')


def _absolute(line: str) -> str:
    """The call with a name opened at a folder descriptor (the engine's dir_fd opens) written
    as the full path, so a marker or a file is found however the run named it."""
    return _AT_FD.sub(lambda m: f'(AT_FDCWD, "{m.group(2)}/{m.group(3)}"', line)


def _held_by(line: str, path: Path) -> bool:
    """Would ``strace -P path -P path.parent`` pick this ``openat``: the file by its full name,
    its folder, or any name opened at the folder's descriptor (strace matches the descriptor's
    path, not the name joined to it)."""
    return "openat(" in line and any(
        f'"{p}"' in line or f"<{p}>," in line for p in (path, path.parent)
    )


def _opens(trace: str, path: Path) -> list[str]:
    needle = f'"{path}"'
    return [line for line in trace.splitlines() if "openat(" in line and needle in _absolute(line)]


def opens_before(
    args: list[str | Path],
    *,
    path: Path,
    marker: str,
    stdin: str,
    log_dir: Path,
    trace: Path,
    then: int = 0,
) -> int:
    """Which of a run's ``openat`` calls that :class:`StalledRun` counts (those of ``path`` and
    of its folder) is its last open of ``path`` before the first system call that names
    ``marker`` -- or, with ``then``, its ``then``-th open of ``path`` after that one (a dry run
    under strace, on a tree of its own; 0: none before the marker)."""
    subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-o",
            str(trace),
            "-e",
            "trace=openat,mkdir,mkdirat",
            "-y",
            sys.executable,
            "-m",
            "rms_wizard",
            *map(str, args),
        ],
        input=stdin,
        capture_output=True,
        text=True,
        env=cli_env(log_dir),
        cwd=REPO,
        timeout=120,
        check=True,
    )
    lines = trace.read_text().splitlines()
    end = next(i for i, line in enumerate(lines) if marker in _absolute(line))
    needle = f'"{path}"'
    held = [(i, line) for i, line in enumerate(lines) if _held_by(line, path)]
    of_path = [n for n, (_, line) in enumerate(held, 1) if needle in _absolute(line)]
    before = sum(1 for n in of_path if held[n - 1][0] < end)
    if before + then == 0:
        return 0
    return of_path[before + then - 1]


class StalledRun:
    """``python -m rms_wizard ARGS``, held at the ``nth`` ``openat`` of ``path`` or of its
    folder (:func:`opens_before` counts the same calls) until :meth:`release`."""

    def __init__(
        self,
        args: list[str | Path],
        *,
        path: Path,
        nth: int,
        stdin: str,
        log_dir: Path,
        trace: Path,
    ) -> None:
        self.path, self.nth, self.trace = path, nth, trace
        self.proc = subprocess.Popen(
            ["sh", "-c", 'read go; exec "$@"', "sh", sys.executable, "-m", "rms_wizard"]
            + [str(a) for a in args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(log_dir),
            cwd=REPO,
        )
        trace.write_text("")
        self.strace = subprocess.Popen(
            [
                "strace",
                "-f",
                "-qq",
                "-o",
                str(trace),
                "-y",
                "-e",
                "trace=openat",
                "-e",
                f"inject=openat:delay_enter={_DELAY_US}:when={nth}",
                "-P",
                str(path),
                "-P",
                str(path.parent),
                "-p",
                str(self.proc.pid),
            ]
        )
        self._until(self._traced, "strace did not attach")
        assert self.proc.stdin is not None
        self.proc.stdin.write("go\n" + stdin)
        self.proc.stdin.close()
        self.proc.stdin = None  # communicate() must not write to it again

    def _traced(self) -> bool:
        status = Path(f"/proc/{self.proc.pid}/status").read_text()
        return "TracerPid:\t0\n" not in status

    def stalled(self) -> bool:
        opened = [line for line in self.trace.read_text().splitlines() if "openat(" in line]
        return len(opened) >= self.nth and " = " not in opened[self.nth - 1]

    def _until(self, ready: Callable[[], bool], what: str, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            if self.proc.poll() is not None:
                _out, err = self.proc.communicate()
                raise AssertionError(f"{what}: the run ended ({self.proc.returncode}): {err}")
            assert time.monotonic() < deadline, what
            time.sleep(0.02)

    def wait_stalled(self) -> None:
        self._until(self.stalled, f"the run did not reach open #{self.nth} of {self.path}")

    def signal(self, signum: int) -> None:
        os.kill(self.proc.pid, signum)

    def release(self, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """End strace (the delayed call goes on) and wait for the run to end."""
        self.strace.send_signal(signal.SIGTERM)
        self.strace.wait(timeout=timeout)
        out, err = self.proc.communicate(timeout=timeout)
        return subprocess.CompletedProcess(self.proc.args, self.proc.returncode, out, err)

    def __enter__(self) -> StalledRun:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.strace.poll() is None:
            self.strace.kill()
            self.strace.wait()
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate()
