"""The wizard's side of answer files: what this run chose, as an answer file; and the other way,
an answer file's choices as the pages' defaults (``--answers FILE``: the admin still confirms).

No widgets here: the Ready page's "Save answers..." button, the wizard (``--save-answers FILE``)
and the pages call these with the state.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..core.fleet.answers import SCHEMA_ID, AnswerFile, AnswerFileError, as_template, resolve_path
from ..core.fleet.answers import save_answers as write_answer_file
from .state import Event, RunOperation, WizardState


def answers_from_state(state: WizardState) -> AnswerFile | None:
    """What the admin chose on this run (None: nothing an answer file can replay -- a fresh
    install, a recovery, or the choices are not made yet)."""
    server = state.server_name
    root = str(state.root) if state.root is not None else None
    common = {
        "schema_id": SCHEMA_ID,
        "root": root,
        "use_keyring": state.remember_password,
        "language": state.language if state.language in ("en", "nl") else None,
    }
    if state.operation is RunOperation.UNINSTALL:
        restore = state.uninstall_choice == "restore" and state.backup_folder is not None
        return AnswerFile(
            operation="remove",
            config_db="restore" if restore else "keep",
            restore_from=(
                as_template(state.backup_folder, root=state.root, server=server)
                if restore and state.backup_folder is not None
                else None
            ),
            **common,
        )
    if state.operation is RunOperation.UPDATE and state.backup is not None:
        with_logging = state.backup.manifest.item("logging-db") is not None
        return AnswerFile(
            operation="update",
            backup_dir=_new_backup_template(state),
            include_logging_db=with_logging,
            import_statistics=state.keep_statistics and with_logging,
            **common,
        )
    return None


def _new_backup_template(state: WizardState) -> str:
    """Where a replay makes its backup: the folder this run made it in; for a backup that was
    there already (used, not made), a new folder beside it -- a replay needs an empty one."""
    assert state.backup is not None
    folder = state.backup.folder
    made_here = any(
        event.kind == Event.BACKUP_MADE.value and event.detail.get("folder") == str(folder)
        for event in state.events
    )
    if made_here:
        return as_template(folder, root=state.root, server=state.server_name)
    return as_template(folder.parent, root=state.root, server="") + "/{server}-backup-{time}"


def save_answers(state: WizardState, path: Path) -> AnswerFile | None:
    """Write this run's answers to ``path``; None when there is nothing to record. Raises
    :class:`AnswerFileError` (a translatable message) when the file cannot be written."""
    answers = answers_from_state(state)
    if answers is not None:
        write_answer_file(path, answers)
    return answers


def backup_folder_default(state: WizardState, now: datetime | None = None) -> str | None:
    """The Preparation page's folder from ``--answers`` (placeholders filled in), if any."""
    answers = state.answers
    if answers is None or answers.backup_dir is None or state.root is None:
        return None
    return _resolved(state, "backup_dir", answers.backup_dir, now)


def restore_folder_default(state: WizardState) -> str | None:
    """The Remove SP1 page's backup folder from ``--answers``, if any."""
    answers = state.answers
    if answers is None or answers.restore_from is None or state.root is None:
        return None
    return _resolved(state, "restore_from", answers.restore_from, None)


def _resolved(state: WizardState, field: str, template: str, now: datetime | None) -> str | None:
    assert state.root is not None
    try:
        return str(
            resolve_path(field, template, root=state.root, server=state.server_name, now=now)
        )
    except AnswerFileError:
        return None  # e.g. {server} before anything was detected: the admin types a folder


def apply_to_state(state: WizardState, answers: AnswerFile) -> None:
    """``--answers FILE``: the choices become the state's defaults (the pages show them)."""
    state.answers = answers
    state.keep_statistics = answers.import_statistics  # one check box: back up and import
    state.remember_password = answers.use_keyring
    if answers.config_db is not None:
        state.uninstall_choice = answers.config_db


__all__ = [
    "answers_from_state",
    "apply_to_state",
    "backup_folder_default",
    "restore_folder_default",
    "save_answers",
]
