"""Issue 12, items 4 and 6: the databases under real faults.

* A kill at the Nth write system call into the databases (strace injects SIGKILL into the real
  CLI), in rollback-journal and in WAL mode: after ``recover`` the configuration database opens,
  passes ``PRAGMA integrity_check``, has exactly the schema of the release verify names, and no
  side file (``-journal``, ``-wal``, ``-shm``) is left -- the whole tree is exactly 1.0 or SP1.
* A live writer (a second process adding rows) while apply runs: in WAL mode (RMS keeps the
  database open) apply refuses with one line and changes nothing; in rollback-journal mode a
  kill and a recovery lose none of its rows.
"""

from __future__ import annotations

import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from enginekit import (
    REPO,
    Prepared,
    Templates,
    assert_clean_error,
    assert_exactly,
    cli_env,
    config_db,
    logging_db,
    prepare,
    run_cli,
    snapshot,
)
from pydantic import SecretStr

from rms_wizard.core.common.progress import ProgressEvent
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.configdb import dump_content, integrity_ok
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.recovery import recover_interrupted
from rms_wizard.core.engine.sqlite_files import SIDE_SUFFIXES, reading_uri, side_files
from rms_wizard.core.engine.transaction import Transaction
from rms_wizard.core.engine.verify import verify_tree
from rms_wizard.core.install.models import Release

#: Every system call that changes a database file or one of its side files.
WRITES = (
    "write,pwrite64,pwritev,pwritev2,writev,fsync,fdatasync,ftruncate,"
    "unlink,unlinkat,rename,renameat,renameat2"
)
#: Kill points per journal mode: evenly over all the database writes of one apply, both ends in
#: (each is a real CLI run under ptrace, ~2-3 s on a loaded machine).
SAMPLES = 5


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("sqlite-sweep")
    return prepare(base, Templates(base))


def server(prepared: Prepared, dest: Path, mode: str) -> Path:
    """A copy of the 1.0 server whose databases are in ``mode`` ("delete" or "wal")."""
    root = prepared.copy("v1", dest)
    for db in (config_db(root), logging_db(root)):
        with sqlite3.connect(db) as conn:
            assert conn.execute(f"PRAGMA journal_mode={mode}").fetchone()[0] == mode
        conn.close()
        assert not side_files(db)
    return root


def database_paths(root: Path) -> list[str]:
    return [
        str(db.with_name(db.name + suffix))
        for db in (config_db(root), logging_db(root))
        for suffix in ("", *SIDE_SUFFIXES)
    ]


def strace_apply(
    root: Path, prepared: Prepared, log_dir: Path, extra: list[str]
) -> subprocess.CompletedProcess[str]:
    """The real CLI apply under strace, which sees only the system calls into the databases."""
    paths = [arg for path in database_paths(root) for arg in ("-P", path)]
    command = [
        "strace", "-f", "-qq", "-e", "signal=none", *paths,
        "-e", f"trace={WRITES}", *extra,
        sys.executable, "-m", "rms_wizard",
        "apply", "--root", str(root), "--backup", str(prepared.backup), "--password-stdin",
    ]  # fmt: skip
    return subprocess.run(
        command,
        input=prepared.password,
        capture_output=True,
        text=True,
        env=cli_env(log_dir),
        cwd=REPO,
        timeout=120,
        check=False,
    )


def database_writes(prepared: Prepared, tmp_path: Path, mode: str) -> list[str]:
    """The system calls (names, in order) by which one apply changes the databases."""
    root = server(prepared, tmp_path / f"count-{mode}", mode)
    trace = tmp_path / f"trace-{mode}"
    done = strace_apply(root, prepared, tmp_path, ["-o", str(trace)])
    assert done.returncode == 0, done.stderr
    # one call per line; a call another thread interrupted is two lines, its second "resumed"
    lines = trace.read_text().splitlines()
    calls = [line for line in lines if line.strip() and "resumed>" not in line]
    assert any("DRMS_Config.db" in line for line in calls)  # the migration writes are seen
    return [re.sub(r"^\d+\s+", "", line).split("(")[0] for line in calls]


def sample(total: int) -> list[int]:
    """Up to SAMPLES points in 0..total-1, evenly spread, both ends in."""
    if total <= SAMPLES:
        return list(range(total))
    return sorted({round(i * (total - 1) / (SAMPLES - 1)) for i in range(SAMPLES)})


@pytest.mark.parametrize("mode", ["delete", "wal"])
def test_a_kill_at_a_database_write_recovers_to_exactly_one_release(
    prepared: Prepared, tmp_path: Path, mode: str
) -> None:
    calls = database_writes(prepared, tmp_path, mode)
    assert len(calls) > 10, calls  # a migration's worth of writes, not an empty trace
    outcomes: dict[int, str] = {}
    for index in sample(len(calls)):
        # strace counts each system call apart: the index-th write is the nth of its kind
        name = calls[index]
        nth = calls[: index + 1].count(name)
        root = server(prepared, tmp_path / f"kill-{index}", mode)
        inject = ["-o", "/dev/null", "-e", f"inject={name}:signal=KILL:when={nth}"]
        killed = strace_apply(root, prepared, tmp_path, inject)
        assert killed.returncode == -signal.SIGKILL, (index, name, nth, killed.stderr)
        recover_interrupted(root)
        db = config_db(root)
        for database in (db, logging_db(root)):
            assert not side_files(database), (index, side_files(database))
        assert integrity_ok(db), index
        verified = verify_tree(root)
        assert verified.ok, (index, [str(d) for d in verified.differences])
        state = detect_install(root)
        assert state.config_db is not None and state.config_db.schema_release is verified.state
        assert verified.state is not None
        assert_exactly(root, prepared, verified.state.value)  # every file; no side file either
        outcomes[index] = verified.state.value
    # A kill inside the migration (after the commit point) completes; one before it (WAL mode:
    # settling the databases before the run) rolls back.
    assert "SP1" in outcomes.values(), outcomes
    if mode == "wal":
        assert set(outcomes.values()) == {"1.0", "SP1"}, outcomes


# ------------------------------------------------------------------------------ a live writer

WRITER = textwrap.dedent(
    """
    import sqlite3, sys, time
    from pathlib import Path
    db, table, stop, persistent = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4]

    def connect():
        return sqlite3.connect(db, timeout=60, isolation_level=None)

    conn = connect()
    conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    if persistent != "yes":
        conn.close()
    print("ready", flush=True)
    i = 0
    while not stop.exists():
        i += 1
        if persistent != "yes":
            conn = connect()  # a service that connects per request
        conn.execute("BEGIN IMMEDIATE")
        if table == "config":
            conn.execute(
                "INSERT INTO DRMS_TrustedUserDomains (Domain, AddedUtc) VALUES (?, ?)",
                (f"live{i}.example", "2007-01-01T00:00:00Z"),
            )
        else:
            conn.execute(
                "INSERT INTO DRMS_Log (TimeUtc, EventType, Detail) VALUES (?, ?, ?)",
                ("2007-01-01T00:00:00Z", "Certify", f"live {i}"),
            )
        conn.execute("COMMIT")
        print(i, flush=True)  # committed
        if persistent != "yes":
            conn.close()
            time.sleep(0.05)
        time.sleep(0.01)
    if persistent == "yes":
        conn.close()
    """
)


class Writer:
    """A second process writing rows to a database until stopped; counts what it committed."""

    def __init__(self, db: Path, table: str, stop: Path, *, persistent: bool = True) -> None:
        self.stop = stop
        keeps = "yes" if persistent else "no"
        self.process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), table, str(stop), keeps],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None and self.process.stdout.readline() == "ready\n"

    def finish(self) -> int:
        self.stop.touch()
        out, err = self.process.communicate(timeout=60)
        assert self.process.returncode == 0, err
        numbers = [int(line) for line in out.split()]
        return numbers[-1] if numbers else 0


def live_rows(db: Path, table: str) -> int:
    query = (
        "SELECT COUNT(*) FROM DRMS_TrustedUserDomains WHERE Domain LIKE 'live%'"
        if table == "config"
        else "SELECT COUNT(*) FROM DRMS_Log WHERE Detail LIKE 'live %'"
    )
    with sqlite3.connect(reading_uri(db), uri=True) as conn:  # (plain "ro" would leave a -wal)
        rows = int(conn.execute(query).fetchone()[0])
    conn.close()
    return rows


def without_databases(root: Path) -> dict[str, object]:
    """Every path but the databases (which the writer changes), and their folder's mtime (which
    SQLite's side files coming and going change)."""
    names = {Path(p).name for p in database_paths(root)}
    folder = config_db(root).parent.relative_to(root).as_posix()
    return {
        rel: entry.kind if rel == folder else entry
        for rel, entry in snapshot(root).items()
        if Path(rel).name not in names
    }


@pytest.mark.parametrize(
    ("mode", "table"), [("wal", "config"), ("wal", "logging"), ("delete", "logging")]
)
def test_apply_refuses_while_rms_has_its_database_open(
    prepared: Prepared, tmp_path: Path, mode: str, table: str
) -> None:
    """The service keeps its database open (SQLite's lock says so in WAL mode; in rollback-journal
    mode an idle connection holds none, the OS's list of open files does). Refused with one
    line, nothing changed, every row the writer committed there."""
    root = server(prepared, tmp_path / "s", mode)
    db = config_db(root) if table == "config" else logging_db(root)
    before = without_databases(root)
    writer = Writer(db, table, tmp_path / "stop")
    try:
        time.sleep(0.2)  # some rows in before apply starts
        result = run_cli(
            "apply", "--root", root, "--backup", prepared.backup, "--password-stdin",
            stdin=prepared.password, log_dir=tmp_path,
        )  # fmt: skip
    finally:
        committed = writer.finish()
    line = assert_clean_error(result, 2)
    assert f"RMS is still writing to its database {db.name}: stop the RMS service first" in line
    assert without_databases(root) == before  # nothing else was touched
    assert committed > 0 and live_rows(db, table) == committed  # every row is there
    for database in (config_db(root), logging_db(root)):
        assert not side_files(database)  # the writer closed: SQLite removed its files
    state = detect_install(root)
    assert state.config_db is not None and state.config_db.schema_release is Release.V1
    assert verify_tree(root).state is Release.V1


def _commit_step(prepared: Prepared, tmp_path: Path) -> int:
    events: list[ProgressEvent] = []
    apply_update(
        prepared.copy("v1", tmp_path / "probe"),
        backup_dir=prepared.backup,
        password=SecretStr(prepared.password),
        progress=events.append,
        faults=FaultPlan(None),
    )
    phase = "Recording the new version in the registry"
    return next(e.step for e in events if str(e.phase) == phase)


@pytest.mark.parametrize("after_commit", [False, True], ids=["at-commit", "after-commit"])
def test_no_row_of_a_live_writer_is_lost_to_a_kill_and_recover(
    prepared: Prepared, tmp_path: Path, after_commit: bool
) -> None:
    """Rollback-journal mode, a writer that connects per request (between requests nothing
    shows it): apply killed at its commit step or just after it, the writer going on until
    recover has run. Every row it committed is in the database, whose schema is exactly 1.0's
    or SP1's."""
    commit = _commit_step(prepared, tmp_path)
    root = server(prepared, tmp_path / "s", "delete")
    db = config_db(root)
    writer = Writer(db, "config", tmp_path / "stop", persistent=False)
    try:
        time.sleep(0.2)
        step = commit + 1 if after_commit else commit
        for _attempt in range(20):
            killed = run_cli(
                "apply", "--root", root, "--backup", prepared.backup, "--password-stdin",
                stdin=prepared.password, log_dir=tmp_path,
                env=cli_env(tmp_path, RMS_WIZARD_FAULT=f"kill-at-step:{step}"),
            )  # fmt: skip
            if killed.returncode != 2:
                break
            # caught with its connection open: refused, and nothing else changed
            assert "RMS is still writing to its database" in killed.stderr, killed.stderr
            assert verify_tree(root).state is Release.V1
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        time.sleep(0.3)  # the writer goes on between the kill and the recovery
        outcome = recover_interrupted(root)
        time.sleep(0.2)  # ... and after it
    finally:
        committed = writer.finish()
    assert outcome == ("completed" if after_commit else "rolled-back")
    assert committed > 0 and live_rows(db, "config") == committed
    assert integrity_ok(db) and not side_files(db)
    verified = verify_tree(root)
    assert verified.ok and verified.state is (Release.SP1 if after_commit else Release.V1)
    state = detect_install(root)
    assert state.config_db is not None and state.config_db.schema_release is verified.state


# ------------------------------------------------------------------------------ RMS killed

CRASHING_WRITER = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1])\n"
    "conn.execute(\"INSERT INTO DRMS_TrustedUserDomains (Domain, AddedUtc) VALUES ('crash.example', 'x')\")\n"
    "conn.commit()\n"
)


def test_a_hot_journal_rms_left_is_named_and_recover_finishes_it(
    prepared: Prepared, tmp_path: Path
) -> None:
    """RMS killed inside its own commit (its journal written, the database not yet): detection
    names the hot journal in one line instead of failing on it; recover lets SQLite roll it
    back, and the server verifies as exactly 1.0 with no side file."""
    root = server(prepared, tmp_path / "s", "delete")
    db = config_db(root)
    before = dump_content(db)
    killed = subprocess.run(
        [
            "strace", "-qq", "-o", "/dev/null", "-P", str(db), "-e", "trace=pwrite64",
            "-e", "inject=pwrite64:signal=KILL:when=1",
            sys.executable, "-c", CRASHING_WRITER, str(db),
        ],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert [p.name for p in side_files(db)] == ["DRMS_Config.db-journal"]
    for command in ("detect", "verify"):
        result = run_cli(command, "--root", root, log_dir=tmp_path)
        line = assert_clean_error(result, 2)
        assert "unfinished SQLite transaction (DRMS_Config.db-journal" in line, line
        assert "run recover" in line
    recovered = run_cli("recover", "--root", root, log_dir=tmp_path)
    assert recovered.returncode == 0, recovered.stderr
    assert not side_files(db) and integrity_ok(db)
    assert dump_content(db) == before  # SQLite rolled the unfinished transaction back
    assert verify_tree(root).ok and verify_tree(root).state is Release.V1
    assert_exactly(root, prepared, "1.0")


@pytest.mark.parametrize("immutable", ["database", "folder"])
def test_a_database_sqlite_cannot_write_is_refused_before_any_change(
    prepared: Prepared, tmp_path: Path, immutable: str
) -> None:
    """``chattr +i`` on the configuration database or its folder (SQLite would open it read-only
    and fail inside the migration): apply refuses in one line, and not a byte, name or time
    stamp in the tree changes."""
    root = server(prepared, tmp_path / "s", "delete")
    target = config_db(root) if immutable == "database" else config_db(root).parent
    subprocess.run(["chattr", "+i", str(target)], check=True)
    try:
        before = snapshot(root)
        result = run_cli(
            "apply", "--root", root, "--backup", prepared.backup, "--password-stdin",
            stdin=prepared.password, log_dir=tmp_path,
        )  # fmt: skip
        after = snapshot(root)
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=True)
    line = assert_clean_error(result, 2)
    assert f"The database {config_db(root)} cannot be changed: access is denied" in line, line
    assert after == before


def test_a_journal_of_an_earlier_version_undoes_its_migration_without_leaving_side_files(
    prepared: Prepared, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Earlier versions migrated before the commit point, with a safety copy to undo from. Such
    a run, interrupted with a hot journal beside the migrated database: recover puts the copy
    back, and SQLite's journal does not stay beside it (nor get applied to it)."""
    from rms_wizard.core.engine.payload import sp1_payload
    from rms_wizard.core.engine.step_models import Cleanup, MigrateConfigDb, StageStep

    root = server(prepared, tmp_path / "s", "delete")
    db = config_db(root)
    before = dump_content(db)
    staging = ".rms-wizard/staging/old"
    migration = sp1_payload().manifest.config_db_migration
    assert migration is not None
    steps = [
        StageStep(folder=staging),
        MigrateConfigDb(
            db=db.relative_to(root).as_posix(), pre_copy=f"{staging}/config.pre.db",
            migration=migration,
        ),
        Cleanup(remove=[staging]),
    ]  # fmt: skip

    class Killed(BaseException):
        pass

    def killed(self: Transaction, started: int) -> None:
        raise Killed()  # no rollback: the journal stays, as after a kill

    with monkeypatch.context() as patch:
        patch.setattr(Transaction, "roll_back", killed)
        with pytest.raises(Killed):
            Transaction(root, "apply", steps).run(faults=FaultPlan("fail-at-step:3"))
    assert dump_content(db) != before  # migrated
    crashed = subprocess.run(
        [
            "strace", "-qq", "-o", "/dev/null", "-P", str(db), "-e", "trace=pwrite64",
            "-e", "inject=pwrite64:signal=KILL:when=1",
            sys.executable, "-c", CRASHING_WRITER, str(db),
        ],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert crashed.returncode == -signal.SIGKILL and side_files(db), crashed.stderr
    assert recover_interrupted(root) == "rolled-back"
    assert not side_files(db) and integrity_ok(db)
    assert dump_content(db) == before
    assert_exactly(root, prepared, "1.0")
