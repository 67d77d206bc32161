"""The operator's trail of a sandbox, kept in the sandbox folder so that it outlives the wizard.

A power-loss drill ends the run the hard way; the trainee starts the wizard again on the same
sandbox and the debrief must still see what was done before (the backup, the password, the update
that was cut off). Every event is appended to ``.rms-sandbox-trail.jsonl`` as one JSON line and
forced to disk before :func:`append_event` returns, so a kill right after an action loses nothing
already recorded. A line torn by a kill in the middle of a write is skipped when read (and the next
event starts on a line of its own). Resetting the sandbox removes the folder, and the trail with it.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

from pydantic import ValidationError

from ..core.common.events import OperatorEvent

TRAIL_FILE = ".rms-sandbox-trail.jsonl"
#: The most of a trail that is read (a real run writes a few hundred lines of ~100 bytes).
MAX_TRAIL_BYTES = 8 * 1024 * 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def trail_path(folder: Path) -> Path:
    return folder / TRAIL_FILE


def append_event(folder: Path, event: OperatorEvent, *, durable: bool = True) -> None:
    """Append ``event`` to the trail in ``folder`` and force it to disk (raises OSError).

    ``durable=False`` leaves the fsync to :func:`sync_trail`: once written, the line survives a
    killed process (it is in the kernel's cache); only a crash of the machine needs the fsync, and
    the GUI thread must not wait for a slow disk's."""
    line = event.model_dump_json() + "\n"
    # Never through a symbolic link, never into a device or a pipe: the trail stays in the folder.
    fd = os.open(trail_path(folder), os.O_RDWR | os.O_APPEND | os.O_CREAT | _NOFOLLOW, 0o644)
    with os.fdopen(fd, "ab+") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise OSError(errno.EINVAL, "the sandbox trail is not a regular file")
        if handle.seek(0, os.SEEK_END) > 0:
            handle.seek(-1, os.SEEK_END)
            if handle.read(1) != b"\n":  # the last write was torn: keep this event apart from it
                line = "\n" + line
        handle.write(line.encode("utf-8"))
        handle.flush()
        if durable:
            os.fsync(handle.fileno())


def sync_trail(folder: Path) -> None:
    """Force the trail in ``folder`` to disk (what :func:`append_event` left to it; raises
    OSError). Never through a link, never blocking on a pipe."""
    fd = os.open(trail_path(folder), os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            os.fsync(fd)
    finally:
        os.close(fd)


def read_trail(folder: Path) -> list[OperatorEvent]:
    """The events recorded in ``folder`` so far, in recorded order (none when there is no trail,
    or it cannot be read). Lines that do not read as an event (torn by a kill, edited by hand) are
    left out."""
    text = read_regular_text(trail_path(folder), MAX_TRAIL_BYTES)
    if text is None:
        return []
    events: list[OperatorEvent] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            events.append(OperatorEvent.model_validate(json.loads(line)))
        except (ValueError, ValidationError):
            continue
    return events


def read_regular_text(path: Path, limit: int) -> str | None:
    """The first ``limit`` bytes of the regular file ``path`` as text (None when it is missing,
    unreadable, a symbolic link, a device or a pipe): a hostile folder cannot make a reader hang
    on a pipe, read ``/dev/zero`` without end, or read a file elsewhere through a link."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        try:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            data = handle.read(limit)
        except OSError:
            return None
    return data.decode("utf-8", errors="replace")
