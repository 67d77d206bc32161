"""Which keyring backends may hold the private-key password: the one policy, used by SecretStore.

Outside the sandbox only an allow-list of backends known to encrypt what they store is trusted:
the Secret Service (GNOME Keyring, KeePassXC...), the Windows Credential Locker, the macOS
Keychain and KWallet. A backend is on the list by its exact class, not by what its name says: a
third-party backend that writes the password to a JSON file in clear can be called anything. Every
other backend is refused, and the refusal names it.

The sandbox keeps training passwords only, so there any working backend is used, except those that
say they keep nothing (fail, null) or keep passwords in clear (a name with "plaintext", the
"no encryption" scheme, ``keyrings.alt`` backends not marked as encrypted).
"""

from __future__ import annotations

from dataclasses import dataclass

from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend

from ..common.messages import QT_TRANSLATE_NOOP, Message, msg

__all__ = ["TRUSTED_BACKENDS", "BackendAssessment", "assess_backend", "backend_id"]

#: ``module:class`` of every backend trusted outside the sandbox (exact class, no subclass).
TRUSTED_BACKENDS: frozenset[str] = frozenset(
    {
        "keyring.backends.SecretService:Keyring",
        "keyring.backends.libsecret:Keyring",  # the Secret Service, through libsecret
        "keyring.backends.Windows:WinVaultKeyring",  # the Windows Credential Locker
        "keyring.backends.macOS:Keyring",  # the macOS Keychain
        "keyring.backends.kwallet:DBusKeyring",
        "keyring.backends.kwallet:DBusKeyringKWallet4",
    }
)


def backend_id(backend: KeyringBackend) -> str:
    """``module:class`` of ``backend``'s own class (what :data:`TRUSTED_BACKENDS` lists)."""
    cls = type(backend)
    return f"{cls.__module__}:{cls.__qualname__}"


@dataclass(frozen=True)
class BackendAssessment:
    """What :func:`assess_backend` decided: the backend to use, or why none is safe."""

    #: The backend passwords go to (for a chainer: its first secure backend).
    backend: KeyringBackend
    #: None when ``backend`` is secure; otherwise the reason, for the admin.
    reason: Message | None

    @property
    def is_secure(self) -> bool:
        return self.reason is None


def _class_names(backend: KeyringBackend) -> list[str]:
    return [cls.__name__ for cls in type(backend).__mro__]


def _says_plaintext(backend: KeyringBackend) -> bool:
    classes = _class_names(backend)
    module = type(backend).__module__
    plaintext = any("plaintext" in cls.lower() for cls in classes) or (
        getattr(backend, "scheme", None) == "no encryption"
    )
    # keyrings.alt holds file and legacy backends; only its explicitly encrypted ones pass.
    says_encrypted = any(
        "encrypted" in cls.lower() and "unencrypted" not in cls.lower() for cls in classes
    )
    alt_unencrypted = (
        module == "keyrings.alt" or module.startswith("keyrings.alt.")
    ) and not says_encrypted
    return plaintext or alt_unencrypted


def _insecure_reason(backend: KeyringBackend, sandbox: bool) -> Message | None:
    """The policy for one (non-chainer) backend: None when it may hold the password."""
    name = backend.name
    if isinstance(backend, fail.Keyring):
        return msg(
            QT_TRANSLATE_NOOP(
                "core", "No system keyring is available (the keyring backend is %1)."
            ),
            name,
        )
    if isinstance(backend, null.Keyring):
        return msg(QT_TRANSLATE_NOOP("core", "The keyring is switched off (backend %1)."), name)
    if _says_plaintext(backend):
        return msg(
            QT_TRANSLATE_NOOP(
                "core", "The keyring backend %1 keeps passwords in a file without encryption."
            ),
            name,
        )
    if sandbox or backend_id(backend) in TRUSTED_BACKENDS:
        return None
    return msg(
        QT_TRANSLATE_NOOP(
            "core",
            "The keyring backend %1 is not one known to encrypt passwords (Secret Service, "
            "Windows Credential Locker, macOS Keychain, KWallet), so it is not used.",
        ),
        f"{name} ({backend_id(backend)})",
    )


def assess_backend(backend: KeyringBackend, *, sandbox: bool = False) -> BackendAssessment:
    """The one policy deciding whether ``backend`` may hold the private-key password.

    Refused everywhere: keyring's fail backend (no keyring found), the null backend (keyring
    switched off) and backends that say they keep passwords in clear. Outside the ``sandbox``,
    also every backend whose exact class is not in :data:`TRUSTED_BACKENDS`. A chainer is used
    through its first secure backend (writes must never fall through to another one); a chainer
    with no secure backend is refused.
    """
    if isinstance(backend, ChainerBackend):
        members: list[KeyringBackend] = list(backend.backends)
        for member in members:
            if not isinstance(member, ChainerBackend) and _insecure_reason(member, sandbox) is None:
                return BackendAssessment(member, None)
        names = ", ".join(member.name for member in members) or "-"
        return BackendAssessment(
            backend,
            msg(QT_TRANSLATE_NOOP("core", "None of the keyring backends is secure: %1."), names),
        )
    return BackendAssessment(backend, _insecure_reason(backend, sandbox))
