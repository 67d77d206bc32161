"""The wizard owns its running workers (issue 15, as Vorta's ``JobsManager``): each is held from
its start to its end, and stopping them all cancels and waits for every one."""

from __future__ import annotations

import threading

from rms_wizard.core.common.progress import Cancelled, CancelToken, ProgressCallback
from rms_wizard.ui.jobs.manager import JobsManager
from rms_wizard.ui.jobs.worker import Failure, Worker


def _until_cancelled(started: threading.Event):  # type: ignore[no-untyped-def]
    def job(progress: ProgressCallback, cancel: CancelToken) -> None:
        del progress
        started.set()
        while not cancel.checkpoint():
            started.wait(0.01)
        raise Cancelled()

    return job


def test_stop_all_cancels_and_waits_for_every_worker(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = JobsManager()
    failures: list[Failure] = []
    running = []
    for name in ("first", "second"):
        started = threading.Event()
        worker = Worker(_until_cancelled(started), name=name)
        worker.failed.connect(failures.append)
        jobs.start(worker)
        assert started.wait(10)
        running.append(worker)
    assert jobs.at_work() and set(jobs.live()) == set(running)

    jobs.stop_all()

    assert not jobs.live() and not jobs.at_work()
    assert all(not worker.running for worker in running)
    qtbot.waitUntil(lambda: len(failures) == 2)
    assert {failure.kind for failure in failures} == {"cancelled"}


def test_a_worker_leaves_the_manager_when_its_job_ends(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = JobsManager()
    worker = Worker(lambda progress, cancel: 42, name="answer")
    results: list[object] = []
    worker.finished.connect(results.append)
    jobs.start(worker)
    qtbot.waitUntil(lambda: results == [42] and not jobs.live())
    assert not jobs.at_work()
