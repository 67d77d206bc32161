"""The path checks themselves (issue 12, item 2): a link anywhere in a path, a file where a folder
must be, and the wizard's tidy-up of its own empty folders, which never follows a link."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from faultfs import tree_hash

from rms_wizard.core.common.paths import state_dir
from rms_wizard.core.common.safe_paths import (
    UnsafePathError,
    check_paths,
    make_private_dirs,
    unsafe_part,
)
from rms_wizard.core.engine.locked_run import locked


def test_unsafe_part_finds_the_first_link_or_file_in_the_way(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "file").write_text("x")
    (root / "a" / "link").symlink_to(tmp_path, target_is_directory=True)
    (root / "a" / "b" / "last").symlink_to(tmp_path / "nowhere")
    base = os.fspath(root)
    assert unsafe_part(base, "a/b/c/d") is None  # missing below b: nothing to follow
    assert unsafe_part(base, "a/link/x") == "a/link"
    assert unsafe_part(base, "a/link") == "a/link"  # the last part counts too
    assert unsafe_part(base, "a/b/last") == "a/b/last"  # even a dangling link
    assert unsafe_part(base, "a/file/x") == "a/file"
    assert unsafe_part(base, "a/file") is None


def test_owned_paths_must_be_in_the_state_folder(tmp_path: Path) -> None:
    with pytest.raises(UnsafePathError, match="may have been altered"):
        check_paths(os.fspath(tmp_path), [], ["drive_c/RMSData"])
    check_paths(os.fspath(tmp_path), [], [".rms-wizard/staging/x"])


def test_private_folders_are_0700_and_never_made_through_a_link(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        make_private_dirs(os.fspath(tmp_path), ".rms-wizard/staging/x")
    finally:
        os.umask(old)
    for rel in (".rms-wizard", ".rms-wizard/staging", ".rms-wizard/staging/x"):
        assert (tmp_path / rel).stat().st_mode & 0o777 == 0o700
    (tmp_path / ".rms-wizard" / "rollback").symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(UnsafePathError):
        make_private_dirs(os.fspath(tmp_path), ".rms-wizard/rollback/SP1")


def test_the_tidy_up_of_empty_state_folders_does_not_follow_a_link(tmp_path: Path) -> None:
    root, out = tmp_path / "root", tmp_path / "outside"
    (out / "empty" / "deeper").mkdir(parents=True)
    state_dir(root).mkdir(parents=True)
    (state_dir(root) / "rollback").symlink_to(out, target_is_directory=True)
    before = tree_hash(out)
    with locked(root, "backup"):
        pass
    assert tree_hash(out) == before
    assert (out / "empty" / "deeper").is_dir()
