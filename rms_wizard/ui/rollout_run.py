"""The cluster page's rollout on a worker: the waves of its :class:`RolloutSession`, run with
:func:`~rms_wizard.ui.sandbox_flow.rollout_job`. Each server's progress, and the run's result or
failure, go into the session and the operator's trail before the page hears of them; the page
starts and stops the run and renders the session. Stop asks the executor to stop between servers.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr
from PySide6.QtCore import QObject, Signal, Slot

from ..core.engine.setuplog import SetupLog
from ..core.fleet.rollout_result import NodeProgress, RolloutResult
from ..core.keys.private_key import WrongPasswordError
from .jobs.manager import JobsManager
from .jobs.worker import Failure, Worker
from .rollout_session import RolloutSession
from .sandbox_flow import rollout_job
from .state import Event, WizardState


class RolloutRun(QObject):
    """``progressed(NodeProgress)`` for each step of a server; ``ended()`` once the session has
    the run's result or failure."""

    progressed = Signal(object)
    ended = Signal()

    def __init__(self, state: WizardState, session: RolloutSession) -> None:
        super().__init__()
        self._state = state
        self._session = session
        self._worker: Worker | None = None
        self._log: SetupLog | None = None

    @property
    def working(self) -> bool:
        return self._worker is not None and self._worker.running

    def start(self, folder: Path, password: SecretStr, log: SetupLog, jobs: JobsManager) -> None:
        """Run the planned waves (the session has begun the run), backing up into ``folder``, on
        a worker that ``jobs`` (the wizard's) holds."""
        state, plan = self._state, self._session.plan
        assert plan is not None and state.topology_path is not None
        state.backup_folder = folder
        log.line(
            f"rollout: {plan.node_count} node(s) in {len(plan.waves)} wave(s), backups in {folder}"
        )
        job = rollout_job(
            state.topology_path, folder, password, include_logging_db=state.keep_statistics, log=log
        )
        worker = Worker(job, name="rollout", log=log)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self._log = log
        jobs.start(worker)

    def stop(self) -> bool:
        """Stop between servers: the ones being updated now finish; no other one starts. False
        when nothing runs."""
        if self._worker is None or not self.working:
            return False
        self._worker.cancel()
        self._session.stopping = True
        if self._log is not None:
            self._log.line("rollout: stop requested")
        return True

    @Slot(object)
    def _on_progress(self, event: NodeProgress) -> None:
        self._session.progress(event)
        trail = event.to_event()
        if trail is not None:
            self._state.add_event(trail)
        self.progressed.emit(event)

    @Slot(object)
    def _on_finished(self, result: RolloutResult) -> None:
        self._session.result = result
        self.ended.emit()

    @Slot(object)
    def _on_failed(self, failure: Failure) -> None:
        self._session.failure = failure
        if failure.is_error(WrongPasswordError):
            self._state.record(Event.PASSWORD_WRONG)
            self._state.password_verified = False
        self.ended.emit()
