"""Every sandbox scenario materialises and is detected as its definition says, traps included."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError

from rms_wizard.core.common.messages import OperationFailedError
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.backup import make_backup
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.payload import baseline_payload, sp1_payload
from rms_wizard.core.engine.plan import plan_update
from rms_wizard.core.engine.recovery import recover_interrupted
from rms_wizard.core.engine.step_models import PutFile
from rms_wizard.core.engine.update_steps import build_update
from rms_wizard.core.engine.verify import verify_state
from rms_wizard.core.fleet.cluster import plan_rollout
from rms_wizard.core.fleet.topology import load_topology
from rms_wizard.core.install.models import InstallStatus, Release
from rms_wizard.core.keys.private_key import WrongPasswordError, verify_private_key_password
from rms_wizard.training.cluster_sandbox import (
    install_pending_os_updates,
    sandbox_accounts,
    scenario_servers,
    scenario_topology,
    update_sandbox_clients,
)
from rms_wizard.training.sandbox import (
    arm_drill_fault,
    create_sandbox,
    get_scenario,
    load_scenario_file,
    reset_sandbox,
    scenarios_dir,
)
from rms_wizard.training.scenario_model import Scenario

SCENARIO_FILES = sorted(scenarios_dir().glob("*.json"))
REQUIRED = {
    "single-server-v1",
    "already-sp1",
    "no-rms",
    "user-modified-config",
    "pending-os-updates",
    "cluster",
    "mixed-clients",
    "wrong-password",
    "disk-full",
    "power-loss",
}


def test_the_issue_s_scenarios_are_all_there() -> None:
    assert {path.stem for path in SCENARIO_FILES} >= REQUIRED


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=lambda p: p.stem)
def test_scenario_materialises_and_is_detected_as_defined(path: Path, tmp_path: Path) -> None:
    scenario = load_scenario_file(path)
    assert scenario.id == path.stem
    assert scenario.title.en != scenario.title.nl
    folder = tmp_path / "sandbox"
    create_sandbox(scenario.id, folder)

    servers = scenario_servers(scenario)
    assert servers, "every scenario has at least one machine"
    for relative, spec in servers:
        state = detect_install(folder / relative)
        assert [u.id for u in state.pending_os_updates] == [u.id for u in spec.pending_os_updates]
        if spec.release is None:
            assert state.status is InstallStatus.NONE
            continue
        assert state.status is InstallStatus.INSTALLED, state.problems
        assert state.version is spec.release
        assert state.identity.name == spec.name
        assert state.identity.role is spec.role
        assert state.identity.cluster_id == spec.cluster_id
        assert state.identity.forest == spec.forest
        result = verify_state(state)
        assert result.ok and result.state is spec.release, result.differences
        assert sorted(result.modified) == sorted(change.path for change in spec.modified_files)
        verify_private_key_password(Path(state.private_key.path), scenario.password())  # type: ignore[union-attr]

    topology_path = folder / (scenario.topology or "topology.json")
    if scenario.topology is None:
        assert not topology_path.exists()
        return
    topology = load_topology(topology_path)
    assert topology == scenario_topology(scenario)
    plan_rollout(topology)  # a valid deployment: it plans
    detected = {}
    for cluster in topology.clusters:
        for node in cluster.nodes:
            root = folder.joinpath(*node.root.split("/")) if node.root != "." else folder
            state = detect_install(root)
            detected[node.name] = state.version
            assert state.identity.cluster_id == cluster.id
            assert state.identity.forest == cluster.forest
            assert state.identity.role is not None and state.identity.role.value == cluster.kind
    assert {n.name: n.version for c in topology.clusters for n in c.nodes} == {
        name: version.value if version else None for name, version in detected.items()
    }


def _update_steps(root: Path) -> list[object]:
    state = detect_install(root)
    plan = plan_update(state, sp1_payload(), baseline_payload())
    steps, _stage = build_update(root, state, plan, sp1_payload())
    return list(steps)


@pytest.mark.parametrize(
    "scenario_id", sorted(p.stem for p in SCENARIO_FILES if load_scenario_file(p).drill)
)
def test_each_drill_s_trap_is_armed(scenario_id: str, tmp_path: Path) -> None:
    scenario = get_scenario(scenario_id)
    assert scenario.drill is not None
    assert scenario.drill.trap.en and scenario.drill.trap.nl
    folder = tmp_path / "s"
    create_sandbox(scenario_id, folder)
    if scenario.drill.fault is not None:
        fault = FaultPlan(scenario.drill.fault)
        steps = _update_steps(folder)
        commit = next(i for i, s in enumerate(steps, 1) if isinstance(s, PutFile) and s.commit)
        # "mid-way": some files are already replaced, and the commit point is not reached yet.
        assert 2 < fault.step < commit
    if scenario.drill.hint_password is not None:
        key = Path(detect_install(folder).private_key.path)  # type: ignore[union-attr]
        with pytest.raises(WrongPasswordError):
            verify_private_key_password(key, SecretStr(scenario.drill.hint_password))
        verify_private_key_password(key, scenario.password())
        handed = " ".join(item.en + " " + item.nl for item in scenario.material)
        assert scenario.drill.hint_password in handed
        assert scenario.key_password not in handed + scenario.briefing.en + scenario.briefing.nl


def test_disk_full_drill_fails_mid_way_and_rolls_back(tmp_path: Path) -> None:
    scenario = get_scenario("disk-full")
    folder = tmp_path / "s"
    create_sandbox("disk-full", folder)
    backup = tmp_path / "backup"
    make_backup(
        detect_install(folder), backup, include_logging_db=False, password=scenario.password()
    )
    fault = arm_drill_fault(folder, scenario)
    assert fault == "disk-full-at-step:9"
    with pytest.raises(OperationFailedError) as caught:
        apply_update(
            folder, backup_dir=backup, password=scenario.password(), faults=FaultPlan(fault)
        )
    assert "there is no space left on the disk" in str(caught.value)  # ENOSPC, rolled back
    result = verify_state(detect_install(folder))
    assert result.ok and result.state is Release.V1
    # The drill strikes once: the retry runs normally, and a reset arms it again.
    assert arm_drill_fault(folder, scenario) is None
    apply_update(folder, backup_dir=backup, password=scenario.password(), faults=FaultPlan(None))
    assert verify_state(detect_install(folder)).state is Release.SP1
    reset_sandbox(folder)
    assert arm_drill_fault(folder, scenario) == fault


def test_power_loss_drill_kills_the_apply_and_the_next_start_recovers(tmp_path: Path) -> None:
    scenario = get_scenario("power-loss")
    folder = tmp_path / "s"
    create_sandbox("power-loss", folder)
    backup = tmp_path / "backup"
    make_backup(
        detect_install(folder), backup, include_logging_db=False, password=scenario.password()
    )
    fault = arm_drill_fault(folder, scenario)
    assert fault is not None and fault.startswith("kill-at-step:")
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from pydantic import SecretStr
        from rms_wizard.core.engine.apply import apply_update
        from rms_wizard.core.engine.fault_plan import FaultPlan
        root, backup, fault = sys.argv[1:4]
        apply_update(Path(root), backup_dir=Path(backup),
                     password=SecretStr(sys.stdin.readline().rstrip("\\n")),
                     faults=FaultPlan(fault))
        """
    )
    env = {**os.environ, "RMS_WIZARD_LOG_DIR": str(tmp_path / "logs")}
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder), str(backup), fault],
        input=scenario.key_password + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == -9, done.stderr
    state = detect_install(folder)
    assert state.status is InstallStatus.INTERRUPTED
    assert state.interrupted is not None and not state.interrupted.committed
    assert recover_interrupted(folder) == "rolled-back"
    result = verify_state(detect_install(folder))
    assert result.ok and result.state is Release.V1


def test_pending_updates_are_found_and_the_sandbox_can_install_them(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    scenario = create_sandbox("pending-os-updates", folder)
    assert scenario.server is not None
    found = detect_install(folder).pending_os_updates
    assert {u.severity for u in found} == {"critical", "security"}
    assert install_pending_os_updates(folder) == [u.id for u in found]
    state = detect_install(folder)
    assert state.pending_os_updates == [] and state.status is InstallStatus.INSTALLED


def test_mixed_clients_is_one_server_and_its_clients(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    create_sandbox("mixed-clients", folder)
    topology = load_topology(folder / "topology.json")
    (cluster,) = topology.clusters
    (node,) = cluster.nodes
    assert node.root == "." and node.version == "1.0"
    assert detect_install(folder).identity.name == node.name
    versions = sorted(c.version for c in topology.clients)
    assert "1.0" in versions and "SP1" in versions
    updated = update_sandbox_clients(folder / "topology.json")
    assert "1.0" not in {c.version for c in updated.clients}
    assert load_topology(folder / "topology.json") == updated


def test_sandbox_accounts_name_every_server_of_the_scenario() -> None:
    assert sandbox_accounts(get_scenario("single-server-v1")) == ["rms-root01@contoso-root"]
    accounts = sandbox_accounts(get_scenario("cluster"))
    assert len(accounts) == 7 and "con-lic-02@contoso-lic" in accounts


def test_a_scenario_has_a_server_or_a_deployment_not_both() -> None:
    data = get_scenario("cluster").model_dump(mode="json")
    data["server"] = get_scenario("single-server-v1").model_dump(mode="json")["server"]
    with pytest.raises(ValidationError):
        Scenario.model_validate(data)
    data = get_scenario("cluster").model_dump(mode="json")
    data["topology"] = None
    with pytest.raises(ValidationError):
        Scenario.model_validate(data)
