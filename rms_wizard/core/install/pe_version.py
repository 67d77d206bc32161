"""The file version of a Windows PE binary, read the way Windows reads it: by offset, never by scan.

Windows Installer takes a file's version from its ``VS_VERSION_INFO`` resource (what
``GetFileVersionInfo`` returns): the DOS header points at the PE header, whose optional header
(PE32 or PE32+) holds the resource directory's address; the section table turns that address into
a file offset; the resource tree leads, type ``RT_VERSION`` (16), to the version block, whose
``VS_FIXEDFILEINFO`` holds the version as two 32-bit words and whose ``VarFileInfo\\Translation``
lists the languages. Each step reads a few bytes at a known offset, so a 10 MB binary costs a
handful of small reads, wherever its resource section lies.

A file that is not a PE, or whose structures are cut short or point outside the file, is
*unversioned* with a reason (a :class:`Unversioned` code): never an exception.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from .models import FileVersion

#: ``read(offset, length)``: up to ``length`` bytes at ``offset`` (fewer at the end of the file).
ReadAt = Callable[[int, int], bytes]

VS_FIXEDFILEINFO_SIGNATURE = 0xFEEF04BD
RT_VERSION = 16
#: ``VS_VERSION_INFO``'s resource ID (winver.h): the one GetFileVersionInfo looks up.
VS_VERSION_INFO_ID = 1
IMAGE_DIRECTORY_ENTRY_RESOURCE = 2
PE32_MAGIC = 0x10B
PE32_PLUS_MAGIC = 0x20B
#: Windows rounds a section's raw-data pointer down to 512 bytes when FileAlignment is at least
#: that (the loader's rule; pefile follows it too).
_MIN_FILE_ALIGNMENT = 0x200
_PAGE = 0x1000
#: A version block's length is a 16-bit field: nothing in it lies further than this.
_MAX_VERSION_BLOCK = 0xFFFF
_MAX_SECTIONS = 96  # the PE format's limit; more means a damaged header
_MAX_RESOURCE_DEPTH_ENTRIES = 4096  # more entries at one level of the resource tree: damaged

_DOS = struct.Struct("<H58xI")  # e_magic, ..., e_lfanew at 0x3C
_COFF = struct.Struct("<4sHHIIIHH")  # "PE\0\0", Machine, NumberOfSections, ..., SizeOfOptional...
_SECTION = struct.Struct("<8sIIII16x")  # Name, VirtualSize, VirtualAddress, SizeOfRawData, Ptr
_RES_DIR = struct.Struct("<12xHH")  # NumberOfNamedEntries, NumberOfIdEntries
_RES_ENTRY = struct.Struct("<II")
_RES_DATA = struct.Struct("<II")  # OffsetToData (an RVA), Size
_BLOCK = struct.Struct("<HHH")  # wLength, wValueLength, wType
_FIXED = struct.Struct("<13I")
_KEY_VERSION_INFO = "VS_VERSION_INFO".encode("utf-16-le")
_KEY_VAR_FILE_INFO = "VarFileInfo".encode("utf-16-le")
_KEY_TRANSLATION = "Translation".encode("utf-16-le")


class Unversioned(StrEnum):
    """Why a file has no version: codes for the log and ``--json``, not sentences."""

    NOT_PE = "not-a-pe-file"
    TRUNCATED = "truncated"
    DAMAGED = "damaged-headers"
    NO_RESOURCES = "no-resource-section"
    NO_VERSION_RESOURCE = "no-version-resource"
    BAD_VERSION_BLOCK = "damaged-version-block"


@dataclass(frozen=True)
class PeVersion:
    """A binary's version and languages (LANGIDs), or None and why it has none."""

    version: FileVersion | None
    languages: tuple[int, ...] = ()
    unversioned: Unversioned | None = None


class _Stop(Exception):
    """Internal: the file is unversioned for ``reason``."""

    def __init__(self, reason: Unversioned) -> None:
        super().__init__(reason.value)
        self.reason = reason


def _read_exact(read: ReadAt, offset: int, length: int, size: int) -> bytes:
    if offset < 0 or offset + length > size:
        raise _Stop(Unversioned.TRUNCATED)
    data = read(offset, length)
    if len(data) != length:
        raise _Stop(Unversioned.TRUNCATED)
    return data


#: A section as (first RVA, end RVA, raw-data pointer, raw-data size).
_Section = tuple[int, int, int, int]
#: DOS, PE and optional headers and the section table: nearly always inside the first KiB.
_HEADER_READ = 4096


def _headers(read: ReadAt, size: int) -> tuple[int, list[_Section]]:
    """(resource RVA, sections) from the DOS, PE and optional headers."""
    if size < _DOS.size:
        raise _Stop(Unversioned.NOT_PE)
    head = read(0, min(size, _HEADER_READ))

    def need(offset: int, length: int) -> bytes:
        if offset + length <= len(head):
            return head[offset : offset + length]
        return _read_exact(read, offset, length, size)

    magic, pe_offset = _DOS.unpack(need(0, _DOS.size))
    if magic != 0x5A4D:  # "MZ"
        raise _Stop(Unversioned.NOT_PE)
    signature, _machine, count, _t, _s, _n, optional_size, _c = _COFF.unpack(
        need(pe_offset, _COFF.size)
    )
    if signature != b"PE\x00\x00":
        raise _Stop(Unversioned.NOT_PE)
    optional_at = pe_offset + _COFF.size
    optional = need(optional_at, optional_size)
    kind = optional[:2]
    if kind == struct.pack("<H", PE32_MAGIC):
        count_at, directories_at = 92, 96
    elif kind == struct.pack("<H", PE32_PLUS_MAGIC):
        count_at, directories_at = 108, 112
    else:
        raise _Stop(Unversioned.DAMAGED)
    entry_at = directories_at + 8 * IMAGE_DIRECTORY_ENTRY_RESOURCE
    if len(optional) < entry_at + 8 or count > _MAX_SECTIONS:
        raise _Stop(Unversioned.DAMAGED)
    section_alignment, file_alignment = struct.unpack_from("<II", optional, 32)
    directories = struct.unpack_from("<I", optional, count_at)[0]
    resource_rva = struct.unpack_from("<I", optional, entry_at)[0]
    if directories <= IMAGE_DIRECTORY_ENTRY_RESOURCE or resource_rva == 0:
        raise _Stop(Unversioned.NO_RESOURCES)
    table = need(optional_at + optional_size, count * _SECTION.size)
    virtual_unit = section_alignment if section_alignment >= _PAGE else file_alignment
    sections = []
    for _name, vsize, vaddr, raw_size, raw_ptr in _SECTION.iter_unpack(table):
        if file_alignment >= _MIN_FILE_ALIGNMENT:
            raw_ptr -= raw_ptr % _MIN_FILE_ALIGNMENT
        if virtual_unit:
            vaddr -= vaddr % virtual_unit
        sections.append((vaddr, vaddr + max(vsize, raw_size), raw_ptr, raw_size))
    return resource_rva, sections


class _Image:
    """Reads by RVA through the section table, as the loader maps the file."""

    def __init__(self, read: ReadAt, size: int, sections: list[_Section]) -> None:
        self._read, self._size, self._sections = read, size, sections

    def read(self, rva: int, length: int, *, exact: bool = True) -> bytes:
        """``length`` bytes at ``rva``; with ``exact`` False fewer where the section or file ends."""
        for start, end, raw_pointer, raw_size in self._sections:
            if start <= rva < end:
                delta = rva - start
                available = min(raw_size - delta, self._size - raw_pointer - delta)
                if available <= 0:  # in the zero-filled tail, or past the file's end
                    raise _Stop(Unversioned.TRUNCATED)
                if length > available:
                    if exact:
                        raise _Stop(Unversioned.TRUNCATED)
                    length = available
                return _read_exact(self._read, raw_pointer + delta, length, self._size)
        raise _Stop(Unversioned.DAMAGED)


#: Entries read with a directory's header at once (a version resource has one or two).
_ENTRIES_AHEAD = 8


def _entries(image: _Image, base: int, offset: int) -> list[tuple[int | None, int]]:
    """The entries of the resource directory at ``base + offset``: (ID or None if named, target)."""
    raw = image.read(base + offset, 16 + 8 * _ENTRIES_AHEAD, exact=False)
    if len(raw) < 16:
        raise _Stop(Unversioned.TRUNCATED)
    named, ids = _RES_DIR.unpack_from(raw)
    count = named + ids
    if count > _MAX_RESOURCE_DEPTH_ENTRIES:
        raise _Stop(Unversioned.DAMAGED)
    if len(raw) < 16 + 8 * count:
        raw = image.read(base + offset, 16 + 8 * count)
    return [
        (None if name & 0x80000000 else name & 0xFFFF, target)
        for name, target in _RES_ENTRY.iter_unpack(raw[16 : 16 + 8 * count])
    ]


def _subdirectory(target: int) -> int:
    if not target & 0x80000000:
        raise _Stop(Unversioned.DAMAGED)
    return target & 0x7FFFFFFF


def _version_resource(image: _Image, base: int) -> tuple[int, int]:
    """(RVA, size) of the version block: type RT_VERSION, ID 1 (else its first), first language."""
    types = dict(e for e in _entries(image, base, 0) if e[0] is not None)
    if RT_VERSION not in types:
        raise _Stop(Unversioned.NO_VERSION_RESOURCE)
    names = _entries(image, base, _subdirectory(types[RT_VERSION]))
    if not names:
        raise _Stop(Unversioned.NO_VERSION_RESOURCE)
    chosen = next((t for n, t in names if n == VS_VERSION_INFO_ID), names[0][1])
    languages = _entries(image, base, _subdirectory(chosen))
    if not languages:
        raise _Stop(Unversioned.NO_VERSION_RESOURCE)
    leaf = languages[0][1]
    if leaf & 0x80000000:  # a fourth level: not a resource tree Windows builds
        raise _Stop(Unversioned.DAMAGED)
    rva, length = _RES_DATA.unpack(image.read(base + leaf, _RES_DATA.size))
    return rva, length


def _align4(offset: int) -> int:
    return (offset + 3) & ~3


def _key(block: bytes, at: int) -> tuple[bytes, int]:
    """The NUL-terminated UTF-16 key at ``at`` (its bytes) and the offset just past its NUL."""
    end = block.find(b"\x00\x00", at)
    while end != -1 and (end - at) % 2:  # a NUL byte pair astride two characters
        end = block.find(b"\x00\x00", end + 1)
    if end == -1:
        raise _Stop(Unversioned.BAD_VERSION_BLOCK)
    return block[at:end], end + 2


def _children(block: bytes, start: int, end: int) -> list[tuple[bytes, int, int, int]]:
    """The child blocks in ``block[start:end]``: (key, value offset, value length, block end)."""
    found = []
    at = _align4(start)
    while at + _BLOCK.size <= end:
        length, value_length, _type = _BLOCK.unpack_from(block, at)
        if length < _BLOCK.size:  # a zero length would loop forever: padding or damage
            break
        stop = min(at + length, end)
        key, after = _key(block, at + _BLOCK.size)
        found.append((key, _align4(after), value_length, stop))
        at = _align4(at + length)
    return found


def _parse_version_block(block: bytes) -> PeVersion:
    """``VS_VERSIONINFO``: the fixed file info's version and VarFileInfo's Translation languages."""
    if len(block) < _BLOCK.size:
        raise _Stop(Unversioned.BAD_VERSION_BLOCK)
    length, value_length, _type = _BLOCK.unpack_from(block)
    block = block[: min(length, len(block))]
    key, after = _key(block, _BLOCK.size)
    if key != _KEY_VERSION_INFO or value_length < _FIXED.size:
        raise _Stop(Unversioned.BAD_VERSION_BLOCK)
    value_at = _align4(after)
    if value_at + _FIXED.size > len(block):
        raise _Stop(Unversioned.TRUNCATED)
    fixed = _FIXED.unpack_from(block, value_at)
    if fixed[0] != VS_FIXEDFILEINFO_SIGNATURE:
        raise _Stop(Unversioned.BAD_VERSION_BLOCK)
    ms, ls = fixed[2], fixed[3]
    version = FileVersion(major=ms >> 16, minor=ms & 0xFFFF, build=ls >> 16, revision=ls & 0xFFFF)
    try:
        languages = _translation(block, value_at + value_length)
    except _Stop:  # a damaged StringFileInfo or VarFileInfo loses the languages, not the version
        languages = ()
    return PeVersion(version=version, languages=languages)


def _translation(block: bytes, children_at: int) -> tuple[int, ...]:
    """The LANGIDs of ``VarFileInfo\\Translation`` (each entry: LANGID, then code page)."""
    languages: list[int] = []
    for name, child_value, _n, child_end in _children(block, children_at, len(block)):
        if name != _KEY_VAR_FILE_INFO:
            continue
        for var, var_value, var_length, _end in _children(block, child_value, child_end):
            if var != _KEY_TRANSLATION:
                continue
            words = block[var_value : min(var_value + var_length, len(block))]
            languages.extend(
                struct.unpack_from("<H", words, i)[0] for i in range(0, len(words) - 3, 4)
            )
    return tuple(languages)


def read_pe_version(read: ReadAt, size: int) -> PeVersion:
    """The version of the PE file of ``size`` bytes that ``read`` reads; never raises for bad data."""
    try:
        resource_rva, sections = _headers(read, size)
        image = _Image(read, size, sections)
        rva, length = _version_resource(image, resource_rva)
        block = image.read(rva, min(length, _MAX_VERSION_BLOCK), exact=False)
        return _parse_version_block(block)
    except _Stop as stop:
        return PeVersion(version=None, unversioned=stop.reason)
    except (struct.error, ValueError):  # a field points past what the checks above caught
        return PeVersion(version=None, unversioned=Unversioned.DAMAGED)
