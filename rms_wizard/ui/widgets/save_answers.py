""" "Save answers…" and where they went: one row that a summary page (Ready, Remove SP1) holds.

The choices come from the state (:func:`~rms_wizard.ui.answers_record.answers_from_state`); the
row is hidden when there is nothing an answer file can replay (a fresh install, a recovery).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from ...core.common.messages import RmsError, fill_placeholders
from ...i18n import tr_message
from ..answers_record import answers_from_state, save_answers
from ..theme import Tone, tone_style

if TYPE_CHECKING:
    from ..state import WizardState


class SaveAnswers(QWidget):
    def __init__(
        self,
        state: WizardState,
        log: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        page: str = "",
    ) -> None:
        """``page``: the page's name, prefixed to the object names (each is unique in the
        wizard: tests and screen readers find a control by it)."""
        super().__init__(parent)
        self.setObjectName(f"{page}saveAnswers" if page else "saveAnswers")
        self._state = state
        self._log = log
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton()
        self.button.setObjectName(f"{page}SaveAnswersButton" if page else "saveAnswersButton")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self._save)
        self.status = QLabel()
        self.status.setObjectName(f"{page}AnswersStatus" if page else "answersStatus")
        self.status.setWordWrap(True)
        self.status.setProperty("textFormat", "PlainText")
        self.status.setProperty("textInteractionFlags", "TextSelectableByMouse")
        self.status.hide()  # empty until something is saved: a screen reader meets no blank label
        row.addWidget(self.button)
        row.addWidget(self.status, 1)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Shown when this run's choices can be recorded (call from the page's initializePage)."""
        self._show_status("")
        self.setVisible(answers_from_state(self._state) is not None)

    def _show_status(self, text: str, style: str = "") -> None:
        """Where the answers went (or why not); hidden while there is nothing to say."""
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    @Slot()
    def _save(self) -> None:
        start = str(self._state.save_answers_path or Path.home() / "rms-wizard-answers.json")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save answers"), start, self.tr("Answer files (*.json)")
        )
        if not path:
            return
        try:
            save_answers(self._state, Path(path))
        except RmsError as exc:
            self._show_status(tr_message(exc.message), tone_style(Tone.ERROR))
            return
        self._log(f"answers: written to {path}")
        self._show_status(fill_placeholders(self.tr("The answers were saved to %1"), (str(path),)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Save ans&wers\u2026"))
        self.button.setAccessibleName(self.tr("Save answers"))
        self.button.setToolTip(
            self.tr("Save these choices in a file, to run the same update or removal elsewhere")
        )
