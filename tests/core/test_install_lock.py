"""The install lock: a real OS lock held by an open file, taken before detection and held until
the run ends; its record names the holder, and a record without a holder means an interrupted run.

Holders are real processes (a lock a process holds dies with it, however it dies) or, for the
GUI's case, other threads of this process.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from enginekit import REPO, Prepared, Templates, assert_exactly, install_dir, prepare
from pydantic import SecretStr

from rms_wizard.core.common.messages import BadInputError, InterruptedStateError, RmsError
from rms_wizard.core.common.paths import state_dir
from rms_wizard.core.engine import apply as apply_module
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.install_lock import InstallLock
from rms_wizard.core.engine.locked_run import locked
from rms_wizard.core.engine.recovery import recover_interrupted
from rms_wizard.core.engine.state_folder import remove_empty_state_dirs
from rms_wizard.core.engine.uninstall import uninstall_sp1
from rms_wizard.core.install.models import InstallState, InstallStatus

#: A process that takes the install lock of argv[1], says so, and waits (for stdin to close, or
#: for a signal) -- or, with argv[2] "kill", kills itself with SIGKILL while it holds it.
HOLDER = """
import os, signal, sys
from pathlib import Path
from rms_wizard.core.engine.locked_run import locked
with locked(Path(sys.argv[1]), "apply") as lock:
    lock.write_record()  # as a run does before its first change
    if sys.argv[2:] == ["kill"]:
        os.kill(os.getpid(), signal.SIGKILL)
    print("held", flush=True)
    sys.stdin.read()
"""


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("lock")
    return prepare(base, Templates(base))


def _holder(root: Path, *extra: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(root), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    if not extra:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "held"
    return proc


def _apply(prepared: Prepared, root: Path) -> object:
    return apply_update(root, backup_dir=prepared.backup, password=SecretStr(prepared.password))


def _write_record(root: Path, pid: int, **extra: object) -> None:
    state_dir(root).mkdir(exist_ok=True)
    record = {"pid": pid, "host": socket.gethostname(), "operation": "apply", **extra}
    (state_dir(root) / "lock").write_text(json.dumps(record))


def test_a_lock_held_by_a_live_process_is_respected(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    holder = _holder(root)
    try:
        assert InstallLock(root).holder_alive()
        info = detect_install(root).interrupted
        assert info is not None and info.lock_holder_alive
        with pytest.raises(BadInputError, match=f"Another run \\(process {holder.pid}\\)"):
            _apply(prepared, root)
        with pytest.raises(RmsError, match=f"Another run \\(process {holder.pid}\\)"):
            recover_interrupted(root)
        assert json.loads((state_dir(root) / "lock").read_text())["pid"] == holder.pid
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        assert holder.wait(timeout=30) == 0
    # The holder ended normally: it left nothing, and the install is free again.
    assert_exactly(root, prepared, "1.0")
    _apply(prepared, root)
    assert_exactly(root, prepared, "SP1")


@pytest.mark.parametrize("how", ["sigkill-while-waiting", "sigkill-right-after-taking-it"])
def test_a_lock_left_by_a_killed_process_means_an_interrupted_run(
    prepared: Prepared, tmp_path: Path, how: str
) -> None:
    """The OS lets go of a dead process's lock; its record stays, and says "interrupted"."""
    root = prepared.copy("v1", tmp_path / "s")
    if how == "sigkill-while-waiting":
        holder = _holder(root)
        holder.send_signal(signal.SIGKILL)
    else:
        holder = _holder(root, "kill")
    assert holder.wait(timeout=30) == -signal.SIGKILL
    assert (state_dir(root) / "lock").is_file()
    assert not InstallLock(root).holder_alive()
    state = detect_install(root)
    assert state.status is InstallStatus.INTERRUPTED
    assert state.interrupted is not None and not state.interrupted.lock_holder_alive
    with pytest.raises(InterruptedStateError, match="Run recover first"):
        _apply(prepared, root)
    with pytest.raises(InterruptedStateError, match="Run recover first"):
        uninstall_sp1(root, restore_config_db=None)
    assert recover_interrupted(root) == "nothing"
    assert_exactly(root, prepared, "1.0")


def test_a_stale_record_of_a_dead_pid_is_recognised_and_recover_removes_it(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    _write_record(root, dead.pid)
    with pytest.raises(InterruptedStateError, match="Run recover first"):
        _apply(prepared, root)
    assert recover_interrupted(root) == "nothing"
    assert_exactly(root, prepared, "1.0")


def test_a_record_naming_a_live_process_that_does_not_hold_the_lock_is_stale(
    prepared: Prepared, tmp_path: Path
) -> None:
    """Pids are reused: the record's pid alive proves nothing; only the OS lock counts (no
    ``os.kill(pid, 0)``, no /proc)."""
    root = prepared.copy("v1", tmp_path / "s")
    bystander = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        _write_record(root, bystander.pid)
        assert not InstallLock(root).holder_alive()
        _write_record(root, os.getpid(), token="from-an-earlier-life")
        assert not InstallLock(root).holder_alive()
        assert recover_interrupted(root) == "nothing"
    finally:
        assert bystander.stdin is not None
        bystander.stdin.close()
        bystander.wait()
    assert_exactly(root, prepared, "1.0")


def test_an_empty_lock_file_is_stale(prepared: Prepared, tmp_path: Path) -> None:
    """Killed between creating the record and writing it."""
    root = prepared.copy("v1", tmp_path / "s")
    state_dir(root).mkdir()
    (state_dir(root) / "lock").write_bytes(b"")
    assert detect_install(root).status is InstallStatus.INTERRUPTED
    assert recover_interrupted(root) == "nothing"
    assert_exactly(root, prepared, "1.0")


def test_the_record_names_its_holder_and_other_threads_see_it_alive(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    lock = InstallLock(root)
    lock.acquire("apply")
    try:
        assert lock.holder() is None  # nothing is written until the run changes something
        lock.write_record()
        info = lock.holder() or {}
        assert info["pid"] == os.getpid() and info["operation"] == "apply"
        assert info["token"] == lock.token and info["host"] == socket.gethostname()
        assert not InstallLock(root).holder_alive()  # this thread's own run
        assert detect_install(root).status is InstallStatus.INSTALLED
        seen: list[bool] = []
        other = threading.Thread(target=lambda: seen.append(InstallLock(root).holder_alive()))
        other.start()
        other.join()
        assert seen == [True]
    finally:
        lock.release(tidy=lambda: remove_empty_state_dirs(root))
    assert_exactly(root, prepared, "1.0")


def test_a_second_run_in_the_same_process_is_refused(prepared: Prepared, tmp_path: Path) -> None:
    """The GUI runs jobs on threads: a lock held by this very process excludes too."""
    root = prepared.copy("v1", tmp_path / "s")
    with locked(root, "backup"):
        with pytest.raises(BadInputError, match="Another run"):
            _apply(prepared, root)
        with pytest.raises(RmsError, match="Another run"):
            recover_interrupted(root)
    assert not state_dir(root).exists()
    sp1 = prepared.copy("sp1", tmp_path / "t")
    with locked(sp1, "backup"), pytest.raises(BadInputError, match="Another run"):
        uninstall_sp1(sp1, restore_config_db=None)
    assert_exactly(sp1, prepared, "SP1")


def test_the_lock_is_held_from_before_detection(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second apply that starts while the first one detects is refused: it cannot plan from
    the same 1.0 tree and then run its stale plan after the first one finished."""
    root = prepared.copy("v1", tmp_path / "s")
    real = apply_module.detect_install
    second: list[BaseException | None] = []

    def detect_then_race(*args: object, **kwargs: object) -> InstallState:
        state = real(*args, **kwargs)  # type: ignore[arg-type]
        if not second:
            second.append(None)

            def race() -> None:
                try:
                    _apply(prepared, root)
                except BaseException as exc:
                    second[0] = exc

            thread = threading.Thread(target=race)
            thread.start()
            thread.join()
        return state

    monkeypatch.setattr(apply_module, "detect_install", detect_then_race)
    _apply(prepared, root)
    assert isinstance(second[0], BadInputError) and "Another run" in str(second[0])
    assert_exactly(root, prepared, "SP1")
    uninstall_sp1(root, restore_config_db=None)
    assert_exactly(root, prepared, "1.0", kept_db=True)


def test_an_admin_edit_after_planning_stops_the_run_before_any_change(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Re-checked under the lock after staging: a 1.0 file the plan replaces was edited."""
    root = prepared.copy("v1", tmp_path / "s")
    edited = install_dir(root) / "_wmcs" / "web.config"
    real = apply_module.build_update

    def build_then_edit(*args: object, **kwargs: object) -> object:
        built = real(*args, **kwargs)  # type: ignore[arg-type]
        edited.write_text("<configuration><!-- the admin's change --></configuration>\n")
        return built

    monkeypatch.setattr(apply_module, "build_update", build_then_edit)
    with pytest.raises(BadInputError, match=r"web\.config was changed while this run"):
        _apply(prepared, root)
    assert "the admin's change" in edited.read_text()
    assert not state_dir(root).exists()


def test_a_cluster_node_is_run_under_its_lock_from_its_first_look(tmp_path: Path) -> None:
    """A node another process holds fails at once: it is not backed up, not drained, and its
    install is untouched; the rollout stops, and resumes once the other run has ended."""
    from rms_wizard.core.engine.verify import verify_state
    from rms_wizard.core.fleet.cluster_exec import run_rollout
    from rms_wizard.core.fleet.rollout_result import NodeProgress
    from rms_wizard.core.fleet.topology import load_topology
    from rms_wizard.core.install.models import Release
    from rms_wizard.training.sandbox import create_sandbox

    folder = tmp_path / "cluster"
    scenario = create_sandbox("cluster", folder)
    topology, backups = folder / "topology.json", tmp_path / "backups"
    node = folder / "nodes" / "CON-RC-02"
    events: list[NodeProgress] = []
    holder = _holder(node)
    try:
        result = run_rollout(topology, backups, scenario.password(), progress=events.append)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        assert holder.wait(timeout=30) == 0
    failed = result.failed
    assert failed is not None and failed.node == "CON-RC-02", result
    assert failed.message is not None and "Another run" in str(failed.message)
    touched = {e.status for e in events if e.node == "CON-RC-02"}
    assert touched == {"failed"}, touched  # no backup, no drain: refused before its first look
    assert not (backups / "contoso-root" / "CON-RC-02").exists()
    nodes = {n.name: n for c in load_topology(topology).clusters for n in c.nodes}
    assert nodes["CON-RC-02"].in_rotation and nodes["CON-RC-02"].version == "1.0"
    state = verify_state(detect_install(node))
    assert state.ok and state.state is Release.V1
    assert not state_dir(node).exists()
    resumed = run_rollout(topology, backups, scenario.password())
    assert resumed.completed, resumed


def test_an_admin_edit_during_a_removal_stops_it_before_any_change(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The removal re-checks, too: an SP1 file edited after detection is not overwritten."""
    from rms_wizard.core.engine import uninstall as uninstall_module

    root = prepared.copy("sp1", tmp_path / "s")
    edited = install_dir(root) / "_wmcs" / "web.config"
    real = uninstall_module.load_store

    def load_then_edit(*args: object, **kwargs: object) -> object:
        store = real(*args, **kwargs)  # type: ignore[arg-type]
        edited.write_text("<configuration><!-- edited on SP1 --></configuration>\n")
        return store

    monkeypatch.setattr(uninstall_module, "load_store", load_then_edit)
    with pytest.raises(BadInputError, match=r"web\.config was changed while this run"):
        uninstall_sp1(root, restore_config_db=None)
    assert "edited on SP1" in edited.read_text()
    monkeypatch.setattr(uninstall_module, "load_store", real)
    edited.write_bytes((install_dir(prepared.sp1) / "_wmcs" / "web.config").read_bytes())
    assert_exactly(root, prepared, "SP1")
