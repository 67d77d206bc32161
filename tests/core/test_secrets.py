"""The private key (create, verify) and SecretStore (policy, sandbox isolation) without a daemon."""

from __future__ import annotations

import base64
import os
import stat
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

import keyring
import keyring.errors
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from pydantic import SecretStr

from rms_wizard.core.common.messages import BadInputError, Message, RmsError
from rms_wizard.core.keys import keyring_policy, private_key
from rms_wizard.core.keys.private_key import (
    DamagedKeyError,
    EmptyPasswordError,
    KeyWriteError,
    WrongPasswordError,
    create_encrypted_private_key,
    encrypted_private_key_pem,
    verify_private_key_password,
)
from rms_wizard.core.keys.secrets import (
    SANDBOX_SERVICE,
    SERVICE,
    InsecureKeyringError,
    KeyringError,
    KeyringReadError,
    SecretStore,
    account_for,
    assess_backend,
)

# Module constants, not locals: a traceback rendered with its locals must not show them either.
SECRET_TEXT = "Geheim-7f3a9c-Wachtwoord"
OTHER_SECRET_TEXT = "Anders-b81d44-Wachtwoord"


def _beneath_tests(tb: TracebackType | None) -> TracebackType | None:
    """The traceback without this file's frames (a test's own locals hold passwords on purpose)."""
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    return tb


def leaked_in(exc: BaseException, secret: str) -> list[str]:
    """Every rendering of ``exc`` (and its chain) that contains ``secret``."""
    renderings = {
        "str": str(exc),
        "repr": repr(exc),
        "args": repr(exc.args),
        "traceback": "".join(traceback.format_exception(exc)),
        "traceback with locals": "".join(
            traceback.TracebackException(
                type(exc), exc, _beneath_tests(exc.__traceback__), capture_locals=True
            ).format()
        ),
    }
    if isinstance(exc, RmsError):
        renderings["message"] = repr(exc.message)
        renderings["details"] = repr(exc.details)
    return [name for name, text in renderings.items() if secret in text]


def assert_clean_error(exc: BaseException, secret: str = SECRET_TEXT) -> None:
    assert leaked_in(exc, secret) == []
    # No chained cryptography/backend exception travels along (not even a suppressed one).
    assert exc.__cause__ is None
    assert exc.__context__ is None


@pytest.fixture
def password() -> SecretStr:
    return SecretStr(SECRET_TEXT)


@pytest.fixture(scope="module")
def key_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("key") / "server-key.pem"
    create_encrypted_private_key(path, SecretStr(SECRET_TEXT))
    return path


# --------------------------------------------------------------------------------------------
# Creating the key
# --------------------------------------------------------------------------------------------


def test_created_key_is_encrypted_pkcs8_rsa_2048_with_mode_0600(key_file: Path) -> None:
    data = key_file.read_bytes()
    assert data.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----\n")
    assert SECRET_TEXT.encode() not in data
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = serialization.load_pem_private_key(data, password=SECRET_TEXT.encode())
    assert isinstance(key, rsa.RSAPrivateKey)
    assert key.key_size == 2048
    with pytest.raises(TypeError):  # it really needs the password
        serialization.load_pem_private_key(data, password=None)


def test_create_leaves_only_the_key_in_the_folder(tmp_path: Path, password: SecretStr) -> None:
    create_encrypted_private_key(tmp_path / "k.pem", password)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.pem"]


def test_create_replaces_an_existing_file_and_tightens_its_mode(
    tmp_path: Path, password: SecretStr
) -> None:
    path = tmp_path / "k.pem"
    path.write_text("old")
    path.chmod(0o644)
    create_encrypted_private_key(path, password)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    verify_private_key_password(path, password)


def test_failed_write_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, password: SecretStr, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "k.pem"
    path.write_bytes(b"previous key")

    def broken_fsync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(KeyWriteError) as info:
        create_encrypted_private_key(path, password)
    assert info.value.exit_code == 3
    assert "a read or write error occurred on the disk" in str(info.value)
    assert_clean_error(info.value)
    assert path.read_bytes() == b"previous key"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.pem"]


def test_writing_into_a_missing_folder_is_a_key_write_error(
    tmp_path: Path, password: SecretStr
) -> None:
    with pytest.raises(KeyWriteError):
        create_encrypted_private_key(tmp_path / "missing" / "k.pem", password)
    assert list(tmp_path.iterdir()) == []


def test_cached_key_gives_a_fresh_encryption_per_file(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pem", tmp_path / "b.pem"
    create_encrypted_private_key(first, SecretStr(SECRET_TEXT))
    create_encrypted_private_key(second, SecretStr(OTHER_SECRET_TEXT))
    assert first.read_bytes() != second.read_bytes()
    verify_private_key_password(first, SecretStr(SECRET_TEXT))
    verify_private_key_password(second, SecretStr(OTHER_SECRET_TEXT))
    with pytest.raises(WrongPasswordError):
        verify_private_key_password(second, SecretStr(SECRET_TEXT))

    def public_numbers(path: Path, text: str) -> rsa.RSAPublicNumbers:
        key = serialization.load_pem_private_key(path.read_bytes(), text.encode())
        assert isinstance(key, rsa.RSAPrivateKey)
        return key.public_key().public_numbers()

    # The cache reuses key material within the process; reuse_cached_key=False does not.
    assert public_numbers(first, SECRET_TEXT) == public_numbers(second, OTHER_SECRET_TEXT)
    fresh = tmp_path / "fresh.pem"
    create_encrypted_private_key(fresh, SecretStr(SECRET_TEXT), reuse_cached_key=False)
    assert public_numbers(fresh, SECRET_TEXT) != public_numbers(first, SECRET_TEXT)


def test_key_cache_can_be_cleared() -> None:
    pem = encrypted_private_key_pem(SecretStr(SECRET_TEXT))
    private_key.clear_key_cache()
    assert private_key._key_cache == {}
    again = encrypted_private_key_pem(SecretStr(SECRET_TEXT))
    load = serialization.load_pem_private_key
    assert load(pem, SECRET_TEXT.encode()).public_key().public_numbers() != (
        load(again, SECRET_TEXT.encode()).public_key().public_numbers()
    )


def test_empty_password_cannot_protect_a_key(tmp_path: Path) -> None:
    with pytest.raises(EmptyPasswordError) as info:
        create_encrypted_private_key(tmp_path / "k.pem", SecretStr(""))
    assert isinstance(info.value, BadInputError)
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------------------------
# Verifying the password
# --------------------------------------------------------------------------------------------


def test_right_password_opens_the_key(key_file: Path, password: SecretStr) -> None:
    verify_private_key_password(key_file, password)  # raises on any failure


@pytest.mark.parametrize("wrong", [OTHER_SECRET_TEXT, SECRET_TEXT.lower(), SECRET_TEXT + " ", ""])
def test_wrong_password_is_a_wrong_password_error(key_file: Path, wrong: str) -> None:
    with pytest.raises(WrongPasswordError) as info:
        verify_private_key_password(key_file, SecretStr(wrong))
    error = info.value
    assert isinstance(error, BadInputError)
    assert not isinstance(error, DamagedKeyError)
    assert error.message == Message(
        "The password does not open the private key %1.", (str(key_file),)
    )
    assert str(error) == f"The password does not open the private key {key_file}."
    assert_clean_error(error)
    if wrong:
        assert_clean_error(error, wrong)


def test_legacy_encrypted_pem_is_accepted_too(tmp_path: Path, password: SecretStr) -> None:
    """An OpenSSL "Proc-Type: 4,ENCRYPTED" key (exported by older tools) is an encrypted key."""
    path = tmp_path / "legacy.pem"
    path.write_bytes(
        _plain_key().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.BestAvailableEncryption(SECRET_TEXT.encode()),
        )
    )
    assert b"Proc-Type: 4,ENCRYPTED" in path.read_bytes()
    verify_private_key_password(path, password)
    with pytest.raises(WrongPasswordError):
        verify_private_key_password(path, SecretStr(OTHER_SECRET_TEXT))


def _encrypted_der() -> bytes:
    key = serialization.load_pem_private_key(
        encrypted_private_key_pem(SecretStr(SECRET_TEXT)), SECRET_TEXT.encode()
    )
    return key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(SECRET_TEXT.encode()),
    )


def _pem(der: bytes, label: str = "ENCRYPTED PRIVATE KEY") -> bytes:
    body = base64.encodebytes(der).decode()
    return f"-----BEGIN {label}-----\n{body}-----END {label}-----\n".encode()


def _plain_key() -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(
        encrypted_private_key_pem(SecretStr(SECRET_TEXT)), SECRET_TEXT.encode()
    )
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def _damaged_inputs() -> dict[str, bytes]:
    good = encrypted_private_key_pem(SecretStr(SECRET_TEXT))
    der = _encrypted_der()
    key = _plain_key()
    return {
        "garbage": b"this is not a key at all\x00\xff",
        "empty file": b"",
        "truncated PEM": good[: len(good) // 2],
        "truncated DER in intact PEM framing": _pem(der[: len(der) - 40]),
        "only the header lines": _pem(b""),
        "unknown encryption algorithm": _pem(der[:30] + bytes([der[30] ^ 0x01]) + der[31:]),
        "unencrypted PKCS#8 key": key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
        "unencrypted traditional RSA key": key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        ),
        "public key": key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
        "oversized file": good + b"\n" + b"A" * (1024 * 1024),
    }


@pytest.mark.parametrize("case", sorted(_damaged_inputs()))
def test_damaged_or_unsafe_key_is_a_damaged_key_error(
    tmp_path: Path, password: SecretStr, case: str
) -> None:
    path = tmp_path / "key.pem"
    path.write_bytes(_damaged_inputs()[case])
    with pytest.raises(DamagedKeyError) as info:
        verify_private_key_password(path, password)
    error = info.value
    assert isinstance(error, BadInputError)
    assert not isinstance(error, WrongPasswordError)
    assert error.message.args[0] == str(path)
    assert str(path) in str(error)
    assert_clean_error(error)


def test_unencrypted_key_says_why_it_is_refused(tmp_path: Path, password: SecretStr) -> None:
    path = tmp_path / "plain.pem"
    path.write_bytes(_damaged_inputs()["unencrypted PKCS#8 key"])
    for attempt in (password, SecretStr("")):  # also when no password is given
        with pytest.raises(DamagedKeyError, match="is not encrypted"):
            verify_private_key_password(path, attempt)


def test_public_key_is_named_as_not_a_private_key(tmp_path: Path, password: SecretStr) -> None:
    path = tmp_path / "pub.pem"
    path.write_bytes(_damaged_inputs()["public key"])
    with pytest.raises(DamagedKeyError, match="holds no private key"):
        verify_private_key_password(path, password)


def test_missing_file_is_a_damaged_key_error(tmp_path: Path, password: SecretStr) -> None:
    path = tmp_path / "nowhere.pem"
    with pytest.raises(DamagedKeyError) as info:
        verify_private_key_password(path, password)
    assert info.value.message.text == "The private key %1 does not exist."
    assert_clean_error(info.value)


def test_unreadable_path_is_a_damaged_key_error(tmp_path: Path, password: SecretStr) -> None:
    with pytest.raises(DamagedKeyError) as info:
        verify_private_key_password(tmp_path, password)  # a folder cannot be read as a key
    assert info.value.message.text == "The private key %1 cannot be read: %2."
    assert_clean_error(info.value)


def test_error_texts_are_marked_core_messages(key_file: Path) -> None:
    with pytest.raises(WrongPasswordError) as info:
        verify_private_key_password(key_file, SecretStr(OTHER_SECRET_TEXT))
    assert info.value.message.context == "core"
    assert info.value.exit_code == 2


# --------------------------------------------------------------------------------------------
# SecretStore with in-memory backends
# --------------------------------------------------------------------------------------------

Call = tuple[str, str, str]
UseBackend = Callable[[KeyringBackend], KeyringBackend]


class MemoryKeyring(KeyringBackend):
    """A secure in-memory backend that records every (operation, service, user) it sees."""

    priority = -1  # never chosen by keyring's own detection (the fail backend is 0)

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.calls: list[Call] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(("get", service, username))
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(("set", service, username))
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete", service, username))
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's plaintext file backend (its module name says so)."""

    __module__ = "keyrings.alt.file"


class EncryptedKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's encrypted file backend."""

    __module__ = "keyrings.alt.file"


class UnencryptedKeyring(MemoryKeyring):
    """A keyrings.alt backend whose name says it does *not* encrypt."""

    __module__ = "keyrings.alt.file"


class LegacyAltKeyring(MemoryKeyring):
    """A keyrings.alt backend that does not say it encrypts: refused."""

    __module__ = "keyrings.alt.pyfs"


class NoEncryptionSchemeKeyring(MemoryKeyring):
    """A third-party file backend declaring keyrings.alt's "no encryption" scheme."""

    scheme = "no encryption"


class FixedChainer(ChainerBackend):
    """A chainer over given backends (the real one discovers the machine's backends)."""

    priority = -1

    def __init__(self, members: list[KeyringBackend]) -> None:
        super().__init__()
        self.members = members

    @property
    def backends(self) -> list[KeyringBackend]:
        return self.members


class FailingKeyring(MemoryKeyring):
    """Fails every operation; its set error even quotes the password (a careless backend)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"could not store {password!r} for {username}")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("permission denied")


@pytest.fixture
def use_backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[UseBackend]:
    """Select backends with keyring.set_keyring for one test; the previous one comes back.

    The in-memory doubles stand in for a trusted (encrypting) system keyring: their exact
    classes join the allow-list for the test; their subclasses below do not.
    """
    doubles = {f"{cls.__module__}:{cls.__qualname__}" for cls in (MemoryKeyring, FailingKeyring)}
    monkeypatch.setattr(
        keyring_policy, "TRUSTED_BACKENDS", keyring_policy.TRUSTED_BACKENDS | doubles
    )
    previous = keyring.get_keyring()

    def select(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield select
    keyring.set_keyring(previous)


@pytest.fixture
def memory(use_backend: UseBackend) -> MemoryKeyring:
    backend = MemoryKeyring()
    use_backend(backend)
    return backend


def test_store_get_delete_round_trip(memory: MemoryKeyring, password: SecretStr) -> None:
    store = SecretStore()
    account = account_for("RMS01.contoso.com", "Root")
    assert store.get(account) is None
    store.store(account, password)
    assert memory.items == {(SERVICE, "rms01.contoso.com@root"): SECRET_TEXT}
    got = store.get(account)
    assert isinstance(got, SecretStr)
    assert got.get_secret_value() == SECRET_TEXT
    store.delete(account)
    assert store.get(account) is None
    store.delete(account)  # absent: no error
    assert memory.items == {}


def test_reprs_never_show_the_password(memory: MemoryKeyring, password: SecretStr) -> None:
    store = SecretStore()
    store.store("rms01", password)
    got = store.get("rms01")
    for text in (repr(store), str(store), repr(got), str(got), repr(store.assessment())):
        assert SECRET_TEXT not in text
    assert repr(store) == "SecretStore(service='rms-wizard', sandbox=False)"


def test_service_names() -> None:
    assert SecretStore().service == SERVICE == "rms-wizard"
    assert SecretStore(sandbox=True).service == SANDBOX_SERVICE == "rms-wizard-sandbox"
    assert SecretStore("acme", sandbox=True).service == "acme-sandbox"
    assert SecretStore(SANDBOX_SERVICE, sandbox=True).service == SANDBOX_SERVICE
    with pytest.raises(ValueError):
        SecretStore(" ")


def test_backend_name_and_policy_for_a_secure_backend(memory: MemoryKeyring) -> None:
    store = SecretStore()
    assert store.backend_name() == MemoryKeyring.name
    assert store.is_secure()
    assert store.insecure_reason() is None


def test_sandbox_store_never_touches_the_real_service(
    memory: MemoryKeyring, password: SecretStr
) -> None:
    real = SecretStore()
    real.store("rms01@root", SecretStr(OTHER_SECRET_TEXT))
    memory.calls.clear()

    sandbox = SecretStore(sandbox=True)
    assert sandbox.get("rms01@root") is None  # the real entry is invisible to the sandbox
    sandbox.store("rms01@root", password)
    assert sandbox.get("rms01@root") == password
    sandbox.delete("rms01@root")
    sandbox.delete("rms02")
    sandbox.delete_all_sandbox(["rms01@root", "rms02", "rms03"])
    sandbox.is_secure()
    sandbox.backend_name()

    assert memory.calls  # the backend was used...
    assert {service for _, service, _ in memory.calls} == {SANDBOX_SERVICE}  # ...only in sandbox
    assert real.get("rms01@root") == SecretStr(OTHER_SECRET_TEXT)


def test_delete_all_sandbox_on_a_normal_store_also_only_touches_the_sandbox(
    memory: MemoryKeyring, password: SecretStr
) -> None:
    real = SecretStore()
    real.store("rms01", password)
    SecretStore(sandbox=True).store("rms01", password)
    SecretStore(sandbox=True).store("rms02", password)
    memory.calls.clear()

    real.delete_all_sandbox(iter(["rms01", "rms02"]))

    assert {service for _, service, _ in memory.calls} == {SANDBOX_SERVICE}
    assert memory.items == {(SERVICE, "rms01"): SECRET_TEXT}


def test_delete_all_sandbox_tries_every_account_and_reports_failures(
    use_backend: UseBackend,
) -> None:
    class PartlyFailing(MemoryKeyring):
        def delete_password(self, service: str, username: str) -> None:
            if username == "bad":
                raise keyring.errors.PasswordDeleteError("denied")
            super().delete_password(service, username)

    backend = PartlyFailing()
    use_backend(backend)
    backend.items = {(SANDBOX_SERVICE, "bad"): "x", (SANDBOX_SERVICE, "good"): "y"}
    with pytest.raises(KeyringError) as info:
        SecretStore(sandbox=True).delete_all_sandbox(["bad", "good"])
    assert info.value.details == ["bad"]
    assert backend.items == {(SANDBOX_SERVICE, "bad"): "x"}


# -- backend policy ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("backend_factory", "reason_start"),
    [
        (fail.Keyring, "No system keyring is available"),
        (null.Keyring, "The keyring is switched off"),
        (PlaintextKeyring, "The keyring backend %1 keeps passwords in a file without encryption"),
        (LegacyAltKeyring, "The keyring backend %1 keeps passwords in a file without encryption"),
        (UnencryptedKeyring, "The keyring backend %1 keeps passwords"),
        (NoEncryptionSchemeKeyring, "The keyring backend %1 keeps passwords"),
        (lambda: FixedChainer([PlaintextKeyring(), null.Keyring()]), "None of the keyring"),
        (lambda: FixedChainer([]), "None of the keyring backends is secure"),
    ],
    ids=[
        "fail",
        "null",
        "plaintext",
        "keyrings.alt",
        "unencrypted",
        "no-encryption",
        "chainer",
        "empty-chainer",
    ],
)
def test_insecure_backends_are_refused_with_a_reason(
    use_backend: UseBackend,
    password: SecretStr,
    backend_factory: Callable[[], KeyringBackend],
    reason_start: str,
) -> None:
    backend = use_backend(backend_factory())
    store = SecretStore()
    reason = store.insecure_reason()
    assert isinstance(reason, Message)
    assert reason.text.startswith(reason_start)
    assert reason.context == "core"
    assert not store.is_secure()

    with pytest.raises(InsecureKeyringError) as info:
        store.store("rms01", password)
    assert isinstance(info.value, BadInputError)
    assert info.value.message == reason
    assert_clean_error(info.value)
    # Nothing is read from or written to an insecure backend.
    assert store.get("rms01") is None
    store.delete("rms01")
    if isinstance(backend, MemoryKeyring):
        assert backend.calls == []


def test_plaintext_backend_reason_names_the_backend(use_backend: UseBackend) -> None:
    use_backend(PlaintextKeyring())
    reason = SecretStore().insecure_reason()
    assert reason is not None
    assert str(reason) == (
        f"The keyring backend {PlaintextKeyring.name} keeps passwords in a file without encryption."
    )


def test_encrypted_keyrings_alt_backend_is_only_used_in_the_sandbox(
    use_backend: UseBackend,
) -> None:
    """It is not on the allow-list of system keyrings: refused for real servers, by name."""
    use_backend(EncryptedKeyring())
    reason = SecretStore().insecure_reason()
    assert reason is not None and "is not one known to encrypt passwords" in str(reason)
    assert "keyrings.alt.file:EncryptedKeyring" in str(reason)
    assert SecretStore(sandbox=True).is_secure()


def test_chainer_uses_its_first_secure_backend_only(
    use_backend: UseBackend, password: SecretStr
) -> None:
    plaintext, secure = PlaintextKeyring(), MemoryKeyring()
    use_backend(FixedChainer([plaintext, secure]))
    store = SecretStore()
    assert store.is_secure()
    assert store.backend_name() == MemoryKeyring.name
    store.store("rms01", password)
    assert secure.items == {(SERVICE, "rms01"): SECRET_TEXT}
    assert plaintext.calls == []


def test_assess_backend_is_the_one_policy(use_backend: UseBackend) -> None:
    assert assess_backend(MemoryKeyring()).is_secure
    assert not assess_backend(fail.Keyring()).is_secure
    assert not assess_backend(PlaintextKeyring()).is_secure


def test_a_keyring_that_cannot_initialise_is_insecure(
    monkeypatch: pytest.MonkeyPatch, password: SecretStr
) -> None:
    def broken() -> KeyringBackend:
        raise RuntimeError("bad keyringrc.cfg")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    store = SecretStore()
    assert not store.is_secure()
    assert "bad keyringrc.cfg" in str(store.insecure_reason())
    with pytest.raises(InsecureKeyringError):
        store.store("rms01", password)


# -- backend failures ------------------------------------------------------------------------


def test_backend_failures_become_translated_keyring_errors(
    use_backend: UseBackend, password: SecretStr
) -> None:
    use_backend(FailingKeyring())
    store = SecretStore()

    with pytest.raises(KeyringError) as stored:
        store.store("rms01", password)
    assert stored.value.message.text == "The keyring %1 could not store the password for %2: %3."
    assert stored.value.message.args[-1] == "PasswordSetError"  # its text quoted the password
    assert_clean_error(stored.value)

    with pytest.raises(KeyringReadError) as read:
        store.get("rms01")
    assert "KeyringLocked: the collection is locked" in str(read.value)
    assert_clean_error(read.value)
    assert read.value.exit_code == 2  # nothing was done yet: a refusal, not a failed change

    with pytest.raises(KeyringError) as deleted:
        store.delete("rms01")
    assert "PasswordDeleteError: permission denied" in str(deleted.value)
    assert deleted.value.exit_code == 3


# -- accounts ------------------------------------------------------------------------------


def test_account_identifies_the_server_case_insensitively() -> None:
    assert account_for("RMS01.Contoso.com", None) == "rms01.contoso.com"
    assert account_for(" rms01 ", "") == "rms01"
    assert account_for("rms01", "Root-Cluster") == "rms01@root-cluster"
    assert account_for("RMS01", "ROOT") == account_for("rms01", "root")
    assert account_for("rms01", "root") != account_for("rms01", "licensing")
    assert SecretStore.account_for("rms01", None) == "rms01"


@pytest.mark.parametrize("name", ["", "   ", "rms@01", "rms 01", "rms\x0001"])
def test_invalid_server_names_are_bad_input(name: str) -> None:
    with pytest.raises(BadInputError, match="is not valid"):
        account_for(name, None)


def test_invalid_cluster_id_is_bad_input() -> None:
    with pytest.raises(BadInputError, match="cluster id"):
        account_for("rms01", "root\ncluster")


def test_the_leak_check_itself_finds_leaks() -> None:
    """Guard for assert_clean_error: a password in the text or in a library frame's locals."""
    namespace: dict[str, object] = {}
    code = "def careless(secret):\n    raise RuntimeError('failed')\n"
    exec(compile(code, "<elsewhere>", "exec"), namespace)
    with pytest.raises(RuntimeError) as in_locals:
        namespace["careless"](SECRET_TEXT)  # type: ignore[operator]
    assert leaked_in(in_locals.value, SECRET_TEXT) == ["traceback with locals"]

    in_text = BadInputError(Message("bad %1", (SECRET_TEXT,)))
    assert set(leaked_in(in_text, SECRET_TEXT)) == {
        "str",
        "repr",
        "args",
        "traceback",
        "traceback with locals",
        "message",
    }
    try:
        try:
            raise ValueError(SECRET_TEXT)
        except ValueError:
            raise KeyError("x") from None
    except KeyError as chained:
        with pytest.raises(AssertionError):
            assert_clean_error(chained)  # suppressed context still counts
