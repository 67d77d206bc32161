"""A kill at every file operation of an update and of a removal, then recovery: the install is
always exactly 1.0 or exactly SP1 -- with hard links, and where the file system has none.

The CLI tests kill the real process at every *step*; this sweep stops the run at every single
``os`` call that changes the disk (thousands of files in a step are one call each here), copies
the tree as the kill left it, and recovers the copy.
"""

from __future__ import annotations

import errno
import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from enginekit import Prepared, Templates, content, damage_sp1, diff, prepare
from pydantic import SecretStr

from rms_wizard.core.common.paths import STATE_DIR_NAME
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.recovery import recover_interrupted
from rms_wizard.core.engine.transaction import Transaction
from rms_wizard.core.engine.uninstall import uninstall_sp1

#: Every os call the engine changes the disk with (writes go through os.write for the journal and
#: the lock; file contents are staged, and staging is undone as a whole).
CHANGES = ("replace", "rename", "link", "unlink", "mkdir", "rmdir", "write")


class Killed(BaseException):
    """Stands for SIGKILL: raised at the chosen call; the copy taken then is what is examined."""


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("sweep")
    return prepare(base, Templates(base))


def _no_links(src: object, dst: object, *args: object, **kwargs: object) -> None:
    raise OSError(errno.EPERM, os.strerror(errno.EPERM))


def _killed_at(
    at: int,
    run: Callable[[], object],
    root: Path,
    snapshot: Path,
    monkeypatch: pytest.MonkeyPatch,
    links: bool,
) -> bool:
    """Run ``run`` and kill it at the ``at``-th disk change; True if it got that far."""
    calls = 0
    armed = True
    guard = threading.RLock()  # staging's threads change the disk too; copytree below, too

    def wrap(real: Callable[..., object]) -> Callable[..., object]:
        def changed(*args: object, **kwargs: object) -> object:
            nonlocal calls, armed
            with guard:
                if armed:
                    calls += 1
                    if calls == at:
                        armed = False
                        shutil.copytree(root, snapshot, symlinks=True)  # the disk at the kill
                        raise Killed()
            return real(*args, **kwargs)

        return changed

    with monkeypatch.context() as patch:
        for name in CHANGES:
            real = _no_links if name == "link" and not links else getattr(os, name)
            patch.setattr(os, name, wrap(real))
        # After a kill nothing runs: no rollback either (the finally blocks that still run only
        # touch the live tree, not the copy taken at the kill).
        patch.setattr(Transaction, "roll_back", lambda self, started: _raise(Killed()))
        try:
            run()
        except Killed:
            return True
        finally:
            armed = False
    return False


def _raise(exc: BaseException) -> None:
    raise exc


def _release(root: Path, prepared: Prepared) -> str:
    """Which reference the tree is exactly: "1.0", "1.0 (SP1 database kept)" or "SP1"."""
    found = content(root)
    state = root / STATE_DIR_NAME
    for name, reference in (
        ("1.0", prepared.ref_v1),
        ("1.0 (SP1 database kept)", prepared.ref_v1_kept_db),
        ("SP1", prepared.ref_sp1),
    ):
        if not diff(reference, found):
            if name == "SP1":
                return name if (state / "rollback" / "SP1" / "store.json").is_file() else "SP1?"
            leftovers = sorted(p.relative_to(state).as_posix() for p in state.rglob("*"))
            return name if not state.exists() else f"{name} + {leftovers}"
    return f"mixed: {diff(prepared.ref_v1, found)[:3]} / {diff(prepared.ref_sp1, found)[:3]}"


@pytest.mark.parametrize("links", [True, False], ids=["hard-links", "no-hard-links"])
@pytest.mark.parametrize("operation", ["apply", "uninstall"])
def test_a_kill_at_every_disk_change_recovers_exactly(
    prepared: Prepared,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    operation: str,
    links: bool,
) -> None:
    start, allowed = (
        (prepared.v1, {"1.0", "SP1"})
        if operation == "apply"
        else (prepared.sp1, {"SP1", "1.0 (SP1 database kept)"})
    )
    outcomes: dict[int, str] = {}
    at = 1
    while True:
        root, snapshot = tmp_path / f"run-{at}", tmp_path / f"kill-{at}"
        shutil.copytree(start, root, symlinks=True)

        def run(root: Path = root) -> object:
            if operation == "apply":
                return apply_update(
                    root,
                    backup_dir=prepared.backup,
                    password=SecretStr(prepared.password),
                    faults=FaultPlan(None),
                )
            return uninstall_sp1(root, restore_config_db=None, faults=FaultPlan(None))

        if not _killed_at(at, run, root, snapshot, monkeypatch, links):
            break  # the run finished before the at-th change: every point was covered
        with monkeypatch.context() as patch:
            if not links:
                patch.setattr(os, "link", _no_links)
            recover_interrupted(snapshot)
        outcomes[at] = _release(snapshot, prepared)
        shutil.rmtree(root)
        shutil.rmtree(snapshot)
        at += 1
    assert len(outcomes) > 50  # a whole run's worth of changes, not an early stop
    wrong = {point: found for point, found in outcomes.items() if found not in allowed}
    assert not wrong, wrong
    # both ends are reached: early kills roll back, late ones complete
    assert set(outcomes.values()) == allowed


@pytest.mark.parametrize("links", [True, False], ids=["hard-links", "no-hard-links"])
def test_a_kill_at_every_disk_change_of_a_repair_recovers_exactly(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links: bool
) -> None:
    """A repair of a damaged SP1 killed anywhere, then recovered: exactly the damaged tree as it
    was, or exactly SP1."""
    from rms_wizard.core.engine.repair import repair_sp1

    start = tmp_path / "damaged"
    shutil.copytree(prepared.sp1, start, symlinks=True)
    damage_sp1(start)
    damaged = content(start)
    outcomes: dict[int, str] = {}
    at = 1
    while True:
        root, snapshot = tmp_path / f"run-{at}", tmp_path / f"kill-{at}"
        shutil.copytree(start, root, symlinks=True)

        def run(root: Path = root) -> object:
            return repair_sp1(root, faults=FaultPlan(None))

        if not _killed_at(at, run, root, snapshot, monkeypatch, links):
            break
        with monkeypatch.context() as patch:
            if not links:
                patch.setattr(os, "link", _no_links)
            recover_interrupted(snapshot)
        found = content(snapshot)
        outcomes[at] = "damaged" if not diff(damaged, found) else _release(snapshot, prepared)
        shutil.rmtree(root)
        shutil.rmtree(snapshot)
        at += 1
    assert len(outcomes) > 10
    wrong = {point: found for point, found in outcomes.items() if found not in ("damaged", "SP1")}
    assert not wrong, wrong
    assert set(outcomes.values()) == {"damaged", "SP1"}
