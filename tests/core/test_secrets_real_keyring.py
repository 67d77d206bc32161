"""SecretStore through a real gnome-keyring Secret Service (the `secret_service` fixture)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import keyring
import pytest
from keyring_daemon import (
    KeyringDaemon,
    KeyringDaemonError,
    missing_tools,
    start_keyring_daemon,
)
from pydantic import SecretStr

from rms_wizard.core.keys.private_key import (
    create_encrypted_private_key,
    verify_private_key_password,
)
from rms_wizard.core.keys.secrets import SANDBOX_SERVICE, SERVICE, SecretStore, account_for

pytestmark = pytest.mark.keyring_daemon

# The Secret Service client keyring uses on Linux; elsewhere this module skips.
secretstorage = pytest.importorskip("secretstorage")

# Non-ASCII on purpose: the password must survive D-Bus and the keyring unchanged.
PASSWORD_TEXT = "wachtwoord-é€-🔑-" + uuid.uuid4().hex


def _unique_account() -> str:
    return account_for(f"rms-{uuid.uuid4().hex[:12]}.contoso.com", "root")


def _items_in_daemon(service: str, account: str) -> list[object]:
    """Ask the daemon directly (not through keyring) which items hold service + account."""
    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        return list(collection.search_items({"service": service, "username": account}))
    finally:
        connection.close()


def test_secret_service_is_selected_and_secure(secret_service: KeyringDaemon) -> None:
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"
    store = SecretStore()
    assert store.backend_name() == "SecretService Keyring"
    assert store.is_secure()
    assert store.insecure_reason() is None


def test_store_get_delete_through_the_daemon(secret_service: KeyringDaemon) -> None:
    store = SecretStore()
    account = _unique_account()
    assert store.get(account) is None

    store.store(account, SecretStr(PASSWORD_TEXT))  # SecretService is secure: not refused
    assert len(_items_in_daemon(SERVICE, account)) == 1  # it really is in gnome-keyring
    got = store.get(account)
    assert got is not None
    assert got.get_secret_value() == PASSWORD_TEXT

    store.store(account, SecretStr(PASSWORD_TEXT + "-new"))  # replaces, does not duplicate
    assert len(_items_in_daemon(SERVICE, account)) == 1
    assert store.get(account) == SecretStr(PASSWORD_TEXT + "-new")

    store.delete(account)
    assert store.get(account) is None
    assert _items_in_daemon(SERVICE, account) == []
    store.delete(account)  # already gone: no error


def test_sandbox_entries_are_separate_in_the_daemon(secret_service: KeyringDaemon) -> None:
    real, sandbox = SecretStore(), SecretStore(sandbox=True)
    account = _unique_account()
    try:
        real.store(account, SecretStr("real-" + PASSWORD_TEXT))
        assert sandbox.get(account) is None
        sandbox.store(account, SecretStr("sandbox-" + PASSWORD_TEXT))

        assert real.get(account) == SecretStr("real-" + PASSWORD_TEXT)
        assert sandbox.get(account) == SecretStr("sandbox-" + PASSWORD_TEXT)
        assert len(_items_in_daemon(SERVICE, account)) == 1
        assert len(_items_in_daemon(SANDBOX_SERVICE, account)) == 1

        sandbox.delete_all_sandbox([account])
        assert sandbox.get(account) is None
        assert _items_in_daemon(SANDBOX_SERVICE, account) == []
        assert real.get(account) == SecretStr("real-" + PASSWORD_TEXT)
    finally:
        real.delete(account)
        sandbox.delete(account)


def test_remembered_password_opens_the_private_key(
    secret_service: KeyringDaemon, tmp_path: Path
) -> None:
    """The wizard's flow: key on disk, password remembered, later read back and verified."""
    key = tmp_path / "server.pem"
    create_encrypted_private_key(key, SecretStr(PASSWORD_TEXT))
    store = SecretStore(sandbox=True)
    account = _unique_account()
    store.store(account, SecretStr(PASSWORD_TEXT))
    try:
        remembered = store.get(account)
        assert remembered is not None
        verify_private_key_password(key, remembered)
    finally:
        store.delete(account)


def test_daemon_helper_leaves_no_process_behind() -> None:
    """A second, short-lived daemon pair: after stop() pgrep finds nothing, the folder is gone."""
    missing = missing_tools()
    if missing:
        pytest.skip(f"needs {' and '.join(missing)}")
    daemon = start_keyring_daemon()
    pids = daemon.pids
    assert len(pids) == 2
    assert daemon.leftover_pids() == sorted(pids)  # the check sees running daemons...
    daemon.stop()
    assert daemon.leftover_pids() == []  # ...and none after stop
    assert not daemon.base.exists()


def _fake_keyring_daemon(folder: Path, script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Put a stand-in gnome-keyring-daemon first on PATH (dbus-daemon stays the real one)."""
    if missing_tools():
        pytest.skip(f"needs {' and '.join(missing_tools())}")
    fake = folder / "gnome-keyring-daemon"
    fake.write_text(f"#!/bin/sh\n{script}\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")


def test_a_crashing_keyring_daemon_is_reported_and_cleaned_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_keyring_daemon(tmp_path, "echo 'cannot start' >&2; exit 1", monkeypatch)
    with pytest.raises(KeyringDaemonError, match="exited with 1") as info:
        start_keyring_daemon(timeout=30)
    assert "cannot start" in str(info.value)  # the daemon's log is in the error
    assert info.value.daemon is not None
    assert info.value.daemon.leftover_pids() == []


def test_a_hanging_keyring_daemon_hits_the_deadline_and_is_killed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like gnome-keyring-daemon without a HOME: never ready. The deadline ends the wait."""
    _fake_keyring_daemon(tmp_path, "exec sleep 300", monkeypatch)
    with pytest.raises(
        KeyringDaemonError, match=r"did not own org\.freedesktop\.secrets in time"
    ) as info:
        start_keyring_daemon(timeout=0.5)
    assert info.value.daemon is not None
    assert info.value.daemon.leftover_pids() == []
