"""Size, hash and PE version of the files of an install, gathered in one pass over each file.

A versioned file is a Windows PE binary with a ``VS_VERSION_INFO`` resource; :mod:`.pe_version`
reads it by offset, the way Windows does. Files without one (``.config``, ``.aspx``, ``.xml``, or a
damaged binary) are unversioned and are compared by hash. The first 64 KiB of a file are read once
and serve both the version reader (a small binary needs no other read) and the hash.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .models import FileVersion
from .pe_image import versioned_binary
from .pe_version import PeVersion, Unversioned, read_pe_version

__all__ = ["FileScan", "read_file_version", "scan_file", "sha256_file", "versioned_binary"]

#: The head read first: a small binary is read whole, a large one's headers are in it.
_HEAD = 64 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class FileScan:
    """Size, SHA-256, version and languages of one file, gathered in a single read."""

    size: int
    sha256: str | None
    version: FileVersion | None
    languages: tuple[int, ...] = ()
    unversioned: Unversioned | None = None


_buffers = threading.local()


def _read_buffer() -> memoryview:
    """This thread's read buffer: reused, so scanning many small files allocates nothing big."""
    view: memoryview | None = getattr(_buffers, "view", None)
    if view is None:
        view = _buffers.view = memoryview(bytearray(_CHUNK))
    return view


def _version(handle: BinaryIO, head: memoryview) -> PeVersion:
    """The PE version, read from ``head`` where it can and by offset (seek + read) beyond it.

    Leaves the file position just past ``head``, where the hashing goes on.
    """
    if bytes(head[:2]) != b"MZ":
        return PeVersion(version=None, unversioned=Unversioned.NOT_PE)
    known = len(head)
    moved = False

    def read_at(offset: int, length: int) -> bytes:
        nonlocal moved
        if offset + length <= known:
            return bytes(head[offset : offset + length])
        moved = True
        handle.seek(offset)
        return handle.read(length) or b""

    found = read_pe_version(read_at, os.fstat(handle.fileno()).st_size)
    if moved:
        handle.seek(known)
    return found


def read_file_version(path: str | Path) -> PeVersion:
    """The version of the file at ``path``, read by offset (the file is never read whole)."""
    view = _read_buffer()
    with open(path, "rb", buffering=0) as handle:
        count = handle.readinto(view[:4096]) or 0
        return _version(handle, view[:count])


def scan_file(path: str | Path, *, hash_versioned: bool = True) -> FileScan:
    """Hash ``path`` and read its version in one pass over the file.

    With ``hash_versioned`` False a versioned file is not hashed (``sha256`` None): the
    versioning rules compare versions, and only unversioned files need their hash, so an update
    does not read every installed binary to the end.
    """
    view = _read_buffer()
    with open(path, "rb", buffering=0) as handle:
        count = handle.readinto(view[:_HEAD]) or 0
        found = _version(handle, view[:count])
        if found.version is not None and not hash_versioned:
            return FileScan(os.fstat(handle.fileno()).st_size, None, found.version, found.languages)
        digest = hashlib.sha256(view[:count])
        size = count
        while count := handle.readinto(view):
            digest.update(view[:count])
            size += count
    return FileScan(size, digest.hexdigest(), found.version, found.languages, found.unversioned)


def sha256_file(path: Path) -> str:
    """SHA-256 of a file, read in large chunks."""
    digest = scan_file(path).sha256
    assert digest is not None  # hash_versioned defaults to True: every file is hashed
    return digest
