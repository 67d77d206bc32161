"""The RMS server's private key and the one place where passwords meet the system keyring.

Two concerns live here because they share one rule: the private-key password is a pydantic
:class:`~pydantic.SecretStr` from end to end and never reaches an exception text, its ``args``, a
``repr``, a chained exception or a traceback's locals.

* The private key (``persoonlijke sleutel``) of the mock RMS server is a real encrypted PKCS#8 PEM
  (RSA 2048). :func:`create_encrypted_private_key` writes one atomically with mode 0600;
  :func:`verify_private_key_password` really opens it with ``cryptography`` and tells a wrong
  password (:class:`WrongPasswordError`) from a damaged or unsafe file (:class:`DamagedKeyError`).
* :class:`SecretStore` wraps ``keyring``. The policy that decides which backends may hold the
  password (an allow-list of encrypting backends outside the sandbox) is
  :func:`~rms_wizard.core.keyring_policy.assess_backend`, and nothing else decides it.

Errors raised on purpose are :class:`~rms_wizard.core.messages.RmsError` subclasses carrying a
translatable :class:`~rms_wizard.core.messages.Message`. To keep ``cryptography``'s and the
backends' exceptions (and the frames that hold the password) out of the error, the helpers return an
outcome and the public functions raise *after* the ``except`` block: the raised error has no
``__context__`` at all.
"""

from __future__ import annotations

import enum
import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import keyring
import keyring.errors
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from keyring.backend import KeyringBackend
from keyring.backends import fail
from pydantic import SecretStr

from rms_wizard.core.atomic import write_atomic
from rms_wizard.core.key_soundness import key_is_sound
from rms_wizard.core.keyring_policy import BackendAssessment, assess_backend
from rms_wizard.core.messages import (
    QT_TRANSLATE_NOOP,
    BadInputError,
    Message,
    OperationFailedError,
    msg,
    os_error_message,
)

__all__ = [
    "DEFAULT_KEY_SIZE",
    "SANDBOX_SERVICE",
    "SERVICE",
    "BackendAssessment",
    "DamagedKeyError",
    "EmptyPasswordError",
    "InsecureKeyringError",
    "KeyWriteError",
    "KeyringError",
    "KeyringReadError",
    "SecretStore",
    "WrongPasswordError",
    "account_for",
    "assess_backend",
    "clear_key_cache",
    "create_encrypted_private_key",
    "encrypted_private_key_pem",
    "verify_private_key_password",
]

#: Keyring service name of the real wizard.
SERVICE = "rms-wizard"
#: Keyring service name of the sandbox (a ``SecretStore(sandbox=True)`` only ever uses this one).
SANDBOX_SERVICE = f"{SERVICE}-sandbox"
_SANDBOX_SUFFIX = "-sandbox"

#: The RMS server's key is RSA 2048.
DEFAULT_KEY_SIZE = 2048
#: A PEM private key is a few KiB; anything larger is not one (and is not read into memory whole).
_MAX_KEY_FILE_BYTES = 1024 * 1024
_PEM_BEGIN = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----")


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------


class WrongPasswordError(BadInputError):
    """The password does not open the (intact, encrypted) private key."""


class DamagedKeyError(BadInputError):
    """The private-key file is missing, unreadable, not a PEM private key, damaged or unencrypted.

    An unencrypted key counts as damaged: RMS keeps its private key encrypted, and a plaintext
    copy is a key that must not be used as is.
    """


class EmptyPasswordError(BadInputError):
    """An empty password cannot protect a private key."""


class KeyWriteError(OperationFailedError):
    """Writing the private key failed; no partial file is left behind."""


class InsecureKeyringError(BadInputError):
    """The keyring backend would not keep the password safe, so nothing was stored."""


class KeyringError(OperationFailedError):
    """The keyring backend failed (locked, unreachable...); the message never holds the password."""


class KeyringReadError(BadInputError):
    """The keyring could not be read (locked, unreachable...): nothing was done yet, so this is
    a refusal (exit 2), not a failed change; the message never holds the password."""


# --------------------------------------------------------------------------------------------
# Private key: creation
# --------------------------------------------------------------------------------------------

_key_cache: dict[int, rsa.RSAPrivateKey] = {}
_key_cache_lock = threading.Lock()


def clear_key_cache() -> None:
    """Forget the per-process generated keys (see :func:`encrypted_private_key_pem`)."""
    with _key_cache_lock:
        _key_cache.clear()


def _rsa_key(key_size: int, reuse_cached_key: bool) -> rsa.RSAPrivateKey:
    if not reuse_cached_key:
        return rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    with _key_cache_lock:
        key = _key_cache.get(key_size)
        if key is None:
            key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
            _key_cache[key_size] = key
        return key


def encrypted_private_key_pem(
    password: SecretStr, *, key_size: int = DEFAULT_KEY_SIZE, reuse_cached_key: bool = True
) -> bytes:
    """An RSA private key as encrypted PKCS#8 PEM (``BestAvailableEncryption``) under ``password``.

    Generating an RSA 2048 key costs tens of milliseconds (sometimes hundreds), and scenario
    creation makes many mock servers, so by default one generated key per ``key_size`` is kept
    for the life of the process and re-encrypted for each call: every result is still a real
    encrypted key (fresh salt and IV) that only ``password`` opens. Pass ``reuse_cached_key=False``
    for newly generated key material.
    """
    secret = password.get_secret_value().encode("utf-8", "surrogatepass")
    if not secret:
        raise EmptyPasswordError(
            msg(QT_TRANSLATE_NOOP("core", "The private-key password must not be empty."))
        )
    key = _rsa_key(key_size, reuse_cached_key)
    return key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(secret),
    )


def create_encrypted_private_key(
    path: Path,
    password: SecretStr,
    *,
    key_size: int = DEFAULT_KEY_SIZE,
    reuse_cached_key: bool = True,
) -> None:
    """Write an encrypted PKCS#8 PEM RSA private key to ``path`` (mode 0600, atomically).

    The key goes to a temporary file in the same folder, is flushed to disk and then replaces
    ``path`` (an existing file there is replaced whole or not at all). The folder must exist.
    See :func:`encrypted_private_key_pem` for ``reuse_cached_key``.
    """
    pem = encrypted_private_key_pem(password, key_size=key_size, reuse_cached_key=reuse_cached_key)
    failure = _write_atomically(path, pem)
    if failure is not None:
        raise KeyWriteError(
            msg(
                QT_TRANSLATE_NOOP("core", "The private key %1 cannot be written: %2."),
                path,
                failure,
            )
        )


def _write_atomically(path: Path, data: bytes) -> Message | None:
    """Write ``data`` to ``path`` (owner-only, atomically); the reason it failed or None."""
    try:
        write_atomic(path, data, mode=0o600)
    except OSError as exc:
        return os_error_message(exc)
    return None


# --------------------------------------------------------------------------------------------
# Private key: verification
# --------------------------------------------------------------------------------------------


class _Opened(enum.Enum):
    OPENED = "opened"
    WRONG_PASSWORD = "wrong password"
    UNENCRYPTED = "unencrypted"
    DAMAGED = "damaged"


def verify_private_key_password(key_path: Path, password: SecretStr) -> None:
    """Check that ``password`` opens the encrypted private key at ``key_path``.

    Raises :class:`WrongPasswordError` when the key is an intact encrypted key that the password
    does not open, and :class:`DamagedKeyError` when the file is missing, unreadable, not PEM,
    holds no private key, is truncated or damaged, or is not encrypted. PKCS#8 encryption has no
    integrity check, so a key whose encrypted bytes were altered may still read as a wrong
    password; everything structural is reported as damage, and so is a key that opens but is not
    a working RSA key (:func:`~rms_wizard.core.key_soundness.key_is_sound`).
    """
    data = _read_key_file(key_path)
    labels = _PEM_BEGIN.findall(data)
    if not labels:
        raise DamagedKeyError(
            msg(
                QT_TRANSLATE_NOOP("core", "The file %1 is not a PEM-encoded private key."), key_path
            )
        )
    if not any(label.endswith(b"PRIVATE KEY") for label in labels):
        raise DamagedKeyError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The file %1 holds no private key (it may be a certificate or a public key).",
                ),
                key_path,
            )
        )
    outcome = _open_key(data, password)
    if outcome is _Opened.OPENED:
        return
    if outcome is _Opened.WRONG_PASSWORD:
        raise WrongPasswordError(
            msg(
                QT_TRANSLATE_NOOP("core", "The password does not open the private key %1."),
                key_path,
            )
        )
    if outcome is _Opened.UNENCRYPTED:
        raise DamagedKeyError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The private key %1 is not encrypted; RMS needs it protected by a password.",
                ),
                key_path,
            )
        )
    raise DamagedKeyError(
        msg(QT_TRANSLATE_NOOP("core", "The private key %1 is damaged or truncated."), key_path)
    )


def _read_key_file(key_path: Path) -> bytes:
    failure: Message | None = None
    missing = False
    data = b""
    try:
        with key_path.open("rb") as handle:
            data = handle.read(_MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        missing = True
    except OSError as exc:
        failure = os_error_message(exc)
    if missing:
        raise DamagedKeyError(
            msg(QT_TRANSLATE_NOOP("core", "The private key %1 does not exist."), key_path)
        )
    if failure is not None:
        raise DamagedKeyError(
            msg(
                QT_TRANSLATE_NOOP("core", "The private key %1 cannot be read: %2."),
                key_path,
                failure,
            )
        )
    if len(data) > _MAX_KEY_FILE_BYTES:
        raise DamagedKeyError(
            msg(
                QT_TRANSLATE_NOOP("core", "The file %1 is not a PEM-encoded private key."), key_path
            )
        )
    return data


def _open_key(data: bytes, password: SecretStr) -> _Opened:
    """Classify what ``password`` does to ``data``; never raises, never lets the secret escape.

    A load without a password tells the cases apart without relying on error texts alone: it
    succeeds for an unencrypted key, raises ``TypeError`` for an encrypted container, and
    ``ValueError`` for a structure that does not parse.
    """
    secret = password.get_secret_value().encode("utf-8", "surrogatepass")
    password_error = not secret  # an empty password never opens an encrypted key
    # The quick open (without cryptography's RSA consistency check) tells the password; a key
    # it opens must then be sound too (see key_soundness: checked once per key and process).
    if secret:
        try:
            serialization.load_pem_private_key(
                data, password=secret, unsafe_skip_rsa_key_validation=True
            )
            # a password only loads an encrypted key
            return _Opened.OPENED if key_is_sound(data, secret) else _Opened.DAMAGED
        except TypeError:
            pass  # a password was given but the key is not encrypted: the probe confirms
        except ValueError as exc:
            # cryptography says "Incorrect password" (older: "Bad decrypt. Incorrect password?").
            # But about 1 wrong password in 400 decrypts to valid padding by chance, and the
            # garbage then fails to parse ("Could not deserialize key data..."): that is a wrong
            # password too (PKCS#8 has no integrity check; the container itself is checked
            # below). Any other ValueError of an encrypted container (e.g. an unknown
            # encryption algorithm) is damage inside it.
            text = str(exc).lower()
            password_error = "password" in text or text.startswith("could not deserialize")
        except (UnsupportedAlgorithm, OverflowError):
            return _Opened.DAMAGED
    try:
        serialization.load_pem_private_key(data, password=None, unsafe_skip_rsa_key_validation=True)
    except TypeError:
        return _Opened.WRONG_PASSWORD if password_error else _Opened.DAMAGED
    except (ValueError, UnsupportedAlgorithm, OverflowError):
        return _Opened.DAMAGED
    return _Opened.UNENCRYPTED


# --------------------------------------------------------------------------------------------
# Keyring
# --------------------------------------------------------------------------------------------


def account_for(server_name: str, cluster_id: str | None) -> str:
    """The keyring user name of one RMS server: ``server`` or ``server@cluster`` (case-folded).

    Windows server names and cluster ids compare case-insensitively, so ``RMS01`` and ``rms01``
    share one entry. A server name never holds ``@`` or white space, which keeps the account
    unambiguous whatever the cluster id holds.
    """
    server = server_name.strip().casefold()
    if not server or "@" in server or any(ch.isspace() or not ch.isprintable() for ch in server):
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "The server name %1 is not valid."), server_name)
        )
    cluster = (cluster_id or "").strip().casefold()
    if any(not ch.isprintable() for ch in cluster):
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "The cluster id %1 is not valid."), cluster_id)
        )
    return f"{server}@{cluster}" if cluster else server


def _describe_failure(exc: BaseException, secret: str) -> str:
    """A backend error as text for the admin, with no chance of carrying the password."""
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if secret and secret in text:
        return type(exc).__name__
    return text


def _call_backend(action: Callable[[], object], secret: str = "") -> tuple[object, str | None]:
    """Run one backend call: its result and None, or None and a safe failure description.

    Backends raise anything (keyring errors, D-Bus and OS errors); the exception stays inside
    this frame so the caller raises a clean, context-free error.
    """
    try:
        return action(), None
    except Exception as exc:
        return None, _describe_failure(exc, secret)


class SecretStore:
    """Store, read and delete the private-key password of RMS servers in the system keyring.

    The service name is ``service`` (default :data:`SERVICE`), or its sandbox twin
    (:data:`SANDBOX_SERVICE` by default) with ``sandbox=True``: a sandbox store never reads or
    writes the real service. The user name is :func:`account_for` of the server.

    The backend is ``keyring.get_keyring()`` at each call, judged by :func:`assess_backend`. On an
    insecure backend :meth:`store` raises :class:`InsecureKeyringError` (callers may carry on
    without remembering the password), :meth:`get` returns None and :meth:`delete` does nothing:
    this store never writes to nor reads from an insecure backend.
    """

    __slots__ = ("_base_service", "sandbox", "service")

    def __init__(self, service: str = SERVICE, *, sandbox: bool = False) -> None:
        if not service.strip():
            raise ValueError("the keyring service name must not be empty")
        self._base_service = service
        self.sandbox = sandbox
        self.service = _sandbox_service(service) if sandbox else service

    def __repr__(self) -> str:
        return f"SecretStore(service={self.service!r}, sandbox={self.sandbox!r})"

    account_for = staticmethod(account_for)

    # -- backend policy -----------------------------------------------------------------------

    def assessment(self) -> BackendAssessment:
        """The current backend judged by :func:`assess_backend`."""
        backend, failure = _call_backend(keyring.get_keyring)
        if failure is not None or not isinstance(backend, KeyringBackend):
            return BackendAssessment(
                fail.Keyring(),  # type: ignore[no-untyped-call]  # keyring's own class
                msg(
                    QT_TRANSLATE_NOOP("core", "The keyring could not be initialised: %1."),
                    failure or "-",
                ),
            )
        return assess_backend(backend, sandbox=self.sandbox)

    def backend_name(self) -> str:
        """The backend passwords go to, for display (e.g. ``"SecretService Keyring"``)."""
        return str(self.assessment().backend.name)

    def is_secure(self) -> bool:
        return self.assessment().is_secure

    def insecure_reason(self) -> Message | None:
        """Why the backend is refused, or None when it is secure."""
        return self.assessment().reason

    # -- operations ---------------------------------------------------------------------------

    def store(self, account: str, password: SecretStr) -> None:
        """Remember ``password`` for ``account``; refuses an insecure backend."""
        assessment = self.assessment()
        if assessment.reason is not None:
            raise InsecureKeyringError(assessment.reason)
        backend = assessment.backend
        service = self.service
        _, failure = _call_backend(
            lambda: backend.set_password(service, account, password.get_secret_value()),
            password.get_secret_value(),
        )
        if failure is not None:
            raise KeyringError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "The keyring %1 could not store the password for %2: %3."
                    ),
                    backend.name,
                    account,
                    failure,
                )
            )

    def get(self, account: str) -> SecretStr | None:
        """The stored password of ``account``, or None (also on an insecure backend)."""
        assessment = self.assessment()
        if assessment.reason is not None:
            return None
        backend = assessment.backend
        service = self.service
        value, failure = _call_backend(lambda: backend.get_password(service, account))
        if failure is not None:
            raise KeyringReadError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "The keyring %1 could not read the password for %2: %3."
                    ),
                    backend.name,
                    account,
                    failure,
                )
            )
        return SecretStr(value) if isinstance(value, str) else None

    def delete(self, account: str) -> None:
        """Forget the password of ``account``; no error when none is stored."""
        assessment = self.assessment()
        if assessment.reason is not None:
            return
        backend = assessment.backend
        service = self.service
        _, failure = _call_backend(lambda: _delete_if_present(backend, service, account))
        if failure is not None:
            raise KeyringError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "The keyring %1 could not delete the password for %2: %3."
                    ),
                    backend.name,
                    account,
                    failure,
                )
            )

    def delete_all_sandbox(self, accounts: Iterable[str]) -> None:
        """Sandbox reset: delete ``accounts`` from the sandbox service, and from nothing else.

        Works on a sandbox store and on a normal one alike: either way only the sandbox twin of
        the service is touched. Every account is tried; the first failure is raised afterwards
        with the failed accounts in ``details``.
        """
        target = self if self.sandbox else SecretStore(self._base_service, sandbox=True)
        assert target.service.endswith(_SANDBOX_SUFFIX)
        first: KeyringError | None = None
        failed: list[str] = []
        for account in accounts:
            try:
                target.delete(account)
            except KeyringError as exc:
                first = first or exc
                failed.append(account)
        if first is not None:
            raise KeyringError(first.message, details=failed)


def _sandbox_service(service: str) -> str:
    return service if service.endswith(_SANDBOX_SUFFIX) else service + _SANDBOX_SUFFIX


def _delete_if_present(backend: KeyringBackend, service: str, account: str) -> None:
    try:
        backend.delete_password(service, account)
    except keyring.errors.PasswordDeleteError:
        # Backends say "not found" this way, but also report real failures with it: only a
        # confirmed absence is success; otherwise the delete error itself is the one to report.
        if not _is_absent(backend, service, account):
            raise


def _is_absent(backend: KeyringBackend, service: str, account: str) -> bool:
    try:
        return backend.get_password(service, account) is None
    except Exception:
        return False
