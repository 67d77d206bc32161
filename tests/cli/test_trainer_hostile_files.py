"""Issue 17 from outside: a hostile or careless trainee's files against the trail, ``debrief`` and
``debrief collect``.

A trail that is a symbolic link must not carry the CLI's writes out of the sandbox, nor make the
debrief read another file; an exported debrief that lies (a score of 1000, a name that is no text,
hints that are no list) is not counted; a name that a spreadsheet would run as a formula is text
in the CSV; a ``.json`` that is a pipe or ``/dev/zero`` neither hangs nor fills the memory.
"""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rms_wizard.cli.main import run
from rms_wizard.core.common.events import EventKind, OperatorEvent
from rms_wizard.training import trail
from rms_wizard.training.trail import TRAIL_FILE, append_event, read_trail

AT = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        *argv: object) -> tuple[int, str, str]:  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _sandbox(mp: pytest.MonkeyPatch, cap: pytest.CaptureFixture[str], box: Path) -> Path:
    assert cli(mp, cap, "sandbox", "create", "wrong-password", box, "--seed", "3")[0] == 0
    return box


def _record(**fields: object) -> dict[str, object]:
    record: dict[str, object] = {
        "format": 1,
        "scenario": "wrong-password",
        "seed": 3,
        "trainee": "Ann",
        "score": 80,
        "seconds_taken": 60,
        "hints": [],
        "items": [{"id": "backup", "passed": True, "text": "Backed up"}],
    }
    record.update(fields)
    return record


def test_a_trail_linked_elsewhere_is_neither_written_nor_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    box = _sandbox(monkeypatch, capsys, tmp_path / "box")
    victim = tmp_path / "victim.jsonl"
    foreign = OperatorEvent(kind=EventKind.BACKUP_VERIFIED, at=AT, detail={})
    victim.write_text(foreign.model_dump_json() + "\n", encoding="utf-8")
    before = victim.read_bytes()
    (box / TRAIL_FILE).symlink_to(victim)
    with pytest.raises(OSError):
        append_event(box, OperatorEvent(kind=EventKind.DETECTED, at=AT, detail={}))
    assert cli(monkeypatch, capsys, "detect", "--root", box)[0] == 0  # the command still works
    assert victim.read_bytes() == before  # nothing written outside the sandbox
    assert read_trail(box) == []  # and another file's events are not this trainee's


def test_a_trail_that_is_a_pipe_or_huge_does_not_hang_or_fill_the_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    os.mkfifo(tmp_path / TRAIL_FILE)
    assert read_trail(tmp_path) == []  # no writer will ever come: the read must not wait
    with pytest.raises(OSError):
        append_event(tmp_path, OperatorEvent(kind=EventKind.DETECTED, at=AT, detail={}))
    (tmp_path / TRAIL_FILE).unlink()
    line = OperatorEvent(kind=EventKind.DETECTED, at=AT, detail={}).model_dump_json() + "\n"
    (tmp_path / TRAIL_FILE).write_text(line * 10, encoding="utf-8")
    monkeypatch.setattr(trail, "MAX_TRAIL_BYTES", len(line) * 3)
    assert len(read_trail(tmp_path)) == 3


@pytest.mark.parametrize(
    "lie",
    [
        {"score": 1000},
        {"score": -5},
        {"score": True},
        {"trainee": {"name": "x"}},
        {"seed": "=1+1"},
        {"seconds_taken": "@SUM(1)"},
        {"hints": 5},
        {"items": [{"id": 1, "passed": True}]},
        {"items": [{"id": "backup", "passed": "no"}]},
    ],
)
def test_an_exported_debrief_that_lies_is_not_counted(
    lie: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "honest.json").write_text(json.dumps(_record()), encoding="utf-8")
    (tmp_path / "liar.json").write_text(json.dumps(_record(**{"trainee": "Liar", **lie})), "utf-8")
    code, out, err = cli(monkeypatch, capsys, "debrief", "collect", tmp_path, "--json")
    assert code == 0, err
    assert [r["trainee"] for r in json.loads(out)] == ["Ann"]


def test_a_name_a_spreadsheet_would_run_is_text_in_the_csv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    names = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0"]
    for number, name in enumerate(names):
        path = tmp_path / "class" / f"{number}.json"
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(_record(trainee=name)), encoding="utf-8")
    out_csv = tmp_path / "class.csv"
    assert (
        cli(monkeypatch, capsys, "debrief", "collect", tmp_path / "class", "--csv", out_csv)[0] == 0
    )
    rows = list(csv.reader(out_csv.read_text(encoding="utf-8").splitlines()))
    assert sorted(row[0] for row in rows[1:]) == sorted("'" + name for name in names)
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_collect_skips_a_json_that_is_a_pipe_or_a_device(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "honest.json").write_text(json.dumps(_record()), encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.json")
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    code, out, err = cli(monkeypatch, capsys, "debrief", "collect", tmp_path, "--json")
    assert code == 0, err
    assert [r["trainee"] for r in json.loads(out)] == ["Ann"]
