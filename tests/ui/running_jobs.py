"""The workers every wizard of a test started, so the test's end can wait for them: a worker must
not outlive its test (it would run on into the next one). The wizard owns its workers
(:class:`~rms_wizard.ui.jobs.manager.JobsManager`); a test's fixtures may not hold the wizard, so
each manager made during the test is remembered here."""

from __future__ import annotations

import pytest

from rms_wizard.ui.jobs.manager import JobsManager

_made: list[JobsManager] = []


def watch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the test ends, remember every JobsManager made (one per wizard)."""
    _made.clear()
    real = JobsManager.__init__

    def remembered(self: JobsManager) -> None:
        real(self)
        _made.append(self)

    monkeypatch.setattr(JobsManager, "__init__", remembered)


def wait_all() -> None:
    """Block until every worker of every wizard made since :func:`watch` has ended."""
    for jobs in list(_made):
        jobs.wait_all()
