"""Write the run report: the finished and cluster pages' job."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ...core.common.messages import QT_TRANSLATE_NOOP, RmsError, os_error_message
from ...core.common.progress import CancelToken, ProgressCallback
from ...core.engine.setuplog import SetupLog
from .worker import Job, ui_message

if TYPE_CHECKING:
    from ...run_report import RunRecord


def report_job(record: RunRecord, path: Path, root: Path | None, log: SetupLog | None) -> Job:
    """Write the run report (an HTML page) to ``path``; the install is looked at once more
    when the run did not end with a look of its own."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> Path:
        del progress, cancel
        from ...core.engine.detect import detect_install
        from ...run_report import write_logged_report

        if record.after is None and root is not None and record.operation.value != "plan":
            try:
                record.after = detect_install(root)
            except RmsError:
                record.after = None
        try:
            return write_logged_report(path, record, log)
        except OSError as exc:
            raise RmsError(
                ui_message(
                    QT_TRANSLATE_NOOP("Workers", "The report could not be written to %1: %2"),
                    path,
                    os_error_message(exc),
                )
            ) from None

    return run


__all__ = ["report_job"]
