"""The wizard window's own texts (its title, QWizard's buttons), and switching the language while
the wizard runs: the catalogues, the remembered choice, and every page's texts (each page
retranslates itself on the ``LanguageChange`` event)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

from ..i18n import install_translators, save_language
from .pages.base import fmt

if TYPE_CHECKING:
    from .wizard import SetupWizard

#: QWizard's own button texts, translated through Qt's catalogue (context "QWizard").
_BUTTONS = (
    (QWizard.WizardButton.BackButton, "backButton", "< &Back"),
    (QWizard.WizardButton.NextButton, "nextButton", "&Next >"),
    (QWizard.WizardButton.CommitButton, "commitButton", "Commit"),
    (QWizard.WizardButton.FinishButton, "finishButton", "&Finish"),
    (QWizard.WizardButton.CancelButton, "cancelButton", "Cancel"),
    (QWizard.WizardButton.HelpButton, "helpButton", "&Help"),
)


def name_buttons(wizard: QWizard) -> None:
    """The wizard buttons' object names (``nextButton``...), for tests and tools to find them."""
    for which, name, _text in _BUTTONS:
        wizard.button(which).setObjectName(name)


def switch_language(wizard: SetupWizard, language: str) -> None:
    """Switch language at runtime: catalogues, the remembered choice, every page's texts."""
    if language == wizard.facts.language:
        return
    preview = wizard.startup.preview
    if preview is not None:
        preview.language = language  # the state takes it over when it is ready
    else:
        from .state import Event

        wizard.state.language = language
        wizard.state.record(Event.LANGUAGE_CHANGED, language=language)
    install_translators(language)
    save_language(language)
    wizard.log.line(f"language: {language}")
    # The LanguageChange events are posted; the window's own texts are set right away too.
    wizard.retranslate_ui()


def window_texts(wizard: SetupWizard) -> None:
    """The window's title and QWizard's button texts in the language now installed."""
    title = QCoreApplication.translate("SetupWizard", "Windows RMS Service Pack 1 Setup")
    if wizard.facts.sandbox:
        title = fmt(QCoreApplication.translate("SetupWizard", "%1 (sandbox)"), title)
    wizard.setWindowTitle(title)
    # QWizard takes its button texts once; after a language switch they must be set again.
    for which, _name, text in _BUTTONS:
        wizard.setButtonText(which, QCoreApplication.translate("QWizard", text))
    wizard.keyboard.name_buttons()  # the page's own texts ("Install"), not "Commit"


__all__ = ["name_buttons", "switch_language", "window_texts"]
