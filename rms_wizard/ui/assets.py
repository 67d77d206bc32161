"""The project's images (``resources/images``), found through the one resources helper."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ..core.common.paths import resources_dir


def image_path(name: str) -> str:
    return str(resources_dir() / "images" / name)


def pixmap(name: str) -> QPixmap:
    return QPixmap(image_path(name))


def app_icon() -> QIcon:
    icon = QIcon()
    for name in ("icon.png", "logo@2x.png", "logo.png"):
        icon.addFile(image_path(name))
    return icon


def tall_watermark(height: int) -> QPixmap:
    """The side watermark (164 x 314) extended to ``height``: its last row continues downwards,
    so the image fills the side of a taller wizard without being stretched or cut."""
    source = pixmap("watermark.png")
    if source.isNull() or height <= source.height():
        return source
    result = QPixmap(source.width(), height)
    result.fill(QColor(0, 0, 0, 0))
    painter = QPainter(result)
    painter.drawPixmap(0, 0, source)
    last_row = source.copy(0, source.height() - 1, source.width(), 1)
    painter.drawPixmap(0, source.height(), source.width(), height - source.height(), last_row)
    painter.end()
    return result


def wide_banner(width: int) -> QPixmap:
    """The header banner (500 x 64) widened to ``width``: its left edge continues to the left, so
    the arcs stay at the right, behind the logo. QWizard draws the banner at its own size."""
    source = pixmap("banner.png")
    if source.isNull() or width <= source.width():
        return source
    result = QPixmap(width, source.height())
    painter = QPainter(result)
    first_column = source.copy(0, 0, 1, source.height())
    painter.drawPixmap(0, 0, width - source.width(), source.height(), first_column)
    painter.drawPixmap(width - source.width(), 0, source)
    painter.end()
    return result
