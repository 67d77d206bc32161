"""The install-wide lock: one run at a time changes an install, from before it looks until it ends.

It has two parts:

* the **OS lock**, which does the excluding. On POSIX an exclusive ``flock`` on the install folder
  itself (opened for reading): the folder outlives every run, so a run that ends and a run that
  starts never race over a lock file that one removes while the other opens it. On Windows, where
  a folder cannot be locked, ``msvcrt.locking`` on a byte of the lock file. The kernel drops the
  lock when its holder dies, however it dies; and a lock taken on another thread of this process
  (the GUI's workers) excludes too, since each lock is its own open file.
* the **record** ``.rms-wizard/lock`` (JSON: pid, host, operation, start time, a token), written
  before the run's first change (:meth:`InstallLock.write_record`): who is changing the install,
  for a clear "another run" message. A record nobody holds the OS lock for was left by a run that
  was changing the install and did not end (killed, power lost): ``recover`` first.

A run that only looked (or was refused) writes nothing at all, so it leaves nothing behind, not
even a changed folder time. The record is removed before the OS lock is let go, so while a run
holds the OS lock any record it finds is stale. A run that cannot write the record (a full disk)
still holds the OS lock, and leaves no half-written record behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from ..common.dir_fd import RootedFiles
from ..common.messages import (
    QT_TRANSLATE_NOOP,
    BadInputError,
    InterruptedStateError,
    msg,
    os_error_message,
)
from ..common.paths import STATE_DIR_NAME, state_dir
from ..common.safe_paths import PRIVATE_DIR_MODE, UnsafePathError
from .file_steps import make_private_dirs

LOCK_NAME = "lock"
_RECORD_REL = f"{STATE_DIR_NAME}/{LOCK_NAME}"
#: How long a run waits for a lock that is taken for a moment only -- another run's look in
#: detection (:meth:`InstallLock.holder_alive`), a run that is just ending -- before it says that
#: another run is changing the install.
BUSY_WAIT_S = 0.5
_BUSY_POLL_S = 0.02
_PROBES = 3
#: Windows: the byte of the lock file that is locked, far past the record (a locked range cannot
#: be read by others, and the record must stay readable).
_WINDOWS_LOCK_OFFSET = 1 << 30
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

_this_thread = threading.local()


def _roots_held_here() -> set[tuple[int, int]]:
    """The install folders (device, inode) whose lock a run on this thread holds."""
    held: set[tuple[int, int]] | None = getattr(_this_thread, "roots", None)
    if held is None:
        held = _this_thread.roots = set()
    return held


def _folder_id(root: Path) -> tuple[int, int]:
    st = os.stat(root)
    return st.st_dev, st.st_ino


def _unlockable(exc: OSError) -> BadInputError:
    return BadInputError(
        msg(
            QT_TRANSLATE_NOOP("core", "The install folder cannot be locked against other runs: %1"),
            os_error_message(exc),
        )
    )


def tighten_state_dir(files: RootedFiles) -> None:
    """Make an existing state folder owner-only (one an earlier version or a wide umask left
    open), through its own descriptor; called with the install lock held."""
    if os.name != "posix":
        return
    fd = files.open(STATE_DIR_NAME, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        if stat.S_IMODE(os.fstat(fd).st_mode) != PRIVATE_DIR_MODE:
            os.fchmod(fd, PRIVATE_DIR_MODE)
    finally:
        os.close(fd)


class _OsLock:
    """One exclusive OS lock, taken without waiting; see the module's description."""

    def __init__(self, root: Path, record: Path) -> None:
        self.root = root
        self.record = record
        self._fd: int | None = None
        self.made_folder = False  # Windows: the state folder was made to hold the lock file

    def try_lock(self) -> bool:
        """Take the lock; False when someone holds it. Other failures raise OSError."""
        if sys.platform == "win32":
            return self._try_lock_file()
        import fcntl

        fd = os.open(self.root, os.O_RDONLY | _CLOEXEC | getattr(os, "O_DIRECTORY", 0))
        return self._keep_if_locked(
            fd, lambda: fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB), BlockingIOError
        )

    def _try_lock_file(self) -> bool:
        import msvcrt

        if not self.record.parent.is_dir():
            self.record.parent.mkdir()
            self.made_folder = True
        fd = os.open(self.record, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)

        def lock() -> None:
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]

        # PermissionError: locked by another handle (EACCES / EDEADLOCK)
        return self._keep_if_locked(fd, lock, PermissionError)

    def _keep_if_locked(self, fd: int, lock: Callable[[], None], taken: type[OSError]) -> bool:
        """Run ``lock`` on the open ``fd``: keep ``fd`` when it locked, close it when someone
        else holds the lock (``taken``: False) or on any other failure (raised)."""
        try:
            lock()
        except taken:
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    def unlock(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        finally:
            os.close(fd)  # closing lets go of the lock in any case


class InstallLock:
    """The install-wide lock of ``root``: one change at a time (see the module's description)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = state_dir(root) / LOCK_NAME
        self._files = RootedFiles(os.fspath(root))
        self.held = False
        self.token = uuid.uuid4().hex
        self._os = _OsLock(root, self.path)
        self._folder: tuple[int, int] | None = None
        self._operation = ""
        self._record_here = False  # ours, or a stale one taken over: removed on release
        self._recorded_by_us = False

    # ---- looking (no lock taken for long)

    def holder(self) -> dict[str, object] | None:
        """The record: None when there is none, ``{}`` when it is empty or unreadable."""
        try:
            data = json.loads(self.path.read_bytes().decode("utf-8"))
        except (OSError, ValueError):
            return {} if os.path.lexists(self.path) else None
        return data if isinstance(data, dict) else {}

    def held_on_this_thread(self) -> bool:
        """A run on this very thread holds the lock of this install: its own record is not a
        sign of another run (detection inside a locked run looks at its own install)."""
        try:
            return _folder_id(self.root) in _roots_held_here()
        except OSError:
            return False

    def holder_alive(self) -> bool:
        """Another run holds the lock right now (this thread's own run does not count)."""
        if self.held_on_this_thread():
            return False
        if sys.platform == "win32" and not os.path.lexists(self.path):
            return False  # the lock file is the lock there: none, nobody holds it
        # Another look like this one takes the lock for an instant too: held all along is a run.
        for attempt in range(_PROBES):
            probe = _OsLock(self.root, self.path)
            try:
                if probe.try_lock():
                    probe.unlock()
                    return False
            except OSError:
                return False  # a folder that cannot be locked: no run can hold it either
            if attempt + 1 < _PROBES:
                time.sleep(_BUSY_POLL_S)
        return True

    # ---- holding

    def acquire(
        self, operation: str, *, take_over_stale: bool = False, wait_s: float = BUSY_WAIT_S
    ) -> None:
        """Take the OS lock, or refuse: another run is working (exit 2), or a stale record says
        an earlier run was interrupted (exit 4; ``recover`` takes it over). Writes nothing."""
        deadline = time.monotonic() + wait_s
        while True:
            try:
                if self._os.try_lock():
                    break
            except OSError as exc:
                raise _unlockable(exc) from None
            if time.monotonic() >= deadline:
                raise self._busy_error()
            time.sleep(_BUSY_POLL_S)
        try:
            self._folder = _folder_id(self.root)
            if self._record_left_behind():
                if not take_over_stale:
                    raise InterruptedStateError(
                        msg(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "A previous run on this install was interrupted. Run recover "
                                "first.",
                            )
                        )
                    )
                self._record_here = True
        except BaseException:
            self._os.unlock()
            raise
        self.held = True
        self._operation = operation
        _roots_held_here().add(self._folder)

    def _record_left_behind(self) -> bool:
        if sys.platform != "win32":
            return os.path.lexists(self.path)
        # Windows: the lock file is created to be locked, so an empty one is this run's (or one
        # that was killed before it wrote anything, and so changed nothing).
        try:
            return self.path.stat().st_size > 0 and self.holder() != {"released": True}
        except OSError:
            return False

    def _busy_error(self) -> BadInputError:
        pid = (self.holder() or {}).get("pid")
        if isinstance(pid, int):
            return BadInputError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Another run (process %1) is changing this install. Wait until it has "
                        "finished.",
                    ),
                    pid,
                )
            )
        return BadInputError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "Another run is changing this install. Wait until it has finished."
                )
            )
        )

    def write_record(self) -> None:
        """Before the run's first change (once): name this run in the record."""
        if not self.held or self._recorded_by_us:
            return
        self._record_here = self._recorded_by_us = True
        record = json.dumps(
            {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "operation": self._operation,
                "started": time.time(),
                "token": self.token,
            }
        ).encode()
        # At the state folder opened from the root, never through a link (:mod:`.dir_fd`): a
        # ``.rms-wizard`` swapped for one gets no record written (the run fails in one line).
        try:
            make_private_dirs(self._files, STATE_DIR_NAME)  # owner-only, whatever the umask
            tighten_state_dir(self._files)
            self._files.write_bytes(_RECORD_REL, record, durable=True)
        except OSError:
            # A full or read-only disk: the OS lock alone keeps other runs out, and a record
            # that was not written whole must not stay behind as the sign of an interrupted run.
            if sys.platform != "win32":
                with contextlib.suppress(OSError, UnsafePathError):
                    self._files.unlink(_RECORD_REL)

    def release(self, tidy: Callable[[], None] | None = None) -> None:
        """Remove the record, run ``tidy`` (e.g. remove the emptied state folder) while no other
        run can start, then let go of the OS lock. A run that wrote no record (it changed
        nothing) touches nothing here."""
        if not self.held:
            return
        if not self._record_here:
            tidy = None  # a run that changed nothing leaves the install as it found it
        try:
            if sys.platform == "win32":
                self._mark_released()
            elif self._record_here:
                # Not removable (the disk turned read-only): the next run finds it and asks for
                # recover, which is right -- this run's outcome is reported by the run itself.
                with contextlib.suppress(OSError, UnsafePathError):  # (never through a link)
                    self._files.unlink(_RECORD_REL)
            if tidy is not None and sys.platform != "win32":
                tidy()
        finally:
            self._os.unlock()
            self.held = self._record_here = self._recorded_by_us = False
            if self._folder is not None:
                _roots_held_here().discard(self._folder)
        if sys.platform == "win32":
            # Only now can the file go. A run that has it open meanwhile removes it itself.
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            if tidy is not None:
                tidy()
            elif self._os.made_folder:
                with contextlib.suppress(OSError):
                    os.rmdir(self.path.parent)

    def _mark_released(self) -> None:
        """Windows: a file cannot be removed while it is open, so first say in it that the run
        ended (a run that opens it between unlock and removal then knows it is not stale)."""
        with contextlib.suppress(OSError), open(self.path, "r+b") as handle:
            handle.truncate(0)
            handle.write(b'{"released": true}')


__all__ = ["BUSY_WAIT_S", "LOCK_NAME", "InstallLock"]
