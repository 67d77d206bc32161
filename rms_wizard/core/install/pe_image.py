"""Minimal valid PE images with a version resource: the mock RMS binaries, and test material.

The payload's binaries are real PE files (DOS header and stub, PE header, a PE32 or PE32+ optional
header, a section table, a ``.text`` section and a ``.rsrc`` section whose resource tree holds a
``VS_VERSION_INFO`` block), so what detection reads in tests is what it reads on a real server.
:class:`PeSpec` also describes the layouts the property tests vary: the size of the code before the
resources (written as a hole, so a 10 MB file costs nothing on disk), other resources beside the
version, the version block's place among them, and trailing data after the last section.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field
from pathlib import Path

from .models import FileVersion
from .pe_version import PE32_MAGIC, PE32_PLUS_MAGIC, RT_VERSION, VS_FIXEDFILEINFO_SIGNATURE

FILE_ALIGNMENT = 0x200
SECTION_ALIGNMENT = 0x1000
#: US English, and the Unicode code page (1200) that resource compilers write for it.
LANG_EN_US = 0x0409
CODE_PAGE_UNICODE = 1200
#: The DOS stub's code: print the message below and exit.
_DOS_CODE = bytes.fromhex("0e1fba0e00b409cd21b8014ccd21")
_DOS_STUB = b"This program cannot be run in DOS mode.\r\r\n$"
_PE_OFFSET = 0x80
_SECTION = struct.Struct("<8sIIIIIIHHI")
_PE32 = struct.Struct("<HBBIIIIIIIIIHHHHHHIIIIHHIIIIII")
_PE32_PLUS = struct.Struct("<HBBIIIIIQIIHHHHHHIIIIHHQQQQII")


@dataclass(frozen=True)
class PeSpec:
    """What to put in a PE image; the defaults make a small, ordinary DLL."""

    version: FileVersion
    description: str = ""
    languages: tuple[int, ...] = (LANG_EN_US,)
    code_page: int = CODE_PAGE_UNICODE
    pe32_plus: bool = False
    code: bytes = b""
    #: Zero bytes after ``code`` in ``.text``: :func:`write_pe` leaves them as a hole.
    code_padding: int = 0
    #: Other resource types (IDs such as RT_ICON 3, RT_STRING 6, RT_MANIFEST 24) with their data.
    other_resources: tuple[tuple[int, bytes], ...] = ()
    #: A resource type with a name instead of an ID (the reader must skip it), or None.
    named_resource: str | None = None
    #: Where the version block stands among the resource data blobs (0 = first).
    version_position: int = 0
    #: Whether ``.rsrc`` comes before ``.text`` in the file (and the address space).
    resources_first: bool = False
    string_file_info: bool = True
    var_file_info: bool = True
    #: Bytes after the last section (an appended signature or installer data); a hole too.
    overlay: int = 0
    strings: dict[str, str] = field(default_factory=dict)


def _align(value: int, unit: int) -> int:
    return -(-value // unit) * unit


def _block(key: str, value: bytes, children: list[bytes], *, text: bool = False) -> bytes:
    """One version-information block: header, NUL-terminated UTF-16 key, value, child blocks."""
    out = bytearray(6) + (key + "\x00").encode("utf-16-le")
    out += b"\x00" * (-len(out) % 4)
    out += value
    for child in children:
        out += b"\x00" * (-len(out) % 4)
        out += child
    value_length = len(value) // 2 if text else len(value)
    struct.pack_into("<HHH", out, 0, len(out), value_length, 1 if text else 0)
    return bytes(out)


def version_block(spec: PeSpec) -> bytes:
    """The ``VS_VERSION_INFO`` block for ``spec``: fixed file info, strings, translations."""
    v = spec.version
    ms, ls = (v.major << 16) | v.minor, (v.build << 16) | v.revision
    fixed = struct.pack(
        "<13I", VS_FIXEDFILEINFO_SIGNATURE, 0x00010000, ms, ls, ms, ls, 0x3F, 0, 0x40004, 2, 0, 0, 0
    )
    children = []
    language = spec.languages[0] if spec.languages else 0
    if spec.string_file_info:
        strings = {"FileDescription": spec.description, "FileVersion": str(v), **spec.strings}
        table = [
            _block(k, (s + "\x00").encode("utf-16-le"), [], text=True) for k, s in strings.items()
        ]
        string_table = _block(f"{language:04x}{spec.code_page:04x}", b"", table)
        children.append(_block("StringFileInfo", b"", [string_table], text=True))
    if spec.var_file_info:
        pairs = b"".join(struct.pack("<HH", lang, spec.code_page) for lang in spec.languages)
        children.append(_block("VarFileInfo", b"", [_block("Translation", pairs, [])], text=True))
    return _block("VS_VERSION_INFO", fixed, children)


def _resource_section(spec: PeSpec, rva: int) -> bytes:
    """The ``.rsrc`` section at ``rva``: a three-level tree (type, ID 1, language), its data
    entries, then the data blobs in ``spec``'s order (the version block at its position)."""
    blobs: list[tuple[int | str, bytes]] = list(spec.other_resources)
    if spec.named_resource is not None:
        blobs.append((spec.named_resource, b"named resource data"))
    blobs.insert(min(spec.version_position, len(blobs)), (RT_VERSION, version_block(spec)))
    # Directory order as resource compilers write it: named entries first, then IDs ascending.
    order = sorted(range(len(blobs)), key=lambda i: (isinstance(blobs[i][0], int), blobs[i][0]))
    count = len(blobs)
    subdirs = 16 + 8 * count  # per type: an ID directory (24 bytes), then a language one (24)
    leaves = subdirs + 48 * count
    at = leaves + 16 * count
    name_at: dict[int, int] = {}
    names = bytearray()
    for index, (key, _data) in enumerate(blobs):
        if isinstance(key, str):
            name_at[index] = at + len(names)
            text = key.encode("utf-16-le")
            names += struct.pack("<H", len(text) // 2) + text
    at = _align(at + len(names), 8)
    data_at = []
    for _key, data in blobs:
        data_at.append(at)
        at = _align(at + len(data), 8)
    out = bytearray(at)
    out[leaves + 16 * count : leaves + 16 * count + len(names)] = names
    struct.pack_into("<12xHH", out, 0, len(name_at), count - len(name_at))
    language = spec.languages[0] if spec.languages else 0
    for slot, index in enumerate(order):
        key, data = blobs[index]
        sub, lang_dir, leaf = subdirs + 48 * slot, subdirs + 48 * slot + 24, leaves + 16 * slot
        name_field = 0x80000000 | name_at[index] if isinstance(key, str) else key
        struct.pack_into("<II", out, 16 + 8 * slot, name_field, 0x80000000 | sub)
        struct.pack_into("<12xHHII", out, sub, 0, 1, 1, 0x80000000 | lang_dir)
        struct.pack_into("<12xHHII", out, lang_dir, 0, 1, language, leaf)
        struct.pack_into("<IIII", out, leaf, rva + data_at[index], len(data), spec.code_page, 0)
        out[data_at[index] : data_at[index] + len(data)] = data
    return bytes(out)


def pe_parts(spec: PeSpec) -> tuple[list[tuple[int, bytes]], int]:
    """The image as (file offset, bytes) pieces and its total size; the gaps are zeros."""
    headers_size = _align(
        _PE_OFFSET + 24 + (240 if spec.pe32_plus else 224) + 2 * 40, FILE_ALIGNMENT
    )
    text_size = len(spec.code) + spec.code_padding
    text_raw = _align(max(text_size, 1), FILE_ALIGNMENT)
    text_virtual = _align(max(text_size, 1), SECTION_ALIGNMENT)
    # The resource section's size depends on its own address only through the RVAs it holds,
    # so build it once to learn the size, then again at its real address.
    rsrc_size = len(_resource_section(spec, 0))
    rsrc_raw = _align(rsrc_size, FILE_ALIGNMENT)
    rsrc_virtual = _align(rsrc_size, SECTION_ALIGNMENT)
    if spec.resources_first:
        rsrc_rva, text_rva = SECTION_ALIGNMENT, SECTION_ALIGNMENT + rsrc_virtual
        rsrc_ptr, text_ptr = headers_size, headers_size + rsrc_raw
    else:
        text_rva, rsrc_rva = SECTION_ALIGNMENT, SECTION_ALIGNMENT + text_virtual
        text_ptr, rsrc_ptr = headers_size, headers_size + text_raw
    rsrc = _resource_section(spec, rsrc_rva)
    image_size = SECTION_ALIGNMENT + text_virtual + rsrc_virtual
    dos = bytearray(_PE_OFFSET)
    struct.pack_into(
        "<2sHHHHHHHHHHHHH", dos, 0, b"MZ", 0x90, 3, 0, 4, 0, 0xFFFF, 0, 0xB8, 0, 0, 0, 0x40, 0
    )
    struct.pack_into("<I", dos, 0x3C, _PE_OFFSET)
    dos[0x40 : 0x40 + len(_DOS_CODE)] = _DOS_CODE
    dos[0x4E : 0x4E + len(_DOS_STUB)] = _DOS_STUB
    machine, flags = (0x8664, 0x2022) if spec.pe32_plus else (0x14C, 0x2102)
    optional_size = 240 if spec.pe32_plus else 224
    coff = b"PE\x00\x00" + struct.pack("<HHIIIHH", machine, 2, 0, 0, 0, optional_size, flags)
    directories = bytearray(128)
    struct.pack_into("<II", directories, 16, rsrc_rva, len(rsrc))
    versions = (5, 2, 5, 2, 5, 2, 0)  # OS, image and subsystem versions; Win32VersionValue
    sizes = (image_size, headers_size, 0, 2, 0x140)  # ..., CheckSum, GUI, DllCharacteristics
    stack_heap = (0x100000, 0x1000, 0x100000, 0x1000, 0, 16)  # ..., LoaderFlags, 16 directories
    alignments = (SECTION_ALIGNMENT, FILE_ALIGNMENT)
    if spec.pe32_plus:
        optional = _PE32_PLUS.pack(
            PE32_PLUS_MAGIC, 14, 0, text_raw, rsrc_raw, 0, 0, text_rva, 0x180000000,
            *alignments, *versions, *sizes, *stack_heap,
        )  # fmt: skip
    else:
        optional = _PE32.pack(
            PE32_MAGIC, 14, 0, text_raw, rsrc_raw, 0, 0, text_rva, rsrc_rva, 0x10000000,
            *alignments, *versions, *sizes, *stack_heap,
        )  # fmt: skip
    text_header = _SECTION.pack(
        b".text", text_size, text_rva, text_raw, text_ptr, 0, 0, 0, 0, 0x60000020
    )
    rsrc_header = _SECTION.pack(
        b".rsrc", len(rsrc), rsrc_rva, rsrc_raw, rsrc_ptr, 0, 0, 0, 0, 0x40000040
    )
    table = rsrc_header + text_header if spec.resources_first else text_header + rsrc_header
    headers = bytes(dos) + coff + optional + bytes(directories) + table
    end = max(text_ptr + text_raw, rsrc_ptr + rsrc_raw) + spec.overlay
    return [(0, headers), (text_ptr, spec.code), (rsrc_ptr, rsrc)], end


def pe_bytes(spec: PeSpec) -> bytes:
    """The whole image in memory (for small files; see :func:`write_pe` for large ones)."""
    parts, size = pe_parts(spec)
    out = bytearray(size)
    for offset, data in parts:
        out[offset : offset + len(data)] = data
    return bytes(out)


def write_pe(path: Path, spec: PeSpec) -> int:
    """Write the image to ``path``, its zero stretches as holes (a sparse file); its size."""
    parts, size = pe_parts(spec)
    with open(path, "wb") as handle:
        for offset, data in parts:
            handle.seek(offset)
            handle.write(data)
        handle.truncate(size)
    return os.path.getsize(path)


def versioned_binary(version: FileVersion, description: str, body: bytes = b"") -> bytes:
    """A small PE32 DLL of ``version`` whose code section holds ``body`` (English, Unicode)."""
    return pe_bytes(PeSpec(version=version, description=description, code=body))
