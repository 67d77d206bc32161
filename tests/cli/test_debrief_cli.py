"""``rms-wizard debrief``: a sandbox scored from the command line, and a class's overview.

The sandboxes are drilled with the CLI itself (its runs write the sandbox trail), by a careful
trainee, a careless one and some in between; the overview's rows must be each sandbox's own
``debrief --json``, and no sandbox password may appear in any output.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from rms_wizard.cli.main import run
from rms_wizard.cli.output import EXIT_BAD_INPUT
from rms_wizard.core.common.paths import SANDBOX_MARKER
from rms_wizard.training.sandbox import get_scenario
from rms_wizard.training.trail import read_trail


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: object,
        stdin: str = "") -> tuple[int, str, str]:  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _drill(mp: pytest.MonkeyPatch, cap: pytest.CaptureFixture[str], base: Path, name: str,
           scenario: str, steps: list[str]) -> Path:  # fmt: skip
    box, backup = base / name, base / f"{name}-backup"
    assert cli(mp, cap, "sandbox", "create", scenario, box)[0] == 0
    password = get_scenario(scenario).key_password
    for step in steps:
        if step == "detect":
            assert cli(mp, cap, "detect", "--root", box)[0] == 0
        elif step == "wrong-password":
            code = cli(mp, cap, "backup", "--root", box, "--to", base / f"{name}-bad",
                       "--password-stdin", stdin="not the password\n")[0]  # fmt: skip
            assert code == EXIT_BAD_INPUT
        elif step == "backup":
            code, _, err = cli(mp, cap, "backup", "--root", box, "--to", backup,
                               "--password-stdin", stdin=password + "\n")  # fmt: skip
            assert code == 0, err
        elif step == "apply":
            code, _, err = cli(mp, cap, "apply", "--root", box, "--backup", backup,
                               "--password-stdin", stdin=password + "\n")  # fmt: skip
            assert code == 0, err
    return box


def _own_json(mp: pytest.MonkeyPatch, cap: pytest.CaptureFixture[str], box: Path) -> dict:  # type: ignore[type-arg]
    code, out, _ = cli(mp, cap, "debrief", box, "--json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def test_cli_runs_in_a_sandbox_leave_a_trail_and_are_scored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    box = _drill(monkeypatch, capsys, tmp_path, "careful", "single-server-v1",
                 ["detect", "wrong-password", "backup", "apply"])  # fmt: skip
    kinds = [event.kind for event in read_trail(box)]
    assert kinds == [
        "detected", "password-wrong", "backup-failed", "password-verified", "backup-made",
        "backup-verified", "apply-started", "apply-done",
    ]  # fmt: skip
    record = _own_json(monkeypatch, capsys, box)
    marker = json.loads((box / SANDBOX_MARKER).read_text(encoding="utf-8"))
    assert isinstance(marker["seed"], int)
    assert (record["scenario"], record["seed"], record["trainee"]) == (
        "single-server-v1",
        marker["seed"],
        None,
    )
    assert record["score"] == 100
    assert {item["id"]: item["passed"] for item in record["items"]} == {
        "backup": True, "backup-verified": True, "password": True, "final-state": True,
    }  # fmt: skip
    assert all(item["text"] for item in record["items"])
    code, out, _ = cli(monkeypatch, capsys, "debrief", box)
    assert code == 0 and "4 of 4" in out and "(100%)" in out


def test_a_class_overview_matches_each_sandbox_s_own_debrief(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    mp, cap = monkeypatch, capsys
    room_a, room_b = tmp_path / "a", tmp_path / "b"
    room_a.mkdir(), room_b.mkdir()
    boxes = [
        _drill(mp, cap, room_a, "perfect", "single-server-v1", ["detect", "backup", "apply"]),
        _drill(mp, cap, room_a, "idle", "single-server-v1", []),
        _drill(mp, cap, room_a, "no-update", "single-server-v1", ["backup"]),
        _drill(mp, cap, room_b, "reckless", "single-server-v1", ["wrong-password"]),
        _drill(mp, cap, room_b, "sp1", "already-sp1", ["detect"]),
    ]
    own = [_own_json(mp, cap, box) for box in boxes]
    assert [r["score"] for r in own[:4]] == [100, 0, 75, 0]
    # one of them handed in as an exported debrief instead of its folder
    exported = tmp_path / "handed-in"
    exported.mkdir()
    (exported / "idle.json").write_text(json.dumps(own[1]), encoding="utf-8")
    csv_file, html_file = tmp_path / "class.csv", tmp_path / "class.html"
    code, _, err = cli(mp, cap, "debrief", "collect", room_a, room_b, exported,
                       "--csv", csv_file, "--html", html_file)  # fmt: skip
    assert code == 0, err
    rows = list(csv.DictReader(csv_file.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 6
    expected = [*own, own[1]]
    for row, record in zip(
        sorted(rows, key=lambda r: (r["scenario"], r["score"], r["backup"])),
        sorted(expected, key=lambda r: (r["scenario"], str(r["score"]), _state(r, "backup"))),
        strict=True,
    ):
        assert row["scenario"] == record["scenario"] and row["score"] == str(record["score"])
        assert row["trainee"] == "" and row["seed"] == str(record["seed"]) and row["hints"] == "0"
        for item in record["items"]:
            assert row[item["id"]] == ("passed" if item["passed"] else "failed")
    page = html_file.read_text(encoding="utf-8")
    assert page.count("<tr>") == 7 and 'class="teach"' in page
    # the item columns are headed by the items' titles (the id stays as the hover title)
    assert 'title="backup-verified">Verified the backup (' in page
    code, _, err = cli(mp, cap, "--lang", "nl", "debrief", "collect", room_a, "--html", html_file)
    assert code == 0, err
    assert 'title="backup-verified">De back-up gecontroleerd (' in html_file.read_text("utf-8")
    for secret in {get_scenario(s).key_password for s in ("single-server-v1", "already-sp1")}:
        for text in (page, csv_file.read_text(encoding="utf-8"), json.dumps(own)):
            assert secret not in text


def _state(record: dict, item_id: str) -> str:  # type: ignore[type-arg]
    item = next((i for i in record["items"] if i["id"] == item_id), None)
    return "" if item is None else ("passed" if item["passed"] else "failed")


def test_bad_folders_are_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ["debrief", tmp_path / "missing"],
        ["debrief", tmp_path],  # a folder that is no sandbox
        ["debrief", "collect", tmp_path],  # nothing to collect
        ["debrief", "collect"],
        ["debrief", tmp_path, tmp_path],
    ):
        code, out, err = cli(monkeypatch, capsys, *argv)
        assert code == EXIT_BAD_INPUT, argv
        assert out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err
