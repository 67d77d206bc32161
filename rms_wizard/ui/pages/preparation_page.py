"""Preparation: the checklist before updating, each item with a live state.

* back up the configuration database and the private key (made into a folder the admin picks,
  then verified), or point to an existing backup (verified the same way) -- required;
* back up the logging database, only to keep past statistics -- optional;
* the private-key password (checked on the previous page);
* the critical and security updates of Windows (status from detection; Setup asks before going on
  without them; the sandbox installs them: :mod:`.os_updates_step`).
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
)

from ...i18n import tr_message
from ..page_id import PageId
from ..state import Event, RunOperation, WizardState
from ..widgets.accessible import announce_as_shown
from ..widgets.checklist import ChecklistItem, ItemState
from .backup_step import BackupStep
from .base import BasePage, fmt
from .os_updates_step import OsUpdatesStep

#: The time stamp (and number) this page puts at the end of a folder's name.
_STAMP_SUFFIX = re.compile(r"-\d{8}-\d{6}(?:-\d+)?$")


def name_stamp() -> str:
    """The local time as ``YYYYmmdd-HHMMSS``, in the names of new backup folders and run reports
    (one place, so that ``tools/screenshots.py`` can fix the clock)."""
    return datetime.now().strftime("%Y%m%d-%H%M%S")


class PreparationPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "preparationPage")

        # 1. backup of the configuration database and the key
        self.backup_item = ChecklistItem("backupItem")
        self.backup_step = BackupStep(state, self.backup_item, self)
        self.backup_step.changed.connect(self._on_step_changed)
        self.body.addWidget(self.backup_item)

        # 2. logging database (optional)
        self.logging_item = ChecklistItem("loggingItem")
        self.keep_stats = QCheckBox()
        self.keep_stats.setObjectName("keepStatisticsCheck")
        self.keep_stats.setChecked(state.keep_statistics)
        self.keep_stats.toggled.connect(self._on_keep_stats)
        self.backup_step.include_logging_db = self.keep_stats.isChecked
        stats_row = QHBoxLayout()
        stats_row.addWidget(self.keep_stats)
        stats_row.addStretch(1)
        self.logging_item.add_controls(stats_row)
        self.body.addWidget(self.logging_item)

        # 3. password, 4. Windows updates
        self.password_item = ChecklistItem("passwordItem")
        self.body.addWidget(self.password_item)
        self.updates_item = ChecklistItem("osUpdatesItem")
        self.os_updates = OsUpdatesStep(state, self.updates_item, self)
        self.os_updates.changed.connect(self._on_step_changed)
        self.body.addWidget(self.updates_item)
        self.body.addStretch(1)
        self.retranslate_ui()

    # ---- page life

    def initializePage(self) -> None:
        self.clear_error()
        state = self.state
        if state.scenario is not None and not state.has_event(Event.BACKUP_MADE):
            self.keep_stats.setChecked(state.scenario.keep_statistics or state.keep_statistics)
        folder = self.backup_step.folder_edit
        if not folder.text():
            folder.setText(self.backup_step.default_folder())
        self._render()

    def busy(self) -> bool:
        return self.backup_step.busy()

    def isComplete(self) -> bool:
        return self.state.backup_ready() and not self.busy() and not self.os_updates.busy()

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        problem = self.setup_wizard().access_problem()
        if problem:
            self.show_error(problem)
            return False
        if not self.os_updates.confirm_going_on(self):
            return False
        self.state.operation = RunOperation.UPDATE
        return True

    def nextId(self) -> int:
        return PageId.READY

    def enter_action(self) -> None:
        """Enter while Next is still disabled (no verified backup yet): Back up now."""
        if not self.isComplete() and not self.busy():
            self.backup_step.make_backup()

    @Slot()
    def _on_step_changed(self) -> None:
        self._render()
        self.completeChanged.emit()

    @Slot(bool)
    def _on_keep_stats(self, checked: bool) -> None:
        self.state.keep_statistics = checked
        self._render()
        self.completeChanged.emit()

    def cancel_work(self) -> None:
        self.backup_step.cancel()

    # ---- texts

    def _render(self) -> None:
        state = self.state
        self.backup_step.render()
        self.keep_stats.setEnabled(not self.busy())
        backup = state.backup
        has_logging = backup is not None and backup.manifest.item("logging-db") is not None
        if not self.keep_stats.isChecked():
            self.logging_item.set_state(
                ItemState.OPTIONAL, self.tr("Not needed: past statistics will not be kept.")
            )
        elif has_logging:
            self.logging_item.set_state(
                ItemState.DONE,
                self.tr("In the backup; its entries are copied back after the update."),
            )
        elif backup is not None:
            self.logging_item.set_state(
                ItemState.WARNING,
                self.tr(
                    "This backup has no logging database. Make the backup again, or clear the "
                    "check box."
                ),
            )
        else:
            self.logging_item.set_state(
                ItemState.PENDING, self.tr("Will be included in the backup.")
            )

        if state.password_verified:
            note = state.keyring_note
            status = self.tr("Checked: the password opens the private key.")
            if state.remember_password:
                status += " " + self.tr("It is stored in the keyring.")
            elif note is not None:
                status += " " + fmt(self.tr("Not stored in the keyring: %1"), tr_message(note))
            self.password_item.set_state(ItemState.DONE, status)
        else:
            self.password_item.set_state(ItemState.PENDING, self.tr("Not checked yet."))

        self.os_updates.render()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Preparation"))
        self.setSubTitle(
            self.tr(
                "Make sure the server can be brought back: Next is enabled once a verified backup exists."
            )
        )
        self.backup_step.retranslate_ui()
        self.logging_item.set_texts(
            self.tr("Back up the logging database (optional)"),
            self.tr(
                "Only needed to keep the statistics RMS logged so far: SP1 creates the logging "
                "database anew, so its past entries are lost unless they are backed up."
            ),
        )
        self.keep_stats.setText(self.tr("&Keep past statistics (include the logging database)"))
        announce_as_shown(self.keep_stats)
        self.password_item.set_texts(self.tr("Have the password of the private key"), "")
        self.os_updates.retranslate_ui()
        self._render()
