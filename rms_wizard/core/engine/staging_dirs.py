"""Staging's shard folders, held open while the payload is copied into them.

The copies are made relative to each shard folder's descriptor (opened from the root part by
part, never through a link: :mod:`.dir_fd`), so a shard folder swapped for a link once staging
has begun cannot carry a staged file outside the install; one that already is a link when
staging opens it fails the run in one line, and the transaction rolls back.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator

from ..common.dir_fd import HAS_DIR_FD, RootedFiles, folder_fd, swapped_error
from .file_steps import make_private_dirs

_CREATE = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_TRUNC
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)

#: A shard folder: its descriptor, or (without ``dir_fd``) its path.
Shard = int | str


@contextlib.contextmanager
def shard_folders(root: str, files_rel: str, shards: int) -> Iterator[list[Shard]]:
    """Make ``files_rel`` (below ``root``) and its shard folders ``0``.. owner-only, and hold
    each open while the caller copies into it."""
    files = RootedFiles(root)
    for shard in range(shards):
        make_private_dirs(files, f"{files_rel}/{shard}")
    with contextlib.ExitStack() as held:
        found: list[Shard] = []
        for shard in range(shards):
            parts = [*files_rel.split("/"), str(shard)]
            if HAS_DIR_FD:
                found.append(held.enter_context(folder_fd(root, parts)))
            else:  # no dir_fd (Windows): each part looked at now, the copies by path
                files.stat(f"{files_rel}/{shard}")  # (a link among the parts is refused)
                found.append(os.path.join(root, *parts))
        yield found


def create_staged(shard: Shard, name: str) -> int:
    """A new staged file ``name`` in ``shard``, owner-only; a link in its place is refused."""
    try:
        if isinstance(shard, int):
            return os.open(name, _CREATE, 0o600, dir_fd=shard)
        return os.open(os.path.join(shard, name), _CREATE, 0o600)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise swapped_error(name) from None
        raise


__all__ = ["Shard", "create_staged", "shard_folders"]
