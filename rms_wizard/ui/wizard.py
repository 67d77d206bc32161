"""The setup wizard window: its pages, its start-up, and the parts that each do one of its jobs.

Paths through the pages (``nextId`` of each page decides)::

    Welcome -> Detection -+- RMS 1.0 ----> Password -> Preparation -> Ready* -> Updating -> Finished
                          +- no RMS -----> Ready* (fresh install) ---------------^
                          +- SP1 --------> Maintenance -> Remove ready* ---------^
                          +- interrupted -> Recovery* (roll back / complete) -----^

``*`` marks the commit pages: after them there is no way back, only forward or Cancel (which rolls
back). The password page precedes the preparation checklist because the backup is verified with it.

In sandbox mode the interop page follows detection when the sandbox has a topology, a deployment of
clusters goes through the cluster rollout page, the clients page follows the update when there are
client computers, and the debrief ends the scenario (see :mod:`rms_wizard.ui.sandbox_flow`).
"Reset scenario" (on the sandbox banner of every page, and on the debrief) starts the scenario again
from a fresh copy of the sandbox, with fresh pages, at the Welcome page (:meth:`reset_scenario`).

The window's jobs live beside it: which page class for which id, and the pages made over the state
(:mod:`.page_registry`); the two-phase start-up (:mod:`.deferred_startup`); the window's size and
its images (:mod:`.window_size`); its own texts and the language switch (:mod:`.language_switch`);
the briefing and "Reset scenario" (:mod:`.sandbox_controls`); what Cancel and closing ask first
(:mod:`.leaving`); the keyboard (:mod:`.keyboard`).

Start-up paints first (:mod:`rms_wizard.ui.startup`): made over a ``StartupPreview`` the wizard is
only its frame and the Welcome page ("Preparing...", Next disabled). Once that page is painted, a
worker thread imports the rest and makes the state (and the sandbox: the real core), the other pages
are added, Next is enabled, and :attr:`SetupWizard.ready` is emitted. This module and its parts
therefore import no pydantic, core model, keyring or other page at module level: they are imported
where they are used, after the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QWidget, QWizard

from ..core.engine.setuplog import SetupLog
from . import language_switch, theme
from .announce_hooks import announce_pages
from .assets import app_icon, pixmap
from .deferred_startup import DeferredStartup
from .jobs.manager import JobsManager
from .keyboard import KeyboardGuide
from .leaving import Leaving
from .page_id import PageId
from .pages.base import BasePage, fmt
from .startup import PageFacts, StartupPreview
from .window_size import MINIMUM_SIZE, WizardImages, start_size

if TYPE_CHECKING:
    from .pages.updating_page import UpdatingPage
    from .state import WizardState


class SetupWizard(QWizard):
    """The wizard over a ready :class:`WizardState`, or -- at start-up -- over a
    :class:`StartupPreview` and ``prepare`` (which makes the state; run on a worker thread after
    the first paint, or now by :meth:`finish_startup`)."""

    #: Every page exists and :attr:`state` is set (emitted once, after a deferred start-up).
    ready = Signal()
    #: Start-up could not make the state: the text shown on the Welcome page.
    startup_failed = Signal(str)

    #: The shared state: set from the start, or once start-up has made it (see :attr:`facts`).
    state: WizardState

    def __init__(
        self,
        state: WizardState | StartupPreview,
        log: SetupLog | None = None,
        parent: QWidget | None = None,
        *,
        prepare: Callable[[], WizardState] | None = None,
    ) -> None:
        super().__init__(parent)
        #: Focus, Enter, mnemonics and the buttons' accessible names (see :mod:`.keyboard`).
        self.keyboard = KeyboardGuide(self)
        #: What Cancel, Escape and closing ask first, and the exit code (see :mod:`.leaving`).
        self.leaving = Leaving(self)
        announce_pages(self)  # each page is announced to screen readers when shown
        #: The process's exit code, once the window has closed (see :meth:`Leaving.exit_code`).
        self.exit_code: int | None = None
        self.log = log if log is not None else SetupLog.open_for_run(None, "gui")
        #: The workers running now; the pages start theirs here (see :mod:`.jobs.manager`).
        self.jobs = JobsManager()
        self.is_ready = False
        preview = state if isinstance(state, StartupPreview) else None
        #: The first page first, the rest once it is painted (see :mod:`.deferred_startup`).
        self.startup = DeferredStartup(self, preview, prepare)
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setWindowIcon(app_icon())
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, pixmap("logo.png"))
        #: The banner and the watermark, fitted to the window's size (see :mod:`.window_size`).
        self.images = WizardImages(self)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.DisabledBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, state.sandbox)

        self.pages: dict[PageId, BasePage] = {}
        if not isinstance(state, StartupPreview):
            self.startup.adopt(state)
        else:
            self.startup.show_welcome()
        self.helpRequested.connect(self.show_briefing)
        language_switch.name_buttons(self)
        self.setMinimumSize(*MINIMUM_SIZE)
        width, height = start_size()
        self.images.fit(width, height)
        self.resize(width, height)
        self.retranslate_ui()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.images.fit(event.size().width(), event.size().height())
        super().resizeEvent(event)

    # ---- start-up: the first page first, the rest once it is painted (:mod:`.deferred_startup`)

    @property
    def facts(self) -> PageFacts:
        """What the window shows: the state, or the start-up preview until the state exists."""
        return self.startup.facts

    def finish_startup(self) -> WizardState:
        """Make the state and the other pages now, if start-up has not yet (tests and tools that
        need the whole wizard at once; the worker thread, if running, is waited for). The error
        that prevented it is raised."""
        return self.startup.finish()

    def wait_for_startup(self) -> None:
        """Wait until start-up's worker thread has ended (its result is then not used)."""
        self.startup.wait()

    # ---- pages

    def page_of(self, page_id: PageId) -> BasePage:
        return self.pages[page_id]

    @property
    def updating_page(self) -> UpdatingPage:
        from .pages.updating_page import UpdatingPage

        page = self.pages[PageId.UPDATING]
        assert isinstance(page, UpdatingPage)
        return page

    def current_page_id(self) -> PageId | None:
        current = self.currentId()
        return PageId(current) if current >= 0 else None

    # ---- language (:mod:`.language_switch`)

    def set_language(self, language: str) -> None:
        """Switch language at runtime: catalogues, the remembered choice, every page's texts."""
        language_switch.switch_language(self, language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            theme.restyle(self)  # the platform turned dark or high contrast while Setup runs
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        language_switch.window_texts(self)

    # ---- the sandbox: briefing (Help) and "Reset scenario" (:mod:`.sandbox_controls`)

    # Imported when first used: neither is needed for the first paint.

    @Slot()
    def show_briefing(self) -> None:
        from . import sandbox_controls

        sandbox_controls.show_briefing(self)

    @Slot()
    def reset_scenario(self) -> bool:
        """The "Reset scenario" button: after a confirmation, a fresh copy of the sandbox, a fresh
        state and fresh pages, at the Welcome page. True when reset."""
        from . import sandbox_controls

        return sandbox_controls.reset_scenario(self)

    # ---- may we change this install?

    def access_problem(self) -> str | None:
        """What is missing to change a real install (None when nothing is, or in the sandbox)."""
        from .access import is_elevated, missing_write_access

        state = self.state
        if state.sandbox or state.root is None:
            return None
        elevated = is_elevated()
        if elevated is False:
            return self.tr(
                "Setup must run as an administrator to change this server. Close it and start it "
                "again with \u201cRun as administrator\u201d."
            )
        missing = missing_write_access(state.root, state.install)
        if missing:
            self.log.line("access: no write access to " + ", ".join(str(p) for p in missing))
            return fmt(
                self.tr(
                    "Setup may not change this install: you have no write access to %1. Start "
                    "Setup as a user who may change these folders."
                ),
                ", ".join(str(p) for p in missing),
            )
        state.write_access_checked = True
        return None

    # ---- start again (after a power-loss drill)

    def start_again(self) -> None:
        self.log.line("start again")
        self.state.reset_for_restart()
        self.restart()

    # ---- Cancel and close (what is asked first: :mod:`.leaving`)

    def reject(self) -> None:
        """Cancel, Escape or close: what is asked first, and what is stopped, is
        :meth:`Leaving.before_closing`."""
        if self.leaving.before_closing():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_ready and self.updating_page.working:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


__all__ = ["SetupWizard"]
