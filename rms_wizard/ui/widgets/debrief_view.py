"""The debrief at the end of a sandbox scenario: a checklist with a score, exportable as HTML."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.common.events import OperatorEvent
from ...core.common.messages import os_error_message
from ...i18n import tr_message
from ...training.debrief import Debrief, DebriefItem
from ...training.debrief_html import write_debrief_html
from ...training.run_timeline import (
    hint_summary,
    time_per_page_line,
    time_taken_line,
    timeline,
    timeline_lines,
    trainee_line,
)
from ...training.scenario_model import Scenario
from ..theme import Tone, tone_style


def documents_folder() -> Path:
    """The user's documents folder (where exports go by default), or the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


_PASSED = ("✔", Tone.DONE)
_FAILED = ("✘", Tone.ERROR)


def _translate(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


class DebriefRow(QFrame):
    """One checklist line: a mark, the recommendation and why it passed or not."""

    def __init__(self, item: DebriefItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"debrief-{item.id}")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 3, 0, 3)
        grid.setHorizontalSpacing(8)
        mark, color = _PASSED if item.passed else _FAILED
        self.mark = QLabel(mark)
        self.mark.setObjectName("debriefMark")
        self.mark.setFixedWidth(18)
        self.mark.setStyleSheet(tone_style(color, bold=True))
        self.title = QLabel()
        self.title.setObjectName("debriefTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel()
        self.explanation.setObjectName("debriefExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(self.mark, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.explanation, 1, 1)
        grid.setColumnStretch(1, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(tr_message(self.item.title))
        self.explanation.setText(tr_message(self.item.explanation))
        passed = self.item.passed
        self.mark.setToolTip(self.tr("Passed") if passed else self.tr("Not passed"))
        # A screen reader reads the mark, not its tooltip; with the title, so that moving from
        # mark to mark (or hearing one alone) says which recommendation it judges.
        heard = self.tr("%1: passed") if passed else self.tr("%1: not passed")
        self.mark.setAccessibleName(heard.replace("%1", self.title.text()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class DebriefView(QWidget):
    """Renders a :class:`Debrief`: score, checklist, the drill's trap, and "Export HTML…"."""

    #: The HTML report was written to this path.
    exported = Signal(Path)

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("debriefView")
        self._language = language
        self._debrief: Debrief | None = None
        self._scenario: Scenario | None = None
        self._events: list[OperatorEvent] = []
        #: Where "Export HTML…" proposes to save (the sandbox folder); None: the home folder.
        self.export_folder: Path | None = None
        #: The sandbox folder: Reset scenario replaces it, so no export is written inside it.
        self.reset_folder: Path | None = None
        self.rows: list[DebriefRow] = []

        self._heading = QLabel()
        self._heading.setObjectName("debriefHeading")
        font = self._heading.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.2)
        self._heading.setFont(font)
        self._score = QLabel()
        self._score.setObjectName("debriefScore")
        self._score.setTextFormat(Qt.TextFormat.PlainText)
        self._trap_heading = QLabel()
        self._trap_heading.setObjectName("debriefTrapHeading")
        bold = self._trap_heading.font()
        bold.setBold(True)
        self._trap_heading.setFont(bold)
        self._trap = QLabel()
        self._trap.setObjectName("debriefTrap")
        self._trap.setWordWrap(True)
        self._trap.setTextFormat(Qt.TextFormat.PlainText)
        self._status = QLabel()
        self._status.setObjectName("debriefExportStatus")
        self._status.setWordWrap(True)
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton()
        self.export_button.setObjectName("debriefExport")
        self.export_button.clicked.connect(self._export)

        self._items = QVBoxLayout()
        self._items.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addLayout(self._items)
        holder_layout.addWidget(self._trap_heading)
        holder_layout.addWidget(self._trap)
        self._hints = QLabel()
        self._hints.setObjectName("debriefHints")
        self._hints.setWordWrap(True)
        self._hints.setTextFormat(Qt.TextFormat.PlainText)
        self._replay_heading = QLabel()
        self._replay_heading.setObjectName("debriefReplayHeading")
        self._replay_heading.setFont(bold)
        self._replay = QLabel()
        self._replay.setObjectName("debriefReplay")
        self._replay.setWordWrap(True)
        self._replay.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self._hints, self._replay_heading, self._replay):
            holder_layout.addWidget(widget)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("debriefChecklist")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self._checklist = scroll

        #: The row under the checklist: the export status and "Export HTML…" (a page may add to it).
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self._status, 1)
        self.button_row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._score)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.button_row)
        self.retranslate_ui()

    # ---- content

    def set_debrief(
        self, debrief: Debrief, scenario: Scenario, events: Sequence[OperatorEvent] = ()
    ) -> None:
        self._debrief, self._scenario, self._events = debrief, scenario, list(events)
        for row in self.rows:
            self._items.removeWidget(row)
            row.setParent(None)  # gone from the view now, deleted when control returns
            row.deleteLater()
        self.rows = [DebriefRow(item) for item in debrief.items]
        for row in self.rows:
            self._items.addWidget(row)
        self._status.clear()
        self.retranslate_ui()

    def set_language(self, language: str) -> None:
        """The scenario's own texts (the drill's trap) in ``language``."""
        self._language = language
        self.retranslate_ui()

    def score_text(self) -> str:
        return self._score.text()

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Debrief"))
        self._checklist.setAccessibleName(self.tr("Checklist"))
        self.export_button.setText(self.tr("&Export HTML…"))
        self.export_button.setToolTip(
            self.tr("Save this debrief as a small HTML report for the trainer")
        )
        debrief = self._debrief
        self.export_button.setEnabled(debrief is not None)
        if debrief is None:
            self._score.setText(self.tr("No scenario has been finished yet."))
        else:
            self._score.setText(
                self.tr("Score: %1 of %2 recommendations followed (%3%)")
                .replace("%1", str(debrief.passed_count))
                .replace("%2", str(debrief.applicable_count))
                .replace("%3", str(debrief.percent))
            )
        drill = self._scenario.drill if self._scenario is not None else None
        self._trap_heading.setVisible(drill is not None)
        self._trap.setVisible(drill is not None)
        self._trap_heading.setText(self.tr("The drill"))
        self._trap.setText(drill.trap.get(self._language) if drill is not None else "")
        self._retranslate_replay()

    def _retranslate_replay(self) -> None:
        """The hints taken (and what they cost) and the run step by step."""
        shown = self._scenario is not None and bool(self._events)
        for widget in (self._hints, self._replay_heading, self._replay):
            widget.setVisible(shown)
        if self._scenario is None or not shown:
            return
        found = (
            trainee_line(self._events),
            time_taken_line(self._events),
            time_per_page_line(self._events),
        )
        lines = [line.render(_translate) for line in found if line is not None]
        lines.append(hint_summary(self._events).render(_translate))
        self._hints.setText("\n".join(lines))
        self._replay_heading.setText(self.tr("Replay of the run"))
        steps = timeline(self._events, self._scenario, self._language)
        self._replay.setText("\n".join(timeline_lines(steps, _translate)))

    def replay_text(self) -> str:
        return self._replay.text()

    def hints_text(self) -> str:
        return self._hints.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---- export

    def default_export_path(self) -> Path | None:
        """``<folder>/debrief-<scenario>-<timestamp>.html``: the file "Export HTML…" proposes, in
        :attr:`export_folder` (the user's documents folder, which Reset scenario never touches)
        or else the home folder -- never relative to the working folder."""
        if self._scenario is None:
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = self.export_folder if self.export_folder is not None else Path.home()
        return folder / f"debrief-{self._scenario.id}-{stamp}.html"

    @Slot()
    def _export(self) -> None:
        proposed = self.default_export_path()
        if self._debrief is None or self._scenario is None or proposed is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the debrief"),
            str(proposed),
            self.tr("HTML files (*.html)"),
        )
        if not name:
            return
        path = Path(name)
        if self.reset_folder is not None and path.resolve().is_relative_to(
            self.reset_folder.resolve()
        ):
            QMessageBox.warning(
                self,
                self.tr("Export the debrief"),
                self.tr(
                    "%1 is inside the sandbox folder, which Reset scenario deletes. Export the "
                    "debrief to a folder outside it."
                ).replace("%1", str(path)),
            )
            return
        try:
            write_debrief_html(
                path,
                self._debrief,
                self._scenario,
                self._language,
                _translate,
                events=self._events,
            )
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export the debrief"),
                self.tr("The report could not be written to %1: %2")
                .replace("%1", str(path))
                .replace("%2", tr_message(os_error_message(exc))),
            )
            return
        self._status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        self.exported.emit(path)
