"""The RMS registry keys, read through one interface from a ``.reg`` export or the real registry.

A mock install keeps ``registry.reg`` (a regedit export); on Windows the same values are read,
read-only, from the real registry through ``winreg``. Both sit behind :class:`RegistryReader`, so
detection is one code path and the ``winreg`` reader is tested on Linux with a fake module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg, os_error_message
from .regfile import RegFile, read_reg

HKLM = "HKEY_LOCAL_MACHINE"
DRMS_KEY = HKLM + r"\SOFTWARE\Microsoft\DRMS"
SERVER_KEY = DRMS_KEY + r"\Server"
COMPONENTS_KEY = DRMS_KEY + r"\Components"
OS_KEY = HKLM + r"\SOFTWARE\Microsoft\Windows NT\CurrentVersion"
PENDING_UPDATES_KEY = HKLM + r"\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Pending"

#: Registry value names under :data:`COMPONENTS_KEY`, per component id.
COMPONENT_VALUES = {
    "server": "Server",
    "admin": "Administration",
    "logging": "Logging",
    "client": "Client",
}

RegData = str | int | bytes | list[str] | None


class RegistryReader(Protocol):
    """Read-only access to registry values."""

    def value(self, key: str, name: str) -> RegData: ...

    def has_key(self, key: str) -> bool: ...

    def value_names(self, key: str) -> list[str]: ...


class RegFileReader:
    """Registry values from a ``.reg`` export."""

    def __init__(self, regfile: RegFile) -> None:
        self.regfile = regfile

    @classmethod
    def from_path(cls, path: Path) -> RegFileReader:
        """Read the export at ``path``; a file that cannot be read is a :class:`BadInputError`."""
        try:
            return cls(read_reg(path))
        except OSError as exc:
            raise BadInputError(
                msg(
                    QT_TRANSLATE_NOOP("core", "Cannot read %1: %2"),
                    path,
                    os_error_message(exc),
                )
            ) from None

    def value(self, key: str, name: str) -> RegData:
        found = self.regfile.get_value(key, name)
        return None if found is None else found.data

    def has_key(self, key: str) -> bool:
        return self.regfile.get_key(key) is not None

    def value_names(self, key: str) -> list[str]:
        found = self.regfile.get_key(key)
        return [] if found is None else [v.name for v in found.values]


class WinRegReader:
    """Registry values from the live Windows registry, through a ``winreg``-like module.

    Opens keys with ``KEY_READ`` only: detection never writes to a real registry.
    """

    def __init__(self, winreg: Any) -> None:
        self.winreg = winreg

    def _open(self, key: str) -> Any:
        hive, _, sub = key.partition("\\")
        if hive != HKLM:
            return None
        try:
            return self.winreg.OpenKey(self.winreg.HKEY_LOCAL_MACHINE, sub, 0, self.winreg.KEY_READ)
        except OSError:
            return None

    def value(self, key: str, name: str) -> RegData:
        handle = self._open(key)
        if handle is None:
            return None
        try:
            data, _kind = self.winreg.QueryValueEx(handle, name)
        except OSError:
            return None
        finally:
            self.winreg.CloseKey(handle)
        if isinstance(data, str | int | bytes | list):
            return data
        return None

    def has_key(self, key: str) -> bool:
        handle = self._open(key)
        if handle is None:
            return False
        self.winreg.CloseKey(handle)
        return True

    def value_names(self, key: str) -> list[str]:
        handle = self._open(key)
        if handle is None:
            return []
        names: list[str] = []
        try:
            index = 0
            while True:
                try:
                    name, _data, _kind = self.winreg.EnumValue(handle, index)
                except OSError:
                    break
                names.append(str(name))
                index += 1
        finally:
            self.winreg.CloseKey(handle)
        return names


def as_text(data: RegData) -> str | None:
    if isinstance(data, str):
        return data
    if isinstance(data, list):
        return "\n".join(data)
    return None


def as_int(data: RegData) -> int | None:
    if isinstance(data, int):
        return data
    if isinstance(data, str) and data.strip().isdigit():
        return int(data)
    return None
