"""The ``.reg`` parser and writer: syntax table, a realistic DRMS export, errors, fuzzing."""

from __future__ import annotations

import codecs
import os
import pickle
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.install import regerror
from rms_wizard.core.install.regfile import (
    HEADER_V4,
    HEADER_V5,
    RegFile,
    RegKey,
    RegKind,
    RegParseError,
    RegValue,
    dump_reg,
    fold,
    parse_reg,
    read_reg,
    write_reg_atomic,
)

DRMS = r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\DRMS"
SERVER = DRMS + r"\Server"
COMPONENTS = DRMS + r"\Components"

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def utf16(text: str) -> bytes:
    """What regedit writes: a UTF-16 LE BOM, then the text."""
    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")


def reg_text(*lines: str, header: str = HEADER_V5, newline: str = "\r\n") -> str:
    return newline.join([header, "", *lines]) + newline


def parse_lines(*lines: str) -> RegFile:
    return parse_reg(utf16(reg_text(*lines)))


def only_value(*lines: str) -> RegValue:
    parsed = parse_lines(f"[{DRMS}]", *lines)
    (key,) = parsed.keys
    (value,) = key.values
    return value


# ---------------------------------------------------------------------------------------------
# Syntax, one row per form


VALUE_ROWS: list[tuple[str, RegValue]] = [
    ('"Name"="Value"', RegValue.sz("Name", "Value")),
    ('@="Default"', RegValue.sz("", "Default")),
    ('""="also the default"', RegValue.sz("", "also the default")),
    ('"Empty"=""', RegValue.sz("Empty", "")),
    ('"Quote"="say \\"hi\\""', RegValue.sz("Quote", 'say "hi"')),
    (
        r'"InstallPath"="C:\\Program Files\\Windows Rights Management Services\\"',
        RegValue.sz("InstallPath", "C:\\Program Files\\Windows Rights Management Services\\"),
    ),
    ('"Na\\"me\\\\"="x"', RegValue.sz('Na"me\\', "x")),
    ('"Beheer"="Sleutel ✓ 日本 😀"', RegValue.sz("Beheer", "Sleutel ✓ 日本 😀")),
    ('"Semi"="a;b ; c"', RegValue.sz("Semi", "a;b ; c")),
    ('"[x]"="@=-"', RegValue.sz("[x]", "@=-")),
    ('  "Spaced"  =  "v"  ', RegValue.sz("Spaced", "v")),
    ('"C"="v" ; trailing comment', RegValue.sz("C", "v")),
    ('"D"=dword:0000001f', RegValue.dword("D", 31)),
    ('"D"=dword:FFFFFFFF', RegValue.dword("D", 0xFFFFFFFF)),
    ('"D"=dword:1F', RegValue.dword("D", 31)),
    ('"D"=dword: 00000000 ; off', RegValue.dword("D", 0)),
    ('"B"=hex:01,02,ff', RegValue.binary("B", b"\x01\x02\xff")),
    ('"B"=hex:', RegValue.binary("B", b"")),
    ('"B"=hex: 0a , b , FF', RegValue.binary("B", b"\x0a\x0b\xff")),
    (
        '"E"=hex(2):25,00,54,00,4d,00,50,00,25,00,00,00',
        RegValue.expand_sz("E", "%TMP%"),
    ),
    ('"E"=hex(2):00,00', RegValue.expand_sz("E", "")),
    (
        '"M"=hex(7):61,00,00,00,62,00,63,00,00,00,00,00',
        RegValue.multi_sz("M", ["a", "bc"]),
    ),
    ('"M"=hex(7):00,00', RegValue.multi_sz("M", [])),
    # Windows reads two NULs as an empty list too, and one terminating NUL as the end of the list:
    # the values are what Windows reads, the bytes are kept to write the file back exactly.
    (
        '"M"=hex(7):00,00,00,00',
        RegValue(name="M", kind=RegKind.MULTI_SZ, data=[], stored=b"\0" * 4),
    ),
    (
        '"M"=hex(7):61,00,00,00',
        RegValue(name="M", kind=RegKind.MULTI_SZ, data=["a"], stored=b"a\0\0\0"),
    ),
    (
        '"M"=hex(7):61,00,00,00,62,00,00,00',
        RegValue(name="M", kind=RegKind.MULTI_SZ, data=["a", "b"], stored=b"a\0\0\0b\0\0\0"),
    ),
    ('"Q"=hex(b):f7,e6,d5,c4,b3,a2,c5,01', RegValue.qword("Q", 0x01C5A2B3C4D5E6F7)),
    ('"Q"=hex(B):ff,ff,ff,ff,ff,ff,ff,ff', RegValue.qword("Q", 2**64 - 1)),
    # Other types, and typed hex that is not a canonical value, stay raw bytes.
    ('"N"=hex(0):', RegValue.raw("N", 0, b"")),
    ('"S"=hex(1):41,00,00,00', RegValue.raw("S", 1, b"A\x00\x00\x00")),
    ('"R"=hex(3):01', RegValue.raw("R", 3, b"\x01")),
    ('"W"=hex(4):01,00,00,00', RegValue.raw("W", 4, b"\x01\x00\x00\x00")),
    ('"X"=hex(ffffffff):ab', RegValue.raw("X", 0xFFFFFFFF, b"\xab")),
    ('"E"=hex(2):25,00,54', RegValue.raw("E", 2, b"%\x00T")),
    ('"E"=hex(2):41,00', RegValue.raw("E", 2, b"A\x00")),
    ('"E"=hex(2):41,00,00,00,42,00,00,00', RegValue.raw("E", 2, b"A\x00\x00\x00B\x00\x00\x00")),
    ('"M"=hex(7):61,00', RegValue.raw("M", 7, b"a\x00")),
    ('"M"=hex(7):61,00,00,00,00,00,62,00,00,00', RegValue.raw("M", 7, b"a\0\0\0\0\0b\0\0\0")),
    ('"M"=hex(7):00,d8,00,00,00,00', RegValue.raw("M", 7, b"\x00\xd8\x00\x00\x00\x00")),
    ('"Q"=hex(b):01,00,00,00', RegValue.raw("Q", 11, b"\x01\x00\x00\x00")),
    ('"Gone"=-', RegValue.delete("Gone")),
    ("@=-", RegValue.delete("")),
    ('"Gone" = - ; removed by SP1', RegValue.delete("Gone")),
]


@pytest.mark.parametrize(("line", "expected"), VALUE_ROWS)
def test_value_syntax(line: str, expected: RegValue) -> None:
    value = only_value(line)
    assert value == expected
    assert type(value.data) is type(expected.data)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (['"B"=hex:01,02,\\', "  03,04"], b"\x01\x02\x03\x04"),
        (['"B"=hex:01,\\', "\t02,\\", "      03"], b"\x01\x02\x03"),
        (['"B"=hex:\\', "  01"], b"\x01"),
        (['"B"=hex:01,\\  ; comment after the backslash', "  02"], b"\x01\x02"),
        # regedit skips blank and comment lines inside continued data.
        (['"B"=hex:01,\\', "", "; note", "  02"], b"\x01\x02"),
    ],
)
def test_hex_continuation_lines(lines: list[str], expected: bytes) -> None:
    assert only_value(*lines) == RegValue.binary("B", expected)


def test_continued_typed_hex_is_decoded() -> None:
    value = only_value('"M"=hex(7):61,00,00,00,\\', "  62,00,00,00,00,00")
    assert value == RegValue.multi_sz("M", ["a", "b"])


@pytest.mark.parametrize(
    ("lines", "paths", "deleted"),
    [
        ([f"[{DRMS}]"], [DRMS], []),
        ([f"[-{DRMS}\\Cache]"], [DRMS + "\\Cache"], [DRMS + "\\Cache"]),
        ([f"[-{DRMS}]", f"[{DRMS}]"], [DRMS, DRMS], [DRMS]),
        (["[hkey_local_machine\\Software]"], ["hkey_local_machine\\Software"], []),
        (["[HKEY_CURRENT_USER]"], ["HKEY_CURRENT_USER"], []),
        ([f"[{DRMS}\\a]b]"], [DRMS + "\\a]b"], []),
        ([f"[{DRMS}\\with space ]"], [DRMS + "\\with space "], []),
        ([f"  [{DRMS}]  ; comment"], [DRMS], []),
        (["; only a comment", "", "   ", f"[{DRMS}]", "; another"], [DRMS], []),
    ],
)
def test_sections(lines: list[str], paths: list[str], deleted: list[str]) -> None:
    parsed = parse_lines(*lines)
    assert [k.path for k in parsed.keys] == paths
    assert parsed.deleted_keys == deleted
    assert all(k.values == () for k in parsed.keys)


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(utf16, id="utf16-bom-crlf"),
        pytest.param(lambda t: utf16(t.replace("\r\n", "\n")), id="utf16-bom-lf"),
        pytest.param(lambda t: utf16(t.replace("\r\n", "\r")), id="utf16-bom-cr"),
        pytest.param(lambda t: t.encode("utf-8"), id="utf8-crlf"),
        pytest.param(lambda t: t.replace("\r\n", "\n").encode("utf-8"), id="utf8-lf"),
        pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf8-bom"),
    ],
)
def test_encodings_and_line_ends(encode: Callable[[str], bytes]) -> None:
    text = reg_text(f"[{DRMS}]", '"Naam"="Sleutel é ✓"', '"B"=hex:01,\\', "  02")
    parsed = parse_reg(encode(text))
    assert parsed.get_value(DRMS, "Naam") == RegValue.sz("Naam", "Sleutel é ✓")
    assert parsed.get_value(DRMS, "B") == RegValue.binary("B", b"\x01\x02")


def test_regedit4_ansi_file() -> None:
    text = reg_text(
        f"[{DRMS}]",
        '"Naam"="café"',
        '"E"=hex(2):25,54,4d,50,25,e9,00',
        '"M"=hex(7):61,00,62,00,00',
        '"S"=hex(1):41,00',
        header=HEADER_V4,
    )
    parsed = parse_reg(text.encode("cp1252"))
    key = parsed.get_key(DRMS)
    assert key is not None
    # The string data of hex(2)/hex(7) is ANSI in REGEDIT4 files; the model holds text.
    assert key.values == (
        RegValue.sz("Naam", "café"),
        RegValue.expand_sz("E", "%TMP%é"),
        RegValue.multi_sz("M", ["a", "b"]),
        RegValue.raw("S", 1, "A\x00".encode("utf-16-le")),
    )
    # Written back, it is a version 5.00 export holding the same values.
    assert parse_reg(dump_reg(parsed)) == parsed
    # UTF-8 REGEDIT4 files are read as UTF-8.
    assert parse_reg(text.encode("utf-8")).get_value(DRMS, "Naam") == RegValue.sz("Naam", "café")


# ---------------------------------------------------------------------------------------------
# A realistic DRMS export, byte for byte as regedit writes it

DRMS_EXPORT = "\r\n".join(
    [
        "Windows Registry Editor Version 5.00",
        "",
        r"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\DRMS]",
        '"ProductVersion"="1.0.0.0"',
        r'"InstallPath"="C:\\Program Files\\Windows Rights Management Services\\"',
        '"PreviousVersion"=""',
        '"SetupFlags"=dword:00000003',
        "",
        r"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\DRMS\Components]",
        '"Server"=dword:00000001',
        '"Administration"=dword:00000001',
        '"Logging"=dword:00000001',
        '"Client"=dword:00000000',
        "",
        r"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\DRMS\Server]",
        '@="RMS 1.0"',
        '"Role"="RootCertification"',
        '"ServerName"="RMS01"',
        '"ClusterUrl"="https://rms.contoso.nl/_wmcs"',
        '"ConfigDatabase"=hex(2):25,00,50,00,72,00,6f,00,67,00,72,00,61,00,6d,00,46,00,\\',
        "  69,00,6c,00,65,00,73,00,25,00,5c,00,57,00,69,00,6e,00,64,00,6f,00,77,00,73,\\",
        "  00,20,00,52,00,69,00,67,00,68,00,74,00,73,00,20,00,4d,00,61,00,6e,00,61,00,\\",
        "  67,00,65,00,6d,00,65,00,6e,00,74,00,20,00,53,00,65,00,72,00,76,00,69,00,63,\\",
        "  00,65,00,73,00,5c,00,44,00,61,00,74,00,61,00,5c,00,44,00,52,00,4d,00,53,00,\\",
        "  5f,00,43,00,6f,00,6e,00,66,00,69,00,67,00,2e,00,6d,00,64,00,66,00,00,00",
        '"TrustedDomains"=hex(7):63,00,6f,00,6e,00,74,00,6f,00,73,00,6f,00,2e,00,6e,00,\\',
        "  6c,00,00,00,66,00,61,00,62,00,72,00,69,00,6b,00,61,00,6d,00,2e,00,6e,00,6c,\\",
        "  00,00,00,00,00",
        '"CertificateHash"=hex:3f,2a,9c,0d,5e,7b,11,c4,8a,06,f2,d9,e4,b3,a1,70,5c,8d,2e,\\',
        "  6f",
        '"LastProvisioned"=hex(b):f7,e6,d5,c4,b3,a2,c5,01',
        "",
        r"[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\DRMS\Server\Cache]",
        "",
        "",
    ]
)
DRMS_BYTES = codecs.BOM_UTF16_LE + DRMS_EXPORT.encode("utf-16-le")


def test_realistic_drms_export() -> None:
    parsed = parse_reg(DRMS_BYTES, "registry.reg")
    assert [k.path for k in parsed.keys] == [DRMS, COMPONENTS, SERVER, SERVER + r"\Cache"]
    assert parsed.get_value(DRMS, "ProductVersion") == RegValue.sz("ProductVersion", "1.0.0.0")
    assert parsed.get_value(DRMS, "installpath") == RegValue.sz(
        "InstallPath", "C:\\Program Files\\Windows Rights Management Services\\"
    )
    assert parsed.get_value(DRMS, "PreviousVersion") == RegValue.sz("PreviousVersion", "")
    assert parsed.get_value(COMPONENTS, "Client") == RegValue.dword("Client", 0)
    assert parsed.get_value(SERVER, "") == RegValue.sz("", "RMS 1.0")
    config = parsed.get_value(SERVER, "ConfigDatabase")
    assert config == RegValue.expand_sz(
        "ConfigDatabase",
        r"%ProgramFiles%\Windows Rights Management Services\Data\DRMS_Config.mdf",
    )
    assert parsed.get_value(SERVER, "TrustedDomains") == RegValue.multi_sz(
        "TrustedDomains", ["contoso.nl", "fabrikam.nl"]
    )
    assert parsed.get_value(SERVER, "CertificateHash") == RegValue.binary(
        "CertificateHash", bytes.fromhex("3f2a9c0d5e7b11c48a06f2d9e4b3a1705c8d2e6f")
    )
    assert parsed.get_value(SERVER, "LastProvisioned") == RegValue.qword(
        "LastProvisioned", 0x01C5A2B3C4D5E6F7
    )
    cache = parsed.get_key(SERVER + r"\Cache")
    assert cache is not None and cache.values == ()
    # The writer reproduces regedit's bytes exactly: header, blank lines, wrapping, BOM, CRLF.
    assert dump_reg(parsed) == DRMS_BYTES


def test_hex_wrapping_matches_regedit() -> None:
    # Reference layout of a regedit export (22 bytes, then 8 on a continuation line).
    value = RegValue.binary("Blob", bytes(range(30)))
    text = dump_reg(RegFile(keys=(RegKey(path=DRMS, values=(value,)),))).decode("utf-16")
    assert text.splitlines()[3:5] == [
        '"Blob"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,\\',
        "  16,17,18,19,1a,1b,1c,1d",
    ]


@pytest.mark.parametrize("size", [0, 1, 21, 22, 23, 47, 48, 200, 1000])
def test_hex_lines_stay_within_80_columns(size: int) -> None:
    value = RegValue.binary("Blob", bytes(size))
    dumped = dump_reg(RegFile(keys=(RegKey(path=DRMS, values=(value,)),)))
    lines = dumped.decode("utf-16").split("\r\n")
    hex_lines = lines[3 : lines.index("", 3)]
    assert all(len(line) <= 80 for line in hex_lines)
    assert all(line.endswith(",\\") for line in hex_lines[:-1])
    assert all(line.startswith("  ") for line in hex_lines[1:])
    assert parse_reg(dumped).get_value(DRMS, "Blob") == value


# ---------------------------------------------------------------------------------------------
# The model and its helpers


def test_lookups_are_case_insensitive() -> None:
    parsed = parse_reg(DRMS_BYTES)
    assert parsed.get_key(DRMS.lower()) is parsed.get_key(DRMS)
    assert parsed.get_key(DRMS.upper() + r"\SERVER") is parsed.get_key(SERVER)
    assert parsed.get_value(SERVER.lower(), "ROLE") == RegValue.sz("Role", "RootCertification")
    assert parsed.get_key(DRMS + r"\Missing") is None
    assert parsed.get_value(DRMS, "Missing") is None
    assert parsed.get_value(DRMS + r"\Missing", "Role") is None


def test_case_insensitive_beyond_ascii() -> None:
    key = RegKey(path=DRMS + r"\Één", values=(RegValue.sz("Straße", "x"),))
    parsed = RegFile(keys=(key,))
    assert parsed.get_key(DRMS + r"\één") is key
    assert parsed.get_value(DRMS + r"\ÉÉN", "STRAßE") == RegValue.sz("Straße", "x")


def test_with_value_replaces_in_place_and_keeps_order() -> None:
    parsed = parse_reg(DRMS_BYTES)
    updated = parsed.with_value(DRMS, "productversion", "1.0.1.0")
    # The existing name keeps its spelling and its place, like Windows.
    assert updated.get_value(DRMS, "ProductVersion") == RegValue.sz("ProductVersion", "1.0.1.0")
    names = [v.name for v in updated.keys[0].values]
    assert names == ["ProductVersion", "InstallPath", "PreviousVersion", "SetupFlags"]
    assert [k.path for k in updated.keys] == [k.path for k in parsed.keys]
    assert updated.keys[1:] == parsed.keys[1:]
    # The original is untouched.
    assert parsed.get_value(DRMS, "ProductVersion") == RegValue.sz("ProductVersion", "1.0.0.0")


def test_with_value_adds_values_and_keys() -> None:
    parsed = parse_reg(DRMS_BYTES)
    updated = parsed.with_value(DRMS, "ServicePack", 1).with_value(DRMS + r"\SP1", "Flags", b"\x01")
    assert [v.name for v in updated.keys[0].values][-1] == "ServicePack"
    assert updated.get_value(DRMS, "ServicePack") == RegValue.dword("ServicePack", 1)
    assert updated.keys[-1] == RegKey(
        path=DRMS + r"\SP1", values=(RegValue.binary("Flags", b"\1"),)
    )
    assert parse_reg(dump_reg(updated)) == updated


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("text", RegValue.sz("V", "text")),
        (7, RegValue.dword("V", 7)),
        (b"\x00\x01", RegValue.binary("V", b"\x00\x01")),
        (["a", "b"], RegValue.multi_sz("V", ["a", "b"])),
        (None, RegValue.delete("V")),
        (RegValue.qword("other name", 2**40), RegValue.qword("V", 2**40)),
        (RegValue.expand_sz("x", "%TMP%"), RegValue.expand_sz("V", "%TMP%")),
    ],
)
def test_with_value_data_kinds(data: object, expected: RegValue) -> None:
    updated = RegFile().with_value(DRMS, "V", data)  # type: ignore[arg-type]
    assert updated.get_value(DRMS, "v") == expected


@pytest.mark.parametrize("data", [True, 2**32, -1, "line\nbreak", 1.5])
def test_with_value_refuses_unwritable_data(data: object) -> None:
    with pytest.raises(ValidationError):
        RegFile().with_value(DRMS, "V", data)  # type: ignore[arg-type]


def test_without_value() -> None:
    parsed = parse_reg(DRMS_BYTES)
    updated = parsed.without_value(SERVER, "role")
    assert updated.get_value(SERVER, "Role") is None
    assert len(updated.keys[2].values) == len(parsed.keys[2].values) - 1
    assert parsed.without_value(SERVER, "Missing") is parsed
    assert parsed.without_value(DRMS + r"\Missing", "Role") is parsed


@pytest.mark.parametrize(
    ("value", "reg_type"),
    [
        (RegValue.sz("a", ""), 1),
        (RegValue.expand_sz("a", ""), 2),
        (RegValue.binary("a", b""), 3),
        (RegValue.dword("a", 0), 4),
        (RegValue.multi_sz("a", []), 7),
        (RegValue.qword("a", 0), 11),
        (RegValue.raw("a", 0x20, b""), 0x20),
        (RegValue.delete("a"), None),
    ],
)
def test_reg_type(value: RegValue, reg_type: int | None) -> None:
    assert value.reg_type == reg_type


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(lambda: RegValue.sz("a", "two\r\nlines"), id="sz-line-break"),
        pytest.param(lambda: RegValue.sz("a", "nul\x00"), id="sz-nul"),
        pytest.param(lambda: RegValue.sz("a\nb", "x"), id="name-line-break"),
        pytest.param(lambda: RegValue.sz("a", "\ud800"), id="lone-surrogate"),
        pytest.param(lambda: RegValue.expand_sz("a", "x\x00y"), id="expand-nul"),
        pytest.param(lambda: RegValue.multi_sz("a", ["x\x00y"]), id="multi-nul"),
        pytest.param(lambda: RegValue.dword("a", 2**32), id="dword-too-big"),
        pytest.param(lambda: RegValue.qword("a", -1), id="qword-negative"),
        pytest.param(lambda: RegValue(name="a", kind=RegKind.SZ, data=1), id="sz-int"),
        pytest.param(lambda: RegValue(name="a", kind=RegKind.BINARY, data="x"), id="binary-str"),
        pytest.param(lambda: RegValue(name="a", kind=RegKind.DELETE, data="x"), id="delete-data"),
        pytest.param(lambda: RegValue(name="a", kind=RegKind.RAW, data=b""), id="raw-no-type"),
        pytest.param(lambda: RegValue.raw("a", 2**32, b""), id="raw-type-too-big"),
        pytest.param(lambda: RegValue.raw("a", 2, b"A\x00\x00\x00"), id="raw-is-expand-sz"),
        pytest.param(lambda: RegValue.raw("a", 11, bytes(8)), id="raw-is-qword"),
        pytest.param(lambda: RegKey(path="HKEY_NOWHERE\\x"), id="bad-root"),
        pytest.param(lambda: RegKey(path=DRMS + "\\"), id="empty-part"),
        pytest.param(
            lambda: RegKey(path=DRMS, deleted=True, values=(RegValue.sz("a", ""),)),
            id="deleted-with-values",
        ),
        pytest.param(
            lambda: RegKey(path=DRMS, values=(RegValue.sz("a", ""), RegValue.dword("A", 1))),
            id="duplicate-value",
        ),
        pytest.param(lambda: RegValue.multi_sz("a", ["x", ""]), id="multi-sz-empty-item"),
        pytest.param(
            lambda: RegValue(name="a", kind=RegKind.BINARY, data=b"", stored=b"\0\0\0\0"),
            id="stored-not-multi-sz",
        ),
        pytest.param(
            lambda: RegValue(name="a", kind=RegKind.MULTI_SZ, data=["a"], stored=b"a\0\0\0\0\0"),
            id="stored-is-canonical",
        ),
        pytest.param(
            lambda: RegValue(name="a", kind=RegKind.MULTI_SZ, data=["b"], stored=b"a\0\0\0"),
            id="stored-other-data",
        ),
    ],
)
def test_models_refuse_what_cannot_be_written(build: Callable[[], object]) -> None:
    with pytest.raises(ValidationError):
        build()


def test_models_are_frozen() -> None:
    value = RegValue.sz("a", "b")
    with pytest.raises(ValidationError):
        value.name = "c"  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------
# Errors: the reason and the line number


KEY = f"[{DRMS}]"


@pytest.mark.parametrize(
    ("lines", "line", "reason"),
    [
        (["REGEDIT5"], 1, regerror.R_MISSING_HEADER),
        (["", HEADER_V5], 1, regerror.R_MISSING_HEADER),
        (["Windows Registry Editor Version 5.0"], 1, regerror.R_MISSING_HEADER),
        ([HEADER_V5, "", '"a"="b"'], 3, regerror.R_VALUE_OUTSIDE_KEY),
        ([HEADER_V5, "", KEY, '"a"="b'], 4, regerror.R_UNTERMINATED_STRING),
        ([HEADER_V5, "", KEY, '"a"="b\\"'], 4, regerror.R_UNTERMINATED_STRING),
        ([HEADER_V5, "", KEY, '"a="b"'], 4, regerror.R_MISSING_EQUALS),
        ([HEADER_V5, "", KEY, '"a'], 4, regerror.R_UNTERMINATED_STRING),
        ([HEADER_V5, "", KEY, '"a"="C:\\x"'], 4, regerror.R_BAD_ESCAPE),
        ([HEADER_V5, "", KEY, '"a"="\\n"'], 4, regerror.R_BAD_ESCAPE),
        ([HEADER_V5, "", KEY, '"a" "b"'], 4, regerror.R_MISSING_EQUALS),
        ([HEADER_V5, "", KEY, "@"], 4, regerror.R_MISSING_EQUALS),
        ([HEADER_V5, "", KEY, '"a"=dword:xyz'], 4, regerror.R_BAD_DWORD),
        ([HEADER_V5, "", KEY, '"a"=dword:'], 4, regerror.R_BAD_DWORD),
        ([HEADER_V5, "", KEY, '"a"=dword:123456789'], 4, regerror.R_BAD_DWORD),
        ([HEADER_V5, "", KEY, '"a"=dword:12 34'], 4, regerror.R_BAD_DWORD),
        ([HEADER_V5, "", KEY, '"a"=dword:-1'], 4, regerror.R_BAD_DWORD),
        ([HEADER_V5, "", KEY, '"a"=DWORD:1'], 4, regerror.R_UNKNOWN_TYPE),
        ([HEADER_V5, "", KEY, '"a"=foo'], 4, regerror.R_UNKNOWN_TYPE),
        ([HEADER_V5, "", KEY, '"a"='], 4, regerror.R_UNKNOWN_TYPE),
        ([HEADER_V5, "", KEY, '"a"=hex(:01'], 4, regerror.R_BAD_HEX_TYPE),
        ([HEADER_V5, "", KEY, '"a"=hex(x):01'], 4, regerror.R_BAD_HEX_TYPE),
        ([HEADER_V5, "", KEY, '"a"=hex(2)01'], 4, regerror.R_BAD_HEX_TYPE),
        ([HEADER_V5, "", KEY, '"a"=hex(100000000):01'], 4, regerror.R_BAD_HEX_TYPE),
        ([HEADER_V5, "", KEY, '"a"=hex:01,02,'], 4, regerror.R_BAD_HEX),
        ([HEADER_V5, "", KEY, '"a"=hex:012'], 4, regerror.R_BAD_HEX),
        ([HEADER_V5, "", KEY, '"a"=hex:01 02'], 4, regerror.R_BAD_HEX),
        ([HEADER_V5, "", KEY, '"a"=hex:zz'], 4, regerror.R_BAD_HEX),
        ([HEADER_V5, "", KEY, '"a"=hex:01,,02'], 4, regerror.R_BAD_HEX),
        ([HEADER_V5, "", KEY, '"a"=hex:01\\'], 4, regerror.R_BAD_HEX),
        ([HEADER_V5, "", KEY, '"a"=hex:01,\\ x'], 4, regerror.R_BAD_HEX),
        ([HEADER_V5, "", KEY, '"a"=hex:01,\\', "  02,zz"], 5, regerror.R_BAD_HEX),
        ([HEADER_V5, "", KEY, '"a"=hex:01,\\'], 4, regerror.R_DANGLING_CONTINUATION),
        ([HEADER_V5, "", KEY, '"a"=hex:01,\\', "", ""], 4, regerror.R_DANGLING_CONTINUATION),
        ([HEADER_V5, "", KEY, '"a"=hex:01,\\', KEY], 4, regerror.R_DANGLING_CONTINUATION),
        ([HEADER_V5, "", KEY, '"a"=hex:01,\\', '"b"=-'], 4, regerror.R_DANGLING_CONTINUATION),
        ([HEADER_V5, "", KEY, "garbage"], 4, regerror.R_UNEXPECTED_LINE),
        ([HEADER_V5, "", KEY, "-"], 4, regerror.R_UNEXPECTED_LINE),
        ([HEADER_V5, "", f"[{DRMS}"], 3, regerror.R_UNTERMINATED_KEY),
        ([HEADER_V5, "", "[HKEY_NOWHERE\\x]"], 3, regerror.R_BAD_KEY_PATH),
        ([HEADER_V5, "", f"[{DRMS}\\\\x]"], 3, regerror.R_BAD_KEY_PATH),
        ([HEADER_V5, "", f"[ {DRMS}]"], 3, regerror.R_BAD_KEY_PATH),
        ([HEADER_V5, "", "[]"], 3, regerror.R_BAD_KEY_PATH),
        ([HEADER_V5, "", "[-]"], 3, regerror.R_BAD_KEY_PATH),
        ([HEADER_V5, "", f"{KEY} junk"], 3, regerror.R_TRAILING_TEXT_KEY),
        ([HEADER_V5, "", KEY, '"a"="b" junk'], 4, regerror.R_TRAILING_TEXT),
        ([HEADER_V5, "", KEY, '"a"=- junk'], 4, regerror.R_TRAILING_TEXT),
        ([HEADER_V5, "", KEY, '"a"="b"', '"A"=dword:1'], 5, regerror.R_DUPLICATE_VALUE),
        ([HEADER_V5, "", KEY, '@="b"', '""="c"'], 5, regerror.R_DUPLICATE_VALUE),
        ([HEADER_V5, "", f"[-{DRMS}]", '"a"="b"'], 4, regerror.R_VALUE_UNDER_DELETED_KEY),
    ],
)
def test_errors_report_reason_and_line(lines: list[str], line: int, reason: str) -> None:
    data = utf16("\r\n".join(lines) + "\r\n")
    with pytest.raises(RegParseError) as caught:
        parse_reg(data, "registry.reg")
    error = caught.value
    assert (error.line, error.reason.text) == (line, reason)
    assert isinstance(error, BadInputError) and error.exit_code == 2
    assert error.message.text == "The registry export %1 is not valid: line %2: %3 (%4)."
    assert error.message.args == ("registry.reg", str(line), error.reason, error.regedit)
    assert str(error) == (
        f"The registry export registry.reg is not valid: line {line}: {reason} ({error.regedit})."
    )
    assert str(error.regedit).startswith("regedit would ")


@pytest.mark.parametrize(
    ("data", "line", "reason"),
    [
        (b"", 1, regerror.R_MISSING_HEADER),
        (codecs.BOM_UTF16_LE, 1, regerror.R_MISSING_HEADER),
        (codecs.BOM_UTF8, 1, regerror.R_MISSING_HEADER),
        (DRMS_BYTES[:-1], 35, regerror.R_ODD_UTF16),
        (utf16(HEADER_V5 + "\r\n\r\n") + b"x", 3, regerror.R_ODD_UTF16),
        (utf16(HEADER_V5 + "\r\n")[:9], 1, regerror.R_ODD_UTF16),
        # A last line without its line break whose value stops before its end: cut off.
        (utf16(reg_text(KEY) + '"a"=dword:0000'), 4, regerror.R_CUT_VALUE),
        (utf16(reg_text(KEY) + '"a"=hex:01,0'), 4, regerror.R_CUT_VALUE),
        (utf16(reg_text(KEY) + '"a"=hex(2):41,00'), 4, regerror.R_CUT_VALUE),
        (utf16(reg_text(KEY) + '"a"=hex(7):61,00,00'), 4, regerror.R_CUT_VALUE),
        (utf16(reg_text(KEY) + '"a"=hex(b):01,02'), 4, regerror.R_CUT_VALUE),
        (utf16(reg_text(KEY) + '"a"=hex:01,\\\r\n  02,0'), 5, regerror.R_CUT_VALUE),
        (utf16(reg_text(KEY) + '"a"=hex:01,02,'), 4, regerror.R_BAD_HEX),
        (utf16(reg_text(KEY) + '"a"="b'), 4, regerror.R_UNTERMINATED_STRING),
        (utf16(reg_text(KEY) + '"a'), 4, regerror.R_UNTERMINATED_STRING),
        (utf16(reg_text(KEY) + f"[{DRMS}\\Su"), 4, regerror.R_UNTERMINATED_KEY),
        (utf16(reg_text(KEY) + '"a"=hex:01,\\'), 4, regerror.R_DANGLING_CONTINUATION),
        # Not text: UTF-16 without BOM, NUL, bad UTF-8, lone surrogates.
        (HEADER_V5.encode("utf-16-le"), 1, regerror.R_NOT_TEXT),
        (reg_text(KEY, '"a"="b\x00"').encode("utf-8"), 4, regerror.R_NOT_TEXT),
        (reg_text(KEY).encode("utf-8") + b'"a"="\xff"\r\n', 4, regerror.R_NOT_TEXT),
        (
            codecs.BOM_UTF8 + reg_text(KEY, header=HEADER_V4).encode() + b"\xe9",
            4,
            regerror.R_NOT_TEXT,
        ),
        (utf16(reg_text(KEY)) + b"\x00\xd8\r\x00\n\x00", 4, regerror.R_NOT_TEXT),
        (codecs.BOM_UTF16_BE + HEADER_V5.encode("utf-16-be"), 1, regerror.R_NOT_TEXT),
    ],
)
def test_byte_level_errors(data: bytes, line: int, reason: str) -> None:
    with pytest.raises(RegParseError) as caught:
        parse_reg(data)
    assert (caught.value.line, caught.value.reason.text) == (line, reason)


def test_header_alone_is_an_empty_file() -> None:
    assert parse_reg(utf16(HEADER_V5)) == RegFile()
    assert parse_reg(utf16(HEADER_V5 + "\r\n")) == RegFile()
    assert parse_reg(b"REGEDIT4\n") == RegFile()
    assert parse_reg(utf16(f"  {HEADER_V5}\t\r\n")) == RegFile()


def test_a_cut_export_is_refused_or_reads_as_its_start() -> None:
    """Cut anywhere, the export is refused or reads as a start of the whole: each value read is
    the whole file's value, but for the last one, which may be binary data cut between two bytes
    (it looks whole: regedit reads it so too). Every typed value cut off is refused."""
    full = parse_reg(DRMS_BYTES)
    accepted = 0
    for cut in range(len(DRMS_BYTES)):
        try:
            parsed = parse_reg(DRMS_BYTES[:cut])
        except RegParseError:
            continue
        accepted += 1
        read = [(key.path, value) for key in parsed.keys for value in key.values]
        for index, (path, value) in enumerate(read):
            whole = full.get_value(path, value.name)
            assert whole is not None, cut
            if value != whole:
                assert index == len(read) - 1 and whole.kind is RegKind.BINARY, cut
                assert isinstance(whole.data, bytes) and isinstance(value.data, bytes)
                assert whole.data.startswith(value.data), cut
    assert accepted > 30  # whole lines, and cuts at a line's end without its line break


def test_read_reg_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "registry.reg"
    path.write_bytes(DRMS_BYTES)
    assert read_reg(path) == parse_reg(DRMS_BYTES)
    path.write_bytes(DRMS_BYTES[:-1])
    with pytest.raises(RegParseError, match=r"registry\.reg is not valid: line 35"):
        read_reg(path)


# ---------------------------------------------------------------------------------------------
# Fuzzing (1): any bytes give a RegFile or a RegParseError, and a RegFile always round-trips


def _parse_or_error(data: bytes) -> RegFile | None:
    try:
        parsed = parse_reg(data)
    except RegParseError as error:
        assert error.line >= 1
        return None
    assert isinstance(parsed, RegFile)
    assert parse_reg(dump_reg(parsed)) == parsed
    return parsed


@FUZZ
@given(st.binary(max_size=300))
def test_fuzz_arbitrary_bytes(data: bytes) -> None:
    _parse_or_error(data)
    _parse_or_error(utf16(HEADER_V5 + "\r\n") + data)
    _parse_or_error(HEADER_V5.encode() + b"\n" + data)


@FUZZ
@given(st.data())
def test_fuzz_mutated_export(data: st.DataObject) -> None:
    mutated = bytearray(DRMS_BYTES)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(mutated)))
        action = data.draw(st.sampled_from(["cut", "flip", "insert", "delete"]))
        if action == "cut":
            del mutated[at:]
        elif action == "flip" and at < len(mutated):
            mutated[at] = data.draw(st.integers(0, 255))
        elif action == "insert":
            mutated[at:at] = data.draw(st.binary(min_size=1, max_size=4))
        else:
            del mutated[at : at + data.draw(st.integers(1, 4))]
    _parse_or_error(bytes(mutated))


TOKENS = [
    "[", "]", "[-", "HKEY_LOCAL_MACHINE", "\\", "Soft", '"', '\\"', "\\\\", "@", "=", "-",
    "dword:", "0000001f", "hex:", "hex(", "2", "7", "b", "):", "00", "ff", "a", ",", ",\\",
    " ", "\t", ";", "é", "😀", "\r\n", "\n", "\r",
]  # fmt: skip


#: Whole lines that are valid somewhere: the export's own lines and the syntax table's values.
VALID_LINES = DRMS_EXPORT.split("\r\n")[2:] + [line for line, _ in VALUE_ROWS]
soup_line = st.lists(st.sampled_from(TOKENS), max_size=12).map("".join)


@FUZZ
@given(
    st.lists(
        st.tuples(st.sampled_from(VALID_LINES) | soup_line, st.sampled_from(["\r\n", "\n", "\r"])),
        max_size=25,
    ),
    st.booleans(),
)
def test_fuzz_line_soup(lines: list[tuple[str, str]], as_utf16: bool) -> None:
    """Valid lines and token soup in any order: structure regedit files have, and breaks in it."""
    text = reg_text(KEY) + "".join(line + end for line, end in lines)
    _parse_or_error(utf16(text) if as_utf16 else text.encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Fuzzing (2): generated models survive dump and parse exactly

_text_chars = st.one_of(
    st.sampled_from('"\\@=[]-;, '),
    st.characters(codec="utf-8", exclude_characters="\x00\r\n"),
)
one_line_text = st.text(_text_chars, max_size=12)
any_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)
key_part = st.text(
    st.characters(codec="utf-8", exclude_characters="\x00\r\n\\"),
    min_size=1,
    max_size=8,
)


#: Strategies of functions name -> RegValue, one per kind.
value_makers: st.SearchStrategy[Callable[[str], RegValue]] = st.one_of(
    one_line_text.map(lambda s: lambda name: RegValue.sz(name, s)),
    any_text.map(lambda s: lambda name: RegValue.expand_sz(name, s)),
    st.lists(any_text.filter(bool), max_size=4).map(
        lambda items: lambda name: RegValue.multi_sz(name, items)
    ),
    st.integers(0, 2**32 - 1).map(lambda n: lambda name: RegValue.dword(name, n)),
    st.integers(0, 2**64 - 1).map(lambda n: lambda name: RegValue.qword(name, n)),
    st.binary(max_size=120).map(lambda b: lambda name: RegValue.binary(name, b)),
    st.tuples(
        st.integers(0, 0xFFFFFFFF).filter(lambda t: t not in (2, 7, 11)), st.binary(max_size=40)
    ).map(lambda tb: lambda name: RegValue.raw(name, tb[0], tb[1])),
    # Bytes that are not a canonical expand_sz / multi_sz / qword (odd length) stay raw.
    st.tuples(st.sampled_from([2, 7, 11]), st.binary(max_size=20).filter(lambda b: len(b) % 2)).map(
        lambda tb: lambda name: RegValue.raw(name, tb[0], tb[1])
    ),
    st.just(RegValue.delete),
)
values = st.lists(
    st.tuples(one_line_text, value_makers), max_size=5, unique_by=lambda pair: fold(pair[0])
).map(lambda pairs: tuple(make(name) for name, make in pairs))
keys = st.builds(
    lambda root, parts, deleted, vals: RegKey(
        path="\\".join([root, *parts]), deleted=deleted, values=() if deleted else vals
    ),
    st.sampled_from(["HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER", "hkey_users"]),
    st.lists(key_part, max_size=4),
    st.booleans(),
    values,
)
reg_files = st.lists(keys, max_size=5).map(lambda ks: RegFile(keys=tuple(ks)))


@FUZZ
@given(reg_files)
def test_fuzz_models_round_trip(model: RegFile) -> None:
    dumped = dump_reg(model)
    assert parse_reg(dumped) == model
    assert dump_reg(parse_reg(dumped)) == dumped


# ---------------------------------------------------------------------------------------------
# Writing atomically (3): after a failure or a crash, the old file or the new one, never a mix


def test_write_reg_atomic_writes_and_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "registry.reg"
    model = parse_reg(DRMS_BYTES)
    write_reg_atomic(path, model)
    assert path.read_bytes() == DRMS_BYTES
    os.chmod(path, 0o600)
    write_reg_atomic(path, model.with_value(DRMS, "ProductVersion", "1.0.1.0"))
    assert read_reg(path).get_value(DRMS, "ProductVersion") == RegValue.sz(
        "ProductVersion", "1.0.1.0"
    )
    assert path.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["registry.reg"]


_FAULTS = ["fsync_file", "chmod", "replace", "fsync_dir"]
_NEW_FILES = [
    RegFile(),
    parse_reg(DRMS_BYTES),
    parse_reg(DRMS_BYTES).with_value(DRMS, "ProductVersion", "1.0.1.0"),
]


@FUZZ
@given(
    before=st.none() | st.binary(max_size=200),
    new=st.sampled_from(_NEW_FILES),
    fault=st.sampled_from(_FAULTS),
)
def test_fuzz_atomic_write_failure_leaves_old_or_new(
    before: bytes | None, new: RegFile, fault: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "registry.reg"
        if before is not None:
            path.write_bytes(before)
        fsynced: list[int] = []
        real_fsync, real_chmod, real_replace = os.fsync, os.chmod, os.replace

        def fsync(fd: int) -> None:
            fsynced.append(fd)  # the first fsync is the temporary file's, the second the folder's
            if fault == {1: "fsync_file", 2: "fsync_dir"}.get(len(fsynced)):
                raise OSError("injected fsync failure")
            real_fsync(fd)

        def chmod(target: object, mode: int) -> None:
            if fault == "chmod":
                raise OSError("injected chmod failure")
            real_chmod(target, mode)  # type: ignore[arg-type]

        def replace(src: object, dst: object) -> None:
            if fault == "replace":
                raise OSError("injected replace failure")
            real_replace(src, dst)  # type: ignore[arg-type]

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(os, "fsync", fsync)
            patch.setattr(os, "chmod", chmod)
            patch.setattr(os, "replace", replace)
            with pytest.raises(OSError, match="injected"):
                write_reg_atomic(path, new)
        after = path.read_bytes() if path.exists() else None
        expected = dump_reg(new) if fault == "fsync_dir" else before
        assert after == expected
        # No temporary file is left behind.
        listing = [p.name for p in Path(folder).iterdir()]
        assert listing == ([] if after is None else ["registry.reg"])


_CRASH_SCRIPT = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from rms_wizard.core.install.regfile import RegFile, RegKey, RegValue, write_reg_atomic

    path, point = Path(sys.argv[1]), sys.argv[2]
    real_fdopen, real_fsync, real_replace = os.fdopen, os.fsync, os.replace
    fsyncs = []

    class HalfWriter:
        def __init__(self, handle):
            self.handle = handle
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            return False
        def write(self, data):
            self.handle.write(data[: len(data) // 2])
            self.handle.flush()
            os._exit(9)

    def fdopen(fd, mode):
        handle = real_fdopen(fd, mode)
        return HalfWriter(handle) if point == "write" else handle

    def fsync(fd):
        fsyncs.append(fd)
        if (point, len(fsyncs)) in (("fsync_file", 1), ("fsync_dir", 2)):
            os._exit(9)
        real_fsync(fd)

    def replace(src, dst):
        if point == "replace":
            os._exit(9)
        real_replace(src, dst)

    os.fdopen, os.fsync, os.replace = fdopen, fsync, replace
    key = "HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\Microsoft\\\\DRMS"
    write_reg_atomic(path, RegFile(keys=[RegKey(path=key, values=[RegValue.sz("V", "new" * 500)])]))
    """
)


@pytest.mark.parametrize(
    ("point", "survivor"),
    [("write", "old"), ("fsync_file", "old"), ("replace", "old"), ("fsync_dir", "new")],
)
def test_crash_during_write_leaves_old_or_new(tmp_path: Path, point: str, survivor: str) -> None:
    path = tmp_path / "registry.reg"
    path.write_bytes(DRMS_BYTES)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, "-c", _CRASH_SCRIPT, str(path), point],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 9, done.stderr
    parsed = read_reg(path)
    if survivor == "old":
        assert path.read_bytes() == DRMS_BYTES
    else:
        assert parsed.get_value(DRMS, "V") == RegValue.sz("V", "new" * 500)


def test_parse_error_survives_pickling() -> None:
    with pytest.raises(RegParseError) as caught:
        parse_reg(b"REGEDIT5\r\n", "registry.reg")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (copy.line, copy.reason, copy.message) == (1, caught.value.reason, caught.value.message)
