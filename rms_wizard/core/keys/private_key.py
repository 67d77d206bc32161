"""The RMS server's private key (``persoonlijke sleutel``): a real encrypted PKCS#8 PEM (RSA 2048).

:func:`create_encrypted_private_key` writes one atomically with mode 0600;
:func:`verify_private_key_password` really opens it with ``cryptography`` and tells a wrong
password (:class:`WrongPasswordError`) from a damaged or unsafe file (:class:`DamagedKeyError`).

The password is a pydantic :class:`~pydantic.SecretStr` from end to end and never reaches an
exception text, its ``args``, a ``repr``, a chained exception or a traceback's locals: the helpers
return an outcome and the public functions raise *after* the ``except`` block, so the raised error
has no ``__context__`` at all (the keyring side, :mod:`.secrets`, keeps the same rule).
"""

from __future__ import annotations

import enum
import re
import threading
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pydantic import SecretStr

from ..common.atomic import write_atomic
from ..common.messages import (
    QT_TRANSLATE_NOOP,
    BadInputError,
    Message,
    OperationFailedError,
    msg,
    os_error_message,
)
from .key_soundness import key_is_sound

#: The RMS server's key is RSA 2048.
DEFAULT_KEY_SIZE = 2048
#: A PEM private key is a few KiB; anything larger is not one (and is not read into memory whole).
_MAX_KEY_FILE_BYTES = 1024 * 1024
_PEM_BEGIN = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----")


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
    a working RSA key (:func:`~rms_wizard.core.keys.key_soundness.key_is_sound`).
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
