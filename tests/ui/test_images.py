"""The project's own images: present, the right size, drawn (not blank), made by the script.

`tools/draw_images.py` regenerates them; it runs here in a subprocess (Qt painting on PySide6 6.12
with Python 3.11 needs the script's own None-refcount guard, which must not leak into this process).
"""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
IMAGES = ROOT / "resources" / "images"
SCRIPT = ROOT / "tools" / "draw_images.py"

# name, width, height, transparent background?
RASTERS = [
    ("logo.png", 64, 64, True),
    ("logo@2x.png", 128, 128, True),
    ("icon.png", 256, 256, True),
    ("watermark.png", 164, 314, False),
    ("banner.png", 500, 64, False),
    ("sandbox-badge.png", 24, 24, True),
]
ICO_SIZES = [16, 32, 48, 256]


def argb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def pixels(image: QImage) -> list[bytes]:
    """Every pixel of ``image`` as 4 raw ARGB32 bytes, row by row."""
    img = argb(image)
    data = bytes(img.constBits())
    stride, width = img.bytesPerLine(), img.width()
    return [
        data[y * stride + 4 * x : y * stride + 4 * x + 4]
        for y in range(img.height())
        for x in range(width)
    ]


def mean_difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference per channel (0-255) of two same-sized images."""
    assert a.size() == b.size()
    pa, pb = bytes(argb(a).constBits()), bytes(argb(b).constBits())
    return sum(abs(x - y) for x, y in zip(pa, pb, strict=True)) / len(pa)


@pytest.mark.parametrize(("name", "width", "height", "transparent"), RASTERS)
def test_raster_image_loads_at_its_size_and_is_drawn(
    qapp, name: str, width: int, height: int, transparent: bool
) -> None:
    path = IMAGES / name
    assert path.is_file(), f"{name} missing: run tools/draw_images.py"
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (width, height)
    pixmap = QPixmap(str(path))
    assert (pixmap.width(), pixmap.height()) == (width, height)

    all_pixels = pixels(image)
    assert len(set(all_pixels)) >= 24, f"{name} looks blank or flat"
    corners = [image.pixelColor(x, y) for x in (0, width - 1) for y in (0, height - 1)]
    if transparent:
        assert image.hasAlphaChannel()
        assert all(corner.alpha() == 0 for corner in corners), f"{name}: corners not transparent"
        opaque = sum(1 for p in all_pixels if p[3] == 255)
        assert opaque > width * height // 4, f"{name}: too little is drawn"
    else:
        assert all(p[3] == 255 for p in all_pixels), f"{name}: should be fully opaque"


def test_logo_at_2x_is_the_same_picture_as_the_logo(qapp) -> None:
    logo = QImage(str(IMAGES / "logo.png"))
    big = QImage(str(IMAGES / "logo@2x.png")).scaled(
        64, 64, mode=Qt.TransformationMode.SmoothTransformation
    )
    # Same motif, so a plain downscale lands close; a different picture differs by far more.
    assert mean_difference(logo, big) < 12


def test_icon_ico_holds_the_four_sizes() -> None:
    data = (IMAGES / "icon.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    sizes = []
    for i in range(count):
        w, h, colours, res, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        side, side_h = w or 256, h or 256  # 0 means 256 in an ICO directory
        assert side == side_h
        assert (colours, res, planes, bpp) == (0, 0, 1, 32)
        assert offset + length <= len(data)
        payload = data[offset : offset + length]
        if payload.startswith(b"\x89PNG\r\n\x1a\n"):
            # PNG entry: the IHDR's width and height must match the directory.
            assert struct.unpack_from(">II", payload, 16) == (side, side)
        else:
            # DIB entry: BITMAPINFOHEADER with the height doubled (colour plus AND mask).
            size, bw, bh, _planes, bits = struct.unpack_from("<IiiHH", payload, 0)
            assert (size, bw, bh, bits) == (40, side, 2 * side, 32)
            mask_row = ((side + 31) // 32) * 4
            assert length == 40 + side * side * 4 + mask_row * side
        sizes.append(side)
    assert sorted(sizes) == ICO_SIZES

    # Qt's own ICO reader agrees, and every entry is drawn (not blank).
    reader = QImageReader(str(IMAGES / "icon.ico"))
    assert reader.imageCount() == len(ICO_SIZES)
    read = []
    for i in range(reader.imageCount()):
        assert reader.jumpToImage(i)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert len(set(pixels(image))) >= 24
        read.append(image.width())
    assert sorted(read) == ICO_SIZES


def test_icon_svg_is_valid_and_draws_the_same_motif_as_icon_png(qapp) -> None:
    svg = (IMAGES / "icon.svg").read_bytes()
    renderer = QSvgRenderer(QByteArray(svg))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 256, 256)
    rendered = QImage(256, 256, QImage.Format.Format_ARGB32_Premultiplied)
    rendered.fill(QColor(0, 0, 0, 0))
    painter = QPainter(rendered)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    assert mean_difference(rendered, QImage(str(IMAGES / "icon.png"))) < 2.0


def test_images_are_what_the_script_draws(tmp_path: Path) -> None:
    """The committed files come from tools/draw_images.py: regenerate and compare."""
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "icon.svg").read_text() == (IMAGES / "icon.svg").read_text()
    for name, *_ in RASTERS:
        fresh, committed = QImage(str(tmp_path / name)), QImage(str(IMAGES / name))
        assert mean_difference(fresh, committed) < 0.5, f"{name}: re-run tools/draw_images.py"
    fresh_ico = QImageReader(str(tmp_path / "icon.ico"))
    committed_ico = QImageReader(str(IMAGES / "icon.ico"))
    assert fresh_ico.imageCount() == committed_ico.imageCount()
    for i in range(fresh_ico.imageCount()):
        fresh_ico.jumpToImage(i)
        committed_ico.jumpToImage(i)
        assert mean_difference(fresh_ico.read(), committed_ico.read()) < 0.5
