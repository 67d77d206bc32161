"""Full and read-only disks through the real CLI (issue 12, item 3): one clear line, the exit code
that tells the truth (3 rolled back and checked, 4 not finished: run recover), and recover
finishing once the cause is lifted. Root only (CI runs as root)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from enginekit import Prepared, assert_clean_error, assert_exactly, install_dir, run_cli
from faultfs import fill_to, immutable, set_immutable, small_tmpfs
from pydantic import SecretStr

from rms_wizard.core.common.messages import RmsError
from rms_wizard.core.common.paths import registry_file, state_dir
from rms_wizard.core.common.progress import ProgressEvent
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.fault_plan import FaultPlan

KIB = 1024


def _apply_cli(prepared: Prepared, root: Path, logs: Path):  # type: ignore[no-untyped-def]
    return run_cli(
        "apply", "--root", root, "--backup", prepared.backup, "--password-stdin",
        stdin=prepared.password + "\n", log_dir=logs,
    )  # fmt: skip


@pytest.mark.parametrize("free_kib", [0, 120, 160])
def test_a_full_disk_is_one_line_and_exactly_1_0(
    prepared: Prepared, tmp_path: Path, free_kib: int
) -> None:
    """Too little space at three points (the lock; staging, with its databases; the database
    migration after the commit point): said in one line (no "unexpected error"); rolled back and
    exactly 1.0, or past the commit point exit 4, and `recover` finishes once space is freed."""
    with small_tmpfs(tmp_path / "mnt", 2 * 1024 * KIB) as mnt:
        root = prepared.copy("v1", mnt / "root")
        filler = fill_to(mnt, free_kib * KIB)
        result = _apply_cli(prepared, root, tmp_path / "logs")
        assert result.returncode in (2, 3, 4), result
        line = assert_clean_error(result, result.returncode)
        assert "no space left" in line or "disk is full" in line, line
        assert "unexpected" not in line
        if result.returncode == 4:  # the change stands: recover completes it, with space back
            assert "recover" in line, line
            filler.unlink()
            assert run_cli("recover", "--root", root, log_dir=tmp_path / "logs").returncode == 0
            assert_exactly(root, prepared, "SP1")
        else:
            assert_exactly(root, prepared, "1.0")


def test_an_immutable_registry_is_one_line_and_exactly_1_0(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    with immutable(registry_file(root)):
        line = assert_clean_error(_apply_cli(prepared, root, tmp_path / "logs"), 3)
    assert "failed and was rolled back" in line and "registry.reg" in line, line
    assert_exactly(root, prepared, "1.0")


def test_recover_says_what_blocks_it_and_finishes_once_lifted(
    prepared: Prepared, tmp_path: Path
) -> None:
    """A rollback blocked by an immutable folder (made so while the update ran): exit 4; the
    CLI's recover says the same while it lasts (exit 4, the journal kept), and rolls back to
    exactly 1.0 once the folder can be changed again."""
    root = prepared.copy("v1", tmp_path / "s")
    blocked = [registry_file(root), install_dir(root) / "bin"]

    def progress(event: ProgressEvent) -> None:
        if str(event.phase) == "Recording the new version in the registry":
            set_immutable(*blocked)

    try:
        with pytest.raises(RmsError) as info:
            apply_update(
                root,
                backup_dir=prepared.backup,
                password=SecretStr(prepared.password),
                faults=FaultPlan(None),
                progress=progress,
            )
        assert info.value.exit_code == 4
        report = tmp_path / "report.html"
        result = run_cli("--report", report, "recover", "--root", root, log_dir=tmp_path / "l")
        assert result.returncode == 4 and "Traceback" not in result.stderr, result
        (line,) = [ln for ln in result.stderr.splitlines() if ln.startswith("rms-wizard: ")]
        assert "could not be rolled back completely" in line and "read-only" in line, line
        assert "run recover" in line
        shown = " ".join(re.sub(r"<[^>]+>", " ", report.read_text(encoding="utf-8")).split())
        assert "could not be rolled back completely: the install is not as before" in shown
        assert "Nothing was changed" not in shown and "every change was rolled back" not in shown
        assert (state_dir(root) / "journal.jsonl").is_file()
        verify = run_cli("verify", "--root", root, log_dir=tmp_path / "l")
        assert verify.returncode != 0
    finally:
        set_immutable(*blocked, on=False)
    result = run_cli("recover", "--root", root, log_dir=tmp_path / "l")
    assert result.returncode == 0 and "rolled back" in result.stdout, result
    assert_exactly(root, prepared, "1.0")
