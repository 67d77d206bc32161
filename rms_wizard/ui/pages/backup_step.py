"""The Preparation page's first item: the backup of the configuration database and the key.

Made into a folder the admin picks (then verified), or an existing backup pointed to (verified
the same way); the step runs the work on a worker and says how it went in its checklist item.
Its texts keep the Preparation page's translation context.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton

from ...core.common.progress import ProgressEvent
from ...core.engine.backup import MANIFEST_NAME, BackupSet
from ..announce import announce
from ..announce_hooks import announce_error
from ..answers_record import backup_folder_default
from ..jobs.backup import backup_job, verify_backup_job
from ..jobs.worker import Failure, Worker
from ..state import Event, WizardState
from ..widgets.checklist import ChecklistItem, ItemState
from ..widgets.folder_row import set_folder_row_texts
from ..widgets.motion import CalmProgressBar
from .backup_guard import guarded_backup_job
from .base import BasePage, fmt

#: The time stamp (and number) this page puts at the end of a folder's name.
_STAMP_SUFFIX = re.compile(r"-\d{8}-\d{6}(?:-\d+)?$")


def name_stamp() -> str:
    """The local time as ``YYYYmmdd-HHMMSS``, in the names of new backup folders and run reports
    (one place, so that ``tools/screenshots.py`` can fix the clock)."""
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def new_backup_destination(chosen: Path, server_name: str | None) -> Path:
    """Where a new backup goes: an absent or empty folder as it is; beside an earlier backup
    (a folder with a backup.json) a new folder; inside any other folder a new folder."""
    if not chosen.exists() or (chosen.is_dir() and not any(chosen.iterdir())):
        return chosen
    stamp = name_stamp()
    if (chosen / MANIFEST_NAME).exists():  # "wizard-<then>" becomes "wizard-<now>", not both
        base = chosen.with_name(f"{_STAMP_SUFFIX.sub('', chosen.name)}-{stamp}")
    else:
        base = chosen / f"{server_name or 'rms'}-backup-{stamp}"
    target, number = base, 1
    while target.exists():
        number += 1
        target = base.with_name(f"{base.name}-{number}")
    return target


class BackupStep(QObject):
    """The backup item of the checklist: its folder field, the buttons, the work, its status."""

    #: The backup was made, verified, or failed, or work started: the page renders again.
    changed = Signal()

    def __init__(self, state: WizardState, item: ChecklistItem, page: BasePage) -> None:
        super().__init__(page)
        self.state = state
        self.item = item
        self.page = page
        self._worker: Worker | None = None
        self._worker_kind = ""
        self._failure: Failure | None = None
        #: Include the logging database (the page's check box decides).
        self.include_logging_db: Callable[[], bool] = lambda: False
        row = QHBoxLayout()
        self.folder_label = QLabel()
        self.folder_label.setObjectName("backupFolderLabel")
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("backupFolderEdit")
        self.folder_label.setBuddy(self.folder_edit)
        self.folder_edit.textChanged.connect(self._on_folder_edited)
        self.browse = self._button("browseBackupButton", self._browse)
        self.make = self._button("makeBackupButton", self.make_backup)
        # Its own spacing (a row in the checklist's grid inherits none): the label never touches
        # its field, as "Back-upmap:" did in Dutch.
        row.setSpacing(6)
        row.addWidget(self.folder_label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse)
        row.addWidget(self.make)
        item.add_controls(row)
        row2 = QHBoxLayout()
        self.progress = CalmProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.hide()
        self.existing = self._button("useExistingBackupButton", self._choose_existing)
        row2.addWidget(self.progress, 1)
        row2.addStretch(0)
        row2.addWidget(self.existing)
        item.add_controls(row2)

    def _button(self, object_name: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(object_name)
        button.setAutoDefault(False)
        button.clicked.connect(action)
        return button

    def busy(self) -> bool:
        return self._worker is not None and self._worker.running

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def default_folder(self) -> str:
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

    def _destination(self, chosen: Path) -> Path:
        return new_backup_destination(chosen, self.state.server_name)

    @Slot()
    def _browse(self) -> None:
        start = self.folder_edit.text() or str(self.state.root or Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self.page,
            QCoreApplication.translate("PreparationPage", "Choose the folder for the backup"),
            str(Path(start).parent),
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
            self.changed.emit()
            self.page.show_error(
                QCoreApplication.translate(
                    "PreparationPage", "Choose a folder for the backup first."
                )
            )
            self.folder_edit.setFocus()
            return
        self.page.clear_error()
        self._failure = None
        dest = self._destination(Path(text))
        if dest != Path(text):
            self.folder_edit.setText(str(dest))
        state.backup = None
        log = self.page.setup_wizard().log
        job = backup_job(
            state.install,
            dest,
            include_logging_db=self.include_logging_db(),
            password=state.password,
            log=log,
        )
        worker = Worker(guarded_backup_job(dest, job), name="backup", log=log)
        worker.progress.connect(self._on_progress)
        self._start(worker, "make")

    @Slot()
    def _choose_existing(self) -> None:
        state = self.state
        if self.busy() or state.install is None or state.password is None:
            return
        start = str(state.root / "backups") if state.sandbox and state.root else str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self.page,
            QCoreApplication.translate("PreparationPage", "Choose an existing backup folder"),
            start,
        )
        if not chosen:
            return
        self.page.clear_error()
        self._failure = None
        state.backup = None
        log = self.page.setup_wizard().log
        job = verify_backup_job(Path(chosen), state.password, state.install.identity, log)
        self._start(Worker(job, name="verify-backup", log=log), "verify")

    def _start(self, worker: Worker, kind: str) -> None:
        worker.finished.connect(self._on_backup_done)
        worker.failed.connect(self._on_backup_failed)
        self._worker = worker
        self._worker_kind = kind
        self.progress.setRange(0, 0)
        self.progress.show()
        self.page.setup_wizard().jobs.start(worker)
        self.changed.emit()

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
        self.changed.emit()
        announce(self.page, self._done_text(), kind="result")  # the folder is on the page

    @Slot(object)
    def _on_backup_failed(self, failure: Failure) -> None:
        self._failure = failure
        self.state.record(Event.BACKUP_FAILED, reason=failure.kind)
        self.progress.hide()
        self.changed.emit()
        announce_error(self.page, failure.text())
        if self._worker_kind == "make":  # another folder, perhaps: the field is ready for it
            self.folder_edit.setFocus()
            self.folder_edit.selectAll()

    @Slot()
    def _on_folder_edited(self) -> None:
        self.page.clear_error()

    def render(self) -> None:
        busy = self.busy()
        for widget in (self.folder_edit, self.browse, self.make, self.existing):
            widget.setEnabled(not busy)
        backup = self.state.backup
        if busy:
            self.item.set_state(
                ItemState.BUSY,
                QCoreApplication.translate("PreparationPage", "Making the backup\u2026")
                if self._worker_kind == "make"
                else QCoreApplication.translate("PreparationPage", "Verifying the backup\u2026"),
            )
        elif self._failure is not None:
            self.item.set_state(ItemState.FAILED, self._failure.text())
        elif backup is not None:
            self.item.set_state(ItemState.DONE, self._verified_text(backup))
        else:
            no_backup = QCoreApplication.translate("PreparationPage", "No backup yet.")
            self.item.set_state(ItemState.PENDING, no_backup)

    def _done_text(self) -> str:
        if self._worker_kind == "make":
            return QCoreApplication.translate("PreparationPage", "The backup is made and verified.")
        return QCoreApplication.translate("PreparationPage", "The backup is verified.")

    def _verified_text(self, backup: BackupSet) -> str:
        return fmt(
            QCoreApplication.translate("PreparationPage", "Verified backup in %1"), backup.folder
        )

    def retranslate_ui(self) -> None:
        self.item.set_texts(
            QCoreApplication.translate(
                "PreparationPage", "Back up the configuration database and the private key"
            ),
            QCoreApplication.translate(
                "PreparationPage",
                "Required. Choose a folder for the backup and make it; Setup then verifies it. "
                "If you already have a backup, use it instead: it is verified the same way.",
            ),
        )
        self.folder_edit.setPlaceholderText(
            QCoreApplication.translate("PreparationPage", "Folder for the backup")
        )
        set_folder_row_texts(
            (self.folder_label, self.folder_edit, self.browse),
            QCoreApplication.translate("PreparationPage", "Backup &folder:"),
            QCoreApplication.translate("PreparationPage", "Br&owse\u2026"),
            QCoreApplication.translate("PreparationPage", "Choose the folder for the backup"),
        )
        self.make.setText(QCoreApplication.translate("PreparationPage", "Back &up now"))
        self.make.setAccessibleName(QCoreApplication.translate("PreparationPage", "Back up now"))
        self.existing.setText(
            QCoreApplication.translate("PreparationPage", "Use an &existing backup\u2026")
        )
        self.existing.setAccessibleName(
            QCoreApplication.translate("PreparationPage", "Use an existing backup")
        )
        self.progress.setAccessibleName(
            QCoreApplication.translate("PreparationPage", "Backup progress")
        )
