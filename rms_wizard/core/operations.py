"""The steps of a run as the wizard takes them, shared by the GUI's jobs and ``replay``.

* making and verifying a backup is :func:`rms_wizard.core.backup.backup_and_verify` (the CLI's
  ``backup``, the GUI and ``replay`` all call it);
* :func:`check_after`: look at the install afresh and say whether it is exactly a known state;
* :func:`apply_and_check`, :func:`uninstall_and_check`, :func:`recover_and_check`: a change to the
  install, then that look (the GUI's apply / uninstall / recover jobs, and ``replay``).

One place, so that a run replayed from an answer file does exactly what the wizard did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

from .apply import ApplyResult, apply_update
from .detect import detect_install
from .fault_plan import FaultPlan
from .models import InstallState
from .progress import CancelToken, ProgressCallback, no_progress
from .recovery import recover_interrupted
from .uninstall import UninstallResult, uninstall_sp1
from .verify import VerifyResult, verify_state

LogLine = Callable[[str], None]


def _no_log(line: str) -> None:
    del line


@dataclass(frozen=True)
class AfterCheck:
    """The install as found after a run, and whether it is exactly a known state."""

    state: InstallState
    result: VerifyResult


def check_after(root: Path) -> AfterCheck:
    after = detect_install(root)
    return AfterCheck(state=after, result=verify_state(after))


@dataclass(frozen=True)
class AppliedRun:
    """An update or a fresh install, and the install as found afterwards."""

    result: ApplyResult
    after: AfterCheck


def apply_and_check(
    root: Path,
    *,
    backup_dir: Path | None,
    password: SecretStr | None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    log: LogLine = _no_log,
    import_statistics: bool = False,
    faults: FaultPlan | None = None,
    install_path: str | None = None,
) -> AppliedRun:
    """Apply SP1 (:func:`~rms_wizard.core.apply.apply_update`), then :func:`check_after`."""
    result = apply_update(
        root,
        backup_dir=backup_dir,
        password=password,
        progress=progress,
        cancel=cancel,
        log=log,
        import_statistics=import_statistics,
        faults=faults,
        install_path=install_path,
    )
    return AppliedRun(result=result, after=check_after(root))


@dataclass(frozen=True)
class RemovedRun:
    """SP1 removed, and the install as found afterwards."""

    result: UninstallResult
    after: AfterCheck


def uninstall_and_check(
    root: Path,
    *,
    restore_config_db: Path | None,
    password: SecretStr | None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    log: LogLine = _no_log,
    faults: FaultPlan | None = None,
) -> RemovedRun:
    """Remove SP1 (:func:`~rms_wizard.core.uninstall.uninstall_sp1`), then :func:`check_after`."""
    result = uninstall_sp1(
        root,
        restore_config_db=restore_config_db,
        password=password,
        progress=progress,
        cancel=cancel,
        log=log,
        faults=faults,
    )
    return RemovedRun(result=result, after=check_after(root))


@dataclass(frozen=True)
class RecoveredRun:
    """What recovery did ("rolled-back", "completed" or "nothing"), and the install afterwards."""

    outcome: str
    after: AfterCheck


def recover_and_check(root: Path, *, log: LogLine = _no_log) -> RecoveredRun:
    """Roll back or complete an interrupted run (the journal decides), then :func:`check_after`."""
    outcome = recover_interrupted(root.resolve(), log=log)
    return RecoveredRun(outcome=outcome, after=check_after(root))


__all__ = [
    "AfterCheck",
    "AppliedRun",
    "RecoveredRun",
    "RemovedRun",
    "apply_and_check",
    "check_after",
    "recover_and_check",
    "uninstall_and_check",
]
