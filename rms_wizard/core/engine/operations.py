"""The steps of a run as the wizard takes them, shared by the GUI's jobs and ``replay``.

* making and verifying a backup is :func:`rms_wizard.core.engine.backup.backup_and_verify` (the CLI's
  ``backup``, the GUI and ``replay`` all call it);
* :func:`check_after`: look at the install afresh and say whether it is exactly a known state;
* :func:`apply_and_check`, :func:`uninstall_and_check`, :func:`recover_and_check`: a change to the
  install, then that look (the GUI's apply / uninstall / recover jobs, and ``replay``).

One place, so that a run replayed from an answer file does exactly what the wizard did.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypedDict, TypeVar

from pydantic import BaseModel, SecretStr

from ..common.progress import CancelToken, ProgressCallback, no_progress
from ..install.models import InstallState
from .apply import ApplyResult, apply_update
from .detect import detect_install
from .fault_plan import FaultPlan
from .recovery import recover_interrupted
from .uninstall import UninstallResult, uninstall_sp1
from .verify import VerifyResult, verify_state

ResultT = TypeVar("ResultT")


@dataclass(frozen=True)
class AfterCheck:
    """The install as found after a run, and whether it is exactly a known state."""

    state: InstallState
    result: VerifyResult


def check_after(root: Path) -> AfterCheck:
    after = detect_install(root)
    return AfterCheck(state=after, result=verify_state(after))


@dataclass(frozen=True)
class CheckedRun(Generic[ResultT]):
    """What a change did (the core's result), and the install as found afterwards."""

    result: ResultT
    after: AfterCheck


class RunArguments(TypedDict):
    """The keyword arguments of a change that say how it runs (see :class:`RunControls`)."""

    progress: ProgressCallback
    cancel: CancelToken | None
    faults: FaultPlan | None


@dataclass(frozen=True)
class RunControls:
    """How a change runs: where its progress goes, its cancel token and the faults of a drill
    (None: the environment's). Its lines go to :mod:`logging`, like the whole core's."""

    progress: ProgressCallback = no_progress
    cancel: CancelToken | None = None
    faults: FaultPlan | None = None

    def arguments(self) -> RunArguments:
        return RunArguments(progress=self.progress, cancel=self.cancel, faults=self.faults)


class _ChangeRequest(BaseModel):
    """What a change is asked to do: ``root``, and the core function's keyword arguments."""

    root: Path

    def arguments(self) -> dict[str, Any]:
        """The fields but ``root``: the keyword arguments of the core's function."""
        return {name: getattr(self, name) for name in type(self).model_fields if name != "root"}


class ApplyRequest(_ChangeRequest):
    """An update (from the verified backup in ``backup_dir``) or a fresh install (into
    ``install_path``) of the install under ``root``."""

    backup_dir: Path | None = None
    password: SecretStr | None = None
    import_statistics: bool = False
    install_path: str | None = None


def apply_and_check(request: ApplyRequest, run: RunControls) -> CheckedRun[ApplyResult]:
    """Apply SP1 (:func:`~rms_wizard.core.engine.apply.apply_update`), then :func:`check_after`."""
    result = apply_update(request.root, **request.arguments(), **run.arguments())
    return CheckedRun(result, check_after(request.root))


class UninstallRequest(_ChangeRequest):
    """Remove SP1 from the install under ``root``, restoring the configuration database from the
    backup in ``restore_config_db`` (opened with ``password``) or, when None, keeping SP1's."""

    restore_config_db: Path | None = None
    password: SecretStr | None = None


def uninstall_and_check(request: UninstallRequest, run: RunControls) -> CheckedRun[UninstallResult]:
    """Remove SP1 (:func:`~rms_wizard.core.engine.uninstall.uninstall_sp1`), then :func:`check_after`."""
    result = uninstall_sp1(request.root, **request.arguments(), **run.arguments())
    return CheckedRun(result, check_after(request.root))


def recover_and_check(root: Path) -> CheckedRun[str]:
    """Roll back or complete an interrupted run (the journal decides), then :func:`check_after`.
    The result says what recovery did: "rolled-back", "completed" or "nothing"."""
    return CheckedRun(recover_interrupted(root.resolve()), check_after(root))


__all__ = [
    "AfterCheck",
    "ApplyRequest",
    "CheckedRun",
    "RunArguments",
    "RunControls",
    "UninstallRequest",
    "apply_and_check",
    "check_after",
    "recover_and_check",
    "uninstall_and_check",
]
