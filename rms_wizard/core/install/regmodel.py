"""The values and keys of a registry export (``.reg``): pydantic models that refuse what cannot be
written back.

* A value's name ``""`` is the key's default value (``@`` in the file).
* ``hex(2)``/``hex(7)``/``hex(b)`` become ``expand_sz``/``multi_sz``/``qword`` when Windows reads
  their bytes as such a value (text is UTF-16 LE; in ``REGEDIT4`` files the ANSI bytes are first
  converted to UTF-16, as regedit does); otherwise, and for every other ``hex(N)``, the bytes are
  kept as kind ``raw`` with ``raw_type`` N, so that nothing in the file is lost. A multi-string in
  a form Windows reads but does not write (one terminating NUL instead of two, an empty list as
  two NULs) keeps its bytes in ``stored``, so it is written back exactly.
* Key paths and value names compare case-insensitively, like Windows.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

#: The root keys a section may start with (upper case; compared case-insensitively).
ROOT_KEYS = frozenset(
    {
        "HKEY_LOCAL_MACHINE",
        "HKEY_CURRENT_USER",
        "HKEY_CLASSES_ROOT",
        "HKEY_USERS",
        "HKEY_CURRENT_CONFIG",
        "HKEY_DYN_DATA",
        "HKEY_PERFORMANCE_DATA",
    }
)

REG_NONE = 0
REG_SZ = 1
REG_EXPAND_SZ = 2
REG_BINARY = 3
REG_DWORD = 4
REG_MULTI_SZ = 7
REG_QWORD = 11

_DWORD_MAX = 0xFFFF_FFFF
_QWORD_MAX = 0xFFFF_FFFF_FFFF_FFFF
#: How the registry stores text (and how string data inside ``hex(N)`` is encoded in 5.00 files).
UNICODE_TEXT = "utf-16-le"
#: ``REGEDIT4`` files are in the ANSI code page: Western (1252) here. Its five unassigned bytes
#: map to the same code points, as Windows' MultiByteToWideChar does.
ANSI_CHARS = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(256))
#: Types whose ``hex(N)`` data is text: ANSI bytes in ``REGEDIT4`` files, UTF-16 LE in 5.00 ones.
TEXT_TYPES = frozenset({REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ})


class RegKind(StrEnum):
    """The kinds of value a ``.reg`` file holds (``raw``: any other ``hex(N)``)."""

    SZ = "sz"
    EXPAND_SZ = "expand_sz"
    MULTI_SZ = "multi_sz"
    DWORD = "dword"
    QWORD = "qword"
    BINARY = "binary"
    RAW = "raw"
    DELETE = "delete"


RegData = str | int | bytes | list[str] | None


def fold(text: str) -> str:
    """Case-fold a key path or value name the way Windows compares them (per character upcase)."""
    if text.isascii():
        return text.upper()
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in text)


def check_text(text: str, what: str, *, one_line: bool) -> str:
    """``text`` must be writable: UTF-16 encodable, no NUL, and no line break when ``one_line``."""
    if "\x00" in text:
        raise ValueError(f"{what} contains a NUL character")
    if one_line and ("\r" in text or "\n" in text):
        raise ValueError(f"{what} contains a line break")
    try:
        text.encode(UNICODE_TEXT)
    except UnicodeEncodeError as exc:
        raise ValueError(f"{what} is not encodable as UTF-16") from exc
    return text


def encode_sz(text: str) -> bytes:
    return (text + "\x00").encode(UNICODE_TEXT)


def encode_multi_sz(items: Sequence[str]) -> bytes:
    return ("".join(item + "\x00" for item in items) + "\x00").encode(UNICODE_TEXT)


def multi_sz_items(text: str) -> list[str]:
    """The strings Windows reads from multi-string text: up to the first empty one."""
    items = []
    for item in text.split("\x00"):
        if not item:
            break
        items.append(item)
    return items


def decode_typed(reg_type: int, data: bytes) -> tuple[RegKind, RegData] | None:
    """Decode ``hex(reg_type)`` bytes into the typed value Windows reads from them, or None.

    ``expand_sz`` and ``qword`` need their canonical encoding (strict UTF-16 decoding is
    one-to-one, so the terminator checks suffice). A ``multi_sz`` needs text that ends with a NUL
    and holds nothing after the list's end: ``a\\0\\0`` and ``a\\0`` are both ``['a']``, ``\\0`` and
    ``\\0\\0`` both ``[]``. Anything else (odd length, missing terminator, a NUL inside an
    ``expand_sz``...) returns None and stays raw.
    """
    if reg_type == REG_QWORD:
        return (RegKind.QWORD, int.from_bytes(data, "little")) if len(data) == 8 else None
    if reg_type not in (REG_EXPAND_SZ, REG_MULTI_SZ):
        return None
    try:
        text = data.decode(UNICODE_TEXT)  # strict: odd lengths and lone surrogates fail
    except UnicodeDecodeError:
        return None
    if reg_type == REG_EXPAND_SZ:
        if text.endswith("\x00") and "\x00" not in text[:-1]:
            return RegKind.EXPAND_SZ, text[:-1]
        return None
    items = multi_sz_items(text)
    forms = {encode_multi_sz(items), encode_multi_sz(items)[:-2] if items else b"\x00" * 4}
    return (RegKind.MULTI_SZ, items) if data in forms else None


class RegValue(BaseModel):
    """One value line: ``name`` (``""`` for the default value), its kind and data.

    Data per kind: ``sz``/``expand_sz`` str, ``multi_sz`` list of str, ``dword``/``qword`` int,
    ``binary``/``raw`` bytes (``raw`` also has ``raw_type``, the ``N`` of ``hex(N)``), ``delete``
    None. Build values with the class methods (:meth:`sz`, :meth:`dword`...).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    kind: RegKind
    data: RegData = None
    raw_type: int | None = None
    #: A multi-string's bytes as the file holds them when that is not the form Windows writes
    #: (one terminating NUL; ``00,00,00,00`` for an empty list): written back as they are.
    stored: bytes | None = None

    @field_validator("name")
    @classmethod
    def _check_name(cls, name: str) -> str:
        return check_text(name, "value name", one_line=True)

    @field_validator("data", mode="before")
    @classmethod
    def _no_bool(cls, data: object) -> object:
        if isinstance(data, bool):
            raise ValueError("registry data cannot be a bool")
        return data

    @model_validator(mode="after")
    def _check_data(self) -> Self:
        kind, data = self.kind, self.data
        if (self.raw_type is not None) != (kind is RegKind.RAW):
            raise ValueError("raw_type is set for kind raw, and only for it")
        if self.stored is not None and kind is not RegKind.MULTI_SZ:
            raise ValueError("stored is for kind multi_sz only")
        if kind is RegKind.SZ or kind is RegKind.EXPAND_SZ:
            if not isinstance(data, str):
                raise ValueError(f"{kind} data must be a str")
            check_text(data, f"{kind} data", one_line=kind is RegKind.SZ)
        elif kind is RegKind.MULTI_SZ:
            if not isinstance(data, list) or not all(isinstance(s, str) for s in data):
                raise ValueError("multi_sz data must be a list of str")
            for item in data:
                check_text(item, "multi_sz item", one_line=False)
                if not item:
                    raise ValueError("multi_sz items are not empty (Windows ends the list there)")
            if self.stored is not None and (
                self.stored == encode_multi_sz(data)
                or decode_typed(REG_MULTI_SZ, self.stored) != (RegKind.MULTI_SZ, data)
            ):
                raise ValueError("stored holds another encoding of the same multi_sz data")
        elif kind is RegKind.DWORD or kind is RegKind.QWORD:
            top = _DWORD_MAX if kind is RegKind.DWORD else _QWORD_MAX
            if not isinstance(data, int) or not 0 <= data <= top:
                raise ValueError(f"{kind} data must be an int from 0 to {top:#x}")
        elif kind is RegKind.BINARY:
            if not isinstance(data, bytes):
                raise ValueError("binary data must be bytes")
        elif kind is RegKind.RAW:
            if not isinstance(data, bytes):
                raise ValueError("raw data must be bytes")
            assert self.raw_type is not None
            if not 0 <= self.raw_type <= _DWORD_MAX:
                raise ValueError("raw_type must be from 0 to 0xffffffff")
            if decode_typed(self.raw_type, data) is not None:
                raise ValueError(
                    "this raw data is a typed value: use kind expand_sz/multi_sz/qword"
                )
        elif data is not None:
            raise ValueError("delete has no data")
        return self

    # Constructors, one per kind.
    @classmethod
    def sz(cls, name: str, text: str) -> RegValue:
        return cls(name=name, kind=RegKind.SZ, data=text)

    @classmethod
    def expand_sz(cls, name: str, text: str) -> RegValue:
        return cls(name=name, kind=RegKind.EXPAND_SZ, data=text)

    @classmethod
    def multi_sz(cls, name: str, items: Sequence[str]) -> RegValue:
        # A str is a Sequence[str] too: pass it as is, so that validation refuses it.
        data = items if isinstance(items, str) else list(items)
        return cls(name=name, kind=RegKind.MULTI_SZ, data=data)

    @classmethod
    def dword(cls, name: str, number: int) -> RegValue:
        return cls(name=name, kind=RegKind.DWORD, data=number)

    @classmethod
    def qword(cls, name: str, number: int) -> RegValue:
        return cls(name=name, kind=RegKind.QWORD, data=number)

    @classmethod
    def binary(cls, name: str, data: bytes) -> RegValue:
        return cls(name=name, kind=RegKind.BINARY, data=bytes(data))

    @classmethod
    def raw(cls, name: str, raw_type: int, data: bytes) -> RegValue:
        return cls(name=name, kind=RegKind.RAW, data=bytes(data), raw_type=raw_type)

    @classmethod
    def delete(cls, name: str) -> RegValue:
        return cls(name=name, kind=RegKind.DELETE)

    @property
    def reg_type(self) -> int | None:
        """The Windows ``REG_*`` type number (None for a deletion)."""
        if self.kind is RegKind.RAW:
            return self.raw_type
        return KIND_TYPES.get(self.kind)


KIND_TYPES = {
    RegKind.SZ: REG_SZ,
    RegKind.EXPAND_SZ: REG_EXPAND_SZ,
    RegKind.MULTI_SZ: REG_MULTI_SZ,
    RegKind.DWORD: REG_DWORD,
    RegKind.QWORD: REG_QWORD,
    RegKind.BINARY: REG_BINARY,
}


def key_path_problem(path: str) -> str | None:
    """Why ``path`` is not a writable key path, or None when it is."""
    parts = path.split("\\")
    if parts[0].upper() not in ROOT_KEYS:
        return "a key path starts with a root key such as HKEY_LOCAL_MACHINE"
    if any(not part for part in parts):
        return "a key path has no empty parts"
    return None


class RegKey(BaseModel):
    """One ``[path]`` section and its values in file order, or a ``[-path]`` deletion."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str
    values: tuple[RegValue, ...] = ()
    deleted: bool = False

    @field_validator("path")
    @classmethod
    def _check_path(cls, path: str) -> str:
        check_text(path, "key path", one_line=True)
        problem = key_path_problem(path)
        if problem:
            raise ValueError(problem)
        return path

    @model_validator(mode="after")
    def _check_values(self) -> Self:
        if self.deleted and self.values:
            raise ValueError("a deleted key has no values")
        names = [fold(v.name) for v in self.values]
        if len(set(names)) != len(names):
            raise ValueError("a value name appears twice in the key")
        return self

    def get_value(self, name: str) -> RegValue | None:
        """The value called ``name`` (case-insensitive; ``""`` is the default value)."""
        wanted = fold(name)
        return next((v for v in self.values if fold(v.name) == wanted), None)


def as_value(name: str, value: RegValue | RegData) -> RegValue:
    if isinstance(value, RegValue):
        return value.model_copy(update={"name": check_text(name, "value name", one_line=True)})
    if value is None:
        return RegValue.delete(name)
    if isinstance(value, str):
        return RegValue.sz(name, value)
    if isinstance(value, int):  # a bool is refused by RegValue's validator
        return RegValue.dword(name, value)
    if isinstance(value, bytes):
        return RegValue.binary(name, value)
    return RegValue(name=name, kind=RegKind.MULTI_SZ, data=value)  # validation refuses non-lists
