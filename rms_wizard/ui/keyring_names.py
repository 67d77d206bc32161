"""The keyring as the admin knows it: "Windows Credential Manager", not the backend's class name
(``WinVaultKeyring``, ``SecretService Keyring``). The class name stays in the setup log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
