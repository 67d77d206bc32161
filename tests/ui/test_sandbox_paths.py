"""Issue 5, acceptance 2: single-server-v1, disk-full and power-loss end to end in sandbox mode, each
ending on the debrief, whose items pass or fail as the operator acted.

The scenarios' own drills strike (handed out once per sandbox by arm_drill_fault); the sandbox's
keyring entries are gone when the wizard closes.
"""

from __future__ import annotations

import keyring
from PySide6.QtWidgets import QFileDialog, QWizard
from wizard_driver import Driver, make_the_backup, through_password, verified

from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.install.models import InstallStatus, Release
from rms_wizard.core.keys.secrets import SANDBOX_SERVICE, SERVICE
from rms_wizard.training.cluster_sandbox import sandbox_accounts
from rms_wizard.training.sandbox import DRILL_MARKER, get_scenario
from rms_wizard.ui import app as gui_app
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.debrief_page import DebriefPage
from rms_wizard.ui.pages.detection_page import DetectionPage
from rms_wizard.ui.sandbox_flow import drill_for_this_run
from rms_wizard.ui.state import Event


def _update(driver: Driver, scenario: str) -> None:
    """Detection, password, backup, plan, Install: on to the finished page."""
    through_password(driver, scenario)
    make_the_backup(driver)
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)


def _debrief(driver: Driver) -> tuple[DebriefPage, dict[str, bool]]:
    driver.forward(PageId.DEBRIEF)
    page = driver.page()
    assert isinstance(page, DebriefPage)
    driver.wait(lambda: page.debrief is not None)
    driver.check_texts()
    assert page.debrief is not None
    assert not driver.wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert driver.wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    return page, {item.id: item.passed for item in page.debrief.items}


def test_single_server_v1_ends_with_a_full_score_an_html_export_and_no_keyring_entry_left(
    open_wizard, sandbox, memory_keyring, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("single-server-v1")
    scenario = get_scenario("single-server-v1")
    (account,) = sandbox_accounts(scenario)
    memory_keyring.set_password(SANDBOX_SERVICE, account, scenario.key_password)
    memory_keyring.set_password(SERVICE, account, "a real server's entry")
    driver = open_wizard(root, "single-server-v1")
    _update(driver, "single-server-v1")
    assert driver.state.outcome is not None and driver.state.outcome.status == "done"
    assert driver.forward_button() is driver.wizard.button(QWizard.WizardButton.NextButton)
    page, items = _debrief(driver)
    assert items == {"backup": True, "backup-verified": True, "password": True, "final-state": True}
    assert "4 of 4" in page.view.score_text()
    # Export HTML: the trainer's report.
    target = tmp_path / "debrief.html"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "*.html"))
    )
    driver.click(page.view.export_button)
    html = target.read_text(encoding="utf-8")
    assert "Score: 4 of 4" in html and "Backup made" in html and "backup-made" not in html
    assert scenario.key_password not in html
    # On exit the sandbox's keyring entries go; a real server's entry stays.
    driver.click(driver.wizard.button(QWizard.WizardButton.FinishButton))
    assert not driver.wizard.isVisible()
    assert keyring.get_password(SANDBOX_SERVICE, account) is None
    assert keyring.get_password(SERVICE, account) == "a real server's entry"


def test_disk_full_fails_once_the_debrief_credits_the_rollback_and_misses_the_goal(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = gui_app.create_wizard(["--sandbox", "disk-full"])
    qtbot.addWidget(wizard)
    wizard.show()
    driver = Driver(qtbot, wizard)
    root = wizard.state.root
    assert root is not None
    _update(driver, "disk-full")
    assert driver.state.outcome is not None and driver.state.outcome.status == "failed"
    assert (root / DRILL_MARKER).is_file()  # handed out: it strikes no more in this sandbox
    assert verified(root) is Release.V1
    _page, items = _debrief(driver)
    assert items["drill"] is True  # failed on purpose and rolled back to a known state
    assert items["backup"] and items["backup-verified"] and items["password"]
    assert items["final-state"] is False  # the update was not run again
    # The next wizard on this sandbox runs the update without the fault.
    again = gui_app.create_wizard(["--root", str(root)])
    qtbot.addWidget(again)
    assert again.state.sandbox and again.state.drill_fault is None
    assert drill_for_this_run(again.state) is None


def test_power_loss_is_recovered_at_the_next_start_and_the_debrief_says_so(
    open_wizard, sandbox
) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("power-loss")
    driver = open_wizard(root, "power-loss")  # the scenario's own drill, armed at Install
    _update(driver, "power-loss")
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "interrupted", outcome
    assert detect_install(root).status is InstallStatus.INTERRUPTED
    assert driver.state.has_event(Event.POWER_LOST)
    driver.click(driver.page().restart)
    driver.arrive(PageId.WELCOME)
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: isinstance(driver.page(), DetectionPage) and driver.page().isComplete())
    driver.forward(PageId.RECOVERY)
    driver.forward(PageId.FINISHED)
    assert driver.state.outcome is not None and driver.state.outcome.recovery == "rolled-back"
    assert verified(root) is Release.V1
    _page, items = _debrief(driver)
    assert items["drill"] is True  # recovered: a known state again
    assert items["backup"] and items["password"]
    assert items["final-state"] is False
