"""Issue 14, items 5 and 12 (core halves): the sandbox's trail on disk, and the check of a backup
folder before a backup is written into it."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rms_wizard.core.common.events import EventKind, OperatorEvent
from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.engine.backup_destination import check_backup_destination, writing_to
from rms_wizard.training.trail import TRAIL_FILE, append_event, read_trail

AT = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


def _event(kind: str, **detail: str) -> OperatorEvent:
    return OperatorEvent(kind=kind, at=AT, detail=detail)


def test_events_are_appended_and_read_back_in_order(tmp_path: Path) -> None:
    append_event(tmp_path, _event(EventKind.BACKUP_MADE, folder="b"))
    append_event(tmp_path, _event(EventKind.POWER_LOST))
    assert [e.kind for e in read_trail(tmp_path)] == ["backup-made", "power-lost"]
    assert read_trail(tmp_path)[0].detail == {"folder": "b"}
    assert read_trail(tmp_path / "absent") == []


def test_a_line_torn_by_a_kill_costs_only_that_line(tmp_path: Path) -> None:
    append_event(tmp_path, _event(EventKind.BACKUP_MADE))
    with (tmp_path / TRAIL_FILE).open("a", encoding="utf-8") as handle:
        handle.write('{"kind": "apply-sta')  # the power went in the middle of this write
    append_event(tmp_path, _event(EventKind.RECOVERED, outcome="rolled-back"))
    assert [e.kind for e in read_trail(tmp_path)] == ["backup-made", "recovered"]


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked"
    folder.mkdir()
    subprocess.run(["chattr", "+i", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_an_immutable_folder_is_refused_with_the_reason_and_nothing_left(immutable: Path) -> None:
    for dest in (immutable, immutable / "wizard-backup"):
        with pytest.raises(BadInputError) as caught:
            check_backup_destination(dest)
        text = caught.value.message.render()
        assert str(dest) in text and "not permitted" in text and "Choose another folder" in text
    assert list(immutable.iterdir()) == []


def test_a_writable_folder_passes_and_keeps_nothing(tmp_path: Path) -> None:
    check_backup_destination(tmp_path / "new" / "backup")
    assert list(tmp_path.iterdir()) == []  # nothing made: the backup makes its folder itself


def test_a_write_error_inside_the_folder_during_the_backup_names_the_folder(tmp_path: Path) -> None:
    dest = tmp_path / "b"

    def fails() -> None:
        raise OSError(30, "Read-only file system", str(dest / "config.db"))

    with pytest.raises(BadInputError) as caught:
        writing_to(dest, fails)
    assert "the disk is read-only" in caught.value.message.render()

    def elsewhere() -> None:
        raise OSError(5, "Input/output error", str(tmp_path / "source.db"))

    with pytest.raises(OSError):
        writing_to(dest, elsewhere)  # not about the destination: not reported as if it were
