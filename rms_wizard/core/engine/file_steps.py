"""A transaction's file step, forwards and backwards, through :class:`~.dir_fd.RootedFiles`.

The same renames, links and removals as ever (see :class:`~.step_models.PutFile`), each made
relative to folders opened part by part from the root, so that a folder swapped for a link after
the run's checks cannot carry a write, a rename or a removal outside the install: the step fails
in one line instead, and the transaction rolls back.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..common.dir_fd import HAS_DIR_FD, RootedFiles, swapped_error
from ..common.safe_paths import PRIVATE_DIR_MODE, same_content

if TYPE_CHECKING:
    from .step_models import PutFile

_READ = os.O_RDONLY | getattr(os, "O_BINARY", 0)
_NEW = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)


def _fd_chmod(fd: int, mode: int) -> None:
    if os.chmod in os.supports_fd:
        os.chmod(fd, mode)


def mkdir_like_parent(files: RootedFiles, rel: str) -> None:
    """Make one folder with its parent's permissions (not the umask's); one that is there
    already is fine (a file or a link in its place is not)."""
    folder = rel.rpartition("/")[0]
    parent_mode = stat.S_IMODE(files.stat(folder).st_mode) if folder else None
    if parent_mode is None:
        parent_mode = stat.S_IMODE(os.stat(files.root).st_mode)
    try:
        if HAS_DIR_FD:
            with files.parent(rel) as (fd, last):
                os.mkdir(last, parent_mode, dir_fd=fd)
        else:
            os.mkdir(os.path.join(files.root, *rel.split("/")), parent_mode)
    except FileExistsError:
        if not stat.S_ISDIR(files.stat(rel).st_mode):
            raise swapped_error(rel) from None
        return
    _chmod_folder(files, rel, parent_mode)  # mkdir's mode passes through the umask


def _chmod_folder(files: RootedFiles, rel: str, mode: int) -> None:
    fd = files.open(rel, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)) if HAS_DIR_FD else None
    if fd is None:
        os.chmod(os.path.join(files.root, *rel.split("/")), mode)
        return
    try:
        _fd_chmod(fd, mode)
    finally:
        os.close(fd)


def make_private_dirs(files: RootedFiles, rel: str) -> None:
    """The folder ``rel`` and every missing folder above it, owner-only (0700) whatever the
    umask; a part that is a link is refused. (The root itself, ``""``, is there.)"""
    if not rel:
        return
    parts = rel.split("/")
    for index in range(len(parts)):
        here = "/".join(parts[: index + 1])
        try:
            if HAS_DIR_FD:
                with files.parent(here) as (fd, last):
                    os.mkdir(last, PRIVATE_DIR_MODE, dir_fd=fd)
            else:
                os.mkdir(os.path.join(files.root, *parts[: index + 1]), PRIVATE_DIR_MODE)
        except FileExistsError:
            if not stat.S_ISDIR(files.stat(here).st_mode):
                raise swapped_error(here) from None
            continue
        _chmod_folder(files, here, PRIVATE_DIR_MODE)


def give_mode_of(files: RootedFiles, target: str, source: str) -> None:
    """Before ``source`` takes ``target``'s place: it gets the target's permissions, owner and
    group; when there is no target (an added file), its folder's permissions without execute.
    The source is changed through its own descriptor, never by a path a link could redirect."""
    try:
        st = files.stat(target)
        mode, owner = stat.S_IMODE(st.st_mode), (st.st_uid, st.st_gid)
    except FileNotFoundError:
        folder = target.rpartition("/")[0]
        try:
            parent = files.stat(folder) if folder else os.stat(files.root)
        except FileNotFoundError:
            return  # the folder comes with the step: it gets its mode then
        mode, owner = stat.S_IMODE(parent.st_mode) & 0o666, None
    fd = files.open(source, _READ)
    try:
        if owner is not None and os.name == "posix":
            now = os.fstat(fd)
            if (now.st_uid, now.st_gid) != owner:
                # Not root: a file can only be given to its creator.
                with contextlib.suppress(PermissionError):
                    os.fchown(fd, *owner)
        if os.chmod in os.supports_fd:
            os.chmod(fd, mode)
        else:
            os.chmod(os.path.join(files.root, *source.split("/")), mode)
    finally:
        os.close(fd)


def _copy(files: RootedFiles, src: str, dst: str) -> None:
    """A copy of ``src`` at ``dst`` (bytes, mode and times), written beside it and renamed."""
    tmp = dst + ".tmp"
    source = files.open(src, _READ)
    try:
        st = os.fstat(source)
        target = files.open(tmp, _NEW, stat.S_IMODE(st.st_mode))
        try:
            with (
                open(source, "rb", closefd=False) as reader,
                open(target, "wb", closefd=False) as w,
            ):
                shutil.copyfileobj(reader, w)
            _fd_chmod(target, stat.S_IMODE(st.st_mode))
            if os.utime in os.supports_fd:
                os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
        finally:
            os.close(target)
    finally:
        os.close(source)
    files.replace(tmp, dst)


def link_or_copy(files: RootedFiles, src: str, dst: str) -> None:
    """A second name for ``src`` (hard link: no data copied); a copy where links are unsupported.
    The folder of ``dst`` exists."""
    try:
        files.link(src, dst)
    except OSError as exc:
        if exc.errno in (errno.EEXIST, errno.ENOENT):
            raise
        _copy(files, src, dst)


def keep(files: RootedFiles, target: str, displaced: str) -> None:
    """Keep the original at ``target`` under the name ``displaced`` (its folder exists), unless
    there is no original or an earlier run of the step already kept it."""
    if files.lexists(displaced):
        return  # kept already: by now ``target`` may hold the new content, never copy it over
    try:
        link_or_copy(files, target, displaced)
    except FileNotFoundError:
        if files.lexists(target):
            raise
        # no original: nothing to keep


def put(
    files: RootedFiles, step: PutFile, private_parent: Callable[[str], None], staged: bool
) -> None:
    """Do ``step`` (idempotent); ``staged``: its source is new content, which takes the mode of
    what it replaces."""
    for rel in step.created_dirs:
        mkdir_like_parent(files, rel)
    if step.displaced is not None:
        private_parent(step.displaced)
        keep(files, step.target, step.displaced)
    if step.source is None:
        with contextlib.suppress(FileNotFoundError):
            files.unlink(step.target)
        return
    if staged:
        with contextlib.suppress(FileNotFoundError):  # moved in by an earlier run
            give_mode_of(files, step.target, step.source)
    try:
        files.replace(step.source, step.target)
    except FileNotFoundError:
        if files.lexists(step.source):
            raise  # the target's folder is missing: a real error
        # else an earlier run of this step already moved it in


def _give_back(files: RootedFiles, target: str, source: str) -> None:
    """Undo: a second name ``source`` for the new content at ``target``, which the original
    replaces next (a rename where links are unsupported: a copy would need disk space)."""
    try:
        files.link(target, source)
    except OSError as exc:
        if exc.errno in (errno.EEXIST, errno.ENOENT):
            raise
        files.replace(target, source)


def _put_back(files: RootedFiles, displaced: str, target: str) -> None:
    """Undo: the original kept at ``displaced`` takes ``target``'s name again; when ``target``
    cannot be changed but holds the original's bytes, the kept copy is simply not needed."""
    try:
        files.replace(displaced, target)
    except OSError:
        root = files.root
        whole = [os.path.join(root, *rel.split("/")) for rel in (target, displaced)]
        if not (files.lexists(target) and same_content(*whole)):
            raise
        files.unlink(displaced)


def unput(files: RootedFiles, step: PutFile, private_parent: Callable[[str], None]) -> None:
    """Undo ``step`` by renames and removals only (idempotent, safe on a step that never ran)."""
    target, source, displaced = step.target, step.source, step.displaced
    for name in (source, displaced):
        if name is not None:  # a copy the fallback of link_or_copy did not finish
            with contextlib.suppress(FileNotFoundError):
                files.unlink(name + ".tmp")
    # Give the new content back to its source name (the rollback store must stay whole). With an
    # original kept aside, the step ran up to its rename (the source existed then): a missing
    # source means the target holds the new content. Without one kept, a missing source (staging
    # never made) says nothing about the target, which is left alone.
    moved_in = files.lexists(target) and (
        displaced is None or (files.lexists(displaced) and not files.same(target, displaced))
    )
    if source is not None and not files.lexists(source) and moved_in:
        private_parent(source)
        if displaced is None:
            files.replace(target, source)
        else:
            _give_back(files, target, source)
    if displaced is not None and files.lexists(displaced):
        if files.same(displaced, target):
            files.unlink(displaced)
        else:
            _put_back(files, displaced, target)
    elif displaced is None and source is not None and files.lexists(target):
        # (looked up first: on a read-only disk even removing a missing name fails)
        files.unlink(target)
    for rel in sorted(step.created_dirs, key=len, reverse=True):
        if files.lexists(rel):
            files.rmdir(rel)  # a failure is reported: the folder must go


__all__ = ["give_mode_of", "keep", "make_private_dirs", "mkdir_like_parent", "put", "unput"]
