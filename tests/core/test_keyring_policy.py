"""The keyring allow-list (issue 12, item 9): a backend is trusted for what it is, not its name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService
from keyring.backends.chainer import ChainerBackend
from pydantic import SecretStr

from rms_wizard.core.keys.keyring_policy import TRUSTED_BACKENDS, assess_backend, backend_id
from rms_wizard.core.keys.secrets import SANDBOX_SERVICE, InsecureKeyringError, SecretStore

PASSWORD_TEXT = "Sleutel-wachtwoord-4e1b77"


class VaultKeyring(KeyringBackend):
    """Stores every password in clear in a JSON file, under a name that sounds safe."""

    priority = -1  # type: ignore[assignment]

    def __init__(self, file: Path) -> None:
        super().__init__()
        self.file = file

    def _items(self) -> dict[str, str]:
        return json.loads(self.file.read_text()) if self.file.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._items().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._items()
        items[f"{service}/{username}"] = password
        self.file.write_text(json.dumps(items))

    def delete_password(self, service: str, username: str) -> None:
        items = self._items()
        items.pop(f"{service}/{username}", None)
        self.file.write_text(json.dumps(items))


class Chainer(ChainerBackend):
    priority = -1

    def __init__(self, members: list[KeyringBackend]) -> None:
        super().__init__()
        self.members = members

    @property
    def backends(self) -> list[KeyringBackend]:
        return self.members


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[VaultKeyring]:
    previous = keyring.get_keyring()
    backend = VaultKeyring(tmp_path / "vault.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_a_clear_text_backend_with_an_innocent_name_is_refused_for_a_real_server(
    vault: VaultKeyring,
) -> None:
    store = SecretStore()
    reason = store.insecure_reason()
    assert reason is not None
    assert str(reason).startswith(
        f"The keyring backend {VaultKeyring.name} ({backend_id(vault)}) is not one known to "
        "encrypt passwords"
    )
    with pytest.raises(InsecureKeyringError):
        store.store("rms01", SecretStr(PASSWORD_TEXT))
    assert not vault.file.exists()  # nothing written, in clear or otherwise
    assert store.get("rms01") is None


def test_the_sandbox_may_use_it_for_its_training_passwords(vault: VaultKeyring) -> None:
    store = SecretStore(sandbox=True)
    assert store.is_secure()
    store.store("rms01", SecretStr(PASSWORD_TEXT))
    # what the real mode was protected from: the password sits in the file in clear
    assert json.loads(vault.file.read_text()) == {f"{SANDBOX_SERVICE}/rms01": PASSWORD_TEXT}
    assert store.get("rms01") == SecretStr(PASSWORD_TEXT)


def test_the_system_keyrings_are_trusted_by_their_exact_class(tmp_path: Path) -> None:
    assert assess_backend(SecretService.Keyring()).is_secure
    assert backend_id(SecretService.Keyring()) in TRUSTED_BACKENDS

    class FakeSecretService(SecretService.Keyring):
        """A subclass of a trusted backend may store anywhere: it is not trusted."""

    assert not assess_backend(FakeSecretService()).is_secure
    assert assess_backend(FakeSecretService(), sandbox=True).is_secure


def test_a_chainer_never_falls_through_to_an_untrusted_backend(tmp_path: Path) -> None:
    vault = VaultKeyring(tmp_path / "vault.json")
    secret_service = SecretService.Keyring()
    assert assess_backend(Chainer([vault, secret_service])).backend is secret_service
    refused = assess_backend(Chainer([vault]))
    assert not refused.is_secure and VaultKeyring.name in str(refused.reason)
    assert assess_backend(Chainer([vault]), sandbox=True).backend is vault
