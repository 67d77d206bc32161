"""Welcome: what the update does, where the wizard works (real install or sandbox), the language.

It is the page painted first, before the wizard's state exists: made over a
:class:`~rms_wizard.ui.startup.StartupPreview`, it says "Preparing..." and keeps Next disabled until
the wizard hands it the state (:meth:`WelcomePage.attach_state`). Nothing imported here may pull in
pydantic or the core (only :mod:`.base`'s light helpers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from ..page_id import PageId
from ..startup import StartupPreview
from .base import BasePage, fmt, plain_label

if TYPE_CHECKING:
    from ..state import WizardState

LANGUAGE_NAMES = (("en", "English"), ("nl", "Nederlands"))


class WelcomePage(BasePage):
    def __init__(self, state: WizardState | StartupPreview) -> None:
        super().__init__(state, "welcomePage")
        # A watermark page: keep the text off the picture and off the window's right edge.
        self._outer.setContentsMargins(9, 0, 11, 0)
        #: The state is there (Next may be clicked); False while start-up prepares it.
        self.ready = not isinstance(state, StartupPreview)
        #: Start-up could not prepare the state (shown instead of "Preparing...").
        self.startup_problem: str | None = None
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
        from ..widgets.trainee_name import TraineeName  # light: Qt widgets only

        self.trainee = TraineeName()
        self.body.addWidget(self.trainee)
        self._show_briefing_box()
        self.body.addWidget(self.briefing_box)
        self.body.addStretch(1)
        self.next_hint = plain_label("welcomeNextHint")
        self.body.addWidget(self.next_hint)
        self.retranslate_ui()

    def _show_briefing_box(self) -> None:
        self.briefing_box.setVisible(self.facts.sandbox and self.facts.scenario is not None)
        self.trainee.setVisible(self.facts.sandbox)

    def validatePage(self) -> bool:
        """In a sandbox, a name given (or changed) goes into the trail."""
        name = self.trainee.name()
        if self.facts.sandbox and name:
            from ..state import Event

            named = [e for e in self.state.events if e.kind == Event.TRAINEE_NAMED]
            if not named or named[-1].detail.get("trainee") != name:
                self.state.record(Event.TRAINEE_NAMED, trainee=name)
        return super().validatePage()

    # ---- start-up

    def attach_state(self, state: WizardState) -> None:
        """The state exists: the page shows it (still "Preparing...": see :meth:`set_ready`)."""
        self.state = state
        self.facts = state
        scenario = state.scenario
        self.banner.set_scenario(scenario.title if scenario is not None else None)
        self.banner.setVisible(state.sandbox)
        self._show_briefing_box()
        self.retranslate_ui()

    def set_ready(self) -> None:
        """Every page exists: Next is enabled."""
        self.ready = True
        self.retranslate_ui()
        self.completeChanged.emit()

    def show_startup_problem(self, text: str) -> None:
        """Start-up failed (e.g. the sandbox could not be made): say why; Next stays disabled."""
        self.startup_problem = text
        self.show_error(text)
        self.retranslate_ui()

    def isComplete(self) -> bool:
        return self.ready and super().isComplete()

    def nextId(self) -> int:
        # Always the detection (the default, "the next page", would be none before start-up has
        # added the other pages: QWizard would offer Finish on the first page).
        return int(PageId.DETECTION)

    def _select_language(self, code: str) -> None:
        index = self.language_combo.findData(code)
        if index >= 0 and index != self.language_combo.currentIndex():
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(index)
            self.language_combo.blockSignals(False)

    @Slot(int)
    def _on_language(self, index: int) -> None:
        code = str(self.language_combo.itemData(index))
        if code != self.facts.language:
            self.setup_wizard().set_language(code)

    def briefing_text(self) -> str:
        scenario = self.facts.scenario
        return scenario.briefing.get(self.facts.language) if scenario is not None else ""

    def retranslate_ui(self) -> None:
        self.trainee.retranslate_ui()
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
        state = self.facts
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
        if self.ready:
            self.next_hint.setText(self.tr("Click Next to continue."))
        elif self.startup_problem is not None:
            self.next_hint.setText("")
        elif state.sandbox:
            self.next_hint.setText(self.tr("Preparing the practice copy\u2026"))
        else:
            self.next_hint.setText(self.tr("Preparing\u2026"))
        self.next_hint.setVisible(bool(self.next_hint.text()))
        self._select_language(state.language)
