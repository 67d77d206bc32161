"""The wizard's few colours (errors, notes, done, busy, the sandbox bar), readable on any palette.

A colour is never written into the code as the one to show: each *tone* has a hue, and the shade
shown is the one nearest that hue whose contrast with the actual background is at least WCAG AA's
4.5 : 1 (darker on a light background, lighter on a dark one). So the orange notes, the red errors
and the yellow sandbox bar stay readable in the default, a dark and a high-contrast palette.

:func:`.appearance.follow_platform` picks the palette at start-up.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

#: WCAG 2.x level AA for normal text.
AA_RATIO = 4.5


class Tone(Enum):
    """What a colour says; its value is the hue it is shown in (the light-palette shade)."""

    ERROR = "#b3261e"
    NOTE = "#8a4b00"
    DONE = "#1e7d32"
    BUSY = "#1f5fa8"
    WARNING = "#b26a00"
    MUTED = "#6b6b6b"
    SANDBOX = "#5a4300"


def relative_luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio of two opaque colours, 1 to 21."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def readable(hue: QColor, background: QColor, ratio: float = AA_RATIO) -> QColor:
    """``hue`` itself if it reads on ``background``, else the nearest shade of it (same hue and
    saturation, lightness moved away from the background's) that does; black or white at worst."""
    if contrast_ratio(hue, background) >= ratio:
        return QColor(hue)
    dark_background = relative_luminance(background) < 0.18
    h = max(hue.hslHueF(), 0.0)  # -1 for a grey
    s, lightness = hue.hslSaturationF(), hue.lightnessF()
    steps = 40
    for step in range(1, steps + 1):
        if dark_background:
            shade = lightness + (1.0 - lightness) * step / steps
        else:
            shade = lightness * (1.0 - step / steps)
        candidate = QColor.fromHslF(h, s, shade)
        if contrast_ratio(candidate, background) >= ratio:
            return candidate
    return QColor("#ffffff" if dark_background else "#000000")


def _palette() -> QPalette:
    return QGuiApplication.palette()


def tone_color(tone: Tone, background: QColor | None = None) -> QColor:
    """The tone's shade on ``background`` (default: the palette's window colour)."""
    if background is None:
        background = _palette().color(QPalette.ColorRole.Window)
    return readable(QColor(tone.value), background)


#: Every tone style handed out, with what it was made of: when the palette changes while the
#: wizard runs (the platform turns dark or high contrast), :func:`restyle` makes each again.
_TONE_STYLES: dict[str, tuple[Tone, bool, QColor | None]] = {}
_BAR_STYLES: dict[str, str] = {}  # the sandbox bar's, with its object name


def tone_style(tone: Tone, *, bold: bool = False, background: QColor | None = None) -> str:
    """A label's style sheet: the tone's readable shade (and bold)."""
    style = f"color: {tone_color(tone, background).name()};"
    style = style + " font-weight: bold;" if bold else style
    _TONE_STYLES[style] = (tone, bold, background)
    return style


def restyle(window: QWidget) -> None:
    """Make the tone styles of ``window``'s widgets again for the palette now in use (they were
    worked out for the one before: an error's red on white is unreadable on black)."""
    for widget in window.findChildren(QWidget):
        sheet = widget.styleSheet()
        made = _TONE_STYLES.get(sheet)
        if made is not None:
            tone, bold, background = made
            widget.setStyleSheet(tone_style(tone, bold=bold, background=background))
        elif sheet in _BAR_STYLES:
            widget.setStyleSheet(sandbox_bar_style(_BAR_STYLES[sheet]))
        elif "palette(" in sheet:  # read from the palette when set: set again to read the new one
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def tint(tone: Tone, amount: float = 0.15) -> QColor:
    """A background of the tone's hue, mixed into the palette's base colour (``amount`` of the
    hue), for a row or cell that stands out; text on it stays readable (see :func:`on_tint`)."""
    base = _palette().color(QPalette.ColorRole.Base)
    hue = QColor(tone.value)
    return QColor.fromRgbF(
        base.redF() + (hue.redF() - base.redF()) * amount,
        base.greenF() + (hue.greenF() - base.greenF()) * amount,
        base.blueF() + (hue.blueF() - base.blueF()) * amount,
    )


def sandbox_bar_style(object_name: str) -> str:
    """The sandbox bar: a yellow tint of the window, a border and text readable on that tint."""
    window = _palette().color(QPalette.ColorRole.Window)
    yellow = QColor("#ffd54a")
    amount = 0.3
    background = QColor.fromRgbF(
        window.redF() + (yellow.redF() - window.redF()) * amount,
        window.greenF() + (yellow.greenF() - window.greenF()) * amount,
        window.blueF() + (yellow.blueF() - window.blueF()) * amount,
    )
    text = tone_color(Tone.SANDBOX, background)
    border = readable(QColor("#e0b84a"), background, 1.5)
    style = (
        f"#{object_name} {{ background: {background.name()}; border: 1px solid {border.name()};"
        f" border-radius: 3px; }} #{object_name} QLabel {{ color: {text.name()}; }}"
    )
    _BAR_STYLES[style] = object_name
    return style


def dark_palette() -> QPalette:
    """A dark palette for Fusion (used when the platform asks for a dark colour scheme)."""
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2b2b",
        role.WindowText: "#e8e8e8",
        role.Base: "#1e1e1e",
        role.AlternateBase: "#262626",
        role.Text: "#e8e8e8",
        role.Button: "#3a3a3a",
        role.ButtonText: "#e8e8e8",
        role.ToolTipBase: "#3a3a3a",
        role.ToolTipText: "#e8e8e8",
        role.Highlight: "#4a8fd8",
        role.HighlightedText: "#000000",
        role.Link: "#8ab4f8",
        role.PlaceholderText: "#a0a0a0",
    }
    for name, value in colours.items():
        palette.setColor(name, QColor(value))
    palette.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#9a9a9a"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#9a9a9a"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#9a9a9a"))
    return palette


def high_contrast_palette(dark: bool) -> QPalette:
    """Black on white (or white on black): the most a palette can contrast."""
    fore, back = ("#ffffff", "#000000") if dark else ("#000000", "#ffffff")
    palette = QPalette()
    role = QPalette.ColorRole
    for name in (role.Window, role.Base, role.AlternateBase, role.Button, role.ToolTipBase):
        palette.setColor(name, QColor(back))
    for name in (role.WindowText, role.Text, role.ButtonText, role.ToolTipText):
        palette.setColor(name, QColor(fore))
    # A hint in an empty field must not pass for typed text: grey, still 4.5 : 1 on the field.
    palette.setColor(role.PlaceholderText, QColor("#b0b0b0" if dark else "#5a5a5a"))
    palette.setColor(role.Highlight, QColor(fore))
    palette.setColor(role.HighlightedText, QColor(back))
    palette.setColor(role.Link, QColor("#ffff00" if dark else "#0000c0"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#808080"))
    return palette
