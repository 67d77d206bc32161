"""``plan --mode`` (REINSTALLMODE letters) and ``--changed-files`` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from enginekit import Templates, assert_clean_error, run_cli, snapshot


def plan(root: Path, log_dir: Path, *options: str) -> dict[str, Any]:
    result = run_cli("plan", "--root", root, "--json", *options, log_dir=log_dir)
    assert result.returncode == 0, result.stderr
    return {a["path"]: a for a in json.loads(result.stdout)["actions"]}


def test_modes_and_the_dates_rule(cli_templates: Templates, log_dir: Path) -> None:
    root = cli_templates.template("user-modified-config")
    default = plan(root, log_dir)
    assert default["_wmcs/web.config"]["action"] == "keep-modified"
    assert default["bin/DRMSCertification.dll"]["action"] == "keep"
    # a: every present file is reinstalled, whatever its version; missing ones are added
    everything = plan(root, log_dir, "--mode", "AMUS")
    assert {a["action"] for a in everything.values()} == {"add", "replace"}
    added = {p for p, a in default.items() if a["action"] == "add"}
    assert {p for p, a in everything.items() if a["action"] == "add"} == added
    assert "amus" in everything["_wmcs/web.config"]["reason"]
    # p: only missing files
    missing_only = plan(root, log_dir, "--mode", "pmus")
    assert {
        p
        for p, a in missing_only.items()
        if a["action"] != "keep" and a["action"] != "keep-modified"
    } == added
    # Why the content rule stays the default: the scenario's admin changes were written when the
    # server was copied, so created and modified agree, and the dates rule would overwrite them.
    by_dates = plan(root, log_dir, "--changed-files", "dates")
    assert by_dates["_wmcs/web.config"]["action"] == "replace"
    assert "created" in by_dates["_wmcs/web.config"]["reason"]


def test_a_bad_mode_is_one_line_and_changes_nothing(
    cli_templates: Templates, log_dir: Path
) -> None:
    root = cli_templates.template("single-server-v1")
    before = snapshot(root)
    line = assert_clean_error(run_cli("plan", "--root", root, "--mode", "omx", log_dir=log_dir), 2)
    assert "'omx' is not a reinstall mode" in line
    assert snapshot(root) == before
