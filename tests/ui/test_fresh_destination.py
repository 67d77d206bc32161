"""Issue 14, item 20: a fresh install asks for its destination folder, by keyboard, and goes there.

Keys go to the focused widget only (see ``keyboard_walk``): the Ready page of a server without
RMS starts on the destination field (the standard folder in it), a folder that cannot be used
keeps Install disabled with a plain line saying why, and the install lands in the folder typed.
"""

from __future__ import annotations

from keyboard_walk import check_start_focus, enter_to, enter_until, focus_on, press, type_text
from PySide6.QtCore import Qt
from wizard_driver import verified

from rms_wizard.core.common.paths import registry_file
from rms_wizard.core.engine.destination import DEFAULT_INSTALL_PATH
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.install.models import Release
from rms_wizard.core.install.regfile import read_reg
from rms_wizard.core.install.registry import DRMS_KEY
from rms_wizard.i18n import install_translators
from rms_wizard.ui.page_id import PageId


def _to_ready(driver):  # type: ignore[no-untyped-def]
    driver.wizard.activateWindow()
    driver.qtbot.waitActive(driver.wizard)
    enter_to(driver, PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    enter_to(driver, PageId.READY)
    page = driver.page()
    focus_on(driver, page.destination.edit)  # the page's first input
    return page


def _retype(driver, text: str) -> None:  # type: ignore[no-untyped-def]
    press(driver, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(driver, Qt.Key.Key_Delete)
    type_text(driver, text)


def test_a_fresh_install_goes_to_the_folder_typed(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("no-rms")
    driver = open_wizard(root, "no-rms")
    page = _to_ready(driver)
    assert page.destination.isVisible()
    assert page.destination.edit.text() == DEFAULT_INSTALL_PATH
    assert page.destination.edit.accessibleName() == "Destination folder"
    space = page.space.text()  # the disk space it needs, and has, before Install
    assert space.startswith("Disk space: the installation needs ") and "is free" in space
    _retype(driver, "D:\\Apps\\RMS")
    enter_until(driver, PageId.FINISHED)
    assert driver.state.outcome is not None and driver.state.outcome.status == "done"
    assert (root / "drive_d" / "Apps" / "RMS" / "bin" / "DRMSServer.dll").is_file()
    assert not (root / "drive_c").exists()
    value = read_reg(registry_file(root)).get_value(DRMS_KEY, "InstallPath")
    assert value is not None and value.data == "D:\\Apps\\RMS"
    assert verified(root) is Release.SP1
    assert detect_install(root).install_dir == str(root / "drive_d" / "Apps" / "RMS")


def test_a_folder_that_cannot_be_used_keeps_install_disabled(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    install_translators("nl")
    root = sandbox("no-rms")
    taken = root / "drive_c" / "Bezet"
    taken.mkdir(parents=True)
    (taken / "notes.txt").write_text("someone's files")
    driver = open_wizard(root, "no-rms", language="nl")
    page = _to_ready(driver)
    install = driver.wizard.button(driver.wizard.WizardButton.CommitButton)
    assert page.destination.edit.accessibleName() == "Doelmap"
    for text, says in (
        ("Programmas\\RMS", "geen volledig pad"),
        ("C:\\Bezet", "is niet leeg"),
        ("", "Kies eerst een doelmap"),
    ):
        _retype(driver, text)
        assert not install.isEnabled(), text
        assert page.destination.problem.isVisible() and says in page.destination.problem.text()
        press(driver, Qt.Key.Key_Return)  # Enter in the field installs nothing
        assert driver.page_id is PageId.READY
    _retype(driver, "C:\\Bezet\\RMS")
    assert install.isEnabled() and not page.destination.problem.isVisible()
    check_start_focus(driver)
    enter_until(driver, PageId.FINISHED)
    assert (taken / "RMS" / "bin" / "DRMSServer.dll").is_file()
    assert (taken / "notes.txt").read_text() == "someone's files"
