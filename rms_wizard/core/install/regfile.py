"""Windows registry export (``.reg``) files: read as regedit reads them, written as it writes them.

A mock install keeps its registry as the export regedit writes: UTF-16 LE with a BOM, CRLF line
ends, the header ``Windows Registry Editor Version 5.00``, then one ``[key]`` section per key with
its values, a blank line after each. :func:`parse_reg` reads that format (and ``REGEDIT4``, UTF-8
with or without a BOM, LF line ends; :mod:`.regparse`) into the models of :mod:`.regmodel`, and
:func:`dump_reg` writes it back the way regedit does.

A :class:`RegFile` keeps the file's sections in order, as they are, so a file is written back
exactly; its look-ups answer what the registry holds after regedit imported it: sections of one key
merged in file order, ``[-key]`` deleting the key and its subkeys, later sections recreating it.
"""

from __future__ import annotations

import codecs
import struct
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from ..common.atomic import write_atomic
from .regerror import RegParseError
from .regmodel import (
    ROOT_KEYS,
    UNICODE_TEXT,
    RegData,
    RegKey,
    RegKind,
    RegValue,
    as_value,
    encode_multi_sz,
    encode_sz,
    fold,
)
from .regparse import HEADER_V4, HEADER_V5, parse_sections

__all__ = [
    "HEADER_V4",
    "HEADER_V5",
    "ROOT_KEYS",
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

#: regedit wraps hex data once a line reaches this many characters (before the ``\``).
_HEX_WRAP_AT = 77


class RegFile(BaseModel):
    """A whole export: its sections in file order, exactly as the file holds them.

    The look-ups (:meth:`get_key`, :meth:`get_value`) and the edits answer for the registry as
    regedit leaves it after importing the file: the sections of one key merged in file order (a
    later value of the same name replaces an earlier one in its place), a ``[-key]`` section
    deleting that key and every key below it, and a section after it creating the key anew.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    keys: tuple[RegKey, ...] = ()

    def _live_sections(self, path: str) -> list[int]:
        """The indexes of ``path``'s sections that count: those after the last ``[-key]`` of the
        key itself or of a key above it."""
        wanted = fold(path)
        found: list[int] = []
        for index, key in enumerate(self.keys):
            folded = fold(key.path)
            if key.deleted:
                if wanted == folded or wanted.startswith(folded + "\\"):
                    found = []
            elif folded == wanted:
                found.append(index)
        return found

    def get_key(self, path: str) -> RegKey | None:
        """Key ``path`` (case-insensitive) with its values merged from every section that counts,
        spelled as its first such section spells it; None when the file leaves no such key."""
        sections = self._live_sections(path)
        if len(sections) <= 1:
            return self.keys[sections[0]] if sections else None
        merged: dict[str, RegValue] = {}
        for index in sections:
            for value in self.keys[index].values:
                folded = fold(value.name)
                earlier = merged.get(folded)
                merged[folded] = value if earlier is None else as_value(earlier.name, value)
        return RegKey(path=self.keys[sections[0]].path, values=tuple(merged.values()))

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
        existing value keeps its place (in the last section that sets it) and the spelling of its
        name, as Windows does; a new one goes last in the key's last section; a key the file
        leaves absent is added at the end of the file.
        """
        sections = self._live_sections(path)
        if not sections:
            return RegFile(keys=(*self.keys, RegKey(path=path, values=(as_value(name, value),))))
        for index in reversed(sections):
            key = self.keys[index]
            old = key.get_value(name)
            if old is not None:
                new = as_value(old.name, value)
                values = tuple(new if v is old else v for v in key.values)
                return self._with_key(index, RegKey(path=key.path, values=values))
        key = self.keys[sections[-1]]
        values = (*key.values, as_value(name, value))
        return self._with_key(sections[-1], RegKey(path=key.path, values=values))

    def without_value(self, path: str, name: str) -> RegFile:
        """A copy without value ``name`` of key ``path`` (the same file when it is absent)."""
        wanted = fold(name)
        keys = list(self.keys)
        for index in self._live_sections(path):
            key = keys[index]
            kept = tuple(v for v in key.values if fold(v.name) != wanted)
            if len(kept) != len(key.values):
                keys[index] = RegKey(path=key.path, values=kept)
        return self if keys == list(self.keys) else RegFile(keys=tuple(keys))

    def _with_key(self, index: int, key: RegKey) -> RegFile:
        return RegFile(keys=(*self.keys[:index], key, *self.keys[index + 1 :]))


def parse_reg(data: bytes, source: str = "-") -> RegFile:
    """Parse a registry export; ``source`` names it in error messages (a file name).

    Raises :class:`RegParseError` (and nothing else) for any malformed or truncated input.
    """
    return RegFile(keys=parse_sections(data, source))


def read_reg(path: Path) -> RegFile:
    """Read and parse the export at ``path`` (OSError when it cannot be read)."""
    return parse_reg(path.read_bytes(), str(path))


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _utf16_len(text: str) -> int:
    return len(text.encode(UNICODE_TEXT)) // 2


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
            return _hex_lines(f"{name}hex(2):", encode_sz(data))
        case RegKind.MULTI_SZ:
            assert isinstance(data, list)
            return _hex_lines(f"{name}hex(7):", value.stored or encode_multi_sz(data))
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
    return codecs.BOM_UTF16_LE + text.encode(UNICODE_TEXT)


def write_reg_atomic(path: Path, regfile: RegFile) -> None:
    """Write ``regfile`` to ``path`` so that a crash leaves either the old or the new file.

    An existing file's permissions are kept (see :func:`~rms_wizard.core.common.atomic.write_atomic`).
    """
    write_atomic(path, dump_reg(regfile))
