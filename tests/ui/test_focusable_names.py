"""Issue 18: every focusable object a screen reader meets has a name (the AT-SPI walks' rule,
``tests/a11y/atspi_driver.py`` ``nameless_focusable``), checked here through Qt's own accessible
interfaces, which are what the AT-SPI bridge reads: the cells of the rollout tree, an empty
status line (a selectable label takes the focus), the scenario picker's list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QShowEvent
from PySide6.QtWidgets import QApplication, QWidget
from wizard_driver import Driver

from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.scenario_picker import ScenarioPicker


def _describe(interface: QAccessibleInterface) -> str:
    target = interface.object()
    name = target.objectName() if target is not None else ""
    return f"{interface.role().name} {name!r}"


def nameless_focusable(root: QWidget) -> list[str]:
    """The focusable objects under ``root`` (widgets shown with it, their cells) without a name."""
    found: list[str] = []

    def walk(interface: QAccessibleInterface, path: str) -> None:
        target = interface.object()
        if isinstance(target, QWidget) and target is not root and not target.isVisibleTo(root):
            return
        here = f"{path} > {_describe(interface)}"
        name = interface.text(QAccessible.Text.Name).strip()
        if interface.state().focusable and not name:
            found.append(here)
        for index in range(interface.childCount()):
            child = interface.child(index)
            if child is not None:
                walk(child, here)

    walk(QAccessible.queryAccessibleInterface(root), root.objectName())
    return found


def test_every_focusable_object_of_the_cluster_and_clients_pages_has_a_name(
    open_wizard, sandbox
) -> None:  # type: ignore[no-untyped-def]
    driver: Driver = open_wizard(sandbox("cluster"), "cluster")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.INTEROP)
    driver.forward(PageId.CLUSTER)
    cluster = driver.page()
    tree = cluster.tree
    assert tree.topLevelItemCount() == 5  # the waves are there to be read
    wave, text_role = tree.topLevelItem(0), Qt.ItemDataRole.AccessibleTextRole
    server = wave.child(0).child(0)
    assert wave.data(1, text_role) == "none"  # a wave has no kind: read as "none"
    assert server.data(3, text_role) is None and server.text(3)  # its state is read as shown
    clients = driver.wizard.pages[PageId.CLIENTS]
    clients.initializePage()
    QApplication.sendEvent(clients, QShowEvent())  # as the wizard shows it: names its scroll area
    problems = nameless_focusable(cluster) + nameless_focusable(clients)
    assert not problems, "\n".join(problems)


def test_the_scenario_pickers_list_has_a_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = ScenarioPicker(language="en")
    qtbot.addWidget(picker)
    assert picker._list.accessibleName() == "Training scenarios"
    problems = nameless_focusable(picker)
    assert not problems, "\n".join(problems)
