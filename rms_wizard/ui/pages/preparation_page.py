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
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
)

from ...core.backup import MANIFEST_NAME, BackupSet
from ...core.progress import ProgressEvent
from ...i18n import tr_message
from ..answers_record import backup_folder_default
from ..page_id import PageId
from ..state import Event, Operation, WizardState
from ..widgets.accessible import announce_as_shown, plain_text
from ..widgets.checklist import ChecklistItem, ItemState
from ..workers import Failure, Worker, backup_job, verify_backup_job
from .backup_guard import guarded_backup_job
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
        self._worker: Worker | None = None
        self._worker_kind = ""
        self._failure: Failure | None = None

        # 1. backup of the configuration database and the key
        self.backup_item = ChecklistItem("backupItem")
        row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backupFolderLabel")
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("backupFolderEdit")
        self.folder_label.setBuddy(self.folder_edit)
        self.folder_edit.textChanged.connect(self._on_folder_edited)
        self.browse = QPushButton()
        self.browse.setObjectName("browseBackupButton")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        self.make = QPushButton()
        self.make.setObjectName("makeBackupButton")
        self.make.setAutoDefault(False)
        self.make.clicked.connect(self.make_backup)
        # Its own spacing (a row in the checklist's grid inherits none): the label never touches
        # its field, as "Back-upmap:" did in Dutch.
        row.setSpacing(6)
        row.addWidget(self.folder_label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse)
        row.addWidget(self.make)
        self.backup_item.add_controls(row)
        row2 = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.hide()
        self.existing = QPushButton()
        self.existing.setObjectName("useExistingBackupButton")
        self.existing.setAutoDefault(False)
        self.existing.clicked.connect(self._choose_existing)
        row2.addWidget(self.progress, 1)
        row2.addStretch(0)
        row2.addWidget(self.existing)
        self.backup_item.add_controls(row2)
        self.body.addWidget(self.backup_item)

        # 2. logging database (optional)
        self.logging_item = ChecklistItem("loggingItem")
        self.keep_stats = QCheckBox()
        self.keep_stats.setObjectName("keepStatisticsCheck")
        self.keep_stats.setChecked(state.keep_statistics)
        self.keep_stats.toggled.connect(self._on_keep_stats)
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
        self.os_updates.changed.connect(self._on_updates_changed)
        self.body.addWidget(self.updates_item)
        self.body.addStretch(1)
        self.retranslate_ui()

    # ---- page life

    def initializePage(self) -> None:
        self.clear_error()
        state = self.state
        if state.scenario is not None and not state.has_event(Event.BACKUP_MADE):
            self.keep_stats.setChecked(state.scenario.keep_statistics or state.keep_statistics)
        if not self.folder_edit.text():
            self.folder_edit.setText(self._default_folder())
        self._render()

    def _default_folder(self) -> str:
        state = self.state
        if state.backup_folder is not None:
            return str(state.backup_folder)

        recorded = backup_folder_default(state)  # --answers FILE
        if recorded is not None:
            return recorded
        if state.sandbox and state.root is not None:
            stamp = name_stamp()
            return str(state.root / "backups" / f"wizard-{stamp}")
        return ""

    def busy(self) -> bool:
        return self._worker is not None and self._worker.running

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
        self.state.operation = Operation.UPDATE
        return True

    def nextId(self) -> int:
        return PageId.READY

    def enter_action(self) -> None:
        """Enter while Next is still disabled (no verified backup yet): Back up now."""
        if not self.isComplete() and not self.busy():
            self.make_backup()

    # ---- making or choosing the backup

    def _destination(self, chosen: Path) -> Path:
        """Where a new backup goes: an absent or empty folder as it is; beside an earlier backup
        (a folder with a backup.json) a new folder; inside any other folder a new folder."""
        if not chosen.exists() or (chosen.is_dir() and not any(chosen.iterdir())):
            return chosen
        stamp = name_stamp()
        if (chosen / MANIFEST_NAME).exists():  # "wizard-<then>" becomes "wizard-<now>", not both
            base = chosen.with_name(f"{_STAMP_SUFFIX.sub('', chosen.name)}-{stamp}")
        else:
            base = chosen / f"{self.state.server_name or 'rms'}-backup-{stamp}"
        target, number = base, 1
        while target.exists():
            number += 1
            target = base.with_name(f"{base.name}-{number}")
        return target

    @Slot()
    def _browse(self) -> None:
        start = self.folder_edit.text() or str(self.state.root or Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the backup"), str(Path(start).parent)
        )
        if chosen:
            self.folder_edit.setText(str(self._destination(Path(chosen))))

    @Slot()
    def make_backup(self) -> None:
        state = self.state
        text = self.folder_edit.text().strip()
        if self.busy() or state.install is None or state.password is None:
            return
        if not text:
            self._failure = None  # the last attempt's error is not about this (empty) field
            self._render()
            self.show_error(self.tr("Choose a folder for the backup first."))
            self.folder_edit.setFocus()
            return
        self.clear_error()
        self._failure = None
        dest = self._destination(Path(text))
        if dest != Path(text):
            self.folder_edit.setText(str(dest))
        state.backup = None
        worker = Worker(
            guarded_backup_job(
                dest,
                backup_job(
                    state.install,
                    dest,
                    include_logging_db=self.keep_stats.isChecked(),
                    password=state.password,
                    log=self.setup_wizard().log,
                ),
            ),
            name="backup",
            log=self.setup_wizard().log,
        )
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_backup_done)
        worker.failed.connect(self._on_backup_failed)
        self._start(worker, "make")

    @Slot()
    def _choose_existing(self) -> None:
        state = self.state
        if self.busy() or state.install is None or state.password is None:
            return
        start = str(state.root / "backups") if state.sandbox and state.root else str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose an existing backup folder"), start
        )
        if not chosen:
            return
        self.clear_error()
        self._failure = None
        state.backup = None
        worker = Worker(
            verify_backup_job(
                Path(chosen), state.password, state.install.identity, self.setup_wizard().log
            ),
            name="verify-backup",
            log=self.setup_wizard().log,
        )
        worker.finished.connect(self._on_backup_done)
        worker.failed.connect(self._on_backup_failed)
        self._start(worker, "verify")

    def _start(self, worker: Worker, kind: str) -> None:
        self._worker = worker
        self._worker_kind = kind
        self.progress.setRange(0, 0)
        self.progress.show()
        worker.start()
        self._render()
        self.completeChanged.emit()

    @Slot(object)
    def _on_progress(self, event: ProgressEvent) -> None:
        self.progress.setRange(0, max(event.bytes_total, 1))
        self.progress.setValue(event.bytes_done)

    @Slot(object)
    def _on_backup_done(self, backup: BackupSet) -> None:
        state = self.state
        state.backup = backup
        state.backup_folder = backup.folder
        self.folder_edit.setText(str(backup.folder))  # the field shows the backup in use
        if self._worker_kind == "make":
            has_logging = backup.manifest.item("logging-db") is not None
            state.record(
                Event.BACKUP_MADE,
                folder=backup.folder,
                logging_db="yes" if has_logging else "no",
            )
            if has_logging:
                state.record(Event.LOGGING_DB_BACKED_UP, folder=backup.folder)
        state.record(Event.BACKUP_VERIFIED, folder=backup.folder)
        self.progress.hide()
        self._render()
        self.completeChanged.emit()

    @Slot(object)
    def _on_backup_failed(self, failure: Failure) -> None:
        self._failure = failure
        self.state.record(Event.BACKUP_FAILED, reason=failure.kind)
        self.progress.hide()
        self._render()
        self.completeChanged.emit()
        if self._worker_kind == "make":  # another folder, perhaps: the field is ready for it
            self.folder_edit.setFocus()
            self.folder_edit.selectAll()

    @Slot()
    def _on_folder_edited(self) -> None:
        self.clear_error()

    @Slot()
    def _on_updates_changed(self) -> None:
        self._render()
        self.completeChanged.emit()

    @Slot(bool)
    def _on_keep_stats(self, checked: bool) -> None:
        self.state.keep_statistics = checked
        self._render()
        self.completeChanged.emit()

    def cancel_work(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    # ---- texts

    def _render(self) -> None:
        state = self.state
        busy = self.busy()
        for widget in (self.folder_edit, self.browse, self.make, self.existing, self.keep_stats):
            widget.setEnabled(not busy)
        backup = state.backup
        if busy:
            self.backup_item.set_state(
                ItemState.BUSY,
                self.tr("Making the backup\u2026")
                if self._worker_kind == "make"
                else self.tr("Verifying the backup\u2026"),
            )
        elif self._failure is not None:
            self.backup_item.set_state(ItemState.FAILED, self._failure.text())
        elif backup is not None:
            self.backup_item.set_state(
                ItemState.DONE,
                fmt(self.tr("Verified backup in %1"), backup.folder),
            )
        else:
            self.backup_item.set_state(ItemState.PENDING, self.tr("No backup yet."))

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
        self.backup_item.set_texts(
            self.tr("Back up the configuration database and the private key"),
            self.tr(
                "Required. Choose a folder for the backup and make it; Setup then verifies it. "
                "If you already have a backup, use it instead: it is verified the same way."
            ),
        )
        self.folder_label.setText(self.tr("Backup &folder:"))
        self.folder_edit.setAccessibleName(plain_text(self.folder_label.text()))
        self.folder_edit.setPlaceholderText(self.tr("Folder for the backup"))
        self.browse.setText(self.tr("Br&owse\u2026"))
        announce_as_shown(self.browse, self.tr("Choose the folder for the backup"))
        self.make.setText(self.tr("Back &up now"))
        self.make.setAccessibleName(self.tr("Back up now"))
        self.existing.setText(self.tr("Use an &existing backup\u2026"))
        self.existing.setAccessibleName(self.tr("Use an existing backup"))
        self.progress.setAccessibleName(self.tr("Backup progress"))
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
