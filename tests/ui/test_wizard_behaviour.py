"""The wizard's behaviour around the paths: a live event loop, errors, keyring, language, entry."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from wizard_driver import make_the_backup, through_password

from rms_wizard.core.common.paths import SANDBOX_MARKER
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.verify import verify_state
from rms_wizard.core.install.models import Release
from rms_wizard.core.keys.secrets import SANDBOX_SERVICE, account_for
from rms_wizard.training.sandbox import get_scenario
from rms_wizard.training.trail import TRAIL_FILE
from rms_wizard.ui import app as gui_app
from rms_wizard.ui import scenario_picker
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.password_page import PasswordPage
from rms_wizard.ui.pages.preparation_page import PreparationPage
from rms_wizard.ui.state import Event


def test_the_event_loop_keeps_running_during_apply(
    open_wizard, sandbox, pause_apply, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Acceptance 2: a GUI timer keeps firing while the apply runs; the longest gap is reported.

    The apply is held at a step until the GUI timer has fired several more times: if the apply
    blocked the event loop, the timer could not fire, the apply would not go on, and the wait for
    the finished page would time out.
    """
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    through_password(driver, "single-server-v1")
    make_the_backup(driver)
    driver.forward(PageId.READY)

    gate = pause_apply(3)
    ticks: list[float] = []
    during: list[float] = []

    def beat() -> None:
        now = time.perf_counter()
        ticks.append(now)
        if driver.wizard.updating_page.working:
            during.append(now)
        if gate.reached.is_set() and len(during) >= 5:
            gate.release.set()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(beat)
    timer.start()
    try:
        driver.click(driver.forward_button())
        driver.arrive(PageId.FINISHED)
    finally:
        timer.stop()
    assert driver.state.outcome is not None and driver.state.outcome.status == "done"
    assert len(during) >= 5, "the timer did not fire while the apply ran"
    gaps = [b - a for a, b in itertools.pairwise(during)]
    print(f"\nheartbeat during apply: {len(during)} ticks, longest gap {max(gaps) * 1000:.1f} ms")


def test_an_unexpected_error_shows_the_log_location_never_a_traceback(
    open_wizard, sandbox, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import rms_wizard.core.engine.detect as core_detect

    def broken(root: Path, **kwargs: object) -> None:
        raise ValueError("boom in detection")

    monkeypatch.setattr(core_detect, "detect_install", broken)
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    driver.forward(PageId.DETECTION)
    page = driver.page()
    driver.wait(lambda: "could not examine" in page.headline.text())
    texts = "\n".join(driver.check_texts())
    log_path = driver.wizard.log.path
    assert log_path is not None and str(log_path) in texts
    assert "boom" not in texts
    assert not driver.forward_button().isEnabled()
    log = log_path.read_text(encoding="utf-8")
    assert "Traceback" in log and "ValueError: boom in detection" in log


def test_a_core_error_is_shown_translated_on_the_page(open_wizard, sandbox, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    (root / "registry.reg").unlink()  # not a server folder any more
    driver = open_wizard(root, "single-server-v1")
    driver.forward(PageId.DETECTION)
    page = driver.page()
    driver.wait(lambda: "registry.reg" in page.explanation.text())
    driver.check_texts()


def test_no_install_on_this_computer_is_explained_and_goes_no_further(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    wizard = gui_app.create_wizard([])
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.state.root is None and not wizard.state.sandbox
    assert "No RMS server install was found" in wizard.currentPage().mode.text()
    wizard.next()
    page = wizard.currentPage()
    assert "No RMS server install" in page.headline.text()
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_sandbox_entry_makes_a_fresh_copy_under_the_user_data_folder(
    qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    wizard = gui_app.create_wizard(["--sandbox", "no-rms"])
    qtbot.addWidget(wizard)
    state = wizard.state
    assert state.sandbox and state.scenario_id == "no-rms"
    assert state.root is not None
    assert state.root.parent == tmp_path / "data" / "rms-wizard" / "sandboxes"
    assert state.root.name.startswith("no-rms-")
    assert (state.root / SANDBOX_MARKER).is_file()
    assert "sandbox" in wizard.windowTitle()
    wizard.show()
    assert wizard.currentPage().banner.isVisible()
    assert "No RMS yet" in wizard.currentPage().banner.text()
    # --sandbox without a name: the scenario picker decides (here: the trainer picks one).
    asked: list[str | None] = []

    def pick(parent: object = None, language: str | None = None) -> str:
        asked.append(language)
        return "single-server-v1"

    monkeypatch.setattr(scenario_picker, "choose_scenario", pick)
    other = gui_app.create_wizard(["--sandbox"])
    qtbot.addWidget(other)
    assert asked == ["en"] and other.state.scenario_id == "single-server-v1"
    # --root on an existing sandbox: sandbox mode again, the drill spent.
    again = gui_app.create_wizard(["--root", str(state.root)])
    qtbot.addWidget(again)
    assert again.state.sandbox and again.state.scenario_id == "no-rms"
    assert again.state.drill_fault is None


def test_unknown_scenario_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rms_wizard.core.common.messages import BadInputError

    with pytest.raises(BadInputError) as caught:
        gui_app.create_wizard(["--sandbox", "no-such-scenario"])
    assert "Unknown scenario" in str(caught.value)


def test_help_reopens_the_briefing(open_wizard, sandbox, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda parent, title, text: shown.append(text))
    )
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    briefing = get_scenario("single-server-v1").briefing.en
    assert briefing in driver.page().briefing.text()  # on the welcome page
    driver.forward(PageId.DETECTION)
    driver.click(driver.wizard.button(QWizard.WizardButton.HelpButton))
    assert len(shown) == 1 and shown[0].startswith(briefing)
    # ... with what the operator is handed (the password safe entry) and the goals.
    assert get_scenario("single-server-v1").material[0].en in shown[0]
    assert get_scenario("single-server-v1").goals[0].en in shown[0]


def test_the_keyring_remembers_the_password_and_offers_it_again(
    open_wizard, sandbox, memory_keyring, qtbot
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.PASSWORD)
    page = driver.page()
    assert isinstance(page, PasswordPage)
    driver.wait(lambda: page.remember.isEnabled())
    # The backend's class name is never shown (issue 14, item 20); an unknown one: no name.
    assert "Memory" not in page.remember.text()
    assert not page.stored_box.isVisible()
    # Ticked from the keyboard (a click at the middle of the row may miss the shorter label).
    page.remember.setFocus()
    qtbot.keyClick(page.remember, Qt.Key.Key_Space)
    assert page.remember.isChecked()
    driver.type_password(page.password_field.edit, get_scenario("single-server-v1").key_password)
    driver.forward(PageId.PREPARATION)
    account = account_for("RMS-ROOT01", "contoso-root")
    assert memory_keyring.items == {
        (SANDBOX_SERVICE, account): get_scenario("single-server-v1").key_password
    }
    assert driver.state.has_event(Event.PASSWORD_STORED)
    assert "stored in the keyring" in driver.page().password_item.status.text()

    # A second run on the server: the stored password is offered.
    second = open_wizard(root, "single-server-v1")
    second.forward(PageId.DETECTION)
    second.wait(lambda: second.page().isComplete())
    second.forward(PageId.PASSWORD)
    page2 = second.page()
    second.wait(lambda: page2.stored_box.isVisible())
    assert "RMS-ROOT01" in page2.stored_text.text()
    second.click(page2.use_stored)
    second.forward(PageId.PREPARATION)


def test_an_insecure_keyring_is_explained_and_the_admin_goes_on_without_it(
    open_wizard, sandbox
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.PASSWORD)
    page = driver.page()
    driver.wait(lambda: page.keyring_reason.isVisible())
    assert not page.remember.isEnabled()
    assert "will not be stored" in page.keyring_reason.text()
    assert "fail" not in page.remember.text().lower()  # no backend class name (item 20)
    driver.check_texts()
    page.password_field.toggle.click()  # show/hide
    assert page.password_field.edit.echoMode() == page.password_field.edit.EchoMode.Normal
    page.password_field.toggle.click()
    assert page.password_field.edit.echoMode() == page.password_field.edit.EchoMode.Password
    driver.type_password(page.password_field.edit, get_scenario("single-server-v1").key_password)
    driver.forward(PageId.PREPARATION)


def test_an_existing_backup_is_verified_the_same_way(open_wizard, sandbox, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    through_password(driver, "single-server-v1")
    page = driver.page()
    assert isinstance(page, PreparationPage)
    chosen: list[str] = []
    # First an empty folder (not a backup), then a real one made by the core.
    empty = root / "backups" / "empty"
    empty.mkdir(parents=True)
    from rms_wizard.core.engine.backup import make_backup

    good = root / "backups" / "good"
    make_backup(
        detect_install(root),
        good,
        include_logging_db=False,
        password=get_scenario("single-server-v1").password(),
    )
    answers = iter([str(empty), str(good)])

    def pick(*args: object, **kwargs: object) -> str:
        chosen.append(str(args[1]))
        return next(answers)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(pick))
    driver.click(page.backup_step.existing)
    driver.wait(lambda: "cannot be used" in page.backup_item.status.text())
    assert not driver.forward_button().isEnabled()
    driver.check_texts()
    driver.click(page.backup_step.existing)
    driver.wait(lambda: driver.state.backup is not None)
    assert driver.state.backup.folder == good
    assert driver.forward_button().isEnabled()
    # Keeping past statistics needs the logging database in the backup.
    driver.click(page.keep_stats)
    assert not driver.forward_button().isEnabled()
    assert "no logging database" in page.logging_item.status.text()
    driver.click(page.backup_step.make)
    driver.wait(lambda: driver.state.backup is not None and driver.forward_button().isEnabled())
    assert driver.state.has_event(Event.LOGGING_DB_BACKED_UP)
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)
    assert driver.state.outcome is not None and driver.state.outcome.statistics_imported > 0


def test_write_access_is_checked_before_the_plan_on_a_real_install(
    open_wizard, sandbox, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from rms_wizard.ui import access

    root = sandbox("single-server-v1")
    (root / SANDBOX_MARKER).unlink()  # a real server folder, not a sandbox
    driver = open_wizard(root)
    install = root / "drive_c" / "Program Files" / "Windows Rights Management Services"
    monkeypatch.setattr(access, "writable", lambda path: Path(path) != install)
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.PASSWORD)
    page = driver.page()
    driver.type_password(page.password_field.edit, get_scenario("single-server-v1").key_password)
    driver.forward(PageId.PREPARATION)
    prep = driver.page()
    assert prep.backup_step.folder_edit.text() == ""  # a real install: the admin picks the folder
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda *a, **k: str(root.parent / "admin-backups")),
    )
    (root.parent / "admin-backups").mkdir()
    driver.click(prep.backup_step.browse)
    assert prep.backup_step.folder_edit.text() == str(root.parent / "admin-backups")
    driver.click(prep.backup_step.make)
    driver.wait(lambda: driver.forward_button().isEnabled())
    driver.click(driver.forward_button())
    driver.wait(lambda: prep.error_label.isVisible())
    assert driver.page_id is PageId.PREPARATION
    assert "no write access" in prep.error_label.text()
    assert str(install) in prep.error_label.text()
    driver.check_texts()
    monkeypatch.setattr(access, "writable", lambda path: True)
    driver.forward(PageId.READY)
    assert driver.state.write_access_checked


def test_closing_before_anything_was_done_changes_nothing_and_asks_nothing(
    open_wizard, sandbox, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("no question expected")

    monkeypatch.setattr(QMessageBox, "question", staticmethod(never))
    root = sandbox("single-server-v1")

    def files() -> list[str]:  # the server's files: the sandbox's trail of the operator aside
        return sorted(
            p.relative_to(root).as_posix() for p in root.rglob("*") if p.name != TRAIL_FILE
        )

    before = files()
    driver = open_wizard(root, "single-server-v1")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.wizard.close()
    assert not driver.wizard.isVisible()
    assert driver.wizard.exit_code == 1  # left before the end
    assert files() == before
    assert verify_state(detect_install(root)).state is Release.V1


def test_closing_once_something_was_done_asks_first_and_changes_nothing(
    open_wizard, sandbox, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    root = sandbox("single-server-v1")

    def files() -> list[str]:  # the server's files: the sandbox's trail of the operator aside
        return sorted(
            p.relative_to(root).as_posix() for p in root.rglob("*") if p.name != TRAIL_FILE
        )

    before = files()
    driver = open_wizard(root, "single-server-v1")
    through_password(driver, "single-server-v1")
    driver.wizard.close()  # answered No: Setup stays open
    assert driver.wizard.isVisible() and driver.page_id is PageId.PREPARATION
    driver.wizard.reject()  # Cancel (or Escape), answered Yes
    assert not driver.wizard.isVisible()
    assert len(asked) == 2 and all("Setup is not complete" in text for text in asked)
    assert driver.wizard.exit_code == 1
    assert files() == before


class _Marker(QTranslator):
    """Marks every text of the wizard's pages, to see that each page retranslates at runtime."""

    def translate(self, context: str, source: str, disambiguation=None, n=-1) -> str | None:  # type: ignore[no-untyped-def,override]
        if context.endswith("Page") or context in ("SetupWizard", "SandboxBanner"):
            return "\u00bb" + source
        return None  # a null string: "not translated here" (an empty one would be used as is)


def test_switching_language_at_runtime_retranslates_every_page_and_the_buttons(
    open_wizard, sandbox, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    wizard = driver.wizard
    english = {page_id: page.title() for page_id, page in wizard.pages.items()}
    # The marker stands in for any text the Dutch catalogue does not (yet) translate.
    marker = _Marker()
    QCoreApplication.installTranslator(marker)
    try:
        page = wizard.currentPage()
        page.language_combo.setCurrentIndex(page.language_combo.findData("nl"))
        # Qt's own catalogue: the wizard's buttons, which QWizard does not retranslate itself.
        dutch_next = QCoreApplication.translate("QWizard", "&Next >")
        assert dutch_next != "&Next >"
        qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).text() == dutch_next)
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == dutch_next
        qtbot.waitUntil(
            lambda: all(p.title() != english[i] for i, p in wizard.pages.items()), timeout=5000
        )
        assert (
            "RMS" in wizard.windowTitle()
            and wizard.windowTitle() != "Windows RMS Service Pack 1 Setup (sandbox)"
        )
        assert driver.state.language == "nl"
        assert driver.state.has_event(Event.LANGUAGE_CHANGED)
        settings = json.loads((tmp_path / "config" / "rms-wizard" / "settings.json").read_text())
        assert settings["language"] == "nl"
        driver.check_texts()
    finally:
        QCoreApplication.removeTranslator(marker)
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >")
    qtbot.waitUntil(lambda: all(p.title() == english[i] for i, p in wizard.pages.items()))


def test_pending_windows_updates_make_setup_ask_before_it_goes_on(
    open_wizard, sandbox, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Issue 14, item 6: with updates missing, Next asks "continue anyway?" (No stays)."""
    from rms_wizard.ui.widgets.checklist import ItemState

    root = sandbox("pending-os-updates")
    driver = open_wizard(root, "pending-os-updates")
    through_password(driver, "pending-os-updates")
    page = driver.page()
    pending = detect_install(root).pending_os_updates
    assert pending
    assert page.updates_item.state is ItemState.WARNING
    assert all(update.id in page.updates_item.status.text() for update in pending)
    make_the_backup(driver)  # Next is enabled by the verified backup alone...
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    driver.click(driver.forward_button())  # ... but it asks first; No stays here
    assert len(asked) == 1 and all(update.id in asked[0] for update in pending)
    assert driver.page_id is PageId.PREPARATION
    answer = QMessageBox.StandardButton.Yes
    driver.forward(PageId.READY)
