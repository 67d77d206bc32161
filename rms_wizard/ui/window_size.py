"""The wizard window's size, and the images that follow it: the banner across the top of every page
and the watermark down the side of the Welcome and Finished pages, each made for the size it is
shown at (see :mod:`.assets`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from .assets import tall_watermark, wide_banner
from .page_id import PageId

if TYPE_CHECKING:
    from .wizard import SetupWizard

#: The window's size where the screen has room: fits a 1024 x 768 screen with room for the title
#: bar and a task bar.
WINDOW_SIZE = (880, 620)
#: The smallest the window gets (and starts at, on a small screen): an 800 x 600 screen with a
#: title bar, or 1920 x 1200 at QT_SCALE_FACTOR=2. What does not fit scrolls (see BasePage).
MINIMUM_SIZE = (800, 560)
#: Room kept free above and below the window on a small screen (title bar, frame).
_FRAME_ROOM = 40


def start_size() -> tuple[int, int]:
    """:data:`WINDOW_SIZE`, made smaller (down to :data:`MINIMUM_SIZE`) to fit the screen."""
    # The primary screen, where a new window opens (a widget's own screen() before its window
    # exists made PySide free a screen object twice at exit).
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return WINDOW_SIZE
    room = screen.availableGeometry()
    return (
        max(MINIMUM_SIZE[0], min(WINDOW_SIZE[0], room.width())),
        max(MINIMUM_SIZE[1], min(WINDOW_SIZE[1], room.height() - _FRAME_ROOM)),
    )


class WizardImages(QObject):
    """The wizard's banner and watermark, fitted to the window (made again only when the width
    or the height they depend on changed); one per wizard."""

    #: Height of the button row below the pages (the side watermark stops above it).
    BUTTON_ROW = 45

    @property
    def _wizard(self) -> SetupWizard:
        # The parent, not an attribute: a Python reference cycle between the wizard and its
        # child would have the garbage collector free the child twice at exit.
        return cast("SetupWizard", self.parent())

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._banner_width = 0
        self._watermark_height = 0

    @property
    def fitted(self) -> bool:
        """The images were fitted to the window once already."""
        return bool(self._banner_width)

    def fit(self, width: int, height: int) -> None:
        """The images for a window of ``width`` x ``height``."""
        wizard = self._wizard
        if width != self._banner_width:
            self._banner_width = width
            wizard.setPixmap(QWizard.WizardPixmap.BannerPixmap, wide_banner(width))
        wanted = max(height - self.BUTTON_ROW, 0)
        if wanted != self._watermark_height:
            self._watermark_height = wanted
            watermark = tall_watermark(wanted)
            for page_id in (PageId.WELCOME, PageId.FINISHED):
                page = wizard.pages.get(page_id)  # no Finished page before start-up ends
                if page is not None:
                    page.setPixmap(QWizard.WizardPixmap.WatermarkPixmap, watermark)

    def fit_new_pages(self) -> None:
        """New Welcome and Finished pages get their watermark (at the window's size now)."""
        wizard = self._wizard
        self._watermark_height = 0
        self.fit(wizard.width(), wizard.height())


__all__ = ["MINIMUM_SIZE", "WINDOW_SIZE", "WizardImages", "start_size"]
