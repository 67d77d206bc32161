"""Real full and read-only disks (issue 12, item 3): every run ends exactly 1.0 or exactly SP1 --
rolled back and checked --, or says the rollback could not finish (exit 4, journal kept) and
``recover`` finishes it once the cause is lifted. Root only (CI runs as root)."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from enginekit import Prepared, Templates, assert_exactly, config_db, data_dir, install_dir, prepare
from faultfs import fill_to, immutable, read_only_bind, set_immutable, small_tmpfs
from pydantic import SecretStr

from rms_wizard.core.common.messages import RmsError
from rms_wizard.core.common.paths import registry_file, state_dir
from rms_wizard.core.common.progress import ProgressEvent
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.recovery import recover_interrupted
from rms_wizard.core.engine.step_actions import StepActions
from rms_wizard.core.engine.step_models import Step
from rms_wizard.core.engine.uninstall import uninstall_sp1
from rms_wizard.core.install.models import InstallStatus

NO_FAULT = FaultPlan(None)
KIB = 1024
#: Free space for the update (the whole update needs about 190 KiB of this install's disk):
#: 0, then every 16 KiB up to beyond what the update needs, so it fails while staging, while
#: keeping the database copy, inside the migration, and not at all.
APPLY_LEVELS = range(0, 272 * KIB + 1, 16 * KIB)
REMOVE_LEVELS = range(0, 96 * KIB + 1, 16 * KIB)
ADDED_FILE = "bin/DRMSOfflineEnrollment.dll"  # a file SP1 adds (removed again on uninstall)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("hostile")
    return prepare(base, Templates(base))


def _apply(prepared: Prepared, root: Path, **kwargs: object) -> object:
    options: dict[str, object] = {"faults": NO_FAULT, **kwargs}
    return apply_update(
        root,
        backup_dir=prepared.backup,
        password=SecretStr(prepared.password),
        **options,  # type: ignore[arg-type]
    )


def _outcome(run: Callable[[], object]) -> RmsError | None:
    """None when the run succeeded; its error otherwise (always one of the core's own)."""
    try:
        run()
    except RmsError as exc:
        return exc
    return None


def _exact_or_recoverable(
    error: RmsError | None,
    root: Path,
    prepared: Prepared,
    *,
    done: str,
    before: str,
    lift: Callable[[], None],
    kept_db: bool = False,
) -> str:
    """The rule: success leaves exactly ``done``; a failure rolled back leaves exactly
    ``before``; exit 4 keeps the journal, and recover (after ``lift``) gives ``before``."""
    if error is None:
        assert_exactly(root, prepared, done)
        return "done"
    if error.exit_code != 4:
        assert "rolled back" in str(error) or error.exit_code == 2, str(error)
        assert_exactly(root, prepared, before, kept_db=kept_db and before == "1.0")
        return "rolled back"
    assert (state_dir(root) / "journal.jsonl").is_file()
    assert "recover" in str(error)
    assert detect_install(root).status is InstallStatus.INTERRUPTED
    lift()
    # Before the commit point recover undoes the run; past it (the database migration, which
    # runs after the commit point) it completes it.
    outcome = recover_interrupted(root)
    assert outcome in ("rolled-back", "completed"), outcome
    if outcome == "completed":
        assert_exactly(root, prepared, done)
        return "completed"
    assert_exactly(root, prepared, before, kept_db=kept_db and before == "1.0")
    return "recovered"


def test_an_update_on_a_full_disk_at_every_level_ends_exactly(
    prepared: Prepared, tmp_path: Path
) -> None:
    outcomes: dict[int, str] = {}
    for free in APPLY_LEVELS:
        with small_tmpfs(tmp_path / "mnt", 2 * 1024 * KIB) as mnt:
            root = prepared.copy("v1", mnt / "root")
            filler = fill_to(mnt, free)
            error = _outcome(lambda root=root: _apply(prepared, root))
            outcomes[free // KIB] = _exact_or_recoverable(
                error, root, prepared, done="SP1", before="1.0", lift=filler.unlink
            )
    # both ends are reached: too little space rolls back, enough installs SP1
    assert {"rolled back", "done"} <= set(outcomes.values()), outcomes
    assert outcomes[0] == "rolled back" and outcomes[max(outcomes)] == "done", outcomes


def test_a_removal_on_a_full_disk_at_every_level_ends_exactly(
    prepared: Prepared, tmp_path: Path
) -> None:
    outcomes: dict[int, str] = {}
    for free in REMOVE_LEVELS:
        with small_tmpfs(tmp_path / "mnt", 2 * 1024 * KIB) as mnt:
            root = prepared.copy("sp1", mnt / "root")
            filler = fill_to(mnt, free)
            error = _outcome(
                lambda root=root: uninstall_sp1(
                    root,
                    restore_config_db=prepared.backup,
                    password=SecretStr(prepared.password),
                    faults=NO_FAULT,
                )
            )
            outcomes[free // KIB] = _exact_or_recoverable(
                error, root, prepared, done="1.0", before="SP1", lift=filler.unlink
            )
    assert {"rolled back", "done"} <= set(outcomes.values()), outcomes


def _immutable_case(which: str, root: Path) -> list[Path]:
    if which == "registry":
        return [registry_file(root)]
    return [config_db(root)]


@pytest.mark.parametrize("which", ["registry", "config-db"])
def test_an_update_with_an_immutable_file_ends_exactly_1_0(
    prepared: Prepared, tmp_path: Path, which: str
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    paths = _immutable_case(which, root)
    with immutable(*paths):
        error = _outcome(lambda: _apply(prepared, root))
        assert error is not None
        outcome = _exact_or_recoverable(
            error,
            root,
            prepared,
            done="SP1",
            before="1.0",
            lift=lambda: set_immutable(*paths, on=False),
        )
    assert outcome == "rolled back", outcome


@pytest.mark.parametrize("folder", ["data", "install"])
def test_an_update_on_a_read_only_folder_ends_exactly_1_0(
    prepared: Prepared, tmp_path: Path, folder: str
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    target = data_dir(root) if folder == "data" else install_dir(root)
    with read_only_bind(target):
        error = _outcome(lambda: _apply(prepared, root))
        assert error is not None and error.exit_code in (2, 3), error
    assert_exactly(root, prepared, "1.0")


def test_a_removal_with_an_immutable_added_file_ends_exactly_sp1(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    added = install_dir(root) / ADDED_FILE
    assert added.is_file()
    with immutable(added):
        error = _outcome(lambda: uninstall_sp1(root, restore_config_db=None, faults=NO_FAULT))
        assert error is not None and error.exit_code == 3, error
    assert_exactly(root, prepared, "SP1")


def _blocked_at_commit(block: Callable[[], None]) -> Callable[[ProgressEvent], None]:
    """A progress callback that calls ``block`` once the commit step begins: every file step
    is done by then, so the rollback has files to put back."""
    fired = [False]

    def progress(event: ProgressEvent) -> None:
        if not fired[0] and str(event.phase) == "Recording the new version in the registry":
            fired[0] = True
            block()

    return progress


def test_a_rollback_blocked_by_an_immutable_folder_says_so_and_recover_finishes_it(
    prepared: Prepared, tmp_path: Path
) -> None:
    """The commit fails (registry immutable) and the folder of the replaced binaries became
    immutable meanwhile: the rollback cannot put them back. It goes on with the rest, exit 4,
    the journal kept; once the folder can be changed again, recover finishes: exactly 1.0."""
    root = prepared.copy("v1", tmp_path / "s")
    blocked = [registry_file(root), install_dir(root) / "bin"]
    try:
        progress = _blocked_at_commit(lambda: set_immutable(*blocked))
        error = _outcome(lambda: _apply(prepared, root, progress=progress))
        assert error is not None and error.exit_code == 4, error
        text = str(error)
        assert "could not be rolled back completely" in text and "read-only" in text, text
        assert "rolled back:" not in text and "recover" in text
        # the other steps were undone: the binaries outside bin/ are 1.0 again
        assert (install_dir(root) / "admin" / "DRMSAdmin.dll").read_bytes() == (
            install_dir(prepared.v1) / "admin" / "DRMSAdmin.dll"
        ).read_bytes()
        assert (state_dir(root) / "journal.jsonl").is_file()
        with pytest.raises(RmsError) as again:  # still blocked: recover says so, keeps it
            recover_interrupted(root)
        assert again.value.exit_code == 4 and (state_dir(root) / "journal.jsonl").is_file()
    finally:
        set_immutable(*blocked, on=False)
    assert recover_interrupted(root) == "rolled-back"
    assert_exactly(root, prepared, "1.0")


def test_a_rollback_blocked_by_a_read_only_mount_says_so_and_recover_finishes_it(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    registry = registry_file(root)
    mounted: list[object] = []

    def block() -> None:
        set_immutable(registry)
        mount = read_only_bind(install_dir(root))
        mount.__enter__()
        mounted.append(mount)

    try:
        error = _outcome(lambda: _apply(prepared, root, progress=_blocked_at_commit(block)))
        assert error is not None and error.exit_code == 4, error
        assert "recover" in str(error)
    finally:
        for mount in mounted:
            mount.__exit__(None, None, None)  # type: ignore[attr-defined]
        set_immutable(registry, on=False)
    assert recover_interrupted(root) == "rolled-back"
    assert_exactly(root, prepared, "1.0")


def _no_links(src: object, dst: object, *args: object, **kwargs: object) -> None:
    raise OSError(errno.EPERM, os.strerror(errno.EPERM))


@pytest.mark.parametrize("links", [True, False], ids=["hard-links", "no-hard-links"])
def test_a_rollback_on_a_disk_that_filled_up_meanwhile_needs_no_space(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links: bool
) -> None:
    """Every file step and the migration are done when the disk fills up to the last byte and
    the commit fails; before each undo the disk is filled again. Undoing all of it (the
    database back from its safety copy, the new files given back to staging where there are
    no hard links) needs no space: exactly 1.0."""
    if not links:
        monkeypatch.setattr(os, "link", _no_links)
    with small_tmpfs(tmp_path / "mnt", 2 * 1024 * KIB) as mnt:
        root = prepared.copy("v1", mnt / "root")
        registry = registry_file(root)
        try:

            def fill_and_block() -> None:
                fill_to(mnt, 0)
                set_immutable(registry)

            undo = StepActions.undo

            def undo_on_a_full_disk(self: StepActions, step: Step) -> None:
                fill_to(mnt, 0)  # what an earlier undo freed is taken again
                undo(self, step)

            monkeypatch.setattr(StepActions, "undo", undo_on_a_full_disk)
            progress = _blocked_at_commit(fill_and_block)
            error = _outcome(lambda: _apply(prepared, root, progress=progress))
            assert error is not None and error.exit_code == 3, str(error)
        finally:
            set_immutable(registry, on=False)
        assert_exactly(root, prepared, "1.0")


class _Crash(BaseException):
    """Stands for SIGKILL in-process: nothing after it runs."""


class _CrashAt(FaultPlan):
    def __init__(self, step: int) -> None:
        super().__init__(None)
        self.at = step

    def check(self, step: int) -> None:
        if step == self.at:
            raise _Crash()


def test_completing_a_run_that_something_blocks_says_so_and_recover_finishes_it(
    prepared: Prepared, tmp_path: Path
) -> None:
    """Killed after the commit point: recover completes the run (it removes the staging
    folder). While that folder is immutable it cannot: exit 4, the journal kept; then SP1."""
    root = prepared.copy("v1", tmp_path / "s")
    with pytest.raises(_Crash):
        _apply(prepared, root, faults=_CrashAt(21))  # the cleanup step, after the commit
    (staging,) = (state_dir(root) / "staging").iterdir()
    try:
        set_immutable(staging)
        with pytest.raises(RmsError) as info:
            recover_interrupted(root)
        assert info.value.exit_code == 4, info.value
        assert "could not be completed" in str(info.value) and "read-only" in str(info.value)
        assert (state_dir(root) / "journal.jsonl").is_file()
    finally:
        set_immutable(staging, on=False)
    assert recover_interrupted(root) == "completed"
    assert_exactly(root, prepared, "SP1")


def test_the_tmpfs_fixture_cleans_up(tmp_path: Path) -> None:
    mnt = tmp_path / "mnt"
    with small_tmpfs(mnt, 64 * KIB):
        fill_to(mnt, 0)
    assert not any(mnt.iterdir())  # unmounted: the empty mount point is all that is left
    shutil.rmtree(mnt)
