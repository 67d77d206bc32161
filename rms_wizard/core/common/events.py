"""The trail's vocabulary: what the operator did (:class:`EventKind`) and one recorded action
(:class:`OperatorEvent`).

The wizard, the command line and the cluster executor record these; the sandbox's trail keeps them
and the debrief checks them. A leaf of the core: it knows nothing of the sandbox or the debrief, so
the engine can report its steps without importing the training layer.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class EventKind(StrEnum):
    """What the operator did. The wizard records these; the cluster executor's progress maps to
    the ``node-*`` ones (:meth:`~.rollout_result.NodeProgress.to_event`)."""

    DETECTED = "detected"
    #: detail: ``folder``; ``logging_db`` "yes" when the logging database is in it.
    BACKUP_MADE = "backup-made"
    BACKUP_VERIFIED = "backup-verified"
    BACKUP_FAILED = "backup-failed"
    PASSWORD_VERIFIED = "password-verified"
    PASSWORD_WRONG = "password-wrong"
    PASSWORD_STORED = "password-stored"
    LOGGING_DB_BACKED_UP = "logging-db-backed-up"
    #: The missing critical and security updates were installed (a sandbox action).
    OS_UPDATES_INSTALLED = "os-updates-installed"
    APPLY_STARTED = "apply-started"
    APPLY_DONE = "apply-done"
    #: detail: ``reason``; the core rolled the update back.
    APPLY_FAILED = "apply-failed"
    #: detail: ``config_db`` "restored" or "kept".
    UNINSTALL_DONE = "uninstall-done"
    UNINSTALL_FAILED = "uninstall-failed"
    #: detail: ``files``, how many SP1 files the repair reinstalled.
    REPAIR_DONE = "repair-done"
    REPAIR_FAILED = "repair-failed"
    #: detail: ``outcome`` "rolled-back", "completed" or "nothing".
    RECOVERED = "recovered"
    CANCELLED = "cancelled"
    #: The drill's kill struck (found at the next start as an interrupted update).
    POWER_LOST = "power-lost"
    #: detail (every node-* kind): ``cluster``, ``node``, ``wave``; ``in_rotation`` "yes"/"no".
    NODE_DRAINED = "node-drained"
    NODE_UPDATED = "node-updated"
    NODE_FAILED = "node-failed"
    CLIENTS_UPDATED = "clients-updated"
    LANGUAGE_CHANGED = "language-changed"
    #: detail: ``goal``, ``hint`` (its number), ``page``, ``item`` (see :mod:`.hints`).
    HINT_TAKEN = "hint-taken"
    #: detail: ``trainee``, the name the trainee gave on the Welcome page.
    TRAINEE_NAMED = "trainee-named"
    #: detail: ``page`` (a page's object name without ``Page``); the sandbox bar records it.
    PAGE_SHOWN = "page-shown"


class OperatorEvent(BaseModel):
    """One recorded action: what (an :class:`EventKind` value), when, and a technical detail."""

    model_config = ConfigDict(frozen=True)

    kind: str
    at: datetime
    detail: dict[str, str] = {}


__all__ = ["EventKind", "OperatorEvent"]
