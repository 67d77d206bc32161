"""A key that opens is not enough: it must be a sound RSA key (issue 12, item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from enginekit import Prepared, Templates, diff, key_file, prepare, snapshot
from keydamage import damage_one_character
from pydantic import SecretStr

from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.backup import make_backup
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.keys import key_soundness
from rms_wizard.core.keys.private_key import (
    DamagedKeyError,
    encrypted_private_key_pem,
    verify_private_key_password,
)

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
    checks: list[object] = []
    real_check = key_soundness._consistent

    def counting(key):  # type: ignore[no-untyped-def]
        checks.append(key)
        return real_check(key)

    monkeypatch.setattr(key_soundness, "_consistent", counting)
    path = tmp_path / "key.pem"
    path.write_bytes(encrypted_private_key_pem(SecretStr(PASSWORD)))
    copy = tmp_path / "copy.pem"
    copy.write_bytes(path.read_bytes())
    for key in (path, copy, path):
        verify_private_key_password(key, SecretStr(PASSWORD))
    assert len(checks) == 1  # the copy has the same bytes: no second full check


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


def test_the_check_agrees_with_cryptography_s_full_load() -> None:
    """The numbers are checked in Python (the GIL is let go between steps); on every key, sound
    or damaged one character at a time, the answer is cryptography's own."""
    key_soundness.forget_sound_keys()
    pem = encrypted_private_key_pem(SecretStr(PASSWORD))
    lines = pem.split(b"\n")
    cases = [pem]
    for index in range(2, len(lines) - 3, 2):
        line = lines[index]
        new = b"B" if line[30:31] != b"B" else b"C"
        cases.append(b"\n".join([*lines[:index], line[:30] + new + line[31:], *lines[index + 1 :]]))
    verdicts = []
    for data in cases:
        try:
            serialization.load_pem_private_key(data, PASSWORD.encode())
            loads = True
        except Exception:  # any refusal: damaged
            loads = False
        verdicts.append(loads)
        assert key_soundness.key_is_sound(data, PASSWORD.encode()) is loads
    assert verdicts[0] and not all(verdicts)  # the sound key, and damage it caught
