"""What staging writes besides the payload's copies, never through a link.

A run's staging folder holds, beside the payload copies (:mod:`.staging_dirs`), a few files made
on the spot: the new registry export, the rollback store's index, the recreated logging database
(with the past statistics brought over), uninstall's copy of the backed-up configuration database.
They are written relative to the staging folder opened from the root part by part with
``O_NOFOLLOW`` (:class:`~.dir_fd.RootedFiles`), like every file step: a staging folder (or
``.rms-wizard``) swapped for a link after the run's checks gets nothing written through it, and
the run fails in one line and rolls back.

SQLite opens its files by name, and would follow such a link; so a database to stage is built in
memory and its image written at the folder's descriptor (the mock's databases are small; a
copy's page cache would hold as much).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ..common.dir_fd import RootedFiles
from .sqlite_files import corrupt_database, reading_error, reading_uri

T = TypeVar("T")
#: The database header's write and read versions: 2 is WAL mode, 1 rollback-journal mode.
_WAL_VERSION_BYTES = slice(18, 20)


def write_staged(root: str | Path, rel: str, data: bytes) -> None:
    """``data`` as the new staged file ``rel`` (below ``root``), owner-only."""
    RootedFiles(os.fspath(root)).write_bytes(rel, data)


def _image(conn: sqlite3.Connection) -> bytes:
    """The database file ``conn`` holds in memory; a WAL-mode source's copy stands alone, in
    rollback-journal mode (no ``-wal`` is ever looked for beside it)."""
    image = bytearray(conn.serialize())
    if image[_WAL_VERSION_BYTES] == b"\x02\x02":
        image[_WAL_VERSION_BYTES] = b"\x01\x01"
    return bytes(image)


def stage_database(root: str | Path, rel: str, build: Callable[[sqlite3.Connection], T]) -> T:
    """A database made by ``build`` (on an empty in-memory database) written as ``rel``;
    returns what ``build`` returned."""
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        result = build(conn)
        conn.commit()
        image = _image(conn)
    write_staged(root, rel, image)
    return result


def database_image(src: Path) -> bytes:
    """A consistent, self-contained image of the database ``src`` (read through SQLite's backup
    API, a WAL's committed frames included; in rollback-journal mode)."""
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        try:
            with contextlib.closing(sqlite3.connect(reading_uri(src), uri=True)) as source:
                source.backup(conn)
        except sqlite3.Error as exc:
            if not os.path.lexists(src):  # gone since it was found (a backup deleted meanwhile)
                raise FileNotFoundError(
                    errno.ENOENT, os.strerror(errno.ENOENT), os.fspath(src)
                ) from None
            raise reading_error(src, exc) or corrupt_database(src, exc) from None
        return _image(conn)


def stage_database_copy(root: str | Path, rel: str, src: Path) -> None:
    """:func:`database_image` of ``src`` written as the staged file ``rel``."""
    write_staged(root, rel, database_image(src))


__all__ = ["database_image", "stage_database", "stage_database_copy", "write_staged"]
