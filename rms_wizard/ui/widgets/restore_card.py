"""The two ways to remove SP1, as the Maintenance page shows them side by side: restore the backup
made before SP1 (its folder and the password of its key), or keep the SP1 configuration database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .accessible import announce_as_shown
from .password_field import PasswordField

CARD_STYLE = (
    "QFrame#%s { border: 1px solid #b8c4d6; border-radius: 4px; background: palette(base); }"
)


def _wrapped(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setProperty("textFormat", "PlainText")
    return label


class RestoreCard(QFrame):
    """Restore the backup made before SP1: ``radio``, ``folder_edit`` (``browse``), ``password``.
    ``box`` is the card's layout (the page puts its error line there, then a stretch)."""

    #: The folder or the password changed.
    changed = Signal()

    def __init__(self, start_folder: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreCard")
        self.setStyleSheet(CARD_STYLE % "restoreCard")
        self._start_folder = start_folder
        self.box = QVBoxLayout(self)
        self.radio = QRadioButton()
        self.radio.setObjectName("restoreConfigDbRadio")
        self.text = _wrapped("restoreConfigDbText")
        self.box.addWidget(self.radio)
        self.box.addWidget(self.text)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("restoreFolderLabel")
        self.box.addWidget(self.folder_label)
        row = QHBoxLayout()
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("restoreFolderEdit")
        self.folder_label.setBuddy(self.folder_edit)
        self.browse = QPushButton()
        self.browse.setObjectName("browseRestoreFolderButton")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse)
        self.box.addLayout(row)
        self.password_label = QLabel()
        self.password_label.setObjectName("restorePasswordLabel")
        self.box.addWidget(self.password_label)
        self.password = PasswordField("restorePassword")
        self.password_label.setBuddy(self.password.edit)
        self.box.addWidget(self.password)
        self.folder_edit.textChanged.connect(self.changed)
        self.password.changed.connect(self.changed)
        self.retranslate_ui()

    def filled(self) -> bool:
        return bool(self.folder_edit.text().strip()) and not self.password.is_empty()

    def set_fields_enabled(self, enabled: bool) -> None:
        for widget in (
            self.folder_label,
            self.folder_edit,
            self.browse,
            self.password_label,
            self.password,
        ):
            widget.setEnabled(enabled)

    @Slot()
    def _browse(self) -> None:
        start = self.folder_edit.text() or self._start_folder()
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup made before SP1"), start
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.radio.setText(self.tr("Res&tore the backup made before SP1"))
        self.radio.setAccessibleName(self.tr("Restore the backup made before SP1"))
        self.text.setText(
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


class KeepCard(QFrame):
    """Keep the SP1 configuration database: ``radio`` and what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keepCard")
        self.setStyleSheet(CARD_STYLE % "keepCard")
        box = QVBoxLayout(self)
        self.radio = QRadioButton()
        self.radio.setObjectName("keepConfigDbRadio")
        self.text = _wrapped("keepConfigDbText")
        box.addWidget(self.radio)
        box.addWidget(self.text)
        box.addStretch(1)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.radio.setText(self.tr("&Keep the SP1 configuration database"))
        self.radio.setAccessibleName(self.tr("Keep the SP1 configuration database"))
        self.text.setText(
            self.tr(
                "The database stays as it is now. RMS 1.0 ignores the fields SP1 added and does "
                "not use them, so the server keeps working. Choose this when there is no backup "
                "from before SP1, or when the data changed since."
            )
        )
