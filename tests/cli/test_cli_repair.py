"""``rms-wizard repair`` through the real CLI: a damaged SP1 repaired to exactly SP1, its plan
preview, and bad input (exit 2, one line, nothing changed)."""

from __future__ import annotations

import json
from pathlib import Path

from enginekit import Prepared, assert_clean_error, assert_exactly, damage_sp1, run_cli, snapshot


def test_repair_puts_a_damaged_sp1_back(prepared: Prepared, tmp_path: Path, log_dir: Path) -> None:
    root = prepared.copy("sp1", tmp_path / "server")
    damage_sp1(root)
    before = snapshot(root)
    preview = run_cli("repair", "--root", root, "--plan", "--json", log_dir=log_dir)
    assert preview.returncode == 0, preview.stderr
    planned = {a["path"]: a["action"] for a in json.loads(preview.stdout)["actions"]}
    assert sorted(p for p, a in planned.items() if a in ("add", "replace")) == [
        "_wmcs/licensing/license.asmx",
        "bin/DRMSCrypto.dll",
        "bin/DRMSServer.dll",
        "client/msdrm.dll",
    ]
    assert snapshot(root) == before  # the preview changes nothing
    assert run_cli("verify", "--root", root, log_dir=log_dir).returncode == 1
    done = run_cli("repair", "--root", root, log_dir=log_dir)
    assert done.returncode == 0, done.stderr
    assert "SP1 is repaired: 4 files reinstalled." in done.stdout
    assert_exactly(root, prepared, "SP1")
    assert run_cli("verify", "--root", root, log_dir=log_dir).returncode == 0


def test_repair_refuses_bad_input(prepared: Prepared, tmp_path: Path, log_dir: Path) -> None:
    v1 = prepared.copy("v1", tmp_path / "v1")
    before = snapshot(v1)
    line = assert_clean_error(run_cli("repair", "--root", v1, log_dir=log_dir), 2)
    assert "SP1 is not installed here" in line
    line = assert_clean_error(run_cli("repair", "--root", v1, "--mode", "q", log_dir=log_dir), 2)
    assert "'q' is not a reinstall mode" in line
    assert snapshot(v1) == before
