"""Welcome: what the update does, where the wizard works (real install or sandbox), the language."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from ..state import WizardState
from .base import BasePage, fmt, plain_label

LANGUAGE_NAMES = (("en", "English"), ("nl", "Nederlands"))


class WelcomePage(BasePage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "welcomePage")
        self.intro = plain_label("welcomeIntro")
        self.body.addWidget(self.intro)
        self.mode = plain_label("welcomeMode", selectable=True)
        self.body.addWidget(self.mode)

        row = QHBoxLayout()
        self.language_label = QLabel()
        self.language_label.setObjectName("languageLabel")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:  # each language in its own words: never translated
            self.language_combo.addItem(name, code)
        self.language_label.setBuddy(self.language_combo)
        self._select_language(state.language)
        self.language_combo.currentIndexChanged.connect(self._on_language)
        row.addWidget(self.language_label)
        row.addWidget(self.language_combo)
        row.addStretch(1)
        self.body.addLayout(row)

        self.briefing_box = QGroupBox()
        self.briefing_box.setObjectName("briefingBox")
        box = QVBoxLayout(self.briefing_box)
        self.briefing = plain_label("briefingText", selectable=True)
        self.material = plain_label("briefingMaterial", selectable=True)
        self.goals = plain_label("briefingGoals")
        box.addWidget(self.briefing)
        box.addWidget(self.material)
        box.addWidget(self.goals)
        self.briefing_box.setVisible(state.sandbox and state.scenario is not None)
        self.body.addWidget(self.briefing_box)
        self.body.addStretch(1)
        self.next_hint = plain_label("welcomeNextHint")
        self.body.addWidget(self.next_hint)
        self.retranslate_ui()

    def _select_language(self, code: str) -> None:
        index = self.language_combo.findData(code)
        if index >= 0 and index != self.language_combo.currentIndex():
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(index)
            self.language_combo.blockSignals(False)

    @Slot(int)
    def _on_language(self, index: int) -> None:
        code = str(self.language_combo.itemData(index))
        if code != self.state.language:
            self.setup_wizard().set_language(code)

    def briefing_text(self) -> str:
        scenario = self.state.scenario
        return scenario.briefing.get(self.state.language) if scenario is not None else ""

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Welcome to the Windows RMS Service Pack 1 Setup Wizard"))
        self.intro.setText(
            self.tr(
                "This wizard updates a Windows Rights Management Services (RMS) 1.0 server to "
                "Service Pack 1. RMS keeps running: Setup only adds new files and replaces the "
                "files SP1 needs, and a working server needs no new provisioning afterwards.\n\n"
                "Before anything changes, the wizard helps you back up the configuration "
                "database and the private key. It can also install SP1 on a server without RMS, "
                "remove SP1 again, and finish or undo an update that was interrupted."
            )
        )
        state = self.state
        if state.sandbox:
            title = state.scenario.title.get(state.language) if state.scenario else ""
            self.mode.setText(
                fmt(
                    self.tr(
                        "Mode: sandbox training, scenario \u201c%1\u201d. The wizard works on a "
                        "practice copy in %2; no real server is changed."
                    ),
                    title,
                    state.sandbox_folder,
                )
            )
        elif state.root is not None:
            self.mode.setText(fmt(self.tr("Install: the server folder %1."), state.root))
        else:
            self.mode.setText(
                self.tr(
                    "No RMS server install was found on this computer. Start the wizard with "
                    "--root FOLDER to work on a server folder, or with --sandbox to practise on "
                    "a training copy."
                )
            )
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.briefing_box.setTitle(self.tr("Your assignment"))
        self.briefing.setText(self.briefing_text())
        scenario = state.scenario
        if scenario is not None:
            goals = "\n".join(f"\u2022 {goal.get(state.language)}" for goal in scenario.goals)
            self.goals.setText(self.tr("Goals:") + "\n" + goals)
            # What the operator is handed (a password safe entry, a ticket): wrong on purpose in
            # a drill.
            material = "\n".join(f"\u2022 {item.get(state.language)}" for item in scenario.material)
            self.material.setText(self.tr("You are handed:") + "\n" + material if material else "")
            self.material.setVisible(bool(material))
        self.next_hint.setText(self.tr("Click Next to continue."))
        self._select_language(state.language)
