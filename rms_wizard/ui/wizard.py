"""The setup wizard window: page wiring, language switch, Cancel/close that never loses data.

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

Start-up paints first (:mod:`rms_wizard.ui.startup`): made over a ``StartupPreview`` the wizard is
only its frame and the Welcome page ("Preparing...", Next disabled). Once that page is painted, a
worker thread imports the rest and makes the state (and the sandbox: the real core), the other pages
are added, Next is enabled, and :attr:`SetupWizard.ready` is emitted. This module therefore imports
no pydantic, core model, keyring or other page at module level: they are imported where they are
used, after the first paint.
"""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from ..core.messages import RmsError, os_error_message
from ..core.setuplog import SetupLog
from ..i18n import install_translators, save_language, tr_message
from .announce_hooks import announce_pages
from .assets import app_icon, pixmap, tall_watermark, wide_banner
from .jobs.manager import JobsManager
from .keyboard import KeyboardGuide
from .leaving import Leaving
from .page_id import PageId
from .pages.base import BasePage, fmt
from .pages.welcome_page import WelcomePage
from .startup import PageFacts, StartupPreview

if TYPE_CHECKING:
    from .pages.updating_page import UpdatingPage
    from .state import WizardState

#: The window's size where the screen has room: fits a 1024 x 768 screen with room for the title
#: bar and a task bar.
WINDOW_SIZE = (880, 620)
#: The smallest the window gets (and starts at, on a small screen): an 800 x 600 screen with a
#: title bar, or 1920 x 1200 at QT_SCALE_FACTOR=2. What does not fit scrolls (see BasePage).
MINIMUM_SIZE = (800, 560)
#: Room kept free above and below the window on a small screen (title bar, frame).
_FRAME_ROOM = 40

#: QWizard's own button texts, translated through Qt's catalogue (context "QWizard").
_BUTTONS = (
    (QWizard.WizardButton.BackButton, "backButton", "< &Back"),
    (QWizard.WizardButton.NextButton, "nextButton", "&Next >"),
    (QWizard.WizardButton.CommitButton, "commitButton", "Commit"),
    (QWizard.WizardButton.FinishButton, "finishButton", "&Finish"),
    (QWizard.WizardButton.CancelButton, "cancelButton", "Cancel"),
    (QWizard.WizardButton.HelpButton, "helpButton", "&Help"),
)


def _page_classes() -> dict[PageId, Callable[[WizardState], BasePage]]:
    """Every page's class (imported here: after the first paint, at start-up)."""
    from .pages.clients_page import ClientsPage
    from .pages.cluster_page import ClusterPage
    from .pages.debrief_page import DebriefPage
    from .pages.detection_page import DetectionPage
    from .pages.finished_page import FinishedPage
    from .pages.interop_page import InteropPage
    from .pages.maintenance_page import MaintenancePage
    from .pages.password_page import PasswordPage
    from .pages.preparation_page import PreparationPage
    from .pages.ready_page import ReadyPage
    from .pages.recovery_page import RecoveryPage
    from .pages.remove_ready_page import RemoveReadyPage
    from .pages.updating_page import UpdatingPage

    return {
        PageId.WELCOME: WelcomePage,
        PageId.DETECTION: DetectionPage,
        PageId.PASSWORD: PasswordPage,
        PageId.PREPARATION: PreparationPage,
        PageId.READY: ReadyPage,
        PageId.UPDATING: UpdatingPage,
        PageId.FINISHED: FinishedPage,
        PageId.MAINTENANCE: MaintenancePage,
        PageId.REMOVE_READY: RemoveReadyPage,
        PageId.RECOVERY: RecoveryPage,
        PageId.CLUSTER: ClusterPage,
        PageId.INTEROP: InteropPage,
        PageId.CLIENTS: ClientsPage,
        PageId.DEBRIEF: DebriefPage,
    }


class _FirstPaint(QObject):
    """Calls ``then`` (from the event loop, once) after the watched widget's first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)  # after this paint reached the screen
        return False


class _Preparation(QObject):
    """Runs ``prepare`` (the state, the sandbox) on a worker thread, after importing what the pages
    need there; ``done`` is emitted on the GUI thread. No parent: the thread keeps it alive until
    it has reported."""

    done = Signal()

    def __init__(self, prepare: Callable[[], WizardState]) -> None:
        super().__init__()
        self._prepare = prepare
        self._thread: threading.Thread | None = None
        self.state: WizardState | None = None
        self.error: Exception | None = None

    def start(self) -> None:
        """Start the worker thread (once: a second call does nothing)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="rms-wizard-startup")
            self._thread.start()

    def _run(self) -> None:
        self._make_state()
        self.done.emit()

    def _make_state(self) -> None:
        try:
            # Nearly all of the import time after the first paint (pydantic, the core, keyring,
            # the state, the workers, the page modules), off the GUI thread. Modules only: the
            # pages themselves are made on the GUI thread.
            _page_classes()
            self.state = self._prepare()
        except Exception as exc:  # reported on the GUI thread (the Welcome page says why)
            self.error = exc

    def run_here(self) -> None:
        """The same work on the calling thread (or wait for the worker thread to end it)."""
        if self._thread is None:
            self._thread = threading.current_thread()
            self._make_state()
        else:
            self.wait()

    def wait(self) -> None:
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()


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
        self._preview: StartupPreview | None = None
        self._preparation: _Preparation | None = None
        self.is_ready = False
        self._closed = False
        #: The pages still to make after a deferred start-up (one per event-loop turn).
        self._steps: Iterator[None] | None = None
        #: Why start-up could not make the state (shown on the Welcome page), if it could not.
        self.startup_error: Exception | None = None
        if isinstance(state, StartupPreview):
            if prepare is None:
                raise ValueError("a wizard over a start-up preview needs prepare")
            self._preview = state
            self._preparation = _Preparation(prepare)
            self._preparation.done.connect(self._on_prepared)
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setWindowIcon(app_icon())
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, pixmap("logo.png"))
        self._banner_width = 0
        self._watermark_height = 0
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.DisabledBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, state.sandbox)

        self.pages: dict[PageId, BasePage] = {}
        if not isinstance(state, StartupPreview):
            self._adopt(state)
        else:
            welcome = WelcomePage(state)
            welcome.banner.reset_button.hide()  # nothing to reset before the sandbox exists
            self.pages[PageId.WELCOME] = welcome
            self.setPage(PageId.WELCOME, welcome)
            self.setStartId(PageId.WELCOME)
            _FirstPaint(welcome, self._start_preparing)
        self.helpRequested.connect(self.show_briefing)
        self.finished.connect(self._on_finished)
        for which, name, _text in _BUTTONS:
            self.button(which).setObjectName(name)
        self.setMinimumSize(*MINIMUM_SIZE)
        width, height = self.start_size()
        self._fit_images(width, height)
        self.resize(width, height)
        self.retranslate_ui()

    # ---- the window's size; the images follow it

    def start_size(self) -> tuple[int, int]:
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

    #: Height of the button row below the pages (the side watermark stops above it).
    BUTTON_ROW = 45

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_images(event.size().width(), event.size().height())
        super().resizeEvent(event)

    def _fit_images(self, width: int, height: int) -> None:
        if width != self._banner_width:
            self._banner_width = width
            self.setPixmap(QWizard.WizardPixmap.BannerPixmap, wide_banner(width))
        wanted = max(height - self.BUTTON_ROW, 0)
        if wanted != self._watermark_height:
            self._watermark_height = wanted
            watermark = tall_watermark(wanted)
            for page_id in (PageId.WELCOME, PageId.FINISHED):
                page = self.pages.get(page_id)  # no Finished page before start-up ends
                if page is not None:
                    page.setPixmap(QWizard.WizardPixmap.WatermarkPixmap, watermark)

    # ---- start-up: the first page first, the rest once it is painted

    @property
    def facts(self) -> PageFacts:
        """What the window shows: the state, or the start-up preview until the state exists."""
        return self.state if self._preview is None else self._preview

    @Slot()
    def _start_preparing(self) -> None:
        if self._preparation is not None and not self.is_ready:
            self._preparation.start()

    def finish_startup(self) -> WizardState:
        """Make the state and the other pages now, if start-up has not yet (tests and tools that
        need the whole wizard at once; the worker thread, if running, is waited for). The error
        that prevented it is raised."""
        preparation = self._preparation
        if not self.is_ready and self._steps is None and preparation is not None:
            preparation.run_here()
            self._adopt_prepared(preparation, one_step=False)
        if self._steps is not None:  # pages still to make: all of them now
            for _step in self._steps:
                pass
            self._steps = None
            self.ready.emit()
        if self.startup_error is not None:
            raise self.startup_error
        return self.state

    def wait_for_startup(self) -> None:
        """Wait until start-up's worker thread has ended (its result is then not used)."""
        if self._preparation is not None:
            self._preparation.wait()

    @Slot()
    def _on_prepared(self) -> None:
        preparation = self._preparation
        if (
            self._closed
            or preparation is None
            or self.is_ready
            or self._steps is not None
            or self.startup_error is not None
        ):
            return  # closed before it was ready, or finish_startup took the result already
        self._adopt_prepared(preparation, one_step=True)

    def _adopt_prepared(self, preparation: _Preparation, *, one_step: bool) -> None:
        """Take the state start-up made: all pages now, or (``one_step``) one page per turn of
        the event loop, so the window stays responsive while they are made."""
        if preparation.state is not None:
            steps = self._adopting(preparation.state)
            if one_step:
                self._steps = steps
                self._next_step()
            else:
                for _step in steps:
                    pass
                self.ready.emit()
            return
        error = preparation.error or RuntimeError("start-up made no state")
        self.startup_error = error
        welcome = self.pages[PageId.WELCOME]
        assert isinstance(welcome, WelcomePage)
        text = self._startup_problem_text(error)
        welcome.show_startup_problem(text)
        self.startup_failed.emit(text)

    @Slot()
    def _next_step(self) -> None:
        steps = self._steps
        if steps is None or self._closed:
            return
        try:
            next(steps)
        except StopIteration:
            self._steps = None
            # The wizard's objects live as long as the window: a full collection of the GC's
            # oldest generation would walk all of them, a visible pause in the middle of an
            # update (benchmarks: longest UI gap). Later garbage is collected as usual.
            gc.freeze()
            self.ready.emit()
            return
        QTimer.singleShot(0, self._next_step)

    def _startup_problem_text(self, error: Exception) -> str:
        if isinstance(error, RmsError):
            text = tr_message(error.message)
            self.log.line(f"error: {text}")
            return text
        self.log.line(
            "unexpected error at start-up:\n"
            + self.log.redact("".join(traceback.format_exception(error)))
        )
        return fmt(self.tr("Setup could not start. The details are in the log %1"), self.log.path)

    def _adopt(self, state: WizardState) -> None:
        for _step in self._adopting(state):
            pass

    def _adopting(self, state: WizardState) -> Iterator[None]:
        """The state exists: every page over it (the Welcome page shown so far stays). Yields
        after each page made; ready (Next enabled) once all are."""
        from .sandbox_flow import locate_deployment
        from .state import Event

        preview = self._preview
        self._preview = None
        locate_deployment(state)  # a sandbox of clusters: the wizard runs on its first node
        if preview is not None and preview.language != state.language:
            state.language = preview.language  # switched while start-up was preparing
            state.record(Event.LANGUAGE_CHANGED, language=state.language)
        self.state = state
        if state.log_path is None:
            state.log_path = self.log.path
        self.log.line(
            f"gui: root={state.root} sandbox={state.sandbox} scenario={state.scenario_id} "
            f"language={state.language}"
        )
        welcome = self.pages.get(PageId.WELCOME)
        if isinstance(welcome, WelcomePage):
            welcome.attach_state(state)  # still "Preparing...": Next waits for every page
        yield from self._making_pages(welcome if isinstance(welcome, WelcomePage) else None)
        self.setOption(QWizard.WizardOption.HaveHelpButton, state.sandbox)
        if self._banner_width:  # the window is fitted already: the Finished page's watermark too
            self._watermark_height = 0
            self._fit_images(self.width(), self.height())
        self.retranslate_ui()
        self.is_ready = True
        if isinstance(welcome, WelcomePage):
            welcome.set_ready()

    # ---- pages

    def _add_pages(self, welcome: WelcomePage | None = None) -> None:
        """Make every page afresh over the state (but ``welcome``, already shown, if given) and
        wire their sandbox banners."""
        for _step in self._making_pages(welcome):
            pass

    def _making_pages(self, welcome: WelcomePage | None) -> Iterator[None]:
        """:meth:`_add_pages`, yielding after each page."""
        state = self.state
        can_reset = state.sandbox and state.scenario is not None
        self.pages = {}
        for page_id, cls in _page_classes().items():
            page = welcome if page_id is PageId.WELCOME and welcome is not None else cls(state)
            self.pages[page_id] = page
            if self.page(page_id) is not page:
                self.setPage(page_id, page)
            button = page.banner.reset_button
            button.setObjectName(f"{page.objectName()}ResetButton")  # unique in the window
            # The debrief page has its own "Reset scenario" beside its export.
            button.setVisible(can_reset and page_id is not PageId.DEBRIEF)
            page.banner.reset_requested.connect(self.reset_scenario)
            if page is not welcome:
                yield
        self.setStartId(PageId.WELCOME)

    def _replace_pages(self) -> None:
        """Fresh pages: nothing a page remembered of the old run (a rollout's result, a typed
        password, a keyring entry seen) survives. The current page goes last, so the wizard never
        switches to (and starts) another page on the way."""
        current = self.currentId()
        old = list(self.pages.values())
        for page_id in sorted(self.pageIds(), key=lambda pid: pid == current):
            self.removePage(page_id)
        for page in old:
            page.hide()
            page.deleteLater()
        self._add_pages()
        self._watermark_height = 0  # the new Welcome and Finished pages get their watermark
        self._fit_images(self.width(), self.height())

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

    # ---- language

    def set_language(self, language: str) -> None:
        """Switch language at runtime: catalogues, the remembered choice, every page's texts."""
        if language == self.facts.language:
            return
        if self._preview is not None:
            self._preview.language = language  # the state takes it over when it is ready
        else:
            from .state import Event

            self.state.language = language
            self.state.record(Event.LANGUAGE_CHANGED, language=language)
        install_translators(language)
        save_language(language)
        self.log.line(f"language: {language}")
        # The LanguageChange events are posted; the window's own texts are set right away too.
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        title = self.tr("Windows RMS Service Pack 1 Setup")
        if self.facts.sandbox:
            title = fmt(self.tr("%1 (sandbox)"), title)
        self.setWindowTitle(title)
        # QWizard takes its button texts once; after a language switch they must be set again.
        for which, _name, text in _BUTTONS:
            self.setButtonText(which, QCoreApplication.translate("QWizard", text))
        self.keyboard.name_buttons()  # the page's own texts ("Install"), not "Commit"

    # ---- sandbox briefing (Help)

    @Slot()
    def show_briefing(self) -> None:
        scenario = self.facts.scenario
        if scenario is None:
            return
        language = self.facts.language
        text = scenario.briefing.get(language)
        if scenario.material:
            text += "\n\n" + self.tr("You are handed:")
            text += "".join(f"\n\u2022 {item.get(language)}" for item in scenario.material)
        text += "\n\n" + self.tr("Goals:")
        text += "".join(f"\n\u2022 {goal.get(language)}" for goal in scenario.goals)
        QMessageBox.information(self, self.tr("Your assignment"), text)

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

    # ---- reset the sandbox scenario

    def confirm_reset(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Reset scenario"),
            fmt(
                self.tr(
                    "The sandbox folder %1 is deleted and replaced by a fresh copy of the "
                    "scenario; the wizard starts again at the beginning. Deleted with it: the "
                    "changes to the practice servers, the backups in the sandbox and the steps "
                    "for the debrief. Debriefs exported to another folder are kept.\n\n"
                    "Reset the scenario?"
                ),
                self.state.sandbox_folder,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refuse_reset_while_working(self) -> bool:
        """A job still running (apply, removal, recovery, rollout, backup...): no reset now, and
        the operator is told why. A worker whose job is over (its thread winding down) is no
        reason."""
        if not self.jobs.at_work():
            return False
        QMessageBox.information(
            self,
            self.tr("Reset scenario"),
            self.tr(
                "Setup is still at work in the sandbox. Wait until this step has ended (a "
                "rollout stops between servers with Stop), then reset the scenario."
            ),
        )
        return True

    @Slot()
    def reset_scenario(self) -> bool:
        """The "Reset scenario" button: after a confirmation, a fresh copy of the sandbox (its keyring
        entries removed, its drill armed again), a fresh state and fresh pages, and the wizard at
        the Welcome page with the briefing. Refused while Setup is at work. True when reset."""
        from ..core.sandbox import reset_sandbox
        from .sandbox_flow import forget_secrets, locate_deployment

        state = self.state
        folder = state.sandbox_folder
        if not state.sandbox or state.scenario is None or folder is None:
            return False
        if self._refuse_reset_while_working() or not self.confirm_reset():
            return False
        # What work that has just ended still had to say goes to the old run, not the new one.
        QCoreApplication.sendPostedEvents()
        if self._refuse_reset_while_working():
            return False
        self.log.line(f"sandbox reset: {folder} (scenario {state.scenario.id})")
        problem: str | None = None
        try:
            reset_sandbox(folder)
        except RmsError as exc:
            problem = tr_message(exc.message)
        except OSError as exc:
            problem = tr_message(os_error_message(exc))
        if problem is not None:
            self.log.line(f"sandbox reset: failed: {problem}")
            QMessageBox.warning(
                self,
                self.tr("Reset scenario"),
                fmt(self.tr("The sandbox could not be reset: %1"), problem),
            )
            return False
        forget_secrets(state, self.log)  # the fresh copy starts without a remembered password
        state.start_over()  # a new trail; the drill strikes again (the fresh copy never had it)
        locate_deployment(state)
        self._replace_pages()
        self.restart()
        self.log.line("sandbox reset: the scenario starts again")
        return True

    # ---- Cancel and close (what is asked first: :mod:`.leaving`)

    def reject(self) -> None:
        """Cancel, Escape or close: during the work ask (the work waits), then roll back (the
        page says so); once anything was done ask before leaving; then stop whatever is checking
        in the background and close, changing nothing."""
        if not self.is_ready:
            self._closed = True
            self.wait_for_startup()  # making the sandbox takes a moment; nothing else runs yet
            super().reject()
            return
        if not self.leaving.may_close():
            return
        self.jobs.stop_all()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_ready and self.updating_page.working:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    @Slot(int)
    def _on_finished(self, result: int) -> None:
        self.exit_code = self.leaving.exit_code(bool(result))
        if not self.is_ready:
            self.log.outcome("closed", self.exit_code)
            return
        from .sandbox_flow import forget_secrets

        outcome = self.state.outcome
        status = outcome.status if outcome is not None else "closed"
        forget_secrets(self.state, self.log)  # sandbox keyring entries go on exit
        self.log.outcome(status, self.exit_code)


__all__ = ["MINIMUM_SIZE", "WINDOW_SIZE", "PageId", "SetupWizard"]
