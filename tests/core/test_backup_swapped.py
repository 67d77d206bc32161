"""The admin's backup folder (outside the install) swapped for a link while the backup is written
(issue 12, outside attack): nothing is written into, or removed from, where the link leads; the
backup goes only into the folder that was chosen and checked, or is refused in one line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from enginekit import Templates, password_of
from faultfs import tree_hash
from pydantic import SecretStr

from rms_wizard.core.common.messages import RmsError
from rms_wizard.core.common.progress import ProgressEvent
from rms_wizard.core.engine.backup import backup_and_verify, make_backup
from rms_wizard.core.engine.detect import detect_install

PASSWORD = SecretStr(password_of("single-server-v1"))


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("backup-swapped"))


def _outside(tmp_path: Path) -> Path:
    """Where the link leads: a folder of the attacker's choice, with a backup's names in it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    for name in ("DRMS_Config.db", "ServerPrivateKey.pem", "backup.json", "unrelated.txt"):
        (outside / name).write_text(f"not the wizard's: {name}\n")
    return outside


@pytest.mark.parametrize("at", [1, 2, 3])
@pytest.mark.parametrize("made", [True, False], ids=["folder-made-by-backup", "empty-folder"])
def test_a_backup_folder_swapped_for_a_link_mid_backup_writes_nothing_there(
    templates: Templates, tmp_path: Path, at: int, made: bool
) -> None:
    """Swapped just before the ``at``-th item is copied: the run is refused in one line,
    nothing where the link leads changes, and the real folder keeps no half backup."""
    root = templates.copy("single-server-v1", tmp_path / "server")
    outside = _outside(tmp_path)
    before = tree_hash(outside)
    dest, aside = tmp_path / "chosen" / "backup", tmp_path / "aside"
    if not made:
        dest.mkdir(parents=True)

    def progress(event: ProgressEvent) -> None:
        if event.step == at and not aside.exists() and event.path:
            os.rename(dest, aside)
            dest.symlink_to(outside, target_is_directory=True)

    with pytest.raises(RmsError) as info:
        make_backup(
            detect_install(root),
            dest,
            include_logging_db=True,
            password=PASSWORD,
            progress=progress,
        )
    text = str(info.value.message)
    assert "\n" not in text and "replaced" in text
    assert aside.exists(), "the attack never ran"
    assert tree_hash(outside) == before
    assert dest.is_symlink()  # the attacker's link is left as it is
    # what was written went into the folder chosen, and was taken away again
    assert sorted(p.name for p in aside.iterdir()) == []


def test_a_backup_folder_that_is_a_link_when_opened_is_refused(
    templates: Templates, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder checked, then swapped for a link before the backup opens it: refused, and
    nothing is written where the link leads."""
    import rms_wizard.core.engine.backup as backup

    root = templates.copy("single-server-v1", tmp_path / "server")
    outside = _outside(tmp_path)
    before = tree_hash(outside)
    dest = tmp_path / "backup"
    real_chmod = os.chmod

    def chmod_then_swap(path: object, mode: int, **kwargs: object) -> None:
        real_chmod(path, mode, **kwargs)  # type: ignore[arg-type]
        if Path(str(path)) == dest and not dest.is_symlink():
            os.rename(dest, tmp_path / "aside")
            dest.symlink_to(outside, target_is_directory=True)

    monkeypatch.setattr(backup.os, "chmod", chmod_then_swap)
    with pytest.raises(RmsError):
        make_backup(detect_install(root), dest, include_logging_db=True, password=PASSWORD)
    assert tree_hash(outside) == before


def test_a_backup_that_fails_its_check_after_a_swap_removes_nothing_through_the_link(
    templates: Templates, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written whole, then the folder swapped for a link before the check reads it: the check
    fails, and removing the failed backup removes nothing where the link leads."""
    import rms_wizard.core.engine.backup as backup

    root = templates.copy("single-server-v1", tmp_path / "server")
    outside = _outside(tmp_path)
    before = tree_hash(outside)
    dest = tmp_path / "backup"
    dest.mkdir()  # chosen empty: a failed backup's files are removed from it one by one
    real_verify = backup.verify_backup

    def swap_then_verify(folder: Path, *args: object, **kwargs: object) -> object:
        os.rename(dest, tmp_path / "aside")
        dest.symlink_to(outside, target_is_directory=True)
        return real_verify(folder, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "verify_backup", swap_then_verify)
    with pytest.raises(RmsError):
        backup_and_verify(detect_install(root), dest, include_logging_db=True, password=PASSWORD)
    assert tree_hash(outside) == before
