"""Issue 14, screenshots: a label never touches the field it names (the Dutch "Back-upmap:" on the
preparation page did), in both languages; the destination folder's label neither."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from wizard_driver import through_password

from rms_wizard.i18n import install_translators
from rms_wizard.ui.page_id import PageId

GAP = 4


def _gap(label: QLabel) -> int:
    buddy = label.buddy()
    assert buddy is not None and buddy.isVisible(), label.objectName()
    parent = label.window()
    right = label.mapTo(parent, label.rect().topRight()).x()
    left = buddy.mapTo(parent, buddy.rect().topLeft()).x()
    return left - right - 1


def _labels(page: QWidget, *names: str) -> list[QLabel]:
    found = [page.findChild(QLabel, name) for name in names]
    assert all(label is not None for label in found)
    return found  # type: ignore[return-value]


def _check(driver, language: str) -> None:  # type: ignore[no-untyped-def]
    through_password(driver, "single-server-v1")
    driver.wait(lambda: driver.page_id is PageId.PREPARATION)
    for label in _labels(driver.page(), "backupFolderLabel"):
        assert _gap(label) >= GAP, (language, label.text(), _gap(label))


def test_the_backup_folder_label_keeps_its_distance_in_english(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    _check(open_wizard(sandbox("single-server-v1"), "single-server-v1"), "en")


def test_the_backup_folder_label_keeps_its_distance_in_dutch(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    install_translators("nl")
    _check(open_wizard(sandbox("single-server-v1"), "single-server-v1", language="nl"), "nl")


def test_the_destination_label_keeps_its_distance(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    install_translators("nl")
    driver = open_wizard(sandbox("no-rms"), "no-rms", language="nl")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.READY)
    for label in _labels(driver.page(), "destinationFolderLabel"):
        assert _gap(label) >= GAP, (label.text(), _gap(label))
