"""The scenario picker: sandbox mode without a scenario asks which one to practise.

Lists every training scenario with its title; the selected one shows its level, duration and
learning goals (the scenario's own texts, in the current language). :func:`choose_scenario` runs it
as a modal dialog and returns the chosen scenario's id, or None when the trainer cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.install.labels import level_label
from ..i18n import current_language, tr_message
from ..training.sandbox import list_scenarios
from ..training.scenario_library import trainer_scenario_ids
from ..training.scenario_model import Scenario

_ID_ROLE = Qt.ItemDataRole.UserRole


#: The picker's order: the easy scenarios first.
_LEVELS = ("beginner", "intermediate", "advanced")


class ScenarioPicker(QDialog):
    """A list of scenarios and the details of the selected one."""

    def __init__(
        self,
        scenarios: list[Scenario] | None = None,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioPicker")
        if language is None:  # the process's, decided once at its start
            language = current_language()
        self._language = language
        found = scenarios if scenarios is not None else list_scenarios()
        self._scenarios = sorted(found, key=lambda s: (_LEVELS.index(s.level), s.id))
        #: The trainer's own scenarios, marked in the list.
        self._theirs = trainer_scenario_ids()

        self._intro = QLabel()
        self._intro.setObjectName("scenarioIntro")
        self._intro.setWordWrap(True)
        self._list = QListWidget()
        self._list.setObjectName("scenarioList")
        self._list.setMinimumWidth(260)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for scenario in self._scenarios:
            item = QListWidgetItem()
            item.setData(_ID_ROLE, scenario.id)
            self._list.addItem(item)

        self._title = self._label("scenarioTitle", bold=True)
        self._meta = self._label("scenarioMeta")
        self._goals_heading = self._label("scenarioGoalsHeading", bold=True)
        self._goals = self._label("scenarioGoals")
        details = QVBoxLayout()
        for widget in (self._title, self._meta, self._goals_heading, self._goals):
            details.addWidget(widget)
        details.addStretch(1)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._start: QPushButton = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._start.setObjectName("scenarioStart")
        self._cancel: QPushButton = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self._list, 2)
        body.addLayout(details, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(body, 1)
        layout.addWidget(self._buttons)

        self._list.currentItemChanged.connect(self._show_details)
        self._list.itemDoubleClicked.connect(self._on_double_click)
        self.resize(720, 420)
        self.retranslate_ui()
        if self._scenarios:
            self._list.setCurrentRow(0)

    @staticmethod
    def _label(name: str, *, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    # ---- what the caller reads

    def selected_id(self) -> str | None:
        item = self._list.currentItem()
        return None if item is None else str(item.data(_ID_ROLE))

    def select(self, scenario_id: str) -> None:
        for row in range(self._list.count()):
            if self._list.item(row).data(_ID_ROLE) == scenario_id:
                self._list.setCurrentRow(row)
                return
        raise KeyError(scenario_id)

    def set_language(self, language: str) -> None:
        """Show the scenarios' own texts in ``language`` (the catalogue handles the rest)."""
        self._language = language
        self.retranslate_ui()

    # ---- texts

    def _level_text(self, level: str) -> str:
        return tr_message(level_label(level))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Choose a training scenario"))
        self._intro.setText(
            self.tr(
                "Sandbox mode: pick the situation to practise. Nothing outside the sandbox "
                "folder is changed."
            )
        )
        self._start.setText(self.tr("&Start"))
        self._cancel.setText(self.tr("Cancel"))
        self._goals_heading.setText(self.tr("Learning goals"))
        self._list.setAccessibleName(self.tr("Training scenarios"))
        for row, scenario in enumerate(self._scenarios):
            item = self._list.item(row)
            title = scenario.title.get(self._language)
            if scenario.id in self._theirs:
                title = self.tr("%1 (trainer)").replace("%1", title)
            item.setText(title)
            item.setToolTip(self._level_text(scenario.level))
        self._fit_list_to_titles()
        self._show_details(self._list.currentItem())

    def _fit_list_to_titles(self) -> None:
        """Every title whole (Dutch ones run longer): the list, and the dialog, grow to fit."""
        needed = self._list.sizeHintForColumn(0) + 2 * self._list.frameWidth() + 24
        self._list.setMinimumWidth(max(260, needed))
        self.resize(max(self.width(), self._list.minimumWidth() + 440), self.height())

    @Slot(QListWidgetItem)
    def _show_details(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        scenario = None
        if item is not None:
            scenario = next((s for s in self._scenarios if s.id == item.data(_ID_ROLE)), None)
        self._start.setEnabled(scenario is not None)
        self._goals_heading.setVisible(scenario is not None)
        if scenario is None:
            for label in (self._title, self._meta, self._goals):
                label.clear()
            return
        self._title.setText(scenario.title.get(self._language))
        self._meta.setText(
            self.tr("Level: %1 · about %2")
            .replace("%1", self._level_text(scenario.level))
            .replace("%2", self.tr("%n minute(s)", "", scenario.duration_minutes))
        )
        self._goals.setText("\n".join("• " + goal.get(self._language) for goal in scenario.goals))

    @Slot(QListWidgetItem)
    def _on_double_click(self, item: QListWidgetItem) -> None:
        self._list.setCurrentItem(item)
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def choose_scenario(parent: QWidget | None = None, language: str | None = None) -> str | None:
    """Ask which scenario to practise; its id, or None when the dialog is cancelled."""
    dialog = ScenarioPicker(language=language, parent=parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected_id()
    finally:
        dialog.deleteLater()
