"""The private-key password: checked against the real key before Next; optionally kept in the keyring.

The password page comes before the preparation checklist because the backup needs it: the wizard
verifies that the backed-up key really opens with it (a backup whose key nobody can open is no
backup).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...i18n import tr_message
from ..jobs.password import KeyringInfo, PasswordResult, keyring_job
from ..jobs.worker import Failure, Worker
from ..keyring_names import keyring_display_name, keyring_reason_text
from ..state import Event, WizardState
from ..widgets.accessible import announce_as_shown
from ..widgets.password_field import PasswordField
from .base import BasePage, fmt, note_style, plain_label
from .password_check import PasswordCheck, checking_text, refusal_text


class PasswordPage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "passwordPage")
        self._check = PasswordCheck(self)
        self._check.verified.connect(self._on_verified)
        self._check.refused.connect(self._on_wrong)
        self._keyring_worker: Worker | None = None
        self._keyring: KeyringInfo | None = None

        self.intro = plain_label("passwordIntro")
        self.body.addWidget(self.intro)
        self.field_label = QLabel()
        self.field_label.setObjectName("passwordLabel")
        self.password_field = PasswordField("password")
        self.field_label.setBuddy(self.password_field.edit)
        self.password_field.changed.connect(self._on_edited)
        self.body.addWidget(self.field_label)
        self.body.addWidget(self.password_field)
        self.put_error_in(self.body)
        self.check_status = plain_label("passwordStatus")
        self.body.addWidget(self.check_status)

        self.stored_box = QFrame()
        self.stored_box.setObjectName("storedPasswordBox")
        self.stored_box.setFrameShape(QFrame.Shape.StyledPanel)
        stored = QHBoxLayout(self.stored_box)
        self.stored_text = plain_label("storedPasswordText")
        self.use_stored = QPushButton()
        self.use_stored.setObjectName("useStoredPasswordButton")
        self.use_stored.setAutoDefault(False)
        self.use_stored.clicked.connect(self._use_stored)
        stored.addWidget(self.stored_text, 1)
        stored.addWidget(self.use_stored)
        self.stored_box.hide()
        self.body.addWidget(self.stored_box)

        keyring_box = QVBoxLayout()
        self.remember = QCheckBox()
        self.remember.setObjectName("rememberPasswordCheck")
        self.remember.toggled.connect(self._on_remember)
        self.keyring_reason = plain_label("keyringReason")
        self.keyring_reason.setStyleSheet(note_style())
        self.keyring_reason.hide()
        keyring_box.addWidget(self.remember)
        keyring_box.addWidget(self.keyring_reason)
        self.body.addLayout(keyring_box)
        self.body.addStretch(1)
        self.retranslate_ui()

    # ---- page life

    def initializePage(self) -> None:
        self.clear_error()
        self.check_status.clear()
        install = self.state.install
        if self._keyring is None and install is not None and not self._busy(self._keyring_worker):
            worker = Worker(
                keyring_job(sandbox=self.state.sandbox, identity=install.identity),
                name="keyring",
                log=self.setup_wizard().log,
            )
            worker.finished.connect(self._on_keyring)
            worker.failed.connect(self._on_keyring_failed)
            self._keyring_worker = worker
            self.setup_wizard().jobs.start(worker)
        self._render_keyring()
        if self.state.answers is not None and self.state.answers.use_keyring:
            self.remember.setChecked(True)  # --answers FILE (kept off where the keyring is unsafe)
        QTimer.singleShot(0, self, self._focus_field)

    @Slot()
    def _focus_field(self) -> None:
        self.password_field.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _busy(worker: Worker | None) -> bool:
        return worker is not None and worker.running

    def isComplete(self) -> bool:
        return not self.password_field.is_empty() and not self._check.running

    def validatePage(self) -> bool:
        state = self.state
        if state.password_verified and state.password is not None:
            return True
        if not self.isComplete():
            return False
        remember = self.remember.isChecked() and self.remember.isEnabled()
        if not self._check.start(self.password_field.secret(), remember=remember):
            return False  # no private key to check against
        self.clear_error()
        self.check_status.setText(checking_text())
        self.password_field.setEnabled(False)
        self.completeChanged.emit()
        return False

    # ---- results

    @Slot(object)
    def _on_verified(self, result: PasswordResult) -> None:
        state = self.state  # the check has kept the password as verified
        state.remember_password = result.stored
        state.keyring_note = result.note
        wizard = self.setup_wizard()
        if result.stored:
            state.record(
                Event.PASSWORD_STORED, backend=self._keyring.backend if self._keyring else ""
            )
        self.password_field.setEnabled(True)
        self.check_status.setText(self.tr("The password opens the private key."))
        self.completeChanged.emit()
        if wizard.currentPage() is self:
            wizard.next()

    @Slot(object)
    def _on_wrong(self, failure: Failure) -> None:
        self.password_field.setEnabled(True)
        self.check_status.clear()
        self.show_error(refusal_text(failure))
        self.password_field.edit.selectAll()
        self.password_field.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.completeChanged.emit()

    @Slot()
    def _on_edited(self) -> None:
        if self.state.password_verified:
            self.state.set_password(None)
        self.clear_error()
        self.check_status.clear()
        self.completeChanged.emit()

    @Slot(bool)
    def _on_remember(self, checked: bool) -> None:
        # Storing happens with the next check, so a changed choice needs one.
        del checked
        self.state.password_verified = False

    @Slot(object)
    def _on_keyring(self, info: KeyringInfo) -> None:
        self._keyring = info
        self._render_keyring()

    @Slot(object)
    def _on_keyring_failed(self, failure: Failure) -> None:
        self._keyring = KeyringInfo(backend="?", insecure_reason=failure.message)
        self._render_keyring()

    @Slot()
    def _use_stored(self) -> None:
        if self._keyring is not None and self._keyring.stored is not None:
            self.password_field.set_secret(self._keyring.stored)
            self.password_field.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- texts

    def _render_keyring(self) -> None:
        info = self._keyring
        self.remember.setAccessibleName(self.tr("Remember the password in the keyring"))
        if info is None:
            self.remember.setText(self.tr("&Remember the password in the keyring"))
            self.remember.setEnabled(False)
            self.keyring_reason.hide()
            self.stored_box.hide()
            return
        where = keyring_display_name(info.backend)  # never the backend's class name
        self.remember.setText(
            fmt(self.tr("&Remember the password in the keyring (%1)"), where)
            if where
            else self.tr("&Remember the password in the keyring")
        )
        announce_as_shown(self.remember)
        if info.insecure_reason is not None:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.keyring_reason.setText(
                fmt(
                    self.tr(
                        "The password will not be stored: %1 You can continue without storing it."
                    ),
                    keyring_reason_text(info.insecure_reason),  # no class name
                )
            )
            self.keyring_reason.show()
        else:
            self.remember.setEnabled(True)
            if info.problem is not None:
                self.keyring_reason.setText(tr_message(info.problem))
                self.keyring_reason.show()
            else:
                self.keyring_reason.hide()
        if info.stored is not None:
            self.stored_text.setText(
                fmt(
                    self.tr("A password for %1 is stored in the keyring (%2)."),
                    self.state.server_name,
                    where,
                )
                if where
                else fmt(
                    self.tr("A password for %1 is stored in the keyring."), self.state.server_name
                )
            )
            self.stored_box.show()
        else:
            self.stored_box.hide()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Private-key password"))
        self.setSubTitle(
            self.tr("Setup checks that you have the password of the server's private key.")
        )
        self.intro.setText(
            self.tr(
                "The RMS server's private key is protected by a password. You need it to restore "
                "the key from a backup, so Setup makes sure you have it before anything changes: "
                "the password is checked against the key itself."
            )
        )
        self.field_label.setText(self.tr("&Password of the private key:"))
        self.password_field.set_accessible_name(self.tr("Password of the private key"))
        self.use_stored.setText(self.tr("&Use the stored password"))
        self.use_stored.setAccessibleName(self.tr("Use the stored password"))
        self._render_keyring()
