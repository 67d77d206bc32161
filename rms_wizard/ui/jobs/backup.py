"""Make a backup and verify it, or verify one made before: the preparation and maintenance
pages' jobs (the CLI's ``backup`` calls the same :func:`~rms_wizard.core.engine.backup.backup_and_verify`)."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr

from ...core.common.progress import CancelToken, ProgressCallback
from ...core.engine.backup import BackupSet, backup_and_verify, verify_backup
from ...core.engine.setuplog import SetupLog
from ...core.install.models import InstallState, ServerIdentity
from .worker import Job


def backup_job(
    state: InstallState,
    dest: Path,
    *,
    include_logging_db: bool,
    password: SecretStr,
    log: SetupLog | None = None,
) -> Job:
    """Make the backup, then verify it the same way an existing backup is verified."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> BackupSet:
        made = backup_and_verify(
            state,
            dest,
            include_logging_db=include_logging_db,
            password=password,
            progress=progress,
            cancel=cancel,
        )
        if log is not None:
            log.backup(made)
        return made

    return run


def verify_backup_job(
    folder: Path, password: SecretStr, server: ServerIdentity, log: SetupLog | None = None
) -> Job:
    """Verify an existing backup folder (hashes, integrity, the key opens, the server fits)."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> BackupSet:
        del progress, cancel
        backup = verify_backup(folder, password, server=server)
        if log is not None:
            log.line(f"backup verified: {folder}")
            log.backup(backup)
        return backup

    return run


__all__ = ["backup_job", "verify_backup_job"]
