"""The logging database: 1.0 and SP1 schemas, and bringing past statistics back after the update.

SP1's setup recreates the logging database with its new schema, so past statistics are not carried
over; that is why the seed advises backing it up first. When the admin did, the wizard can copy the
old rows into the new database afterwards.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from .configdb import read_error
from .sqlite_files import corrupt_database, reading_uri

SCHEMA_V1 = """
CREATE TABLE DRMS_Log (
    LogId INTEGER PRIMARY KEY, TimeUtc TEXT NOT NULL, EventType TEXT NOT NULL,
    UserName TEXT, Detail TEXT);
"""

SCHEMA_SP1 = """
CREATE TABLE DRMS_Log (
    LogId INTEGER PRIMARY KEY, TimeUtc TEXT NOT NULL, EventType TEXT NOT NULL,
    UserName TEXT, Detail TEXT, RequestType TEXT, ClientVersion TEXT);
CREATE TABLE DRMS_LogStatistics (Day TEXT PRIMARY KEY, Requests INTEGER NOT NULL DEFAULT 0);
CREATE TABLE DRMS_LogSchema (Version TEXT NOT NULL);
INSERT INTO DRMS_LogSchema VALUES ('SP1');
"""

_V1_COLUMNS = "LogId, TimeUtc, EventType, UserName, Detail"


def sample_rows(count: int = 40) -> list[tuple[object, ...]]:
    events = ("Certify", "AcquireLicense", "Publish", "Enroll")
    return [
        (
            i + 1,
            f"2006-0{1 + i % 9}-{1 + i % 28:02d}T10:{i % 60:02d}:00Z",
            events[i % 4],
            f"user{i % 7}@contoso.com",
            f"request {i + 1}",
        )
        for i in range(count)
    ]


def create_logging_db(
    path: Path, release: str, rows: list[tuple[object, ...]] | None = None
) -> None:
    """Create a logging database with the ``release`` ("1.0" or "SP1") schema."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path)) as conn:
        fill_logging_db(conn, release, rows)


def fill_logging_db(
    conn: sqlite3.Connection, release: str, rows: list[tuple[object, ...]] | None = None
) -> None:
    """Give the empty database ``conn`` the ``release`` schema (and ``rows``), committed."""
    conn.executescript(SCHEMA_V1 if release == "1.0" else SCHEMA_SP1)
    if rows:
        conn.executemany(f"INSERT INTO DRMS_Log ({_V1_COLUMNS}) VALUES (?,?,?,?,?)", rows)
    conn.commit()


def count_entries(path: Path) -> int:
    try:
        with closing(sqlite3.connect(reading_uri(path), uri=True)) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM DRMS_Log").fetchone()[0])
    except sqlite3.Error as exc:
        raise read_error(path, exc) from None


def import_past_statistics(backup_db: Path, target_db: Path) -> int:
    """Copy the log rows of a backed-up logging database into the new one; returns rows copied.

    Runs in one transaction; rows already present (same LogId) are not duplicated.
    """
    _check_exists(backup_db)
    try:
        with closing(sqlite3.connect(target_db.resolve().as_uri(), uri=True)) as conn:
            return import_rows(conn, backup_db)
    except sqlite3.Error as exc:
        raise corrupt_database(target_db, exc) from None


def import_statistics_into(conn: sqlite3.Connection, backup_db: Path) -> int:
    """:func:`import_past_statistics` into the open (staged, in-memory) database ``conn``."""
    _check_exists(backup_db)
    try:
        return import_rows(conn, backup_db)
    except sqlite3.Error as exc:
        raise corrupt_database(backup_db, exc) from None


def _check_exists(backup_db: Path) -> None:
    if not backup_db.is_file():
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "The database %1 does not exist."), backup_db)
        )


def import_rows(conn: sqlite3.Connection, backup_db: Path) -> int:
    # Read as SQLite reads it, leaving no side file in the backup folder.
    conn.execute("ATTACH DATABASE ? AS old", (reading_uri(backup_db),))
    before = conn.total_changes
    conn.execute(
        f"INSERT OR IGNORE INTO main.DRMS_Log ({_V1_COLUMNS}) "
        f"SELECT {_V1_COLUMNS} FROM old.DRMS_Log"
    )
    copied = conn.total_changes - before
    conn.commit()
    conn.execute("DETACH DATABASE old")
    return copied
