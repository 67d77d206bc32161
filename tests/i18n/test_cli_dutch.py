"""Issue 6, acceptance 3: a Dutch run of the CLI shows no English — labels, argparse, OS errors.

The human-readable output shows translated labels instead of the core's raw values; ``--json``
keeps the raw values (scripts read them). The real CLI runs in a subprocess.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from enginekit import cli_env, error_lines, run_cli
from pydantic import SecretStr

from rms_wizard.core.engine.backup import make_backup
from rms_wizard.core.engine.detect import detect_install

pytestmark = pytest.mark.usefixtures("compiled_catalogues")


def nl(*args: str | Path, log_dir: Path, **env: str) -> tuple[int, str, str]:
    done = run_cli(*args, log_dir=log_dir, env=cli_env(log_dir, RMS_WIZARD_LANG="nl", **env))
    return done.returncode, done.stdout, done.stderr


def words(text: str) -> set[str]:
    return set(re.findall(r"(?<![-\w])[A-Za-z_][A-Za-z0-9_-]*", text))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    """A fresh single-server-v1 sandbox: its root, its key password and a log folder."""
    base = tmp_path_factory.mktemp("cli-nl")
    logs = base / "logs"
    logs.mkdir()
    done = run_cli("sandbox", "create", "single-server-v1", base / "s", "--json", log_dir=logs)
    assert done.returncode == 0, done.stderr
    return base / "s", json.loads(done.stdout)["key_password"], logs


def test_detect_shows_dutch_labels(server: tuple[Path, str, Path]) -> None:
    root, _, logs = server
    code, out, err = nl("detect", "--root", root, log_dir=logs)
    assert code == 0, err
    assert "Installatiestatus: geïnstalleerd" in out
    assert "(Basiscertificeringsserver)" in out
    for label in ("Beheer", "Logboekregistratie", "Onderdelen (geïnstalleerd, versie):"):
        assert label in out
    # Neither the raw values nor the English labels.
    assert not words(out) & {"installed", "root-certification", "admin", "logging", "Yes"}


def test_plan_action_column_is_dutch(server: tuple[Path, str, Path]) -> None:
    root, _, logs = server
    code, out, err = nl("plan", "--root", root, log_dir=logs)
    assert code == 0, err
    rows = [line for line in out.splitlines() if " -> " in line]
    assert rows
    firsts = {row.split()[0] for row in rows}
    assert firsts <= {"Toevoegen", "Vervangen", "Behouden"}, firsts
    assert {"Toevoegen", "Vervangen", "Behouden"} <= firsts
    assert not words(out) & {"add", "replace", "keep", "keep-modified", "Add", "Replace", "Keep"}


def test_plan_json_keeps_the_raw_values(server: tuple[Path, str, Path]) -> None:
    root, _, logs = server
    code, out, err = nl("plan", "--root", root, "--json", log_dir=logs)
    assert code == 0, err
    actions = {a["action"] for a in json.loads(out)["actions"]}
    assert actions <= {"add", "replace", "keep", "keep-modified"} and "add" in actions


def test_scenarios_show_dutch_levels(tmp_path: Path) -> None:
    code, out, err = nl("scenarios", log_dir=tmp_path)
    assert code == 0, err
    assert "Gemiddeld" in out and "Gevorderd" in out
    assert not words(out) & {"beginner", "intermediate", "advanced", "Intermediate", "Advanced"}
    code, out, err = nl("scenarios", "--json", log_dir=tmp_path)
    assert {s["level"] for s in json.loads(out)} == {"beginner", "intermediate", "advanced"}


def test_interop_shows_dutch_labels_and_values(tmp_path: Path) -> None:
    code, out, err = nl("interop", "--server", "SP1", "--clients", "mixed", log_dir=tmp_path)
    assert code == 0, err
    assert out.splitlines() == [
        "Offline-inschrijving                       Ja",
        "Server schrijft zich in via internet       Nee",
        "Zelfactiverende clients                    Alleen SP1-clients",
        "Versie 1.0-clients activeren via internet  Ja",
        "Server-lockbox                             Ja",
    ]
    code, out, err = nl(
        "interop", "--server", "SP1", "--clients", "mixed", "--json", log_dir=tmp_path
    )
    assert json.loads(out)["self_activating_clients"] == "sp1-only"


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["plan"],
            "rms-wizard: onjuist gebruik: de volgende argumenten zijn verplicht: --root",
        ),
        (
            ["interop", "--server", "2.0", "--clients", "v1"],
            "rms-wizard: onjuist gebruik: argument --server: ongeldige keuze: '2.0' "
            "(kies uit '1.0', 'SP1')",
        ),
        (
            ["plan", "--root", "x", "--extra"],
            "rms-wizard: onjuist gebruik: onbekende argumenten: --extra",
        ),
    ],
)
def test_usage_errors_are_fully_dutch(args: list[str], line: str, tmp_path: Path) -> None:
    code, out, err = nl(*args, log_dir=tmp_path)
    assert code == 2 and out == ""
    assert err.splitlines() == [line]


def test_help_is_dutch(tmp_path: Path) -> None:
    code, out, err = nl("plan", "--help", log_dir=tmp_path)
    assert code == 0, err
    assert out.startswith("gebruik: rms-wizard plan ")
    assert "opties:" in out and "deze hulptekst tonen en stoppen" in out
    assert not words(out) & {"usage", "options", "show", "help", "message", "exit"}


def test_disk_full_is_reported_in_dutch(server: tuple[Path, str, Path], tmp_path: Path) -> None:
    _, password, _ = server
    root = tmp_path / "s"
    done = run_cli("sandbox", "create", "single-server-v1", root, log_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    backup = tmp_path / "b"
    make_backup(
        detect_install(root), backup, include_logging_db=False, password=SecretStr(password)
    )
    done = run_cli(
        *("apply", "--root", root, "--backup", backup, "--password-stdin"),
        log_dir=tmp_path,
        stdin=password + "\n",
        env=cli_env(tmp_path, RMS_WIZARD_LANG="nl", RMS_WIZARD_FAULT="disk-full-at-step:2"),
    )
    assert done.returncode == 3, done.stderr
    (line,) = error_lines(done.stderr)
    assert line.endswith(": er is geen ruimte meer op de schijf"), line
    assert "No space left" not in done.stderr and "teruggedraaid" in line
