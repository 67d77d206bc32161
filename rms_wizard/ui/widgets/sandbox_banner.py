"""The strip shown at the top of every page in sandbox mode: this is practice, not a real server.

It carries "Reset scenario" too, so the operator can start the scenario again from any page (the
wizard connects :attr:`SandboxBanner.reset_requested` and asks before it resets).

A screen reader meets it as a named group ("Sandbox bar", role Grouping): a landmark-like region
it can announce and skip, with the line and the button inside it. A title-less QGroupBox is that
group (Qt's own accessible interface gives it the Grouping role) and paints as the framed strip
did; no accessibility factory of our own is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ..assets import pixmap
from ..theme import sandbox_bar_style

if TYPE_CHECKING:  # shown on the first page, painted before the core is imported
    from ..startup import LocalizedText


class SandboxBanner(QGroupBox):
    """Badge + one line: sandbox mode and the scenario's title (in the current language), and a
    "Reset scenario" button."""

    #: The operator clicked "Reset scenario" (the wizard confirms and resets).
    reset_requested = Signal()

    def __init__(
        self,
        title: LocalizedText | None = None,
        language: Callable[[], str] = lambda: "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sandboxBanner")
        self._title = title
        self._language = language
        self.setStyleSheet(sandbox_bar_style("sandboxBanner"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self._badge = QLabel()
        self._badge.setPixmap(pixmap("sandbox-badge.png"))
        self._badge.setFixedSize(24, 24)
        self._text = QLabel()
        self._text.setObjectName("sandboxBannerText")
        self._text.setWordWrap(True)
        # By name, not with Qt.TextFormat: the first use of PySide's Qt namespace costs ~17 ms,
        # and the banner is on the first page (see pages.base.set_plain_text).
        self._text.setProperty("textFormat", "PlainText")
        layout.addWidget(self._badge)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("sandboxResetButton")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self.reset_requested)
        layout.addWidget(self._text, 1)
        layout.addWidget(self.reset_button)  # fixed height: centred vertically in the strip
        self.retranslate_ui()

    def set_scenario(self, title: LocalizedText | None) -> None:
        self._title = title
        self.retranslate_ui()

    def text(self) -> str:
        return self._text.text()

    def retranslate_ui(self) -> None:
        if self._title is not None:
            self._text.setText(
                self.tr("Sandbox: %1. Practice only; no real server is changed.").replace(
                    "%1", self._title.get(self._language())
                )
            )
        else:
            self._text.setText(self.tr("Sandbox: practice only; no real server is changed."))
        self.setAccessibleName(self.tr("Sandbox bar"))
        # Heard as the focus enters the group (its Reset button): what the bar says.
        self.setAccessibleDescription(self._text.text())
        self.reset_button.setText(self.tr("Reset scen&ario"))
        self.reset_button.setAccessibleName(self.tr("Reset scenario"))
        self.reset_button.setToolTip(
            self.tr("Start this scenario again from a fresh copy of the sandbox")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
