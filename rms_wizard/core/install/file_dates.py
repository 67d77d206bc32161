"""When a file was created and last modified: what Windows Installer's dates rule compares.

Windows keeps a creation time (``st_ctime`` there); BSD and macOS expose it as ``st_birthtime``;
Linux keeps it on most file systems (ext4, btrfs, xfs) but Python 3.11 does not expose it, so it is
read with ``statx(2)``. Where none is known the creation time is None, and the dates rule keeps the
file (it cannot tell that nobody changed it).
"""

from __future__ import annotations

import ctypes
import functools
import os
import struct
import sys
from collections.abc import Callable
from pathlib import Path

from .models import InstallState

_AT_FDCWD = -100
_STATX_BTIME = 0x800
_STATX_SIZE = 256  # struct statx is 256 bytes
_BTIME_AT = 80  # offset of stx_btime: a 64-bit second count, then 32-bit nanoseconds


@functools.cache
def _statx() -> Callable[..., int] | None:
    """glibc's ``statx`` (2.28 and later), or None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
    function: Callable[..., int] | None = getattr(libc, "statx", None)
    return function


def _linux_birth_time(path: Path) -> float | None:
    statx = _statx()
    if statx is None:
        return None
    buffer = ctypes.create_string_buffer(_STATX_SIZE)
    if statx(_AT_FDCWD, os.fsencode(path), 0, _STATX_BTIME, buffer) != 0:
        return None
    if not struct.unpack_from("<I", buffer.raw, 0)[0] & _STATX_BTIME:
        return None  # the file system keeps no creation time
    seconds, nanoseconds = struct.unpack_from("<qI", buffer.raw, _BTIME_AT)
    return float(seconds + nanoseconds / 1e9)


def file_dates(path: Path) -> tuple[float | None, float]:
    """(created, last modified) of ``path`` in POSIX time; created None when not known."""
    status = os.stat(path)
    created: float | None = getattr(status, "st_birthtime", None)
    if created is None and os.name == "nt":
        created = status.st_ctime  # the creation time on Windows
    if created is None:
        created = _linux_birth_time(path)
    return created, status.st_mtime


def with_file_dates(state: InstallState, install_dir: Path) -> InstallState:
    """``state`` with the dates of its unversioned files read (what the dates rule needs); the
    versioned ones are decided by version and left as they are."""
    files = []
    for item in state.files:
        if item.version is None:
            created, modified = file_dates(install_dir.joinpath(*item.path.split("/")))
            item = item.model_copy(update={"created": created, "modified": modified})
        files.append(item)
    return state.model_copy(update={"files": files})
