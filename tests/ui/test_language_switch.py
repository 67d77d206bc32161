"""Dutch and back on every page, with the real catalogues: every visible text follows the switch.

The wizard is driven along its real paths (update to the debrief, fresh install, remove SP1, recover
an interrupted run, a cluster rollout with its interoperability and clients pages). On every page it reaches, the language goes to Dutch — on the Welcome page through its
language box, as an admin does, elsewhere through the same ``set_language`` — and the test checks:

* the page's visible texts changed, its title included;
* no visible text is an English source string that has a Dutch translation, contains a long one,
  or reads as English (common English words), apart from names such as RMS, SP1, SQLite, paths,
  file names and versions;
* the stock wizard buttons are Dutch (Qt's ``qtbase_nl``; QWizard needs them set again);

and then back to English: the texts are exactly the English ones the page showed before.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPlainTextEdit,
    QWidget,
    QWizard,
)
from wizard_driver import Driver, make_the_backup, password, visible_texts

from rms_wizard.core.engine.backup import make_backup
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.install.models import InstallStatus
from rms_wizard.training.sandbox import get_scenario
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.clients_page import ClientsPage
from rms_wizard.ui.pages.cluster_page import ClusterPage
from rms_wizard.ui.pages.debrief_page import DebriefPage
from rms_wizard.ui.pages.maintenance_page import MaintenancePage
from rms_wizard.ui.pages.password_page import PasswordPage

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
sys.path.insert(0, str(ROOT / "tools"))
from lupdate import compile_stale, read_ts  # noqa: E402

#: Common English words that Dutch text never uses (no "is", "was", "of": Dutch has those too).
ENGLISH_WORDS = re.compile(
    r"\b(?:the|and|with|this|that|which|from|your|you|has|have|will|cannot|does|are|not|were|"
    r"files?|click|please|installed|found|backup|folder|password|remove|restore|updated|critical|security)\b",
    re.IGNORECASE,
)
#: What may stay as it is in any language: paths, file names, command-line options, versions.
NEUTRAL = re.compile(
    r"\S*[/\\]\S*"  # paths (also C:\RMSData\..., backups/pre-sp1)
    r"|\S+\.(?:dll|exe|asmx|aspx|config|css|xml|json|reg|txt|log|db|sqlite|pem|key|html)\b"
    r"|--[\w-]+"  # options
    r"|server security processor"  # the product's own name for the server lockbox
    r"|\b[\w.-]*\d[\w.-]*\b"  # anything with a digit: versions, ids, server names like RMS-ROOT01
)

STOCK_DUTCH = {
    QWizard.WizardButton.BackButton: "< &Terug",
    QWizard.WizardButton.NextButton: "&Volgende >",
    QWizard.WizardButton.CancelButton: "Annuleren",
    QWizard.WizardButton.FinishButton: "Vol&tooien",
}


def _english_sources() -> set[str]:
    """English sources whose Dutch translation differs: seeing one in Dutch is a miss."""
    found = set()
    for entry in read_ts(TRANSLATIONS / "rms_wizard_nl.ts"):
        if re.search(r"[A-Za-z]{3}", entry.source) and entry.source not in entry.forms:
            found.update((entry.source, entry.source.replace("&", "")))
    return found


@pytest.fixture(scope="module")
def english_sources() -> set[str]:
    compile_stale()  # the .qm files, from the committed .ts (what `make` does)
    return _english_sources()


def _page_texts(driver: Driver, *, skip_history: bool = False) -> list[str]:
    """Visible texts of the wizard; ``skip_history`` leaves out the progress log's lines (a record
    of what happened, written in the language of that moment)."""
    texts = visible_texts(driver.wizard)
    # The sandbox bar's clock ticks between two looks: its words are compared, not its digits.
    clocks = {
        w.text() for w in driver.wizard.findChildren(QLabel) if w.objectName().endswith("Clock")
    }
    texts = [re.sub(r"\d", "#", t) if t in clocks else t for t in texts]
    if skip_history:
        history = {
            w.toPlainText() for w in driver.wizard.findChildren(QPlainTextEdit) if w.isVisible()
        }
        texts = [t for t in texts if t not in history]
    return texts


def _english_left(texts: list[str], sources: set[str]) -> list[str]:
    left = []
    long_sources = [s for s in sources if len(s) >= 20]
    for text in texts:
        plain = text.replace("&", "")
        if text in sources or plain in sources:
            left.append(text)
            continue
        if any(s in plain for s in long_sources):
            left.append(text)
            continue
        words = ENGLISH_WORDS.findall(NEUTRAL.sub(" ", plain))
        if words:
            left.append(f"{text!r} (English words: {sorted(set(words))})")
    return left


MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonic_clashes(wizard: QWizard) -> dict[str, list[str]]:
    """Alt+letter keys used twice among the visible, enabled labels and buttons (stock ones too)."""
    used: dict[str, list[str]] = {}
    for widget in wizard.findChildren(QWidget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and isinstance(widget, QLabel | QAbstractButton)
        ):
            for letter in MNEMONIC.findall(widget.text()):
                used.setdefault(letter.lower(), []).append(widget.text())
    return {k: v for k, v in used.items() if len(v) > 1}


def switch_and_back(driver: Driver, sources: set[str], *, via_combo: bool = False) -> None:
    """On the current page: to Dutch (checked), then back to English (checked)."""
    wizard = driver.wizard
    qtbot = driver.qtbot
    page = wizard.currentPage()
    history = driver.page_id is PageId.UPDATING
    english = _page_texts(driver, skip_history=history)
    english_title = page.title()

    def set_language(code: str) -> None:
        if via_combo:
            combo = page.language_combo
            combo.setCurrentIndex(combo.findData(code))
        else:
            wizard.set_language(code)
        # The pages retranslate on the posted LanguageChange events: let them arrive.
        qtbot.waitUntil(lambda: page.title() != english_title or code == "en", timeout=5000)  # type: ignore[attr-defined]

    set_language("nl")
    assert driver.state.language == "nl"
    dutch = _page_texts(driver, skip_history=history)
    name = driver.page_id.name
    assert page.title() != english_title, f"{name}: the title stayed English"
    assert dutch != english, f"{name}: nothing changed"
    left = _english_left(dutch, sources)
    assert not left, f"{name}: English left in Dutch:\n  " + "\n  ".join(left)
    assert not mnemonic_clashes(wizard), f"{name}: Alt keys used twice: {mnemonic_clashes(wizard)}"
    for which, text in STOCK_DUTCH.items():
        button = wizard.button(which)
        if button.isVisible():
            assert button.text() == text, f"{name}: {which.name} reads {button.text()!r}"
    for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton):
        button = wizard.button(which)
        if button.isVisible():
            assert button.text() not in sources, f"{name}: {which.name} is English"

    set_language("en")
    qtbot.waitUntil(lambda: page.title() == english_title, timeout=5000)  # type: ignore[attr-defined]
    assert driver.state.language == "en"
    assert _page_texts(driver, skip_history=history) == english, f"{name}: English not restored"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Cancel"
    assert not mnemonic_clashes(wizard), f"{name}: Alt keys used twice: {mnemonic_clashes(wizard)}"


def _killed_apply(root: Path, scenario: str) -> None:
    """An apply killed at step 5 by the fault injection, in a CLI child process."""
    backup = root / "backups" / "before"
    make_backup(
        detect_install(root),
        backup,
        include_logging_db=False,
        password=get_scenario(scenario).password(),
    )
    done = subprocess.run(
        [
            *(sys.executable, "-m", "rms_wizard", "apply"),
            *("--root", str(root), "--backup", str(backup), "--password-stdin"),
        ],
        input=password(scenario) + "\n",
        capture_output=True,
        text=True,
        env={**os.environ, "RMS_WIZARD_FAULT": "kill-at-step:5"},
        timeout=60,
        check=False,
    )
    assert done.returncode == -9, done.stderr


Open = Callable[..., Driver]


def test_update_path_every_page_switches_to_dutch_and_back(
    open_wizard: Open,
    sandbox: Callable[[str], Path],
    pause_apply,
    answer_questions,  # a failure while the work runs must not leave a modal question open
    english_sources: set[str],
) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    switch_and_back(driver, english_sources, via_combo=True)  # Welcome, with the briefing
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    switch_and_back(driver, english_sources)
    driver.forward(PageId.PASSWORD)
    page = driver.page()
    assert isinstance(page, PasswordPage)
    driver.wait(lambda: page._keyring is not None)  # the keyring probe runs in the background
    switch_and_back(driver, english_sources)
    # An error shown in Dutch is Dutch. (An error already on screen keeps the language it was
    # shown in; the language box is on the Welcome page, and coming back clears the error.)
    driver.wizard.set_language("nl")
    driver.type_password(page.password_field.edit, "not-the-password")
    driver.click(driver.forward_button())
    driver.wait(lambda: page.error_label.isVisible())
    assert "opent de persoonlijke sleutel van deze server niet" in page.error_label.text()
    left = _english_left(_page_texts(driver), english_sources)
    assert not left, "PASSWORD with an error: English left in Dutch:\n  " + "\n  ".join(left)
    driver.wizard.set_language("en")
    driver.type_password(page.password_field.edit, password("single-server-v1"))
    driver.forward(PageId.PREPARATION)
    switch_and_back(driver, english_sources)
    make_the_backup(driver)
    switch_and_back(driver, english_sources)
    driver.forward(PageId.READY)
    switch_and_back(driver, english_sources)
    gate = pause_apply(3)
    driver.click(driver.forward_button())
    driver.arrive(PageId.UPDATING)
    assert gate.reached.wait(20)
    QApplication.processEvents()  # deliver the progress the worker reported before the gate
    switch_and_back(driver, english_sources)
    gate.release.set()
    driver.arrive(PageId.FINISHED)
    driver.wait(lambda: driver.state.outcome is not None)
    switch_and_back(driver, english_sources)
    driver.forward(PageId.DEBRIEF)  # the sandbox ends on the debrief
    debrief = driver.page()
    assert isinstance(debrief, DebriefPage)
    driver.wait(lambda: debrief.debrief is not None)
    driver.wait(lambda: all(row.isVisible() for row in debrief.view.rows))
    switch_and_back(driver, english_sources)


def test_cluster_pages_switch_to_dutch_and_back(
    open_wizard: Open, sandbox: Callable[[str], Path], english_sources: set[str]
) -> None:
    driver = open_wizard(sandbox("cluster"), "cluster")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.INTEROP)  # the matrix now, during and after the rollout
    switch_and_back(driver, english_sources)
    driver.forward(PageId.CLUSTER)  # the waves, before the rollout
    page = driver.page()
    assert isinstance(page, ClusterPage)
    switch_and_back(driver, english_sources)
    driver.type_password(page.password_field.edit, password("cluster"))
    driver.click(page.start)
    driver.wait(lambda: page.result is not None, timeout=60_000)
    switch_and_back(driver, english_sources)  # every server's state after the rollout
    driver.forward(PageId.CLIENTS)
    clients = driver.page()
    assert isinstance(clients, ClientsPage)
    switch_and_back(driver, english_sources)
    driver.click(clients.update_button)
    driver.wait(lambda: clients.old_clients() == [] and not clients.working)
    switch_and_back(driver, english_sources)
    driver.forward(PageId.DEBRIEF)
    debrief = driver.page()
    assert isinstance(debrief, DebriefPage)
    driver.wait(lambda: debrief.debrief is not None)
    driver.wait(lambda: all(row.isVisible() for row in debrief.view.rows))
    switch_and_back(driver, english_sources)


def test_pending_os_updates_are_listed_in_dutch(
    open_wizard: Open, sandbox: Callable[[str], Path], english_sources: set[str]
) -> None:
    scenario = "pending-os-updates"
    driver = open_wizard(sandbox(scenario), scenario)
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    switch_and_back(driver, english_sources)
    driver.forward(PageId.PASSWORD)
    page = driver.page()
    assert isinstance(page, PasswordPage)
    driver.wait(lambda: page._keyring is not None)
    driver.type_password(page.password_field.edit, password(scenario))
    driver.forward(PageId.PREPARATION)
    switch_and_back(driver, english_sources)


def test_fresh_install_pages_switch_to_dutch_and_back(
    open_wizard: Open, sandbox: Callable[[str], Path], english_sources: set[str]
) -> None:
    driver = open_wizard(sandbox("no-rms"), "no-rms")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    switch_and_back(driver, english_sources)
    driver.forward(PageId.READY)
    switch_and_back(driver, english_sources)
    driver.forward(PageId.FINISHED)
    switch_and_back(driver, english_sources)


def test_remove_sp1_pages_switch_to_dutch_and_back(
    open_wizard: Open, sandbox: Callable[[str], Path], english_sources: set[str]
) -> None:
    driver = open_wizard(sandbox("already-sp1"), "already-sp1")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    switch_and_back(driver, english_sources)
    driver.forward(PageId.MAINTENANCE)
    page = driver.page()
    assert isinstance(page, MaintenancePage)
    driver.click(page.restore_radio)
    switch_and_back(driver, english_sources)
    driver.click(page.keep_radio)
    driver.forward(PageId.REMOVE_READY)
    switch_and_back(driver, english_sources)
    driver.forward(PageId.FINISHED)
    switch_and_back(driver, english_sources)


def test_recovery_pages_switch_to_dutch_and_back(
    open_wizard: Open, sandbox: Callable[[str], Path], english_sources: set[str]
) -> None:
    root = sandbox("single-server-v1")
    _killed_apply(root, "single-server-v1")
    assert detect_install(root).status is InstallStatus.INTERRUPTED
    driver = open_wizard(root, "single-server-v1")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    switch_and_back(driver, english_sources)
    driver.forward(PageId.RECOVERY)
    switch_and_back(driver, english_sources)
    driver.forward(PageId.FINISHED)
    switch_and_back(driver, english_sources)
