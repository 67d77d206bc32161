"""A corpus of ``.reg`` files that regedit imports, each with the keys and values it leaves, and
the cut files it would import only in part, each refused on the right line with what regedit does.
"""

from __future__ import annotations

import codecs

import pytest

from rms_wizard.core.install import regerror
from rms_wizard.core.install.regfile import HEADER_V4, HEADER_V5, RegParseError, dump_reg, parse_reg
from rms_wizard.core.install.regmodel import RegKind, RegValue

A = r"HKEY_LOCAL_MACHINE\SOFTWARE\Contoso\A"
B = r"HKEY_LOCAL_MACHINE\SOFTWARE\Contoso\B"
SUB = A + r"\Sub"


def utf16(*lines: str, final_break: bool = True) -> bytes:
    """A version 5.00 export as regedit writes it (UTF-16 LE, BOM, CRLF)."""
    text = "\r\n".join([HEADER_V5, "", *lines]) + ("\r\n" if final_break else "")
    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")


def ansi(*lines: str, final_break: bool = True) -> bytes:
    """A ``REGEDIT4`` export in the Western ANSI code page."""
    text = "\r\n".join([HEADER_V4, "", *lines]) + ("\r\n" if final_break else "")
    return text.encode("cp1252")


def state(data: bytes, paths: list[str]) -> dict[str, dict[str, object] | None]:
    """What the file leaves in the registry for ``paths``: {name: data (kind for a deletion)}."""
    parsed = parse_reg(data)
    found: dict[str, dict[str, object] | None] = {}
    for path in paths:
        key = parsed.get_key(path)
        found[path] = (
            None
            if key is None
            else {v.name: ("-" if v.kind is RegKind.DELETE else v.data) for v in key.values}
        )
    return found


# (id, file, whether dump_reg gives back the very bytes, expected keys and values)
CORPUS: list[tuple[str, bytes, bool, dict[str, dict[str, object] | None]]] = [
    (
        "utf16-no-final-line-break",
        utf16(f"[{A}]", '"Version"="5.2.3790.300"', '"Flags"=dword:00000003', final_break=False),
        False,
        {A: {"Version": "5.2.3790.300", "Flags": 3}},
    ),
    (
        "utf16-ends-on-a-key-line",
        utf16(f"[{A}]", '"V"="1"', "", f"[{B}]", final_break=False),
        False,
        {A: {"V": "1"}, B: {}},
    ),
    (
        "utf16-ends-on-a-continued-hex-value",
        utf16(f"[{A}]", '"Hash"=hex:01,02,\\', "  03,04", final_break=False),
        False,
        {A: {"Hash": b"\x01\x02\x03\x04"}},
    ),
    (
        "ansi-no-final-line-break",
        ansi(f"[{A}]", '"Naam"="café"', '"E"=hex(2):25,54,4d,50,25,00', final_break=False),
        False,
        {A: {"Naam": "café", "E": "%TMP%"}},
    ),
    (
        "repeated-sections-merge-in-order",
        utf16(
            f"[{A}]",
            '"a"="1"',
            '"b"="2"',
            "",
            f"[{B}]",
            '"x"="y"',
            "",
            f"[{A}]",
            '"B"="3"',
            '"c"="4"',
            "",
        ),
        True,
        {A: {"a": "1", "b": "3", "c": "4"}, B: {"x": "y"}},
    ),
    (
        "a-value-deleted-in-a-later-section",
        utf16(f"[{A}]", '"v"="1"', '"w"="2"', "", f"[{A}]", '"v"=-', ""),
        True,
        {A: {"v": "-", "w": "2"}},
    ),
    (
        "values-after-the-key-was-deleted",
        utf16(
            f"[{A}]",
            '"old"="1"',
            "",
            f"[{SUB}]",
            '"s"="1"',
            "",
            f"[-{A}]",
            "",
            f"[{A}]",
            '"new"="2"',
            "",
        ),
        True,
        {A: {"new": "2"}, SUB: None},
    ),
    (
        "deleted-first-then-created",
        utf16(f"[-{A}]", "", f"[{A}]", '"v"=dword:00000001', ""),
        True,
        {A: {"v": 1}},
    ),
    (
        "a-parent-deletion-removes-a-subkey-section-before-it",
        utf16(f"[{SUB}]", '"s"="1"', "", f"[-{A}]", "", f"[{B}]", ""),
        True,
        {A: None, SUB: None, B: {}},
    ),
    (
        "multi-string-forms",
        utf16(
            f"[{A}]",
            '"Canonical"=hex(7):61,00,00,00,62,00,00,00,00,00',
            '"OneNul"=hex(7):61,00,00,00',
            '"Empty"=hex(7):00,00',
            '"EmptyTwoNuls"=hex(7):00,00,00,00',
            "",
        ),
        True,
        {A: {"Canonical": ["a", "b"], "OneNul": ["a"], "Empty": [], "EmptyTwoNuls": []}},
    ),
]


@pytest.mark.parametrize(
    ("data", "exact", "expected"),
    [row[1:] for row in CORPUS],
    ids=[row[0] for row in CORPUS],
)
def test_regedit_reads_the_file_so(
    data: bytes, exact: bool, expected: dict[str, dict[str, object] | None]
) -> None:
    assert state(data, list(expected)) == expected
    parsed = parse_reg(data)
    dumped = dump_reg(parsed)
    assert parse_reg(dumped) == parsed
    assert dump_reg(parse_reg(dumped)) == dumped
    if exact:
        assert dumped == data


def test_edits_follow_the_merged_key() -> None:
    data = utf16(f"[{A}]", '"a"="1"', "", f"[-{A}]", "", f"[{A}]", '"b"="2"', "", f"[{A}]", "")
    parsed = parse_reg(data)
    changed = parsed.with_value(A, "b", "3").with_value(A, "c", "4")
    assert state(dump_reg(changed), [A]) == {A: {"b": "3", "c": "4"}}
    # "b" stays where it was, in the third section; "c" goes last, into the fourth
    assert changed.keys[2].values == (RegValue.sz("b", "3"),)
    assert changed.keys[3].values == (RegValue.sz("c", "4"),)
    assert state(dump_reg(changed.without_value(A, "b")), [A]) == {A: {"c": "4"}}
    # the first section's "a" was deleted with the key: it is not there to remove
    assert changed.without_value(A, "a") == changed
    assert parse_reg(utf16(f"[-{A}]", "")).with_value(A, "v", "1").get_value(A, "v") == RegValue.sz(
        "v", "1"
    )


# (id, file, line, reason): each cut file regedit would import only in part
CUT = [
    ("odd-utf16-byte-count", utf16(f"[{A}]", '"v"="1"', final_break=False)[:-1], 4, regerror.R_ODD_UTF16),
    ("cut-inside-a-string", utf16(f"[{A}]", '"v"="5.2.37', final_break=False), 4,
     regerror.R_UNTERMINATED_STRING),
    ("cut-inside-a-value-name", utf16(f"[{A}]", '"Ver', final_break=False), 4,
     regerror.R_UNTERMINATED_STRING),
    ("cut-inside-a-key-name", utf16(f"[{A}]", "", f"[{B[:20]}", final_break=False), 5,
     regerror.R_UNTERMINATED_KEY),
    ("cut-inside-a-dword", utf16(f"[{A}]", '"v"=dword:000', final_break=False), 4,
     regerror.R_CUT_VALUE),
    ("cut-inside-a-hex-byte", utf16(f"[{A}]", '"v"=hex:01,0', final_break=False), 4,
     regerror.R_CUT_VALUE),
    ("cut-after-a-comma", utf16(f"[{A}]", '"v"=hex:01,', final_break=False), 4, regerror.R_BAD_HEX),
    ("cut-inside-an-expand-string", utf16(f"[{A}]", '"v"=hex(2):25,00,54,00', final_break=False),
     4, regerror.R_CUT_VALUE),
    ("cut-between-two-nuls", utf16(f"[{A}]", '"v"=hex(7):61,00,00,00', final_break=False), 4,
     regerror.R_CUT_VALUE),
    ("cut-inside-a-qword", utf16(f"[{A}]", '"v"=hex(b):01,02,03', final_break=False), 4,
     regerror.R_CUT_VALUE),
    ("continuation-never-ends", utf16(f"[{A}]", '"v"=hex:01,02,\\', final_break=False), 4,
     regerror.R_DANGLING_CONTINUATION),
    ("continuation-then-blank-lines", utf16(f"[{A}]", '"v"=hex:01,02,\\', "", ""), 4,
     regerror.R_DANGLING_CONTINUATION),
    ("ansi-cut-inside-a-string", ansi(f"[{A}]", '"v"="caf', final_break=False), 4,
     regerror.R_UNTERMINATED_STRING),
]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "line", "reason"), [row[1:] for row in CUT], ids=[row[0] for row in CUT]
)
def test_a_cut_file_is_refused_on_its_line_saying_what_regedit_would_do(
    data: bytes, line: int, reason: str
) -> None:
    with pytest.raises(RegParseError) as caught:
        parse_reg(data, "registry.reg")
    error = caught.value
    assert (error.line, error.reason.text) == (line, reason)
    assert error.regedit.text == regerror.W_CUT or reason not in (
        regerror.R_ODD_UTF16,
        regerror.R_CUT_VALUE,
        regerror.R_DANGLING_CONTINUATION,
    )
    assert str(error).startswith(f"The registry export registry.reg is not valid: line {line}: ")
    assert "regedit would " in str(error)


def test_an_irregular_file_names_each_problem_on_its_own_line() -> None:
    """Fixed one problem at a time, each refusal names the line of the next one, and says what
    regedit does there (a key line's trailing text is about the key, not a value)."""
    lines = [
        f"[{A}] trailing",  # 3
        '"a"="1"',  # 4
        '"b"=hex:01,\\',  # 5
        "",  # 6: a blank line inside continued hex data is skipped, as regedit does
        "  02,zz",  # 7
        '"c"=dword:1',  # 8
        f"[-{B}]",  # 9
        '"d"="under a deleted key"',  # 10
        f"[{B}]",  # 11
        '"e"="1"',  # 12
        '"E"="2"',  # 13
        "@",  # 14
    ]
    fixes = {
        3: (regerror.R_TRAILING_TEXT_KEY, regerror.W_SKIPS_KEY, f"[{A}]"),
        7: (regerror.R_BAD_HEX, regerror.W_SKIPS_LINE, "  02,03"),
        10: (regerror.R_VALUE_UNDER_DELETED_KEY, regerror.W_IGNORES_VALUE, ""),
        13: (regerror.R_DUPLICATE_VALUE, regerror.W_LAST_WINS, '"f"="2"'),
        14: (regerror.R_MISSING_EQUALS, regerror.W_SKIPS_LINE, '@="x"'),
    }
    for expected_line, (reason, regedit, fix) in fixes.items():
        with pytest.raises(RegParseError) as caught:
            parse_reg(utf16(*lines))
        assert (caught.value.line, caught.value.reason.text) == (expected_line, reason)
        assert caught.value.regedit.text == regedit
        lines[expected_line - 3] = fix
    parsed = parse_reg(utf16(*lines))
    assert parsed.get_value(A, "b") == RegValue.binary("b", b"\x01\x02\x03")
    assert parsed.get_value(A, "c") == RegValue.dword("c", 1)  # a terminated line: a whole value
    assert parsed.get_value(B, "") == RegValue.sz("", "x")


def test_lone_cr_and_lf_line_breaks_count_as_lines() -> None:
    text = f'{HEADER_V5}\r\r[{A}]\n"v"="1"\r"w"="2'
    with pytest.raises(RegParseError) as caught:
        parse_reg(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert (caught.value.line, caught.value.reason.text) == (5, regerror.R_UNTERMINATED_STRING)


@pytest.mark.parametrize("encode", [utf16, ansi], ids=["utf16", "ansi"])
@pytest.mark.parametrize("final_break", [True, False], ids=["final-break", "no-final-break"])
def test_a_line_break_inside_a_quoted_string_is_refused_on_its_line(encode, final_break) -> None:  # type: ignore[no-untyped-def]
    """Issue 13: regedit reads a value line by line; a string whose closing quote is on a later
    line is refused on the line where it opens, saying regedit would skip that line."""
    data = encode(f"[{A}]", '"v"="line one', 'line two"', '"w"="1"', final_break=final_break)
    with pytest.raises(RegParseError) as caught:
        parse_reg(data, "registry.reg")
    assert (caught.value.line, caught.value.reason.text) == (4, regerror.R_UNTERMINATED_STRING)
    assert caught.value.regedit.text == regerror.W_SKIPS_LINE
