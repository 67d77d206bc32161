"""Issue 16: the exported playbook run by ``ansible-playbook`` with the **real** rms-wizard on the
``cluster`` sandbox's node folders (``tools/fleet_demo.py``, what ``make fleet-demo`` runs), with a
fault injected on one node only.

The nodes are updated in the planned order (root certification clusters first, one node of a
cluster at a time); the faulted node is rolled back to exactly 1.0 and the play stops there
(``max_fail_percentage: 0``: one failed node exceeds it); the node after it is untouched; the
nodes done before stay SP1 with verified backups. The password is in the demo's keyring only.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from enginekit import REPO, cli_env, content, snapshot
from pydantic import SecretStr

from rms_wizard.core.engine.backup import verify_backup
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.verify import verify_state
from rms_wizard.core.fleet.cluster import plan_rollout
from rms_wizard.core.fleet.topology import load_topology
from rms_wizard.core.install.models import Release
from rms_wizard.training.sandbox import create_sandbox, get_scenario

FAULTED = "CON-LIC-02"
APPLY_TASK = "TASK [Apply RMS SP1 with rms-wizard replay"


def replay_results(play_log: str) -> list[tuple[str, str]]:
    """(outcome, host) of each node's replay task, in the order Ansible ran them, with the play
    batch each belongs to."""
    found: list[tuple[str, str]] = []
    in_apply = False
    for line in play_log.splitlines():
        if line.startswith("TASK ["):
            in_apply = line.startswith(APPLY_TASK)
            continue
        match = re.match(r"^(changed|fatal|ok): \[([^\]]+)\]", line)
        if in_apply and match:
            found.append((match.group(1), match.group(2)))
    return found


def batches(play_log: str) -> list[list[str]]:
    """The hosts of each batch (each ``PLAY [...]`` header starts one)."""
    result: list[list[str]] = []
    for line in play_log.splitlines():
        if line.startswith("PLAY ["):
            result.append([])
        elif line.startswith("TASK [") or not result:
            continue
        else:
            match = re.match(r"^(?:changed|fatal): \[([^\]]+)\]", line)
            if match and match.group(1) not in result[-1]:
                result[-1].append(match.group(1))
    return [batch for batch in result if batch]


def without_backups(tree: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in tree.items() if not k.startswith("rms-sp1-backup")}


@pytest.mark.slow
def test_the_real_playbook_stops_at_a_faulted_node_and_rolls_it_back(tmp_path: Path) -> None:
    folder = tmp_path / "fleet"
    scenario = create_sandbox("cluster", folder)
    topology = load_topology(folder / "topology.json")
    roots = {n.name: folder / n.root for c in topology.clusters for n in c.nodes}
    planned = [
        node.name
        for cluster_id in plan_rollout(topology).cluster_order()
        for cluster in topology.clusters
        if cluster.id == cluster_id
        for node in cluster.nodes
    ]
    stop = planned.index(FAULTED)
    assert 0 < stop < len(planned) - 1  # nodes before it and after it
    before = {name: content(root) for name, root in roots.items()}
    untouched = {name: snapshot(roots[name]) for name in planned[stop + 1 :]}
    logs = tmp_path / "logs"
    logs.mkdir()

    done = subprocess.run(
        [sys.executable, str(REPO / "tools" / "fleet_demo.py"), "--dir", str(folder),
         "--fault", f"{FAULTED}=fail-at-step:6"],
        capture_output=True, text=True, env=cli_env(logs), cwd=REPO, timeout=900, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout[-4000:] + done.stderr[-4000:]
    lines = done.stdout.splitlines()
    assert lines[-1] == f"fleet-demo: {stop} of {len(planned)} nodes at SP1", lines[-10:]

    play_log = (folder / "ansible" / "play.log").read_text(encoding="utf-8")
    # In the planned order, up to the faulted node; nothing after it ran.
    assert replay_results(play_log) == [
        *(("changed", name) for name in planned[:stop]),
        ("fatal", FAULTED),
    ]
    # Never a whole cluster at once: each batch is one node here (the clusters have 2 or 3).
    assert all(len(batch) == 1 for batch in batches(play_log)), batches(play_log)

    password = SecretStr(scenario.key_password)
    for name in planned[:stop]:  # done: SP1, with the verified backup replay made first
        root = roots[name]
        assert verify_state(detect_install(root)).state is Release.SP1, name
        (backup,) = (root / "rms-sp1-backup").iterdir()
        verify_backup(backup, password, server=detect_install(root).identity)
    faulted = roots[FAULTED]  # rolled back: exactly the 1.0 it was (its backup stays)
    assert verify_state(detect_install(faulted)).state is Release.V1
    assert without_backups(content(faulted)) == before[FAULTED]
    assert not (faulted / ".rms-wizard").exists()
    for name, shot in untouched.items():
        assert snapshot(roots[name]) == shot, name

    # The password was only ever in the demo's keyring.
    secret = get_scenario("cluster").key_password
    for path in (folder / "ansible").rglob("*"):
        if path.is_file():
            assert secret not in path.read_text(encoding="utf-8", errors="replace"), path
    assert secret not in done.stdout and secret not in done.stderr
