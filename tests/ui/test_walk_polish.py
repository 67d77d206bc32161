"""Issue 14, item 18: the cluster page's wave tree follows the server being updated, and "Reset
scenario" cannot be clicked while an update runs (instead of refusing afterwards)."""

from __future__ import annotations

from wizard_driver import make_the_backup, password, through_password

from rms_wizard.ui.pages.cluster_page import ClusterPage
from rms_wizard.ui.pages.updating_page import UpdatingPage
from rms_wizard.ui.wizard import PageId


def test_the_wave_tree_shows_the_last_wave_while_it_is_updated(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("cluster"), "cluster")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.INTEROP)
    driver.forward(PageId.CLUSTER)
    page = driver.page()
    assert isinstance(page, ClusterPage)
    tree = page.tree
    tree.setFixedHeight(8 * tree.fontMetrics().height())  # a small screen: a few rows in sight
    driver.wait(lambda: tree.viewport().height() < 8 * tree.fontMetrics().height())

    def in_sight() -> bool:
        """The first server of the last wave (the tree is rebuilt as it goes: found anew)."""
        node = tree.topLevelItem(tree.topLevelItemCount() - 1)
        while node.childCount():
            node = node.child(0)
        return tree.viewport().rect().contains(tree.visualItemRect(node))

    assert not in_sight()  # the last wave starts below the fold
    driver.type_password(page.password_field.edit, password("cluster"))
    driver.click(page.start)
    driver.wait(lambda: page.result is not None, timeout=60_000)
    assert in_sight()  # the tree followed the rollout down to it


def test_reset_scenario_is_disabled_while_the_update_runs(
    open_wizard, sandbox, pause_apply
) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    gate = pause_apply(5)
    through_password(driver, "single-server-v1")
    make_the_backup(driver)
    driver.forward(PageId.READY)
    driver.forward(PageId.UPDATING)
    page = driver.page()
    assert isinstance(page, UpdatingPage)
    assert gate.reached.wait(20)
    assert page.banner.reset_button.isVisible() and not page.banner.reset_button.isEnabled()
    gate.release.set()
    driver.arrive(PageId.FINISHED)
    assert driver.page().banner.reset_button.isEnabled()
