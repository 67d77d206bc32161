"""Issue 17, scenario authoring and variables: a trainer's own scenario files.

Acceptance 1 (its CLI half): the worked example of ``docs/scenarios.md`` -- read from the page, so
the page cannot drift -- passes ``scenario check`` and is listed, marked, by ``scenarios``.
Acceptance 2: ten broken scenario files -- exit 2, one translated line each naming the field, in
English and Dutch, and nothing changed. Acceptance 3: two runs without a seed draw other values,
the same seed builds the same sandbox, and the debrief of each is right for its own values.

The CLI runs in-process (``rms_wizard.cli.main.run``, what ``python -m rms_wizard`` calls).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from enginekit import snapshot

from rms_wizard.cli.main import run
from rms_wizard.training.scenario_library import use_trainer_folder

DOC = Path(__file__).resolve().parents[2] / "docs" / "scenarios.md"


def worked_example() -> dict[str, Any]:
    """The first JSON block of docs/scenarios.md: the worked example."""
    found = re.search(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert found is not None
    data: dict[str, Any] = json.loads(found.group(1))
    return data


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("RMS_WIZARD_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("RMS_WIZARD_FAULT", raising=False)
    monkeypatch.delenv("RMS_WIZARD_SCENARIOS", raising=False)
    yield
    use_trainer_folder(None)
    from rms_wizard.i18n import install_translators

    install_translators("en")


def call(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(folder: Path, data: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{data['id']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.mark.usefixtures("cli")
def test_the_worked_example_passes_the_check_and_is_listed_as_the_trainers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "training", worked_example())
    code, out, err = call(capsys, "scenario", "check", str(path))
    assert (code, err) == (0, "")
    assert out.strip() == (
        f"The scenario file {path} is valid: busy-licensing-server "
        "(Drill: a busy licensing server runs out of disk)."
    )
    code, out, _ = call(capsys, "--scenarios", str(path.parent), "scenarios", "--json")
    listed = {s["id"]: s["trainer"] for s in json.loads(out)}
    assert code == 0 and listed.pop("busy-licensing-server") is True
    assert listed and not any(listed.values())  # ours are all there, none marked
    code, out, _ = call(capsys, "--lang", "nl", "--scenarios", str(path.parent), "scenarios")
    line = next(x for x in out.splitlines() if x.startswith("busy-licensing-server"))
    assert line.endswith("(van de trainer)")
    assert not any(x.endswith("(van de trainer)") for x in out.splitlines() if x != line)
    code, out, _ = call(capsys, "scenario", "schema")
    assert code == 0 and "variables" in json.loads(out)["properties"]


@pytest.mark.usefixtures("cli")
def test_a_trainer_scenario_with_one_of_our_ids_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "training", worked_example() | {"id": "disk-full"})
    code, out, err = call(capsys, "--scenarios", str(path.parent), "scenarios")
    assert (code, out) == (2, "")
    assert err == (
        f"rms-wizard: The trainer scenario {path} has the id disk-full, which another scenario "
        "already has: give it an id of its own.\n"
    )


def broken(**changes: Any) -> dict[str, Any]:
    data = worked_example()
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is KeyError:
            del target[last if not last.isdigit() else int(last)]
        else:
            target[int(last) if last.isdigit() else last] = value
    return data


#: (name, the broken scenario, the field the line must name, English words, Dutch words)
BROKEN = [
    ("dutch-goal-missing", broken(goals__1__nl=KeyError), "goals.1.nl",
     "this field is missing", "dit veld ontbreekt"),
    ("english-title-blank", broken(title__en="  "), "title.en",
     "the text is empty", "de tekst is leeg"),
    ("unknown-field", broken(colour="red"), "colour",
     "this field is not part of a scenario", "dit veld hoort niet bij een scenario"),
    ("bad-level", broken(level="expert"), "level",
     "not one of the allowed values", "niet een van de toegestane waarden"),
    ("bad-server-name", broken(variables__server={"pattern": "a server name far too long"}),
     "server.name", "does not have the required form", "heeft niet de vereiste vorm"),
    ("undeclared-variable", broken(briefing__nl="Wachtwoord: ${wachtwoord}"), "briefing.nl",
     "the variable wachtwoord is not declared", "de variabele wachtwoord is niet gedeclareerd"),
    ("goal-without-item", broken(goals__0__item=KeyError), "goals.0.item",
     "this field is missing", "dit veld ontbreekt"),
    ("unknown-item", broken(goals__2__item="admin-happy"), "goals.2.item",
     "there is no debrief item admin-happy", "er is geen nabesprekingspunt admin-happy"),
    ("item-that-does-not-apply", broken(keep_statistics=False), "goals.1.item",
     "the debrief item logging-db does not apply", "het nabesprekingspunt logging-db geldt niet"),
    ("file-not-installed", broken(variables__file={"choices": ["_wmcs/web.config", "bin/x.dll"]}),
     "server.modified_files.0.path", "the install has no file bin/x.dll",
     "de installatie heeft geen bestand bin/x.dll"),
    ("variable-without-source", broken(variables__step={}), "variables.step",
     "the combination of fields is not allowed", "deze combinatie van velden is niet toegestaan"),
    ("bad-duration", broken(duration_minutes=0), "duration_minutes",
     "the number is too small", "het getal is te klein"),
]  # fmt: skip


@pytest.mark.usefixtures("cli")
def test_broken_scenarios_are_refused_with_one_translated_line_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "broken"
    paths = {}
    for name, data, *_ in BROKEN:
        paths[name] = write(folder / name, data)
    before = snapshot(folder)
    assert len(BROKEN) >= 10
    for name, _data, field, english, dutch in BROKEN:
        for language, words, lead in (
            ("en", english, "is not valid"),
            ("nl", dutch, "is ongeldig"),
        ):
            code, out, err = call(capsys, "--lang", language, "scenario", "check", str(paths[name]))
            assert (code, out) == (2, ""), (name, language, out, err)
            assert err.count("\n") == 1 and err.endswith("\n"), (name, err)
            assert f"{paths[name]} {lead}: {field}: " in err, (name, language, err)
            assert words in err, (name, language, err)
            assert "Traceback" not in err
    assert snapshot(folder) == before  # the check changed nothing
    assert not list(Path(tempfile.gettempdir()).glob("rms-scenario-check-*"))  # its dry builds gone


# ---------------------------------------------------------------------------- variables (acc. 3)


@pytest.fixture
def trainer_folder(cli: None, tmp_path: Path) -> Path:
    folder = tmp_path / "training"
    write(folder, worked_example())
    use_trainer_folder(folder)
    return folder


def contents(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, but the private key's: its encryption is salted on purpose."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "ServerPrivateKey.pem"
    }


def key_file(folder: Path) -> Path:
    return folder / "drive_c" / "RMSData" / "ServerPrivateKey.pem"


@pytest.mark.usefixtures("trainer_folder")
def test_runs_without_a_seed_draw_other_values_and_the_same_seed_the_same_sandbox(
    tmp_path: Path,
) -> None:
    from rms_wizard.core.common.messages import BadInputError
    from rms_wizard.core.keys.private_key import verify_private_key_password
    from rms_wizard.training.sandbox import create_sandbox, sandbox_scenario

    anna = create_sandbox("busy-licensing-server", tmp_path / "anna")
    bram = create_sandbox("busy-licensing-server", tmp_path / "bram")
    assert anna.key_password != bram.key_password
    assert anna.server is not None and bram.server is not None
    assert anna.server.name != bram.server.name
    for folder, scenario in ((tmp_path / "anna", anna), (tmp_path / "bram", bram)):
        marker = json.loads((folder / ".rms-sandbox.json").read_text(encoding="utf-8"))
        assert marker["seed"] == scenario.seed and marker["scenario"] == scenario.id
        assert sandbox_scenario(folder) == scenario  # the values come back from the seed
        verify_private_key_password(key_file(folder), scenario.password())
        for path in folder.rglob("*"):  # the drawn password is in no file of the sandbox
            assert not path.is_file() or scenario.key_password.encode() not in path.read_bytes()
        assert scenario.key_password in scenario.briefing.en  # how the trainee learns it
    with pytest.raises(BadInputError):
        verify_private_key_password(key_file(tmp_path / "anna"), bram.password())

    first = create_sandbox("busy-licensing-server", tmp_path / "first", seed=1207)
    again = create_sandbox("busy-licensing-server", tmp_path / "again", seed=1207)
    assert first == again and first.seed == 1207
    assert contents(tmp_path / "first") == contents(tmp_path / "again")
    verify_private_key_password(key_file(tmp_path / "again"), first.password())


@pytest.mark.usefixtures("cli")
def test_sandbox_create_takes_the_seed_and_reset_keeps_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "training"
    write(folder, worked_example())
    sandbox = tmp_path / "sandbox"
    argv = ["--scenarios", str(folder), "sandbox", "create", "busy-licensing-server"]
    code, out, err = call(capsys, *argv, str(sandbox), "--seed", "31", "--json")
    assert (code, err) == (0, ""), err
    created = json.loads(out)
    code, out, err = call(capsys, *argv, str(tmp_path / "twin"), "--seed", "31", "--json")
    assert json.loads(out)["key_password"] == created["key_password"]
    use_trainer_folder(None)  # reset finds the trainer's file from the marker alone
    code, out, err = call(capsys, "sandbox", "reset", str(sandbox), "--json")
    assert (code, err) == (0, ""), err
    assert json.loads(out)["key_password"] == created["key_password"]
    assert json.loads((sandbox / ".rms-sandbox.json").read_text(encoding="utf-8"))["seed"] == 31


def _perfect_run(folder: Path) -> list[Any]:
    """What a perfect trainee does in the sandbox, with the core: back up (with the logging
    database) using the sandbox's own password, the update fails at the drawn step and is rolled
    back, the second update goes through. Returns the operator's events."""
    from datetime import UTC, datetime, timedelta

    from rms_wizard.core.common.events import EventKind, OperatorEvent
    from rms_wizard.core.common.messages import OperationFailedError
    from rms_wizard.core.engine.apply import apply_update
    from rms_wizard.core.engine.backup import make_backup
    from rms_wizard.core.engine.detect import detect_install
    from rms_wizard.core.engine.fault_plan import FaultPlan
    from rms_wizard.training.sandbox import sandbox_scenario

    scenario = sandbox_scenario(folder)
    assert scenario.drill is not None
    backup = folder.parent / f"{folder.name}-backup"
    make_backup(
        detect_install(folder), backup, include_logging_db=True, password=scenario.password()
    )
    with pytest.raises(OperationFailedError):
        apply_update(
            folder, backup_dir=backup, password=scenario.password(),
            faults=FaultPlan(scenario.drill.fault),
        )  # fmt: skip
    apply_update(folder, backup_dir=backup, password=scenario.password(), faults=FaultPlan(None))
    start = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    kinds = [
        (EventKind.DETECTED, {}),
        (EventKind.PASSWORD_VERIFIED, {}),
        (EventKind.BACKUP_MADE, {"folder": str(backup), "logging_db": "yes"}),
        (EventKind.BACKUP_VERIFIED, {}),
        (EventKind.LOGGING_DB_BACKED_UP, {}),
        (EventKind.APPLY_STARTED, {}),
        (EventKind.APPLY_FAILED, {"reason": "disk-full"}),
        (EventKind.APPLY_STARTED, {}),
        (EventKind.APPLY_DONE, {}),
    ]
    return [
        OperatorEvent(kind=kind, at=start + timedelta(seconds=i), detail=detail)
        for i, (kind, detail) in enumerate(kinds)
    ]


@pytest.mark.usefixtures("trainer_folder")
def test_the_debrief_of_each_run_is_right_for_its_own_values(tmp_path: Path) -> None:
    from rms_wizard.training.debrief_rules import build_debrief
    from rms_wizard.training.sandbox import create_sandbox, get_scenario

    def drawn(seed: int) -> tuple[str, str]:
        scenario = get_scenario("busy-licensing-server", seed)
        assert scenario.server is not None and scenario.drill is not None
        return scenario.server.modified_files[0].path, str(scenario.drill.fault)

    # Two trainees whose runs differ in the changed file and the drill's step.
    seed_a = 0
    first = drawn(seed_a)
    seed_b = next(
        s for s in range(1, 200) if all(x != y for x, y in zip(drawn(s), first, strict=True))
    )
    runs = {}
    for name, seed in (("anna", seed_a), ("bram", seed_b)):
        scenario = create_sandbox("busy-licensing-server", tmp_path / name, seed)
        runs[name] = scenario, _perfect_run(tmp_path / name)
    for name, (scenario, events) in runs.items():
        debrief = build_debrief(scenario, events, tmp_path / name)
        assert debrief.percent == 100, {i.id: i.passed for i in debrief.items}
        assert {i.id for i in debrief.items} >= {g.item for g in scenario.goals}
    # Scored against the other run's values, the admin's change is looked for in the wrong file.
    anna_events = runs["anna"][1]
    bram = runs["bram"][0]
    crossed = build_debrief(bram, anna_events, tmp_path / "anna")
    assert crossed.item("user-changes") is not None
    assert not crossed.item("user-changes").passed  # type: ignore[union-attr]


@pytest.mark.usefixtures("cli")
def test_files_that_are_no_json_object_are_one_translated_line_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = {
        "deep.json": ("[" * 100_000 + "]" * 100_000, "it is nested too deeply", "te diep genest"),
        "latin.json": (b"\xff\xfe{}", "it is not UTF-8 text", "geen UTF-8-tekst"),
        "cut.json": ('{"id": ', "not valid JSON (line 1, column 8)", "geen geldige JSON (regel 1"),
        "list.json": ("[1]", "(scenario): an object is needed here", "hier is een object nodig"),
    }
    for name, (content, english, dutch) in cases.items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        for language, words in (("en", english), ("nl", dutch)):
            code, out, err = call(capsys, "--lang", language, "scenario", "check", str(path))
            assert (code, out) == (2, "") and err.count("\n") == 1, (name, err)
            assert words in err, (name, language, err)


@pytest.mark.usefixtures("cli")
def test_every_scenario_we_ship_passes_the_check(capsys: pytest.CaptureFixture[str]) -> None:
    """Ours are the first examples a trainer copies: each goal names its debrief item."""
    from rms_wizard.training.scenario_library import shipped_folder

    for path in sorted(shipped_folder().glob("*.json")):
        code, _out, err = call(capsys, "scenario", "check", str(path))
        assert (code, err) == (0, ""), err
