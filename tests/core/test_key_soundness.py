"""A key that opens is not enough: it must be a sound RSA key (issue 12, item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from enginekit import Prepared, Templates, diff, key_file, prepare, snapshot
from keydamage import damage_one_character
from pydantic import SecretStr

from rms_wizard.core import key_soundness
from rms_wizard.core.apply import apply_update
from rms_wizard.core.backup import make_backup
from rms_wizard.core.detect import detect_install
from rms_wizard.core.secrets import (
    DamagedKeyError,
    encrypted_private_key_pem,
    verify_private_key_password,
)
from rms_wizard.core.transaction import FaultPlan

PASSWORD = "Sleutel-9c2e-Wachtwoord"


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("keys")
    return prepare(base, Templates(base))


def test_one_changed_character_is_a_damaged_key(tmp_path: Path) -> None:
    path = tmp_path / "key.pem"
    path.write_bytes(damage_one_character(encrypted_private_key_pem(SecretStr(PASSWORD)), PASSWORD))
    with pytest.raises(DamagedKeyError, match="is damaged"):
        verify_private_key_password(path, SecretStr(PASSWORD))


def test_a_sound_key_is_fully_checked_once_per_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_soundness.forget_sound_keys()
    full_loads: list[bool] = []
    real_load = serialization.load_pem_private_key

    def counting(data, password, backend=None, *, unsafe_skip_rsa_key_validation=False):  # type: ignore[no-untyped-def]
        full_loads.append(not unsafe_skip_rsa_key_validation)
        return real_load(
            data, password, unsafe_skip_rsa_key_validation=unsafe_skip_rsa_key_validation
        )

    monkeypatch.setattr(serialization, "load_pem_private_key", counting)
    path = tmp_path / "key.pem"
    path.write_bytes(encrypted_private_key_pem(SecretStr(PASSWORD)))
    copy = tmp_path / "copy.pem"
    copy.write_bytes(path.read_bytes())
    for key in (path, copy, path):
        verify_private_key_password(key, SecretStr(PASSWORD))
    assert full_loads.count(True) == 1  # the copy has the same bytes: no second full check


def test_a_backup_of_a_damaged_live_key_writes_nothing(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    key = key_file(root)
    key.write_bytes(damage_one_character(key.read_bytes(), prepared.password))
    before = snapshot(root)
    with pytest.raises(DamagedKeyError, match="is damaged"):
        make_backup(
            detect_install(root),
            tmp_path / "b",
            include_logging_db=False,
            password=SecretStr(prepared.password),
        )
    assert not (tmp_path / "b").exists()
    assert not diff(before, snapshot(root))


@pytest.mark.parametrize("damage", ["one character", "garbage"])
def test_apply_refuses_when_the_live_key_is_damaged(
    prepared: Prepared, tmp_path: Path, damage: str
) -> None:
    """The backup's key is sound; the server's own key is not: nothing is updated."""
    root = prepared.copy("v1", tmp_path / "s")
    key = key_file(root)
    if damage == "garbage":
        key.write_bytes(b"-----BEGIN ENCRYPTED PRIVATE KEY-----\nZ2FyYmFnZQ==\n")
    else:
        key.write_bytes(damage_one_character(key.read_bytes(), prepared.password))
    before = snapshot(root)
    with pytest.raises(DamagedKeyError) as info:
        apply_update(
            root,
            backup_dir=prepared.backup,
            password=SecretStr(prepared.password),
            faults=FaultPlan(None),
        )
    assert str(key) in str(info.value)
    assert not diff(before, snapshot(root))
