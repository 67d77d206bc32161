"""Detect the install and plan the update: the Detection page's job."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from ...core.common.progress import CancelToken, ProgressCallback
from ...core.engine.plan import UpdatePlan
from ...core.engine.setuplog import SetupLog
from ...core.install.models import InstallState
from .worker import Job


class DetectionResult(BaseModel):
    state: InstallState
    plan: UpdatePlan | None = None


def detect_job(root: Path, log: SetupLog | None = None) -> Job:
    """Detect the install under ``root`` and, where one can be made, plan the update."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> DetectionResult:
        del progress, cancel
        from ...core.engine.detect import detect_install
        from ...core.engine.payload import baseline_payload, sp1_payload
        from ...core.engine.plan import plan_update
        from ...core.install.models import InstallStatus

        state = detect_install(root)
        if log is not None:
            log.detection(state)
        plan = None
        if state.status in (InstallStatus.INSTALLED, InstallStatus.NONE):
            plan = plan_update(state, sp1_payload(), baseline_payload())
            if log is not None:
                log.plan(plan)
        return DetectionResult(state=state, plan=plan)

    return run


__all__ = ["DetectionResult", "detect_job"]
