"""Issue 14, item 4: the window fits small screens and every page is usable there.

* The wizard can shrink to 800 x 560 logical pixels, and it starts small enough for the screen:
  an 800 x 600 screen at scale 1 and a 1920 x 1200 screen at ``QT_SCALE_FACTOR=2`` (each a real
  wizard process on an offscreen screen of that size).
* At 800 x 560, with a larger font and in Dutch (longer words), every page of the update, removal
  and cluster paths shows its whole content (a word-wrapped text is never cut; what does not fit
  scrolls) and Back, Next and Cancel stay inside the window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWizard
from wizard_driver import Driver, make_the_backup, password, through_password

from rms_wizard.i18n import install_translators
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.window_size import MINIMUM_SIZE

BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


def fit_problems(driver: Driver) -> list[str]:
    """What is cut off or outside the window on the current page."""
    wizard = driver.wizard
    page = wizard.currentPage()
    name = driver.page_id.name
    problems: list[str] = []
    window = wizard.rect()
    for which in BUTTONS:
        button = wizard.button(which)
        if button.isVisible():
            box = QRect(button.mapTo(wizard, QPoint(0, 0)), button.size())
            if not window.contains(box):
                problems.append(f"{name}: {button.objectName()} is outside the window")
    for label in page.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            needed = label.heightForWidth(label.width())
            if needed > label.height():
                problems.append(
                    f"{name}: {label.objectName() or label.text()[:30]!r} is cut "
                    f"({label.height()} of {needed} px)"
                )
    scroll = page.findChild(QScrollArea, f"{page.objectName()}Scroll")
    if scroll is not None:
        content = scroll.widget()
        needed = content.heightForWidth(content.width()) if content.hasHeightForWidth() else 0
        needed = max(needed, content.minimumSizeHint().height())
        if needed > scroll.viewport().height() and not scroll.verticalScrollBar().isVisible():
            problems.append(
                f"{name}: the content is taller than the page but does not scroll "
                f"({needed} > {scroll.viewport().height()}; {content.height()})"
            )
    return problems


@pytest.fixture
def small_window_large_font(qapp):  # type: ignore[no-untyped-def]
    """A font a third larger than the default (as on many desktops), restored afterwards."""
    font = QApplication.font()
    larger = QApplication.font()
    larger.setPointSizeF(font.pointSizeF() * 1.35)
    QApplication.setFont(larger)
    yield
    QApplication.setFont(font)


def _small(driver: Driver) -> Driver:
    wizard = driver.wizard
    assert wizard.minimumSize().width() <= 800 and wizard.minimumSize().height() <= 560
    assert (MINIMUM_SIZE[0], MINIMUM_SIZE[1]) <= (800, 560)
    wizard.resize(800, 560)
    driver.wait(lambda: (wizard.width(), wizard.height()) == (800, 560))
    return driver


def _fits(driver: Driver, seen: list[str]) -> None:
    QApplication.sendPostedEvents()  # the layouts settle
    QApplication.processEvents()
    seen.extend(fit_problems(driver))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_of_the_update_fits_800_by_560(
    open_wizard, sandbox, small_window_large_font, language
) -> None:  # type: ignore[no-untyped-def]
    install_translators(language)
    driver = _small(open_wizard(sandbox("single-server-v1"), "single-server-v1", language))
    problems: list[str] = []
    _fits(driver, problems)
    through_password(driver, "single-server-v1", wrong_first=True, wrong_text=None)
    _fits(driver, problems)
    make_the_backup(driver)
    _fits(driver, problems)
    driver.forward(PageId.READY)
    _fits(driver, problems)
    driver.forward(PageId.FINISHED)
    _fits(driver, problems)
    driver.forward(PageId.DEBRIEF)
    _fits(driver, problems)
    assert problems == []


def test_the_removal_and_cluster_pages_fit_800_by_560_in_dutch(
    open_wizard, sandbox, small_window_large_font
) -> None:  # type: ignore[no-untyped-def]
    install_translators("nl")
    problems: list[str] = []
    driver = _small(open_wizard(sandbox("already-sp1"), "already-sp1", "nl"))
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    _fits(driver, problems)
    driver.forward(PageId.MAINTENANCE)
    _fits(driver, problems)
    driver.type_password(driver.page().password.edit, "wrong")
    driver.click(driver.forward_button())
    driver.wait(lambda: driver.page().error_label.isVisible())
    _fits(driver, problems)
    driver.type_password(driver.page().password.edit, password("already-sp1"))
    driver.forward(PageId.REMOVE_READY)
    _fits(driver, problems)
    driver.forward(PageId.FINISHED)
    _fits(driver, problems)
    driver.wizard.close()

    driver = _small(open_wizard(sandbox("cluster"), "cluster", "nl"))
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.INTEROP)
    _fits(driver, problems)
    driver.forward(PageId.CLUSTER)
    page = driver.page()
    _fits(driver, problems)
    driver.type_password(page.password_field.edit, password("cluster"))
    driver.click(page.start)
    driver.wait(lambda: page.result is not None, 60_000)
    _fits(driver, problems)
    driver.forward(PageId.CLIENTS)
    _fits(driver, problems)
    assert problems == []


_SHOW = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication, QWizard
    app = QApplication([sys.argv[0]])
    from rms_wizard.ui.app import create_wizard
    wizard = create_wizard(["--sandbox", "single-server-v1"])
    wizard.show()
    for _ in range(20):
        app.processEvents()
    screen = wizard.screen().availableGeometry()
    inside = []
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CancelButton):
        button = wizard.button(which)
        box = QRect(button.mapTo(wizard, QPoint(0, 0)), button.size())
        inside.append(not button.isVisible() or wizard.rect().contains(box))
    print("FIT " + json.dumps({
        "screen": [screen.width(), screen.height()],
        "size": [wizard.width(), wizard.height()],
        "minimum": [wizard.minimumWidth(), wizard.minimumHeight()],
        "buttons_inside": all(inside),
    }))
    """
)


@pytest.mark.parametrize(
    ("width", "height", "scale"), [(800, 600, "1"), (1920, 1200, "2")], ids=["800x600", "hidpi"]
)
def test_the_window_starts_inside_a_small_screen(
    tmp_path: Path, width: int, height: int, scale: str
) -> None:
    screens = tmp_path / "screens.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1}
    screens.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}))
    env = {k: v for k, v in os.environ.items() if not k.startswith("RMS_WIZARD_")}
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
        QT_SCALE_FACTOR=scale,
        RMS_WIZARD_LANG="nl",
        RMS_WIZARD_LOG_DIR=str(tmp_path / "logs"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    proc = subprocess.run(
        [sys.executable, "-c", _SHOW],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("FIT "))
    fit = json.loads(line.removeprefix("FIT "))
    logical = [width // int(scale), height // int(scale)]
    assert fit["screen"] == logical
    assert fit["minimum"][0] <= 800 and fit["minimum"][1] <= 560
    # The window with its title bar (about 30 px) fits the screen.
    assert fit["size"][0] <= logical[0] and fit["size"][1] + 30 <= logical[1], fit
    assert fit["buttons_inside"], fit
