"""Issue 18: the hidden switch that takes one widget's name away (``RMS_WIZARD_A11Y_UNNAME``), so
the AT-SPI test can show it fails when a widget loses its name (``tests/a11y/test_lost_name.py``)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from rms_wizard.ui.a11y_probe import UNNAME_ENV, install_unname_probe

NAME = QAccessible.Text.Name


def name_of(widget: QWidget) -> str:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return found.text(NAME)


def test_without_the_variable_nothing_is_armed(monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(UNNAME_ENV, raising=False)
    assert install_unname_probe(qapp) is None


def test_the_named_button_loses_its_name_and_keeps_it_lost(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    other = QPushButton("&Help")
    other.setObjectName("helpButton")
    layout.addWidget(other)
    window.show()
    monkeypatch.setenv(UNNAME_ENV, "nextButton")
    probe = install_unname_probe(QApplication.instance())
    assert probe is not None
    try:
        # Made after the probe was armed, as the wizard's later pages are.
        target = QPushButton("&Next >")
        target.setObjectName("nextButton")
        target.setAccessibleName("Next")
        layout.addWidget(target)
        assert name_of(target) == "Next"
        qtbot.waitUntil(lambda: name_of(target) == "")
        assert target.text() == "" and target.accessibleName() == ""
        # Qt sets a wizard button's text again on every page: it is emptied again.
        target.setText("&Next >")
        target.setAccessibleName("Next")
        qtbot.waitUntil(lambda: name_of(target) == "")
        assert name_of(other) == "Help"  # only the widget named by the variable
    finally:
        probe.deleteLater()
