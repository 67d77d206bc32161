"""A real wizard process for tests/ui/test_stop_signals.py (not a test module itself).

``python signal_drive.py ROOT MODE``: the real :func:`rms_wizard.ui.app.run_gui` on the sandbox
``ROOT`` (``--root``), driven by clicks like an admin from a timer once the window is up. MODE:

* ``update``: through the password and a backup to Install; the update is held at its fifth step
  (a file step) until it is cancelled, so the signal arrives in the middle of the file steps;
* ``idle``: nothing is done; the window waits on the Welcome page.

When the moment has come it prints ``rms-wizard-test: ready <pid>`` on stdout; the test then
sends the signal and reads the exit code.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import keyring
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtTest import QTest
from wizard_driver import Driver, MemoryKeyring, make_the_backup, through_password

HOLD_AT_STEP = 5


class Bot:
    """The three things the driver asks of pytest-qt's qtbot, without pytest."""

    def waitUntil(self, condition, timeout: int = 20_000) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout / 1000
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the wizard did not get there")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def mouseClick(self, widget, button) -> None:  # type: ignore[no-untyped-def]
        QTest.mouseClick(widget, button)

    def keyClicks(self, widget, text: str) -> None:  # type: ignore[no-untyped-def]
        QTest.keyClicks(widget, text)


def ready() -> None:
    import os

    print(f"rms-wizard-test: ready {os.getpid()}", flush=True)


def hold_the_update() -> None:
    """The core's apply, held at a file step until its cancel token is set."""
    import rms_wizard.core.engine.operations as core_operations

    real = core_operations.apply_update

    def held(root, *, progress, cancel, **kwargs):  # type: ignore[no-untyped-def]
        said: list[bool] = []

        def hooked(event) -> None:  # type: ignore[no-untyped-def]
            progress(event)
            if event.step == HOLD_AT_STEP and not said:
                said.append(True)
                ready()
                deadline = time.monotonic() + 60
                while not cancel.cancelled and time.monotonic() < deadline:
                    time.sleep(0.01)

        return real(root, progress=hooked, cancel=cancel, **kwargs)

    core_operations.apply_update = held


def main(root: str, mode: str) -> int:
    import rms_wizard.ui.app as app_module
    from rms_wizard.ui.page_id import PageId

    keyring.set_keyring(MemoryKeyring())
    made = app_module.create_wizard

    def create(*args, **kwargs):  # type: ignore[no-untyped-def]
        wizard = made(*args, **kwargs)

        def drive() -> None:
            wizard.wait_for_startup()
            driver = Driver(Bot(), wizard)
            if mode == "idle":
                ready()
                return
            through_password(driver, "single-server-v1")
            make_the_backup(driver)
            driver.forward(PageId.READY)
            driver.click(driver.forward_button())  # Install: the update starts

        QTimer.singleShot(0, drive)
        return wizard

    app_module.create_wizard = create
    if mode == "update":
        hold_the_update()
    return app_module.run_gui(["--root", root])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
