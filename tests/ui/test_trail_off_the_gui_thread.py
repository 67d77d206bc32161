"""A sandbox's trail is forced to disk off the GUI thread: on a slow disk (an fsync that takes
most of a second) the window still answers -- an outside attack saw AT-SPI report the wizard
hung during start-up and the backup, each recorded event waiting for its fsync."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from rms_wizard.core.common.events import EventKind
from rms_wizard.training import trail
from rms_wizard.training.trail import read_trail
from rms_wizard.ui import state as state_module
from rms_wizard.ui.state import WizardState


def test_recording_an_event_leaves_the_fsync_to_another_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced_on: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced_on.append(threading.current_thread().name)
        real_fsync(fd)

    monkeypatch.setattr(trail.os, "fsync", fsync)
    state = WizardState(root=tmp_path, sandbox=True)
    state.record(EventKind.DETECTED)
    state.record(EventKind.BACKUP_MADE, folder="b")
    syncing = getattr(state_module, "_TRAIL_SYNC", None)
    if syncing is not None:
        syncing.submit(lambda: None).result()  # the syncs queued before it are done

    assert [event.kind for event in read_trail(tmp_path)] == ["detected", "backup-made"]
    assert synced_on, "the trail was never forced to disk"
    assert threading.main_thread().name not in synced_on
