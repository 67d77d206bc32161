"""The sandbox bar's Hint button and clock, under the banner of every sandbox page.

"Hint" gives the next hint of the current page's goal (:func:`~rms_wizard.training.hints.next_hint`)
and records it in the trail (``hint-taken``, with its time); the debrief counts it. The clock
shows the time since the run's first recorded step, or the time left when the scenario has a
time limit (``time_limit_minutes``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...core.common.events import EventKind
from ...training.hints import hint_detail, next_hint

if TYPE_CHECKING:
    from ..state import WizardState


def clock_text(seconds: int) -> str:
    sign = "-" if seconds < 0 else ""
    minutes, secs = divmod(abs(seconds), 60)
    return f"{sign}{minutes:d}:{secs:02d}"


class HintBar(QWidget):
    """A Hint button, the last hint taken on this page, and the run's clock."""

    def __init__(self, state: WizardState, page: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.page = page
        self.setObjectName(f"{page}HintBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 2)
        self.hint_text = QLabel()
        self.hint_text.setObjectName(f"{page}HintText")
        self.hint_text.setWordWrap(True)
        self.hint_text.setProperty("textFormat", "PlainText")
        self.clock = QLabel()
        self.clock.setObjectName(f"{page}Clock")
        self.hint_button = QPushButton()
        self.hint_button.setObjectName(f"{page}HintButton")
        self.hint_button.setAutoDefault(False)
        self.hint_button.clicked.connect(self.take_hint)
        layout.addWidget(self.hint_text, 1)
        layout.addWidget(self.clock)
        layout.addWidget(self.hint_button)
        self._started = datetime.now(UTC)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.update_clock)
        self._timer.start()
        self.retranslate_ui()

    def _language(self) -> str:
        return self.state.language

    def take_hint(self) -> None:
        scenario = self.state.scenario
        hint = next_hint(scenario, self.page, self.state.events) if scenario else None
        if scenario is None or hint is None:
            self.hint_text.setText(self.tr("No more hints on this page."))
            self._refresh_button()
            return
        self.state.record(EventKind.HINT_TAKEN, **hint_detail(scenario, hint, self.page))
        text = self.tr("Hint %1: %2").replace("%1", str(hint.number))
        self.hint_text.setText(text.replace("%2", hint.text.get(self._language())))
        self.hint_text.setAccessibleName(self.hint_text.text())
        self._refresh_button()

    def _refresh_button(self) -> None:
        scenario = self.state.scenario
        left = scenario is not None and next_hint(scenario, self.page, self.state.events)
        self.hint_button.setEnabled(bool(left))

    def _note_visit(self) -> None:
        """The page is the wizard's current one: its visit starts now (the debrief's time per
        page). The Welcome page is the run's start, not a visit."""
        page = self.parentWidget()
        wizard = page.window() if page is not None else None
        current = getattr(wizard, "currentPage", None)
        if self.page == "welcome" or current is None or current() is not page:
            return
        shown = [e for e in self.state.events if e.kind == EventKind.PAGE_SHOWN]
        if not shown or shown[-1].detail.get("page") != self.page:
            self.state.record(EventKind.PAGE_SHOWN, page=self.page)

    def elapsed_seconds(self) -> int:
        first = min((e.at for e in self.state.events), default=self._started)
        return round((datetime.now(UTC) - min(first, self._started)).total_seconds())

    def update_clock(self) -> None:
        scenario = self.state.scenario
        limit = scenario.time_limit_minutes if scenario is not None else None
        elapsed = self.elapsed_seconds()
        if limit:
            self.clock.setText(
                self.tr("Time left: %1").replace("%1", clock_text(limit * 60 - elapsed))
            )
        else:
            self.clock.setText(self.tr("Time: %1").replace("%1", clock_text(elapsed)))
        self.clock.setAccessibleName(self.clock.text())

    def showEvent(self, event: QShowEvent) -> None:
        # Once the wizard has settled (a reset shows and removes the old pages on its way).
        QTimer.singleShot(0, self, self._note_visit)
        self._refresh_button()
        self.update_clock()
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.hint_button.setText(self.tr("&Get a hint"))
        self.hint_button.setAccessibleName(self.tr("Get a hint"))
        self.hint_button.setToolTip(self.tr("Show the next hint for this page's goal"))
        self.update_clock()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
