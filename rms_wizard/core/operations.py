"""The steps of a run as the wizard takes them, shared by the GUI's workers and ``replay``.

* :func:`backup_and_verify`: make the backup, then verify it the way an existing backup is
  verified (every hash, every database's integrity, the key opens, the server fits);
* :func:`check_after`: look at the install afresh and say whether it is exactly a known state.

One place, so that a run replayed from an answer file does exactly what the wizard did.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

from .backup import BackupSet, make_backup, verify_backup
from .detect import detect_install
from .models import InstallState
from .progress import CancelToken, ProgressCallback, no_progress
from .verify import VerifyResult, verify_state


def backup_and_verify(
    state: InstallState,
    dest: Path,
    *,
    include_logging_db: bool,
    password: SecretStr,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> tuple[BackupSet, BackupSet]:
    """Make the backup into ``dest`` and verify it; returns (as made, as verified)."""
    made = make_backup(
        state,
        dest,
        include_logging_db=include_logging_db,
        password=password,
        progress=progress,
        cancel=cancel,
    )
    required = tuple(item.kind for item in made.manifest.items)
    return made, verify_backup(dest, password, server=state.identity, require=required)


@dataclass(frozen=True)
class AfterCheck:
    """The install as found after a run, and whether it is exactly a known state."""

    state: InstallState
    result: VerifyResult


def check_after(root: Path) -> AfterCheck:
    after = detect_install(root)
    return AfterCheck(state=after, result=verify_state(after))


__all__ = ["AfterCheck", "backup_and_verify", "check_after"]
