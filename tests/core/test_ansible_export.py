"""The Ansible export: syntax-checked by ansible-playbook, parsed, and run against local hosts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.fleet.ansible_export import export_ansible
from rms_wizard.core.fleet.answers import load_answers
from rms_wizard.core.fleet.cluster import plan_rollout, roots_first
from rms_wizard.core.fleet.topology import Topology, load_topology

TWO_FORESTS = Path(__file__).resolve().parents[1] / "data" / "topology-two-forests.json"
BIN = Path(sys.executable).parent


def ansible_tool(name: str) -> Path:
    tool = BIN / name
    if not tool.exists():
        pytest.skip(name + " is not installed next to " + sys.executable + " (pip install .[test])")
    return tool


def ansible_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "ansible-home"
    home.mkdir(exist_ok=True)
    return {
        **os.environ,
        "ANSIBLE_HOME": str(home),
        "ANSIBLE_LOCAL_TEMP": str(home / "tmp"),
        "ANSIBLE_REMOTE_TEMP": str(home / "remote-tmp"),
        "ANSIBLE_RETRY_FILES_ENABLED": "0",
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_CONFIG": str(home / "none.cfg"),  # ignore any ansible.cfg around the checkout
    }


def run_ansible(tmp_path: Path, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ansible_tool(args[0])), *args[1:]],
        cwd=out,
        env=ansible_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )


def plays(out: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load((out / "site.yml").read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


@pytest.fixture
def topology() -> Topology:
    return load_topology(TWO_FORESTS)


def test_export_writes_both_files_into_a_new_folder(tmp_path: Path, topology: Topology) -> None:
    out = tmp_path / "deep" / "ansible"
    written = export_ansible(topology, out)
    at_1_0 = [n.name for c in roots_first(topology.clusters) for n in c.nodes if n.version == "1.0"]
    answers = [out / "answers" / f"{name}.json" for name in at_1_0]
    assert written == [out / "inventory.ini", out / "site.yml", *answers]
    assert sorted(p.name for p in out.iterdir()) == ["answers", "inventory.ini", "site.yml"]
    assert sorted((out / "answers").iterdir()) == sorted(answers)  # no temp files
    for path, name in zip(answers, at_1_0, strict=True):
        recorded = load_answers(path)  # what `rms-wizard answers check` accepts
        node = next(n for c in topology.clusters for n in c.nodes if n.name == name)
        assert recorded.operation == "update" and recorded.root == node.root
        assert recorded.backup_dir == "rms-sp1-backup/{server}-{time}"
    again = export_ansible(topology, out, max_batch=2)  # an existing export is replaced
    assert again == written
    assert [play["serial"] for play in plays(out)] == [2, 1, 2, 1]


@pytest.mark.parametrize("max_batch", [1, 2])
def test_syntax_check_passes(tmp_path: Path, topology: Topology, max_batch: int) -> None:
    out = tmp_path / "out"
    export_ansible(topology, out, max_batch=max_batch)
    result = run_ansible(
        tmp_path, out, "ansible-playbook", "--syntax-check", "-i", "inventory.ini", "site.yml"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "playbook: site.yml" in result.stdout


@pytest.mark.parametrize(
    ("max_batch", "order", "serials"),
    [
        # One at a time: Fabrikam's root (two nodes) is done first, its licensing cluster follows.
        (1, ["contoso_root", "fabrikam_root", "fabrikam_lic", "contoso_lic"], [1, 1, 1, 1]),
        # Two at a time: both roots finish in wave 2. Contoso's clusters have three nodes in
        # rotation (two may go), Fabrikam's have two (one may go).
        (2, ["contoso_root", "fabrikam_root", "contoso_lic", "fabrikam_lic"], [2, 1, 2, 1]),
    ],
)
def test_one_play_per_cluster_in_rollout_order(
    tmp_path: Path, topology: Topology, max_batch: int, order: list[str], serials: list[int]
) -> None:
    export_ansible(topology, tmp_path, max_batch=max_batch)
    parsed = plays(tmp_path)
    hosts = [play["hosts"] for play in parsed]
    assert hosts == ["cluster_" + name for name in order]
    plan = plan_rollout(topology, max_batch)
    assert hosts == ["cluster_" + c.replace("-", "_") for c in plan.cluster_order()]
    for forest in ("contoso", "fabrikam"):
        assert hosts.index(f"cluster_{forest}_root") < hosts.index(f"cluster_{forest}_lic")
    assert [play["serial"] for play in parsed] == serials
    assert all(play["max_fail_percentage"] == 0 for play in parsed)


def test_tasks_drain_apply_verify_return_and_check_health(
    tmp_path: Path, topology: Topology
) -> None:
    export_ansible(topology, tmp_path, wizard_command="/opt/rms/rms-wizard")
    for play in plays(tmp_path):
        tasks = play["tasks"]
        assert [next(k for k in t if k.startswith("ansible.")) for t in tasks] == [
            "ansible.builtin.command",
            "ansible.builtin.command",
            "ansible.builtin.command",
            "ansible.builtin.command",
            "ansible.builtin.uri",
        ]
        drain, apply, verify, back, health = tasks
        assert "drain" in drain["name"].lower() and "ADAPT" in drain["ansible.builtin.command"]
        assert apply["ansible.builtin.command"] == (
            "/opt/rms/rms-wizard replay"
            " {{ (playbook_dir ~ '/answers/' ~ inventory_hostname ~ '.json') | quote }}"
            " --root {{ rms_root | quote }} --password-from-keyring"
        )
        # a fault drill reaches one node only, through its host variable
        assert apply["environment"] == {"RMS_WIZARD_FAULT": "{{ rms_fault | default('') }}"}
        assert verify["ansible.builtin.command"] == (
            "/opt/rms/rms-wizard verify --root {{ rms_root | quote }}"
        )
        assert "rotation" in back["name"] and back["when"] == drain["when"]
        assert health["ansible.builtin.uri"]["url"] == "{{ rms_health_url }}"
        assert health["until"] and health["retries"] >= 1
        assert play["vars"]["rms_health_url"].endswith(".asmx")
    text = (tmp_path / "site.yml").read_text(encoding="utf-8")
    assert text.count("# ADAPT: placeholder") == 8  # drain + return, four plays
    assert "password" not in text.replace("--password-from-keyring", "").replace(
        "The private key's password comes from", ""
    )


def test_inventory_groups_and_host_variables(tmp_path: Path) -> None:
    data = json.loads(TWO_FORESTS.read_text(encoding="utf-8"))
    # Roots that an INI inventory would mangle if written naively: spaces, quotes, '#', '\', 1.0.
    tricky = {
        "FAB-RC-01": "nodes/with space/it's #1",
        "FAB-RC-02": "1.0",
        "FAB-LIC-01": 'nodes\\back\\"quoted"',
    }
    for c in data["clusters"]:
        for n in c["nodes"]:
            n["root"] = tricky.get(n["name"], n["root"])
    data["clusters"][3]["nodes"][1]["in_rotation"] = False
    data["clusters"][3]["nodes"].append({"name": "FAB-LIC-03", "root": "n3", "version": "1.0"})
    path = tmp_path / "topology.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out"
    export_ansible(load_topology(path), out)
    result = run_ansible(tmp_path, out, "ansible-inventory", "-i", "inventory.ini", "--list")
    assert result.returncode == 0, result.stderr
    inventory = json.loads(result.stdout)
    assert inventory["all"]["children"] == [
        "ungrouped",
        "forest_contoso_com",
        "forest_fabrikam_com",
    ]
    assert inventory["forest_contoso_com"]["children"] == [
        "cluster_contoso_root",
        "cluster_contoso_lic",
    ]
    assert inventory["forest_fabrikam_com"]["children"] == [
        "cluster_fabrikam_root",
        "cluster_fabrikam_lic",
    ]
    # Only nodes still at 1.0 are hosts; CON-LIC-03 (SP1) is not.
    assert inventory["cluster_contoso_lic"]["hosts"] == ["CON-LIC-01", "CON-LIC-02"]
    hostvars = inventory["_meta"]["hostvars"]
    assert "CON-LIC-03" not in hostvars
    for name, root in tricky.items():
        assert hostvars[name]["rms_root"] == root
    assert hostvars["CON-RC-01"]["rms_root"] == "nodes/CON-RC-01"
    assert hostvars["FAB-LIC-02"]["rms_in_rotation"] is False
    assert hostvars["CON-RC-01"]["rms_in_rotation"] is True
    assert "rms_backup_dir" not in hostvars["CON-RC-01"]  # the answer file says where
    # Three nodes, one drained: two serve, so the play goes one at a time.
    assert plays(out)[2]["hosts"] == "cluster_fabrikam_lic" and plays(out)[2]["serial"] == 1


# --- a real run on local "nodes": the waves happen in the plan's order ----------------------------

FAKE_WIZARD = """\
import os, sys
root = sys.argv[sys.argv.index("--root") + 1]
with open(os.environ["FAKE_LOG"], "a", encoding="utf-8") as log:
    log.write(sys.argv[1] + " " + root + "\\n")
if sys.argv[1] == "replay" and root == os.environ.get("FAKE_FAIL_ROOT"):
    sys.exit("simulated failure on " + root)
"""


@pytest.fixture
def health_server() -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            self.send_response(401)  # RMS asks for Windows authentication: alive
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            del format, args

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "http://127.0.0.1:" + str(server.server_address[1]) + "/health", seen
    finally:
        server.shutdown()
        server.server_close()


def run_playbook_locally(
    tmp_path: Path, topology: Topology, health_url: str, fail_root: str = ""
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    script = tmp_path / "fake_wizard.py"
    script.write_text(textwrap.dedent(FAKE_WIZARD), encoding="utf-8")
    out = tmp_path / "out"
    export_ansible(topology, out, wizard_command=sys.executable + " " + str(script))
    log = tmp_path / "calls.log"
    env_extra = {"FAKE_LOG": str(log), "FAKE_FAIL_ROOT": fail_root}
    extra_vars = {
        "ansible_connection": "local",
        "ansible_python_interpreter": sys.executable,
        "rms_health_url": health_url,
    }
    playbook = str(ansible_tool("ansible-playbook"))
    result = subprocess.run(
        [playbook, "-i", "inventory.ini", "site.yml", "-e", json.dumps(extra_vars)],
        cwd=out,
        env={**ansible_env(tmp_path), **env_extra},
        capture_output=True,
        text=True,
        timeout=600,
    )
    calls = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    return result, calls


@pytest.mark.slow
def test_the_playbook_runs_the_waves_in_order(
    tmp_path: Path, topology: Topology, health_server: tuple[str, list[str]]
) -> None:
    url, health_requests = health_server
    result, calls = run_playbook_locally(tmp_path, topology, url)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    expected_nodes = [
        n.root
        for cid in plan_rollout(topology).cluster_order()
        for c in topology.clusters
        if c.id == cid
        for n in c.nodes
        if n.version == "1.0"
    ]
    assert calls == [f"{step} {root}" for root in expected_nodes for step in ("replay", "verify")]
    assert health_requests == ["/health"] * len(expected_nodes)  # one check per batch of one


@pytest.mark.slow
def test_a_failed_node_stops_the_whole_run(
    tmp_path: Path, topology: Topology, health_server: tuple[str, list[str]]
) -> None:
    url, health_requests = health_server
    result, calls = run_playbook_locally(tmp_path, topology, url, fail_root="nodes/CON-RC-02")
    assert result.returncode != 0
    assert "simulated failure on nodes/CON-RC-02" in result.stdout
    # The first node was updated and checked; the second failed; nothing after it ran.
    assert calls == ["replay nodes/CON-RC-01", "verify nodes/CON-RC-01", "replay nodes/CON-RC-02"]
    assert health_requests == ["/health"]


# --- bad input ------------------------------------------------------------------------------------


def test_bad_batch_size(tmp_path: Path, topology: Topology) -> None:
    with pytest.raises(BadInputError, match="at least 1"):
        export_ansible(topology, tmp_path / "out", max_batch=0)
    assert not (tmp_path / "out").exists()


def test_invalid_topology_writes_nothing(tmp_path: Path, topology: Topology) -> None:
    topology.clusters[1].parent = "nowhere"
    with pytest.raises(BadInputError, match="which is not in the topology"):
        export_ansible(topology, tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("name", ["rms 01", "rms[1:3]", "rms:22", "#rms", "-rms"])
def test_node_names_ansible_cannot_use(tmp_path: Path, topology: Topology, name: str) -> None:
    topology.clusters[0].nodes[0].name = name
    with pytest.raises(BadInputError, match="cannot be an Ansible host name") as info:
        export_ansible(topology, tmp_path)
    assert info.value.message.args == (name,)


def test_template_markers_in_a_root_are_refused(tmp_path: Path, topology: Topology) -> None:
    topology.clusters[0].nodes[0].root = "nodes/{{ lookup('pipe', 'id') }}"
    with pytest.raises(BadInputError, match="template marker"):
        export_ansible(topology, tmp_path)


@pytest.mark.parametrize("command", ["", "  ", "rms-wizard\nrm -rf /", "{{ evil }}"])
def test_bad_wizard_command(tmp_path: Path, topology: Topology, command: str) -> None:
    with pytest.raises(BadInputError, match="not a single command line"):
        export_ansible(topology, tmp_path, wizard_command=command)


def test_an_output_path_that_is_a_file(tmp_path: Path, topology: Topology) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(BadInputError, match="Cannot write the Ansible files"):
        export_ansible(topology, blocker)


def test_group_names_stay_distinct_and_valid(tmp_path: Path) -> None:
    topology = Topology.model_validate(
        {
            "forests": [{"name": "corp.example"}, {"name": "corp-example"}],
            "clusters": [
                {"id": "a-b", "name": "", "kind": "root-certification", "forest": "corp.example",
                 "nodes": [{"name": "n1", "root": "n1", "version": "1.0"}]},
                {"id": "a_b", "name": "", "kind": "root-certification", "forest": "corp-example",
                 "nodes": [{"name": "n2", "root": "n2", "version": "1.0"}]},
                {"id": "done", "name": "", "kind": "root-certification", "forest": "corp-example",
                 "nodes": [{"name": "n3", "root": "n3", "version": "SP1"}]},
            ],
        }
    )  # fmt: skip
    export_ansible(topology, tmp_path)
    assert [play["hosts"] for play in plays(tmp_path)] == ["cluster_a_b", "cluster_a_b_2"]
    inventory = (tmp_path / "inventory.ini").read_text(encoding="utf-8")
    assert "[forest_corp_example:children]" in inventory
    assert "[forest_corp_example_2:children]" in inventory
    assert '# Cluster "done": every node is at SP1' in (tmp_path / "site.yml").read_text("utf-8")
    result = run_ansible(
        tmp_path, tmp_path, "ansible-playbook", "--syntax-check", "-i", "inventory.ini", "site.yml"
    )
    assert result.returncode == 0, result.stderr
