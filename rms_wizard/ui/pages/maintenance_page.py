"""Maintenance (SP1 found): remove SP1 -- restore the backup made before SP1 (every SP1 change
undone, the database included; the backup and its key's password are verified first) or keep the
SP1 database (RMS 1.0 ignores SP1's fields) -- or repair SP1: its missing or damaged files are
reinstalled. The repair plan is shown first (:class:`~..widgets.repair_panel.RepairPanel`); then
this is the commit page: "Repair SP1" runs it on the Updating page, where Cancel rolls it back.
A damaged SP1 can only be repaired (a removal needs every SP1 file as SP1 left it)."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QWizard

from ...core.engine.backup import BackupSet
from ...core.install.models import InstallStatus
from ...core.keys.private_key import WrongPasswordError
from ..answers_record import restore_folder_default
from ..jobs.backup import verify_backup_job
from ..jobs.worker import Failure, Worker
from ..page_id import PageId
from ..state import Event, RunOperation, WizardState
from ..widgets.repair_panel import RepairPanel
from ..widgets.restore_card import KeepCard, RestoreCard
from .base import BasePage, note_style, plain_label


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
        self.restore_card = RestoreCard(lambda: str(self.state.root or Path.home()))
        self.put_error_in(self.restore_card.box)
        self.restore_card.box.addStretch(1)
        self.keep_card = KeepCard()
        # the parts the page (and its tests) use by name
        self.restore_radio = self.restore_card.radio
        self.folder_edit = self.restore_card.folder_edit
        self.password = self.restore_card.password
        self.keep_radio = self.keep_card.radio
        cards.addWidget(self.restore_card, 1)
        cards.addWidget(self.keep_card, 1)
        self.body.addLayout(cards, 1)
        self.repair = RepairPanel()
        self.body.addWidget(self.repair)
        self.repair.checked.connect(self._on_repair_checked)
        self.group = QButtonGroup(self)
        for radio in (self.restore_radio, self.keep_radio, self.repair.radio):
            self.group.addButton(radio)
            radio.toggled.connect(self._on_choice)
        self.status = plain_label("maintenanceStatus")
        self.body.addWidget(self.status)
        self.restore_card.changed.connect(self._on_changed)
        self.retranslate_ui()

    # ---- page life

    def initializePage(self) -> None:
        state = self.state
        self.clear_error()

        recorded = restore_folder_default(state)  # --answers FILE
        default = state.root / "backups" / "pre-sp1" if state.root is not None else None
        default = Path(recorded) if recorded is not None else default
        if not self.folder_edit.text() and default is not None and default.is_dir():
            self.folder_edit.setText(str(default))
        recorded_choice = state.answers.config_db if state.answers is not None else None
        if self._damaged():  # SP1 cannot be removed as it is, only repaired
            self.repair.radio.setChecked(True)
        if self.repair.radio.isChecked():
            self._check_repair()  # the server may have changed since: look again
        elif recorded_choice == "keep" and not self.restore_radio.isChecked():
            self.keep_radio.setChecked(True)
        elif state.uninstall_choice == "restore" or (
            not self.keep_radio.isChecked() and default is not None and default.is_dir()
        ):
            self.restore_radio.setChecked(True)
        elif not self.restore_radio.isChecked():
            self.keep_radio.setChecked(True)
        self._on_choice()
        self.retranslate_ui()

    def _damaged(self) -> bool:
        return self.state.status is InstallStatus.INCONSISTENT

    def repairing(self) -> bool:
        return self.repair.radio.isChecked()

    def nextId(self) -> int:
        # the repair runs at once (this page showed its plan); a removal is summed up first
        return PageId.UPDATING if self.repairing() else PageId.REMOVE_READY

    def busy(self) -> bool:
        return (self._worker is not None and self._worker.running) or self.repair.busy()

    def isComplete(self) -> bool:
        if self.busy():
            return False
        if self.repairing():
            return self.repair.ready()
        if self.keep_radio.isChecked():
            return True
        return self.restore_card.filled()

    def validatePage(self) -> bool:
        state = self.state
        if not self.isComplete():
            return False
        if self.repairing():
            state.operation = RunOperation.REPAIR
            return True
        state.operation = RunOperation.UNINSTALL
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
        log = self.setup_wizard().log
        job = verify_backup_job(Path(key[0]), password, state.install.identity, log)
        worker = Worker(job, name="verify-backup", log=log)
        worker.finished.connect(self._on_verified)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self.setup_wizard().jobs.start(worker)
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
        repairing = self.repairing()
        if not repairing:
            self.state.uninstall_choice = "restore" if self.restore_radio.isChecked() else "keep"
        self.setCommitPage(repairing)  # "Repair SP1" acts at once; a removal is summed up first
        self.repair.set_open(repairing)
        if repairing and self.repair.preview is None and self.wizard() is not None:
            self._check_repair()
        self._set_enabled()
        self.retranslate_ui()
        self._on_changed()  # no old error; Next follows the choice

    def _check_repair(self) -> None:
        if self.state.root is not None:
            self.repair.check(self.state.root, self.setup_wizard().log, self.setup_wizard().jobs)

    @Slot()
    def _on_repair_checked(self) -> None:
        self._set_enabled()
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        self.clear_error()
        self.completeChanged.emit()

    def _set_enabled(self) -> None:
        busy = self._worker is not None and self._worker.running  # a preview blocks no choice
        self.restore_card.set_fields_enabled(self.restore_radio.isChecked() and not busy)
        for radio in (self.restore_radio, self.keep_radio):
            radio.setEnabled(not busy and not self._damaged())
        self.repair.radio.setEnabled(not busy)

    # ---- texts

    def retranslate_ui(self) -> None:
        repair_title = self.tr("Repair Service Pack 1")
        self.setTitle(repair_title if self.repairing() else self.tr("Remove Service Pack 1"))
        self.setSubTitle(
            self.tr("SP1 is installed. Setup reinstalls the SP1 files that are missing or damaged.")
            if self.repairing()
            else self.tr("SP1 is installed. Setup can remove it and return the server to RMS 1.0.")
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Repair SP1"))
        self.intro.setText(
            self.tr(
                "Removing SP1 puts the RMS 1.0 files back exactly as they were. Choose what "
                "happens to the configuration database:"
            )
        )
        fresh = self.state.install is not None and self.state.install.fresh_install
        self.fresh_note.setText(
            self.tr(
                "Some SP1 files are missing or damaged: SP1 cannot be removed as it is. Repair "
                "it first; then it can be removed."
            )
            if self._damaged()
            else self.tr(
                "SP1 was installed fresh on this server: removing it removes RMS. The databases "
                "and the private key are kept."
            )
        )
        self.fresh_note.setVisible(fresh or self._damaged())
