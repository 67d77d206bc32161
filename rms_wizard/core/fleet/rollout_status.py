"""A server's state in a rolling rollout, in words: the CLI's progress lines (``rms-wizard cluster
apply``) and the wizard's wave tree read them from one table, so a new state is worded for both.

Each status has two phrasings: the CLI's short one ("backing up"), and the tree's, which also
tells the cluster database's backup before the first wave, the apply's step, and whether a failed
server is back in rotation. Each keeps the translation context it was written in ("cli" for the
CLI, "ClusterPage" for the wizard), so the catalogues stay as they are; both are translated where
they are shown.
"""

from __future__ import annotations

from ..common.messages import QT_TRANSLATE_NOOP, Message
from .rollout_result import NodeProgress, NodeStatus

#: A node's last word in a run.
FINAL_STATUSES: frozenset[NodeStatus] = frozenset({"updated", "skipped", "failed", "not-started"})

#: Each status in the CLI's words and in the wave tree's.
_WORDS: dict[NodeStatus, tuple[str, str]] = {
    "backing-up": (
        QT_TRANSLATE_NOOP("cli", "backing up"),
        QT_TRANSLATE_NOOP("ClusterPage", "Backing up\u2026"),
    ),
    "backed-up": (
        QT_TRANSLATE_NOOP("cli", "backed up"),
        QT_TRANSLATE_NOOP("ClusterPage", "Backed up"),
    ),
    "draining": (
        QT_TRANSLATE_NOOP("cli", "drained (out of rotation)"),
        QT_TRANSLATE_NOOP("ClusterPage", "Taken out of rotation"),
    ),
    "applying": (
        QT_TRANSLATE_NOOP("cli", "applying SP1"),
        QT_TRANSLATE_NOOP("ClusterPage", "Updating\u2026"),
    ),
    "verifying": (
        QT_TRANSLATE_NOOP("cli", "verifying"),
        QT_TRANSLATE_NOOP("ClusterPage", "Checking the result\u2026"),
    ),
    "updated": (
        QT_TRANSLATE_NOOP("cli", "updated to SP1, back in rotation"),
        QT_TRANSLATE_NOOP("ClusterPage", "SP1, checked, back in rotation"),
    ),
    "skipped": (
        QT_TRANSLATE_NOOP("cli", "already SP1, skipped"),
        QT_TRANSLATE_NOOP("ClusterPage", "Already SP1"),
    ),
    "failed": (
        QT_TRANSLATE_NOOP("cli", "failed"),
        QT_TRANSLATE_NOOP("ClusterPage", "Failed; out of rotation"),
    ),
    "not-started": (
        QT_TRANSLATE_NOOP("cli", "not started"),
        QT_TRANSLATE_NOOP("ClusterPage", "Not started (RMS 1.0)"),
    ),
}


def _tree(text: str, *args: object) -> Message:
    return Message(text=text, args=tuple(str(a) for a in args), context="ClusterPage")


def status_line(status: NodeStatus) -> Message:
    """The CLI's word for ``status``."""
    return Message(text=_WORDS[status][0], context="cli")


def node_state(event: NodeProgress | None) -> Message:
    """The wave tree's words for a server's last progress (None: it has not started yet)."""
    if event is None:
        return _tree(QT_TRANSLATE_NOOP("ClusterPage", "Waiting (RMS 1.0)"))
    status, step = event.status, event.step
    if event.wave == 0 and status == "backing-up":
        return _tree(
            QT_TRANSLATE_NOOP(
                "ClusterPage", "Backing up the cluster's configuration database\u2026"
            )
        )
    if event.wave == 0 and status == "backed-up":
        return _tree(QT_TRANSLATE_NOOP("ClusterPage", "Cluster database backed up; waiting"))
    if status == "applying" and step is not None and step.total_steps:
        return _tree(
            QT_TRANSLATE_NOOP("ClusterPage", "Updating: step %1 of %2"), step.step, step.total_steps
        )
    if status == "failed" and event.in_rotation:
        return _tree(
            QT_TRANSLATE_NOOP("ClusterPage", "Failed; rolled back to 1.0, back in rotation")
        )
    return _tree(_WORDS[status][1])
