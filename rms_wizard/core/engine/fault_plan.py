"""Fault injection: ``RMS_WIZARD_FAULT`` breaks a run at a chosen step, for drills and tests.

``kill-at-step:N`` kills the process (as a power cut would, but for the disk's cache),
``fail-at-step:N`` fails step N with an I/O error, ``disk-full-at-step:N`` with a full disk. A
transaction checks its plan before each step (:meth:`FaultPlan.check`).
"""

from __future__ import annotations

import errno
import os
import signal

from ..common.messages import QT_TRANSLATE_NOOP, RmsError, msg

FAULT_ENV = "RMS_WIZARD_FAULT"


class FaultPlan:
    """``RMS_WIZARD_FAULT``: a drill and testing aid that breaks a run at a chosen step."""

    def __init__(self, spec: str | None) -> None:
        self.kind: str | None = None
        self.step = -1
        if not spec:
            return
        kind, _, number = spec.partition(":")
        if (
            kind not in ("kill-at-step", "fail-at-step", "disk-full-at-step")
            or not number.isdigit()
        ):
            raise RmsError(
                msg(QT_TRANSLATE_NOOP("core", "Unknown fault injection setting: %1"), spec)
            )
        self.kind, self.step = kind, int(number)

    @classmethod
    def from_env(cls) -> FaultPlan:
        return cls(os.environ.get(FAULT_ENV))

    def check(self, step: int) -> None:
        if step != self.step:
            return
        if self.kind == "kill-at-step":
            os.kill(os.getpid(), signal.SIGKILL)
        if self.kind == "fail-at-step":
            raise OSError(errno.EIO, os.strerror(errno.EIO) + " (injected fault)")
        if self.kind == "disk-full-at-step":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


__all__ = ["FAULT_ENV", "FaultPlan"]
