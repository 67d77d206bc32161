"""Applying SP1 in-process: progress, cancel, only the planned files touched, the logging database,
refusals, a damaged payload, a fresh install and a customised server."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from enginekit import (
    REPO,
    Prepared,
    Templates,
    assert_exactly,
    config_db,
    content,
    diff,
    install_dir,
    logging_db,
    password_of,
    prepare,
    product_version,
    snapshot,
)
from pydantic import SecretStr

from rms_wizard.core.common.messages import (
    BadInputError,
    InterruptedStateError,
    OperationFailedError,
)
from rms_wizard.core.common.paths import registry_file
from rms_wizard.core.common.progress import Cancelled, CancelToken, ProgressEvent
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.backup import make_backup
from rms_wizard.core.engine.configdb import read_config_v1
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.payload import load_payload, sp1_payload
from rms_wizard.core.engine.recovery import recover_interrupted
from rms_wizard.core.engine.uninstall import uninstall_sp1
from rms_wizard.core.engine.verify import verify_state
from rms_wizard.core.install.models import FileAction, InstallStatus, Release
from rms_wizard.core.keys.private_key import WrongPasswordError

NO_FAULT = FaultPlan(None)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("apply-templates"))


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory, templates: Templates) -> Prepared:
    return prepare(tmp_path_factory.mktemp("apply"), templates)


def apply(prepared: Prepared, root: Path, **kwargs: object) -> object:
    options: dict[str, object] = {
        "backup_dir": prepared.backup,
        "password": SecretStr(prepared.password),
        "faults": NO_FAULT,
        **kwargs,
    }
    return apply_update(root, **options)  # type: ignore[arg-type]


def test_progress_is_monotonic_and_reaches_the_total(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    events: list[ProgressEvent] = []
    result = apply_update(
        root,
        backup_dir=prepared.backup,
        password=SecretStr(prepared.password),
        progress=events.append,
        faults=NO_FAULT,
    )
    total = events[0].total_steps
    assert {e.total_steps for e in events} == {total}
    assert len({e.bytes_total for e in events}) == 1
    steps = [e.step for e in events]
    assert steps == sorted(steps) and set(steps) == set(range(1, total + 1))
    done = [e.bytes_done for e in events]
    assert done == sorted(done) and all(0 <= d <= events[0].bytes_total for d in done)
    assert (events[-1].step, events[-1].bytes_done) == (total, events[-1].bytes_total)
    # staging reports each payload file it copies; later steps name the file they install
    planned = {a.path for a in result.plan.changes()}  # type: ignore[attr-defined]
    staged = {e.path for e in events if e.step == 1 and e.bytes_done > 0}
    assert staged == planned
    installing = {e.path for e in events if str(e.phase).startswith("Installing ")}
    assert planned <= installing
    assert all(str(e.phase) for e in events)


@pytest.mark.parametrize("cancel_at", [1, 2, 8, 16, 17, 18])  # 18: the commit step
def test_cancel_from_the_progress_callback_rolls_back(
    prepared: Prepared, tmp_path: Path, cancel_at: int
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    token = CancelToken()

    def progress(event: ProgressEvent) -> None:
        # step 1 (staging): cancel in the middle of copying, after some bytes went through
        if event.step == cancel_at and (cancel_at > 1 or event.bytes_done > 0):
            token.cancel()

    with pytest.raises(Cancelled):
        apply(prepared, root, progress=progress, cancel=token)
    assert_exactly(root, prepared, "1.0")


def test_cancel_after_the_commit_point_is_too_late(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    token = CancelToken()

    def progress(event: ProgressEvent) -> None:
        if str(event.phase) == "Recording the new version in the registry":
            token.cancel()

    apply(prepared, root, progress=progress, cancel=token)
    assert token.cancelled
    assert_exactly(root, prepared, "SP1")


def test_only_the_planned_files_are_written(prepared: Prepared, tmp_path: Path) -> None:
    """Every file outside the plan keeps its mtime_ns, mode and hash; planned ones get SP1's."""
    root = prepared.copy("v1", tmp_path / "s")
    before = snapshot(root)
    result = apply(prepared, root)
    after = snapshot(root)
    install_rel = install_dir(root).relative_to(root).as_posix()
    plan = result.plan  # type: ignore[attr-defined]
    changes = {f"{install_rel}/{a.path}": a for a in plan.changes()}
    databases = {
        config_db(root).relative_to(root).as_posix(),
        logging_db(root).relative_to(root).as_posix(),
    }
    allowed = set(changes) | databases | {registry_file(root).name}
    for rel, old in before.items():
        if old.kind != "file" or rel in allowed:
            continue
        assert after[rel] == old, rel  # untouched: same mtime_ns, mode, size and hash
    for rel, action in changes.items():
        assert after[rel].digest == action.new_sha256
        assert (rel in before) == (action.action is FileAction.REPLACE)
    new_paths = {r for r in after.keys() - before.keys() if not r.startswith(".rms-wizard")}
    added = {r for r, a in changes.items() if a.action is FileAction.ADD}
    assert {r for r in new_paths if after[r].kind == "file"} == added
    kept = [a for a in plan.actions if a.action in (FileAction.KEEP, FileAction.KEEP_MODIFIED)]
    assert kept and all(f"{install_rel}/{a.path}" not in allowed for a in kept)
    assert all(after[rel].digest != before[rel].digest for rel in databases)
    assert product_version(root) == "SP1"


def _log_rows(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT LogId, TimeUtc, EventType, UserName, Detail FROM DRMS_Log ORDER BY LogId"
        ).fetchall()
    conn.close()
    return rows


def _tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    return names


def test_logging_db_gets_the_sp1_schema_and_past_statistics_come_back(
    prepared: Prepared, tmp_path: Path
) -> None:
    past = _log_rows(logging_db(prepared.v1))
    assert len(past) == 40
    plain = prepared.copy("v1", tmp_path / "plain")
    assert apply(prepared, plain).statistics_imported == 0  # type: ignore[attr-defined]
    assert {"DRMS_LogSchema", "DRMS_LogStatistics"} <= _tables(logging_db(plain))
    assert _log_rows(logging_db(plain)) == []  # SP1's setup starts the log afresh
    state = detect_install(plain)
    assert state.logging_db is not None and state.logging_db.schema_release is Release.SP1

    kept = prepared.copy("v1", tmp_path / "kept")
    result = apply(prepared, kept, import_statistics=True)
    assert result.statistics_imported == 40  # type: ignore[attr-defined]
    assert {"DRMS_LogSchema", "DRMS_LogStatistics"} <= _tables(logging_db(kept))
    assert _log_rows(logging_db(kept)) == past


@pytest.mark.parametrize("fail", ["commit", "after-commit"])
def test_imported_statistics_are_part_of_the_transaction(
    prepared: Prepared, tmp_path: Path, fail: str
) -> None:
    """The past statistics go into the new logging database while it is staged, so they share
    the update's fate: a failure at the commit step leaves the 1.0 install and its logging
    database untouched; once the commit point is passed, they are in (nothing left to import)."""
    events: list[ProgressEvent] = []
    apply(prepared, prepared.copy("v1", tmp_path / "probe"), progress=events.append)
    # the cleanup is last; before it the configuration database's migration, and before that
    # the registry (the commit step)
    last = events[0].total_steps
    root = prepared.copy("v1", tmp_path / "s")
    past = _log_rows(logging_db(root))
    step = last - 2 if fail == "commit" else last
    with pytest.raises(OperationFailedError if fail == "commit" else InterruptedStateError):
        apply(prepared, root, import_statistics=True, faults=FaultPlan(f"fail-at-step:{step}"))
    if fail == "commit":
        assert_exactly(root, prepared, "1.0")
    else:
        assert recover_interrupted(root) == "completed"
        verified = verify_state(detect_install(root))
        assert verified.ok and verified.state is Release.SP1
    assert _log_rows(logging_db(root)) == past


def test_import_without_a_logging_backup_imports_nothing(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    backup = tmp_path / "b"
    make_backup(
        detect_install(root),
        backup,
        include_logging_db=False,
        password=SecretStr(prepared.password),
    )
    result = apply(prepared, root, backup_dir=backup, import_statistics=True)
    assert result.statistics_imported == 0  # type: ignore[attr-defined]
    assert _log_rows(logging_db(root)) == []


@pytest.mark.parametrize(
    ("options", "error", "words"),
    [
        ({"backup_dir": None}, BadInputError, "verified backup"),
        ({"password": None}, BadInputError, "verified backup"),
        ({"password": SecretStr("Wrong-Password-1")}, WrongPasswordError, "does not open"),
        ({"backup_dir": Path("/nonexistent/backup")}, BadInputError, "does not exist"),
    ],
    ids=["no-backup", "no-password", "wrong-password", "missing-backup"],
)
def test_refusals_write_nothing(
    prepared: Prepared, tmp_path: Path, options: dict[str, object], error: type, words: str
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    before = snapshot(root)
    with pytest.raises(error, match=words):
        apply(prepared, root, **options)
    assert not diff(before, snapshot(root))


def test_a_backup_of_another_server_is_refused(
    prepared: Prepared, templates: Templates, tmp_path: Path
) -> None:
    other = templates.template("user-modified-config")
    backup = tmp_path / "other-backup"
    secret = SecretStr(password_of("user-modified-config"))
    make_backup(detect_install(other), backup, include_logging_db=False, password=secret)
    root = prepared.copy("v1", tmp_path / "s")
    before = snapshot(root)
    with pytest.raises(BadInputError, match="made on server RMS-LIC01, not on RMS-ROOT01"):
        apply_update(root, backup_dir=backup, password=secret, faults=NO_FAULT)
    assert not diff(before, snapshot(root))


def test_sp1_is_not_applied_twice(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    before = snapshot(root)
    with pytest.raises(BadInputError, match="already installed"):
        apply(prepared, root)
    assert not diff(before, snapshot(root))


def test_a_damaged_payload_file_fails_and_rolls_back(prepared: Prepared, tmp_path: Path) -> None:
    payload_dir = tmp_path / "sp1"
    shutil.copytree(REPO / "resources" / "sp1", payload_dir)
    damaged = payload_dir / "files" / "client" / "msdrm.dll"
    data = bytearray(damaged.read_bytes())
    data[-1] ^= 0xFF
    damaged.write_bytes(bytes(data))
    root = prepared.copy("v1", tmp_path / "s")
    with pytest.raises(OperationFailedError, match=r"msdrm\.dll is damaged") as info:
        apply(prepared, root, sp1=load_payload(payload_dir))
    assert info.value.exit_code == 3
    assert_exactly(root, prepared, "1.0")


def test_fresh_install_and_its_removal(templates: Templates, tmp_path: Path) -> None:
    root = templates.copy("no-rms", tmp_path / "s")
    before = content(root)
    result = apply_update(root, backup_dir=None, password=None, faults=NO_FAULT)
    assert result.files_written == len(sp1_payload().manifest.files)
    state = detect_install(root)
    assert state.status is InstallStatus.INSTALLED and state.version is Release.SP1
    assert state.fresh_install
    verified = verify_state(state)
    assert verified.ok and verified.state is Release.SP1
    removed = uninstall_sp1(root, restore_config_db=None, faults=NO_FAULT)
    assert removed.files_removed == len(sp1_payload().manifest.files)
    assert any("installed fresh" in str(n) for n in removed.notes)
    assert detect_install(root).status is InstallStatus.NONE
    # the machine is as it was; only the (empty) C:\Program Files the install needed stays
    assert diff(before, content(root)) == [
        "only after: drive_c",
        "only after: drive_c/Program Files",
    ]


def test_a_customised_server_keeps_its_changes_through_update_and_removal(
    templates: Templates, tmp_path: Path
) -> None:
    root = templates.copy("user-modified-config", tmp_path / "s")
    web_config = install_dir(root) / "_wmcs" / "web.config"
    custom = web_config.read_bytes()
    secret = SecretStr(password_of("user-modified-config"))
    make_backup(detect_install(root), tmp_path / "b", include_logging_db=False, password=secret)
    policies = read_config_v1(config_db(root))
    apply_update(root, backup_dir=tmp_path / "b", password=secret, faults=NO_FAULT)
    assert web_config.read_bytes() == custom
    verified = verify_state(detect_install(root))
    assert (verified.state, verified.modified) == (Release.SP1, ["_wmcs/web.config"])
    uninstall_sp1(root, restore_config_db=None, faults=NO_FAULT)
    assert web_config.read_bytes() == custom
    verified = verify_state(detect_install(root))
    assert (verified.state, verified.modified) == (Release.V1, ["_wmcs/web.config"])
    assert read_config_v1(config_db(root)) == policies


def test_no_exception_carries_the_password(prepared: Prepared, tmp_path: Path) -> None:
    """Not its text, args, repr, chained context, nor the locals of any frame it passed."""
    import traceback

    wrong = "Wrong-Password-In-A-Frame-7"
    root = prepared.copy("v1", tmp_path / "s")
    with pytest.raises(WrongPasswordError) as info:
        apply(prepared, root, password=SecretStr(wrong))
    error = info.value
    summary = traceback.TracebackException.from_exception(error, capture_locals=True)
    frames = [f for f in summary.stack if "/rms_wizard/" in f.filename]  # not this test's own
    assert len(frames) >= 3 and all(f.locals is not None for f in frames)
    text = "".join(summary.format_exception_only()) + repr([f.locals for f in frames])
    for secret in (wrong, prepared.password):
        assert secret not in text
        assert secret not in repr(error) and secret not in repr(error.args)
    assert error.__context__ is None and error.__cause__ is None


@pytest.mark.parametrize("kernel_copy", ["absent", "other-file-system"])
@pytest.mark.parametrize("damaged", [False, True])
def test_staging_where_the_kernel_cannot_copy(
    prepared: Prepared,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kernel_copy: str,
    damaged: bool,
) -> None:
    """Without copy_file_range (Windows, macOS) or across file systems, the bytes go through
    Python and are hashed on the way: the result, and a damaged file's refusal, are the same."""
    import errno
    import os

    if kernel_copy == "absent":
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    else:

        def cross_device(*args: object) -> int:
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))

        monkeypatch.setattr(os, "copy_file_range", cross_device, raising=False)
    payload_dir = tmp_path / "sp1"
    shutil.copytree(REPO / "resources" / "sp1", payload_dir)
    if damaged:
        target = payload_dir / "files" / "bin" / "DRMSServer.dll"
        data = bytearray(target.read_bytes())
        data[len(data) // 2] ^= 0x01
        target.write_bytes(bytes(data))
    root = prepared.copy("v1", tmp_path / "s")
    if damaged:
        with pytest.raises(OperationFailedError, match=r"DRMSServer\.dll is damaged"):
            apply(prepared, root, sp1=load_payload(payload_dir))
        assert_exactly(root, prepared, "1.0")
    else:
        apply(prepared, root, sp1=load_payload(payload_dir))
        assert_exactly(root, prepared, "SP1")


@pytest.mark.parametrize("kernel", ["short-copy", "zero-for-not-here"])
def test_a_kernel_copy_that_falls_short_is_caught(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kernel: str
) -> None:
    """The source is hashed, not the copy: so the copy must hold every byte that was hashed. A
    file system answering 0 at once ("not here") gets the Python copy instead."""
    import os

    real = os.copy_file_range

    def half(src: int, dst: int, count: int, *args: object) -> int:
        size = os.fstat(src).st_size
        if os.lseek(src, 0, os.SEEK_CUR) >= size // 2:
            return 0  # stops half way, as if the source had ended
        return real(src, dst, max(1, size // 2))

    def nothing(src: int, dst: int, count: int, *args: object) -> int:
        return 0

    monkeypatch.setattr(os, "copy_file_range", half if kernel == "short-copy" else nothing)
    root = prepared.copy("v1", tmp_path / "s")
    if kernel == "short-copy":
        with pytest.raises(OperationFailedError, match="was not copied completely"):
            apply(prepared, root)
        assert_exactly(root, prepared, "1.0")
    else:
        apply(prepared, root)
        assert_exactly(root, prepared, "SP1")
