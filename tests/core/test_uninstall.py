"""Removing SP1: the configuration database restored or kept, no rollback store, refusals, cancel."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from enginekit import (
    Prepared,
    Templates,
    assert_exactly,
    config_db,
    data_dir,
    diff,
    prepare,
    snapshot,
)
from pydantic import SecretStr

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.common.progress import Cancelled, CancelToken, ProgressEvent
from rms_wizard.core.engine.configdb import dump_content, read_config_v1
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.rollback_store import STORE_REL
from rms_wizard.core.engine.uninstall import uninstall_sp1
from rms_wizard.core.install.models import Release
from rms_wizard.core.keys.private_key import WrongPasswordError

NO_FAULT = FaultPlan(None)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("uninstall")
    return prepare(base, Templates(base))


def test_restore_gives_back_the_exact_1_0_tree_and_database(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    result = uninstall_sp1(
        root,
        restore_config_db=prepared.backup,
        password=SecretStr(prepared.password),
        faults=NO_FAULT,
    )
    assert result.config_db_restored and result.files_restored > 0 and result.files_removed > 0
    assert_exactly(root, prepared, "1.0")
    # byte for byte: every file but the configuration database (restored by SQLite's backup API,
    # so compared by content above) is the original 1.0 file
    original, now = snapshot(prepared.v1), snapshot(root)
    assert {r: e.digest for r, e in now.items() if not r.endswith("DRMS_Config.db")} == {
        r: e.digest for r, e in original.items() if not r.endswith("DRMS_Config.db")
    }
    assert dump_content(config_db(root)) == dump_content(config_db(prepared.v1))


def test_keep_leaves_the_sp1_database_which_1_0_still_reads(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    sp1_db = dump_content(config_db(root))
    result = uninstall_sp1(root, restore_config_db=None, faults=NO_FAULT)
    assert not result.config_db_restored
    assert any("RMS 1.0 ignores the fields SP1 added" in str(n) for n in result.notes)
    assert_exactly(root, prepared, "1.0", kept_db=True)
    assert dump_content(config_db(root)) == sp1_db  # the SP1 database, untouched
    state = detect_install(root)
    assert state.config_db is not None and state.config_db.schema_release is Release.SP1
    # the 1.0 reader sees exactly the 1.0 configuration
    assert read_config_v1(config_db(root)) == read_config_v1(config_db(prepared.v1))


def test_without_a_rollback_store_it_says_what_can_and_cannot_be_restored(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    shutil.rmtree(root / STORE_REL)
    before = snapshot(root)
    with pytest.raises(BadInputError) as info:
        uninstall_sp1(root, restore_config_db=None, faults=NO_FAULT)
    text = str(info.value)
    assert "rollback store" in text and "cannot be put back" in text
    assert "configuration database, from the backup" in text and "reinstall RMS 1.0" in text
    assert not diff(before, snapshot(root))


def test_removing_sp1_from_1_0_is_refused(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    before = snapshot(root)
    with pytest.raises(BadInputError, match="SP1 is not installed"):
        uninstall_sp1(root, restore_config_db=None, faults=NO_FAULT)
    assert not diff(before, snapshot(root))


@pytest.mark.parametrize(
    ("password", "error", "words"),
    [
        (None, BadInputError, "password is required"),
        (SecretStr("Wrong-1"), WrongPasswordError, "does not open"),
    ],
)
def test_restore_needs_the_right_password(
    prepared: Prepared, tmp_path: Path, password: SecretStr | None, error: type, words: str
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    before = snapshot(root)
    with pytest.raises(error, match=words):
        uninstall_sp1(root, restore_config_db=prepared.backup, password=password, faults=NO_FAULT)
    assert not diff(before, snapshot(root))


@pytest.mark.parametrize("cancel_at", [1, 5, 16, 17])
def test_cancel_rolls_back_to_sp1(prepared: Prepared, tmp_path: Path, cancel_at: int) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    token = CancelToken()

    def progress(event: ProgressEvent) -> None:
        if event.step == cancel_at:
            token.cancel()

    with pytest.raises(Cancelled):
        uninstall_sp1(
            root,
            restore_config_db=prepared.backup,
            password=SecretStr(prepared.password),
            progress=progress,
            cancel=token,
            faults=NO_FAULT,
        )
    assert_exactly(root, prepared, "SP1")


def test_data_folder_is_untouched_except_the_databases(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    key = data_dir(root) / "ServerPrivateKey.pem"
    before = key.stat().st_mtime_ns, key.read_bytes()
    uninstall_sp1(root, restore_config_db=None, faults=NO_FAULT)
    assert (key.stat().st_mtime_ns, key.read_bytes()) == before
