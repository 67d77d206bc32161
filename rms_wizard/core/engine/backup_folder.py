"""The backup folder, held open while the backup is written into it.

The admin's backup folder is usually outside the install, and anyone who can write where it lives
could swap it for a link to somewhere else while the backup is being written. So it is opened once,
when the backup starts, with ``O_DIRECTORY | O_NOFOLLOW`` (a link already in its place is refused),
and every file is created, renamed and, on failure, removed relative to that descriptor: the
backup goes only into the folder that was chosen and checked. Before the backup is reported
written, the folder's name must still lead to that folder (:meth:`HeldFolder.still_there`);
otherwise what was written is removed and the backup refused, in one line.

Where the OS has no ``dir_fd`` (Windows) the files are written by full path, as before.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
from pathlib import Path

from ..common.dir_fd import HAS_DIR_FD
from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from .staged_content import database_image

_FOLDER = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_BINARY", 0)
_READ = os.O_RDONLY | _NOFOLLOW | getattr(os, "O_BINARY", 0)


def replaced_error(folder: Path) -> BadInputError:
    return BadInputError(
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The backup folder %1 was replaced (by a link or another folder) while the backup "
                "was written: the backup was not kept. Choose the folder again and make a new "
                "backup.",
            ),
            folder,
        )
    )


class HeldFolder:
    """``path`` (a folder that exists) opened once; files written at its descriptor."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None
        self.written: list[str] = []
        if HAS_DIR_FD:
            try:
                self.fd = os.open(path, _FOLDER | _NOFOLLOW)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise replaced_error(path) from None
                raise
            self._id = _identity(os.fstat(self.fd))

    def _at(self, name: str) -> tuple[str, int | None]:
        if self.fd is None:
            return os.path.join(self.path, name), None
        return name, self.fd

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def still_there(self) -> bool:
        """The folder's name still leads to the folder held open (not a link, not another)."""
        if self.fd is None:
            return True
        try:
            return _identity(os.lstat(self.path)) == self._id
        except OSError:
            return False

    def _write(self, name: str, chunks: list[bytes] | None, source: int | None = None) -> None:
        """``name`` written from ``chunks`` (or the descriptor ``source``) beside it, flushed,
        then renamed into place: never a half-written file under its real name."""
        tmp = name + ".tmp"
        self.written += [tmp, name]
        where, fd = self._at(tmp)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(where, dir_fd=fd)
        out = os.open(where, _NEW, 0o600, dir_fd=fd)
        try:
            with open(out, "wb", closefd=False) as writer:
                if source is not None:
                    with open(source, "rb", closefd=False) as reader:
                        shutil.copyfileobj(reader, writer)
                for chunk in chunks or []:
                    writer.write(chunk)
            os.fsync(out)
        finally:
            os.close(out)
        final, _ = self._at(name)
        os.rename(where, final, src_dir_fd=fd, dst_dir_fd=fd)

    def copy_file(self, source: Path, name: str) -> None:
        src = os.open(source, _READ)
        try:
            self._write(name, None, src)
        finally:
            os.close(src)

    def copy_database(self, source: Path, name: str) -> None:
        """A self-contained copy of the database ``source`` (SQLite's backup API)."""
        self._write(name, [database_image(source)])

    def write_bytes(self, name: str, data: bytes) -> None:
        self._write(name, [data])

    def sha256_and_size(self, name: str) -> tuple[str, int]:
        where, fd = self._at(name)
        handle = os.open(where, _READ, dir_fd=fd)
        digest, size = hashlib.sha256(), 0
        with open(handle, "rb") as reader:
            while chunk := reader.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
        return digest.hexdigest(), size

    def sync(self) -> None:
        """The names written are on disk (POSIX: the folder flushed)."""
        if self.fd is not None:
            os.fsync(self.fd)

    def discard(self, *, remove_folder: bool) -> None:
        """Remove what was written here (at the descriptor: nothing elsewhere), and the folder
        itself when the backup made it and its name still leads to it."""
        for name in self.written:
            where, fd = self._at(name)
            with contextlib.suppress(OSError):
                os.unlink(where, dir_fd=fd)
        if remove_folder and self.still_there():
            with contextlib.suppress(OSError):
                os.rmdir(self.path)


def _identity(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def discard_backup(folder: Path, names: list[str], *, remove_folder: bool) -> None:
    """Remove a backup just written to ``folder`` (its ``names``), never through a link: a
    ``folder`` that has become a link is left alone."""
    try:
        held = HeldFolder(folder)
    except (OSError, BadInputError):
        return
    try:
        held.written = [*names, *(n + ".tmp" for n in names)]
        held.discard(remove_folder=False)
    finally:
        held.close()
    if remove_folder and not os.path.islink(folder):
        with contextlib.suppress(OSError):
            os.rmdir(folder)


__all__ = ["HeldFolder", "discard_backup", "replaced_error"]
