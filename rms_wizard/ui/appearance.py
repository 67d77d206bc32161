"""What the wizard looks like: :func:`follow_platform` picks, at start-up, the palette the platform
asks for (its colour scheme, ``QStyleHints.colorScheme``, and contrast preference,
``QAccessibilityHints.contrastPreference``); in high contrast, :class:`BoundaryStyle`.

:class:`BoundaryStyle` is Fusion with control boundaries that can be seen: WCAG 1.4.11 asks 3 : 1 against the window
for the edge of a text field, a check box, a radio button, a push button and a framed view.

Fusion derives those edges from the window colour (``window().darker()``): on a black window
that is black, an edge of 1 : 1, and on white about 2 : 1. Its roles cannot change that, and a
style sheet on ``QCheckBox::indicator`` would stop Fusion drawing the check mark; so this style
lets Fusion draw the control and then draws the edge again in a colour that reaches 3 : 1. A
control with the keyboard focus (or the default button) keeps Fusion's highlighted edge, so the
focus stays visible. Used with the high-contrast and the dark palettes (:func:`use_high_contrast`,
:func:`use_dark`); the default light one keeps plain Fusion.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QWidget,
)

from .theme import AA_RATIO, dark_palette, high_contrast_palette, readable

#: WCAG 2.x: the contrast a user interface component's boundary needs (1.4.11).
BOUNDARY_RATIO = 3.0

_PE = QStyle.PrimitiveElement
_ROUNDED = {_PE.PE_FrameLineEdit, _PE.PE_PanelButtonCommand}
_SQUARE = {_PE.PE_IndicatorCheckBox, _PE.PE_Frame}
_ROUND = {_PE.PE_IndicatorRadioButton}


def boundary_color(palette: QPalette) -> QColor:
    """The palette's mid grey, or the nearest shade of it that reaches 4.5 : 1 on its window:
    more than the 3 : 1 asked, as an antialiased circle's pixels are paler than its pen."""
    window = palette.color(QPalette.ColorRole.Window)
    return readable(palette.color(QPalette.ColorRole.Mid), window, AA_RATIO)


def _highlighted(element: QStyle.PrimitiveElement, option: QStyleOption) -> bool:
    """Whether Fusion draws this edge highlighted (the focus, the default button): left alone."""
    state = option.state
    if element in _SQUARE | _ROUND:
        keyboard = QStyle.StateFlag.State_KeyboardFocusChange
        return bool(state & QStyle.StateFlag.State_HasFocus and state & keyboard)
    default = QStyleOptionButton.ButtonFeature.DefaultButton
    if isinstance(option, QStyleOptionButton) and option.features & default:
        return True
    return bool(state & QStyle.StateFlag.State_HasFocus) and element != _PE.PE_Frame


class BoundaryStyle(QProxyStyle):
    """Fusion (or ``base``), each control's edge drawn at 3 : 1 against the window."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _ROUNDED | _SQUARE | _ROUND or _highlighted(element, option):
            return
        if element == _PE.PE_Frame and not option.rect.isValid():
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, element in _ROUND | _ROUNDED)
        painter.setPen(QPen(boundary_color(option.palette)))
        painter.setBrush(QColor(0, 0, 0, 0))
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element in _ROUND:
            # Fusion's circle: centred one pixel down and right, a pixel inside the rectangle.
            width = option.rect.width()
            radius = (width + (width + 1) % 2) / 2.0 - 1
            painter.drawEllipse(QPointF(option.rect.center()) + QPointF(1, 1), radius, radius)
        elif element in _ROUNDED:
            painter.drawRoundedRect(rect, 2, 2)
        else:
            painter.drawRect(rect)
        painter.restore()


def use_high_contrast(dark: bool) -> None:
    """The high-contrast palette, in the style that draws every control's edge at 3 : 1 (Fusion's
    own edges nearly vanish on black or white; see :class:`BoundaryStyle`)."""
    QApplication.setStyle(BoundaryStyle("Fusion"))
    QGuiApplication.setPalette(high_contrast_palette(dark))


def use_dark() -> None:
    """The dark palette, in the same style (Fusion's edges on it are 1.2 : 1)."""
    QApplication.setStyle(BoundaryStyle("Fusion"))
    QGuiApplication.setPalette(dark_palette())


def _platform_wants() -> tuple[bool, bool]:
    """(dark, high contrast) as the platform asks for them now."""
    hints = QGuiApplication.styleHints()
    # By name: the first use of PySide's Qt namespace costs ~17 ms before the first paint.
    dark = hints.colorScheme().name == "Dark"
    high = False
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10
    if accessibility is not None:
        high = accessibility().contrastPreference().name == "HighContrast"
    return dark, high


def _apply_platform(*_changed: object) -> None:
    dark, high = _platform_wants()
    if high:
        use_high_contrast(dark)
    elif dark:
        use_dark()
    elif _following:  # back to the light default, as at a plain start
        QApplication.setStyle("Fusion")
        QGuiApplication.setPalette(QApplication.style().standardPalette())


_following = False


def follow_platform() -> None:
    """Use a dark and/or high-contrast palette when the platform asks for one (Fusion's default
    palette is a light one) -- now, and again whenever the platform changes its mind while the
    wizard runs (the wizard then makes its tones again: :func:`.theme.restyle`)."""
    global _following
    _apply_platform()
    if _following:
        return
    _following = True
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(_apply_platform)
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10
    if accessibility is not None:
        accessibility().contrastPreferenceChanged.connect(_apply_platform)


__all__ = [
    "BOUNDARY_RATIO",
    "BoundaryStyle",
    "boundary_color",
    "follow_platform",
    "use_high_contrast",
]
