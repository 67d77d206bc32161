"""File modes (issue 12, item 7): a file that takes an original's place gets its permissions,
owner and group; an added file gets its folder's permissions (no execute), not the umask's; the
wizard's own folders are owner-only; the databases keep their modes through an update, a
rollback and a removal that restores the backup. Under umask 000 and 022."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from enginekit import (
    Prepared,
    Templates,
    assert_exactly,
    config_db,
    install_dir,
    logging_db,
    prepare,
)
from pydantic import SecretStr

from rms_wizard.core.common.messages import RmsError
from rms_wizard.core.common.paths import registry_file, state_dir
from rms_wizard.core.common.progress import ProgressEvent
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.uninstall import uninstall_sp1

OWNER = (1234, 5678)  # an owner and group no file of the test has by itself


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("modes")
    return prepare(base, Templates(base))


@pytest.fixture(params=[0o000, 0o022], ids=["umask-000", "umask-022"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _private_files(root: Path) -> list[Path]:
    """Owner-only originals: a binary SP1 replaces, the registry, both databases."""
    return [
        install_dir(root) / "bin" / "DRMSServer.dll",
        registry_file(root),
        config_db(root),
        logging_db(root),
    ]


def _prepare_modes(root: Path) -> Path:
    for path in _private_files(root):
        os.chmod(path, 0o600)
    owned = install_dir(root) / "bin" / "DRMSCrypto.dll"  # replaced by SP1, too
    os.chown(owned, *OWNER)
    return owned


def _folders_below(folder: Path) -> list[Path]:
    return [folder, *(p for p in folder.rglob("*") if p.is_dir() and not p.is_symlink())]


def _state_folders_checker(root: Path, seen: list[Path]) -> object:
    """Progress callback: at the commit step (staging and store both there), every folder of
    the wizard's is owner-only."""

    def progress(event: ProgressEvent) -> None:
        if str(event.phase) == "Recording the new version in the registry" and not seen:
            seen.extend(_folders_below(state_dir(root)))
            wide = {
                p.relative_to(root).as_posix(): oct(_mode(p)) for p in seen if _mode(p) != 0o700
            }
            assert not wide, wide

    return progress


def test_modes_are_kept_through_an_update_and_a_removal(
    prepared: Prepared, tmp_path: Path, umask: int
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    owned = _prepare_modes(root)
    folders: list[Path] = []
    apply_update(
        root,
        backup_dir=prepared.backup,
        password=SecretStr(prepared.password),
        faults=FaultPlan(None),
        progress=_state_folders_checker(root, folders),  # type: ignore[arg-type]
    )
    assert len(folders) > 5  # staging with its shard folders, the store with its folders
    assert_exactly(root, prepared, "SP1")
    assert {p.name: oct(_mode(p)) for p in _private_files(root)} == {
        p.name: "0o600" for p in _private_files(root)
    }
    assert (owned.stat().st_uid, owned.stat().st_gid) == OWNER
    added = install_dir(root) / "bin" / "DRMSOfflineEnrollment.dll"  # new in SP1
    assert _mode(added) == 0o644  # its folder's (0755) without execute, whatever the umask
    assert all(_mode(p) == 0o700 for p in _folders_below(state_dir(root)))

    uninstall_sp1(
        root,
        restore_config_db=prepared.backup,
        password=SecretStr(prepared.password),
        faults=FaultPlan(None),
    )
    assert_exactly(root, prepared, "1.0")
    assert {p.name: oct(_mode(p)) for p in _private_files(root)} == {
        p.name: "0o600" for p in _private_files(root)
    }
    assert (owned.stat().st_uid, owned.stat().st_gid) == OWNER


def test_the_database_keeps_its_mode_when_a_failed_update_puts_it_back(
    prepared: Prepared, tmp_path: Path, umask: int
) -> None:
    """A failure after the migration: the database comes back from its safety copy, which was
    made with the original's mode and owner."""
    root = prepared.copy("v1", tmp_path / "s")
    os.chmod(config_db(root), 0o600)
    os.chown(config_db(root), *OWNER)
    with pytest.raises(RmsError):
        apply_update(
            root,
            backup_dir=prepared.backup,
            password=SecretStr(prepared.password),
            faults=FaultPlan("fail-at-step:18"),  # the step after the migration (17)
        )
    assert_exactly(root, prepared, "1.0")
    st = config_db(root).stat()
    assert (oct(stat.S_IMODE(st.st_mode)), st.st_uid, st.st_gid) == (oct(0o600), *OWNER)
