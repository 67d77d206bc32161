"""Issue 16, acceptance 2: ``rms-wizard answers check`` on bad answer files -- exit 2, one line
naming the field and what is wrong, in English and in Dutch, and nothing changed. And the good
ones: the printed example passes the check, the schema is the model's.

The CLI runs in-process here (``rms_wizard.cli.main.run``, the very function ``python -m rms_wizard``
calls): twenty runs in a subprocess each would cost more than every other test of this issue.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from enginekit import snapshot

from rms_wizard.cli.main import run
from rms_wizard.core.fleet.answers import SCHEMA_ID, AnswerFile


def fields(**values: object) -> str:
    """An answer file's text: the right schema line and ``values``."""
    return json.dumps({"schema": SCHEMA_ID, **values})


UPDATE = {"operation": "update", "backup_dir": "b"}

#: (name, file content, the field the line must name, English words, Dutch words)
BAD_FILES = [
    ("not-json", '{"schema": ', None, "not valid JSON (line 1", "geen geldige JSON (regel 1"),
    ("not-an-object", "[1, 2]", None, "not a JSON object", "geen JSON-object"),
    ("wrong-schema", '{"schema": "rms-wizard-answers/2", "operation": "update"}', "schema",
     'must be one of: "rms-wizard-answers/1"', 'moet een van deze waarden zijn: "rms-wizard'),
    ("unknown-key", fields(**UPDATE, colour=1),
     "colour", "is not a field of an answer file", "is geen veld van een antwoordbestand"),
    ("a-password", fields(**UPDATE, password="x"),
     "password", "never holds the password", "bevat nooit het wachtwoord"),
    ("unknown-operation", fields(operation="upgrade"), "operation",
     '"update", "remove"', 'moet een van deze waarden zijn: "update", "remove"'),
    ("wrong-type", fields(**UPDATE, include_logging_db="yes"),
     "include_logging_db", "must be true or false", "moet true of false zijn"),
    ("update-without-backup", fields(operation="update"), "backup_dir",
     "needs a backup folder", "heeft een map voor de back-up nodig"),
    ("restore-without-folder", fields(operation="remove", config_db="restore"),
     "restore_from", "needs the backup folder", "is de map van de back-up nodig"),
    ("unknown-placeholder", fields(operation="update", backup_dir="b/{host}-{time}"),
     "backup_dir", "unknown placeholder {host}", "onbekende plaatshouder {host}"),
    ("statistics-without-logging-db", fields(**UPDATE, import_statistics=True),
     "import_statistics", "needs include_logging_db", "vereist include_logging_db"),
]  # fmt: skip


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("RMS_WIZARD_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("RMS_WIZARD_FAULT", raising=False)
    yield
    from rms_wizard.i18n import install_translators

    install_translators("en")


def check(capsys: pytest.CaptureFixture[str], language: str, path: Path) -> tuple[int, str, str]:
    code = run(["--lang", language, "answers", "check", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.usefixtures("cli")
def test_bad_answer_files_are_refused_with_one_translated_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "answers"
    folder.mkdir()
    for name, text, *_ in BAD_FILES:
        (folder / f"{name}.json").write_text(text, encoding="utf-8")
    before = snapshot(folder)
    assert len(BAD_FILES) >= 10
    for name, _text, field, english, dutch in BAD_FILES:
        lines = {}
        for language, words in (("en", english), ("nl", dutch)):
            code, out, err = check(capsys, language, folder / f"{name}.json")
            assert code == 2, (name, language, out, err)
            assert out == "", (name, out)
            assert len(err.splitlines()) == 1, (name, err)
            line = err.strip()
            assert line.startswith("rms-wizard: ") and "Traceback" not in line
            assert words in line, (name, language, line)
            if field is not None:
                assert f" {field}:" in line, (name, line)
            lines[language] = line
        # the Dutch line is a translation, not the English one again
        assert lines["en"] != lines["nl"], name
        assert ("Answer file" in lines["en"]) == ("Antwoordbestand" in lines["nl"]), lines
    assert snapshot(folder) == before  # a check reads only


@pytest.mark.usefixtures("cli")
def test_a_missing_file_is_one_line_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = check(capsys, "nl", tmp_path / "absent.json")
    assert code == 2
    assert err.strip() == (
        f"rms-wizard: Het antwoordbestand {tmp_path / 'absent.json'} kan niet worden gelezen: "
        "het bestand of de map bestaat niet"
    )


@pytest.mark.usefixtures("cli")
def test_the_example_passes_the_check_and_explains_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for language, word in (("en", "The password is never written here"), ("nl", "wachtwoord")):
        assert run(["--lang", language, "answers", "example"]) == 0
        text = capsys.readouterr().out
        example = json.loads(text)
        assert example["schema"] == SCHEMA_ID and example["operation"] == "update"
        assert word in example["$comment"]
        path = tmp_path / f"example-{language}.json"
        path.write_text(text, encoding="utf-8")
        code, out, err = check(capsys, language, path)
        assert code == 0, err
        assert path.name in out


@pytest.mark.usefixtures("cli")
def test_the_schema_is_the_models(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["answers", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema == AnswerFile.model_json_schema(by_alias=True)
    assert schema["additionalProperties"] is False  # unknown keys are errors
    assert set(schema["properties"]) == {
        "$comment", "schema", "operation", "root", "backup_dir", "include_logging_db",
        "import_statistics", "config_db", "restore_from", "use_keyring", "language",
    }  # fmt: skip
    assert not any("password" in key for key in schema["properties"])
