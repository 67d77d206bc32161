"""Issue 18: what a screen reader hears of the work beyond the Updating page (``ui/announce.py``):
the cluster rollout and the clients' update (a phase once, progress now and then, the end),
failures assertively, the questions Setup asks, a finished backup."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard
from wizard_driver import Driver, make_the_backup, password, through_password

from rms_wizard.i18n import tr_message
from rms_wizard.ui import announce
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.clients_page import ClientsPage
from rms_wizard.ui.pages.cluster_page import ClusterPage


def heard(kind: str) -> list[tuple[str, str]]:
    """(text, politeness) of every announcement of ``kind`` so far."""
    return [(a.text, a.politeness) for a in announce.RECORD if a.kind == kind]


def _to_rollout(driver: Driver) -> ClusterPage:
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.INTEROP)
    driver.forward(PageId.CLUSTER)
    page = driver.page()
    assert isinstance(page, ClusterPage)
    return page


def _roll_out(driver: Driver, page: ClusterPage) -> None:
    announce.RECORD.clear()
    driver.type_password(page.password_field.edit, password("cluster"))
    driver.click(page.start)
    driver.wait(lambda: page.working)
    driver.wait(lambda: page.result is not None and not page.working, timeout=60_000)


def test_the_rollout_says_each_wave_its_progress_and_its_end(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("cluster"), "cluster")
    page = _to_rollout(driver)
    _roll_out(driver, page)
    assert page.result is not None and page.result.completed
    phases = heard("phase")
    assert phases[0] == (
        "Before the first wave: backing up the configuration database of each cluster",
        "polite",
    )
    assert phases[1] == ("Wave 1 of 5: updating CON-RC-01, FAB-RC-01", "polite")
    assert [text.split(":")[0] for text, _ in phases[1:]] == [f"Wave {n} of 5" for n in range(1, 6)]
    progress = [a for a in announce.RECORD if a.kind == "progress"]
    assert all(a.politeness == "polite" for a in progress)
    assert all(b.time - a.time >= 1.0 for a, b in pairwise(progress))
    assert heard("result") == [
        (
            "Every server of the deployment runs SP1 now. Each one was checked after its "
            "update and returned to rotation.",
            "polite",
        )
    ]
    assert announce.RECORD[-1].kind == "result"


def test_a_failed_rollout_is_said_assertively_with_its_cause(  # type: ignore[no-untyped-def]
    open_wizard, sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RMS_WIZARD_FAULT", "fail-at-step:2")
    driver = open_wizard(sandbox("cluster"), "cluster")
    page = _to_rollout(driver)
    _roll_out(driver, page)
    assert page.result is not None and page.result.failed is not None
    (error,) = heard("error")
    assert error == (page.status.text(), "assertive")
    assert "The rollout stopped there." in error[0]
    assert heard("result") == []
    # The waves after the failed server never start: they are not said.
    assert [text for text, _ in heard("phase")][-1].startswith("Wave 1 of 5")
    assert driver.wizard.button(QWizard.WizardButton.BackButton).isEnabled()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(title, text) of each question Setup asks; each is answered No."""
    questions: list[tuple[str, str]] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        questions.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return questions


def test_the_exit_question_is_said_assertively(open_wizard, sandbox, asked) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    through_password(driver, "single-server-v1")  # a checked password: Cancel asks first
    announce.RECORD.clear()
    driver.click(driver.wizard.button(QWizard.WizardButton.CancelButton))
    assert [title for title, _ in asked] == ["Exit Setup"]
    assert driver.wizard.isVisible()  # answered No
    assert heard("question") == [(asked[0][1].strip(), "assertive")]
    assert asked[0][1].startswith("Setup is not complete.")


def test_the_stop_question_is_said_assertively(open_wizard, sandbox, asked) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("cluster"), "cluster")
    page = _to_rollout(driver)
    announce.RECORD.clear()
    assert not page.controls.ask_to_stop()  # answered No
    assert [title for title, _ in asked] == ["Stop the rollout"]
    assert heard("question") == [(asked[0][1].strip(), "assertive")]


def test_a_finished_backup_is_said_politely_a_failed_one_assertively(  # type: ignore[no-untyped-def]
    open_wizard, sandbox, tmp_path
) -> None:
    root = sandbox("single-server-v1")
    driver = open_wizard(root, "single-server-v1")
    through_password(driver, "single-server-v1")
    step = driver.page().backup_step
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    step.folder_edit.setText(str(blocker / "backup"))
    announce.RECORD.clear()
    driver.click(step.make)
    driver.wait(lambda: not step.busy() and heard("error"))
    assert heard("error") == [(step.item.status.text(), "assertive")]
    assert heard("result") == []
    step.folder_edit.setText(str(root / "backups" / "announced"))
    driver.click(step.make)
    driver.wait(lambda: driver.state.backup is not None and not step.busy())
    assert heard("result") == [("The backup is made and verified.", "polite")]


def test_a_failed_update_says_its_cause_assertively(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("disk-full"), "disk-full")  # the scenario's drill: the disk fills
    through_password(driver, "disk-full")
    make_the_backup(driver)
    driver.forward(PageId.READY)
    announce.RECORD.clear()
    driver.forward(PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "failed" and outcome.message is not None
    driver.wait(lambda: announce.RECORD[-1].kind == "page")
    cause = tr_message(outcome.message)
    assert "disk" in cause
    assert heard("error") == [(cause, "assertive")]
    kinds = [a.kind for a in announce.RECORD]
    assert kinds.index("error") < len(kinds) - 1  # before the Finished page's summary


def test_a_drill_in_a_child_process_says_each_phase_once_not_each_file(
    open_wizard, sandbox
) -> None:  # type: ignore[no-untyped-def]
    """The power-loss drill runs the update in a child process, whose lines come translated
    with their file names; their phase keys come along, so a reader hears "Installing ..." once."""
    driver = open_wizard(sandbox("power-loss"), "power-loss")
    through_password(driver, "power-loss")
    make_the_backup(driver)
    driver.forward(PageId.READY)
    announce.RECORD.clear()
    driver.forward(PageId.FINISHED)
    outcome = driver.state.outcome
    assert outcome is not None and outcome.status == "interrupted", outcome
    phases = [text for text, _ in heard("phase")]
    installing = [text for text in phases if text.startswith("Installing ")]
    assert len(installing) == 1, phases
    assert len(phases) == len(set(phases)) <= 3, phases


def test_the_clients_update_says_its_phase_and_its_end(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("cluster"), "cluster")
    page = _to_rollout(driver)
    _roll_out(driver, page)
    driver.forward(PageId.CLIENTS)
    clients = driver.page()
    assert isinstance(clients, ClientsPage)
    announce.RECORD.clear()
    driver.click(clients.update_button)
    driver.wait(lambda: clients.old_clients() == [] and not clients.working)
    assert heard("phase") == [("Installing the SP1 client\u2026", "polite")]
    assert heard("result") == [(clients.status.text(), "polite")]
    assert "CON-WS-001, CON-WS-002, FAB-WS-001" in clients.status.text()


def test_pages_shown_in_one_turn_are_announced_once(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    """Next pressed again before a page's announcement went out (or a restart, which shows its
    first page twice): the page shown then is announced once, not twice."""
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    driver.wait(lambda: heard("page"))
    announce.RECORD.clear()
    driver.wizard.restart()
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.qtbot.wait(50)
    pages = [text.split(".")[0] for text, _ in heard("page")]
    assert pages == ["Detecting the installation"], pages
