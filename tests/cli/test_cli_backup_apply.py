"""Backup, apply and uninstall through the real CLI: wrong passwords and tampered backups write
nothing (issue 3, acceptance 3), restore or keep the configuration database (acceptance 4), one
change at a time (the lock), and past statistics brought back into the SP1 logging database."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from enginekit import (
    REPO,
    Prepared,
    assert_clean_error,
    assert_exactly,
    config_db,
    diff,
    logging_db,
    run_cli,
    snapshot,
)

from rms_wizard.core.engine.backup import MANIFEST_NAME
from rms_wizard.core.engine.configdb import dump_content, read_config_v1
from rms_wizard.core.install.models import Release

WRONG = "Wrong-Horse-Battery-9"


def apply_cli(root: Path, backup: Path, password: str, tmp: Path, *extra: str):  # type: ignore[no-untyped-def]
    return run_cli(
        "apply", "--root", root, "--backup", backup, "--password-stdin", *extra,
        stdin=password + "\n", log_dir=tmp,
    )  # fmt: skip


def test_backup_with_the_wrong_password_writes_nothing(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    before = snapshot(root)
    result = run_cli(
        "backup", "--root", root, "--to", tmp_path / "b", "--password-stdin",
        stdin=WRONG, log_dir=tmp_path,
    )  # fmt: skip
    line = assert_clean_error(result, 2)
    assert "The password does not open the private key" in line and WRONG not in line
    assert not (tmp_path / "b").exists()
    assert not diff(before, snapshot(root))


def test_backup_through_the_cli(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    before = snapshot(root)
    result = run_cli(
        "backup", "--root", root, "--to", tmp_path / "b", "--include-logging-db",
        "--password-stdin", stdin=prepared.password, log_dir=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Backup written and verified" in result.stdout
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [
        "DRMS_Config.db", "DRMS_Logging.db", "ServerPrivateKey.pem", MANIFEST_NAME,
    ]  # fmt: skip
    assert not diff(before, snapshot(root))  # a backup only reads the server


def test_apply_with_the_wrong_password_writes_nothing(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    watched = [root, prepared.backup]
    before = [snapshot(p) for p in watched]
    line = assert_clean_error(apply_cli(root, prepared.backup, WRONG, tmp_path), 2)
    assert "The password does not open the private key" in line
    assert [snapshot(p) for p in watched] == before


HEX = b"0123456789abcdef"


def _flip_value(path: Path, key: str, offset: int = 5) -> None:
    """Change one character inside the JSON value of ``key``; it stays valid (a hex digit stays a
    hex digit, so a changed hash is still a well-formed hash)."""
    raw = bytearray(path.read_bytes())
    at = raw.index(f'"{key}": "'.encode()) + len(key) + 5 + offset
    raw[at] = HEX[(HEX.index(raw[at]) + 1) % 16] if raw[at] in HEX else raw[at] ^ 0x01
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize(
    ("tamper", "words"),
    [
        (
            lambda b: (b / "DRMS_Config.db").write_bytes(
                (lambda d: d[:4000] + bytes([d[4000] ^ 1]) + d[4001:])(
                    (b / "DRMS_Config.db").read_bytes()
                )
            ),
            "DRMS_Config.db was changed after the backup was made",
        ),
        (lambda b: _flip_value(b / MANIFEST_NAME, "created", 3), "backup.json was changed"),
        (lambda b: _flip_value(b / MANIFEST_NAME, "sha256"), "was changed after the backup"),
        (lambda b: _flip_value(b / MANIFEST_NAME, "name"), "backup.json was changed"),
    ],
    ids=["config-db-byte", "manifest-time", "manifest-hash", "manifest-server"],
)
def test_a_tampered_backup_is_refused(
    prepared: Prepared, tmp_path: Path, tamper, words: str
) -> None:  # type: ignore[no-untyped-def]
    backup = Path(shutil.copytree(prepared.backup, tmp_path / "b"))
    tamper(backup)
    root = prepared.copy("v1", tmp_path / "s")
    before = snapshot(root), snapshot(backup)
    line = assert_clean_error(apply_cli(root, backup, prepared.password, tmp_path), 2)
    assert "cannot be used" in line and words in line
    assert (snapshot(root), snapshot(backup)) == before


def test_uninstall_restore_gives_back_the_byte_identical_1_0_tree(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    result = run_cli(
        "uninstall", "--root", root, "--restore-config-db", prepared.backup, "--password-stdin",
        stdin=prepared.password, log_dir=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "SP1 is removed" in result.stdout
    assert_exactly(root, prepared, "1.0")
    original, now = snapshot(prepared.v1), snapshot(root)
    name = config_db(root).relative_to(root).as_posix()
    assert {r: e.digest for r, e in now.items() if r != name} == {
        r: e.digest for r, e in original.items() if r != name
    }
    assert dump_content(config_db(root)) == dump_content(config_db(prepared.v1))
    verified = run_cli("verify", "--root", root, log_dir=tmp_path)
    assert verified.returncode == 0 and "exactly RMS 1.0" in verified.stdout


def test_uninstall_keep_leaves_an_sp1_database_the_1_0_reader_reads(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    sp1_content = dump_content(config_db(root))
    result = run_cli("uninstall", "--root", root, "--keep-config-db", log_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "RMS 1.0 ignores the fields SP1 added" in result.stdout
    assert_exactly(root, prepared, "1.0", kept_db=True)
    assert dump_content(config_db(root)) == sp1_content
    assert read_config_v1(config_db(root)) == read_config_v1(config_db(prepared.v1))
    detected = json.loads(run_cli("detect", "--root", root, "--json", log_dir=tmp_path).stdout)
    assert detected["config_db"]["schema_release"] == Release.SP1.value


def test_apply_brings_past_statistics_back(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    result = apply_cli(root, prepared.backup, prepared.password, tmp_path, "--import-statistics")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(logging_db(root)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        rows = conn.execute("SELECT COUNT(*) FROM DRMS_Log").fetchone()[0]
        columns = [r[1] for r in conn.execute("PRAGMA table_info(DRMS_Log)")]
    conn.close()
    assert {"DRMS_Log", "DRMS_LogSchema", "DRMS_LogStatistics"} <= tables
    assert "RequestType" in columns and rows == 40


# ------------------------------------------------------------------------------ the lock


LOCK_HOLDER = """
import sys
from pathlib import Path
from rms_wizard.core.engine.locked_run import locked
with locked(Path(sys.argv[1]), "apply") as lock:
    lock.write_record()
    print("held", flush=True)
    sys.stdin.read()
"""


def test_a_second_apply_while_a_live_run_holds_the_lock_is_refused(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    # A real holder: a process that holds the install's OS lock and has written its record.
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = snapshot(root)
        line = assert_clean_error(apply_cli(root, prepared.backup, prepared.password, tmp_path), 2)
        assert "Another run" in line and "recover" not in line
        line = assert_clean_error(run_cli("recover", "--root", root, log_dir=tmp_path), 2)
        assert f"Another run (process {holder.pid})" in line
        assert not diff(before, snapshot(root))
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait()


def test_a_stale_lock_means_exit_4_and_recover_cleans_it(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (root / ".rms-wizard").mkdir()
    lock = {"pid": dead.pid, "host": __import__("socket").gethostname(), "operation": "apply"}
    (root / ".rms-wizard" / "lock").write_text(json.dumps(lock))
    line = assert_clean_error(apply_cli(root, prepared.backup, prepared.password, tmp_path), 4)
    assert "Run recover first" in line
    verified = run_cli("verify", "--root", root, log_dir=tmp_path)
    assert verified.returncode == 4
    recovered = run_cli("recover", "--root", root, log_dir=tmp_path)
    assert recovered.returncode == 0, recovered.stderr
    assert_exactly(root, prepared, "1.0")  # the lock (and its folder) is gone
    applied = apply_cli(root, prepared.backup, prepared.password, tmp_path)
    assert applied.returncode == 0, applied.stderr
    assert_exactly(root, prepared, "SP1")
