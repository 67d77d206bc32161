"""Can a backup be written to the folder the admin chose? Asked before the backup starts, so that a
read-only disk, an immutable folder or a missing permission is one plain sentence about *that*
folder -- with the system's reason -- and the admin can pick another, instead of an "unexpected
problem" half-way through the backup.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg, os_error_message

T = TypeVar("T")


def cannot_write(folder: Path, exc: OSError) -> BadInputError:
    """The error for a backup folder that cannot be written, with the system's reason."""
    return BadInputError(
        msg(
            QT_TRANSLATE_NOOP(
                "core", "Setup cannot write to the folder %1: %2. Choose another folder."
            ),
            folder,
            os_error_message(exc),
        )
    )


def check_backup_destination(dest: Path) -> None:
    """Raise :func:`cannot_write`'s error unless a file can be made in ``dest`` -- or, when it is
    absent, in the nearest folder above it that exists (where the backup would make it). Leaves
    nothing behind."""
    if dest.exists() and not dest.is_dir():
        raise cannot_write(dest, NotADirectoryError(errno.ENOTDIR, "not a folder", str(dest)))
    existing = next((folder for folder in (dest, *dest.parents) if folder.is_dir()), None)
    if existing is None:
        raise cannot_write(dest, FileNotFoundError(errno.ENOENT, "no such folder", str(dest)))
    try:
        handle, probe = tempfile.mkstemp(prefix=".rms-write-check-", dir=existing)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        raise cannot_write(dest, exc) from None


def writing_to(dest: Path, work: Callable[[], T]) -> T:
    """Run ``work`` (the backup into ``dest``) after :func:`check_backup_destination`; an
    operating-system error about a file inside ``dest`` becomes the same plain error."""
    check_backup_destination(dest)
    try:
        return work()
    except OSError as exc:
        name = exc.filename if isinstance(exc.filename, str) else None
        if name is not None and _inside(Path(name), dest):
            raise cannot_write(dest, exc) from None
        raise


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (OSError, ValueError):
        return False
    return True


__all__ = ["cannot_write", "check_backup_destination", "writing_to"]
