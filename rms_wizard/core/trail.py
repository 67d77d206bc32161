"""The operator's trail of a sandbox, kept in the sandbox folder so that it outlives the wizard.

A power-loss drill ends the run the hard way; the trainee starts the wizard again on the same
sandbox and the debrief must still see what was done before (the backup, the password, the update
that was cut off). Every event is appended to ``.rms-sandbox-trail.jsonl`` as one JSON line and
forced to disk before :func:`append_event` returns, so a kill right after an action loses nothing
already recorded. A line torn by a kill in the middle of a write is skipped when read (and the next
event starts on a line of its own). Resetting the sandbox removes the folder, and the trail with it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import ValidationError

from .debrief import OperatorEvent

TRAIL_FILE = ".rms-sandbox-trail.jsonl"


def trail_path(folder: Path) -> Path:
    return folder / TRAIL_FILE


def append_event(folder: Path, event: OperatorEvent) -> None:
    """Append ``event`` to the trail in ``folder`` and force it to disk (raises OSError)."""
    line = event.model_dump_json() + "\n"
    with trail_path(folder).open("ab+") as handle:
        if handle.seek(0, os.SEEK_END) > 0:
            handle.seek(-1, os.SEEK_END)
            if handle.read(1) != b"\n":  # the last write was torn: keep this event apart from it
                line = "\n" + line
        handle.write(line.encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())


def read_trail(folder: Path) -> list[OperatorEvent]:
    """The events recorded in ``folder`` so far, in recorded order (none when there is no trail,
    or it cannot be read). Lines that do not read as an event (torn by a kill, edited by hand) are
    left out."""
    try:
        text = trail_path(folder).read_text(encoding="utf-8", errors="replace")
    except OSError:
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
