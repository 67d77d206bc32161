"""The Finished page's texts by operation, marked in the page's context (the page translates them
with ``self.tr``); Repair's come from :class:`rms_wizard.ui.jobs.repair.RepairTexts`, a recovery's
from the page."""

from __future__ import annotations

from ...core.common.messages import QT_TRANSLATE_NOOP
from ..state import RunOperation

#: The headline of a run that is done, by operation.
DONE_HEADLINES = {
    RunOperation.UPDATE: QT_TRANSLATE_NOOP("FinishedPage", "RMS is updated to Service Pack 1."),
    RunOperation.FRESH_INSTALL: QT_TRANSLATE_NOOP(
        "FinishedPage", "RMS with Service Pack 1 is installed."
    ),
    RunOperation.UNINSTALL: QT_TRANSLATE_NOOP("FinishedPage", "SP1 is removed."),
}
#: What a run that failed or was cancelled left the server running, by operation.
STILL_RUNS = {
    RunOperation.UPDATE: QT_TRANSLATE_NOOP(
        "FinishedPage", "The server still runs RMS 1.0, exactly as before the update."
    ),
    RunOperation.UNINSTALL: QT_TRANSLATE_NOOP(
        "FinishedPage", "The server still runs RMS with SP1, exactly as before."
    ),
    RunOperation.FRESH_INSTALL: QT_TRANSLATE_NOOP(
        "FinishedPage", "RMS is still not installed on this server."
    ),
}
