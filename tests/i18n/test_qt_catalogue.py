"""Qt's own catalogue (qtbase_nl) loads with ours: the stock wizard buttons speak Dutch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

from rms_wizard import i18n


@pytest.fixture
def dutch(qapp: object, compiled_catalogues: None) -> Iterator[None]:
    del qapp, compiled_catalogues
    i18n.install_translators("nl")
    try:
        yield
    finally:
        i18n.install_translators("en")


@pytest.mark.usefixtures("dutch")
def test_stock_wizard_buttons_are_dutch(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Built after the translators are installed, so QWizard takes the Dutch texts.
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Volgende >"
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< &Terug"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Annuleren"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Vol&tooien"


@pytest.mark.usefixtures("dutch")
def test_both_catalogues_are_installed() -> None:
    assert i18n.current_catalogues() == 2  # rms_wizard_nl + qtbase_nl
    assert QCoreApplication.translate("core", "Offline enrollment") == "Offline-inschrijving"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


def test_english_loads_no_qt_catalogue(qapp: object, compiled_catalogues: None) -> None:
    del qapp, compiled_catalogues
    i18n.install_translators("en")
    assert i18n.current_catalogues() == 1
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QCoreApplication.translate("core", "Offline enrollment") == "Offline enrollment"


@pytest.mark.usefixtures("dutch")
def test_core_message_renders_in_dutch_with_its_arguments() -> None:
    from rms_wizard.core.common.messages import QT_TRANSLATE_NOOP, msg

    message = msg(QT_TRANSLATE_NOOP("core", "The folder %1 does not exist."), "/srv/rms")
    assert i18n.tr_message(message) == "De map /srv/rms bestaat niet."
