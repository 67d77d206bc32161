"""Folders opened from the root never through a link, in one ``openat2`` call (Linux 5.6+) or
part by part (elsewhere, or where openat2 is refused): the same answers either way."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rms_wizard.core.common import dir_fd
from rms_wizard.core.common.safe_paths import UnsafePathError

MODES = ["openat2", "part-by-part"] if dir_fd._OPENAT2 is not None else ["part-by-part"]


@pytest.fixture(params=MODES)
def files(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    if request.param == "part-by-part":
        monkeypatch.setattr(dir_fd, "_OPENAT2", None)
    root = tmp_path / "root"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "file").write_text("x")
    (tmp_path / "outside").mkdir()
    (root / "a" / "link").symlink_to(tmp_path / "outside", target_is_directory=True)
    (tmp_path / "root-link").symlink_to(root, target_is_directory=True)
    return dir_fd.RootedFiles(os.fspath(root)), tmp_path


def test_a_real_folder_opens(files) -> None:  # type: ignore[no-untyped-def]
    rooted, _ = files
    rooted.write_bytes("a/b/new.txt", b"hello")
    assert rooted.stat("a/b/new.txt").st_size == 5


@pytest.mark.parametrize("rel", ["a/link/x", "a/link/deeper/x", "a/file/x"])
def test_a_link_or_a_file_on_the_way_is_refused_and_named(files, rel: str) -> None:  # type: ignore[no-untyped-def]
    rooted, tmp_path = files
    with pytest.raises(UnsafePathError) as info:
        rooted.write_bytes(rel, b"no")
    assert rel.split("/")[1] in str(info.value.message)
    assert list((tmp_path / "outside").iterdir()) == []


def test_a_missing_folder_is_missing(files) -> None:  # type: ignore[no-untyped-def]
    rooted, _ = files
    with pytest.raises(FileNotFoundError):
        rooted.write_bytes("a/nothing/x", b"no")


def test_the_root_itself_may_be_reached_through_a_link(files) -> None:  # type: ignore[no-untyped-def]
    _, tmp_path = files
    rooted = dir_fd.RootedFiles(os.fspath(tmp_path / "root-link"))
    rooted.write_bytes("a/b/via-link.txt", b"ok")
    assert (tmp_path / "root" / "a" / "b" / "via-link.txt").read_bytes() == b"ok"
