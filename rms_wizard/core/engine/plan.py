"""Decide, file by file, what SP1 does: Windows Installer's default file-versioning rules."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum

from pydantic import BaseModel

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, InterruptedStateError, Message, msg
from ..install.models import (
    ComponentId,
    FileAction,
    InstalledFile,
    InstallState,
    InstallStatus,
    Release,
)
from .payload import ConfigDbMigration, ManifestFile, Payload
from .reinstall_mode import PlanOptions
from .versioning import Companion, decide_file


class PlanKind(StrEnum):
    UPDATE = "update"
    FRESH_INSTALL = "fresh-install"
    NOTHING = "nothing"
    REPAIR = "repair"


class PlannedFile(BaseModel):
    """One file and the one thing the update does with it, with the reason an admin can read."""

    path: str
    component: ComponentId
    action: FileAction
    installed_version: str | None = None
    new_version: str | None = None
    installed_sha256: str | None = None
    new_sha256: str
    size: int
    reason: Message

    @classmethod
    def of(
        cls, new: ManifestFile, installed: InstalledFile | None, action: FileAction, reason: Message
    ) -> PlannedFile:
        """What is done with SP1's ``new`` where ``installed`` is on the server (None: missing)."""
        return cls(
            path=new.path,
            component=new.component,
            action=action,
            installed_version=str(installed.version) if installed and installed.version else None,
            new_version=str(new.version) if new.version else None,
            installed_sha256=installed.sha256 if installed else None,
            new_sha256=new.sha256,
            size=new.size,
            reason=reason,
        )


class UpdatePlan(BaseModel):
    """What applying SP1 to one install will do."""

    kind: PlanKind
    from_release: Release | None
    to_release: Release = Release.SP1
    actions: list[PlannedFile] = []
    config_db_migration: ConfigDbMigration | None = None
    recreate_logging_db: bool = False
    notes: list[Message] = []
    #: A fresh install's destination folder, as a Windows path (None: the standard folder).
    install_path: str | None = None

    def counts(self) -> dict[str, int]:
        counts = {a.value: 0 for a in FileAction}
        for item in self.actions:
            counts[item.action.value] += 1
        return counts

    def changes(self) -> list[PlannedFile]:
        """The files the update writes (added or replaced)."""
        return [a for a in self.actions if a.action in (FileAction.ADD, FileAction.REPLACE)]

    @property
    def bytes_to_write(self) -> int:
        return sum(a.size for a in self.changes())


#: The versioning rules for one file (:mod:`.versioning`): Windows Installer's defaults unless
#: the plan's options say otherwise (its reinstall mode, the dates rule for changed files).
decide = decide_file


def refuse_unfinished(state: InstallState) -> None:
    """Refuse to start while another run holds the install, or after one was interrupted.

    A lock whose owner is alive means a run is working right now (wait for it); anything else
    unfinished (a journal, a stale lock) needs ``recover`` first.
    """
    if state.interrupted is not None and state.interrupted.lock_holder_alive:
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Another run is changing this install. Wait until it has finished.",
                )
            )
        )
    if state.status is InstallStatus.INTERRUPTED:
        raise InterruptedStateError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "An interrupted update was found on this server. Run recover first."
                )
            )
        )


def _refuse_inconsistent(state: InstallState) -> None:
    refuse_unfinished(state)
    if state.status is InstallStatus.INCONSISTENT:
        first = state.problems[0] if state.problems else msg(QT_TRANSLATE_NOOP("core", "unknown"))
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core", "The RMS install is inconsistent (%1). Repair it before updating."
                ),
                first,
            )
        )


def _fresh_install_plan(payload: Payload) -> UpdatePlan:
    return UpdatePlan(
        kind=PlanKind.FRESH_INSTALL,
        from_release=None,
        actions=[
            PlannedFile.of(
                f,
                None,
                FileAction.ADD,
                msg(QT_TRANSLATE_NOOP("core", "RMS is not installed: SP1 installs fresh.")),
            )
            for f in payload.manifest.files
        ],
        notes=[
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "No RMS install was found. SP1 will be installed fresh; provision the "
                    "server afterwards from the administration site.",
                )
            )
        ],
    )


def installed_component_files(
    state: InstallState, payload: Payload
) -> Iterator[tuple[ManifestFile, InstalledFile | None, Companion | None]]:
    """Each of ``payload``'s files of a component installed in ``state`` (every file when none
    is), with the installed copy (None: missing) and, for a companion file, its parent's pair."""
    wanted = {c.id for c in state.components if c.installed}
    installed_files = {f.path.lower(): f for f in state.files}  # one look-up per SP1 file
    shipped = payload.manifest.by_path()
    for new in payload.manifest.files:
        if wanted and new.component not in wanted:
            continue
        parent = new.companion.lower() if new.companion else None
        companion = Companion(shipped[parent], installed_files.get(parent)) if parent else None
        yield new, installed_files.get(new.path.lower()), companion


def _file_actions(
    state: InstallState, payload: Payload, baseline: Payload, options: PlanOptions | None
) -> list[PlannedFile]:
    """One decision per SP1 file of an installed component, under Windows Installer's rules."""
    pristine = baseline.manifest.by_path()
    actions = []
    for new, installed, companion in installed_component_files(state, payload):
        action, reason = decide(new, installed, pristine.get(new.path.lower()), options, companion)
        actions.append(PlannedFile.of(new, installed, action, reason))
    return actions


def _update_notes(actions: list[PlannedFile], has_logging: bool) -> list[Message]:
    notes = []
    if any(a.action is FileAction.KEEP_MODIFIED for a in actions):
        notes.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Files you changed since RMS 1.0 are kept as they are; review them after the update.",
                )
            )
        )
    if has_logging:
        notes.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "SP1 recreates the logging database with its new schema: past statistics are "
                    "not carried over unless you backed it up.",
                )
            )
        )
    return notes


def plan_update(
    state: InstallState, payload: Payload, baseline: Payload, options: PlanOptions | None = None
) -> UpdatePlan:
    """The :class:`UpdatePlan` for ``state``: one action per SP1 file.

    An SP1 install gets an empty plan that says so; no RMS gets a fresh-install plan (all add).
    ``options`` (the reinstall mode, the rule for changed files) default to Windows Installer's.
    """
    _refuse_inconsistent(state)
    if state.status is InstallStatus.NONE:
        return _fresh_install_plan(payload)
    if state.version is Release.SP1:
        return UpdatePlan(
            kind=PlanKind.NOTHING,
            from_release=Release.SP1,
            notes=[msg(QT_TRANSLATE_NOOP("core", "SP1 is already installed: nothing to update."))],
        )
    actions = _file_actions(state, payload, baseline, options)
    has_config = state.config_db is not None and state.config_db.exists
    has_logging = state.logging_db is not None and state.logging_db.exists
    migration = payload.manifest.config_db_migration
    return UpdatePlan(
        kind=PlanKind.UPDATE,
        from_release=Release.V1,
        actions=actions,
        config_db_migration=migration if has_config else None,
        recreate_logging_db=has_logging,
        notes=_update_notes(actions, has_logging),
    )
