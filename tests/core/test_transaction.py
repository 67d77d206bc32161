"""The one transaction mechanism: lock, journal, fault switch, and recovery that is itself kill-safe."""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from enginekit import Prepared, Templates, assert_exactly, install_dir, prepare
from pydantic import SecretStr

from rms_wizard.core.common.messages import RmsError
from rms_wizard.core.common.paths import state_dir
from rms_wizard.core.engine.apply import ApplyResult, apply_update
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.interrupted_run import inspect_interrupted
from rms_wizard.core.engine.journal import Journal
from rms_wizard.core.engine.recovery import recover_interrupted
from rms_wizard.core.engine.step_actions import StepActions
from rms_wizard.core.engine.step_models import PutFile
from rms_wizard.core.engine.transaction import Transaction
from rms_wizard.core.engine.uninstall import uninstall_sp1
from rms_wizard.core.install.models import InstallStatus


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("tx")
    return prepare(base, Templates(base))


class Crash(BaseException):
    """Stands for SIGKILL in-process: nothing after it runs (no rollback, no journal removal)."""


class CrashAt(FaultPlan):
    def __init__(self, step: int) -> None:
        super().__init__(None)
        self.at = step

    def check(self, step: int) -> None:
        if step == self.at:
            raise Crash()


def crash_apply(prepared: Prepared, root: Path, step: int, monkeypatch: pytest.MonkeyPatch) -> None:
    original = Transaction.roll_back

    def crash(self: Transaction, started: int) -> None:
        raise Crash()

    monkeypatch.setattr(Transaction, "roll_back", crash)
    with pytest.raises(Crash):
        apply_update(
            root,
            backup_dir=prepared.backup,
            password=SecretStr(prepared.password),
            faults=CrashAt(step),
        )
    monkeypatch.setattr(Transaction, "roll_back", original)


def test_fault_switch_parsing() -> None:
    assert FaultPlan(None).kind is None and FaultPlan("").kind is None
    plan = FaultPlan("disk-full-at-step:7")
    assert (plan.kind, plan.step) == ("disk-full-at-step", 7)
    for bad in ("kill-at-step", "kill-at-step:x", "explode-at-step:1", "fail-at-step:-1"):
        with pytest.raises(RmsError, match="Unknown fault injection setting"):
            FaultPlan(bad)
    with pytest.raises(OSError) as info:
        FaultPlan("disk-full-at-step:2").check(2)
    assert info.value.errno == 28
    FaultPlan("fail-at-step:2").check(1)  # other steps pass


@pytest.mark.parametrize("step", [2, 9, 17, 18, 19])  # 19: the commit step
@pytest.mark.parametrize("crash_after_undos", [0, 1, 5])
def test_recover_is_itself_kill_safe(
    prepared: Prepared,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    step: int,
    crash_after_undos: int,
) -> None:
    """Kill apply at a step, then kill recover after some undos, then recover again: 1.0."""
    root = prepared.copy("v1", tmp_path / "s")
    crash_apply(prepared, root, step, monkeypatch)
    assert detect_install(root).status is InstallStatus.INTERRUPTED
    undo = StepActions.undo
    count = [0]

    def crashing_undo(self: StepActions, s: object) -> None:
        if count[0] == crash_after_undos:
            raise Crash()
        count[0] += 1
        undo(self, s)  # type: ignore[arg-type]

    monkeypatch.setattr(StepActions, "undo", crashing_undo)
    with pytest.raises(Crash):
        recover_interrupted(root)
    monkeypatch.setattr(StepActions, "undo", undo)
    assert detect_install(root).status is InstallStatus.INTERRUPTED
    assert recover_interrupted(root) == "rolled-back"
    assert_exactly(root, prepared, "1.0")
    assert recover_interrupted(root) == "nothing"
    assert_exactly(root, prepared, "1.0")


def test_recover_after_the_commit_point_completes(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    begin_steps = 21
    crash_apply(prepared, root, begin_steps, monkeypatch)  # the cleanup step, after the commit
    info = inspect_interrupted(root)
    assert info is not None and info.committed and info.operation == "apply"
    assert recover_interrupted(root) == "completed"
    assert_exactly(root, prepared, "SP1")


def test_recover_redoes_the_commit_step_whose_record_outlived_its_rename(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a file system that does not keep metadata in order, a power loss can keep the
    "committed" record and lose the registry's rename: recovery redoes the commit step too."""
    root = prepared.copy("v1", tmp_path / "s")
    crash_apply(prepared, root, 20, monkeypatch)  # just before the commit step (20 of 21)
    Journal(root).append({"t": "committed"})  # the record survived; the rename never happened
    assert recover_interrupted(root) == "completed"
    assert_exactly(root, prepared, "SP1")


@pytest.mark.parametrize("tail", [b'{"t": "done", "st', b'{"t": "done", "label": "\xe2\x82'])
def test_a_half_written_journal_line_is_ignored(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tail: bytes
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    crash_apply(prepared, root, 6, monkeypatch)
    journal = Journal(root)
    with journal.path.open("ab") as handle:
        handle.write(tail)  # the kill hit in the middle of a write (of a character, too)
    begin, records = journal.read()
    assert begin is not None and records and records[-1].get("t") == "start"
    assert recover_interrupted(root) == "rolled-back"
    assert_exactly(root, prepared, "1.0")


def test_a_damaged_journal_head_is_treated_as_no_journal(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    state_dir(root).mkdir()
    Journal(root).path.write_text("{not json\n")
    assert Journal(root).read() == (None, [])


# ------------------------------------------------------------------------------ the lock


def _write_lock(root: Path, pid: int, **extra: object) -> None:
    state_dir(root).mkdir(exist_ok=True)
    record = {"pid": pid, "host": socket.gethostname(), "operation": "apply", **extra}
    (state_dir(root) / "lock").write_text(json.dumps(record))


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _apply(prepared: Prepared, root: Path, faults: FaultPlan | None = None) -> ApplyResult:
    return apply_update(
        root,
        backup_dir=prepared.backup,
        password=SecretStr(prepared.password),
        faults=faults or FaultPlan(None),
    )


@pytest.mark.parametrize("fail_at", [None, 3, 12, 19])
def test_where_hard_links_are_unsupported_originals_are_copied(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int | None
) -> None:
    """A file system without hard links (FAT, some network shares): the rollback store gets
    copies, and update, rollback and removal still give exactly the release they should."""

    def no_links(src: object, dst: object, **_where: object) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "link", no_links)
    root = prepared.copy("v1", tmp_path / "s")
    if fail_at is None:
        _apply(prepared, root)
        assert_exactly(root, prepared, "SP1")
        uninstall_sp1(root, restore_config_db=None, faults=FaultPlan(None))
        # the 1.0 files are back (the configuration database keeps SP1's fields: --keep)
        assert detect_install(root).version == "1.0"
    else:
        with pytest.raises(RmsError):
            _apply(prepared, root, FaultPlan(f"fail-at-step:{fail_at}"))
        assert_exactly(root, prepared, "1.0")


def test_the_commit_waits_until_the_staged_files_and_moved_names_are_on_disk(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rms_wizard.core.engine.durability as durability

    events: list[str] = []
    asked = threading.Event()
    real_sync = durability.sync_file_system
    real_fsync_dir, real_put, real_wait = (
        durability._fsync_dir,
        StepActions._put,
        durability.StagedFlush.wait,
    )

    def slow_sync(folder: Path) -> None:
        # A slow disk: the flush cannot finish before someone waits for it, so without the
        # wait the commit step would run first.
        assert asked.wait(30)
        real_sync(folder)
        events.append("synced")

    def wait(self: durability.StagedFlush) -> None:
        asked.set()
        real_wait(self)

    def fsync_dir(path: Path) -> None:
        events.append(f"dir {Path(path).relative_to(root).as_posix()}")
        real_fsync_dir(path)

    def put(self: StepActions, step: PutFile) -> None:
        events.append("commit" if step.commit else "put")
        real_put(self, step)

    monkeypatch.setattr(durability, "sync_file_system", slow_sync)
    monkeypatch.setattr(durability.StagedFlush, "wait", wait)
    monkeypatch.setattr(durability, "_fsync_dir", fsync_dir)
    monkeypatch.setattr(StepActions, "_put", put)
    root = prepared.copy("v1", tmp_path / "s")
    _apply(prepared, root)
    assert_exactly(root, prepared, "SP1")
    commit = events.index("commit")
    assert "synced" in events[:commit]
    flushed = [e.removeprefix("dir ") for e in events[:commit] if e.startswith("dir ")]
    install = install_dir(root).relative_to(root).as_posix()
    # every folder a file was moved into or kept in, and those above them, before the commit;
    # the rollback store's first
    assert {f"{install}/bin", ".rms-wizard/rollback/SP1/files/bin", ".rms-wizard"} <= set(flushed)
    assert flushed.index(".rms-wizard/rollback/SP1/files/bin") < flushed.index(f"{install}/bin")
    # and the folder the commit step kept the old registry in, after it, before the run ends
    assert "dir .rms-wizard/rollback/SP1" in events[commit:]


def test_without_os_sync_every_staged_file_is_flushed_before_the_first_file_step(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows has no os.sync: the staged files are fsync'd one by one before anything moves."""
    events: list[str] = []
    real_fsync, real_put = os.fsync, StepActions._put

    def fsync(fd: int) -> None:
        events.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def put(self: StepActions, step: PutFile) -> None:
        events.append("put")
        real_put(self, step)

    monkeypatch.delattr(os, "sync")
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(StepActions, "_put", put)
    root = prepared.copy("v1", tmp_path / "s")
    result = _apply(prepared, root)
    assert_exactly(root, prepared, "SP1")
    staging = str(state_dir(root).resolve() / "staging")
    flushed = {e for e in events[: events.index("put")] if e.startswith(staging)}
    names = {Path(e).name for e in flushed}
    # each planned file, the rollback store's index, the new registry and logging database
    assert {"store.json", "registry.reg", "logging.db"} <= names
    assert len(flushed) == result.files_written + 3


def test_a_file_step_run_twice_keeps_the_original_where_links_are_unsupported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every step's do is idempotent: run again after it swapped the file in, it must not copy the
    new content over the original it kept (the copy fallback has no link to tell them apart)."""

    def no_links(src: object, dst: object, **_where: object) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "link", no_links)
    (tmp_path / "app.dll").write_bytes(b"original")
    (tmp_path / "new.dll").write_bytes(b"new")
    step = PutFile(target="app.dll", source="new.dll", displaced="kept/app.dll")
    tx = Transaction(tmp_path, "apply", [step])
    tx.actions._put(step)
    tx.actions._put(step)
    assert (tmp_path / "app.dll").read_bytes() == b"new"
    assert (tmp_path / "kept" / "app.dll").read_bytes() == b"original"
    tx.actions._unput(step)
    assert (tmp_path / "app.dll").read_bytes() == b"original"


def test_undo_removes_a_copy_the_fallback_did_not_finish(tmp_path: Path) -> None:
    """A kill between the fallback's copy and its rename leaves "<name>.tmp": undo removes it,
    so a rolled-back install is exactly as before."""
    (tmp_path / "app.dll").write_bytes(b"original")
    (tmp_path / "new.dll").write_bytes(b"new")
    (tmp_path / "kept").mkdir()
    (tmp_path / "kept" / "app.dll.tmp").write_bytes(b"orig")  # cut short by the kill
    step = PutFile(target="app.dll", source="new.dll", displaced="kept/app.dll")
    Transaction(tmp_path, "apply", [step]).actions._unput(step)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["app.dll", "kept", "new.dll"]
    assert (tmp_path / "app.dll").read_bytes() == b"original"


def test_recover_removes_a_journal_a_kill_caught_before_its_rename(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    _write_lock(root, _dead_pid())
    (state_dir(root) / "journal.jsonl.tmp").write_text('{"t": "begin", "txid": "x"')
    assert recover_interrupted(root) == "nothing"
    assert_exactly(root, prepared, "1.0")
