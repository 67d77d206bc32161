"""Real disk faults for the engine and CLI tests (root only; CI runs as root).

* :func:`small_tmpfs`: a tmpfs of a given size, and :func:`fill_to` to leave exactly so many
  bytes free on it;
* :func:`read_only_bind`: a folder made read-only by a read-only bind mount of itself;
* :func:`immutable`: ``chattr +i`` on files or folders;
* :func:`tree_hash`: one digest of everything below a folder (names, kinds, modes, contents,
  link targets), to prove nothing outside an install changed.

Every context manager undoes what it did in a ``finally``, also when the test fails.
"""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _run(*cmd: str | Path) -> None:
    subprocess.run([str(c) for c in cmd], check=True, capture_output=True, text=True)


@contextmanager
def small_tmpfs(mount_point: Path, size: int) -> Iterator[Path]:
    """A tmpfs of ``size`` bytes at ``mount_point`` (made if missing), unmounted afterwards."""
    mount_point.mkdir(parents=True, exist_ok=True)
    _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", mount_point)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False, capture_output=True)


def free_bytes(folder: Path) -> int:
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize


def fill_to(folder: Path, free: int) -> Path:
    """Leave about ``free`` bytes (rounded down to whole blocks) free on ``folder``'s file
    system with one filler file, returned (delete it to give the space back)."""
    filler = folder / "filler"
    filler.unlink(missing_ok=True)  # an earlier filler's space counts as free
    block = os.statvfs(folder).f_frsize
    take = max(0, free_bytes(folder) - free // block * block)
    with filler.open("wb") as handle:
        if take:
            os.posix_fallocate(handle.fileno(), 0, take)
    assert abs(free_bytes(folder) - free // block * block) <= block, free_bytes(folder)
    return filler


@contextmanager
def read_only_bind(folder: Path) -> Iterator[Path]:
    """``folder`` read-only (a read-only bind mount of itself) until the block ends."""
    _run("mount", "--bind", folder, folder)
    try:
        _run("mount", "-o", "remount,bind,ro", folder)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


def set_immutable(*paths: Path, on: bool = True) -> None:
    _run("chattr", "+i" if on else "-i", *paths)


@contextmanager
def immutable(*paths: Path) -> Iterator[None]:
    """``chattr +i`` on ``paths`` until the block ends (``chattr -i`` then, whatever happened)."""
    set_immutable(*paths)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *map(str, paths)], check=False, capture_output=True)


def tree_hash(folder: Path) -> str:
    """One SHA-256 over every path below ``folder``: name, kind, mode, and content or target."""
    digest = hashlib.sha256()
    for dirpath, dirnames, filenames in sorted(os.walk(folder, followlinks=False)):
        dirnames.sort()
        for name in sorted([*dirnames, *filenames]):
            path = Path(dirpath) / name
            st = path.lstat()
            digest.update(f"{path.relative_to(folder)}\0{st.st_mode:o}\0".encode())
            if stat.S_ISLNK(st.st_mode):
                digest.update(os.readlink(path).encode())
            elif stat.S_ISREG(st.st_mode):
                digest.update(path.read_bytes())
    return digest.hexdigest()
