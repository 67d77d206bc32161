"""Debrief (sandbox mode, the last page): the operator's steps checked against the recommendations.

:func:`~rms_wizard.training.debrief_rules.build_debrief` reads the trail the pages recorded
(``state.events``) and looks at the sandbox as it is now (on a worker: it examines every server);
:class:`~rms_wizard.ui.widgets.debrief_view.DebriefView` shows the checklist with its score and
exports it as a small HTML report for the trainer (proposed inside the sandbox folder). "Reset
scenario" starts the scenario again from a fresh copy (:meth:`SetupWizard.reset_scenario`).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QPushButton

from ...training.debrief import Debrief
from ..jobs.worker import Failure, Worker
from ..sandbox_flow import debrief_job
from ..state import WizardState
from ..widgets.accessible import announce_as_shown
from ..widgets.debrief_view import DebriefView, documents_folder
from .base import BasePage, plain_label


class DebriefPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "debriefPage")
        self.setFinalPage(True)
        self._worker: Worker | None = None
        self.debrief: Debrief | None = None
        self.busy = plain_label("debriefBusy")
        self.body.addWidget(self.busy)
        self.view = DebriefView(state.language)
        heading = self.view.findChild(QLabel, "debriefHeading")
        if heading is not None:
            heading.hide()  # the page's title says it
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("debriefResetButton")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self._reset)
        self.reset_button.setVisible(state.sandbox and state.scenario is not None)
        self.view.button_row.insertWidget(0, self.reset_button)
        self.body.addWidget(self.view, 1)
        self.retranslate_ui()

    def initializePage(self) -> None:
        state = self.state
        folder = state.sandbox_folder
        if state.scenario is None or folder is None or self.working:
            return
        self.clear_error()
        self.view.export_folder = documents_folder()  # never the sandbox: a reset deletes it
        self.view.reset_folder = folder
        log = self.setup_wizard().log
        worker = Worker(
            debrief_job(state.scenario, list(state.events), folder), name="debrief", log=log
        )
        worker.finished.connect(self._on_debrief)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self.setup_wizard().jobs.start(worker)
        self._render()

    @property
    def working(self) -> bool:
        return self._worker is not None and self._worker.running

    def isComplete(self) -> bool:
        return not self.working

    def nextId(self) -> int:
        return -1

    @Slot()
    def _reset(self) -> None:
        self.setup_wizard().reset_scenario()

    @Slot(object)
    def _on_debrief(self, debrief: Debrief) -> None:
        state = self.state
        self.debrief = debrief
        assert state.scenario is not None
        self.view.set_debrief(debrief, state.scenario, state.events)
        self.setup_wizard().log.line(
            f"debrief: {debrief.passed_count}/{debrief.applicable_count} "
            + " ".join(f"{item.id}={'yes' if item.passed else 'no'}" for item in debrief.items)
        )
        self._render()

    @Slot(object)
    def _on_failed(self, failure: Failure) -> None:
        self.show_error(failure.text())
        self._render()

    def _render(self) -> None:
        self.busy.setText(self.tr("Checking your steps and the sandbox\u2026"))
        self.busy.setVisible(self.working)
        self.completeChanged.emit()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Debrief"))
        self.setSubTitle(
            self.tr(
                "Your steps compared with the recommendations for this update. Export the "
                "checklist for your trainer."
            )
        )
        self.view.set_language(self.state.language)
        announce_as_shown(self.view.export_button, self.tr("Export the debrief as HTML"))
        # Its own Alt key: the banner's "Reset scenario" (Alt+A) is hidden on this page.
        self.reset_button.setText(self.tr("&Reset scenario"))
        self.reset_button.setAccessibleName(self.tr("Reset scenario"))
        self.reset_button.setToolTip(
            self.tr("Start this scenario again from a fresh copy of the sandbox")
        )
        self._render()
