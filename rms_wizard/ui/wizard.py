"""The setup wizard window (pages are added by the page modules)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage


class SetupWizard(QWizard):
    def __init__(self) -> None:
        super().__init__()
        page = QWizardPage()
        page.setTitle(self.tr("Windows RMS Service Pack 1 Setup"))
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Welcome.")))
        self.addPage(page)
        self.setWindowTitle(self.tr("Windows RMS SP1 Setup"))
