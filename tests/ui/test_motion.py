"""Issue 18, motion: no animation that cannot be turned off. With ``RMS_WIZARD_REDUCE_MOTION=1``
(or ``--reduce-motion``) a busy bar stands still and says "Working…"."""

from __future__ import annotations

import itertools
import time

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from rms_wizard.ui import app as gui_app
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.base import busy_bar
from rms_wizard.ui.widgets import motion
from rms_wizard.ui.widgets.motion import CalmProgressBar


def _frames(bar: CalmProgressBar, count: int = 3) -> list[QImage]:
    """The bar drawn ``count`` times, 0.3 s apart (Qt's busy indicator moves between them)."""
    frames = []
    for _ in range(count):
        end = time.monotonic() + 0.3
        while time.monotonic() < end:
            QApplication.processEvents()
        frames.append(bar.grab().toImage())
    return frames


@pytest.fixture
def calm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RMS_WIZARD_REDUCE_MOTION", "1")


def test_a_busy_bar_moves_unless_motion_is_reduced(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("RMS_WIZARD_REDUCE_MOTION", raising=False)
    monkeypatch.setattr(motion, "_REDUCED", False)
    moving = busy_bar("movingBusy")
    qtbot.addWidget(moving)
    moving.resize(300, 10)
    moving.show()
    frames = _frames(moving)
    assert not moving.is_still()
    assert any(a != b for a, b in itertools.pairwise(frames))


def test_with_reduced_motion_a_busy_bar_is_still_and_says_working(qtbot, calm) -> None:  # type: ignore[no-untyped-def]
    bar = busy_bar("stillBusy")
    qtbot.addWidget(bar)
    bar.resize(300, 20)
    bar.show()
    frames = _frames(bar)
    assert bar.is_still() and bar.isTextVisible()
    assert bar.text() == "Working\u2026" and bar.maximumHeight() > 10  # the text fits
    assert all(frame == frames[0] for frame in frames)
    # A real range (the work says how far it is) brings the bar back as it was: no text.
    bar.setRange(0, 10)
    bar.setValue(5)
    assert not bar.is_still() and not bar.isTextVisible()


def test_a_progress_bar_with_text_gets_its_percentage_back(qtbot, calm) -> None:  # type: ignore[no-untyped-def]
    bar = CalmProgressBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 0)
    assert bar.text() == "Working\u2026"
    bar.setRange(0, 4)
    bar.setValue(1)
    assert bar.isTextVisible() and bar.text() == "25%"


def test_the_reduce_motion_option_turns_motion_off(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("RMS_WIZARD_REDUCE_MOTION", raising=False)
    monkeypatch.setattr(motion, "_REDUCED", False)
    assert not gui_app.parse_gui_args([]).reduce_motion
    assert gui_app.parse_gui_args(["--reduce-motion", "--lang", "en"]).reduce_motion
    assert not motion.motion_reduced()
    motion.use_reduced_motion()
    assert motion.motion_reduced()


def test_the_detection_pages_busy_bar_is_still_with_reduced_motion(
    open_wizard, sandbox, calm
) -> None:  # type: ignore[no-untyped-def]
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    driver.forward(PageId.DETECTION)
    page = driver.page()
    assert page.busy.is_still()
    driver.wait(lambda: page.isComplete())
