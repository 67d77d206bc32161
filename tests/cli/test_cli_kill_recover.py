"""Issue 3, acceptance 1 and 2: kill, fail or fill the disk at every step; the tree is always exactly
1.0 or exactly SP1 afterwards (the real CLI in a subprocess, then ``recover``, then ``verify``).

The number of steps is taken from a real run (the progress events of the core, cross-checked
against the ``[i/n]`` lines of the CLI), so a plan that grows a step grows the test with it.
"""

from __future__ import annotations

import functools
import json
import re
import signal
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from enginekit import (
    Prepared,
    Templates,
    assert_exactly,
    cli_env,
    error_lines,
    password_of,
    run_cli,
)
from pydantic import SecretStr

from rms_wizard.core.common.messages import InterruptedStateError, OperationFailedError
from rms_wizard.core.common.progress import ProgressEvent
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.backup import make_backup
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.recovery import recover_interrupted
from rms_wizard.core.engine.uninstall import uninstall_sp1
from rms_wizard.core.install.models import InstallStatus

COMMIT_PHASE = "Recording the new version in the registry"


@dataclass(frozen=True)
class Steps:
    total: int
    commit: int  # the commit point: a kill at or before it rolls back, after it completes


def _steps(events: list[ProgressEvent]) -> Steps:
    total = events[0].total_steps
    commit = next(e.step for e in events if str(e.phase) == COMMIT_PHASE)
    return Steps(total, commit)


@functools.cache
def step_counts() -> dict[str, Steps]:
    """Run apply and both kinds of uninstall once, in-process, and count their steps."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        templates = Templates(base)
        root = templates.copy("single-server-v1", base / "s")
        secret = SecretStr(password_of("single-server-v1"))
        make_backup(detect_install(root), base / "b", include_logging_db=True, password=secret)
        counts: dict[str, Steps] = {}
        events: list[ProgressEvent] = []
        apply_update(
            root,
            backup_dir=base / "b",
            password=secret,
            progress=events.append,
            faults=FaultPlan(None),
        )
        counts["apply"] = _steps(events)
        for variant, restore in (("keep", None), ("restore", base / "b")):
            sp1 = base / f"sp1-{variant}"
            templates.copy("single-server-v1", sp1)
            apply_update(sp1, backup_dir=base / "b", password=secret, faults=FaultPlan(None))
            events = []
            uninstall_sp1(
                sp1,
                restore_config_db=restore,
                password=secret,
                progress=events.append,
                faults=FaultPlan(None),
            )
            counts[variant] = _steps(events)
        return counts


APPLY = step_counts()["apply"]
KEEP = step_counts()["keep"]
RESTORE = step_counts()["restore"]


def apply_args(root: Path, prepared: Prepared) -> list[str | Path]:
    return ["apply", "--root", root, "--backup", prepared.backup, "--password-stdin"]


def uninstall_args(root: Path, prepared: Prepared, variant: str) -> list[str | Path]:
    if variant == "keep":
        return ["uninstall", "--root", root, "--keep-config-db"]
    return ["uninstall", "--root", root, "--restore-config-db", prepared.backup, "--password-stdin"]


def recover_and_verify(root: Path, log_dir: Path, release: str) -> None:
    recovered = run_cli("recover", "--root", root, log_dir=log_dir)
    assert recovered.returncode == 0, recovered.stderr
    word = "rolled back" if release in ("1.0", "back-to-SP1") else "completed"
    assert word in recovered.stdout
    verified = run_cli("verify", "--root", root, "--json", log_dir=log_dir)
    assert verified.returncode == 0, verified.stdout
    assert json.loads(verified.stdout)["ok"] is True


def test_step_counts_match_the_cli_progress(prepared: Prepared, tmp_path: Path) -> None:
    """The counts the parametrisation uses are what the CLI itself reports as ``[i/n]``."""
    root = prepared.copy("v1", tmp_path / "s")
    result = run_cli(*apply_args(root, prepared), stdin=prepared.password, log_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    totals = {int(m) for m in re.findall(r"^\[\d+/(\d+)\]", result.stderr, re.M)}
    assert totals == {APPLY.total}
    assert f"[{APPLY.commit}/{APPLY.total}] {COMMIT_PHASE}" in result.stderr
    assert_exactly(root, prepared, "SP1")
    result = run_cli(*uninstall_args(root, prepared, "keep"), log_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    totals = {int(m) for m in re.findall(r"^\[\d+/(\d+)\]", result.stderr, re.M)}
    assert totals == {KEEP.total}
    assert RESTORE.total == KEEP.total + 1  # the configuration database is one more step
    assert_exactly(root, prepared, "1.0", kept_db=True)


@pytest.mark.parametrize("step", range(1, APPLY.total + 1))
def test_kill_apply_at_every_step(prepared: Prepared, tmp_path: Path, step: int) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    env = cli_env(tmp_path, RMS_WIZARD_FAULT=f"kill-at-step:{step}")
    killed = run_cli(
        *apply_args(root, prepared), stdin=prepared.password, env=env, log_dir=tmp_path
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    state = detect_install(root)
    assert state.status is InstallStatus.INTERRUPTED
    assert state.interrupted is not None and state.interrupted.operation == "apply"
    release = "1.0" if step <= APPLY.commit else "SP1"
    recover_and_verify(root, tmp_path, release)
    assert_exactly(root, prepared, release)


@pytest.mark.parametrize(
    ("variant", "step"),
    [("keep", n) for n in range(1, KEEP.total + 1)]
    + [("restore", n) for n in range(1, RESTORE.total + 1)],
)
def test_kill_uninstall_at_every_step(
    prepared: Prepared, tmp_path: Path, variant: str, step: int
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    env = cli_env(tmp_path, RMS_WIZARD_FAULT=f"kill-at-step:{step}")
    killed = run_cli(
        *uninstall_args(root, prepared, variant), stdin=prepared.password, env=env, log_dir=tmp_path
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert detect_install(root).status is InstallStatus.INTERRUPTED
    commit = KEEP.commit if variant == "keep" else RESTORE.commit
    if step <= commit:
        recover_and_verify(root, tmp_path, "back-to-SP1")
        assert_exactly(root, prepared, "SP1")
    else:
        recover_and_verify(root, tmp_path, "completed")
        assert_exactly(root, prepared, "1.0", kept_db=variant == "keep")


# ------------------------------------------------------------------------------ fail / disk full

FAULTS = {
    "fail-at-step": "a read or write error occurred on the disk",
    "disk-full-at-step": "there is no space left on the disk",
}


@pytest.mark.parametrize("kind", sorted(FAULTS))
@pytest.mark.parametrize("step", sorted({1, 2, APPLY.commit - 2, APPLY.commit - 1, APPLY.commit}))
def test_cli_fault_before_the_commit_point_rolls_back(
    prepared: Prepared, tmp_path: Path, kind: str, step: int
) -> None:
    """Exit 3, the tree exactly 1.0, and one line that says what happened."""
    root = prepared.copy("v1", tmp_path / "s")
    env = cli_env(tmp_path, RMS_WIZARD_FAULT=f"{kind}:{step}")
    result = run_cli(
        *apply_args(root, prepared), stdin=prepared.password, env=env, log_dir=tmp_path
    )
    assert result.returncode == 3, result.stderr
    (line,) = error_lines(result.stderr)
    assert line.startswith("rms-wizard: The update failed and was rolled back: ")
    assert FAULTS[kind] in line
    assert "Traceback" not in result.stderr
    assert_exactly(root, prepared, "1.0")


@pytest.mark.parametrize("kind", sorted(FAULTS))
def test_cli_fault_after_the_commit_point_says_so_and_recover_finishes(
    prepared: Prepared, tmp_path: Path, kind: str
) -> None:
    """A failure after the commit point is not called a rollback: exit 4, run recover."""
    root = prepared.copy("v1", tmp_path / "s")
    env = cli_env(tmp_path, RMS_WIZARD_FAULT=f"{kind}:{APPLY.commit + 1}")
    result = run_cli(
        *apply_args(root, prepared), stdin=prepared.password, env=env, log_dir=tmp_path
    )
    assert result.returncode == 4, result.stderr
    (line,) = error_lines(result.stderr)
    assert "rolled back" not in line and "Run recover" in line and FAULTS[kind] in line
    assert detect_install(root).status is InstallStatus.INTERRUPTED
    recover_and_verify(root, tmp_path, "SP1")
    assert_exactly(root, prepared, "SP1")


@pytest.mark.parametrize("kind", sorted(FAULTS))
@pytest.mark.parametrize("step", sorted({1, 2, KEEP.commit - 1, KEEP.commit}))
def test_cli_uninstall_fault_rolls_back_to_sp1(
    prepared: Prepared, tmp_path: Path, kind: str, step: int
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    env = cli_env(tmp_path, RMS_WIZARD_FAULT=f"{kind}:{step}")
    result = run_cli(*uninstall_args(root, prepared, "keep"), env=env, log_dir=tmp_path)
    assert result.returncode == 3, result.stderr
    (line,) = error_lines(result.stderr)
    assert line.startswith("rms-wizard: Removing SP1 failed and was rolled back: ")
    assert FAULTS[kind] in line
    assert_exactly(root, prepared, "SP1")


@pytest.mark.parametrize("kind", sorted(FAULTS))
@pytest.mark.parametrize("step", range(1, RESTORE.total + 1))
def test_core_uninstall_fault_at_every_step(
    prepared: Prepared, tmp_path: Path, kind: str, step: int
) -> None:
    """Every step in-process (the CLI is covered above for a sample): before the commit point
    the tree is SP1 again; after it the removal stands and recover finishes it."""
    root = prepared.copy("sp1", tmp_path / "s")
    secret = SecretStr(prepared.password)
    faults = FaultPlan(f"{kind}:{step}")
    if step <= RESTORE.commit:
        with pytest.raises(OperationFailedError) as failed:
            uninstall_sp1(root, restore_config_db=prepared.backup, password=secret, faults=faults)
        assert failed.value.exit_code == 3 and FAULTS[kind] in str(failed.value)
        assert_exactly(root, prepared, "SP1")
    else:
        with pytest.raises(InterruptedStateError) as unfinished:
            uninstall_sp1(root, restore_config_db=prepared.backup, password=secret, faults=faults)
        assert "Run recover" in str(unfinished.value)
        assert recover_interrupted(root) == "completed"
        assert_exactly(root, prepared, "1.0")


@pytest.mark.parametrize("kind", sorted(FAULTS))
@pytest.mark.parametrize("step", range(1, APPLY.commit + 1))
def test_core_fault_at_every_step_before_commit_rolls_back(
    prepared: Prepared, tmp_path: Path, kind: str, step: int
) -> None:
    """Every step (in-process: the CLI is covered above for a sample of them)."""
    root = prepared.copy("v1", tmp_path / "s")
    with pytest.raises(OperationFailedError) as info:
        apply_update(
            root,
            backup_dir=prepared.backup,
            password=SecretStr(prepared.password),
            faults=FaultPlan(f"{kind}:{step}"),
        )
    text = str(info.value)
    assert info.value.exit_code == 3 and "\n" not in text
    assert text.startswith("The update failed and was rolled back: ") and FAULTS[kind] in text
    assert_exactly(root, prepared, "1.0")
