"""Draw rms-wizard's own images with QPainter, reproducibly (no external assets, no fonts).

Writes into ``resources/images/`` (or ``--out DIR``):

- ``logo.png`` (64×64) and ``logo@2x.png`` (128×128): the wizard header logo, transparent.
- ``watermark.png`` (164×314): the side picture of the Welcome and Finished pages.
- ``banner.png`` (500×64): a quiet gradient behind the header title (ModernStyle).
- ``icon.png`` (256×256), ``icon.svg`` (the same motif, written by hand) and ``icon.ico``
  (16, 32 and 48 as 32-bit DIBs for old Windows shells, 256 as PNG, Vista style).
- ``sandbox-badge.png`` (24×24): a safety-orange hard hat for the sandbox banner.

The motif is one shield carrying a document, with a padlock over its lower right: rights management.
Its geometry lives in a 256×256 design space; every raster image scales that space, and the SVG
repeats the same coordinates. Run:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/draw_images.py
"""

from __future__ import annotations

import argparse
import ctypes
import os
import struct
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QRadialGradient,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "images"
DESIGN = 256.0  # the motif's design space is DESIGN × DESIGN units

# Palette: a calm blue for the shield, teal for the lock, a cool near-white for paper.
NAVY = "#0d2f5e"
BLUE_DARK = "#164f9a"
BLUE = "#2a73c6"
BLUE_LIGHT = "#6cb2ee"
TEAL_DARK = "#0a6470"
TEAL = "#159ea3"
TEAL_LIGHT = "#63d2cc"
PAPER = "#ffffff"
PAPER_SHADE = "#dfe9f4"
INK = "#8fa9c6"
STEEL_LIGHT = "#f1f5f9"
STEEL = "#b7c4d1"
STEEL_DARK = "#6b7d90"
HAT = "#f59a1b"
HAT_DARK = "#c2650a"
HAT_LIGHT = "#ffd27a"
HAT_EDGE = "#6e3500"


def guard_none_refcount() -> None:
    """Work around PySide6 6.12.0 on Python 3.11 dropping a reference to None per void call.

    Every call of a void Qt method there (``QPen.setWidth``, ``QPainter.save``, ...) decrements
    None's reference count; after a few thousand calls CPython aborts with "none_dealloc"
    (PySide6 6.11.3 is fine, and None is immortal from Python 3.12 on). When the leak is
    detected, add a large, permanent count to None, the way 3.12 makes it immortal.
    """
    if sys.version_info >= (3, 12):
        return
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(10):
        point.setX(0)
    if sys.getrefcount(None) <= before - 10:
        refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, first field of PyObject
        if refcount.value < 1 << 40:
            refcount.value += 1 << 40


def c(hex_colour: str, alpha: int = 255) -> QColor:
    colour = QColor(hex_colour)
    colour.setAlpha(alpha)
    return colour


def linear(x1: float, y1: float, x2: float, y2: float, *stops: tuple[float, QColor]) -> QBrush:
    gradient = QLinearGradient(x1, y1, x2, y2)
    for position, colour in stops:
        gradient.setColorAt(position, colour)
    return QBrush(gradient)


def new_image(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    image.setDotsPerMeterX(3780)  # 96 dpi, so the PNG's pHYs chunk is always the same
    image.setDotsPerMeterY(3780)
    return image


def painter_for(image: QImage) -> QPainter:
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    return painter


# --------------------------------------------------------------------------------------------------
# The motif, in design units (0..256). icon.svg repeats these numbers: change both together.
# --------------------------------------------------------------------------------------------------


def shield_path() -> QPainterPath:
    path = QPainterPath()
    path.moveTo(128, 14)
    path.cubicTo(158, 30, 192, 38, 222, 38)
    path.lineTo(222, 112)
    path.cubicTo(222, 176, 184, 216, 128, 244)
    path.cubicTo(72, 216, 34, 176, 34, 112)
    path.lineTo(34, 38)
    path.cubicTo(64, 38, 98, 30, 128, 14)
    path.closeSubpath()
    return path


def inner_shield_path() -> QPainterPath:
    """The shield's inner bevel edge, 10 units inside the outline."""
    path = QPainterPath()
    path.moveTo(128, 26)
    path.cubicTo(156, 40, 186, 48, 212, 48)
    path.lineTo(212, 112)
    path.cubicTo(212, 170, 178, 206, 128, 232)
    path.cubicTo(78, 206, 44, 170, 44, 112)
    path.lineTo(44, 48)
    path.cubicTo(70, 48, 100, 40, 128, 26)
    path.closeSubpath()
    return path


def gloss_path() -> QPainterPath:
    """The upper highlight: the inner shield above a gentle S-curve."""
    path = QPainterPath()
    path.moveTo(44, 48)
    path.cubicTo(70, 48, 100, 40, 128, 26)
    path.cubicTo(156, 40, 186, 48, 212, 48)
    path.lineTo(212, 96.3)
    path.cubicTo(167.5, 105.5, 97.3, 86.4, 44, 118.1)
    path.closeSubpath()
    return path


def page_path() -> QPainterPath:
    path = QPainterPath()
    path.moveTo(76, 60)
    path.lineTo(140, 60)
    path.lineTo(166, 86)
    path.lineTo(166, 178)
    path.lineTo(76, 178)
    path.closeSubpath()
    return path


def fold_path() -> QPainterPath:
    path = QPainterPath()
    path.moveTo(140, 60)
    path.lineTo(140, 86)
    path.lineTo(166, 86)
    path.closeSubpath()
    return path


LOCK_BODY = QRectF(128, 140, 84, 68)
SHACKLE = QRectF(144, 102, 52, 64)  # the arc's ellipse; only its upper half and legs show
# At 16 px the page cannot be read: the lock alone, larger and centred, on whole pixels.
COMPACT_LOCK_BODY = QRectF(64, 128, 128, 80)
COMPACT_SHACKLE = QRectF(96, 64, 64, 88)


def shackle_path(width: float, body: QRectF = LOCK_BODY, arc: QRectF = SHACKLE) -> QPainterPath:
    """The padlock's shackle as a filled outline (legs plus arch), ``width`` units thick."""
    centre_line = QPainterPath()
    centre_line.moveTo(arc.left(), body.top() + 4)
    centre_line.lineTo(arc.left(), arc.center().y())
    centre_line.arcTo(arc, 180, -180)
    centre_line.lineTo(arc.right(), body.top() + 4)
    pen = QPen(Qt.GlobalColor.black, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return QPainterPathStroker(pen).createStroke(centre_line).simplified()


def keyhole_path(body: QRectF, head_r: float) -> QPainterPath:
    cx = body.center().x()
    head_y = body.top() + body.height() * 0.4
    k = head_r / 9
    path = QPainterPath()
    path.addEllipse(QPointF(cx, head_y), head_r, head_r)
    slot = QPainterPath()
    slot.moveTo(cx - 4.5 * k, head_y)
    slot.lineTo(cx + 4.5 * k, head_y)
    slot.lineTo(cx + 6.5 * k, body.bottom() - body.height() * 0.18)
    slot.lineTo(cx - 6.5 * k, body.bottom() - body.height() * 0.18)
    slot.closeSubpath()
    return path.united(slot)


def draw_motif(painter: QPainter, size: float, *, x: float = 0, y: float = 0) -> None:
    """Paint the shield-document-lock motif into the square (x, y, size, size)."""
    px = DESIGN / size  # one device pixel, in design units
    painter.save()
    painter.translate(x, y)
    painter.scale(size / DESIGN, size / DESIGN)
    _draw_shield(painter, px, shadow=size >= 40)
    if size <= 20:
        _draw_lock(
            painter,
            COMPACT_LOCK_BODY,
            COMPACT_SHACKLE,
            px,
            shackle_w=30,
            head_r=16,
            shadow=False,
            compact=True,
        )
    else:
        _draw_page(painter, px, lines=size >= 24, many_lines=size >= 100, shadow=size >= 40)
        _draw_lock(
            painter,
            LOCK_BODY,
            SHACKLE,
            px,
            shackle_w=13 if size >= 40 else 18,
            head_r=9 if size >= 40 else 13,
            shadow=size >= 40,
        )
    painter.restore()


def _draw_shield(painter: QPainter, px: float, *, shadow: bool) -> None:
    shield = shield_path()
    inner = inner_shield_path()
    if shadow:  # soft, stacked: it only muddies the edge at small sizes
        for i, alpha in enumerate((18, 14, 10)):
            painter.save()
            painter.translate(0, 4 + 3 * i)
            painter.fillPath(shield, c(NAVY, alpha))
            painter.restore()
    # A rim in darker blue, then the face, a glow behind the page and the glossy upper half.
    painter.fillPath(
        shield, linear(34, 14, 222, 244, (0.0, c(BLUE)), (0.55, c(BLUE_DARK)), (1.0, c(NAVY)))
    )
    painter.fillPath(
        inner,
        linear(60, 20, 200, 240, (0.0, c(BLUE_LIGHT)), (0.45, c(BLUE)), (1.0, c(BLUE_DARK))),
    )
    glow = QRadialGradient(QPointF(120, 118), 110)
    glow.setColorAt(0.0, c("#ffffff", 70))
    glow.setColorAt(1.0, c("#ffffff", 0))
    painter.fillPath(inner, QBrush(glow))
    painter.fillPath(
        gloss_path(), linear(0, 26, 0, 120, (0.0, c("#ffffff", 110)), (1.0, c("#ffffff", 18)))
    )
    edge = QPen(c(NAVY, 230), max(3.0, px))
    edge.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(shield, edge)


def _draw_page(
    painter: QPainter, px: float, *, lines: bool, many_lines: bool, shadow: bool
) -> None:
    """A white sheet with a folded corner and a few lines of text."""
    page = page_path()
    if shadow:
        painter.save()
        painter.translate(3, 5)
        painter.fillPath(page, c(NAVY, 70))
        painter.restore()
    painter.fillPath(page, linear(76, 60, 166, 178, (0.0, c(PAPER)), (1.0, c(PAPER_SHADE))))
    page_edge = QPen(c("#5d7fa6", 200), max(2.0, px * 0.9))
    page_edge.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.strokePath(page, page_edge)
    painter.fillPath(fold_path(), linear(140, 86, 160, 66, (0.0, c("#c4d4e6")), (1.0, c(PAPER))))
    painter.strokePath(fold_path(), page_edge)
    if not lines:
        return
    line_pen = QPen(c(INK), max(6.0, px * 1.1))
    line_pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(line_pen)
    for x1, y1, x2 in PAGE_LINES if many_lines else PAGE_LINES_FEW:
        painter.drawLine(QPointF(x1, y1), QPointF(x2, y1))
    painter.setPen(Qt.PenStyle.NoPen)


# Lines of text on the page (x1, y, x2); the lower ones stop short of the padlock.
PAGE_LINES = ((90, 84, 128), (90, 104, 150), (90, 124, 140), (90, 144, 116), (90, 164, 116))
PAGE_LINES_FEW = ((90, 90, 128), (90, 114, 150), (90, 138, 116))


def _draw_lock(
    painter: QPainter,
    body_rect: QRectF,
    arc: QRectF,
    px: float,
    *,
    shackle_w: float,
    head_r: float,
    shadow: bool,
    compact: bool = False,
) -> None:
    """The padlock: a steel shackle, a glossy teal body and a dark keyhole.

    ``compact`` (16 px) keeps the shackle bright and its edge thin so it still reads on blue.
    """
    radius = body_rect.height() * 0.18
    shackle = shackle_path(shackle_w, body_rect, arc)
    body = _rounded(body_rect, radius)
    if shadow:
        painter.save()
        painter.translate(3, 5)
        painter.fillPath(shackle, c(NAVY, 60))
        painter.fillPath(body, c(NAVY, 80))
        painter.restore()
    painter.fillPath(
        shackle,
        linear(
            arc.left() - shackle_w / 2,
            0,
            arc.right() + shackle_w / 2,
            0,
            (0.0, c(STEEL if compact else STEEL_DARK)),
            (0.3, c(STEEL_LIGHT)),
            (0.55, c(STEEL_LIGHT if compact else STEEL)),
            (1.0, c(STEEL if compact else STEEL_DARK)),
        ),
    )
    painter.strokePath(
        shackle,
        QPen(c("#3c4a5a", 150 if compact else 200), px * 0.5 if compact else max(2.0, px * 0.8)),
    )
    painter.fillPath(
        body,
        linear(
            0,
            body_rect.top(),
            0,
            body_rect.bottom(),
            (0.0, c(TEAL_LIGHT)),
            (0.5, c(TEAL)),
            (1.0, c(TEAL_DARK)),
        ),
    )
    sheen = QRectF(
        body_rect.left() + 5, body_rect.top() + 4, body_rect.width() - 10, body_rect.height() * 0.35
    )
    painter.fillPath(
        _rounded(sheen, radius * 0.7),
        linear(
            0,
            sheen.top(),
            0,
            sheen.bottom(),
            (0.0, c("#ffffff", 120)),
            (1.0, c("#ffffff", 0)),
        ),
    )
    painter.strokePath(body, QPen(c("#064048", 230), max(3.0, px)))
    painter.fillPath(keyhole_path(body_rect, head_r), c("#07343b"))


def _rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path


def motif_image(size: int) -> QImage:
    image = new_image(size, size)
    painter = painter_for(image)
    draw_motif(painter, size)
    painter.end()
    return image


# --------------------------------------------------------------------------------------------------
# Watermark, banner, badge
# --------------------------------------------------------------------------------------------------


def ribbon(points: tuple[float, ...], thickness: tuple[float, float, float]) -> QPainterPath:
    """A swoosh: a cubic spine (x0 y0 c1 c2 x3 y3) widened by start/middle/end thicknesses."""
    x0, y0, x1, y1, x2, y2, x3, y3 = points
    t0, t1, t2 = thickness
    path = QPainterPath()
    path.moveTo(x0, y0 - t0 / 2)
    path.cubicTo(x1, y1 - t1 / 2, x2, y2 - t1 / 2, x3, y3 - t2 / 2)
    path.lineTo(x3, y3 + t2 / 2)
    path.cubicTo(x2, y2 + t1 / 2, x1, y1 + t1 / 2, x0, y0 + t0 / 2)
    path.closeSubpath()
    return path


def watermark_image(width: int = 164, height: int = 314) -> QImage:
    image = new_image(width, height)
    painter = painter_for(image)
    painter.fillRect(
        image.rect(),
        linear(
            0,
            0,
            0,
            height,
            (0.0, c(NAVY)),
            (0.40, c(BLUE_DARK)),
            (0.78, c("#1a6aa8")),
            (1.0, c("#1890a0")),
        ),
    )
    # Light falling from the upper left.
    glow = QRadialGradient(QPointF(width * 0.15, height * 0.05), height * 0.75)
    glow.setColorAt(0.0, c("#ffffff", 40))
    glow.setColorAt(1.0, c("#ffffff", 0))
    painter.fillRect(image.rect(), QBrush(glow))

    # Quiet concentric rings from the lower right.
    painter.setBrush(Qt.BrushStyle.NoBrush)
    centre = QPointF(width * 1.1, height * 1.02)
    for i, radius in enumerate((90, 130, 170, 210, 250)):
        painter.setPen(QPen(c("#ffffff", 22 - 3 * i), 1.5))
        painter.drawEllipse(centre, radius, radius)
    painter.setPen(Qt.PenStyle.NoPen)

    # The motif, large and faint, cropped by the left and bottom edges. Drawn on its own layer
    # so overlapping parts replace each other instead of adding up.
    layer = new_image(width, height)
    lp = painter_for(layer)
    lp.translate(-44, height - 178)
    lp.scale(210 / DESIGN, 210 / DESIGN)
    lp.fillPath(shield_path(), c("#ffffff", 20))
    lp.strokePath(inner_shield_path(), QPen(c("#ffffff", 48), 2.5))
    lp.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    lp.fillPath(page_path(), c("#ffffff", 26))
    lock = shackle_path(13.0).united(_rounded(LOCK_BODY, 12))
    lp.strokePath(lock, QPen(c("#ffffff", 20), 7))  # a gap of plain shield around the lock
    lp.fillPath(lock, c("#ffffff", 34))
    lp.end()
    painter.drawImage(0, 0, layer)

    # Two swooshes of light crossing the band, Aero style.
    painter.fillPath(
        ribbon((-10, 150, 50, 90, 110, 134, 180, 52), (2, 24, 4)),
        linear(
            0, 0, width, 0, (0.0, c("#ffffff", 0)), (0.5, c("#ffffff", 44)), (1.0, c("#ffffff", 8))
        ),
    )
    painter.fillPath(
        ribbon((-10, 170, 60, 112, 120, 160, 180, 86), (1, 9, 2)),
        linear(
            0,
            0,
            width,
            0,
            (0.0, c(TEAL_LIGHT, 0)),
            (0.6, c(TEAL_LIGHT, 70)),
            (1.0, c(TEAL_LIGHT, 10)),
        ),
    )

    # A crisp edge where the band meets the white page.
    painter.fillRect(QRectF(width - 2, 0, 1, height), c("#ffffff", 36))
    painter.fillRect(QRectF(width - 1, 0, 1, height), c(NAVY, 110))
    painter.end()
    return image


def banner_image(width: int = 500, height: int = 64) -> QImage:
    image = new_image(width, height)
    painter = painter_for(image)
    painter.fillRect(
        image.rect(),
        linear(
            0,
            0,
            width,
            0,
            (0.0, c("#ffffff")),
            (0.55, c("#f7fafd")),
            (1.0, c("#e3eef9")),
        ),
    )
    # Faint arcs behind where the logo sits, echoing the watermark.
    painter.setBrush(Qt.BrushStyle.NoBrush)
    centre = QPointF(width + 30, height * 1.6)
    for i, radius in enumerate((60, 95, 130, 165, 200)):
        painter.setPen(QPen(c(BLUE, 26 - 4 * i), 6 - i))
        painter.drawEllipse(centre, radius, radius)
    painter.setPen(Qt.PenStyle.NoPen)
    # A thin accent under the header, fading in from the left.
    painter.fillRect(
        QRectF(0, height - 2, width, 2),
        linear(0, 0, width, 0, (0.0, c(TEAL, 0)), (0.5, c(TEAL, 150)), (1.0, c(BLUE, 200))),
    )
    painter.end()
    return image


def badge_image(size: int = 24) -> QImage:
    """A safety-orange hard hat: "work in progress, nothing real is touched" (24-px grid)."""
    image = new_image(size, size)
    painter = painter_for(image)
    painter.scale(size / 24, size / 24)
    outline = QPen(c(HAT_EDGE), 1)
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)

    # Soft contact shadow.
    shadow = QPainterPath()
    shadow.addEllipse(QPointF(12, 20.8), 10.5, 1.6)
    painter.fillPath(shadow, c("#000000", 40))

    # Dome: half an ellipse sitting on the brim, lit from the upper left.
    dome = QPainterPath()
    dome.moveTo(3, 17)
    dome.cubicTo(3, 10.4, 7, 5, 12, 5)
    dome.cubicTo(17, 5, 21, 10.4, 21, 17)
    dome.closeSubpath()
    painter.fillPath(
        dome,
        linear(4, 5, 20, 17, (0.0, c(HAT_LIGHT)), (0.45, c(HAT)), (1.0, c(HAT_DARK))),
    )
    # The raised ridge over the crown.
    ridge = QPainterPath()
    ridge.addRoundedRect(QRectF(10.5, 4.5, 3, 12.5), 1.5, 1.5)
    painter.fillPath(
        dome.intersected(ridge).united(ridge.intersected(_rect_path(0, 4, 24, 13))),
        linear(10.5, 0, 13.5, 0, (0.0, c(HAT_LIGHT)), (1.0, c(HAT))),
    )
    painter.strokePath(ridge, QPen(c(HAT_DARK, 200), 0.6))
    # Gloss on the upper left of the dome.
    gloss = QPainterPath()
    gloss.addEllipse(QRectF(5, 7.5, 5, 4.5))
    painter.fillPath(gloss, linear(0, 7.5, 0, 12, (0.0, c("#ffffff", 150)), (1.0, c("#ffffff", 0))))
    painter.strokePath(dome, outline)

    # Brim, wider at the front (right) like a real helmet's peak.
    brim = QPainterPath()
    brim.moveTo(1.5, 17)
    brim.lineTo(21.5, 17)
    brim.cubicTo(23, 17, 23, 19.5, 21.5, 19.5)
    brim.lineTo(2.5, 19.5)
    brim.cubicTo(1.2, 19.5, 0.8, 17, 1.5, 17)
    brim.closeSubpath()
    painter.fillPath(brim, linear(0, 17, 0, 19.5, (0.0, c(HAT)), (1.0, c(HAT_DARK))))
    painter.strokePath(brim, outline)
    painter.end()
    return image


def _rect_path(x: float, y: float, w: float, h: float) -> QPainterPath:
    path = QPainterPath()
    path.addRect(QRectF(x, y, w, h))
    return path


# --------------------------------------------------------------------------------------------------
# SVG (hand-written, the same coordinates as the QPainter motif) and ICO container
# --------------------------------------------------------------------------------------------------

# Written by hand from the design-space numbers above (shield_path, inner_shield_path, gloss_path,
# page_path, fold_path, PAGE_LINES, LOCK_BODY, SHACKLE, keyhole_path); tests/ui/test_images.py
# renders it and compares it with icon.png, so the two cannot drift apart unnoticed.
ICON_SVG = """\
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="256" height="256" viewBox="0 0 256 256">
  <title>RMS SP1 Setup</title>
  <defs>
    <path id="shield" d="M128 14 C158 30 192 38 222 38 V112 C222 176 184 216 128 244
                         C72 216 34 176 34 112 V38 C64 38 98 30 128 14 Z"/>
    <path id="inner" d="M128 26 C156 40 186 48 212 48 V112 C212 170 178 206 128 232
                        C78 206 44 170 44 112 V48 C70 48 100 40 128 26 Z"/>
    <path id="page" d="M76 60 H140 L166 86 V178 H76 Z"/>
    <path id="shackle" d="M144 144 V134 A26 32 0 0 1 196 134 V144"/>
    <rect id="body" x="128" y="140" width="84" height="68" rx="12.2"/>
    <linearGradient id="rim" x1="34" y1="14" x2="222" y2="244" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#2a73c6"/>
      <stop offset="0.55" stop-color="#164f9a"/>
      <stop offset="1" stop-color="#0d2f5e"/>
    </linearGradient>
    <linearGradient id="face" x1="60" y1="20" x2="200" y2="240" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#6cb2ee"/>
      <stop offset="0.45" stop-color="#2a73c6"/>
      <stop offset="1" stop-color="#164f9a"/>
    </linearGradient>
    <radialGradient id="glow" cx="120" cy="118" r="110" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#fff" stop-opacity="0.27"/>
      <stop offset="1" stop-color="#fff" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="gloss" x1="0" y1="26" x2="0" y2="120" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#fff" stop-opacity="0.43"/>
      <stop offset="1" stop-color="#fff" stop-opacity="0.07"/>
    </linearGradient>
    <linearGradient id="paper" x1="76" y1="60" x2="166" y2="178" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#fff"/>
      <stop offset="1" stop-color="#dfe9f4"/>
    </linearGradient>
    <linearGradient id="fold" x1="140" y1="86" x2="160" y2="66" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#c4d4e6"/>
      <stop offset="1" stop-color="#fff"/>
    </linearGradient>
    <linearGradient id="steel" x1="137.5" y1="0" x2="202.5" y2="0" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#6b7d90"/>
      <stop offset="0.3" stop-color="#f1f5f9"/>
      <stop offset="0.55" stop-color="#b7c4d1"/>
      <stop offset="1" stop-color="#6b7d90"/>
    </linearGradient>
    <linearGradient id="teal" x1="0" y1="140" x2="0" y2="208" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#63d2cc"/>
      <stop offset="0.5" stop-color="#159ea3"/>
      <stop offset="1" stop-color="#0a6470"/>
    </linearGradient>
    <linearGradient id="sheen" x1="0" y1="144" x2="0" y2="167.8" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="#fff" stop-opacity="0.47"/>
      <stop offset="1" stop-color="#fff" stop-opacity="0"/>
    </linearGradient>
  </defs>

  <!-- a soft shadow under the shield -->
  <g fill="#0d2f5e">
    <use xlink:href="#shield" y="4" fill-opacity="0.07"/>
    <use xlink:href="#shield" y="7" fill-opacity="0.055"/>
    <use xlink:href="#shield" y="10" fill-opacity="0.04"/>
  </g>

  <!-- the shield: rim, face, glow, gloss, edge -->
  <use xlink:href="#shield" fill="url(#rim)"/>
  <use xlink:href="#inner" fill="url(#face)"/>
  <use xlink:href="#inner" fill="url(#glow)"/>
  <path d="M44 48 C70 48 100 40 128 26 C156 40 186 48 212 48 V96.3
           C167.5 105.5 97.3 86.4 44 118.1 Z" fill="url(#gloss)"/>
  <use xlink:href="#shield" fill="none" stroke="#0d2f5e" stroke-opacity="0.9" stroke-width="3"
       stroke-linejoin="round"/>

  <!-- the document -->
  <use xlink:href="#page" x="3" y="5" fill="#0d2f5e" fill-opacity="0.27"/>
  <g stroke="#5d7fa6" stroke-opacity="0.78" stroke-width="2">
    <use xlink:href="#page" fill="url(#paper)"/>
    <path d="M140 60 V86 H166 Z" fill="url(#fold)"/>
  </g>
  <path d="M90 84 H128 M90 104 H150 M90 124 H140 M90 144 H116 M90 164 H116"
        stroke="#8fa9c6" stroke-width="6" stroke-linecap="round"/>

  <!-- the padlock -->
  <g transform="translate(3 5)">
    <use xlink:href="#shackle" fill="none" stroke="#0d2f5e" stroke-opacity="0.24"
         stroke-width="13"/>
    <use xlink:href="#body" fill="#0d2f5e" fill-opacity="0.31"/>
  </g>
  <use xlink:href="#shackle" fill="none" stroke="#3c4a5a" stroke-opacity="0.78" stroke-width="15"/>
  <use xlink:href="#shackle" fill="none" stroke="url(#steel)" stroke-width="11"/>
  <use xlink:href="#body" fill="url(#teal)"/>
  <rect x="133" y="144" width="74" height="23.8" rx="8.6" fill="url(#sheen)"/>
  <use xlink:href="#body" fill="none" stroke="#064048" stroke-opacity="0.9" stroke-width="3"/>
  <path d="M165 174.7 A9 9 0 1 1 175 174.7 L176.5 195.8 H163.5 Z" fill="#07343b"/>
</svg>
"""


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA DIB with a 1-bit AND mask, as Windows XP expects inside an ICO."""
    img = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA in memory (little endian)
    w, h = img.width(), img.height()
    bits = bytes(img.constBits())
    stride = img.bytesPerLine()
    xor = b"".join(bits[y * stride : y * stride + w * 4] for y in reversed(range(h)))
    mask_stride = ((w + 31) // 32) * 4
    mask_rows = []
    for y in reversed(range(h)):
        row = bytearray(mask_stride)
        for x in range(w):
            if bits[y * stride + x * 4 + 3] == 0:
                row[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(row))
    mask = b"".join(mask_rows)
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, len(xor) + len(mask), 0, 0, 0, 0)
    return header + xor + mask


def ico_bytes(images: list[QImage]) -> bytes:
    """An ICO container: DIB entries up to 48 px, PNG entries above (valid since Vista)."""
    payloads = [dib_bytes(img) if img.width() <= 48 else png_bytes(img) for img in images]
    offset = 6 + 16 * len(images)
    out = [struct.pack("<HHH", 0, 1, len(images))]
    for img, payload in zip(images, payloads, strict=True):
        side = img.width() if img.width() < 256 else 0
        out.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset))
        offset += len(payload)
    return b"".join(out + payloads)


# --------------------------------------------------------------------------------------------------

ICO_SIZES = (16, 32, 48, 256)


def outputs() -> dict[str, Callable[[], QImage]]:
    """Every raster image by file name, in the order they are written."""
    return {
        "logo.png": lambda: motif_image(64),
        "logo@2x.png": lambda: motif_image(128),
        "icon.png": lambda: motif_image(256),
        "watermark.png": watermark_image,
        "banner.png": banner_image,
        "sandbox-badge.png": badge_image,
    }


def write_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in outputs().items():
        path = out / name
        path.write_bytes(png_bytes(make()))
        written.append(path)
    path = out / "icon.svg"
    path.write_text(ICON_SVG, encoding="utf-8")
    written.append(path)
    path = out / "icon.ico"
    path.write_bytes(ico_bytes([motif_image(s) for s in ICO_SIZES]))
    written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    guard_none_refcount()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in write_all(args.out):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
