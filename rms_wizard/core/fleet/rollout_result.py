"""What a rolling rollout reports: each node's progress while it runs, and how each planned node
ended (:func:`~.cluster_exec.run_rollout` returns a :class:`RolloutResult`).

The GUI's wave tree, the CLI's progress lines and the sandbox's trail read these; they need not
know the executor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, TypeAlias

from pydantic import BaseModel

from ..common.events import EventKind, OperatorEvent
from ..common.messages import Message
from ..common.progress import ProgressEvent

NodeStatus: TypeAlias = Literal[
    "backing-up",
    "backed-up",
    "draining",
    "applying",
    "verifying",
    "updated",
    "skipped",
    "failed",
    "not-started",
]
OutcomeStatus: TypeAlias = Literal["updated", "skipped", "failed", "not-started"]


@dataclass(frozen=True)
class NodeProgress:
    """Where one node of the rollout stands. ``wave`` counts from 1 (0: before the first wave)."""

    wave: int
    cluster: str
    node: str
    status: NodeStatus
    message: Message | None = None
    #: The apply's own progress while ``status`` is "applying".
    step: ProgressEvent | None = None
    #: Whether the node serves requests once "updated" or "failed" (None: unchanged).
    in_rotation: bool | None = None
    #: The backup folder, with "backed-up".
    folder: str | None = None

    def to_event(self) -> OperatorEvent | None:
        """The operator's trail entry for the sandbox debrief (None for in-between states)."""
        kinds = {
            "backed-up": EventKind.BACKUP_MADE,
            "draining": EventKind.NODE_DRAINED,
            "updated": EventKind.NODE_UPDATED,
            "failed": EventKind.NODE_FAILED,
        }
        kind = kinds.get(self.status)
        if kind is None:
            return None
        detail = {"cluster": self.cluster, "node": self.node, "wave": str(self.wave)}
        if self.in_rotation is not None:
            detail["in_rotation"] = "yes" if self.in_rotation else "no"
        if self.folder is not None:
            detail["folder"] = self.folder
        return OperatorEvent(kind=kind, at=datetime.now(UTC), detail=detail)


RolloutProgress: TypeAlias = Callable[[NodeProgress], None]


def no_rollout_progress(event: NodeProgress) -> None:
    del event


class NodeOutcome(BaseModel):
    """How one planned node ended."""

    wave: int
    cluster: str
    node: str
    status: OutcomeStatus
    message: Message | None = None
    #: The backup folder the node was updated with.
    backup: str | None = None
    in_rotation: bool = True


class RolloutResult(BaseModel):
    """The outcome of a rollout run: per node, and the cluster backups made or found."""

    outcomes: list[NodeOutcome]
    cluster_backups: dict[str, str]
    cancelled: bool = False

    @property
    def failed(self) -> NodeOutcome | None:
        return next((o for o in self.outcomes if o.status == "failed"), None)

    @property
    def completed(self) -> bool:
        """Every planned node is at SP1 now."""
        return not self.cancelled and all(o.status in ("updated", "skipped") for o in self.outcomes)

    def nodes(self, status: OutcomeStatus) -> list[str]:
        return [o.node for o in self.outcomes if o.status == status]
