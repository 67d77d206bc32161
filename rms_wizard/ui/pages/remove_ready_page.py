"""Ready to remove SP1: what the removal will do, file by file, and the configuration database's
fate -- the commit page of the removal (Remove SP1), as Ready is the update's.

Maintenance chooses (restore the backup made before SP1, or keep the SP1 database) and verifies;
this page shows the result of that choice before anything changes (:mod:`~..core.removal_plan`).
Enter in a field of Maintenance therefore never removes SP1 at once.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWizard

from ...core.engine.removal_plan import RemovalPlan, plan_removal
from ..page_id import PageId
from ..state import WizardState
from ..widgets.accessible import name_item_view
from ..widgets.save_answers import SaveAnswers
from .base import BasePage, error_style, fmt, plain_label


class RemoveReadyPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "removeReadyPage")
        self.setCommitPage(True)
        self.plan: RemovalPlan | None = None
        self.summary = plain_label("removalSummary")
        self.body.addWidget(self.summary)
        self.files = QTreeWidget()
        self.files.setObjectName("removalFiles")
        self.files.setRootIsDecorated(False)
        self.files.setColumnCount(2)
        self.files.setAlternatingRowColors(True)
        self.body.addWidget(self.files, 1)
        self.databases = plain_label("removalDatabases")
        self.body.addWidget(self.databases)
        self.save_answers = SaveAnswers(
            state, self.log, page="removeReady"
        )  # record this removal for replay
        self.body.addWidget(self.save_answers)
        self.retranslate_ui()

    def initializePage(self) -> None:
        state = self.state
        self.plan = (
            plan_removal(state.root, state.install)
            if state.root is not None and state.install is not None
            else None
        )
        self.retranslate_ui()
        self.save_answers.refresh()
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.CommitButton).setAccessibleName(
                self.tr("Remove SP1")  # what it does, not "Commit"
            )
        # No field here: the keyboard starts on the action (Enter = Remove SP1, as announced).
        QTimer.singleShot(0, self._focus_action)

    def _focus_action(self) -> None:
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.button(QWizard.WizardButton.CommitButton).setFocus()

    def isComplete(self) -> bool:
        return self.plan is not None and not self.plan.store_missing

    def nextId(self) -> int:
        return PageId.UPDATING

    def _render(self) -> None:
        plan = self.plan
        self.files.clear()
        if plan is None:
            self.summary.clear()
            self.databases.clear()
            return
        if plan.store_missing:
            self.summary.setText(
                self.tr(
                    "The rollback store of this SP1 install is missing: Setup cannot put the RMS "
                    "1.0 files back. Go back and choose Cancel."
                )
            )
            self.summary.setStyleSheet(error_style())
        elif plan.fresh:
            self.summary.setText(
                self.tr(
                    "SP1 was installed fresh: Setup removes its %n file(s), and RMS with them.",
                    "",
                    plan.count("remove"),
                )
            )
            self.summary.setStyleSheet("")
        else:
            self.summary.setText(
                self.tr(
                    "Setup puts %n file(s) of RMS 1.0 back exactly as they were.",
                    "",
                    plan.count("restore"),
                )
                + " "
                + self.tr("It removes %n file(s) that SP1 added.", "", plan.count("remove"))
            )
            self.summary.setStyleSheet("")
        restore_text = self.tr("Put back the RMS 1.0 original")
        remove_text = self.tr("Remove (added by SP1)")
        for item in plan.items:
            row = QTreeWidgetItem(
                [item.path, restore_text if item.action == "restore" else remove_text]
            )
            self.files.addTopLevelItem(row)
        self.files.resizeColumnToContents(0)
        lines: list[str] = []
        backup = self.state.backup
        if self.state.uninstall_choice == "restore" and backup is not None:
            lines.append(
                fmt(
                    self.tr(
                        "Configuration database: restored from the backup made before SP1 (%1)."
                    ),
                    backup.folder,
                )
            )
        else:
            lines.append(
                self.tr(
                    "Configuration database: the SP1 database is kept; RMS 1.0 ignores the fields "
                    "SP1 added."
                )
            )
        if plan.logging_db_restored:
            lines.append(self.tr("Logging database: put back as it was before SP1."))
        self.databases.setText("\n".join(lines))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Ready to remove SP1"))
        self.setSubTitle(
            self.tr(
                "Check what Setup will do, then click Remove SP1. After this you cannot go back."
            )
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Remove SP1"))
        self.files.setHeaderLabels([self.tr("File"), self.tr("What Setup does")])
        name_item_view(self.files, self.tr("Files the removal changes"))
        self._render()
