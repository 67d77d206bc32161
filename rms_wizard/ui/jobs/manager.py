"""The workers a wizard has running, owned by the wizard (as Vorta's ``JobsManager``).

Every :class:`~.worker.Worker` and :class:`~.process_worker.ProcessWorker` starts through the
wizard's :class:`JobsManager` (``wizard.jobs.start(worker)``), which holds it from its start until
it has ended: Cancel, closing the window or a stop signal cancel and wait for every one of them,
and a sandbox reset is refused while one is at work. Plain Python, no Qt and no core: the wizard
makes its manager before the first page is painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .worker import WorkerBase


class JobsManager:
    """The wizard's running workers: started here, cancelled and waited for together."""

    def __init__(self) -> None:
        self._live: set[WorkerBase] = set()

    def start(self, worker: WorkerBase) -> None:
        """Start ``worker``; it is held here until it has ended."""
        worker.start(self)

    def started(self, worker: WorkerBase) -> None:
        """Called by a worker as it starts."""
        self._live.add(worker)

    def ended(self, worker: WorkerBase) -> None:
        """Called by a worker once it has ended (its thread or child process is gone)."""
        self._live.discard(worker)

    def live(self) -> list[WorkerBase]:
        """Workers that have started and not yet ended."""
        return list(self._live)

    def at_work(self) -> bool:
        """A job is still running (a worker whose job is over, its thread winding down, is not)."""
        return any(worker.running for worker in self._live)

    def wait_all(self, timeout_ms: int = 30_000) -> None:
        """Block until every live worker has ended (when the wizard closes, and in tests)."""
        for worker in list(self._live):
            worker.wait(timeout_ms)

    def stop_all(self) -> None:
        """Cancel every live worker (the core rolls back), then wait until each has ended."""
        for worker in list(self._live):
            worker.cancel()
        self.wait_all()


__all__ = ["JobsManager"]
