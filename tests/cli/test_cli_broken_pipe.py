"""``rms-wizard plan ... | head -1``: a reader that stops early ends the output quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from enginekit import REPO, cli_env, run_cli


def _run_into_closed_pipe(*args: str | Path, log_dir: Path) -> tuple[int, str]:
    """Run the CLI with stdout a pipe whose reader is already gone (every write: EPIPE)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "rms_wizard", *map(str, args)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=cli_env(log_dir),
            cwd=REPO,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    return done.returncode, done.stderr


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("pipe")
    done = run_cli("sandbox", "create", "single-server-v1", base / "s", log_dir=base)
    assert done.returncode == 0, done.stderr
    return base / "s"


@pytest.mark.parametrize(
    "args",
    [("plan",), ("plan", "--json"), ("detect",), ("--help",)],
    ids=["plan", "plan-json", "detect", "help"],
)
def test_closed_stdout_is_quiet(root: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    argv = args if args == ("--help",) else (args[0], "--root", str(root), *args[1:])
    code, stderr = _run_into_closed_pipe(*argv, log_dir=tmp_path)
    assert code == 0, stderr
    assert stderr == ""


def test_head_sees_the_first_line(root: Path, tmp_path: Path) -> None:
    """The real pipeline: the first line arrives, and nothing complains afterwards."""
    plan = subprocess.Popen(
        [sys.executable, "-m", "rms_wizard", "plan", "--root", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(tmp_path),
        cwd=REPO,
    )
    assert plan.stdout is not None and plan.stderr is not None
    first = plan.stdout.readline()
    plan.stdout.close()  # what `head -1` does after its line
    stderr = plan.stderr.read()
    plan.stderr.close()
    assert plan.wait(timeout=60) == 0
    assert first.startswith(b"SP1 ")
    assert stderr == b""
