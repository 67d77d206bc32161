"""Maintenance (SP1 found): remove SP1, with the two choices for the configuration database.

* restore the backup made before SP1: every SP1 change is undone, the database included;
* keep the SP1 database: RMS 1.0 ignores the fields SP1 added and does not use them.

Restoring needs the backup and the password of its key; both are verified before anything changes.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr
from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ...core.backup import BackupSet
from ...core.secrets import WrongPasswordError
from ..state import Event, Operation, WizardState
from ..widgets.accessible import announce_as_shown
from ..widgets.password_field import PasswordField
from ..workers import Failure, Worker, verify_backup_job
from .base import BasePage, note_style, plain_label

CARD_STYLE = (
    "QFrame#%s { border: 1px solid #b8c4d6; border-radius: 4px; background: palette(base); }"
)


class MaintenancePage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "maintenancePage")
        self._worker: Worker | None = None
        self._checked_for: tuple[str, str] | None = None
        self._pending: tuple[tuple[str, str], SecretStr] | None = None

        self.intro = plain_label("maintenanceIntro")
        self.body.addWidget(self.intro)
        self.fresh_note = plain_label("maintenanceFreshNote")
        self.fresh_note.setStyleSheet(note_style())
        self.body.addWidget(self.fresh_note)

        cards = QHBoxLayout()
        self.group = QButtonGroup(self)
        # restore card
        self.restore_card = QFrame()
        self.restore_card.setObjectName("restoreCard")
        self.restore_card.setStyleSheet(CARD_STYLE % "restoreCard")
        restore = QVBoxLayout(self.restore_card)
        self.restore_radio = QRadioButton()
        self.restore_radio.setObjectName("restoreConfigDbRadio")
        self.restore_text = plain_label("restoreConfigDbText")
        restore.addWidget(self.restore_radio)
        restore.addWidget(self.restore_text)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("restoreFolderLabel")
        restore.addWidget(self.folder_label)
        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("restoreFolderEdit")
        self.folder_label.setBuddy(self.folder_edit)
        self.browse = QPushButton()
        self.browse.setObjectName("browseRestoreFolderButton")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse)
        restore.addLayout(folder_row)
        self.password_label = QLabel()
        self.password_label.setObjectName("restorePasswordLabel")
        restore.addWidget(self.password_label)
        self.password = PasswordField("restorePassword")
        self.password_label.setBuddy(self.password.edit)
        restore.addWidget(self.password)
        self.put_error_in(restore)
        restore.addStretch(1)
        # keep card
        self.keep_card = QFrame()
        self.keep_card.setObjectName("keepCard")
        self.keep_card.setStyleSheet(CARD_STYLE % "keepCard")
        keep = QVBoxLayout(self.keep_card)
        self.keep_radio = QRadioButton()
        self.keep_radio.setObjectName("keepConfigDbRadio")
        self.keep_text = plain_label("keepConfigDbText")
        keep.addWidget(self.keep_radio)
        keep.addWidget(self.keep_text)
        keep.addStretch(1)
        self.group.addButton(self.restore_radio)
        self.group.addButton(self.keep_radio)
        cards.addWidget(self.restore_card, 1)
        cards.addWidget(self.keep_card, 1)
        self.body.addLayout(cards, 1)
        self.status = plain_label("maintenanceStatus")
        self.body.addWidget(self.status)

        self.restore_radio.toggled.connect(self._on_choice)
        self.folder_edit.textChanged.connect(self._on_changed)
        self.password.changed.connect(self._on_changed)
        self.retranslate_ui()

    # ---- page life

    def initializePage(self) -> None:
        state = self.state
        self.clear_error()
        from ..answers_record import restore_folder_default

        recorded = restore_folder_default(state)  # --answers FILE
        default = state.root / "backups" / "pre-sp1" if state.root is not None else None
        default = Path(recorded) if recorded is not None else default
        if not self.folder_edit.text() and default is not None and default.is_dir():
            self.folder_edit.setText(str(default))
        recorded_choice = state.answers.config_db if state.answers is not None else None
        if recorded_choice == "keep" and not self.restore_radio.isChecked():
            self.keep_radio.setChecked(True)
        elif state.uninstall_choice == "restore" or (
            not self.keep_radio.isChecked() and default is not None and default.is_dir()
        ):
            self.restore_radio.setChecked(True)
        elif not self.restore_radio.isChecked():
            self.keep_radio.setChecked(True)
        self._on_choice()
        self.retranslate_ui()

    def nextId(self) -> int:
        from ..wizard import PageId

        return PageId.REMOVE_READY  # what will be removed, file by file, before it is

    def busy(self) -> bool:
        return self._worker is not None and self._worker.running

    def isComplete(self) -> bool:
        if self.busy():
            return False
        if self.keep_radio.isChecked():
            return True
        return bool(self.folder_edit.text().strip()) and not self.password.is_empty()

    def validatePage(self) -> bool:
        state = self.state
        if not self.isComplete():
            return False
        state.operation = Operation.UNINSTALL
        if self.keep_radio.isChecked():
            state.uninstall_choice = "keep"
            return True
        state.uninstall_choice = "restore"
        key = (self.folder_edit.text().strip(), self.password.edit.text())
        if self._checked_for == key and state.backup is not None and state.password_verified:
            return True
        if self.busy() or state.install is None:
            return False
        self.clear_error()
        self.status.setText(self.tr("Verifying the backup and the password\u2026"))
        password = self.password.secret()
        self._pending = (key, password)
        worker = Worker(
            verify_backup_job(
                Path(key[0]), password, state.install.identity, self.setup_wizard().log
            ),
            name="verify-backup",
            log=self.setup_wizard().log,
        )
        worker.finished.connect(self._on_verified)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        worker.start()
        self._set_enabled()
        self.completeChanged.emit()
        return False

    # ---- slots

    @Slot(object)
    def _on_verified(self, backup: BackupSet) -> None:
        state = self.state
        assert self._pending is not None
        key, password = self._pending
        state.backup = backup
        state.backup_folder = backup.folder
        state.password = password
        state.password_verified = True
        self.setup_wizard().log.add_secret(password)
        state.record(Event.PASSWORD_VERIFIED)
        state.record(Event.BACKUP_VERIFIED, folder=backup.folder)
        self._checked_for = key
        self.status.setText(self.tr("The backup is verified and the password opens its key."))
        self._set_enabled()
        self.completeChanged.emit()
        wizard = self.setup_wizard()
        if wizard.currentPage() is self:
            wizard.next()

    @Slot(object)
    def _on_failed(self, failure: Failure) -> None:
        self.status.clear()
        if failure.is_error(WrongPasswordError):
            self.state.record(Event.PASSWORD_WRONG)
            self.show_error(
                self.tr("This password does not open the private key in the backup. Try again.")
            )
        else:
            self.state.record(Event.BACKUP_FAILED, reason=failure.kind)
            self.show_error(failure.text())
        self._set_enabled()  # enabled again first: a disabled field cannot take the focus
        if failure.is_error(WrongPasswordError):
            self.password.edit.selectAll()
            self.password.edit.setFocus()
        self.completeChanged.emit()

    @Slot()
    def _on_choice(self) -> None:
        self.state.uninstall_choice = "restore" if self.restore_radio.isChecked() else "keep"
        self._set_enabled()
        self.clear_error()
        self.completeChanged.emit()

    @Slot()
    def _on_changed(self) -> None:
        self.clear_error()
        self.completeChanged.emit()

    @Slot()
    def _browse(self) -> None:
        start = self.folder_edit.text() or str(self.state.root or Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup made before SP1"), start
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _set_enabled(self) -> None:
        restoring = self.restore_radio.isChecked() and not self.busy()
        for widget in (self.folder_edit, self.browse, self.password, self.folder_label):
            widget.setEnabled(restoring)
        self.password_label.setEnabled(restoring)
        self.restore_radio.setEnabled(not self.busy())
        self.keep_radio.setEnabled(not self.busy())

    # ---- texts

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Remove Service Pack 1"))
        self.setSubTitle(
            self.tr("SP1 is installed. Setup can remove it and return the server to RMS 1.0.")
        )
        self.intro.setText(
            self.tr(
                "Removing SP1 puts the RMS 1.0 files back exactly as they were. Choose what "
                "happens to the configuration database:"
            )
        )
        fresh = self.state.install is not None and self.state.install.fresh_install
        self.fresh_note.setText(
            self.tr(
                "SP1 was installed fresh on this server: removing it removes RMS. The databases "
                "and the private key are kept."
            )
        )
        self.fresh_note.setVisible(fresh)
        self.restore_radio.setText(self.tr("Res&tore the backup made before SP1"))
        self.restore_radio.setAccessibleName(self.tr("Restore the backup made before SP1"))
        self.restore_text.setText(
            self.tr(
                "Undoes every SP1 change completely, including the fields SP1 added to the "
                "configuration database. Changes made to the database since SP1 was installed "
                "are lost. Needs the backup and the password of its private key."
            )
        )
        self.folder_label.setText(self.tr("Backup &folder:"))
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.browse.setText(self.tr("Br&owse\u2026"))
        announce_as_shown(self.browse, self.tr("Choose the backup folder"))
        self.password_label.setText(self.tr("&Password of the private key:"))
        self.password.set_accessible_name(self.tr("Password of the private key"))
        self.keep_radio.setText(self.tr("&Keep the SP1 configuration database"))
        self.keep_radio.setAccessibleName(self.tr("Keep the SP1 configuration database"))
        self.keep_text.setText(
            self.tr(
                "The database stays as it is now. RMS 1.0 ignores the fields SP1 added and does "
                "not use them, so the server keeps working. Choose this when there is no backup "
                "from before SP1, or when the data changed since."
            )
        )
