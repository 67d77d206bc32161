"""The Preparation page's backup job, checked first for a folder that cannot be written (see
:mod:`rms_wizard.core.engine.backup_destination`): the admin reads which folder and why, and picks another."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...core.common.progress import CancelToken, ProgressCallback
from ...core.engine.backup_destination import writing_to
from ..jobs.worker import Job


def guarded_backup_job(dest: Path, job: Job) -> Job:
    """``job`` (the backup into ``dest``), run only once ``dest`` is known to be writable."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> Any:
        return writing_to(dest, lambda: job(progress, cancel))

    return run
