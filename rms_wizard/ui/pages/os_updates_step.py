"""The Preparation page's fourth item: the critical and security updates of Windows.

The seed asks for them before RMS is updated. Setup does not install Windows updates on a real
server (Windows Update does), but it says which are missing and asks before going on without them
("Updates are missing. Continue anyway?", as an installer asks about a missing prerequisite). In the
sandbox, "Install the missing updates" plays Windows Update: the core's
:func:`~rms_wizard.training.cluster_sandbox.install_pending_os_updates` removes them from the practice
server, and the install is detected again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from ...core.common.progress import CancelToken, ProgressCallback
from ...core.engine.detect import detect_install
from ...core.engine.setuplog import SetupLog
from ...core.install.models import InstallState
from ...training.cluster_sandbox import install_pending_os_updates
from ..jobs.worker import Failure, Job, Worker
from ..state import Event, WizardState
from ..widgets.checklist import ChecklistItem, ItemState
from .base import BasePage


def install_updates_job(root: Path, log: SetupLog | None) -> Job:
    """Install the sandbox's pending updates; the install as detected afterwards, and their ids."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> tuple[InstallState, list[str]]:
        del progress, cancel

        installed = install_pending_os_updates(root)
        if log is not None:
            log.line("sandbox: OS updates installed: " + ", ".join(installed))
        return detect_install(root), installed

    return run


class OsUpdatesStep(QObject):
    """The updates item of the checklist: its status, the sandbox's install button, the question."""

    #: The install changed (the updates were installed): the page renders again.
    changed = Signal()

    def __init__(self, state: WizardState, item: ChecklistItem, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.item = item
        self._worker: Worker | None = None
        self._failure: Failure | None = None
        self.install = QPushButton()
        self.install.setObjectName("installOsUpdatesButton")
        self.install.setAutoDefault(False)
        self.install.clicked.connect(self.install_updates)
        row = QHBoxLayout()
        row.addWidget(self.install)
        row.addStretch(1)
        item.add_controls(row)

    def busy(self) -> bool:
        return self._worker is not None and self._worker.running

    def pending(self) -> list[str]:
        install = self.state.install
        return [update.id for update in install.pending_os_updates] if install else []

    @Slot()
    def install_updates(self) -> None:
        state, page = self.state, self.parent()
        if self.busy() or state.root is None or not state.sandbox or not self.pending():
            return
        if not isinstance(page, BasePage) or page.wizard() is None:
            return  # the button is on a page of the wizard
        wizard = page.setup_wizard()
        log = wizard.log
        worker = Worker(install_updates_job(state.root, log), name="os-updates", log=log)
        worker.finished.connect(self._on_installed)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self._failure = None
        wizard.jobs.start(worker)
        self.render()
        self.changed.emit()

    @Slot(object)
    def _on_installed(self, result: tuple[InstallState, list[str]]) -> None:
        install, installed = result
        self.state.install = install
        self.state.record(Event.OS_UPDATES_INSTALLED, updates=",".join(installed))
        self.render()
        self.changed.emit()

    @Slot(object)
    def _on_failed(self, failure: Failure) -> None:
        self._failure = failure
        self.render()
        self.changed.emit()

    def confirm_going_on(self, parent: QWidget) -> bool:
        """Before the update: with updates still missing, ask (default: No, go back)."""
        missing = self.pending()
        if not missing:
            return True
        answer = QMessageBox.question(
            parent,
            self.tr("Updates are missing"),
            self.tr(
                "%n critical or security update(s) of Windows are not installed yet: %1.\n\n"
                "Install them before you update RMS. Continue without them anyway?",
                "",
                len(missing),
            ).replace("%1", ", ".join(missing)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def render(self) -> None:
        install = self.state.install
        pending = install.pending_os_updates if install else []
        self.install.setVisible(self.state.sandbox and bool(pending))
        self.install.setEnabled(not self.busy())
        if self.busy():
            self.item.set_state(ItemState.BUSY, self.tr("Installing the missing updates\u2026"))
        elif self._failure is not None:
            self.item.set_state(ItemState.FAILED, self._failure.text())
        elif pending:
            advice = (
                self.tr(
                    "Install them first: Install the missing updates plays Windows Update here."
                )
                if self.state.sandbox
                else self.tr(
                    "Install them first with Windows Update, on the servers and the clients."
                )
            )
            self.item.set_state(
                ItemState.WARNING,
                self.tr("%n update(s) still pending: ", "", len(pending))
                + ", ".join(f"{u.id} ({BasePage.severity_text(u.severity)})" for u in pending)
                + ". "
                + advice,
            )
        else:
            self.item.set_state(
                ItemState.DONE, self.tr("All critical and security updates are installed.")
            )

    def retranslate_ui(self) -> None:
        self.item.set_texts(
            self.tr("Install the latest critical and security updates of Windows"), ""
        )
        self.install.setText(self.tr("Install the &missing updates"))
        self.install.setAccessibleName(self.tr("Install the missing updates"))
        self.render()
