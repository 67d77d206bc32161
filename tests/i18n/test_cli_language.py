"""The CLI speaks the language of ``--lang``: its output, the core's messages and its errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from i18n_catalogue import ROOT


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    # Keep the setup log and settings out of the real home; no language from the environment.
    env.update(
        HOME=str(home), XDG_STATE_HOME=str(home / "state"), XDG_CONFIG_HOME=str(home / "cfg")
    )
    env.pop("RMS_WIZARD_LANG", None)
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    return subprocess.run(
        [sys.executable, "-m", "rms_wizard", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("cli-lang")
    home = base / "home"
    home.mkdir()
    done = _cli("sandbox", "create", "single-server-v1", str(base / "s"), home=home)
    assert done.returncode == 0, done.stderr
    return base / "s", home


@pytest.mark.usefixtures("compiled_catalogues")
def test_plan_prints_dutch_with_lang_nl(server: tuple[Path, Path]) -> None:
    root, home = server
    done = _cli("--lang", "nl", "plan", "--root", str(root), home=home)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    # The core's reasons, translated through the catalogue (a 1.0 server: files are replaced).
    assert "De geïnstalleerde versie" in out
    assert "van SP1." in out
    assert "Nieuw in SP1." in out
    assert "logboekdatabase" in out
    # ... and not their English sources.
    assert "is lower than SP1's" not in out
    assert "New in SP1." not in out


@pytest.mark.usefixtures("compiled_catalogues")
def test_plan_prints_english_with_lang_en(server: tuple[Path, Path]) -> None:
    root, home = server
    done = _cli("--lang", "en", "plan", "--root", str(root), home=home)
    assert done.returncode == 0, done.stderr
    assert "New in SP1." in done.stdout
    assert "De geïnstalleerde versie" not in done.stdout


@pytest.mark.usefixtures("compiled_catalogues")
def test_detect_prints_dutch_labels(server: tuple[Path, Path]) -> None:
    root, home = server
    done = _cli("--lang", "nl", "detect", "--root", str(root), home=home)
    assert done.returncode == 0, done.stderr
    assert "RMS-versie: 1.0" in done.stdout
    assert "Bestanden: " in done.stdout
    assert "Files: " not in done.stdout


@pytest.mark.usefixtures("compiled_catalogues")
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nl", "rms-wizard: De map /nonexistent bestaat niet."),
        ("en", "rms-wizard: The folder /nonexistent does not exist."),
    ],
)
def test_errors_are_one_line_in_the_chosen_language(lang: str, line: str, tmp_path: Path) -> None:
    done = _cli("--lang", lang, "detect", "--root", "/nonexistent", home=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [line]
    assert done.stdout == ""


@pytest.mark.usefixtures("compiled_catalogues")
def test_usage_error_prefix_is_dutch(tmp_path: Path) -> None:
    done = _cli("--lang", "nl", "detect", home=tmp_path)
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("rms-wizard: onjuist gebruik: ")
