"""Issue 14, item 12: a backup folder that cannot be written is one translated sentence about that
folder, with the reason, and the admin picks another; an empty field leaves no stale error."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtWidgets import QApplication
from wizard_driver import through_password

from rms_wizard.ui.pages.preparation_page import PreparationPage
from rms_wizard.ui.widgets.checklist import ItemState


def test_an_immutable_backup_folder_is_explained_and_another_one_works(
    open_wizard, sandbox, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    through_password(driver, "single-server-v1")
    page = driver.page()
    assert isinstance(page, PreparationPage)
    locked = tmp_path / "locked"
    locked.mkdir()
    subprocess.run(["chattr", "+i", str(locked)], check=True)
    try:
        page.backup_step.folder_edit.setText(str(locked / "backup"))
        driver.click(page.backup_step.make)
        driver.wait(lambda: page.backup_item.state is ItemState.FAILED)
    finally:
        subprocess.run(["chattr", "-i", str(locked)], check=True)
    status = page.backup_item.status.text()
    assert f"Setup cannot write to the folder {locked / 'backup'}" in status
    assert "the operation is not permitted" in status and "Choose another folder" in status
    assert "unexpected" not in status
    log = Path(str(driver.state.log_path)).read_text(encoding="utf-8")
    assert "Traceback" not in log
    assert QApplication.focusWidget() is page.backup_step.folder_edit  # ready for another folder
    driver.check_texts()

    # An empty field: the last attempt's red error does not stay beside "Choose a folder first".
    page.backup_step.folder_edit.clear()
    driver.click(page.backup_step.make)
    assert page.error_label.isVisible() and "Choose a folder" in page.error_label.text()
    assert page.backup_item.state is ItemState.PENDING
    assert "cannot write" not in page.backup_item.status.text()

    page.backup_step.folder_edit.setText(str(tmp_path / "writable" / "backup"))
    driver.click(page.backup_step.make)
    driver.wait(lambda: driver.state.backup is not None)
    assert page.backup_item.state is ItemState.DONE
