"""Making a transaction's work durable: the staged content, and the folders its steps changed.

Before the commit point everything the earlier steps did must be on disk, or a crash could leave
a recorded new version over files that never reached it: the staged files (flushed by
:class:`StagedFlush` while the file steps run) and every name the file steps moved or linked
(:func:`flush_folders`).
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from ..common.atomic import fsync_dir
from .step_models import PutFile, Step


def _fsync_dir(path: Path) -> None:
    """A folder that is gone (a cleanup or an undo removed it) has nothing left to make durable;
    any other failure to flush is an error (the disk did not take it)."""
    with contextlib.suppress(FileNotFoundError):
        fsync_dir(path)


def _libc_syncfs() -> Callable[[int], None] | None:
    """Linux's ``syncfs(fd)``, raising OSError as os functions do; None where there is none."""
    try:
        import ctypes

        syncfs = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError, ImportError):
        return None

    def call(fd: int) -> None:
        if syncfs(fd) != 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code))

    return call


_SYNCFS = _libc_syncfs() if sys.platform.startswith("linux") else None


def sync_file_system(folder: Path) -> None:
    """Write everything cached for the file system that holds ``folder`` to disk, and wait.

    Linux's ``syncfs`` flushes that file system only (not a slow or hung other mount) and
    reports a failed write; elsewhere ``os.sync`` flushes them all.
    """
    if _SYNCFS is None:
        os.sync()
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        _SYNCFS(fd)
    finally:
        os.close(fd)


class StagedFlush:
    """Makes staged content durable before the commit point.

    Where the OS has ``sync`` it runs on a helper thread, so the data reaches the disk while the
    file steps swap names; :meth:`wait` (before the commit step) blocks until it has. Elsewhere
    (Windows) every staged file is flushed at once, before any step can move it away.
    """

    def __init__(self, folder: Path) -> None:
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        if hasattr(os, "sync"):
            self._thread = threading.Thread(
                target=self._sync, args=(folder,), name="rms-wizard-flush", daemon=True
            )
            self._thread.start()
        else:
            for dirpath, _dirnames, filenames in os.walk(folder):
                for name in filenames:
                    with open(os.path.join(dirpath, name), "rb+") as handle:
                        os.fsync(handle.fileno())

    def _sync(self, folder: Path) -> None:
        try:
            sync_file_system(folder)
        except BaseException as exc:  # raised on the transaction's thread by wait()
            self._error = exc

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error


def flush_folders(steps: list[Step], path_of: Callable[[str], str]) -> None:
    """Flush every folder the file steps among ``steps`` created, moved a name into or out
    of, or kept an original in -- and the folders above them, up to the root, so a new
    folder is recorded in its parent. The rollback store's folders go first: the originals
    must be safe before the install's new names are."""
    kept: set[str] = set()
    other: set[str] = set()
    for step in steps:
        if not isinstance(step, PutFile):
            continue
        if step.displaced:
            kept.add(step.displaced.rpartition("/")[0])
        for rel in (step.target, step.source):
            if rel:
                other.add(rel.rpartition("/")[0])
        other.update(step.created_dirs)
    ordered: list[str] = []
    seen: set[str] = set()
    for group in (kept, other):
        for rel in sorted(group, key=lambda r: (-r.count("/"), r)):  # deepest first
            while rel not in seen:
                seen.add(rel)
                ordered.append(rel)
                if not rel:
                    break
                rel = rel.rpartition("/")[0]
    for rel in ordered:
        _fsync_dir(Path(path_of(rel)))


__all__ = ["StagedFlush", "flush_folders", "sync_file_system"]
