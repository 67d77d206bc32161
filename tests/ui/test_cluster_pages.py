"""Issue 7, acceptance 2: the cluster scenario rolled out end to end in the wizard; the interop page
shows what changes; the clients page updates the simulated clients.

The real wizard on real sandbox copies, driven like an operator (see wizard_driver).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from wizard_driver import Driver, make_the_backup, password, through_password, verified

import rms_wizard.core.fleet.cluster_exec as cluster_exec
from rms_wizard.core.fleet.topology import load_topology
from rms_wizard.core.install.models import Release
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.clients_page import ClientsPage
from rms_wizard.ui.pages.cluster_page import ClusterPage
from rms_wizard.ui.pages.debrief_page import DebriefPage
from rms_wizard.ui.pages.interop_page import InteropPage
from rms_wizard.ui.state import Event

NODES = (
    "CON-RC-01",
    "CON-RC-02",
    "CON-LIC-01",
    "CON-LIC-02",
    "CON-LIC-03",
    "FAB-RC-01",
    "FAB-RC-02",
)


def _to_rollout(driver: Driver) -> ClusterPage:
    """Welcome -> detection (the first node) -> interop -> the cluster page."""
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    assert "RMS 1.0 is installed" in driver.page().headline.text()
    driver.forward(PageId.INTEROP)
    driver.forward(PageId.CLUSTER)
    page = driver.page()
    assert isinstance(page, ClusterPage)
    return page


def _debrief(driver: Driver) -> dict[str, bool]:
    page = driver.page()
    assert isinstance(page, DebriefPage)
    driver.wait(lambda: page.debrief is not None)
    driver.check_texts()
    assert page.debrief is not None
    assert str(page.debrief.passed_count) in page.view.score_text()
    return {item.id: item.passed for item in page.debrief.items}


def test_the_cluster_scenario_is_rolled_out_end_to_end(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    folder = sandbox("cluster")
    driver = open_wizard(folder, "cluster")
    state = driver.state
    # The wizard runs on the first node of the first root certification cluster.
    assert state.sandbox_dir == folder and state.root == folder / "nodes" / "CON-RC-01"
    assert state.topology_path == folder / "topology.json"
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.INTEROP)

    # Interop, before the update: now (1.0, v1 clients), during (mixed servers), after (SP1).
    interop = driver.page()
    assert isinstance(interop, InteropPage)
    table = interop.table
    assert table.column_keys() == ["now", "during", "after"]
    assert table.cell("offline_enrollment", "now") == ("No", False)
    during, changed = table.cell("offline_enrollment", "during")
    assert changed and "1.0 servers: No" in during and "SP1 servers: Yes" in during
    assert table.cell("offline_enrollment", "after") == ("Yes", True)
    assert table.cell("server_enrolls_over_internet", "after") == ("No", True)
    assert table.cell("self_activating_clients", "after") == ("No clients", False)
    assert table.cell("server_lockbox", "after") == ("No", False)  # v1 clients: no lockbox
    assert "Offline enrollment: No \u2192 Yes" in interop.changes.text()
    assert "7 servers at RMS 1.0" in interop.situation.text()

    driver.forward(PageId.CLUSTER)
    page = driver.page()
    assert isinstance(page, ClusterPage)
    tree = page.tree
    waves = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [w.text(0) for w in waves] == [f"Wave {n}" for n in range(1, 6)]
    # Wave 1: both root certification clusters (two forests side by side), one node each.
    first = waves[0]
    assert {first.child(i).text(2) for i in range(first.childCount())} == {
        "contoso.com",
        "fabrikam.com",
    }
    assert all(first.child(i).childCount() == 1 for i in range(first.childCount()))
    assert "Licensing" in waves[2].child(0).text(1)
    assert not driver.forward_button().isEnabled()  # nothing rolled out yet
    assert page.folder_edit.text() == str(folder / "backups" / "rollout")

    # A wrong password is refused before anything changes.
    driver.type_password(page.password_field.edit, "not-the-password")
    driver.click(page.start)
    driver.wait(lambda: page.error_label.isVisible())
    assert "does not open the private key" in page.error_label.text()
    assert state.has_event(Event.PASSWORD_WRONG)
    assert not (folder / "backups").exists()
    driver.check_texts()

    driver.type_password(page.password_field.edit, password("cluster"))
    driver.click(page.start)
    driver.wait(lambda: page.working)
    assert not driver.wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    driver.wait(lambda: page.result is not None, timeout=60_000)
    assert page.result is not None and page.result.completed, page.result
    assert "Every server of the deployment runs SP1 now" in page.status.text()
    assert page.progress.value() == page.progress.maximum() == 7
    for name in NODES:
        assert verified(folder / "nodes" / name) is Release.SP1, name
    topology = load_topology(folder / "topology.json")
    assert all(n.version == "SP1" and n.in_rotation for c in topology.clusters for n in c.nodes)
    kinds = state.kinds()
    assert kinds.count(Event.NODE_UPDATED) == 7 and kinds.count(Event.NODE_DRAINED) == 7
    assert kinds.index(Event.PASSWORD_VERIFIED) < kinds.index(Event.NODE_DRAINED)
    assert kinds.index(Event.BACKUP_MADE) < kinds.index(Event.NODE_DRAINED)
    driver.check_texts()

    # The clients: three still at 1.0, updated by the sandbox action.
    driver.forward(PageId.CLIENTS)
    clients = driver.page()
    assert isinstance(clients, ClientsPage)
    assert clients.old_clients() == ["CON-WS-001", "CON-WS-002", "FAB-WS-001"]
    assert "SMS or Group Policy (CON-WS-001, CON-WS-002)" in clients.summary.text()
    assert "Self-activating clients: No clients \u2192 All clients" in clients.changes.text()
    assert "Server lockbox: No \u2192 Yes" in clients.changes.text()
    driver.click(clients.update_button)
    driver.wait(lambda: state.has_event(Event.CLIENTS_UPDATED) and not clients.working)
    assert clients.old_clients() == []
    assert not clients.update_button.isEnabled()
    assert all(c.version == "SP1" for c in load_topology(folder / "topology.json").clients)
    driver.check_texts()

    driver.forward(PageId.DEBRIEF)
    items = _debrief(driver)
    assert items == {
        "backup": True,
        "backup-verified": True,
        "password": True,
        "root-first": True,
        "part-of-cluster": True,
        "final-state": True,
    }
    assert driver.wizard.button(QWizard.WizardButton.FinishButton).isVisible()


@pytest.fixture
def hold_node(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Hold the executor's apply of the first node it starts until the test lets it go."""
    reached, release = threading.Event(), threading.Event()
    real = cluster_exec.apply_update

    def held(root: Path, **kwargs):  # type: ignore[no-untyped-def]
        if not reached.is_set():
            reached.set()
            assert release.wait(30), "the test never released the node"
        return real(root, **kwargs)

    monkeypatch.setattr(cluster_exec, "apply_update", held)
    yield reached, release
    release.set()


def test_cancel_during_the_rollout_stops_between_servers_and_the_rollout_resumes(
    open_wizard, sandbox, hold_node, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    reached, release = hold_node
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    folder = sandbox("cluster")
    driver = open_wizard(folder, "cluster")
    page = _to_rollout(driver)
    driver.type_password(page.password_field.edit, password("cluster"))
    driver.click(page.start)
    driver.wait(reached.is_set)
    driver.click(driver.wizard.button(QWizard.WizardButton.CancelButton))
    assert len(asked) == 1 and "no other server is started" in asked[0]
    assert driver.wizard.isVisible()  # the page stops between servers; the wizard stays open
    release.set()
    driver.wait(lambda: page.result is not None, timeout=60_000)
    result = page.result
    assert result is not None and result.cancelled and not result.completed
    updated = result.nodes("updated")
    assert 1 <= len(updated) <= 2  # the wave that was running finished, no other one started
    for name in NODES:
        expected = Release.SP1 if name in updated else Release.V1
        assert verified(folder / "nodes" / name) is expected, name
    assert "Resume" in page.status.text() and page.start.text() == "Resume the &rollout"
    driver.check_texts()

    driver.click(page.start)  # resume: the password was checked already
    driver.wait(lambda: page.result is not None and not page.working, timeout=60_000)
    assert page.result is not None and page.result.completed
    assert all(verified(folder / "nodes" / name) is Release.SP1 for name in NODES)
    assert driver.forward_button().isEnabled()


def test_the_focus_moves_to_stop_when_the_rollout_starts(open_wizard, sandbox, hold_node) -> None:  # type: ignore[no-untyped-def]
    """Start goes grey as the rollout begins: the focus lands on Stop, not on the bare window
    (an outside AT-SPI walk found it on the window)."""
    reached, release = hold_node
    driver = open_wizard(sandbox("cluster"), "cluster")
    page = _to_rollout(driver)
    driver.type_password(page.password_field.edit, password("cluster"))
    page.start.setFocus()
    QTest.keyClick(page.start, Qt.Key.Key_Space)  # as a keyboard user starts it
    driver.wait(reached.is_set)
    try:
        assert QApplication.focusWidget() is page.controls.stop
    finally:
        release.set()
        driver.wait(lambda: page.result is not None and not page.working, timeout=60_000)


def test_a_single_server_with_clients_interop_first_then_update_then_clients(
    open_wizard, sandbox
) -> None:  # type: ignore[no-untyped-def]
    folder = sandbox("mixed-clients")
    driver = open_wizard(folder, "mixed-clients")
    assert driver.state.sandbox_dir is None and driver.state.root == folder  # one node: itself
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.INTEROP)
    table = driver.page().table
    assert table.column_keys() == ["now", "after"]  # one server: no mixed period
    assert table.cell("self_activating_clients", "now") == ("SP1 clients only", False)
    assert table.cell("server_lockbox", "now") == ("No", False)
    assert table.cell("server_lockbox", "after") == ("Yes", True)
    assert table.cell("v1_clients_activate_over_internet", "after") == ("Yes", False)
    # ... then the single-server update path, unchanged.
    driver.forward(PageId.PASSWORD)
    driver.type_password(driver.page().password_field.edit, password("mixed-clients"))
    driver.forward(PageId.PREPARATION)
    make_the_backup(driver)
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)
    assert verified(folder) is Release.SP1
    driver.forward(PageId.CLIENTS)
    clients = driver.page()
    assert clients.old_clients() == ["RTM-WS-001", "RTM-WS-002"]
    assert "Version 1.0 clients activate over the internet: Yes \u2192 No" in clients.changes.text()
    driver.click(clients.update_button)
    driver.wait(lambda: clients.old_clients() == [] and not clients.working)
    versions = {c.name: c.version for c in load_topology(folder / "topology.json").clients}
    assert versions["RTM-KIOSK-01"] == "none"  # no RMS client: none is installed by the update
    driver.forward(PageId.DEBRIEF)
    items = _debrief(driver)
    assert items["clients"] is True and items["final-state"] is True


def test_the_update_path_without_a_topology_skips_the_new_pages(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    """A real install (no sandbox): the single-server path ends on the finished page."""
    root = sandbox("single-server-v1")
    driver = open_wizard(root)
    through_password(driver, "single-server-v1")
    preparation = driver.page()
    preparation.backup_step.folder_edit.setText(str(root / "backups" / "before"))
    driver.click(preparation.backup_step.make)
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)
    assert driver.wizard.currentPage().nextId() == -1
    assert not driver.wizard.button(QWizard.WizardButton.NextButton).isVisible()
    assert driver.wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert not set(driver.seen) & {PageId.INTEROP, PageId.CLUSTER, PageId.CLIENTS, PageId.DEBRIEF}
