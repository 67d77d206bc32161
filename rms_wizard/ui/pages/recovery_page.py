"""Recovery (an interrupted run found): what was found, and the way back to a known state.

The journal decides the way: before the commit point every step is undone (roll back); after it
the remaining steps are finished (complete). Either way the server ends in a known state. The
work itself runs on the progress page.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from ...core.engine.interrupted_files import InterruptedFiles, interrupted_files
from ...core.install.models import InterruptedInfo
from ..page_id import PageId
from ..state import RunOperation, WizardState
from .base import BasePage, fmt, note_style, plain_label


class RecoveryPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "recoveryPage")
        self.setCommitPage(True)
        self._files: InterruptedFiles | None = None
        self.found = plain_label("recoveryFound")
        self.body.addWidget(self.found)
        self.way = plain_label("recoveryWay")
        self.body.addWidget(self.way)
        self.other = plain_label("recoveryOther")
        self.body.addWidget(self.other)
        self.blocked = plain_label("recoveryBlocked")
        self.blocked.setStyleSheet(note_style())
        self.body.addWidget(self.blocked)
        self.body.addStretch(1)
        self.retranslate_ui()

    def initializePage(self) -> None:
        root = self.state.root
        self._files = interrupted_files(root) if root is not None else None
        self.retranslate_ui()

    def nextId(self) -> int:
        return PageId.UPDATING

    def _info(self) -> InterruptedInfo | None:
        install = self.state.install
        return install.interrupted if install is not None else None

    def isComplete(self) -> bool:
        info = self._info()
        return info is not None and not info.lock_holder_alive

    def validatePage(self) -> bool:
        self.state.operation = RunOperation.RECOVER
        return self.isComplete()

    def _operation_text(self, operation: str) -> str:
        return {
            "apply": self.tr("an update to SP1"),
            "uninstall": self.tr("a removal of SP1"),
            "recover": self.tr("a recovery"),
        }.get(operation, self.tr("a change"))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Recover an interrupted run"))
        self.setSubTitle(self.tr("Setup brings the server back to a known state."))
        info = self._info()
        committed = info is not None and info.committed
        self.setButtonText(
            QWizard.WizardButton.CommitButton,
            self.tr("&Complete") if committed else self.tr("&Roll back"),
        )
        if info is None:
            for label in (self.found, self.way, self.other, self.blocked):
                label.clear()
            return
        files = self._files
        if info.steps_total and files is not None:
            # One count, the files as they are on disk (what detection lists too); plural forms.
            self.found.setText(
                fmt(
                    self.tr("Setup found %1 that did not finish.", ""),
                    self._operation_text(info.operation),
                )
                + " "
                + self.tr(
                    "It had changed %n file(s) before it stopped, out of %1.", "", files.changed
                ).replace("%1", str(files.total))
                + " "
                + self.tr(
                    "It left a journal of every step, so it knows exactly what to undo or finish."
                )
            )
        else:
            self.found.setText(
                fmt(
                    self.tr("Setup found a lock left by %1 that did not finish, but no journal."),
                    self._operation_text(info.operation),
                )
            )
        if committed:
            self.way.setText(
                self.tr(
                    "The run had already reached its commit point (the new version was recorded), "
                    "so Setup completes it: the remaining steps are finished."
                )
            )
            self.other.setText(
                self.tr(
                    "Rolling back is no longer the safe way: the change was already recorded "
                    "as done."
                )
            )
        else:
            self.way.setText(
                self.tr(
                    "The run stopped before its commit point, so Setup rolls it back: every file "
                    "goes back to exactly what it was before."
                )
            )
            self.other.setText(
                self.tr(
                    "Completing is not offered: a run is only finished once it has been recorded "
                    "as done. After the roll-back you can start the update again."
                )
            )
        if info.lock_holder_alive:
            self.blocked.setText(
                self.tr(
                    "Another Setup run is still working on this install. Wait for it to finish, "
                    "then start Setup again."
                )
            )
            self.blocked.show()
        else:
            self.blocked.hide()
