"""Answer files: the choices of one wizard run, recorded as JSON and replayed on other servers.

Inno Setup's ``/SAVEINF`` + ``/LOADINF`` for rms-wizard. An :class:`AnswerFile` holds what the
admin chose -- the operation, where the backup goes, the logging database, the configuration
database on removal, the keyring, the language -- and **never the password** (it comes from
standard input or the keyring when the file is replayed).

Paths may hold two placeholders, filled in when the file is used on a server: ``{server}`` (the
server's name, as detection finds it) and ``{time}`` (the local time, ``YYYYmmdd-HHMMSS``). A
relative path is relative to the server's root folder, so one file fits every server.

Every problem is an :class:`AnswerFileError`: one translatable line naming the field and what is
wrong with it (unknown keys are errors, not ignored).
"""

from __future__ import annotations

import contextlib
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..common.atomic import write_atomic
from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, msg, os_error_message

SCHEMA_ID = "rms-wizard-answers/1"
PLACEHOLDERS = ("server", "time")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


class AnswerFileError(BadInputError):
    """The answer file cannot be used: which field, and why (nothing was changed)."""


class AnswerFile(BaseModel):
    """One run's choices. Field names are the JSON keys (``schema`` and ``$comment`` by alias)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    comment: str | list[str] | None = Field(
        default=None, alias="$comment", description="Free text for people; ignored."
    )
    schema_id: Literal["rms-wizard-answers/1"] = Field(
        alias="schema", description="The answer-file format and its version."
    )
    operation: Literal["update", "remove"] = Field(
        description="update: RMS 1.0 to SP1; remove: SP1 back to RMS 1.0."
    )
    root: str | None = Field(
        default=None,
        description="The server folder the run was recorded on; replay --root overrides it.",
    )
    backup_dir: str | None = Field(
        default=None,
        description="update: the new backup's folder (absent or empty); {server} and {time} "
        "allowed; relative to the server's root.",
    )
    include_logging_db: bool = Field(
        default=False, description="update: back up the logging database too."
    )
    import_statistics: bool = Field(
        default=False,
        description="update: copy the past statistics back from the backed-up logging database "
        "(needs include_logging_db).",
    )
    config_db: Literal["restore", "keep"] | None = Field(
        default=None,
        description="remove: restore the configuration database from restore_from, or keep SP1's.",
    )
    restore_from: str | None = Field(
        default=None,
        description="remove with restore: the backup made before SP1; {server} and {time} "
        "allowed; relative to the server's root.",
    )
    use_keyring: bool = Field(
        default=False,
        description="Keep the private-key password in the operating system's keyring.",
    )
    language: Literal["en", "nl"] | None = Field(
        default=None, description="The language of the messages (en or nl)."
    )

    def dump_json(self) -> str:
        data = self.model_dump(mode="json", by_alias=True, exclude_none=True)
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# ----------------------------------------------------------------------------- problems


def _problem(field: str, reason: Message) -> AnswerFileError:
    return AnswerFileError(
        msg(QT_TRANSLATE_NOOP("core", "Answer file, field %1: %2"), field, reason)
    )


def consistency_problem(answers: AnswerFile) -> AnswerFileError | None:
    """The first field that does not fit the others (each field alone is valid already)."""
    update = answers.operation == "update"
    for_update = ("backup_dir", "include_logging_db", "import_statistics")
    for_remove = ("config_db", "restore_from")
    if update and answers.backup_dir is None:
        return _problem(
            "backup_dir", msg(QT_TRANSLATE_NOOP("core", "an update needs a backup folder"))
        )
    if not update and answers.config_db is None:
        return _problem(
            "config_db",
            msg(QT_TRANSLATE_NOOP("core", "a removal needs the choice restore or keep")),
        )
    for name in for_remove if update else for_update:
        value = getattr(answers, name)
        if value not in (None, False):
            reason = (
                QT_TRANSLATE_NOOP("core", "only for a removal, not for an update")
                if update
                else QT_TRANSLATE_NOOP("core", "only for an update, not for a removal")
            )
            return _problem(name, msg(reason))
    if answers.import_statistics and not answers.include_logging_db:
        return _problem(
            "import_statistics",
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "needs include_logging_db: true (the statistics come from that backup)"
                )
            ),
        )
    if answers.config_db == "restore" and not answers.restore_from:
        return _problem(
            "restore_from",
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "restoring the configuration database needs the backup folder"
                )
            ),
        )
    if answers.config_db == "keep" and answers.restore_from is not None:
        return _problem(
            "restore_from",
            msg(QT_TRANSLATE_NOOP("core", "only with config_db: restore")),
        )
    for name in ("backup_dir", "restore_from"):
        template = getattr(answers, name)
        if template is not None:
            problem = placeholder_problem(template)
            if problem is not None:
                return _problem(name, problem)
    return None


def placeholder_problem(template: str) -> Message | None:
    """What is wrong with the placeholders of a path (None: nothing)."""
    if not template.strip():
        return msg(QT_TRANSLATE_NOOP("core", "the path is empty"))
    for name in _PLACEHOLDER.findall(template):
        if name not in PLACEHOLDERS:
            return msg(
                QT_TRANSLATE_NOOP("core", "unknown placeholder {%1} (known: {server}, {time})"),
                name,
            )
    if "{" in _PLACEHOLDER.sub("", template) or "}" in _PLACEHOLDER.sub("", template):
        return msg(QT_TRANSLATE_NOOP("core", "a brace { or } without its pair"))
    return None


def _validation_problem(error: ValidationError) -> AnswerFileError:
    """The first pydantic error as one translatable line (pydantic's own texts are English)."""
    first = error.errors()[0]
    kind = str(first["type"])
    location = ".".join(str(part) for part in first["loc"]) or "-"
    if kind == "extra_forbidden" and location.lower() in ("password", "key_password", "secret"):
        return _problem(
            location,
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "an answer file never holds the password: give it with --password-stdin or "
                    "--password-from-keyring",
                )
            ),
        )
    if kind == "model_type" or kind == "dict_type":
        return AnswerFileError(
            msg(QT_TRANSLATE_NOOP("core", "The answer file is not a JSON object."))
        )
    reasons = {
        "missing": QT_TRANSLATE_NOOP("core", "is missing"),
        "extra_forbidden": QT_TRANSLATE_NOOP("core", "is not a field of an answer file"),
        "bool_type": QT_TRANSLATE_NOOP("core", "must be true or false"),
        "bool_parsing": QT_TRANSLATE_NOOP("core", "must be true or false"),
        "string_type": QT_TRANSLATE_NOOP("core", "must be a text"),
    }
    if kind == "literal_error":
        return _problem(
            location, msg(QT_TRANSLATE_NOOP("core", "must be one of: %1"), _allowed(location))
        )
    text = reasons.get(kind)
    if text is None:
        return _problem(location, msg(QT_TRANSLATE_NOOP("core", "has a value of the wrong kind")))
    return _problem(location, msg(text))


def _allowed(key: str) -> str:
    """The values a choice field allows, as the file spells them (``"update", "remove"``)."""
    for name, info in AnswerFile.model_fields.items():
        if key in (name, info.alias):
            values = [v for arg in get_args(info.annotation) for v in get_args(arg) or (arg,)]
            return ", ".join(json.dumps(v) for v in values if isinstance(v, str))
    return ""


def parse_answers(text: str) -> AnswerFile:
    """An answer file from its JSON text; raises :class:`AnswerFileError`."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnswerFileError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "The answer file is not valid JSON (line %1, column %2)."
                ),
                exc.lineno,
                exc.colno,
            )
        ) from None
    if not isinstance(data, dict):
        raise AnswerFileError(
            msg(QT_TRANSLATE_NOOP("core", "The answer file is not a JSON object."))
        )
    try:
        answers = AnswerFile.model_validate(data, strict=True)
    except ValidationError as exc:
        raise _validation_problem(exc) from None
    problem = consistency_problem(answers)
    if problem is not None:
        raise problem
    return answers


def load_answers(path: Path) -> AnswerFile:
    """Read and check an answer file; raises :class:`AnswerFileError` (one line)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = (
            os_error_message(exc)
            if isinstance(exc, OSError)
            else msg(QT_TRANSLATE_NOOP("core", "it is not UTF-8 text"))
        )
        raise AnswerFileError(
            msg(QT_TRANSLATE_NOOP("core", "The answer file %1 cannot be read: %2"), path, reason)
        ) from None
    return parse_answers(text)


def save_answers(path: Path, answers: AnswerFile) -> None:
    """Write ``answers`` to ``path`` atomically (checked first: a file that would not load is
    never written). Raises :class:`AnswerFileError` when it cannot be written."""
    problem = consistency_problem(answers)
    if problem is not None:
        raise problem
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, answers.dump_json())
    except OSError as exc:
        raise AnswerFileError(
            msg(
                QT_TRANSLATE_NOOP("core", "The answer file %1 cannot be written: %2"),
                path,
                os_error_message(exc),
            )
        ) from None


# ----------------------------------------------------------------------------- placeholders


def time_stamp(now: datetime | None = None) -> str:
    """The ``{time}`` placeholder: local time as ``YYYYmmdd-HHMMSS``."""
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S")


def resolve_path(
    field: str, template: str, *, root: Path, server: str, now: datetime | None = None
) -> Path:
    """The path ``template`` names on the server at ``root``: placeholders filled in, a relative
    path under ``root``. Raises :class:`AnswerFileError` when a placeholder cannot be filled."""
    problem = placeholder_problem(template)
    if problem is not None:
        raise _problem(field, problem)
    safe_server = re.sub(r"[\\/:*?\"<>|\s]", "_", server.strip())
    if "{server}" in template and not safe_server:
        raise _problem(
            field,
            msg(QT_TRANSLATE_NOOP("core", "{server} cannot be filled in: the server has no name")),
        )
    values = {"server": safe_server, "time": time_stamp(now)}
    path = Path(_PLACEHOLDER.sub(lambda m: values[m.group(1)], template)).expanduser()
    return path if path.is_absolute() else root / path


_STAMP = re.compile(r"\d{8}-\d{6}")


def as_template(path: Path, *, root: Path | None, server: str) -> str:
    """A folder chosen in the wizard as an answer-file path: relative to ``root`` when inside it,
    and the time stamp and server name of its last part as ``{time}`` and ``{server}`` -- so the
    same file fits the next server, and the next run on it."""
    text = str(path)
    if root is not None:
        with contextlib.suppress(OSError, ValueError):  # outside the root: kept as it is
            text = path.resolve().relative_to(root.resolve()).as_posix()
    head, sep, last = text.rpartition("/")
    last = _STAMP.sub("{time}", last)
    if server and server in last:
        last = last.replace(server, "{server}")
    return head + sep + last


def example_answers(comment: str) -> AnswerFile:
    """The example ``rms-wizard answers example`` prints (``comment``: translated by the caller)."""
    return AnswerFile(
        comment=comment,
        schema_id=SCHEMA_ID,
        operation="update",
        backup_dir="backups/pre-sp1-{server}-{time}",
        include_logging_db=True,
        import_statistics=True,
        use_keyring=False,
        language="en",
    )


EXAMPLE_COMMENT = QT_TRANSLATE_NOOP(
    "core",
    "rms-wizard answer file. operation: update (RMS 1.0 to SP1) or remove (SP1 back to 1.0). "
    "update: backup_dir (absent or empty), include_logging_db, import_statistics. remove: "
    "config_db (restore or keep) and, to restore, restore_from. Paths may hold {server} and "
    "{time}; relative paths are under the server's root. root: the server it was recorded on "
    "(rms-wizard replay --root overrides it). use_keyring: keep the password in the keyring. "
    "language: en or nl. The password is never written here.",
)


def json_schema() -> dict[str, Any]:
    return AnswerFile.model_json_schema(by_alias=True)


__all__ = [
    "SCHEMA_ID",
    "AnswerFile",
    "AnswerFileError",
    "as_template",
    "example_answers",
    "json_schema",
    "load_answers",
    "parse_answers",
    "resolve_path",
    "save_answers",
]
