"""Backups: what they hold, owner-only modes, consistency while RMS writes, and verify_backup."""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
import traceback
from pathlib import Path

import pytest
from enginekit import Templates, config_db, diff, logging_db, password_of, sha256, snapshot
from pydantic import SecretStr

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.common.progress import Cancelled, CancelToken, ProgressEvent
from rms_wizard.core.engine.backup import (
    MANIFEST_NAME,
    BackupInvalidError,
    load_backup,
    make_backup,
    verify_backup,
)
from rms_wizard.core.engine.configdb import dump_content, integrity_ok
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.install.models import Release, ServerIdentity
from rms_wizard.core.keys.private_key import WrongPasswordError

PASSWORD = SecretStr(password_of("single-server-v1"))
WRONG = SecretStr("Not-The-Password-31337")


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("backup"))


@pytest.fixture(scope="module")
def backup(templates: Templates, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A good backup of single-server-v1 (logging database included); tests copy it to change it."""
    dest = tmp_path_factory.mktemp("good") / "backup"
    root = templates.template("single-server-v1")
    make_backup(detect_install(root), dest, include_logging_db=True, password=PASSWORD)
    return dest


@pytest.fixture
def v1(templates: Templates, tmp_path: Path) -> Path:
    return templates.copy("single-server-v1", tmp_path / "server")


def test_backup_contents_and_modes(v1: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b"
    events: list[ProgressEvent] = []
    state = detect_install(v1)
    made = make_backup(
        state, dest, include_logging_db=True, password=PASSWORD, progress=events.append
    )
    assert stat.S_IMODE(dest.stat().st_mode) == 0o700
    names = sorted(p.name for p in dest.iterdir())
    assert names == ["DRMS_Config.db", "DRMS_Logging.db", "ServerPrivateKey.pem", MANIFEST_NAME]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in dest.iterdir())
    manifest = load_backup(dest).manifest
    assert manifest == made.manifest
    assert manifest.server == state.identity and manifest.release is Release.V1
    assert manifest.seal is not None
    assert {i.kind: i.sha256 for i in manifest.items} == {
        "config-db": sha256(dest / "DRMS_Config.db"),
        "private-key": sha256(dest / "ServerPrivateKey.pem"),
        "logging-db": sha256(dest / "DRMS_Logging.db"),
    }
    # the key is copied as it is (still encrypted); the databases have the same content
    assert (dest / "ServerPrivateKey.pem").read_bytes() == Path(
        state.private_key.path if state.private_key else ""
    ).read_bytes()
    assert dump_content(dest / "DRMS_Config.db") == dump_content(config_db(v1))
    assert dump_content(dest / "DRMS_Logging.db") == dump_content(logging_db(v1))
    assert [e.step for e in events] == [1, 2, 3, 3] and events[-1].bytes_done == events[
        -1
    ].bytes_total
    verify_backup(dest, PASSWORD, server=state.identity)


def test_backup_without_logging_db(v1: Path, tmp_path: Path) -> None:
    made = make_backup(
        detect_install(v1), tmp_path / "b", include_logging_db=False, password=PASSWORD
    )
    assert [i.kind for i in made.manifest.items] == ["config-db", "private-key"]
    assert made.path_of("logging-db") is None


def test_backup_is_consistent_while_rms_writes(v1: Path, tmp_path: Path) -> None:
    """RMS keeps running: an open write transaction is not half copied, the copy is intact."""
    db = config_db(v1)
    before = dump_content(db)
    writer = sqlite3.connect(db, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO DRMS_TrustedUserDomains VALUES ('fabrikam.com', 'now')")
        writer.execute("UPDATE DRMS_ClusterPolicies SET PolicyData = 'changing'")
        made = make_backup(
            detect_install(v1), tmp_path / "b", include_logging_db=False, password=PASSWORD
        )
        copy = made.path_of("config-db")
        assert copy is not None and integrity_ok(copy)
        assert dump_content(copy) == before  # the committed state, not the half-done one
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert dump_content(db) != before


def test_a_wal_database_is_backed_up_whole_and_leaves_no_side_file(
    v1: Path, tmp_path: Path
) -> None:
    """A WAL-mode database whose last rows are still only in its -wal (RMS has it open): the
    copy holds them and stands alone (rollback-journal mode, no -wal of its own), verifying the
    backup leaves no side file in the backup folder, and once RMS closes, none at the source."""
    from rms_wizard.core.engine.sqlite_files import side_files

    db = config_db(v1)
    rms = sqlite3.connect(db, isolation_level=None)
    try:
        assert rms.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
        rms.execute("PRAGMA wal_autocheckpoint=0")  # the row stays in the -wal
        rms.execute("INSERT INTO DRMS_TrustedUserDomains VALUES ('fabrikam.com', 'now')")
        live = dump_content(db)
        made = make_backup(
            detect_install(v1), tmp_path / "b", include_logging_db=False, password=PASSWORD
        )
        copy = made.path_of("config-db")
        assert copy is not None and dump_content(copy) == live
        assert copy.read_bytes()[18:20] == b"\x01\x01"  # rollback-journal mode: stands alone
        verify_backup(tmp_path / "b", PASSWORD)
        assert not side_files(copy)
    finally:
        rms.close()
    assert not side_files(db)
    detect_install(v1)  # reading the closed WAL database leaves nothing behind either
    assert not side_files(db)


def test_wrong_password_writes_nothing(v1: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b"
    before = snapshot(v1)
    with pytest.raises(WrongPasswordError) as info:
        make_backup(detect_install(v1), dest, include_logging_db=True, password=WRONG)
    assert not dest.exists()
    assert not diff(before, snapshot(v1))
    text = "".join(traceback.format_exception(info.value))
    assert WRONG.get_secret_value() not in text and PASSWORD.get_secret_value() not in text


def test_existing_empty_destination_is_left_empty_on_failure(v1: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b"
    dest.mkdir()
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        make_backup(
            detect_install(v1), dest, include_logging_db=True, password=PASSWORD, cancel=token
        )
    assert dest.is_dir() and list(dest.iterdir()) == []
    with pytest.raises(Cancelled):
        make_backup(
            detect_install(v1),
            tmp_path / "c",
            include_logging_db=True,
            password=PASSWORD,
            cancel=token,
        )
    assert not (tmp_path / "c").exists()


def test_non_empty_destination_is_refused(v1: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b"
    dest.mkdir()
    (dest / "keep.txt").write_text("mine")
    with pytest.raises(BadInputError, match="exists and is not empty"):
        make_backup(detect_install(v1), dest, include_logging_db=False, password=PASSWORD)
    assert [p.name for p in dest.iterdir()] == ["keep.txt"]


def test_missing_sources_are_refused(templates: Templates, tmp_path: Path) -> None:
    state = detect_install(templates.template("no-rms"))
    with pytest.raises(BadInputError, match="no configuration database"):
        make_backup(state, tmp_path / "b", include_logging_db=False, password=PASSWORD)
    root = templates.copy("single-server-v1", tmp_path / "s")
    logging_db(root).unlink()
    with pytest.raises(BadInputError, match="no logging database"):
        make_backup(
            detect_install(root), tmp_path / "b", include_logging_db=True, password=PASSWORD
        )
    assert not (tmp_path / "b").exists()


# ------------------------------------------------------------------------------ verify_backup


def copy_of(backup: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(backup, tmp_path / "copy"))


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_verify_good_backup(backup: Path) -> None:
    server = load_backup(backup).manifest.server
    assert verify_backup(backup, PASSWORD, server=server).folder == backup


def test_verify_wrong_password(backup: Path) -> None:
    with pytest.raises(WrongPasswordError) as info:
        verify_backup(backup, WRONG)
    assert WRONG.get_secret_value() not in repr(info.value) + str(info.value.args)


@pytest.mark.parametrize(
    "item", ["DRMS_Config.db", "DRMS_Logging.db", "ServerPrivateKey.pem"], ids=str
)
def test_flipped_byte_in_an_item_is_refused(backup: Path, tmp_path: Path, item: str) -> None:
    copy = copy_of(backup, tmp_path)
    flip(copy / item, (copy / item).stat().st_size // 2)
    with pytest.raises(BackupInvalidError, match=f"{item} was changed after the backup was made"):
        verify_backup(copy, PASSWORD)


def test_flipped_byte_in_any_line_of_backup_json_is_refused(backup: Path, tmp_path: Path) -> None:
    """One byte flipped in the value of every line of backup.json: the backup is refused, also
    where only the seal can tell (the time, the tool version, a source path, the server)."""
    raw = (backup / MANIFEST_NAME).read_bytes()
    offsets = []
    start = 0
    for line in raw.split(b"\n"):
        colon = line.find(b": ")
        if colon >= 0 and len(line) > colon + 3:
            offsets.append(start + colon + 3 + (len(line) - colon - 3) // 2)
        start += len(line) + 1
    assert len(offsets) > 25
    server = load_backup(backup).manifest.server
    for index, offset in enumerate(offsets):
        copy = tmp_path / f"c{index}"
        shutil.copytree(backup, copy)
        flip(copy / MANIFEST_NAME, offset)
        with pytest.raises(BackupInvalidError):
            verify_backup(copy, PASSWORD, server=server)


def test_replaced_item_with_a_matching_hash_breaks_the_seal(backup: Path, tmp_path: Path) -> None:
    """Changing a database *and* its recorded hash needs the password: the seal says no."""
    copy = copy_of(backup, tmp_path)
    db = copy / "DRMS_Config.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE DRMS_ClusterPolicies SET PolicyData = 'evil'")
    conn.close()
    data = json.loads((copy / MANIFEST_NAME).read_text(encoding="utf-8"))
    for item in data["items"]:
        if item["kind"] == "config-db":
            item["sha256"], item["size"] = sha256(db), db.stat().st_size
    (copy / MANIFEST_NAME).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BackupInvalidError, match=r"backup\.json was changed"):
        verify_backup(copy, PASSWORD)


def test_missing_seal_is_refused(backup: Path, tmp_path: Path) -> None:
    copy = copy_of(backup, tmp_path)
    data = json.loads((copy / MANIFEST_NAME).read_text(encoding="utf-8"))
    del data["seal"]
    (copy / MANIFEST_NAME).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BackupInvalidError, match=r"backup\.json was changed"):
        verify_backup(copy, PASSWORD)


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda c: shutil.rmtree(c), "the folder does not exist"),
        (lambda c: (c / MANIFEST_NAME).unlink(), "it has no backup.json"),
        (lambda c: (c / MANIFEST_NAME).write_text("{"), "backup.json is damaged"),
        (lambda c: (c / "DRMS_Config.db").unlink(), "DRMS_Config.db is missing"),
        (
            lambda c: (c / "DRMS_Config.db").write_bytes(b"x" * 32768),
            "DRMS_Config.db was changed",
        ),
    ],
)
def test_damaged_backups_are_refused(backup: Path, tmp_path: Path, damage, words: str) -> None:  # type: ignore[no-untyped-def]
    copy = copy_of(backup, tmp_path)
    damage(copy)
    with pytest.raises(BackupInvalidError, match=words):
        verify_backup(copy, PASSWORD)


def test_incomplete_backup_is_refused(v1: Path, tmp_path: Path) -> None:
    made = make_backup(
        detect_install(v1), tmp_path / "b", include_logging_db=False, password=PASSWORD
    )
    with pytest.raises(BackupInvalidError, match="does not contain the logging-db"):
        verify_backup(made.folder, PASSWORD, require=("config-db", "private-key", "logging-db"))


def test_backup_of_another_server_is_refused(backup: Path) -> None:
    other = ServerIdentity(name="RMS-LIC01", cluster_id="contoso-lic")
    with pytest.raises(BackupInvalidError, match="made on server RMS-ROOT01, not on RMS-LIC01"):
        verify_backup(backup, PASSWORD, server=other)


def test_a_wrong_password_that_decrypts_to_garbage_is_still_a_wrong_password(
    backup: Path,
) -> None:
    """About 1 wrong password in 400 yields valid padding by chance; the garbage then fails to
    parse. That must still say "wrong password", not "damaged key" (it did: a typo in the
    password told the admin the backed-up key was damaged)."""
    from cryptography.hazmat.primitives import serialization

    key = backup / "ServerPrivateKey.pem"
    data = key.read_bytes()
    for attempt in range(20_000):
        candidate = f"typo-{attempt}"
        try:
            serialization.load_pem_private_key(
                data, candidate.encode(), unsafe_skip_rsa_key_validation=True
            )
        except ValueError as exc:
            if "password" not in str(exc).lower():
                break  # found one: decrypted with valid padding, then failed to parse
    else:
        pytest.fail("no wrong password with valid padding found")
    with pytest.raises(WrongPasswordError):
        verify_backup(backup, SecretStr(candidate))
