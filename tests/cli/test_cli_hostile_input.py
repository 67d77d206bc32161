"""Issue 12, items 3 (its last sentence) and 10: hostile input and real faults give one translated
line and the right exit code, never a traceback or "unexpected error" -- a file name that is no
text, a NUL in a node's folder, a topology nested thousands deep, a full disk under SQLite and
under the install lock, a verified backup that vanishes while SP1 is being removed.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from enginekit import (
    Prepared,
    assert_clean_error,
    assert_exactly,
    diff,
    install_dir,
    run_cli,
    snapshot,
)
from stallkit import StalledRun, opens_before

from rms_wizard.core.common.paths import STATE_DIR_NAME
from rms_wizard.training.sandbox import create_sandbox

ODD_NAME = b"admin-notes-\xff.txt"  # Latin-1, not UTF-8: bytes that are no text


def _odd_file(root: Path) -> None:
    folder = os.fsencode(install_dir(root) / "bin")
    with open(os.path.join(folder, ODD_NAME), "wb") as handle:
        handle.write(b"kept by the admin\n")


@pytest.mark.parametrize("start", ["v1", "sp1"])
def test_a_file_name_that_is_no_text_is_one_line_for_every_command(
    prepared: Prepared, tmp_path: Path, start: str
) -> None:
    root = prepared.copy(start, tmp_path / "s")
    _odd_file(root)
    before = snapshot(root)
    password = prepared.password + "\n"
    runs = {
        "detect": run_cli("detect", "--root", root, log_dir=tmp_path),
        "plan": run_cli("plan", "--root", root, log_dir=tmp_path),
        "verify": run_cli("verify", "--root", root, log_dir=tmp_path),
        "apply": run_cli(
            "apply", "--root", root, "--backup", prepared.backup, "--password-stdin",
            stdin=password, log_dir=tmp_path,
        ),
        "uninstall": run_cli("uninstall", "--root", root, "--keep-config-db", log_dir=tmp_path),
    }  # fmt: skip
    for command, result in runs.items():
        line = assert_clean_error(result, 2)
        assert "is not a valid install path" in line and "\\xff" in line, (command, line)
    recovered = run_cli("recover", "--root", root, log_dir=tmp_path)
    assert recovered.returncode == 0 and "Nothing to recover" in recovered.stdout
    assert "Traceback" not in recovered.stderr and not recovered.stderr.strip()
    assert not diff(before, snapshot(root))


def _topology(tmp_path: Path) -> Path:
    folder = tmp_path / "cluster"
    create_sandbox("cluster", folder)
    return folder / "topology.json"


def test_a_nul_in_a_node_folder_is_refused(tmp_path: Path) -> None:
    topology = _topology(tmp_path)
    data = json.loads(topology.read_text(encoding="utf-8"))
    node = data["clusters"][0]["nodes"][0]
    node["root"] += "\x00/../../outside"
    topology.write_text(json.dumps(data), encoding="utf-8")
    before = snapshot(topology.parent)
    for args in (
        ["cluster", "plan", "--topology", topology],
        [
            "cluster", "apply", "--topology", topology, "--backup-dir", tmp_path / "b",
            "--password-stdin",
        ],
    ):  # fmt: skip
        line = assert_clean_error(run_cli(*args, stdin="x\n", log_dir=tmp_path), 2)
        assert "contains a control character (such as NUL)" in line and "\\x00" in line, line
        assert node["name"] in line
    assert not diff(before, snapshot(topology.parent))
    assert not (tmp_path / "b").exists()


def test_a_topology_nested_thousands_deep_is_refused(tmp_path: Path) -> None:
    topology = tmp_path / "deep.json"
    topology.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    for command in ("plan", "export-ansible"):
        extra = ["--out", str(tmp_path / "out")] if command == "export-ansible" else []
        result = run_cli("cluster", command, "--topology", topology, *extra, log_dir=tmp_path)
        assert "is nested too deeply" in assert_clean_error(result, 2)
    assert not (tmp_path / "out").exists()


# ------------------------------------------------------------------------------ real small disks


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs (CI runs as root)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk], check=True)
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", disk], check=False)


def fill(disk: Path) -> None:
    """Take every free byte of ``disk``."""
    with open(disk / "filler", "wb", buffering=0) as handle:
        for size in (1 << 16, 4096, 1):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    assert os.statvfs(disk).f_bavail == 0


def test_a_backup_to_a_full_disk_is_one_line_and_leaves_nothing(
    prepared: Prepared, tmp_path: Path, small_disk: Path
) -> None:
    """SQLite's "database or disk is full" used to be an unexpected error."""
    root = prepared.copy("v1", tmp_path / "s")
    fill(small_disk)
    result = run_cli(
        "backup", "--root", root, "--to", small_disk / "b", "--password-stdin",
        stdin=prepared.password + "\n", log_dir=tmp_path,
    )  # fmt: skip
    line = assert_clean_error(result, 3)
    assert "The backup could not be written" in line and "no space left" in line, line
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
    assert_exactly(root, prepared, "1.0")


@pytest.mark.parametrize("command", ["apply", "recover"])
def test_a_run_on_a_full_disk_leaves_no_lock(
    prepared: Prepared, tmp_path: Path, small_disk: Path, command: str
) -> None:
    """With 0 bytes free a run used to leave an empty lock, and the next run said the install
    was interrupted. A run that changed nothing leaves nothing."""
    root = small_disk / "s"
    shutil.copytree(prepared.v1, root, symlinks=True)
    fill(small_disk)
    if command == "apply":
        result = run_cli(
            "apply", "--root", root, "--backup", prepared.backup, "--password-stdin",
            stdin=prepared.password + "\n", log_dir=tmp_path,
        )  # fmt: skip
        assert "no space left on the disk" in assert_clean_error(result, 3)
    else:
        result = run_cli("recover", "--root", root, log_dir=tmp_path)
        assert result.returncode == 0 and "Nothing to recover" in result.stdout, result.stderr
    assert not (root / STATE_DIR_NAME).exists()
    assert_exactly(root, prepared, "1.0")
    detected = run_cli("detect", "--root", root, "--json", log_dir=tmp_path)
    assert json.loads(detected.stdout)["state"] == "installed"
    (small_disk / "filler").unlink()
    applied = run_cli(
        "apply", "--root", root, "--backup", prepared.backup, "--password-stdin",
        stdin=prepared.password + "\n", log_dir=tmp_path,
    )  # fmt: skip
    assert applied.returncode == 0, applied.stderr
    assert_exactly(root, prepared, "SP1")


def test_a_backup_that_vanishes_while_sp1_is_removed_is_one_line(
    prepared: Prepared, tmp_path: Path
) -> None:
    """The removal verified the backup, then the backup's database went away before it was
    copied back (held there by strace): one line, exit 3, SP1 exactly as before."""
    backup = tmp_path / "backup"
    shutil.copytree(prepared.backup, backup)
    database = backup / "DRMS_Config.db"
    assert database.is_file()

    def args(root: Path) -> list[str | Path]:
        return [
            "uninstall", "--root", root, "--restore-config-db", backup, "--password-stdin",
        ]  # fmt: skip

    dry = prepared.copy("sp1", tmp_path / "dry").resolve()
    copy_back = opens_before(  # the copy back, inside the transaction
        args(dry),
        path=database,
        marker=f"{STATE_DIR_NAME}/staging",
        then=1,
        stdin=prepared.password + "\n",
        log_dir=tmp_path,
        trace=tmp_path / "dry.trace",
    )
    root = prepared.copy("sp1", tmp_path / "s").resolve()
    with StalledRun(
        args(root),
        path=database,
        nth=copy_back,
        stdin=prepared.password + "\n",
        log_dir=tmp_path,
        trace=tmp_path / "run.trace",
    ) as run:
        run.wait_stalled()
        database.unlink()
        done = run.release()
    line = assert_clean_error(done, 3)
    assert "Removing SP1 failed and was rolled back" in line, line
    assert "does not exist (DRMS_Config.db)" in line, line  # the backup that went, named
    assert_exactly(root, prepared, "SP1")
