"""A SQLite database is its file *and* its side files: ``-journal``, ``-wal`` and ``-shm``.

A killed writer leaves its unfinished transaction in a side file (a hot ``-journal`` to roll back, a
``-wal`` to replay), and the next connection that opens the database read-write finishes it. So a
side file must never be separated from its database, nor left beside a different one: that
connection would apply it to the wrong content. The rules here:

* read without leaving anything behind (:func:`reading_uri`): a plain read-only open of a WAL
  database creates ``-wal`` and ``-shm`` and cannot remove them when it closes;
* change a database only while holding it exclusively (:func:`exclusive`): SQLite's EXCLUSIVE
  lock, which the RMS service (an SQLite client) respects. Opening it read-write lets SQLite
  finish what a killed writer left; when our connection closes, SQLite removes the side files;
* while the RMS service has its database open (WAL mode) or is writing to it, refuse with one
  clear line (:class:`DatabaseInUseError`), before anything is changed. (In rollback-journal
  mode an idle connection holds no lock and cannot be seen; its next write waits for ours.);
* copies are self-contained (:func:`copy_database`): made through SQLite's backup API, and in
  rollback-journal mode, so the copy never needs (or grows) a side file of its own.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from ..common.atomic import fsync_dir
from ..common.messages import (
    QT_TRANSLATE_NOOP,
    BadInputError,
    Message,
    RmsError,
    msg,
    os_error_message,
)
from ..common.paths import registry_file
from ..common.safe_paths import give_mode_of
from ..install.install_root import InstallLocator
from ..install.models import InstallState
from ..install.registry import SERVER_KEY, RegFileReader, as_text

logger = logging.getLogger(__name__)

SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
#: How long to wait for a writer's transaction to end before calling the database busy.
BUSY_TIMEOUT_S = 5.0
#: The same before a run starts: a writer still busy then is one to stop first.
PREFLIGHT_TIMEOUT_S = 1.0


class DatabaseInUseError(BadInputError):
    """Another process (the RMS service) has the database open or is writing to it."""


def side_files(db: Path) -> list[Path]:
    """The side files beside ``db`` right now."""
    found = []
    for suffix in SIDE_SUFFIXES:
        path = db.with_name(db.name + suffix)
        if os.path.lexists(path):
            found.append(path)
    return found


def in_use_error(db: Path) -> DatabaseInUseError:
    return DatabaseInUseError(
        msg(
            QT_TRANSLATE_NOOP(
                "core", "RMS is still writing to its database %1: stop the RMS service first."
            ),
            db.name,
        )
    )


def unchangeable_error(db: Path, exc: sqlite3.Error | Message) -> BadInputError:
    return BadInputError(
        msg(QT_TRANSLATE_NOOP("core", "The database %1 cannot be changed: %2"), db, exc)
    )


def unfinished_error(db: Path, side: Path) -> BadInputError:
    return BadInputError(
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The database %1 has an unfinished SQLite transaction (%2 is beside it): run "
                "recover to finish it.",
            ),
            db,
            side.name,
        )
    )


def corrupt_database(path: Path, exc: Exception) -> BadInputError:
    return BadInputError(
        msg(QT_TRANSLATE_NOOP("core", "The database %1 cannot be read: %2"), path, exc)
    )


def _is_wal(db: Path) -> bool:
    """The file header says WAL mode (bytes 18 and 19 are 2)."""
    try:
        with open(db, "rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2


def reading_uri(db: Path) -> str:
    """A read-only URI for ``db`` that leaves no side file behind.

    A WAL database without a ``-wal`` is closed by everyone (every connection to it keeps one),
    so its file is complete and is read as immutable: no ``-wal`` or ``-shm`` is created. Where
    side files exist they are someone's, and are read through, as SQLite does.
    """
    uri = f"{db.resolve().as_uri()}?mode=ro"
    if _is_wal(db) and not side_files(db):
        uri += "&immutable=1"
    return uri


def reading_error(db: Path, exc: sqlite3.Error) -> BadInputError | None:
    """The clear reason a read-only open failed on a database with a hot journal (SQLite must
    roll it back, which a reader may not), or None."""
    if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc):
        for side in side_files(db):
            if side.name.endswith("-journal"):
                return unfinished_error(db, side)
    return None


def _begin_exclusive(conn: sqlite3.Connection, db: Path, timeout: float) -> None:
    """BEGIN EXCLUSIVE, retried briefly until ``timeout``. SQLite's own busy handler backs off
    to 100 ms sleeps, and a writer that commits every few milliseconds would take the lock back
    each time: a busy RMS would then always look like one that never lets go."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn.execute("BEGIN EXCLUSIVE")
            return
        except sqlite3.Error as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise unchangeable_error(db, exc) from None
            if time.monotonic() >= deadline:
                raise in_use_error(db) from None
        time.sleep(0.0005)


def _opened_here(db: Path, held: tuple[int, int]) -> bool:
    """SQLite's connection has the file ``held`` (device, inode) open, not another one the
    name ``db`` led to (a folder swapped for a link): on Linux two of this process's open
    files are that file, the caller's and SQLite's. Elsewhere the name is looked up again."""
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        st = os.stat(db)
        return (st.st_dev, st.st_ino) == held
    count = 0
    for name in names:
        with contextlib.suppress(OSError):
            st = os.stat(f"/proc/self/fd/{name}")
            count += (st.st_dev, st.st_ino) == held
    return count >= 2


@contextlib.contextmanager
def exclusive(
    db: Path,
    timeout: float = BUSY_TIMEOUT_S,
    *,
    commit: bool = True,
    held: tuple[int, int] | None = None,
) -> Iterator[sqlite3.Connection]:
    """``db`` held exclusively, in one SQLite transaction that commits when the block ends
    (rolls back on an error, or always when not ``commit``). Raises :class:`DatabaseInUseError` when another connection holds
    it: a writer still in its transaction after ``timeout``, or (WAL mode) any open connection.

    After the block, no side file is left: SQLite removes its own when its last connection
    closes, and a stale ``-shm`` (no one can be using it while we hold the lock) goes too.

    ``held``: the (device, inode) of the file the caller opened without following a link; a
    connection that opened another file changes nothing (:class:`OSError` ``ELOOP``).
    """
    try:
        conn = sqlite3.connect(
            f"{db.resolve().as_uri()}?mode=rw", uri=True, timeout=0, isolation_level=None
        )
    except sqlite3.Error as exc:
        raise unchangeable_error(db, exc) from None
    try:
        # Exclusive locking mode: the lock stays until the connection closes, and in WAL mode
        # it is refused while any other connection has the database open.
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        _begin_exclusive(conn, db, timeout)
        try:
            if held is not None and not _opened_here(db, held):
                raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), os.fspath(db))
            yield conn
            conn.execute("COMMIT" if commit else "ROLLBACK")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
        if _is_wal(db):
            # Exclusive mode keeps the WAL index in memory: a -shm left by a killed connection
            # is no one's, and SQLite will not remove it.
            db.with_name(db.name + "-shm").unlink(missing_ok=True)
    finally:
        conn.close()


def settle(db: Path, timeout: float = BUSY_TIMEOUT_S) -> None:
    """Let SQLite finish what a killed writer left in ``db``'s side files and remove them;
    :class:`DatabaseInUseError` when RMS is using it. Changes no content.

    A database SQLite could not write (a read-only or immutable file, folder or disk: SQLite
    would open it read-only) is refused here, so a run that could not migrate it is refused
    before it changes anything.
    """
    for path in (db, db.parent):
        if not os.access(path, os.W_OK):
            reason = os_error_message(OSError(errno.EACCES, os.strerror(errno.EACCES)))
            raise unchangeable_error(db, reason)
    if other_processes_with(db):
        raise in_use_error(db)
    with exclusive(db, timeout):
        pass


def other_processes_with(db: Path) -> list[int]:
    """The other processes that have ``db`` open (where the OS lists open files: Linux's /proc).

    In rollback-journal mode an idle SQLite connection holds no lock, so SQLite cannot tell;
    but a database swapped whole (the logging database) or restored under an open connection
    would take that connection's next writes to the old file. (On Windows the rename itself
    fails while another process has the file open.)
    """
    try:
        wanted = os.stat(db)
        pids = [int(name) for name in os.listdir("/proc") if name.isdigit()]
    except OSError:
        return []
    found = []
    for pid in pids:
        if pid == os.getpid():
            continue
        try:
            entries = list(os.scandir(f"/proc/{pid}/fd"))
        except OSError:
            continue  # gone, or not ours to look at
        for entry in entries:
            try:
                st = os.stat(entry.path)
            except OSError:
                continue
            if (st.st_ino, st.st_dev) == (wanted.st_ino, wanted.st_dev):
                found.append(pid)
                break
    return found


def copy_database(src: Path, dst: Path) -> None:
    """A consistent, self-contained copy of ``src`` at ``dst`` (written atomically).

    The source is read through SQLite's backup API (a WAL's committed frames included); the
    copy is switched to rollback-journal mode, so it stands alone without a ``-wal``.
    """
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(dst.name + ".tmp")
    tmp.unlink(missing_ok=True)
    for side in side_files(tmp):
        side.unlink()
    try:
        with (
            contextlib.closing(sqlite3.connect(reading_uri(src), uri=True)) as source,
            contextlib.closing(sqlite3.connect(tmp)) as target,
        ):
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        if not os.path.lexists(src):  # gone since it was found (a backup deleted meanwhile)
            raise FileNotFoundError(
                errno.ENOENT, os.strerror(errno.ENOENT), os.fspath(src)
            ) from None
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR):
            raise  # writing the copy failed (a full disk): the caller's one line says so
        raise reading_error(src, exc) or corrupt_database(src, exc) from None
    with tmp.open("rb+") as handle:
        os.fsync(handle.fileno())
    give_mode_of(os.fspath(src), os.fspath(tmp))  # it may take the original's place
    os.replace(tmp, dst)
    fsync_dir(dst.parent)  # the copy is there before anything relies on it


def restore_database(copy: Path, db: Path) -> None:
    """Put the content of ``copy`` (made by :func:`copy_database`) back at ``db``, side files
    included: what SQLite kept in them is settled first, so none is left beside the restored
    file to be applied to it."""
    if os.path.lexists(db):
        settle(db)
    tmp = db.with_name(db.name + ".restore.tmp")
    copy_database(copy, tmp)
    os.replace(tmp, db)
    fsync_dir(db.parent)


def settle_databases(state: InstallState) -> None:
    """The server's databases stand alone before a run changes them: no side file a killed RMS
    left (SQLite finishes it), and no RMS process writing to them (:class:`DatabaseInUseError`).
    A run swaps a database whole or migrates it in place; a side file left beside it would be
    applied to the new content."""
    for db in (state.config_db, state.logging_db):
        if db is not None and db.exists:
            settle(Path(db.path), PREFLIGHT_TIMEOUT_S)


def settle_leftovers(root: Path) -> None:
    """Let SQLite finish what a killed writer left beside the server's databases (a hot
    journal, a WAL) and remove it: readers (detect, verify) may not, and refuse such a database.
    A database RMS is using right now is left to RMS."""
    try:
        reader = RegFileReader.from_path(registry_file(root))
    except RmsError:
        return  # no registry to name the databases: nothing of theirs to settle
    locator = InstallLocator(root)
    for value in ("ConfigDatabase", "LoggingDatabase"):
        try:
            db = locator.path(as_text(reader.value(SERVER_KEY, value)))
        except RmsError:
            continue
        if db is None or not db.is_file() or not side_files(db):
            continue
        try:
            settle(db)
        except DatabaseInUseError:
            logger.info(f"recover: {db.name} is in use; its side files are left to RMS")
            continue
        logger.info(
            f"recover: {db.name}: what a killed writer left beside it was finished by SQLite"
        )


__all__ = [
    "DatabaseInUseError",
    "copy_database",
    "corrupt_database",
    "exclusive",
    "in_use_error",
    "other_processes_with",
    "reading_error",
    "reading_uri",
    "restore_database",
    "settle",
    "settle_databases",
    "settle_leftovers",
    "side_files",
]
