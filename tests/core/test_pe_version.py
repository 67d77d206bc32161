"""The PE version reader against pefile: shipped binaries, generated layouts, damaged files."""

from __future__ import annotations

import mmap
import struct
from pathlib import Path

import pefile
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rms_wizard.core.engine.payload import Payload, baseline_payload, sp1_payload
from rms_wizard.core.install.fileversion import read_file_version, scan_file
from rms_wizard.core.install.models import FileVersion
from rms_wizard.core.install.pe_image import LANG_EN_US, PeSpec, pe_bytes, pe_parts, write_pe
from rms_wizard.core.install.pe_version import PeVersion, Unversioned, read_pe_version

MB = 1024 * 1024
RESOURCE = pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_RESOURCE"]


def pefile_version(path: Path | None = None, data: bytes | None = None) -> PeVersion:
    """What pefile reads: the first VS_FIXEDFILEINFO and VarFileInfo's Translation language.

    pefile keeps only the last pair of a Translation array, so that is the language compared.
    """
    if path is None:
        return _pefile_reads(pefile.PE(data=data, fast_load=True))
    # pefile's own close() runs gc.collect(), 20 ms a file: map the file here instead.
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as view:
        return _pefile_reads(pefile.PE(data=view, fast_load=True))


def _pefile_reads(pe: pefile.PE) -> PeVersion:
    pe.parse_data_directories(directories=[RESOURCE])
    fixed = getattr(pe, "VS_FIXEDFILEINFO", None)
    if not fixed:
        return PeVersion(version=None)
    ms, ls = fixed[0].FileVersionMS, fixed[0].FileVersionLS
    version = FileVersion(major=ms >> 16, minor=ms & 0xFFFF, build=ls >> 16, revision=ls & 0xFFFF)
    languages: tuple[int, ...] = ()
    for info in pe.FileInfo[0] if getattr(pe, "FileInfo", None) else []:
        for var in getattr(info, "Var", []):
            if b"Translation" in var.entry:
                languages = (int(var.entry[b"Translation"].split()[0], 16),)
    return PeVersion(version=version, languages=languages)


def last_language(found: PeVersion) -> PeVersion:
    return PeVersion(version=found.version, languages=found.languages[-1:])


def reader_on(data: bytes) -> PeVersion:
    return read_pe_version(lambda offset, length: data[offset : offset + length], len(data))


@pytest.mark.parametrize("payload", [sp1_payload(), baseline_payload()], ids=["sp1", "baseline"])
def test_every_shipped_binary_reads_the_same_in_pefile(payload: Payload) -> None:
    binaries = [f for f in payload.manifest.files if f.version is not None]
    assert len(binaries) >= 7
    for item in binaries:
        path = payload.source(item.path)
        expected = PeVersion(version=item.version, languages=item.languages)
        assert item.languages == (LANG_EN_US,)
        assert pefile_version(path) == expected, item.path
        assert read_file_version(path) == expected, item.path
        assert scan_file(path).version == item.version


def test_the_unversioned_shipped_files_are_unversioned_for_pefile_too() -> None:
    for payload in (sp1_payload(), baseline_payload()):
        for item in payload.manifest.files:
            if item.version is None:
                found = read_file_version(payload.source(item.path))
                assert found == PeVersion(version=None, unversioned=Unversioned.NOT_PE)
                with pytest.raises(pefile.PEFormatError):
                    pefile_version(payload.source(item.path))


versions = st.builds(
    FileVersion,
    major=st.integers(0, 0xFFFF),
    minor=st.integers(0, 0xFFFF),
    build=st.integers(0, 0xFFFF),
    revision=st.integers(0, 0xFFFF),
)
resource_types = st.sampled_from([3, 4, 5, 6, 10, 11, 14, 23, 24])  # icons, menus, strings, ...
specs = st.builds(
    PeSpec,
    version=versions,
    description=st.text(st.characters(codec="utf-16", exclude_categories=["Cs"]), max_size=40),
    languages=st.lists(st.integers(0, 0xFFFF), min_size=1, max_size=3).map(tuple),
    code_page=st.sampled_from([0, 1200, 1252, 65001]),
    pe32_plus=st.booleans(),
    code=st.binary(max_size=3000),
    code_padding=st.one_of(st.integers(0, 70_000), st.integers(0, 10 * MB), st.just(10 * MB)),
    other_resources=st.lists(
        st.tuples(resource_types, st.binary(max_size=600)), max_size=4, unique_by=lambda r: r[0]
    ).map(tuple),
    named_resource=st.one_of(st.none(), st.sampled_from(["MUI", "TYPELIB", "REGISTRY"])),
    version_position=st.integers(0, 5),
    resources_first=st.booleans(),
    string_file_info=st.booleans(),
    overlay=st.one_of(st.just(0), st.integers(0, 2 * MB)),
)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=specs)
def test_the_reader_and_pefile_agree_on_generated_files(
    spec: PeSpec, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.getbasetemp() / "generated.dll"
    size = write_pe(path, spec)
    ours = read_file_version(path)
    assert ours == PeVersion(version=spec.version, languages=spec.languages)
    assert pefile_version(path) == last_language(ours)
    scan = scan_file(path, hash_versioned=False)
    assert (scan.size, scan.version, scan.languages) == (size, spec.version, spec.languages)


def test_a_10_mb_file_is_read_by_offset_in_a_few_small_reads() -> None:
    """Issue 13: the resource section at the end of a large file lies beyond any head scan."""
    spec = PeSpec(version=FileVersion.parse("14.44.35211.0"), code_padding=10 * MB, overlay=MB)
    parts, size = pe_parts(spec)
    image = bytearray(size)
    for offset, data in parts:
        image[offset : offset + len(data)] = data
    reads: list[tuple[int, int]] = []

    def read(offset: int, length: int) -> bytes:
        reads.append((offset, length))
        return bytes(image[offset : offset + length])

    found = read_pe_version(read, size)
    assert found.version == spec.version
    assert max(offset for offset, _n in reads) > 10 * MB
    # the headers in one read of at most 4 KiB, then a few small reads by offset
    assert len(reads) <= 12 and reads[0] == (0, 4096)
    assert sum(n for _o, n in reads[1:]) < 2048


def test_a_large_binary_is_versioned_in_a_scan(tmp_path: Path) -> None:
    """The regression: past 64 KiB the old head scan called a real binary unversioned."""
    path = tmp_path / "vcruntime140.dll"
    write_pe(path, PeSpec(version=FileVersion.parse("14.44.35211.0"), code_padding=200_000))
    for hashed in (True, False):
        assert scan_file(path, hash_versioned=hashed).version == FileVersion.parse("14.44.35211.0")


def _damaged(data: bytes, offset: int, value: bytes) -> bytes:
    return data[:offset] + value + data[offset + len(value) :]


SMALL = pe_bytes(PeSpec(version=FileVersion.parse("5.2.3790.300"), code=b"\xcc" * 100))
PE_AT = struct.unpack_from("<I", SMALL, 0x3C)[0]
RSRC_DIR_AT = PE_AT + 24 + 96 + 16  # PE32: the resource entry of the data directories


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", Unversioned.NOT_PE),
        (b"<configuration/>", Unversioned.NOT_PE),
        (b"MZ" + b"\x00" * 100, Unversioned.NOT_PE),
        (SMALL[:200], Unversioned.TRUNCATED),
        (SMALL[:0x300], Unversioned.TRUNCATED),
        (_damaged(SMALL, PE_AT, b"NE\x00\x00"), Unversioned.NOT_PE),
        (_damaged(SMALL, PE_AT + 24, b"\x07\x01"), Unversioned.DAMAGED),
        (_damaged(SMALL, RSRC_DIR_AT, b"\x00" * 8), Unversioned.NO_RESOURCES),
        (_damaged(SMALL, RSRC_DIR_AT, b"\x00\x00\x90\x00"), Unversioned.DAMAGED),
        (_damaged(SMALL, PE_AT + 6, b"\xff\xff"), Unversioned.DAMAGED),
    ],
    ids=[
        "empty",
        "text",
        "mz-only",
        "cut-in-headers",
        "cut-before-resources",
        "no-pe-signature",
        "unknown-optional-header",
        "no-resource-directory",
        "resource-rva-outside-sections",
        "too-many-sections",
    ],
)
def test_damaged_files_are_unversioned_with_a_reason(data: bytes, reason: Unversioned) -> None:
    assert reader_on(data) == PeVersion(version=None, unversioned=reason)


def test_resources_without_a_version_or_with_a_damaged_block() -> None:
    no_version = bytearray(SMALL)
    at = SMALL.index(struct.pack("<II", 16, 0x80000000 | (16 + 8)))  # the RT_VERSION type entry
    no_version[at : at + 4] = struct.pack("<I", 24)  # now an RT_MANIFEST
    assert reader_on(bytes(no_version)).unversioned is Unversioned.NO_VERSION_RESOURCE
    signature = struct.pack("<I", 0xFEEF04BD)
    bad = SMALL.replace(signature, b"\x00\x00\x00\x00")
    assert reader_on(bad).unversioned is Unversioned.BAD_VERSION_BLOCK
    key = "VS_VERSION_INFO".encode("utf-16-le")
    assert reader_on(SMALL.replace(key, "VS_VERSION_INFX".encode("utf-16-le"))).unversioned is (
        Unversioned.BAD_VERSION_BLOCK
    )


@settings(max_examples=300, deadline=None)
@given(
    spec=specs.filter(lambda s: s.code_padding < 100_000 and s.overlay < 100_000),
    cut=st.floats(0, 1),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=6),
)
def test_cut_or_corrupted_files_never_crash(
    spec: PeSpec, cut: float, flips: list[tuple[float, int]]
) -> None:
    data = bytearray(pe_bytes(spec))
    for where, value in flips:
        data[int(where * (len(data) - 1))] = value
    data = data[: int(cut * len(data))]
    found = reader_on(bytes(data))
    if found.version is None:
        assert found.unversioned is not None
    if not flips and found.version is not None:
        assert found.version == spec.version


@settings(max_examples=100, deadline=None)
@given(spec=specs.filter(lambda s: s.code_padding < 100_000 and s.overlay < 100_000))
def test_a_cut_inside_the_version_data_is_truncated(spec: PeSpec) -> None:
    data = pe_bytes(spec)
    block_end = data.index("VS_VERSION_INFO".encode("utf-16-le")) + 32 + 2 + 52
    found = reader_on(data[: block_end - 1])
    assert found == PeVersion(version=None, unversioned=found.unversioned)
    assert found.unversioned in (Unversioned.TRUNCATED, Unversioned.BAD_VERSION_BLOCK)
