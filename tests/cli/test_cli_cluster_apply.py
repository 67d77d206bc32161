"""``rms-wizard cluster apply``: the rolling rollout from the command line, stop and resume."""

from __future__ import annotations

import json
from pathlib import Path

from enginekit import assert_clean_error, cli_env, run_cli

from rms_wizard.core.fleet.topology import load_topology
from rms_wizard.training.sandbox import create_sandbox


def _versions(topology: Path) -> dict[str, tuple[str, bool]]:
    return {
        n.name: (n.version, n.in_rotation)
        for c in load_topology(topology).clusters
        for n in c.nodes
    }


def test_cluster_apply_stops_on_a_failed_node_and_resumes(tmp_path: Path, log_dir: Path) -> None:
    scenario = create_sandbox("cluster", tmp_path / "c")
    topology = tmp_path / "c" / "topology.json"
    args = ("cluster", "apply", "--topology", topology, "--backup-dir", tmp_path / "b")
    stdin = scenario.key_password + "\n"

    # The fault strikes every node's apply: the first wave fails and is rolled back.
    failing = run_cli(
        *args,
        "--password-stdin",
        "--json",
        log_dir=log_dir,
        stdin=stdin,
        env=cli_env(log_dir, RMS_WIZARD_FAULT="fail-at-step:4"),
    )
    assert failing.returncode == 3, failing.stderr
    report = json.loads(failing.stdout)
    assert report["completed"] is False
    statuses = {node["node"]: node["status"] for node in report["nodes"]}
    assert statuses["CON-RC-01"] == "failed" and statuses["CON-LIC-03"] == "not-started"
    failed = next(node for node in report["nodes"] if node["node"] == "CON-RC-01")
    assert "rolled back" in failed["message"] and failed["in_rotation"] is True
    assert set(report["cluster_backups"]) == {"contoso-root", "contoso-lic", "fabrikam-root"}
    assert "[wave 1] CON-RC-01 (contoso-root): drained (out of rotation)" in failing.stderr
    assert set(_versions(topology).values()) == {("1.0", True)}

    resumed = run_cli(*args, "--password-stdin", log_dir=log_dir, stdin=stdin)
    assert resumed.returncode == 0, resumed.stderr
    assert "Every node of the deployment runs SP1." in resumed.stdout
    assert set(_versions(topology).values()) == {("SP1", True)}

    logs = "".join(p.read_text(encoding="utf-8") for p in log_dir.iterdir() if p.is_file())
    assert "rollout wave 1 contoso-root/CON-RC-01" in logs
    assert scenario.key_password not in logs + failing.stdout + failing.stderr + resumed.stdout


def test_cluster_apply_refuses_a_wrong_or_missing_password(tmp_path: Path, log_dir: Path) -> None:
    create_sandbox("cluster", tmp_path / "c")
    topology = tmp_path / "c" / "topology.json"
    before = topology.read_bytes()
    args = ("cluster", "apply", "--topology", topology, "--backup-dir", tmp_path / "b")

    wrong = run_cli(*args, "--password-stdin", log_dir=log_dir, stdin="not-the-password\n")
    assert "password does not open" in assert_clean_error(wrong, 2)
    # The sandbox's keyring (the test's fail backend) holds nothing: refused before any change.
    keyring = run_cli(
        *args,
        "--password-from-keyring",
        log_dir=log_dir,
        env=cli_env(log_dir, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"),
    )
    assert_clean_error(keyring, 2)
    usage = run_cli(*args, log_dir=log_dir)
    assert usage.returncode == 2
    assert topology.read_bytes() == before
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").rglob("backup.json"))
