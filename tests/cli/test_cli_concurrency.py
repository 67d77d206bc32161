"""Issue 12, items 1 and 10: two real processes on one root, a run held by strace after it planned
(or inside its transaction) while something else happens -- a second apply, an admin's edit,
SIGTERM, SIGHUP, SIGKILL. The install ends exactly SP1 or exactly 1.0, nothing is lost, and a
refused or cancelled run says so in one line.
"""

from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest
from enginekit import (
    Prepared,
    assert_clean_error,
    assert_exactly,
    content,
    diff,
    install_dir,
    product_version,
    run_cli,
)
from stallkit import StalledRun, opens_before

from rms_wizard.core.common.paths import STATE_DIR_NAME

#: Stands for the root in an argument list that is run on more than one tree.
ROOT = Path("<root>")


def apply_args(root: Path, prepared: Prepared) -> list[str | Path]:
    return ["apply", "--root", root, "--backup", prepared.backup, "--password-stdin"]


def uninstall_args(root: Path) -> list[str | Path]:
    return ["uninstall", "--root", root, "--keep-config-db"]


def verified(root: Path, log_dir: Path) -> str | None:
    """The release ``verify`` says the tree is exactly (None: not a known state)."""
    result = run_cli("verify", "--root", root, "--json", log_dir=log_dir)
    found = json.loads(result.stdout)
    return found["state"] if result.returncode == 0 and found["ok"] else None


def after_planning(prepared: Prepared, tmp_path: Path) -> int:
    """The apply's open of registry.reg that comes after it planned and before its first change:
    the last one before its staging folder is made (counted in a dry run of the real CLI)."""
    key = ("after-planning", str(prepared.v1))
    if key not in _DRY_RUNS:
        _DRY_RUNS[key] = _after_planning(prepared, tmp_path)
    return _DRY_RUNS[key]


#: The counts of the dry runs: they depend only on the kind of run (the same for every test).
_DRY_RUNS: dict[tuple[str, ...], int] = {}


def _after_planning(prepared: Prepared, tmp_path: Path) -> int:
    dry = prepared.copy("v1", tmp_path / "dry")
    return opens_before(
        apply_args(dry.resolve(), prepared),
        path=dry.resolve() / "registry.reg",
        marker=f"{STATE_DIR_NAME}/staging",
        stdin=prepared.password + "\n",
        log_dir=tmp_path,
        trace=tmp_path / "dry.trace",
    )


def in_transaction(prepared: Prepared, tmp_path: Path, start: str, args: list[str | Path]) -> int:
    """The run's open of its journal that follows the journal's creation (the journal's
    append handle: the transaction has begun), counted in a dry run on a copy of ``start``."""
    dry = prepared.copy(start, tmp_path / "dry").resolve()
    dry_args = [dry if a == ROOT else a for a in args]
    journal = dry / STATE_DIR_NAME / "journal.jsonl"
    return opens_before(
        dry_args,
        path=journal,
        marker=f"{journal}.tmp",
        then=1,
        stdin=prepared.password + "\n",
        log_dir=tmp_path,
        trace=tmp_path / "dry.trace",
    )


def stalled_apply(prepared: Prepared, root: Path, tmp_path: Path, nth: int) -> StalledRun:
    return StalledRun(
        apply_args(root, prepared),
        path=root / "registry.reg",
        nth=nth,
        stdin=prepared.password + "\n",
        log_dir=tmp_path,
        trace=tmp_path / "run.trace",
    )


def test_a_second_apply_while_the_first_is_held_after_planning_is_refused(
    prepared: Prepared, tmp_path: Path
) -> None:
    """The issue's attack: before, the second apply ran through while the first one waited
    with its plan; the first then deleted the second's rollback store and re-applied over SP1."""
    nth = after_planning(prepared, tmp_path)
    root = prepared.copy("v1", tmp_path / "s").resolve()
    with stalled_apply(prepared, root, tmp_path, nth) as first:
        first.wait_stalled()
        second = run_cli(*apply_args(root, prepared), stdin=prepared.password, log_dir=tmp_path)
        line = assert_clean_error(second, 2)
        assert "Another run" in line and "is changing this install" in line, line
        removal = run_cli(*uninstall_args(root), log_dir=tmp_path)
        assert "Another run" in assert_clean_error(removal, 2)
        done = first.release()
    assert done.returncode == 0, done.stderr
    assert_exactly(root, prepared, "SP1")
    assert verified(root, tmp_path) == "SP1"
    removed = run_cli(*uninstall_args(root), log_dir=tmp_path)
    assert removed.returncode == 0, removed.stderr
    assert_exactly(root, prepared, "1.0", kept_db=True)
    assert verified(root, tmp_path) == "1.0"


def test_an_admin_edit_while_the_run_is_held_after_planning_stops_it_unchanged(
    prepared: Prepared, tmp_path: Path
) -> None:
    nth = after_planning(prepared, tmp_path)
    root = prepared.copy("v1", tmp_path / "s").resolve()
    edited = install_dir(root) / "_wmcs" / "web.config"
    with stalled_apply(prepared, root, tmp_path, nth) as run:
        run.wait_stalled()
        edited.write_text("<configuration><!-- the admin's change --></configuration>\n")
        done = run.release()
    line = assert_clean_error(done, 2)
    assert "web.config was changed while this run was preparing" in line, line
    assert "the admin's change" in edited.read_text()
    changed = diff(prepared.ref_v1, content(root))
    assert changed == [f"changed: {edited.relative_to(root).as_posix()}"], changed
    assert product_version(root) == "1.0"
    assert not (root / STATE_DIR_NAME).exists()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
@pytest.mark.parametrize("operation", ["apply", "uninstall"])
def test_sigterm_and_sighup_mid_run_cancel_it_cleanly(
    prepared: Prepared, tmp_path: Path, signum: int, operation: str
) -> None:
    """Held once its journal is written (inside the transaction), then signalled: rolled back,
    exit 3, the tree exactly as before, no journal and no lock left."""
    start = "v1" if operation == "apply" else "sp1"
    args = apply_args(ROOT, prepared) if operation == "apply" else uninstall_args(ROOT)
    nth = in_transaction(prepared, tmp_path, start, args)
    root = prepared.copy(start, tmp_path / "s").resolve()
    with StalledRun(
        [root if a == ROOT else a for a in args],
        path=root / STATE_DIR_NAME / "journal.jsonl",
        nth=nth,
        stdin=prepared.password + "\n",
        log_dir=tmp_path,
        trace=tmp_path / "run.trace",
    ) as run:
        run.wait_stalled()
        run.signal(signum)
        done = run.release()
    line = assert_clean_error(done, 3)
    assert "cancelled; every change was rolled back" in line, line
    assert_exactly(root, prepared, "1.0" if operation == "apply" else "SP1")
    assert not (root / STATE_DIR_NAME / "journal.jsonl").exists()
    assert not (root / STATE_DIR_NAME / "lock").exists()


def test_a_run_killed_before_its_first_change_leaves_nothing(
    prepared: Prepared, tmp_path: Path
) -> None:
    """SIGKILL after planning: the run had changed nothing, so nothing says "interrupted"."""
    nth = after_planning(prepared, tmp_path)
    root = prepared.copy("v1", tmp_path / "s").resolve()
    with stalled_apply(prepared, root, tmp_path, nth) as run:
        run.wait_stalled()
        run.signal(signal.SIGKILL)
        done = run.release()
    assert done.returncode == -signal.SIGKILL
    assert_exactly(root, prepared, "1.0")
    detected = run_cli("detect", "--root", root, "--json", log_dir=tmp_path)
    assert json.loads(detected.stdout)["state"] == "installed"
    applied = run_cli(*apply_args(root, prepared), stdin=prepared.password, log_dir=tmp_path)
    assert applied.returncode == 0, applied.stderr
    assert_exactly(root, prepared, "SP1")


def test_a_run_killed_inside_its_transaction_leaves_a_lock_that_says_interrupted(
    prepared: Prepared, tmp_path: Path
) -> None:
    """SIGKILL once the run changes the install: its lock record stays with no holder (and its
    journal): detection says interrupted, apply refuses (exit 4), recover rolls back."""
    nth = in_transaction(prepared, tmp_path, "v1", apply_args(ROOT, prepared))
    root = prepared.copy("v1", tmp_path / "s").resolve()
    with StalledRun(
        apply_args(root, prepared),
        path=root / STATE_DIR_NAME / "journal.jsonl",
        nth=nth,
        stdin=prepared.password + "\n",
        log_dir=tmp_path,
        trace=tmp_path / "run.trace",
    ) as run:
        run.wait_stalled()
        run.signal(signal.SIGKILL)
        done = run.release()
    assert done.returncode == -signal.SIGKILL
    record = json.loads((root / STATE_DIR_NAME / "lock").read_text())
    assert record["operation"] == "apply" and record["pid"] == run.proc.pid
    detected = run_cli("detect", "--root", root, "--json", log_dir=tmp_path)
    state = json.loads(detected.stdout)
    assert state["state"] == "interrupted", state
    applied = run_cli(*apply_args(root, prepared), stdin=prepared.password, log_dir=tmp_path)
    assert "Run recover first" in assert_clean_error(applied, 4)
    recovered = run_cli("recover", "--root", root, log_dir=tmp_path)
    assert recovered.returncode == 0 and "rolled back" in recovered.stdout, recovered.stderr
    assert_exactly(root, prepared, "1.0")
