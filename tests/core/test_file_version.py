"""Versions of one to four fields, compared as Windows Installer compares them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.engine.payload import ManifestFile
from rms_wizard.core.install.models import FileVersion


def v(text: str) -> FileVersion:
    return FileVersion.parse(text)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("1", "1.0.0.0"),
        ("1.0", "1.0.0.0"),
        ("1.0.0000", "1.0.0.0"),  # the form of the versions on MSI's "Replacing Existing Files"
        ("1.00.10", "1.0.10.0"),
        ("01.002.0003.00004", "1.2.3.4"),
        (" 5.2.3790.134 ", "5.2.3790.134"),
    ],
)
def test_short_forms_are_the_same_version(left: str, right: str) -> None:
    assert v(left) == v(right)
    assert hash(v(left)) == hash(v(right))
    assert str(v(left)) == str(v(right))


@pytest.mark.parametrize(
    ("lower", "higher"),
    [
        ("1", "1.0.0.1"),
        ("1.0", "1.2.0.1"),
        ("1.2", "1.2.0.1"),
        ("1.0.0000", "1.2.0.1"),
        ("1.9", "1.10"),  # numbers, not text
        ("2.0.0000", "10"),
        ("5.2.3790.300", "14.44.35211.0"),
        ("65535.65535.65535.65534", "65535.65535.65535.65535"),
    ],
)
def test_versions_order_field_by_field(lower: str, higher: str) -> None:
    assert v(lower) < v(higher) and v(higher) > v(lower) and v(lower) != v(higher)


@pytest.mark.parametrize(
    "text",
    ["", " ", "1.", ".1", "1..2", "1.2.3.4.5", "65536", "1.65536", "a.b", "1.-1", "1,0", "v1.0",
     "1.0 beta", "\u0661.\u0662", "1.0\n2"],
)  # fmt: skip
def test_a_bad_version_is_bad_input_naming_the_text(text: str) -> None:
    with pytest.raises(BadInputError) as caught:
        FileVersion.parse(text)
    assert repr(text) in str(caught.value)
    assert "\n" not in str(caught.value).replace(repr(text), "")


def test_a_manifest_may_hold_a_short_version() -> None:
    entry = ManifestFile.model_validate(
        {
            "path": "bin/a.dll",
            "component": "server",
            "version": "1.0",
            "sha256": "0" * 64,
            "size": 1,
        }
    )
    assert entry.version == v("1.0.0.0")
    assert entry.model_dump()["version"] == "1.0.0.0"


fields = st.tuples(*[st.integers(0, 0xFFFF)] * 4)


@st.composite
def written(draw: st.DrawFn, version: tuple[int, int, int, int]) -> str:
    """One of the ways to write ``version``: trailing zero fields dropped, zeros padded in front."""
    keep = 4
    while keep > 1 and version[keep - 1] == 0 and draw(st.booleans()):
        keep -= 1
    return ".".join("0" * draw(st.integers(0, 3)) + str(part) for part in version[:keep])


@settings(max_examples=300, deadline=None)
@given(data=st.data(), left=fields, right=fields)
def test_comparing_written_versions_is_comparing_their_fields(
    data: st.DataObject, left: tuple[int, int, int, int], right: tuple[int, int, int, int]
) -> None:
    a, b = v(data.draw(written(left))), v(data.draw(written(right)))
    assert (a < b, a == b, a > b) == (left < right, left == right, left > right)
    assert v(str(a)) == a and a.as_tuple() == left
