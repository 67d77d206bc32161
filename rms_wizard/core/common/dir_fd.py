"""File operations below an install root that a folder swapped mid-run cannot redirect.

:mod:`.safe_paths` checks every path before a run starts; but a run takes seconds to minutes, and
a folder checked then may be replaced by a link to somewhere outside the install a moment later.
So the file steps do not name their files by full path: each operation opens the folders from the
root part by part, every part with ``O_NOFOLLOW | O_DIRECTORY`` relative to the folder above it,
and then creates, renames, links or removes by name relative to the last folder's descriptor
(``dir_fd``). A part that has become a link (or a file) fails the open, and with it the step, in
one line (:func:`swapped_error`); the transaction then rolls back.

Where the OS has no ``dir_fd`` (Windows: ``os.supports_dir_fd`` lacks these calls) each part is
looked at with ``lstat`` just before the operation instead, with full paths: a narrower window,
not a closed one, but all that the platform's Python offers.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from .messages import QT_TRANSLATE_NOOP, msg
from .safe_paths import UnsafePathError, unsafe_part

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_FOLDER_FLAGS = os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC
#: The calls used relative to a folder's descriptor; all of them must take one.
HAS_DIR_FD = bool(_NOFOLLOW and _DIRECTORY) and all(
    call in os.supports_dir_fd
    for call in (os.open, os.rename, os.unlink, os.link, os.stat, os.mkdir, os.rmdir)
)
#: What opening a part that is a link (or a file) says: ELOOP from O_NOFOLLOW, ENOTDIR from
#: O_DIRECTORY (some systems say ENOTDIR for a link too).
_NOT_A_FOLDER = {errno.ELOOP, errno.ENOTDIR, getattr(errno, "EMLINK", errno.ELOOP)}


def swapped_error(rel: str) -> UnsafePathError:
    return UnsafePathError(
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "%1 became a link or stopped being a folder while the run was under way: the "
                "wizard wrote nothing through it (it could lead outside the install). Put the "
                "ordinary folder back, then run the command again.",
            ),
            rel,
        )
    )


def _parts(rel: str) -> list[str]:
    return rel.split("/") if rel else []


def _split(rel: str) -> tuple[list[str], str]:
    parts = rel.split("/")
    return parts[:-1], parts[-1]


@contextlib.contextmanager
def folder_fd(root: str, parts: list[str]) -> Iterator[int]:
    """The descriptor of the folder ``root/parts...`` (:func:`open_folder`), closed after."""
    fd = open_folder(root, parts)
    try:
        yield fd
    finally:
        os.close(fd)


def open_folder(root: str, parts: list[str]) -> int:
    """A new descriptor of the folder ``root/parts...``, opened part by part, never through a
    link (:func:`swapped_error`); a missing part raises :class:`FileNotFoundError`. The root
    itself is the admin's choice and may be reached through a link.

    Where Linux has ``openat2`` the whole path is opened in one call that refuses every link
    on the way (``RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH``): a file step opens three folders,
    and part by part that was a tenth of an update's time. Whatever it refuses is looked at
    again part by part, which names the part that is a link."""
    fd = os.open(root, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    if parts and _OPENAT2 is not None:
        below = _OPENAT2(fd, "/".join(parts))
        if below is not None:
            os.close(fd)
            return below
    try:
        for index, part in enumerate(parts):
            try:
                below = os.open(part, _FOLDER_FLAGS, dir_fd=fd)
            except OSError as exc:
                if exc.errno in _NOT_A_FOLDER:
                    raise swapped_error("/".join(parts[: index + 1])) from None
                raise
            os.close(fd)
            fd = below
    except BaseException:
        os.close(fd)
        raise
    return fd


def _linux_openat2() -> Callable[[int, str], int | None] | None:
    """``openat2(dirfd, path, O_DIRECTORY | O_NOFOLLOW, RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH)``
    as a function giving the new descriptor, or None when it refused or could not (the caller
    then walks part by part); None where the kernel has no openat2 (before 5.6) or a sandbox
    forbids it."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.syscall
    except (OSError, AttributeError, ImportError):
        return None
    call.restype = ctypes.c_long

    class _How(ctypes.Structure):
        _fields_ = [
            ("flags", ctypes.c_uint64),
            ("mode", ctypes.c_uint64),
            ("resolve", ctypes.c_uint64),
        ]

    how = _How(_FOLDER_FLAGS, 0, _RESOLVE_NO_SYMLINKS | _RESOLVE_BENEATH)
    size = ctypes.sizeof(how)

    def openat2(dirfd: int, path: str) -> int | None:
        fd = call(_SYS_OPENAT2, dirfd, os.fsencode(path), ctypes.byref(how), size)
        return None if fd < 0 else int(fd)

    probe = os.open("/", os.O_RDONLY | _DIRECTORY | _CLOEXEC)
    try:
        found = openat2(probe, ".")
    finally:
        os.close(probe)
    if found is None:
        return None  # ENOSYS (an old kernel), EPERM (seccomp): part by part
    os.close(found)
    return openat2


#: The system call's number (the same on every Linux architecture: it came after 5.1's unified
#: numbering) and its resolve flags.
_SYS_OPENAT2 = 437
_RESOLVE_NO_SYMLINKS = 0x04
_RESOLVE_BENEATH = 0x08
_OPENAT2 = _linux_openat2() if HAS_DIR_FD else None


class RootedFiles:
    """The file operations of a transaction's steps, by paths relative to ``root``."""

    def __init__(self, root: str) -> None:
        self.root = root
        #: While one step runs (:meth:`one_step`): its folders' descriptors, opened once.
        self._open: dict[tuple[str, ...], int] | None = None

    @contextlib.contextmanager
    def one_step(self) -> Iterator[None]:
        """Folders are opened once for the operations of one step (a step names a handful of
        files in two or three folders), and looked up afresh for the next: a folder swapped
        between steps is found by the next one."""
        self._open = {}
        try:
            yield
        finally:
            opened, self._open = self._open, None
            for fd in opened.values():
                os.close(fd)

    def _folder(self, folders: list[str]) -> int:
        assert self._open is not None
        key = tuple(folders)
        fd = self._open.get(key)
        if fd is None:
            fd = self._open[key] = open_folder(self.root, folders)
        return fd

    def _path(self, rel: str) -> str:
        return os.path.join(self.root, *rel.split("/"))

    def _checked(self, *rels: str) -> None:
        """Without ``dir_fd``: every part looked at just before the operation."""
        for rel in rels:
            bad = unsafe_part(self.root, rel)
            if bad is not None:
                raise swapped_error(bad)

    @contextlib.contextmanager
    def parent(self, rel: str) -> Iterator[tuple[int, str]]:
        """The descriptor of ``rel``'s folder and ``rel``'s last name."""
        folders, name = _split(rel)
        if self._open is not None:
            yield self._folder(folders), name
            return
        with folder_fd(self.root, folders) as fd:
            yield fd, name

    def lexists(self, rel: str) -> bool:
        if not HAS_DIR_FD:
            self._checked(rel)
            return os.path.lexists(self._path(rel))
        try:
            with self.parent(rel) as (fd, name):
                os.stat(name, dir_fd=fd, follow_symlinks=False)
        except (FileNotFoundError, NotADirectoryError):
            return False
        return True

    def stat(self, rel: str) -> os.stat_result:
        """``lstat`` of ``rel`` (a link is not followed)."""
        if not HAS_DIR_FD:
            self._checked(rel)
            return os.lstat(self._path(rel))
        with self.parent(rel) as (fd, name):
            return os.stat(name, dir_fd=fd, follow_symlinks=False)

    def same(self, a: str, b: str) -> bool:
        try:
            first, second = self.stat(a), self.stat(b)
        except OSError:
            return False
        return (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino)

    def replace(self, src: str, dst: str) -> None:
        if not HAS_DIR_FD:
            self._checked(src, dst)
            os.replace(self._path(src), self._path(dst))
            return
        with self.parent(src) as (sfd, sname), self.parent(dst) as (dfd, dname):
            # (rename replaces an existing target atomically here, as os.replace does)
            os.rename(sname, dname, src_dir_fd=sfd, dst_dir_fd=dfd)

    def link(self, src: str, dst: str) -> None:
        """A second name ``dst`` for the file ``src`` (never for a link's target)."""
        if not HAS_DIR_FD:
            self._checked(src, dst)
            os.link(self._path(src), self._path(dst))
            return
        with self.parent(src) as (sfd, sname), self.parent(dst) as (dfd, dname):
            os.link(sname, dname, src_dir_fd=sfd, dst_dir_fd=dfd, follow_symlinks=False)

    def unlink(self, rel: str) -> None:
        if not HAS_DIR_FD:
            self._checked(rel)
            os.unlink(self._path(rel))
            return
        with self.parent(rel) as (fd, name):
            os.unlink(name, dir_fd=fd)

    def rmdir(self, rel: str) -> None:
        if not HAS_DIR_FD:
            self._checked(rel)
            os.rmdir(self._path(rel))
            return
        with self.parent(rel) as (fd, name):
            os.rmdir(name, dir_fd=fd)

    def rmtree(self, rel: str) -> None:
        """Remove the folder ``rel`` and everything in it; nothing below a link is followed (the
        tree is walked by descriptors), and ``rel`` itself being a link is an error."""
        if not HAS_DIR_FD:
            self._checked(rel)
            shutil.rmtree(self._path(rel))
            return
        with self.parent(rel) as (fd, name):
            shutil.rmtree(name, dir_fd=fd)

    def remove_empty_tree(self, rel: str) -> None:
        """Remove the empty folders of the tree ``rel`` (bottom-up), and ``rel`` when it ends up
        empty; anything else is left, and nothing below a link is looked at."""
        if not HAS_DIR_FD:
            self._checked(rel)
            for dirpath, _dirs, _files in sorted(os.walk(self._path(rel)), reverse=True):
                with contextlib.suppress(OSError):
                    os.rmdir(dirpath)
            return
        with contextlib.suppress(FileNotFoundError), self.parent(rel) as (fd, name):
            try:
                top = os.open(name, _FOLDER_FLAGS, dir_fd=fd)
            except OSError:
                return  # missing, or a link (not followed) or a file: nothing of ours
            try:
                # (each folder's descriptor is open only while fwalk yields it)
                walk = os.fwalk(".", topdown=False, dir_fd=top, follow_symlinks=False)
                for _path, dirnames, _names, here in walk:
                    for below in dirnames:
                        with contextlib.suppress(OSError):
                            os.rmdir(below, dir_fd=here)
            finally:
                os.close(top)
            with contextlib.suppress(OSError):
                os.rmdir(name, dir_fd=fd)

    def write_bytes(self, rel: str, data: bytes, *, durable: bool = False) -> None:
        """A new file ``rel`` (owner-only) holding ``data``; a link in its place is refused."""
        fd = self.open(rel, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0))
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)

    def fsync_folder(self, rel: str) -> None:
        """What was done in the folder ``rel`` is on disk (a missing folder has nothing)."""
        if not HAS_DIR_FD or os.name != "posix":
            self._checked(rel)
            from .atomic import fsync_dir

            with contextlib.suppress(FileNotFoundError):
                fsync_dir(Path(self._path(rel)))
            return
        with contextlib.suppress(FileNotFoundError), folder_fd(self.root, _parts(rel)) as fd:
            os.fsync(fd)

    def open(self, rel: str, flags: int, mode: int = 0o600) -> int:
        """A descriptor of the file ``rel`` (``os.open`` flags); a link in its place is refused."""
        if not HAS_DIR_FD:
            self._checked(rel)
            return os.open(self._path(rel), flags | _NOFOLLOW, mode)
        with self.parent(rel) as (fd, name):
            try:
                return os.open(name, flags | _NOFOLLOW | _CLOEXEC, mode, dir_fd=fd)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    raise swapped_error(rel) from None
                raise


__all__ = ["HAS_DIR_FD", "RootedFiles", "folder_fd", "swapped_error"]
