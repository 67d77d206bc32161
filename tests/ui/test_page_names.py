"""Issue 14, items 10 and 11: on every page, in both languages, each Alt+letter belongs to one
control, and every control is announced with what a sighted user reads (see ``page_audit``)."""

from __future__ import annotations

import pytest
from keyboard_walk import enter_to, focused, press
from page_audit import mnemonic_clashes, name_problems
from PySide6.QtCore import Qt

from rms_wizard.core.fleet.interop import FEATURES
from rms_wizard.i18n import install_translators, tr_message
from rms_wizard.ui.page_id import PageId


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("scenario", ["single-server-v1", "cluster"])
def test_every_page_has_unique_mnemonics_and_true_accessible_names(
    open_wizard, sandbox, language, scenario
) -> None:  # type: ignore[no-untyped-def]
    install_translators(language)
    driver = open_wizard(sandbox(scenario), scenario, language)
    wizard = driver.wizard
    clashes: list[str] = []
    names: list[str] = []
    for page in wizard.pages.values():
        clashes += mnemonic_clashes(wizard, page)
        names += name_problems(page)
    problems = clashes + names
    assert not problems, "\n".join(problems)


def test_the_interop_explanations_are_read_by_keyboard_not_only_on_hover(
    open_wizard, sandbox
) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("cluster"), "cluster")
    driver.wizard.activateWindow()
    driver.qtbot.waitActive(driver.wizard)
    enter_to(driver, PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    enter_to(driver, PageId.INTEROP)
    page = driver.page()
    for _ in range(12):
        if focused() is page.table:
            break
        press(driver, Qt.Key.Key_Tab)
    assert focused() is page.table
    press(driver, Qt.Key.Key_Down)
    row = page.table.currentRow()
    assert row >= 0
    explanation = tr_message(FEATURES[row].explanation)
    assert page.explanation.isVisible() and explanation in page.explanation.text()
    header = page.table.verticalHeaderItem(row)
    assert header.data(Qt.ItemDataRole.AccessibleDescriptionRole) == explanation
