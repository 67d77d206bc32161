"""The rollout executor on the ``cluster`` sandbox: waves, backups, a failed node, resume, cancel."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from pydantic import SecretStr

from rms_wizard.core.common.events import EventKind
from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.backup import make_backup
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.setuplog import SetupLog
from rms_wizard.core.engine.verify import verify_state
from rms_wizard.core.fleet.cluster import RolloutPlan, WaveItem, plan_rollout
from rms_wizard.core.fleet.cluster_exec import run_rollout
from rms_wizard.core.fleet.interop import client_mix, features_for
from rms_wizard.core.fleet.rollout_result import NodeProgress
from rms_wizard.core.fleet.topology import Topology, load_topology
from rms_wizard.core.fleet.topology_store import save_topology
from rms_wizard.core.install.models import Release
from rms_wizard.core.keys.private_key import WrongPasswordError
from rms_wizard.training.sandbox import create_sandbox
from rms_wizard.training.scenario_model import Scenario


class Recorder:
    """Collects progress from the pool's threads, and checks the rules as the events arrive."""

    def __init__(self, topology: Topology, cancel_after: int | None = None) -> None:
        self.events: list[NodeProgress] = []
        self.lock = threading.Lock()
        self.out: dict[str, set[str]] = {c.id: set() for c in topology.clusters}
        self.sizes = {c.id: len(c.nodes) for c in topology.clusters}
        self.emptied: list[str] = []
        self.cancel_after = cancel_after
        self.on_cancel: threading.Event | None = None

    def __call__(self, event: NodeProgress) -> None:
        with self.lock:
            self.events.append(event)
            if event.status == "draining":
                self.out[event.cluster].add(event.node)
                if len(self.out[event.cluster]) >= self.sizes[event.cluster]:
                    self.emptied.append(event.cluster)
            elif event.status in ("updated", "failed") and event.in_rotation:
                self.out[event.cluster].discard(event.node)

    def statuses(self, status: str) -> list[str]:
        return [e.node for e in self.events if e.status == status]


def _sandbox(tmp_path: Path) -> tuple[Scenario, Path]:
    folder = tmp_path / "cluster"
    scenario = create_sandbox("cluster", folder)
    return scenario, folder / "topology.json"


def _node_root(topology_file: Path, name: str) -> Path:
    return topology_file.parent / "nodes" / name


def test_the_cluster_scenario_rolls_out_end_to_end(tmp_path: Path) -> None:
    scenario, path = _sandbox(tmp_path)
    topology = load_topology(path)
    recorder = Recorder(topology)
    result = run_rollout(path, tmp_path / "backups", scenario.password(), progress=recorder)

    assert result.completed and result.failed is None
    assert sorted(result.nodes("updated")) == sorted(
        n.name for c in topology.clusters for n in c.nodes
    )
    after = load_topology(path)
    for cluster in after.clusters:
        for node in cluster.nodes:
            assert (node.version, node.in_rotation) == ("SP1", True)
            verified = verify_state(detect_install(_node_root(path, node.name)))
            assert verified.ok and verified.state is Release.SP1
    # Never a whole cluster out of rotation; roots finished before their licensing cluster began.
    assert recorder.emptied == []
    order = [e for e in recorder.events if e.status in ("draining", "updated")]
    last_root = max(
        i for i, e in enumerate(order) if e.cluster == "contoso-root" and e.status == "updated"
    )
    first_lic = min(i for i, e in enumerate(order) if e.cluster == "contoso-lic")
    assert last_root < first_lic
    # Each cluster's configuration database was backed up once, before the first node drained.
    first_drain = next(i for i, e in enumerate(recorder.events) if e.status == "draining")
    early = {e.cluster for e in recorder.events[:first_drain] if e.status == "backed-up"}
    assert early == {"contoso-root", "contoso-lic", "fabrikam-root"}
    assert set(result.cluster_backups) == early
    for cluster_id, folder in result.cluster_backups.items():
        assert Path(folder).parent == tmp_path / "backups" / cluster_id
        assert (Path(folder) / "backup.json").is_file()
    # Every node had its own verified backup; each was made once.
    assert sorted(recorder.statuses("backed-up")) == sorted(result.nodes("updated"))
    events = [e.to_event() for e in recorder.events]
    kinds = {event.kind for event in events if event is not None}
    assert {EventKind.BACKUP_MADE, EventKind.NODE_DRAINED, EventKind.NODE_UPDATED} <= kinds

    # Running it again has nothing left to do.
    again = run_rollout(path, tmp_path / "backups", scenario.password())
    assert again.completed and again.outcomes == []


def test_a_failed_node_is_rolled_back_the_rollout_stops_and_resumes(tmp_path: Path) -> None:
    scenario, path = _sandbox(tmp_path)
    backups = tmp_path / "backups"
    first = Recorder(load_topology(path))
    result = run_rollout(
        path,
        backups,
        scenario.password(),
        progress=first,
        faults={"CON-LIC-02": "fail-at-step:5"},
    )

    failed = result.failed
    assert failed is not None and failed.node == "CON-LIC-02"
    assert failed.message is not None and "CON-LIC-02" in str(failed.message)
    assert "rolled back" in str(failed.message)
    assert failed.in_rotation
    assert not result.completed
    assert result.nodes("not-started") == ["CON-LIC-03"]
    assert "CON-LIC-03" not in first.statuses("draining")

    # The failed node is exactly 1.0 again and serves; the deployment is a valid 1.0/SP1 mix.
    rolled_back = verify_state(detect_install(_node_root(path, "CON-LIC-02")))
    assert rolled_back.ok and rolled_back.state is Release.V1
    mixed = load_topology(path)
    versions = {n.name: n.version for c in mixed.clusters for n in c.nodes}
    assert versions == {
        "CON-RC-01": "SP1",
        "CON-RC-02": "SP1",
        "FAB-RC-01": "SP1",
        "FAB-RC-02": "SP1",
        "CON-LIC-01": "SP1",
        "CON-LIC-02": "1.0",
        "CON-LIC-03": "1.0",
    }
    assert all(n.in_rotation for c in mixed.clusters for n in c.nodes)
    for name, version in versions.items():
        state = verify_state(detect_install(_node_root(path, name)))
        assert state.ok and state.state is Release(version)
    mix = client_mix(c.version for c in mixed.clients)
    licensing = {n.version for n in mixed.clusters[1].nodes}
    assert licensing == {"1.0", "SP1"}
    assert {features_for(v, mix).offline_enrollment for v in licensing} == {True, False}

    # Resume: a new plan skips the SP1 nodes, reuses the backups, and completes.
    replanned = plan_rollout(mixed)
    assert [[i.node for i in wave] for wave in replanned.waves] == [["CON-LIC-02"], ["CON-LIC-03"]]
    second = Recorder(mixed)
    resumed = run_rollout(path, backups, scenario.password(), progress=second)
    assert resumed.completed
    assert resumed.nodes("updated") == ["CON-LIC-02", "CON-LIC-03"]
    assert resumed.cluster_backups["contoso-lic"] == result.cluster_backups["contoso-lic"]
    assert second.statuses("backed-up") == ["CON-LIC-03"]  # CON-LIC-02's backup was kept
    assert {n.version for c in load_topology(path).clusters for n in c.nodes} == {"SP1"}


def test_cancel_stops_between_nodes(tmp_path: Path) -> None:
    scenario, path = _sandbox(tmp_path)
    from rms_wizard.core.common.progress import CancelToken

    cancel = CancelToken()

    def progress(event: NodeProgress) -> None:
        if event.status == "updated":
            cancel.cancel()

    result = run_rollout(
        path, tmp_path / "b", scenario.password(), progress=progress, cancel=cancel, max_parallel=1
    )
    assert result.cancelled and not result.completed
    assert result.nodes("updated") == ["CON-RC-01"]  # the first node finished, nothing else began
    assert len(result.nodes("not-started")) == 6
    topology = load_topology(path)
    assert all(n.in_rotation for c in topology.clusters for n in c.nodes)
    assert sum(n.version == "SP1" for c in topology.clusters for n in c.nodes) == 1


def test_the_last_node_in_rotation_is_never_drained(tmp_path: Path) -> None:
    scenario, path = _sandbox(tmp_path)
    topology = load_topology(path)
    topology.clusters[0].nodes[0].in_rotation = False  # CON-RC-01 drained by hand
    save_topology(path, topology)
    item = WaveItem(
        cluster="contoso-root", kind="root-certification", forest="contoso.com", node="CON-RC-02"
    )
    plan = RolloutPlan(max_batch=1, waves=[[item]], skipped=[], warnings=[])
    result = run_rollout(path, tmp_path / "b", scenario.password(), plan=plan)
    assert result.failed is not None and "out of service" in str(result.failed.message)
    after = load_topology(path)
    assert after.clusters[0].nodes[1].in_rotation and after.clusters[0].nodes[1].version == "1.0"
    state = verify_state(detect_install(_node_root(path, "CON-RC-02")))
    assert state.state is Release.V1


def test_bad_requests_change_nothing(tmp_path: Path) -> None:
    scenario, path = _sandbox(tmp_path)
    before = path.read_bytes()
    with pytest.raises(BadInputError):
        run_rollout(
            path, tmp_path / "b", scenario.password(), faults={"NO-SUCH-NODE": "fail-at-step:2"}
        )
    with pytest.raises(BadInputError):
        run_rollout(path, tmp_path / "b", scenario.password(), max_parallel=0)
    with pytest.raises(WrongPasswordError):
        run_rollout(path, tmp_path / "b", SecretStr("not-the-password"))
    assert path.read_bytes() == before
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").rglob("backup.json"))


def test_a_node_left_drained_but_already_sp1_is_recorded_and_returned(tmp_path: Path) -> None:
    """E.g. a run killed after the commit point, finished by recover: the file still says 1.0."""
    scenario, path = _sandbox(tmp_path)
    root = _node_root(path, "CON-RC-01")
    make_backup(
        detect_install(root),
        tmp_path / "own",
        include_logging_db=False,
        password=scenario.password(),
    )
    apply_update(
        root, backup_dir=tmp_path / "own", password=scenario.password(), faults=FaultPlan(None)
    )
    topology = load_topology(path)
    topology.clusters[0].nodes[0].in_rotation = False
    save_topology(path, topology)
    item = WaveItem(
        cluster="contoso-root", kind="root-certification", forest="contoso.com", node="CON-RC-01"
    )
    plan = RolloutPlan(max_batch=1, waves=[[item]], skipped=[], warnings=[])
    result = run_rollout(path, tmp_path / "b", scenario.password(), plan=plan)
    assert result.nodes("skipped") == ["CON-RC-01"] and result.completed
    node = load_topology(path).clusters[0].nodes[0]
    assert (node.version, node.in_rotation) == ("SP1", True)


def test_the_rollout_s_lines_reach_the_setup_log_each_with_its_node(tmp_path: Path) -> None:
    """Nodes apply in parallel threads; the run's log has every node's apply lines, each line
    whole and naming its node, and never the password."""
    scenario, path = _sandbox(tmp_path)
    log = SetupLog([tmp_path / "run.log"])
    log.add_secret(scenario.password())
    try:
        result = run_rollout(path, tmp_path / "backups", scenario.password(), max_batch=2)
    finally:
        log.close()
    text = (tmp_path / "run.log").read_text(encoding="utf-8")
    assert result.completed and scenario.password().get_secret_value() not in text
    lines = text.splitlines()
    assert all(re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \S", line) for line in lines)
    for outcome in result.outcomes:
        name = outcome.node
        assert any(line.endswith(f": applying SP1 on {name}") for line in lines)
        assert any(f" {name}: journal: begin apply tx " in line for line in lines)
        assert any(f" {name}: commit point reached" in line for line in lines)
