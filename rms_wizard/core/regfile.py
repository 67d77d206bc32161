"""Windows registry export (``.reg``) files: a strict parser, a regedit-faithful writer.

A mock install keeps its registry as the export regedit writes: UTF-16 LE with a BOM, CRLF line
ends, the header ``Windows Registry Editor Version 5.00``, then one ``[key]`` section per key with
its values, a blank line after each. This module reads that format (and ``REGEDIT4``, UTF-8 with
or without a BOM, LF line ends) into pydantic models and writes it back the way regedit does.

The parser is a line-oriented state machine with a small character scanner per line; its grammar
follows regedit's importer, but anything regedit would silently skip or guess at is an error here:
a malformed or truncated file (odd UTF-16 byte count, an unterminated string, hex data that ends
with a continuation or a comma, a last line cut off before its line break) raises
:class:`RegParseError` with the line number, and no byte input raises anything else.

Model notes:

* A value's name ``""`` is the key's default value (``@`` in the file).
* ``hex(2)``/``hex(7)``/``hex(b)`` become ``expand_sz``/``multi_sz``/``qword`` when their bytes are
  the canonical encoding of such a value (text is UTF-16 LE; in ``REGEDIT4`` files the ANSI bytes
  are first converted to UTF-16, as regedit does); otherwise, and for every other ``hex(N)``, the
  bytes are kept as kind ``raw`` with ``raw_type`` N, so that nothing in the file is lost.
* ``[-key]`` sections are kept in order as keys with ``deleted=True``; ``"name"=-`` is a value of
  kind ``delete``.
* Key paths and value names compare case-insensitively, like Windows. A key has at most one live
  section in a file, and a value name appears at most once in a section.
"""

from __future__ import annotations

import codecs
import struct
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Self

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from .atomic import write_atomic
from .messages import QT_TRANSLATE_NOOP, BadInputError, Message, msg

__all__ = [
    "HEADER_V4",
    "HEADER_V5",
    "RegFile",
    "RegKey",
    "RegKind",
    "RegParseError",
    "RegValue",
    "dump_reg",
    "fold",
    "parse_reg",
    "read_reg",
    "write_reg_atomic",
]

HEADER_V5 = "Windows Registry Editor Version 5.00"
HEADER_V4 = "REGEDIT4"

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
#: regedit wraps hex data once a line reaches this many characters (before the ``\``).
_HEX_WRAP_AT = 77
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_BLANKS = " \t"
#: How the registry stores text (and how string data inside ``hex(N)`` is encoded in 5.00 files).
_UNICODE_TEXT = "utf-16-le"
#: ``REGEDIT4`` files are in the ANSI code page: Western (1252) here. Its five unassigned bytes
#: map to the same code points, as Windows' MultiByteToWideChar does.
_ANSI_CHARS = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(256))
#: Types whose ``hex(N)`` data is text: ANSI bytes in ``REGEDIT4`` files, UTF-16 LE in 5.00 ones.
_TEXT_TYPES = frozenset({REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ})

# Why a registry export is refused. Each reason is shown after "line N:" in the message below.
R_NOT_TEXT = QT_TRANSLATE_NOOP("core", "not UTF-16 or UTF-8 text")
R_ODD_UTF16 = QT_TRANSLATE_NOOP("core", "the UTF-16 text is truncated (odd number of bytes)")
R_MISSING_HEADER = QT_TRANSLATE_NOOP("core", "missing header")
R_UNEXPECTED_LINE = QT_TRANSLATE_NOOP("core", "expected a [key], a value or a ; comment")
R_UNTERMINATED_KEY = QT_TRANSLATE_NOOP("core", "unterminated key name")
R_BAD_KEY_PATH = QT_TRANSLATE_NOOP("core", "bad key path")
R_DUPLICATE_KEY = QT_TRANSLATE_NOOP("core", "the key appears twice")
R_VALUE_OUTSIDE_KEY = QT_TRANSLATE_NOOP("core", "value outside any key")
R_VALUE_UNDER_DELETED_KEY = QT_TRANSLATE_NOOP("core", "value under a deleted key")
R_DUPLICATE_VALUE = QT_TRANSLATE_NOOP("core", "the value appears twice in its key")
R_UNTERMINATED_STRING = QT_TRANSLATE_NOOP("core", "unterminated string")
R_BAD_ESCAPE = QT_TRANSLATE_NOOP("core", 'bad escape sequence (only \\\\ and \\" are allowed)')
R_MISSING_EQUALS = QT_TRANSLATE_NOOP("core", "expected = after the value name")
R_UNKNOWN_TYPE = QT_TRANSLATE_NOOP("core", "unknown value type")
R_BAD_DWORD = QT_TRANSLATE_NOOP("core", "bad dword value")
R_BAD_HEX_TYPE = QT_TRANSLATE_NOOP("core", "bad hex(...) type")
R_BAD_HEX = QT_TRANSLATE_NOOP("core", "bad hex data")
R_DANGLING_CONTINUATION = QT_TRANSLATE_NOOP("core", "hex data ends with a continuation")
R_TRAILING_TEXT = QT_TRANSLATE_NOOP("core", "unexpected text after the value")
R_TRUNCATED_LINE = QT_TRANSLATE_NOOP(
    "core", "the last line has no line break: the file is truncated"
)


class RegParseError(BadInputError):
    """A registry export is malformed or truncated; nothing was read from it.

    ``line`` is the 1-based line number, ``reason`` the translatable reason on its own (the full
    message embeds its English text).
    """

    source: str
    line: int
    reason: Message

    def __init__(self, source: str, line: int, reason: str) -> None:
        self.source = source
        self.line = line
        self.reason = msg(reason)
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP("core", "The registry export %1 is not valid: line %2: %3"),
                source,
                line,
                self.reason,
            )
        )

    def __reduce__(self) -> tuple[type[RegParseError], tuple[str, int, str]]:
        # Rebuild from the parts (the default would call __init__ with the message text only).
        return type(self), (self.source, self.line, self.reason.text)


# ---------------------------------------------------------------------------------------------
# Model


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


def _check_text(text: str, what: str, *, one_line: bool) -> str:
    """``text`` must be writable: UTF-16 encodable, no NUL, and no line break when ``one_line``."""
    if "\x00" in text:
        raise ValueError(f"{what} contains a NUL character")
    if one_line and ("\r" in text or "\n" in text):
        raise ValueError(f"{what} contains a line break")
    try:
        text.encode(_UNICODE_TEXT)
    except UnicodeEncodeError as exc:
        raise ValueError(f"{what} is not encodable as UTF-16") from exc
    return text


def _encode_sz(text: str) -> bytes:
    return (text + "\x00").encode(_UNICODE_TEXT)


def _encode_multi_sz(items: Sequence[str]) -> bytes:
    return ("".join(item + "\x00" for item in items) + "\x00").encode(_UNICODE_TEXT)


def _decode_typed(reg_type: int, data: bytes) -> tuple[RegKind, RegData] | None:
    """Decode ``hex(reg_type)`` bytes into a typed value when they are its canonical encoding.

    Canonical means encoding the result gives back exactly ``data`` (strict UTF-16 decoding is
    one-to-one, so the terminator checks suffice), so a round trip is lossless; anything else (odd
    length, missing terminator, embedded NUL...) returns None and stays raw.
    """
    if reg_type == REG_QWORD:
        return (RegKind.QWORD, int.from_bytes(data, "little")) if len(data) == 8 else None
    if reg_type not in (REG_EXPAND_SZ, REG_MULTI_SZ):
        return None
    try:
        text = data.decode(_UNICODE_TEXT)  # strict: odd lengths and lone surrogates fail
    except UnicodeDecodeError:
        return None
    if reg_type == REG_EXPAND_SZ:
        if text.endswith("\x00") and "\x00" not in text[:-1]:
            return RegKind.EXPAND_SZ, text[:-1]
        return None
    if text == "\x00":
        return RegKind.MULTI_SZ, []
    if text.endswith("\x00\x00"):
        return RegKind.MULTI_SZ, text[:-2].split("\x00")
    return None


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

    @field_validator("name")
    @classmethod
    def _check_name(cls, name: str) -> str:
        return _check_text(name, "value name", one_line=True)

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
        if kind is RegKind.SZ or kind is RegKind.EXPAND_SZ:
            if not isinstance(data, str):
                raise ValueError(f"{kind} data must be a str")
            _check_text(data, f"{kind} data", one_line=kind is RegKind.SZ)
        elif kind is RegKind.MULTI_SZ:
            if not isinstance(data, list) or not all(isinstance(s, str) for s in data):
                raise ValueError("multi_sz data must be a list of str")
            for item in data:
                _check_text(item, "multi_sz item", one_line=False)
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
            if _decode_typed(self.raw_type, data) is not None:
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
        return _KIND_TYPES.get(self.kind)


_KIND_TYPES = {
    RegKind.SZ: REG_SZ,
    RegKind.EXPAND_SZ: REG_EXPAND_SZ,
    RegKind.MULTI_SZ: REG_MULTI_SZ,
    RegKind.DWORD: REG_DWORD,
    RegKind.QWORD: REG_QWORD,
    RegKind.BINARY: REG_BINARY,
}


def _key_path_problem(path: str) -> str | None:
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
        _check_text(path, "key path", one_line=True)
        problem = _key_path_problem(path)
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


class RegFile(BaseModel):
    """A whole export: its sections in file order."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    keys: tuple[RegKey, ...] = ()

    @model_validator(mode="after")
    def _check_keys(self) -> Self:
        live = [fold(k.path) for k in self.keys if not k.deleted]
        if len(set(live)) != len(live):
            raise ValueError("a key appears twice")
        return self

    def _find(self, path: str) -> int | None:
        wanted = fold(path)
        return next(
            (i for i, k in enumerate(self.keys) if not k.deleted and fold(k.path) == wanted), None
        )

    def get_key(self, path: str) -> RegKey | None:
        """The section for ``path`` (case-insensitive), not counting ``[-path]`` deletions."""
        index = self._find(path)
        return None if index is None else self.keys[index]

    def get_value(self, path: str, name: str) -> RegValue | None:
        """The value ``name`` of key ``path``, both case-insensitive; None when either is absent.

        A ``"name"=-`` line is returned as a value of kind ``delete``.
        """
        key = self.get_key(path)
        return None if key is None else key.get_value(name)

    @property
    def deleted_keys(self) -> list[str]:
        """The paths of the ``[-path]`` sections, in file order."""
        return [k.path for k in self.keys if k.deleted]

    def with_value(self, path: str, name: str, value: RegValue | RegData) -> RegFile:
        """A copy with value ``name`` of key ``path`` set; everything else keeps its order.

        ``value`` is a :class:`RegValue` (its name is replaced by ``name``) or plain data: str is
        ``sz``, int ``dword``, bytes ``binary``, a list of str ``multi_sz``, None a deletion. An
        existing value keeps its place and the spelling of its name (as Windows does); a new one
        goes last in its key; a missing key is added at the end of the file.
        """
        index = self._find(path)
        if index is None:
            return RegFile(keys=(*self.keys, RegKey(path=path, values=(_as_value(name, value),))))
        key = self.keys[index]
        old = key.get_value(name)
        if old is None:
            values = (*key.values, _as_value(name, value))
        else:
            new = _as_value(old.name, value)
            values = tuple(new if v is old else v for v in key.values)
        return self._with_key(index, RegKey(path=key.path, values=values))

    def without_value(self, path: str, name: str) -> RegFile:
        """A copy without value ``name`` of key ``path`` (the same file when it is absent)."""
        key_index = self._find(path)
        if key_index is None:
            return self
        key = self.keys[key_index]
        wanted = fold(name)
        values = tuple(v for v in key.values if fold(v.name) != wanted)
        if len(values) == len(key.values):
            return self
        return self._with_key(key_index, RegKey(path=key.path, values=values))

    def _with_key(self, index: int, key: RegKey) -> RegFile:
        return RegFile(keys=(*self.keys[:index], key, *self.keys[index + 1 :]))


def _as_value(name: str, value: RegValue | RegData) -> RegValue:
    if isinstance(value, RegValue):
        return value.model_copy(update={"name": _check_text(name, "value name", one_line=True)})
    if value is None:
        return RegValue.delete(name)
    if isinstance(value, str):
        return RegValue.sz(name, value)
    if isinstance(value, int):  # a bool is refused by RegValue's validator
        return RegValue.dword(name, value)
    if isinstance(value, bytes):
        return RegValue.binary(name, value)
    return RegValue(name=name, kind=RegKind.MULTI_SZ, data=value)  # validation refuses non-lists


# ---------------------------------------------------------------------------------------------
# Reading


def _unify_breaks(text: str) -> str:
    """CRLF and a lone CR become LF: regedit breaks lines at each of them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split_lines(text: str) -> tuple[list[str], bool]:
    """The lines of ``text`` and whether the last one ends with a line break."""
    lines = _unify_breaks(text).split("\n")
    terminated = len(lines) > 1 and lines[-1] == ""
    if terminated:
        lines.pop()
    return lines, terminated


def _line_at(text_before: str) -> int:
    """The 1-based line number of the character right after ``text_before``."""
    return _unify_breaks(text_before).count("\n") + 1


def _decode(data: bytes, source: str) -> str:
    """The file's text, without BOM; refuses anything that is not cleanly UTF-16 LE or UTF-8."""
    if data.startswith(codecs.BOM_UTF16_LE):
        body = data[len(codecs.BOM_UTF16_LE) :]
        even = body[: len(body) - len(body) % 2]
        try:
            text = even.decode(_UNICODE_TEXT)
        except UnicodeDecodeError as exc:
            where = even[: exc.start - exc.start % 2].decode(_UNICODE_TEXT, "replace")
            raise RegParseError(source, _line_at(where), R_NOT_TEXT) from None
        if len(body) % 2:
            raise RegParseError(source, _line_at(text), R_ODD_UTF16)
    else:
        has_bom = data.startswith(codecs.BOM_UTF8)
        body = data[len(codecs.BOM_UTF8) :] if has_bom else data
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            if has_bom or not body.startswith(HEADER_V4.encode("ascii")):
                where = body[: exc.start].decode("utf-8", "replace")
                raise RegParseError(source, _line_at(where), R_NOT_TEXT) from None
            text = _decode_ansi(body)
    nul = text.find("\x00")
    if nul >= 0:
        raise RegParseError(source, _line_at(text[:nul]), R_NOT_TEXT)
    return text


def _decode_ansi(data: bytes) -> str:
    """ANSI bytes (a ``REGEDIT4`` file without a BOM that is not UTF-8, or its hex text data)."""
    return "".join(_ANSI_CHARS[b] for b in data)


class _Scanner:
    """A cursor over one line: the tokenizer the parser's states share."""

    def __init__(self, line: str) -> None:
        self.text = line
        self.pos = 0

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def take(self) -> str:
        char = self.peek()
        self.pos += len(char)
        return char

    def skip_blanks(self) -> None:
        while self.peek() and self.peek() in _BLANKS:
            self.pos += 1

    def take_prefix(self, prefix: str) -> bool:
        if self.text.startswith(prefix, self.pos):
            self.pos += len(prefix)
            return True
        return False

    def take_hex_digits(self, most: int) -> str:
        start = self.pos
        while self.pos - start < most and self.peek() and self.peek() in _HEX_DIGITS:
            self.pos += 1
        return self.text[start : self.pos]

    def at_end(self) -> bool:
        """Only blanks, or blanks and a ``;`` comment, are left."""
        self.skip_blanks()
        return self.peek() in ("", ";")


class _HexValue:
    """A ``hex:``/``hex(N):`` value whose bytes are still being read (maybe over several lines)."""

    def __init__(self, name: str, reg_type: int | None) -> None:
        self.name = name
        self.reg_type = reg_type  # None: plain ``hex:``
        self.data = bytearray()
        self.continued_at = 0  # the line that ended with "\"


class _OpenKey:
    def __init__(self, path: str, deleted: bool) -> None:
        self.path = path
        self.deleted = deleted
        self.values: list[RegValue] = []
        self.names: set[str] = set()


class _Parser:
    """The state machine, one line at a time: the header line, then line starts; while a hex
    value's line ended with ``\\`` (``self.hex`` is set), the next lines continue its data."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.line_no = 0
        self.ansi = False  # a REGEDIT4 file: text inside hex(N) data is ANSI
        self.keys: list[RegKey] = []
        self.live_paths: set[str] = set()
        self.key: _OpenKey | None = None
        self.hex: _HexValue | None = None

    def error(self, reason: str, line: int | None = None) -> RegParseError:
        return RegParseError(self.source, self.line_no if line is None else line, reason)

    def run(self, lines: list[str], terminated: bool) -> RegFile:
        """Parse ``lines``; an unterminated last line must hold nothing (else it was cut off)."""
        for self.line_no, line in enumerate(lines, start=1):
            if self.line_no == 1:
                self.header(line)
            elif self.hex is not None:
                self.hex_continuation(_Scanner(line))
            else:
                self.line_start(_Scanner(line))
        if self.hex is not None:
            raise self.error(R_DANGLING_CONTINUATION, self.hex.continued_at)
        if not terminated and len(lines) > 1 and not _Scanner(lines[-1]).at_end():
            raise self.error(R_TRUNCATED_LINE)
        self.close_key()
        return RegFile(keys=tuple(self.keys))

    # -- states ---------------------------------------------------------------------------
    def header(self, line: str) -> None:
        header = line.strip(_BLANKS)
        if header not in (HEADER_V5, HEADER_V4):
            raise self.error(R_MISSING_HEADER)
        self.ansi = header == HEADER_V4

    def line_start(self, scan: _Scanner) -> None:
        scan.skip_blanks()
        first = scan.peek()
        if first in ("", ";"):
            return
        if first == "[":
            self.key_line(scan)
        elif first in ('"', "@"):
            self.value_line(scan)
        else:
            raise self.error(R_UNEXPECTED_LINE)

    def hex_continuation(self, scan: _Scanner) -> None:
        assert self.hex is not None
        scan.skip_blanks()
        first = scan.peek()
        if first in ("", ";"):
            return  # regedit skips blank and comment lines inside continued hex data
        if first not in _HEX_DIGITS:
            raise self.error(R_DANGLING_CONTINUATION, self.hex.continued_at)
        self.hex_bytes(scan)

    # -- sections -------------------------------------------------------------------------
    def key_line(self, scan: _Scanner) -> None:
        scan.take()  # "["
        deleted = scan.take_prefix("-")
        end = scan.text.rfind("]")
        if end < scan.pos:
            raise self.error(R_UNTERMINATED_KEY)
        path = scan.text[scan.pos : end]
        scan.pos = end + 1
        if not scan.at_end():
            raise self.error(R_TRAILING_TEXT)
        if _key_path_problem(path):
            raise self.error(R_BAD_KEY_PATH)
        self.close_key()
        if not deleted:
            folded = fold(path)
            if folded in self.live_paths:
                raise self.error(R_DUPLICATE_KEY)
            self.live_paths.add(folded)
        self.key = _OpenKey(path, deleted)

    def close_key(self) -> None:
        if self.key is not None:
            key = self.key
            self.keys.append(RegKey(path=key.path, values=tuple(key.values), deleted=key.deleted))
            self.key = None

    # -- values ---------------------------------------------------------------------------
    def value_line(self, scan: _Scanner) -> None:
        if self.key is None:
            raise self.error(R_VALUE_OUTSIDE_KEY)
        if self.key.deleted:
            raise self.error(R_VALUE_UNDER_DELETED_KEY)
        name = "" if scan.take() == "@" else self.quoted_string(scan)
        folded = fold(name)
        if folded in self.key.names:
            raise self.error(R_DUPLICATE_VALUE)
        self.key.names.add(folded)
        scan.skip_blanks()
        if scan.take() != "=":
            raise self.error(R_MISSING_EQUALS)
        scan.skip_blanks()
        if scan.take_prefix("-"):
            self.end_of_value(scan, RegValue.delete(name))
        elif scan.take_prefix('"'):
            self.end_of_value(scan, RegValue.sz(name, self.quoted_string(scan)))
        elif scan.take_prefix("dword:"):
            self.end_of_value(scan, RegValue.dword(name, self.dword(scan)))
        elif scan.take_prefix("hex:"):
            self.hex = _HexValue(name, None)
            self.hex_bytes(scan)
        elif scan.take_prefix("hex("):
            self.hex = _HexValue(name, self.hex_type(scan))
            self.hex_bytes(scan)
        else:
            raise self.error(R_UNKNOWN_TYPE)

    def end_of_value(self, scan: _Scanner, value: RegValue) -> None:
        if not scan.at_end():
            raise self.error(R_TRAILING_TEXT)
        assert self.key is not None
        self.key.values.append(value)

    def quoted_string(self, scan: _Scanner) -> str:
        """The rest of a ``"..."`` string (the opening quote is already taken), unescaped."""
        chars: list[str] = []
        while True:
            char = scan.take()
            if char == "":
                raise self.error(R_UNTERMINATED_STRING)
            if char == '"':
                return "".join(chars)
            if char == "\\":
                char = scan.take()
                if char == "":
                    raise self.error(R_UNTERMINATED_STRING)
                if char not in ('"', "\\"):
                    raise self.error(R_BAD_ESCAPE)
            chars.append(char)

    def dword(self, scan: _Scanner) -> int:
        scan.skip_blanks()
        digits = scan.take_hex_digits(8)
        if not digits or scan.peek() in _HEX_DIGITS:
            raise self.error(R_BAD_DWORD)
        if not scan.at_end():
            raise self.error(R_BAD_DWORD)
        return int(digits, 16)

    def hex_type(self, scan: _Scanner) -> int:
        digits = scan.take_hex_digits(8)
        if not digits or not scan.take_prefix("):"):
            raise self.error(R_BAD_HEX_TYPE)
        return int(digits, 16)

    def hex_bytes(self, scan: _Scanner) -> None:
        """Bytes ``xx,xx,...`` up to the end of the line, a comment or a ``\\`` continuation.

        A byte may follow only the start or a comma; a comma must be followed by a byte or a
        continuation (a trailing comma means the data was cut off).
        """
        hex_value = self.hex
        assert hex_value is not None
        after_comma = False
        while True:
            scan.skip_blanks()
            char = scan.peek()
            if char == "\\":
                scan.take()
                if not scan.at_end():
                    raise self.error(R_BAD_HEX)
                hex_value.continued_at = self.line_no
                return  # self.hex stays set: the next line continues the data
            if char in ("", ";"):
                if after_comma:
                    raise self.error(R_BAD_HEX)
                break
            digits = scan.take_hex_digits(2)
            if not digits:
                raise self.error(R_BAD_HEX)
            hex_value.data.append(int(digits, 16))
            scan.skip_blanks()
            if scan.peek() == ",":
                scan.take()
                after_comma = True
            elif scan.at_end():
                break
            else:
                raise self.error(R_BAD_HEX)
        self.hex = None
        self.end_of_value(scan, self.hex_value(hex_value))

    def hex_value(self, hex_value: _HexValue) -> RegValue:
        name, data, reg_type = hex_value.name, bytes(hex_value.data), hex_value.reg_type
        if reg_type is None:
            return RegValue.binary(name, data)
        if self.ansi and reg_type in _TEXT_TYPES:
            # What regedit stores: the ANSI text converted to UTF-16, NULs included.
            data = _decode_ansi(data).encode(_UNICODE_TEXT)
        typed = _decode_typed(reg_type, data)
        if typed is None:
            return RegValue.raw(name, reg_type, data)
        kind, decoded = typed
        return RegValue(name=name, kind=kind, data=decoded)


def parse_reg(data: bytes, source: str = "-") -> RegFile:
    """Parse a registry export; ``source`` names it in error messages (a file name).

    Raises :class:`RegParseError` (and nothing else) for any malformed or truncated input.
    """
    lines, terminated = _split_lines(_decode(bytes(data), source))
    return _Parser(source).run(lines, terminated)


def read_reg(path: Path) -> RegFile:
    """Read and parse the export at ``path`` (OSError when it cannot be read)."""
    return parse_reg(path.read_bytes(), str(path))


# ---------------------------------------------------------------------------------------------
# Writing


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _utf16_len(text: str) -> int:
    return len(text.encode(_UNICODE_TEXT)) // 2


def _hex_lines(prefix: str, data: bytes) -> str:
    """``prefix`` plus the bytes, wrapped exactly like regedit: ``\\`` then two spaces."""
    parts = [prefix]
    line_len = _utf16_len(prefix)
    last = len(data) - 1
    for index, byte in enumerate(data):
        parts.append(f"{byte:02x}")
        if index == last:
            break
        parts.append(",")
        line_len += 3
        if line_len >= _HEX_WRAP_AT:
            parts.append("\\\r\n  ")
            line_len = 2
    return "".join(parts)


def _value_line(value: RegValue) -> str:
    name = "@=" if value.name == "" else _quote(value.name) + "="
    data = value.data
    match value.kind:
        case RegKind.DELETE:
            return name + "-"
        case RegKind.SZ:
            assert isinstance(data, str)
            return name + _quote(data)
        case RegKind.DWORD:
            assert isinstance(data, int)
            return f"{name}dword:{data:08x}"
        case RegKind.QWORD:
            assert isinstance(data, int)
            return _hex_lines(f"{name}hex(b):", struct.pack("<Q", data))
        case RegKind.EXPAND_SZ:
            assert isinstance(data, str)
            return _hex_lines(f"{name}hex(2):", _encode_sz(data))
        case RegKind.MULTI_SZ:
            assert isinstance(data, list)
            return _hex_lines(f"{name}hex(7):", _encode_multi_sz(data))
        case RegKind.BINARY:
            assert isinstance(data, bytes)
            return _hex_lines(f"{name}hex:", data)
        case RegKind.RAW:
            assert isinstance(data, bytes)
            return _hex_lines(f"{name}hex({value.raw_type:x}):", data)


def dump_reg(regfile: RegFile) -> bytes:
    """The export as regedit writes it: UTF-16 LE with BOM, CRLF, a blank line after each key."""
    lines = [HEADER_V5, ""]
    for key in regfile.keys:
        lines.append(f"[-{key.path}]" if key.deleted else f"[{key.path}]")
        lines.extend(_value_line(value) for value in key.values)
        lines.append("")
    text = "\r\n".join(lines) + "\r\n"
    return codecs.BOM_UTF16_LE + text.encode(_UNICODE_TEXT)


def write_reg_atomic(path: Path, regfile: RegFile) -> None:
    """Write ``regfile`` to ``path`` so that a crash leaves either the old or the new file.

    An existing file's permissions are kept (see :func:`~rms_wizard.core.atomic.write_atomic`).
    """
    write_atomic(path, dump_reg(regfile))
