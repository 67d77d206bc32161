"""What every page has: the shared state, the sandbox banner, an inline error line, retranslation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...core.common.messages import fill_placeholders
from ..announce_hooks import announce_error
from ..startup import PageFacts, StartupPreview
from ..theme import Tone, tone_style
from ..widgets.motion import CalmProgressBar
from ..widgets.sandbox_banner import SandboxBanner

if TYPE_CHECKING:  # the Welcome page is painted before the state (pydantic, the core) is imported
    from ..state import WizardState
    from ..wizard import SetupWizard


def error_style() -> str:
    """An error's text colour, readable on the current palette (see ``theme``)."""
    return tone_style(Tone.ERROR)


def note_style() -> str:
    """A note's (a warning's) text colour, readable on the current palette."""
    return tone_style(Tone.NOTE)


class BasePage(QWizardPage):
    """A wizard page over :class:`WizardState`; subclasses build ``body`` and ``retranslate_ui``.

    Only the Welcome page may be made over a :class:`StartupPreview` (it is painted before the
    state exists); it gets the state later (``WelcomePage.attach_state``). ``facts`` is what the
    page shows either way; ``state`` exists once the state does.
    """

    state: WizardState

    def __init__(self, state: WizardState | StartupPreview, object_name: str) -> None:
        super().__init__()
        self.facts: PageFacts = state
        if not isinstance(state, StartupPreview):
            self.state = state
        self.setObjectName(object_name)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scenario = state.scenario
        self.banner = SandboxBanner(
            scenario.title if scenario is not None else None, self._language
        )
        self.banner.setVisible(state.sandbox)
        outer.addWidget(self.banner)
        if state.sandbox and not isinstance(state, StartupPreview) and scenario is not None:
            from ..widgets.hint_bar import HintBar  # the sandbox bar's Hint button and clock

            self.hint_bar = HintBar(state, object_name.removesuffix("Page"))
            outer.addWidget(self.hint_bar)
        # The page's content scrolls where the window is too small for it (an 800 x 600 screen,
        # a large font, longer Dutch words); the banner and the wizard's buttons stay in view.
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName(f"{object_name}Scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setProperty("frameShape", "NoFrame")  # by name: see set_plain_text
        content = QWidget()
        content.setObjectName(f"{object_name}Content")
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.scroll_area.setWidget(content)
        self.scroll_area.viewport().setAutoFillBackground(False)  # the page's own background
        content.setAutoFillBackground(False)
        outer.addWidget(self.scroll_area, 1)
        self.error_label = QLabel()
        self.error_label.setObjectName(f"{object_name}Error")
        self.error_label.setWordWrap(True)
        set_plain_text(self.error_label, selectable=True)
        self.error_label.setStyleSheet(error_style())
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self._outer = outer

    def _language(self) -> str:
        return self.facts.language

    def setup_wizard(self) -> SetupWizard:
        return cast("SetupWizard", self.wizard())

    # ---- inline errors

    def put_error_in(self, layout: QBoxLayout) -> None:
        """Show the inline error at the end of ``layout`` (next to the field it is about) instead
        of at the bottom of the page."""
        self._outer.removeWidget(self.error_label)
        layout.addWidget(self.error_label)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self.error_label.show()
        announce_error(self, text)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    # ---- translation

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.scroll_area.setAccessibleName(self.title())
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        # The scrolled content takes the focus (to scroll by keyboard): a screen reader names it
        # by the page's title, not "filler".
        self.scroll_area.setAccessibleName(self.title())
        super().showEvent(event)

    # ---- helpers

    @staticmethod
    def severity_text(severity: str) -> str:
        """A pending OS update's classification in the current language (unknown ones as found)."""
        known = {
            "critical": QCoreApplication.translate("BasePage", "critical"),
            "security": QCoreApplication.translate("BasePage", "security"),
        }
        return known.get(severity.lower(), severity)

    def log(self, line: str) -> None:
        wizard = self.wizard()
        if wizard is not None:
            self.setup_wizard().log.line(line)

    def display_path(self, path: str | Path | None) -> str:
        """A path inside the mock root as Windows shows it (``C:\\RMSData\\...``)."""
        return display_path(self.facts.root, path)


def display_path(root: Path | None, path: str | Path | None) -> str:
    if path is None or str(path) == "":
        return "–"
    target = Path(path)
    if root is not None:
        try:
            rel = target.resolve().relative_to(root.resolve())
        except (OSError, ValueError):
            return str(path)
        parts = rel.parts
        if parts and parts[0].startswith("drive_") and len(parts[0]) == 7:
            drive = parts[0][-1].upper() + ":\\"
            return str(PureWindowsPath(drive, *parts[1:]))
    return str(path)


def plain_label(object_name: str, *, wrap: bool = True, selectable: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    set_plain_text(label, selectable=selectable)
    return label


def headline_label(object_name: str) -> QLabel:
    """A page's bold headline: the one line that says what was found or what happened."""
    label = plain_label(object_name)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def busy_bar(object_name: str) -> CalmProgressBar:
    """A thin bar that moves while work of unknown length runs (no text: the page says what); with
    reduced motion, a still one that says "Working…" (:mod:`..widgets.motion`)."""
    bar = CalmProgressBar()
    bar.setObjectName(object_name)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    if not bar.is_still():  # a still bar says "Working…": it keeps a line's height
        bar.setMaximumHeight(10)
    return bar


def value_form(
    prefix: str, keys: tuple[str, ...], values: dict[str, QLabel]
) -> tuple[QFormLayout, list[QLabel]]:
    """A form of read-only values (``<prefix>_<key>``, added to ``values``) and its labels."""
    form = QFormLayout()
    form.setHorizontalSpacing(12)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    labels: list[QLabel] = []
    for key in keys:
        label = QLabel()
        value = plain_label(f"{prefix}_{key}", selectable=True)
        form.addRow(label, value)
        labels.append(label)
        values[key] = value
    return form, labels


def set_plain_text(label: QLabel, *, selectable: bool = False) -> None:
    """Show the label's text as it is (never as rich text); ``selectable``: with the mouse.

    Set by name through Qt's property system rather than with ``Qt.TextFormat.PlainText``: the
    first use of PySide's ``Qt`` namespace builds every one of its Python enums (about 17 ms), and
    these labels are on the first page, which is painted before anything else may take time."""
    label.setProperty("textFormat", "PlainText")
    if selectable:
        label.setProperty("textInteractionFlags", "TextSelectableByMouse")


def name_widget(widget: QWidget, object_name: str) -> QWidget:
    widget.setObjectName(object_name)
    return widget


def fmt(text: str, *args: object) -> str:
    """Fill Qt-style ``%1``.. placeholders of a translated text."""
    return fill_placeholders(text, tuple(str(a) for a in args))


def push_button(object_name: str, on_click: Callable[[], object]) -> QPushButton:
    """A page's own button: it never takes Enter from the wizard's default button."""
    button = QPushButton()
    button.setObjectName(object_name)
    button.setAutoDefault(False)
    button.clicked.connect(on_click)
    return button
