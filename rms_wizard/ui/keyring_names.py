"""The keyring as the admin knows it: "Windows Credential Manager", not the backend's class name
(``WinVaultKeyring``, ``SecretService Keyring``). The class name stays in the setup log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.common.messages import Message
from ..i18n import tr_message


def keyring_display_name(backend: str) -> str:
    """What the user calls the keyring behind ``backend`` (the backend's name); "" when unknown."""
    name = backend.casefold()
    if "win" in name and ("vault" in name or "credential" in name):
        return QCoreApplication.translate("KeyringNames", "Windows Credential Manager")
    if "macos" in name or "keychain" in name:
        return QCoreApplication.translate("KeyringNames", "macOS Keychain")
    if "kwallet" in name:
        return QCoreApplication.translate("KeyringNames", "KDE Wallet")
    if "secretservice" in name.replace(" ", "") or "libsecret" in name:
        return QCoreApplication.translate("KeyringNames", "the desktop's keyring (Secret Service)")
    return ""


def keyring_reason_text(reason: Message) -> str:
    """Why the keyring is not used, in the user's words: the core's reason without the backend's
    class name (``fail Keyring``, ``PlaintextKeyring``), which only the setup log keeps."""
    translate = QCoreApplication.translate
    plain = {
        "No system keyring is available (the keyring backend is %1).": translate(
            "KeyringNames", "No system keyring is available."
        ),
        "The keyring is switched off (backend %1).": translate(
            "KeyringNames", "The keyring is switched off."
        ),
        "The keyring backend %1 keeps passwords in a file without encryption.": translate(
            "KeyringNames", "This keyring keeps passwords in a file without encryption."
        ),
        "The keyring backend %1 is not one known to encrypt passwords (Secret Service, "
        "Windows Credential Locker, macOS Keychain, KWallet), so it is not used.": translate(
            "KeyringNames",
            "This keyring is not one known to encrypt passwords (Secret Service, Windows "
            "Credential Manager, macOS Keychain, KDE Wallet), so it is not used.",
        ),
        "None of the keyring backends is secure: %1.": translate(
            "KeyringNames", "None of the keyrings on this computer is secure."
        ),
    }.get(reason.text)
    return plain if plain is not None else tr_message(reason)
