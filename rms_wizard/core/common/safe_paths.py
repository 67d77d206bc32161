"""Every path the engine writes or removes stays inside the install root, never through a link.

Anything below an install root may be a symbolic link (or, on Windows, a junction) planted to make
the wizard write or delete elsewhere: a ``.rms-wizard`` or ``.rms-wizard/rollback`` that points out
of the root, a forged journal naming a path through such a link. So before a run starts, and
before recovery acts on a journal, every path a step names is looked at part by part with
``lstat``: no part may be a link, and every part but the last must be a folder. A journal or a
rollback store that names anything else is refused with one clear line, nothing touched.

The wizard's own folders are made owner-only (0700) whatever the umask, and a file that takes an
original's place gets the original's owner, group and permissions (:func:`give_mode_of`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterable

from .messages import QT_TRANSLATE_NOOP, BadInputError, msg
from .paths import STATE_DIR_NAME

#: Owner-only: the wizard's folders hold the originals and the journal.
PRIVATE_DIR_MODE = 0o700
_REPARSE_POINT = getattr(stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0x400)
#: The state folder's own files, checked with the folder before a run takes its lock.
STATE_FILES = ("lock", "journal.jsonl", "journal.jsonl.tmp")


class UnsafePathError(BadInputError):
    """A path the engine would write or remove leads out of the install (exit code 2)."""


def _is_link(st: os.stat_result) -> bool:
    if stat.S_ISLNK(st.st_mode):
        return True
    return bool(getattr(st, "st_file_attributes", 0) & _REPARSE_POINT)  # a Windows junction


def unsafe_part(root: str, rel: str, folders: set[str] | None = None) -> str | None:
    """The first part of ``rel`` (relative to ``root``) that is a link, or that is not a folder
    while something lies below it; None when the path is safe. A missing part ends the look:
    nothing below it exists, and what the engine makes there is its own. ``folders`` holds
    paths already found to be real folders (not looked at again), and gets the new ones."""
    parts = rel.split("/")
    path = root
    for index, part in enumerate(parts):
        path = os.path.join(path, part)
        if folders is not None and path in folders:
            continue
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            return None
        except NotADirectoryError:
            return "/".join(parts[:index])
        if _is_link(st) or (index < len(parts) - 1 and not stat.S_ISDIR(st.st_mode)):
            return "/".join(parts[: index + 1])
        if folders is not None and stat.S_ISDIR(st.st_mode):
            folders.add(path)
    return None


def _refused(text: str, *args: object) -> UnsafePathError:
    """A path the engine would write or remove through, refused: ``text`` says why."""
    return UnsafePathError(msg(text, *args))


def link_error(rel: str) -> UnsafePathError:
    return _refused(
        QT_TRANSLATE_NOOP(
            "core",
            "%1 in the install folder is a link or is not a folder: the wizard does not write "
            "or remove anything through it (it could lead outside the install). Nothing was "
            "changed. Replace it with an ordinary folder or file, then try again.",
        ),
        rel,
    )


def outside_store_error(rel: str) -> UnsafePathError:
    return _refused(
        QT_TRANSLATE_NOOP(
            "core",
            "The wizard's journal or rollback store names %1 as its own working file, but it "
            "is not in the wizard's folder %2: refused (the journal or store may have been "
            "altered). Nothing was changed.",
        ),
        rel,
        STATE_DIR_NAME,
    )


def check_paths(root: str, anywhere: Iterable[str], owned: Iterable[str]) -> None:
    """Refuse (:class:`UnsafePathError`) when a path leads through a link, or when a path that
    must be the wizard's own (``owned``: staging, rollback store, what is removed as a tree) is
    outside its state folder. Reads only."""
    owned = list(owned)
    for rel in owned:
        if not rel.startswith(STATE_DIR_NAME + "/"):
            raise outside_store_error(rel)
    checked: set[str] = set()
    folders: set[str] = set()  # a big update names thousands of files in a few folders
    for rel in [STATE_DIR_NAME, *(f"{STATE_DIR_NAME}/{n}" for n in STATE_FILES), *anywhere, *owned]:
        if rel in checked:
            continue
        checked.add(rel)
        bad = unsafe_part(root, rel, folders)
        if bad is not None:
            raise link_error(bad)


def check_single_name(root: str, rel: str) -> None:
    """Refuse a file the engine changes in place when it has other names (hard links): they may
    be outside the install, and changing it would change them too."""
    with contextlib.suppress(FileNotFoundError):
        st = os.lstat(os.path.join(root, *rel.split("/")))
        if stat.S_ISREG(st.st_mode) and st.st_nlink > 1:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "core",
                    "%1 has more than one name (a hard link): updating it in place would "
                    "change the other names too, which may be outside the install. Nothing "
                    "was changed. Make it a file of its own (copy it, then put the copy in "
                    "its place), then try again.",
                ),
                rel,
            )


def make_private_dirs(root: str, rel: str) -> None:
    """Make the folder ``rel`` below ``root`` and any missing folder above it, each owner-only
    (0700) whatever the umask; a part that is a link is refused."""
    path = root
    parts = rel.split("/")
    for index, part in enumerate(parts):
        path = os.path.join(path, part)
        try:
            os.mkdir(path, PRIVATE_DIR_MODE)
        except FileExistsError:
            st = os.lstat(path)
            if _is_link(st) or not stat.S_ISDIR(st.st_mode):
                raise link_error("/".join(parts[: index + 1])) from None
            continue
        os.chmod(path, PRIVATE_DIR_MODE)  # mkdir's mode passes through the umask


def prepare_state_dir(root: str) -> None:
    """The wizard's state folder, made owner-only when it is missing. One that is there already is
    left as it is: a run refused by another's lock must change nothing (see
    :func:`tighten_state_dir`, called once the lock is held)."""
    make_private_dirs(root, STATE_DIR_NAME)


def tighten_state_dir(root: str) -> None:
    """Make an existing state folder owner-only (one an earlier version or a wide umask left
    open); called with the install lock held."""
    path = os.path.join(root, STATE_DIR_NAME)
    if os.name == "posix" and stat.S_IMODE(os.lstat(path).st_mode) != PRIVATE_DIR_MODE:
        os.chmod(path, PRIVATE_DIR_MODE)


def give_mode_of(target: str, source: str) -> None:
    """Before ``source`` takes ``target``'s place: it gets the target's permissions, owner and
    group; when there is no target (an added file), its folder's permissions without execute."""
    try:
        st = os.lstat(target)
        mode, owner = stat.S_IMODE(st.st_mode), (st.st_uid, st.st_gid)
    except FileNotFoundError:
        try:
            folder = os.stat(os.path.dirname(target))
        except FileNotFoundError:
            return  # the folder comes with the step: it gets its mode then
        mode, owner = stat.S_IMODE(folder.st_mode) & 0o666, None
    if owner is not None and os.name == "posix":
        now = os.lstat(source)
        if (now.st_uid, now.st_gid) != owner:
            # Not root: a file can only be given to its creator.
            with contextlib.suppress(PermissionError):
                os.chown(source, *owner, follow_symlinks=False)
    os.chmod(source, mode)


def mkdir_like_parent(path: str) -> None:
    """Make one folder with its parent's permissions (not the umask's); one that is there
    already is fine (a file in its place is not)."""
    try:
        mode = stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode)
        os.mkdir(path, mode)
    except FileExistsError:
        if not os.path.isdir(path):
            raise
        return
    os.chmod(path, mode)


def same_content(a: str, b: str) -> bool:
    """True when the files ``a`` and ``b`` hold the same bytes (False when either is missing)."""
    import filecmp

    try:
        return filecmp.cmp(a, b, shallow=False)
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.EISDIR, errno.ENOTDIR):
            return False
        raise


__all__ = [
    "PRIVATE_DIR_MODE",
    "UnsafePathError",
    "check_paths",
    "check_single_name",
    "give_mode_of",
    "link_error",
    "make_private_dirs",
    "mkdir_like_parent",
    "prepare_state_dir",
    "same_content",
    "tighten_state_dir",
    "unsafe_part",
]
