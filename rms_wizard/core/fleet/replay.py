"""Replay an answer file on a server: the wizard's path, unattended.

:func:`plan_replay` detects the install and checks that the recorded operation fits it -- an
update needs RMS 1.0 and a backup folder that is absent or empty, a removal needs SP1 (and its
rollback store) and, to restore the configuration database, a backup made on this server -- and
fills in the paths' placeholders. It only reads: whatever is wrong is an error before anything
is written. :func:`run_replay` then takes the wizard's steps with the very functions the wizard's
workers and the ``backup``/``apply``/``uninstall`` commands call: back up and verify, apply or
remove, and look at the install afresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, SecretStr

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from ..common.progress import CancelToken, ProgressCallback, no_progress
from ..engine.apply import ApplyResult
from ..engine.backup import BackupSet, backup_and_verify, check_backup_server, load_backup
from ..engine.detect import detect_install
from ..engine.fault_plan import FaultPlan
from ..engine.operations import (
    AfterCheck,
    ApplyRequest,
    RunControls,
    UninstallRequest,
    apply_and_check,
    uninstall_and_check,
)
from ..engine.payload import baseline_payload, sp1_payload
from ..engine.plan import PlanKind, UpdatePlan, plan_update, refuse_unfinished
from ..engine.rollback_store import RollbackStore, load_store
from ..engine.uninstall import UninstallResult, _no_store_error
from ..install.models import InstallState, InstallStatus, Release
from .answers import AnswerFile, AnswerFileError, resolve_path

logger = logging.getLogger(__name__)


class ReplayPlan(BaseModel):
    """What replaying the answer file on one server will do (nothing is done yet)."""

    answers: AnswerFile
    root: Path
    state: InstallState
    #: update: where the new backup goes; remove with restore: the backup restored from.
    backup_dir: Path | None = None
    restore_from: Path | None = None
    update_plan: UpdatePlan | None = None
    #: remove: what the rollback store puts back (None: SP1 was installed fresh).
    store: RollbackStore | None = None

    @property
    def needs_password(self) -> bool:
        return self.answers.operation == "update" or self.answers.config_db == "restore"


@dataclass(frozen=True)
class ReplayResult:
    """What the replay did, and the install as found afterwards."""

    after: AfterCheck
    backup: BackupSet | None = None
    apply_result: ApplyResult | None = None
    uninstall_result: UninstallResult | None = None


def _not_fitting(text: str, *args: object) -> AnswerFileError:
    return AnswerFileError(msg(text, *args))


def plan_replay(answers: AnswerFile, root: Path, *, now: datetime | None = None) -> ReplayPlan:
    """Check that ``answers`` fits the install under ``root``; raises a one-line error if not."""
    state = detect_install(root)
    refuse_unfinished(state)
    if state.status is not InstallStatus.INSTALLED:
        raise _not_fitting(
            QT_TRANSLATE_NOOP(
                "core", "The answer file asks for \u201c%1\u201d, but RMS is not installed in %2."
            ),
            answers.operation,
            root,
        )
    if answers.operation == "update":
        if state.version is not Release.V1:
            raise _not_fitting(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The answer file asks for an update, but server %1 already has SP1: nothing "
                    "to update.",
                ),
                state.identity.name,
            )
        return _plan_update(answers, root, state, now)
    if state.version is not Release.SP1:
        raise _not_fitting(
            QT_TRANSLATE_NOOP(
                "core",
                "The answer file asks to remove SP1, but server %1 has RMS %2: nothing to remove.",
            ),
            state.identity.name,
            state.version.value if state.version else "-",
        )
    return _plan_remove(answers, root, state, now)


def _plan_update(
    answers: AnswerFile, root: Path, state: InstallState, now: datetime | None
) -> ReplayPlan:
    assert answers.backup_dir is not None  # an update's answer file always has one (checked)
    dest = resolve_path(
        "backup_dir", answers.backup_dir, root=root, server=state.identity.name, now=now
    )
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise _not_fitting(
            QT_TRANSLATE_NOOP(
                "core", "Answer file, field backup_dir: the folder %1 exists and is not empty."
            ),
            dest,
        )
    if answers.include_logging_db and (state.logging_db is None or not state.logging_db.exists):
        raise _not_fitting(
            QT_TRANSLATE_NOOP(
                "core", "Answer file, field include_logging_db: server %1 has no logging database."
            ),
            state.identity.name,
        )
    plan = plan_update(state, sp1_payload(), baseline_payload())
    if plan.kind is not PlanKind.UPDATE:
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "SP1 is already installed: nothing to update."))
        )
    return ReplayPlan(answers=answers, root=root, state=state, backup_dir=dest, update_plan=plan)


def _plan_remove(
    answers: AnswerFile, root: Path, state: InstallState, now: datetime | None
) -> ReplayPlan:
    store = load_store(root)
    if store is None and not state.fresh_install:
        raise _no_store_error()
    restore_from: Path | None = None
    if answers.config_db == "restore":
        assert answers.restore_from is not None  # checked with the file
        restore_from = resolve_path(
            "restore_from", answers.restore_from, root=root, server=state.identity.name, now=now
        )
        # Read without the password here; verified with it before anything is removed.
        check_backup_server(load_backup(restore_from), state.identity)
    return ReplayPlan(
        answers=answers, root=root, state=state, restore_from=restore_from, store=store
    )


def run_replay(
    plan: ReplayPlan,
    password: SecretStr | None,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    on_backup: Callable[[BackupSet], None] = lambda backup: None,
    faults: FaultPlan | None = None,
) -> ReplayResult:
    """Take the planned steps: back up and verify, then apply (update) or remove, then check."""
    if plan.needs_password and password is None:
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "The backup's private-key password is required."))
        )
    answers = plan.answers
    controls = RunControls(progress=progress, cancel=cancel, faults=faults)
    if answers.operation == "update":
        assert plan.backup_dir is not None and password is not None
        verified = backup_and_verify(
            plan.state,
            plan.backup_dir,
            include_logging_db=answers.include_logging_db,
            password=password,
            progress=progress,
            cancel=cancel,
        )
        on_backup(verified)
        logger.info(f"replay: backup made and verified in {plan.backup_dir}")
        applied = apply_and_check(
            ApplyRequest(
                root=plan.root,
                backup_dir=plan.backup_dir,
                password=password,
                import_statistics=answers.import_statistics,
            ),
            controls,
        )
        return ReplayResult(backup=verified, apply_result=applied.result, after=applied.after)
    removed = uninstall_and_check(
        UninstallRequest(
            root=plan.root,
            restore_config_db=plan.restore_from,
            password=password if plan.restore_from is not None else None,
        ),
        controls,
    )
    return ReplayResult(uninstall_result=removed.result, after=removed.after)


def in_sandbox(root: Path) -> bool:
    """A sandbox server, or a node of a sandbox deployment (``<sandbox>/nodes/<name>``): its
    password lives in the sandbox's own keyring service."""
    from ..common.paths import NODES_DIR, is_sandbox

    root = root.absolute()
    return is_sandbox(root) or (root.parent.name == NODES_DIR and is_sandbox(root.parent.parent))


def password_from_keyring(state: InstallState, root: Path) -> SecretStr:
    """The server's private-key password from the keyring; a one-line error when none is kept."""
    from ..keys.keyring_lookup import required_password
    from ..keys.secrets import SecretStore

    store = SecretStore(sandbox=in_sandbox(root))
    return required_password(store, state.identity.name, state.identity.cluster_id)


__all__ = [
    "ReplayPlan",
    "ReplayResult",
    "in_sandbox",
    "password_from_keyring",
    "plan_replay",
    "run_replay",
]
