"""The steps a transaction is made of, as the journal records them.

A run's whole list of steps is written to the journal before the first one runs
(:mod:`.journal`), so an interrupted run can be finished or undone from the journal alone: each
step says what it changes, and :mod:`.step_actions` does and undoes it from what is on disk.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from ..common.messages import QT_TRANSLATE_NOOP, Message, msg
from ..install.models import RelPath
from .payload import ConfigDbMigration


class StageStep(BaseModel):
    """Prepare new content under the staging folder. Undo removes the folder."""

    kind: Literal["stage"] = "stage"
    folder: RelPath
    size: int = 0


class PutFile(BaseModel):
    """Put ``source`` at ``target``; keep the displaced original at ``displaced``.

    ``source`` None removes ``target``; ``displaced`` None means ``target`` did not exist.
    ``sha256`` is the content ``target`` has once the step is done.
    """

    kind: Literal["put-file"] = "put-file"
    target: RelPath
    source: RelPath | None = None
    displaced: RelPath | None = None
    sha256: str | None = None
    size: int = 0
    label: str = ""
    created_dirs: list[RelPath] = []
    commit: bool = False
    restore: bool = False  # putting an original back (uninstall): shown as "Restoring"


class MigrateConfigDb(BaseModel):
    """Run SP1's configuration-database migration: one SQLite transaction, with the database
    held exclusively (SQLite itself rolls back a migration a kill interrupted).

    An update runs it after its commit point, so it is never undone: rows RMS writes meanwhile
    are never lost to a restored copy. ``pre_copy`` (a safety copy to undo from) is only in
    journals of earlier versions, which ran it before the commit point.
    """

    kind: Literal["migrate-config-db"] = "migrate-config-db"
    db: RelPath
    pre_copy: RelPath | None = None
    migration: ConfigDbMigration
    size: int = 0
    label: str = ""


class Cleanup(BaseModel):
    """After the commit point: remove working folders, and folders left empty."""

    kind: Literal["cleanup"] = "cleanup"
    remove: list[RelPath] = []
    remove_if_empty: list[RelPath] = []
    size: int = 0


Step = Annotated[StageStep | PutFile | MigrateConfigDb | Cleanup, Field(discriminator="kind")]


class Begin(BaseModel):
    """The journal's first line: the run, and its whole list of steps."""

    t: Literal["begin"] = "begin"
    txid: str
    operation: str
    steps: list[Step]
    created: float


def step_label(step: Step) -> str:
    """The name a step goes by in the setup log."""
    return getattr(step, "label", "") or getattr(step, "target", "") or step.kind


def phase_of(step: Step) -> Message:
    """What a step does, in the admin's words (the progress line while it runs)."""
    if isinstance(step, StageStep):
        return msg(QT_TRANSLATE_NOOP("core", "Preparing the new files"))
    if isinstance(step, MigrateConfigDb):
        return msg(QT_TRANSLATE_NOOP("core", "Adding the SP1 fields to the configuration database"))
    if isinstance(step, Cleanup):
        return msg(QT_TRANSLATE_NOOP("core", "Cleaning up"))
    if step.commit:
        return msg(QT_TRANSLATE_NOOP("core", "Recording the new version in the registry"))
    if step.source is None:
        return msg(QT_TRANSLATE_NOOP("core", "Removing %1"), step.label or step.target)
    if step.restore:
        return msg(QT_TRANSLATE_NOOP("core", "Restoring %1"), step.label or step.target)
    return msg(QT_TRANSLATE_NOOP("core", "Installing %1"), step.label or step.target)


__all__ = [
    "Begin",
    "Cleanup",
    "MigrateConfigDb",
    "PutFile",
    "StageStep",
    "Step",
    "phase_of",
    "step_label",
]
