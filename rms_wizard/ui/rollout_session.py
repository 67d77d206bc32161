"""The cluster page's rollout, without a widget (as Calamares' per-step ``Config``): the topology
and its waves, each server's last progress, the run's result or failure, and the words the page
shows for them (as core messages, translated where they are shown). The page renders it and runs
its worker; :func:`rollout_record` makes the run report of a run.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..core.common.messages import QT_TRANSLATE_NOOP, Message
from ..core.fleet.cluster import RolloutPlan, plan_rollout
from ..core.fleet.rollout_result import NodeProgress, OutcomeStatus, RolloutResult
from ..core.fleet.rollout_status import FINAL_STATUSES, node_state
from ..core.fleet.topology import Topology, load_topology
from ..run_record import RunOperation, RunOutcome, RunRecord
from .state import WizardState

if TYPE_CHECKING:
    from .jobs.worker import Failure

#: How the page shows a line: as an error, as a note, or plainly.
LineStyle = Literal["error", "note", ""]


def _note(text: str, *args: object) -> Message:
    # A nested message (a server's own error) stays a message, translated when shown.
    return Message(
        text=text,
        args=tuple(a if isinstance(a, Message) else str(a) for a in args),
        context="ClusterPage",
    )


def default_folder(state: WizardState) -> Path:
    """Where the rollout's backups go unless the admin picks another folder."""
    if state.backup_folder is not None:
        return state.backup_folder
    folder = state.sandbox_folder if state.sandbox else None
    return (folder or Path.home()) / "backups" / "rollout"


def node_key(cluster: str, node: str) -> tuple[str, str]:
    return cluster, node.casefold()


def rollout_record(
    state: WizardState,
    result: RolloutResult | None,
    failure: Failure | None,
    started: datetime | None = None,
) -> RunRecord:
    """A rollout run as a run report: the server Setup runs on before and after, and every
    server's result as notes (nothing secret)."""
    record = RunRecord(
        operation=RunOperation.UPDATE,
        root=str(state.root) if state.root is not None else "",
        language=state.language,
        sandbox=state.sandbox,
        before=state.install,
        log_path=str(state.log_path) if state.log_path else None,
    )
    if started is not None:
        record.started = started
    if state.backup_folder is not None:
        record.notes.append(
            _note(
                QT_TRANSLATE_NOOP("ClusterPage", "Backups of the rollout: %1"), state.backup_folder
            )
        )
    if result is not None:
        lines: tuple[tuple[OutcomeStatus, str], ...] = (
            ("updated", QT_TRANSLATE_NOOP("ClusterPage", "Updated to SP1 and checked: %1")),
            ("skipped", QT_TRANSLATE_NOOP("ClusterPage", "Already at SP1: %1")),
            ("failed", QT_TRANSLATE_NOOP("ClusterPage", "Failed and rolled back to 1.0: %1")),
            ("not-started", QT_TRANSLATE_NOOP("ClusterPage", "Not started (still RMS 1.0): %1")),
        )
        for status, text in lines:
            names = result.nodes(status)
            if names:
                record.notes.append(_note(text, ", ".join(names)))
    if failure is not None:
        record.message = failure.message
        cancelled = failure.kind == "cancelled"
        record.finish(RunOutcome.CANCELLED if cancelled else RunOutcome.FAILED)
    elif result is None:
        record.finish(RunOutcome.ERROR)
    elif result.failed is not None:
        record.message = result.failed.message
        record.notes.append(
            _note(
                QT_TRANSLATE_NOOP(
                    "ClusterPage",
                    "The rollout stopped at the server that failed: the servers updated so far "
                    "run SP1, the others still run 1.0, and they work together. Fix the cause, "
                    "then resume the rollout.",
                )
            )
        )
        record.finish(RunOutcome.FAILED)
    elif result.cancelled:
        record.notes.append(
            _note(
                QT_TRANSLATE_NOOP(
                    "ClusterPage",
                    "The rollout was stopped between servers: the servers updated so far run SP1, "
                    "the others still run 1.0. Resume the rollout to continue.",
                )
            )
        )
        record.finish(RunOutcome.CANCELLED)
    else:
        record.finish(RunOutcome.DONE, 0)
    return record


class RolloutSession:
    """What the cluster page knows of the rollout; the page renders it."""

    def __init__(self) -> None:
        self.topology: Topology | None = None
        self.plan: RolloutPlan | None = None
        self.result: RolloutResult | None = None
        self.failure: Failure | None = None
        #: Stop was asked for: the servers being updated finish, no other one starts.
        self.stopping = False
        self.started: datetime | None = None
        self._last: dict[tuple[str, str], NodeProgress] = {}
        self._ended: set[tuple[str, str]] = set()

    # ---- the plan

    def load(self, topology_path: Path | None) -> None:
        """Read the topology as it is on disk now (None: the sandbox has none) and plan the
        waves; servers at SP1 are skipped. An :class:`~rms_wizard.core.common.messages.RmsError`
        leaves no plan."""
        self.topology, self.plan = None, None
        if topology_path is not None:
            self.topology = load_topology(topology_path)
            self.plan = plan_rollout(self.topology)

    @property
    def remaining(self) -> bool:
        """The plan has servers to update."""
        return self.plan is not None and bool(self.plan.waves)

    @property
    def done(self) -> bool:
        """The last run brought every planned server to SP1."""
        return self.result is not None and self.result.completed

    @property
    def resumable(self) -> bool:
        """A run ended before every server was at SP1: the next one resumes it."""
        return self.result is not None and not self.done

    def is_complete(self) -> bool:
        """The page may go on: a run has ended, or there was nothing to update."""
        if self.plan is None:
            return False
        return self.result is not None or not self.plan.waves

    # ---- a run

    def begin(self) -> bool:
        """A run of the planned waves starts: their servers start afresh (a resumed run). False
        when there is nothing to update (the run then has ended, with no server to report)."""
        assert self.plan is not None
        for wave in self.plan.waves:
            for entry in wave:
                self._last.pop(node_key(entry.cluster, entry.node), None)
        if not self.plan.waves:
            self.result = RolloutResult(outcomes=[], cluster_backups={})
            return False
        self.result = None
        self.failure = None
        self.stopping = False
        self._ended = set()
        self.started = datetime.now(UTC)
        return True

    def progress(self, event: NodeProgress) -> None:
        key = node_key(event.cluster, event.node)
        self._last[key] = event
        if event.status in FINAL_STATUSES and event.wave > 0:
            self._ended.add(key)

    def last(self, cluster: str, node: str) -> NodeProgress | None:
        """The server's last progress in this page's runs (None: none yet)."""
        return self._last.get(node_key(cluster, node))

    @property
    def servers_done(self) -> int:
        """Servers of this run's waves that have had their last word."""
        return len(self._ended)

    def record(self, state: WizardState) -> RunRecord:
        """This run as a run report."""
        return rollout_record(state, self.result, self.failure, self.started)

    # ---- words

    def progress_line(self, event: NodeProgress) -> Message | None:
        """The status line while the run goes on (None: no plan, or stopping)."""
        if self.plan is None or self.stopping:
            return None
        state = node_state(event)
        if event.wave == 0:
            return _note(
                QT_TRANSLATE_NOOP("ClusterPage", "Before the first wave: %1 \u2013 %2"),
                event.node,
                state,
            )
        return _note(
            QT_TRANSLATE_NOOP("ClusterPage", "Wave %1 of %2: %3 \u2013 %4"),
            event.wave,
            len(self.plan.waves),
            event.node,
            state,
        )

    def wave_line(self, wave: int) -> Message | None:
        """What a wave is, said once as it starts (0: the clusters' backups before the first
        wave); None: no plan."""
        plan = self.plan
        if plan is None or not 0 <= wave <= len(plan.waves):
            return None
        if wave == 0:
            return _note(
                QT_TRANSLATE_NOOP(
                    "ClusterPage",
                    "Before the first wave: backing up the configuration database of each cluster",
                )
            )
        nodes = ", ".join(entry.node for entry in plan.waves[wave - 1])
        return _note(
            QT_TRANSLATE_NOOP("ClusterPage", "Wave %1 of %2: updating %3"),
            wave,
            len(plan.waves),
            nodes,
        )

    def outcome_line(self) -> tuple[Message, LineStyle] | None:
        """The status line once a run has ended, or while it stops (the page words a failure
        of its worker itself); None while it runs, or before."""
        result = self.result
        if result is None:
            if not self.stopping:
                return None
            text = QT_TRANSLATE_NOOP(
                "ClusterPage",
                "Stopping: the servers being updated now finish, no other one starts\u2026",
            )
            return _note(text), "note"
        if result.failed is not None and result.failed.message is not None:
            text = QT_TRANSLATE_NOOP(
                "ClusterPage",
                "%1. The rollout stopped there. The servers updated so far run SP1 and the "
                "others still run 1.0: the two work together, so every cluster keeps "
                "serving. Fix the cause, then resume the rollout: it continues where it "
                "stopped.",
            )
            return _note(text, result.failed.message), "error"
        if result.cancelled:
            text = QT_TRANSLATE_NOOP(
                "ClusterPage",
                "Stopped between servers. The servers updated so far run SP1, the others still "
                "run 1.0, and they work together. Resume the rollout to continue.",
            )
            return _note(text), "note"
        if not result.outcomes:
            text = QT_TRANSLATE_NOOP(
                "ClusterPage", "Every server of the deployment already runs SP1."
            )
            return _note(text), ""
        text = QT_TRANSLATE_NOOP(
            "ClusterPage",
            "Every server of the deployment runs SP1 now. Each one was checked after its "
            "update and returned to rotation.",
        )
        return _note(text), ""
