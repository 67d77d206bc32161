"""Issue 14, item 18: the cluster page's wave tree follows the server being updated, and "Reset
scenario" cannot be clicked while an update runs (instead of refusing afterwards)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from wizard_driver import make_the_backup, password, through_password

from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.cluster_page import ClusterPage
from rms_wizard.ui.pages.updating_page import UpdatingPage


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


# ---------------------------------------------------------------------------- item 20: wording


def test_the_scenario_picker_lists_the_easy_scenarios_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    from rms_wizard.training.sandbox import get_scenario
    from rms_wizard.ui.scenario_picker import ScenarioPicker

    picker = ScenarioPicker(language="en")
    qtbot.addWidget(picker)
    ids = [picker._list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(picker._list.count())]
    levels = [get_scenario(i).level for i in ids]
    order = ["beginner", "intermediate", "advanced"]
    assert levels == sorted(levels, key=order.index), list(zip(ids, levels, strict=True))
    assert levels[0] == "beginner" and levels[-1] == "advanced"


def test_the_keyring_is_named_as_users_know_it() -> None:
    from rms_wizard.ui.keyring_names import keyring_display_name

    assert keyring_display_name("SecretService Keyring") == "the desktop's keyring (Secret Service)"
    assert keyring_display_name("WinVaultKeyring") == "Windows Credential Manager"
    assert keyring_display_name("MemoryKeyring") == ""  # unknown: no class name shown instead


def test_the_password_page_never_shows_the_keyring_class(
    open_wizard, sandbox, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    from rms_wizard.ui.pages.password_page import PasswordPage

    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.PASSWORD)
    page = driver.page()
    assert isinstance(page, PasswordPage)
    driver.wait(lambda: page._keyring is not None)
    assert page._keyring is not None and page._keyring.backend
    texts = "\n".join(driver.check_texts())
    assert page._keyring.backend not in texts and "Keyring" not in texts


def test_ready_shows_disk_space_and_finished_speaks_plainly(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    through_password(driver, "single-server-v1")
    make_the_backup(driver)
    driver.forward(PageId.READY)
    space = driver.page().space.text()
    assert space.startswith("Disk space: the update needs ") and " is free on the disk" in space
    driver.forward(PageId.FINISHED)
    advice = driver.page().advice
    assert "no new provisioning" in advice.text() and advice.styleSheet() == ""  # not orange


def test_a_fresh_install_shows_where_it_goes(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("no-rms"), "no-rms")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.READY)
    destination = driver.page().destination  # the field, as installers ask (test_fresh_destination)
    assert destination.isVisible() and destination.label.text() == "&Destination folder:"
    assert destination.edit.text() == "C:\\Program Files\\Windows Rights Management Services"


def test_no_keyring_is_said_without_the_backend_class(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    """With no system keyring (keyring's fail backend, as on a bare server) the page said "(the
    keyring backend is fail Keyring)"; it says so in words, in both languages."""
    import keyring
    from keyring.backends import fail

    from rms_wizard.i18n import install_translators

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    root = sandbox("single-server-v1")
    try:
        for language, says in (("en", "No system keyring is available."), ("nl", "sleutelbos")):
            install_translators(language)
            driver = open_wizard(root, "single-server-v1", language=language)
            driver.forward(PageId.DETECTION)
            driver.wait(lambda d=driver: d.page().isComplete())
            driver.forward(PageId.PASSWORD)
            page = driver.page()
            driver.wait(lambda p=page: p.keyring_reason.isVisible())
            reason = page.keyring_reason.text()
            assert says in reason, reason
            texts = "\n".join(driver.check_texts())
            assert "fail" not in texts and "Keyring" not in texts, reason
            driver.wizard.close()
    finally:
        keyring.set_keyring(previous)
        install_translators("en")
