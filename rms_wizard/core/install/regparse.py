"""Reading a registry export (``.reg``) the way regedit reads it, refusing what it would guess at.

A line-oriented state machine with a small character scanner per line; its grammar follows
regedit's importer. What regedit does with a whole file is kept: a missing line break after the
last line, a key whose section appears more than once (merged in file order), values after a key
was deleted (applied in file order: :class:`~rms_wizard.core.install.regfile.RegFile` resolves them). What
regedit would skip or guess at is an error here, naming the line and saying what regedit would do:
a malformed line, and a file that was cut short (an odd UTF-16 byte count, an unterminated string,
hex data that ends with a continuation or a comma, or a last line whose value stops before its
end). No byte input raises anything but :class:`RegParseError`.
"""

from __future__ import annotations

import codecs

from .regerror import (
    R_BAD_DWORD,
    R_BAD_ESCAPE,
    R_BAD_HEX,
    R_BAD_HEX_TYPE,
    R_BAD_KEY_PATH,
    R_CUT_VALUE,
    R_DANGLING_CONTINUATION,
    R_DUPLICATE_VALUE,
    R_MISSING_EQUALS,
    R_MISSING_HEADER,
    R_NOT_TEXT,
    R_ODD_UTF16,
    R_TRAILING_TEXT,
    R_TRAILING_TEXT_KEY,
    R_UNEXPECTED_LINE,
    R_UNKNOWN_TYPE,
    R_UNTERMINATED_KEY,
    R_UNTERMINATED_STRING,
    R_VALUE_OUTSIDE_KEY,
    R_VALUE_UNDER_DELETED_KEY,
    RegParseError,
)
from .regmodel import (
    ANSI_CHARS,
    REG_EXPAND_SZ,
    REG_MULTI_SZ,
    REG_QWORD,
    TEXT_TYPES,
    UNICODE_TEXT,
    RegKey,
    RegKind,
    RegValue,
    decode_typed,
    encode_multi_sz,
    fold,
    key_path_problem,
)

HEADER_V5 = "Windows Registry Editor Version 5.00"
HEADER_V4 = "REGEDIT4"
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
#: ``hex(N)`` types whose bytes regedit always writes as a whole typed value.
_TYPED = frozenset({REG_EXPAND_SZ, REG_MULTI_SZ, REG_QWORD})
_BLANKS = " \t"


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
            text = even.decode(UNICODE_TEXT)
        except UnicodeDecodeError as exc:
            where = even[: exc.start - exc.start % 2].decode(UNICODE_TEXT, "replace")
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
    return "".join(ANSI_CHARS[b] for b in data)


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
        self.key: _OpenKey | None = None
        self.hex: _HexValue | None = None
        self.unterminated_line = 0  # the last line's number when it has no line break

    def error(self, reason: str, line: int | None = None) -> RegParseError:
        return RegParseError(self.source, self.line_no if line is None else line, reason)

    def run(self, lines: list[str], terminated: bool) -> tuple[RegKey, ...]:
        """The sections of ``lines`` in file order. Like regedit, a last line without a line
        break is read; but a value on it that stops before its end was cut off, not written so.
        """
        self.unterminated_line = 0 if terminated else len(lines)
        for self.line_no, line in enumerate(lines, start=1):
            if self.line_no == 1:
                self.header(line)
            elif self.hex is not None:
                self.hex_continuation(_Scanner(line))
            else:
                self.line_start(_Scanner(line))
        if self.hex is not None:
            raise self.error(R_DANGLING_CONTINUATION, self.hex.continued_at)
        self.close_key()
        return tuple(self.keys)

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
            raise self.error(R_TRAILING_TEXT_KEY)
        if key_path_problem(path):
            raise self.error(R_BAD_KEY_PATH)
        self.close_key()
        self.key = _OpenKey(path, deleted)  # a repeated section is merged by RegFile

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
        if len(digits) < 8 and self.on_cut_line():  # regedit writes eight digits
            raise self.error(R_CUT_VALUE)
        return int(digits, 16)

    def on_cut_line(self) -> bool:
        """Whether the current line is the last one and has no line break: where a file that
        was cut off ends, so a value there must look complete."""
        return self.line_no == self.unterminated_line

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
            if len(digits) == 1 and scan.at_end() and self.on_cut_line():
                raise self.error(R_CUT_VALUE)  # regedit writes two digits: this byte was cut
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
        if self.ansi and reg_type in TEXT_TYPES:
            # What regedit stores: the ANSI text converted to UTF-16, NULs included.
            data = _decode_ansi(data).encode(UNICODE_TEXT)
        typed = decode_typed(reg_type, data)
        if typed is None:
            if reg_type in _TYPED and self.on_cut_line():  # regedit writes them whole
                raise self.error(R_CUT_VALUE)
            return RegValue.raw(name, reg_type, data)
        kind, decoded = typed
        if kind is RegKind.MULTI_SZ:
            assert isinstance(decoded, list)
            stored = None if data == encode_multi_sz(decoded) else data
            if stored is not None and self.on_cut_line():  # regedit ends the list with two NULs
                raise self.error(R_CUT_VALUE)
            return RegValue(name=name, kind=kind, data=decoded, stored=stored)
        return RegValue(name=name, kind=kind, data=decoded)


def parse_sections(data: bytes, source: str = "-") -> tuple[RegKey, ...]:
    """The sections of a registry export in file order; ``source`` names it in error messages.

    Raises :class:`RegParseError` (and nothing else) for any malformed or truncated input.
    """
    lines, terminated = _split_lines(_decode(bytes(data), source))
    return _Parser(source).run(lines, terminated)
