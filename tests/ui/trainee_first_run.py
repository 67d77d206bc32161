"""The first wizard process of the power-loss spec test: a perfect trainee until the power fails.

``python trainee_first_run.py SANDBOX`` opens the real wizard on the sandbox folder (as
``rms-wizard --root SANDBOX`` does), checks the password, makes and verifies the backup and clicks
Install; the scenario's drill cuts the update off. Then this process dies on the spot
(``os._exit``), as the whole machine would in a power loss: nothing gets a chance to save anything
afterwards. Prints ``first-run: interrupted`` before it dies when it got that far.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wizard_driver import WAIT_MS, Driver, make_the_backup, through_password

from rms_wizard.ui.app import create_wizard
from rms_wizard.ui.page_id import PageId


class Bot:
    """The few qtbot calls the driver makes, for a process without pytest."""

    def waitUntil(self, condition: Callable[[], bool], timeout: int = WAIT_MS) -> None:
        end = time.monotonic() + timeout / 1000
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("first run: waited too long")
            QCoreApplication.processEvents()
            QTest.qWait(10)

    def mouseClick(self, widget: QWidget, button: Qt.MouseButton) -> None:
        QTest.mouseClick(widget, button)

    def keyClicks(self, widget: QWidget, text: str) -> None:
        QTest.keyClicks(widget, text)


def main(root: str) -> None:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    # No modal dialog may block this run: every question is answered No.
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)  # type: ignore[method-assign]
    wizard = create_wizard(["--root", root])
    wizard.show()
    driver = Driver(Bot(), wizard)
    through_password(driver, wizard.state.scenario_id or "")
    make_the_backup(driver)
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)
    outcome = wizard.state.outcome
    assert outcome is not None and outcome.status == "interrupted", outcome
    print("first-run: interrupted", flush=True)
    del app
    os._exit(0)  # the power is gone: no clean-up, no close, nothing written after this


if __name__ == "__main__":
    main(sys.argv[1])
