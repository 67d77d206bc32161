"""The version stamp inside (mock) binaries, read the way Windows Installer reads a PE version.

A real ``.dll``/``.exe`` carries a ``VS_VERSION_INFO`` resource whose ``VS_FIXEDFILEINFO`` block
starts with the signature ``0xFEEF04BD`` and holds the file version as two 32-bit words. The mock
binaries carry exactly that block (after an ``MZ`` header), so detection reads a real structure
instead of trusting a file name. Files without the block (``.config``, ``.aspx``, ``.xml``) are
unversioned and are compared by hash.
"""

from __future__ import annotations

import hashlib
import os
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

from .models import FileVersion

VS_FIXEDFILEINFO_SIGNATURE = 0xFEEF04BD
_KEY = "VS_VERSION_INFO".encode("utf-16-le") + b"\x00\x00"
_FIXED = struct.Struct("<13I")
#: Only the head of a file is searched for the resource (a real PE keeps it in .rsrc; the mock
#: keeps it near the start), so a large file is not scanned twice.
_SCAN_LIMIT = 64 * 1024
_CHUNK = 1024 * 1024


def versioned_binary(version: FileVersion, description: str, body: bytes = b"") -> bytes:
    """Bytes of a mock binary: an ``MZ`` stub, a ``VS_VERSION_INFO`` block, then ``body``."""
    stub = (
        b"MZ\x90\x00" + b"\x00" * 60 + b"This program cannot be run in DOS mode.\r\r\n$\x00\x00\x00"
    )
    ms = (version.major << 16) | version.minor
    ls = (version.build << 16) | version.revision
    key = _KEY + b"\x00" * (-len(_KEY) % 4)
    fixed = _FIXED.pack(
        VS_FIXEDFILEINFO_SIGNATURE, 0x00010000, ms, ls, ms, ls, 0x3F, 0, 0x40004, 0x2, 0, 0, 0
    )
    strings = f"FileDescription={description}\x00FileVersion={version}\x00".encode("utf-16-le")
    header = struct.pack("<HHH", len(key) + len(fixed) + len(strings) + 6, len(fixed), 0)
    return stub + header + key + fixed + strings + body


def version_from_bytes(head: bytes) -> FileVersion | None:
    """The file version in ``head`` (the first bytes of a file), or None when unversioned."""
    if not head.startswith(b"MZ"):
        return None
    index = head.find(_KEY)
    if index < 0:
        return None
    start = index + len(_KEY)
    start += -start % 4
    if len(head) < start + _FIXED.size:
        return None
    fields = _FIXED.unpack_from(head, start)
    if fields[0] != VS_FIXEDFILEINFO_SIGNATURE:
        return None
    ms, ls = fields[2], fields[3]
    return FileVersion(major=ms >> 16, minor=ms & 0xFFFF, build=ls >> 16, revision=ls & 0xFFFF)


@dataclass(frozen=True)
class FileScan:
    """Size, SHA-256 and version of one file, gathered in a single read."""

    size: int
    sha256: str | None
    version: FileVersion | None


_buffers = threading.local()


def _read_buffer() -> memoryview:
    """This thread's read buffer: reused, so scanning many small files allocates nothing big."""
    view: memoryview | None = getattr(_buffers, "view", None)
    if view is None:
        view = _buffers.view = memoryview(bytearray(_CHUNK))
    return view


def scan_file(path: str | Path, *, hash_versioned: bool = True) -> FileScan:
    """Hash ``path`` and read its version stamp in one pass over the file.

    With ``hash_versioned`` False a versioned file is not hashed (``sha256`` None): the
    versioning rules compare versions, and only unversioned files need their hash, so an update
    does not read every installed binary to the end.
    """
    digest = hashlib.sha256()
    size = 0
    head = b""
    view = _read_buffer()
    with open(path, "rb", buffering=0) as handle:
        if not hash_versioned:
            # Read just the head first: a versioned file is done once its version is known.
            size = handle.readinto(view[:_SCAN_LIMIT]) or 0
            head = view[:size].tobytes()
            version = version_from_bytes(head)
            if version is not None:
                return FileScan(os.fstat(handle.fileno()).st_size, None, version)
            digest.update(view[:size])
        while count := handle.readinto(view):
            chunk = view[:count]
            if size < _SCAN_LIMIT:
                head += chunk[: _SCAN_LIMIT - size].tobytes()
            digest.update(chunk)
            size += count
    return FileScan(size=size, sha256=digest.hexdigest(), version=version_from_bytes(head))


def sha256_file(path: Path) -> str:
    """SHA-256 of a file, read in large chunks."""
    digest = scan_file(path).sha256
    assert digest is not None  # hash_versioned defaults to True: every file is hashed
    return digest
