"""The trainee's name on the Welcome page in sandbox mode (optional): it goes into the trail
(``trainee-named``), the debrief and its export, and the class overview."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget


class TraineeName(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traineeNameRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("traineeNameLabel")
        self.edit = QLineEdit()
        self.edit.setObjectName("traineeName")
        self.edit.setMaxLength(80)
        self.label.setBuddy(self.edit)
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        self.retranslate_ui()

    def name(self) -> str:
        return " ".join(self.edit.text().split())

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("&Your name (optional):"))
        self.edit.setAccessibleName(self.tr("Your name (optional)"))
        self.edit.setToolTip(self.tr("Shown on the debrief and in the trainer's class overview"))
