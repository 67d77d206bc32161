"""One transaction mechanism for apply, uninstall, recover and the cluster executor.

Every change to an install goes through :class:`Transaction`:

* the install-wide **lock** (:mod:`.install_lock`), which apply, uninstall and recover hold from
  before they look at the install until the run ends (a Transaction takes it itself when not
  given one), so a second run is refused and a lock left by a killed run is recognised;
* a **write-ahead journal** (:mod:`.journal`): the whole list of steps (:mod:`.step_models`) is
  written and fsync'd first, then each step (or batch of file steps) is recorded as started
  before it runs and as done after, and the commit is fsync'd;
* **staging**: new content is prepared under ``.rms-wizard/staging/<txid>`` (same file system as the
  target) before anything in the install changes, and is durable before the commit point
  (:mod:`.durability`);
* the **rollback store**: originals displaced by a step are kept by hard link (no copy: the target
  name is swapped atomically with ``os.replace`` and is never missing);
* an explicit **commit point** (the registry's version value, last), after which recovery
  (:mod:`.recovery`) completes the transaction instead of rolling it back (:mod:`.rollback`);
* **fault points** (:mod:`.fault_plan`) for drills and tests.

Every step's ``do`` and ``undo`` (:mod:`.step_actions`) is idempotent and decided from what is on
disk, so recovery after a kill at any instruction simply undoes (before the commit point) or
finishes (after it).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from ..common.messages import QT_TRANSLATE_NOOP, msg
from ..common.progress import Cancelled, CancelToken, ProgressCallback, ProgressEvent, no_progress
from .fault_plan import FaultPlan
from .install_lock import InstallLock
from .journal import Journal
from .rollback import finish_failed_error, incomplete_error, undo_all
from .state_folder import remove_empty_state_dirs
from .step_actions import StageFunction, StepActions
from .step_models import Begin, PutFile, Step, phase_of, step_label

logger = logging.getLogger(__name__)

#: File steps are journaled in batches: one fsync per batch instead of two per file.
BATCH_FILES = 256
BATCH_BYTES = 64 * 1024 * 1024


class Transaction:
    """Runs a list of steps with journal, rollback and commit point on one install root."""

    def __init__(
        self, root: Path, operation: str, steps: list[Step], lock: InstallLock | None = None
    ) -> None:
        """``lock``: the install lock the caller holds for its whole run (it looked at the
        install under it); without one, :meth:`run` takes it for the transaction alone."""
        self.root = root
        self.operation = operation
        self.steps = steps
        self.txid = uuid.uuid4().hex[:12]
        self._own_lock = lock is None
        self.lock = lock or InstallLock(root)
        self.journal = Journal(root)
        self.actions = StepActions(root, steps)
        self._started = 0  # the last step begun (a batch counts whole): undone on failure
        self._committed = False

    def run(
        self,
        *,
        stage: StageFunction | None = None,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
        faults: FaultPlan | None = None,
    ) -> None:
        """Run every step; on any error or cancel before the commit point, roll back and re-raise.

        ``faults`` defaults to the ``RMS_WIZARD_FAULT`` setting of the environment.
        """
        cancel = cancel or CancelToken()
        faults = faults or FaultPlan.from_env()
        self.actions.check_paths(running=True)
        if self._own_lock:
            self.lock.acquire(self.operation)
        self._started, self._committed = 0, False
        total_bytes = sum(s.size for s in self.steps) or 1
        try:
            self.lock.write_record()  # the install's lock names this run before its first change
            self.journal.open_new(
                Begin(
                    txid=self.txid, operation=self.operation, steps=self.steps, created=time.time()
                )
            )
            logger.info(f"journal: begin {self.operation} tx {self.txid}, {len(self.steps)} steps")
            self._run_steps(stage, progress, cancel, faults, total_bytes)
            progress(self._finished(total_bytes))
            self.journal.remove()
        except BaseException as exc:
            if not self._committed:
                self._roll_back_after(exc)
                raise
            if not isinstance(exc, Exception):
                raise
            # After the commit point the change stands: it is not rolled back. The journal stays,
            # so detection reports an interrupted run and recover finishes it.
            logger.info(f"finishing after the commit point failed: {exc!r}")
            raise finish_failed_error(exc) from None
        finally:
            self._end()

    def _run_steps(
        self,
        stage: StageFunction | None,
        progress: ProgressCallback,
        cancel: CancelToken,
        faults: FaultPlan,
        total_bytes: int,
    ) -> None:
        done_bytes = 0
        batch_end = 0
        for index, step in enumerate(self.steps, start=1):
            # Before the commit point only: after it the change stands and is finished.
            if not self._committed and cancel.checkpoint():
                raise Cancelled()
            faults.check(index)
            if index > batch_end:
                batch_end = self._batch_end(index)
                # Not flushed: recovery undoes every step before the commit point whatever the
                # records say (each undo is safe on a step that never ran); they only tell an
                # admin how far a run got.
                self.journal.append({"t": "start", "step": index, "last": batch_end}, sync=False)
            self._started = batch_end
            label = step_label(step)
            report = self._reporter(progress, index, done_bytes, total_bytes)
            report(0, label)
            self.actions.do(step, stage, report, cancel)
            done_bytes += step.size
            logger.info(f"step {index}/{len(self.steps)} done: {step.kind} {label}")
            self._record_done(step, index, batch_end)

    def _reporter(
        self, progress: ProgressCallback, index: int, base: int, total_bytes: int
    ) -> Callable[[int, str], None]:
        """Step ``index``'s progress: ``base`` bytes were done before it."""
        step = self.steps[index - 1]

        def report(nbytes: int, path: str) -> None:
            progress(
                ProgressEvent(
                    index, len(self.steps), base + nbytes, total_bytes, path, phase_of(step)
                )
            )

        return report

    def _record_done(self, step: Step, index: int, batch_end: int) -> None:
        """Journal a step (or the batch it ends) as done; the commit step is fsync'd."""
        if isinstance(step, PutFile) and step.commit:
            self.actions.flush_folders([step])  # the new version is on disk before it is noted
            self.journal.append({"t": "done", "step": index})
            self.journal.append({"t": "committed"})
            self._committed = True
            logger.info("commit point reached")
        elif index == batch_end:
            self.journal.append({"t": "done", "step": index}, sync=False)

    def _finished(self, total_bytes: int) -> ProgressEvent:
        count = len(self.steps)
        return ProgressEvent(
            count, count, total_bytes, total_bytes, "", msg(QT_TRANSLATE_NOOP("core", "Finished"))
        )

    def _roll_back_after(self, exc: BaseException) -> None:
        """Undo what the run did before the commit point; the caller re-raises ``exc``."""
        logger.info(f"rolling back steps 1..{self._started} after: {exc!r}")
        failures = self.roll_back(self._started)
        if failures:
            # The journal stays: recover finishes the rollback once the cause is lifted.
            logger.info("rollback incomplete: the journal is kept")
            raise incomplete_error(exc, failures) from None
        # undone on disk before the journal goes
        self.actions.flush_folders(self.steps[: self._started])
        self.journal.remove()
        logger.info("rolled back")

    def _end(self) -> None:
        """However the run ended: no flush left running, the journal closed, the lock let go."""
        try:
            self.actions.settle_flush()
        finally:
            self.journal.close()
            if self._own_lock:
                self.lock.release(tidy=lambda: remove_empty_state_dirs(self.root))
            remove_empty_state_dirs(self.root)

    def _batch_end(self, index: int) -> int:
        """File steps go in batches (bounded by count and bytes); any other step stands alone."""
        first = self.steps[index - 1]
        if not isinstance(first, PutFile) or first.commit:
            return index
        end, size = index, 0
        while end < len(self.steps):
            nxt = self.steps[end]
            if not isinstance(nxt, PutFile) or nxt.commit:
                break
            if end - index + 1 >= BATCH_FILES or size + nxt.size > BATCH_BYTES:
                break
            size += nxt.size
            end += 1
        return max(end, index)

    def roll_back(self, last: int) -> list[tuple[int, Exception]]:
        """Undo steps ``last`` down to 1, past any that fails (see :mod:`.rollback`); returns
        those still not undone."""
        return undo_all(self.steps, last, self.actions.undo, self.actions.path_of)


__all__ = ["BATCH_BYTES", "BATCH_FILES", "Transaction"]
