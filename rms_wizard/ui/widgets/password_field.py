"""A password line edit with a show/hide toggle; the text is handed out only as a SecretStr."""

from __future__ import annotations

from pydantic import SecretStr
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


class PasswordField(QWidget):
    """``edit`` (echo mode Password) and a checkable ``&Show`` button that reveals the text (its
    ``H&ide`` state leaves Alt+H to the wizard's Help)."""

    changed = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{object_name}Edit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle = QPushButton()
        self.toggle.setObjectName(f"{object_name}Show")
        self.toggle.setCheckable(True)
        self.toggle.setAutoDefault(False)
        self.toggle.toggled.connect(self._on_toggled)
        self.edit.textChanged.connect(self.changed)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self._accessible = ""
        self.retranslate_ui()

    def secret(self) -> SecretStr:
        return SecretStr(self.edit.text())

    def is_empty(self) -> bool:
        return not self.edit.text()

    def set_secret(self, secret: SecretStr) -> None:
        self.edit.setText(secret.get_secret_value())

    def clear(self) -> None:
        self.edit.clear()

    def hide_text(self) -> None:
        """Hide the text again (a shown password does not stay shown once its page is left)."""
        self.toggle.setChecked(False)

    def set_accessible_name(self, name: str) -> None:
        self._accessible = name
        self.edit.setAccessibleName(name)

    def _on_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        shown = self.toggle.isChecked()
        self.toggle.setText(self.tr("H&ide") if shown else self.tr("&Show"))
        self.toggle.setAccessibleName(
            self.tr("Hide the password") if shown else self.tr("Show the password")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
