"""The configuration database (SQLite in the mock install): 1.0 schema, SP1 migration, 1.0 reader.

SP1 only *adds* to the 1.0 schema (columns and a table). A 1.0 server reads its configuration with
explicit column lists, so it ignores what SP1 added: :func:`read_config_v1` is that reader, and it is
what proves an uninstall may keep the SP1 database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from pydantic import BaseModel

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from ..install.models import Release
from .payload import ColumnDef, ConfigDbMigration
from .sqlite_files import corrupt_database, exclusive, reading_error, reading_uri

SCHEMA_V1 = """
CREATE TABLE DRMS_ClusterPolicies (PolicyName TEXT PRIMARY KEY, PolicyData TEXT NOT NULL);
CREATE TABLE DRMS_RightsTemplates (
    TemplateId INTEGER PRIMARY KEY, Name TEXT NOT NULL, TemplateXml TEXT NOT NULL);
CREATE TABLE DRMS_TrustedUserDomains (Domain TEXT PRIMARY KEY, AddedUtc TEXT NOT NULL);
CREATE TABLE DRMS_Version (Component TEXT PRIMARY KEY, Version TEXT NOT NULL);
"""

SAMPLE_ROWS_V1: dict[str, list[tuple[object, ...]]] = {
    "DRMS_ClusterPolicies": [
        ("LicensorCertificateValidity", "365"),
        ("RevocationListRefresh", "24"),
        ("SuperUsersGroup", "RMS-SuperUsers@contoso.com"),
    ],
    "DRMS_RightsTemplates": [
        (1, "Confidential - Read only", "<RIGHTSTEMPLATE name='Confidential'/>"),
        (2, "Do not forward", "<RIGHTSTEMPLATE name='DoNotForward'/>"),
    ],
    "DRMS_TrustedUserDomains": [("contoso.com", "2005-03-01T09:00:00Z")],
    "DRMS_Version": [("ConfigSchema", "1.0")],
}


class ConfigV1(BaseModel):
    """The configuration as a 1.0 server sees it."""

    policies: dict[str, str]
    templates: list[tuple[int, str]]
    trusted_domains: list[str]
    schema_version: str


@contextmanager
def _open(path: Path) -> Iterator[sqlite3.Connection]:
    if not path.is_file():
        raise BadInputError(msg(QT_TRANSLATE_NOOP("core", "The database %1 does not exist."), path))
    try:
        conn = sqlite3.connect(reading_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise corrupt_database(path, exc) from None
    with closing(conn):
        yield conn


def read_error(path: Path, exc: sqlite3.Error) -> BadInputError:
    """Why reading ``path`` failed, in one line (a hot journal is named as such)."""
    return reading_error(path, exc) or corrupt_database(path, exc)


def create_config_db_v1(
    path: Path, rows: dict[str, list[tuple[object, ...]]] | None = None
) -> None:
    """Create a 1.0 configuration database with ``rows`` (the sample rows by default)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(SCHEMA_V1)
        for table, values in (rows or SAMPLE_ROWS_V1).items():
            if values:
                marks = ",".join("?" * len(values[0]))
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
        conn.commit()


def table_columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in tables}


def schema_release(columns: dict[str, list[str]], migration: ConfigDbMigration) -> Release | None:
    """1.0 when the 1.0 tables exist without SP1's additions, SP1 when all of them are there."""
    needed = {"DRMS_ClusterPolicies", "DRMS_RightsTemplates", "DRMS_TrustedUserDomains"}
    if not needed <= columns.keys():
        return None
    added = [c.column.name in columns.get(c.table, []) for c in migration.add_columns]
    created = [t.table in columns for t in migration.create_tables]
    marks = added + created
    if marks and all(marks):
        return Release.SP1
    if not any(marks):
        return Release.V1
    return None


def _column_sql(column: ColumnDef) -> str:
    sql = f"{column.name} {column.sql_type}"
    if isinstance(column.default, int):
        sql += f" DEFAULT {column.default}"
    elif isinstance(column.default, str):
        quoted = column.default.replace("'", "''")
        sql += f" DEFAULT '{quoted}'"
    return sql


def migrate_to_sp1(
    path: Path, migration: ConfigDbMigration, held: tuple[int, int] | None = None
) -> None:
    """Apply SP1's additions in one SQLite transaction: all of them or none.

    The database is held exclusively meanwhile (:func:`exclusive`): refused while RMS is writing
    to it, and what a killed earlier run left in its side files is rolled back by SQLite first.
    Idempotent: a column or table that already exists is left as it is, so a resumed update can
    run it again.
    """
    if not path.is_file():
        raise BadInputError(msg(QT_TRANSLATE_NOOP("core", "The database %1 does not exist."), path))
    try:
        with exclusive(path, held=held) as conn:  # (held: see exclusive)
            columns = table_columns(conn)
            for change in migration.add_columns:
                if change.column.name not in columns.get(change.table, []):
                    conn.execute(
                        f"ALTER TABLE {change.table} ADD COLUMN {_column_sql(change.column)}"
                    )
            for table in migration.create_tables:
                if table.table not in columns:
                    cols = ", ".join(_column_sql(c) for c in table.columns)
                    conn.execute(f"CREATE TABLE {table.table} ({cols})")
            conn.execute(
                "INSERT OR REPLACE INTO DRMS_Version (Component, Version) VALUES (?, ?)",
                ("ConfigSchemaSP1", "SP1"),
            )
    except sqlite3.Error as exc:
        raise corrupt_database(path, exc) from None


def read_config_v1(path: Path) -> ConfigV1:
    """Read the configuration the way RMS 1.0 does: only the 1.0 columns, by name."""
    with _open(path) as conn:
        try:
            policies = dict(
                conn.execute("SELECT PolicyName, PolicyData FROM DRMS_ClusterPolicies").fetchall()
            )
            templates = [
                (int(r[0]), str(r[1]))
                for r in conn.execute(
                    "SELECT TemplateId, Name FROM DRMS_RightsTemplates ORDER BY TemplateId"
                )
            ]
            domains = [
                str(r[0])
                for r in conn.execute("SELECT Domain FROM DRMS_TrustedUserDomains ORDER BY Domain")
            ]
            row = conn.execute(
                "SELECT Version FROM DRMS_Version WHERE Component = 'ConfigSchema'"
            ).fetchone()
        except sqlite3.Error as exc:
            raise read_error(path, exc) from None
    return ConfigV1(
        policies={str(k): str(v) for k, v in policies.items()},
        templates=templates,
        trusted_domains=domains,
        schema_version=str(row[0]) if row else "",
    )


def dump_content(path: Path) -> list[str]:
    """Every table's schema and rows as text lines: compares database *content*, not bytes."""
    with _open(path) as conn:
        try:
            return list(conn.iterdump())
        except sqlite3.Error as exc:
            raise read_error(path, exc) from None


def integrity_ok(path: Path) -> bool:
    """``PRAGMA integrity_check`` says ok (and the file is a readable SQLite database)."""
    try:
        with _open(path) as conn:
            row = conn.execute("PRAGMA integrity_check").fetchone()
    except (BadInputError, sqlite3.Error):
        return False
    return bool(row) and row[0] == "ok"
