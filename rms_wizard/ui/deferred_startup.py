"""The wizard's start-up in two phases: the first page first, the rest once it is painted.

Made over a :class:`~.startup.StartupPreview`, the wizard is only its frame and the Welcome page
("Preparing...", Next disabled). Once that page is painted, a worker thread imports the rest and
makes the state (and the sandbox: the real core); then the other pages are made, one per turn of
the event loop so the window stays responsive, Next is enabled and :attr:`SetupWizard.ready
<rms_wizard.ui.wizard.SetupWizard.ready>` is emitted. A wizard made over a ready state adopts it at
once. This module therefore imports no pydantic, core model, keyring or other page at module
level: they are imported where they are used, after the first paint.
"""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget, QWizard

from ..core.common.messages import RmsError
from ..i18n import tr_message
from .page_id import PageId
from .page_registry import making_pages, page_classes
from .pages.base import fmt
from .pages.welcome_page import WelcomePage
from .startup import PageFacts, StartupPreview

if TYPE_CHECKING:
    from .state import WizardState
    from .wizard import SetupWizard


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
            page_classes()
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


class DeferredStartup(QObject):
    """The wizard's start-up (see the module's text); one per wizard. ``preview`` and ``prepare``
    for a deferred start-up, neither for a wizard over a ready state."""

    @property
    def _wizard(self) -> SetupWizard:
        # The parent, not an attribute: a Python reference cycle between the wizard and its
        # child would have the garbage collector free the child twice at exit.
        return cast("SetupWizard", self.parent())

    def __init__(
        self,
        wizard: SetupWizard,
        preview: StartupPreview | None = None,
        prepare: Callable[[], WizardState] | None = None,
    ) -> None:
        super().__init__(wizard)
        #: The run as the first page shows it, until the state exists.
        self.preview: StartupPreview | None = None
        self._preparation: _Preparation | None = None
        self._closed = False
        #: The pages still to make after a deferred start-up (one per event-loop turn).
        self._steps: Iterator[None] | None = None
        #: Why start-up could not make the state (shown on the Welcome page), if it could not.
        self.error: Exception | None = None
        if preview is not None:
            if prepare is None:
                raise ValueError("a wizard over a start-up preview needs prepare")
            self.preview = preview
            self._preparation = _Preparation(prepare)
            self._preparation.done.connect(self._on_prepared)

    @property
    def facts(self) -> PageFacts:
        """What the window shows: the state, or the start-up preview until the state exists."""
        return self._wizard.state if self.preview is None else self.preview

    def show_welcome(self) -> None:
        """The first phase: the Welcome page over the preview; the rest once it is painted."""
        wizard = self._wizard
        assert self.preview is not None
        welcome = WelcomePage(self.preview)
        welcome.banner.reset_button.hide()  # nothing to reset before the sandbox exists
        wizard.pages[PageId.WELCOME] = welcome
        wizard.setPage(PageId.WELCOME, welcome)
        wizard.setStartId(PageId.WELCOME)
        _FirstPaint(welcome, self._start_preparing)

    @Slot()
    def _start_preparing(self) -> None:
        if self._preparation is not None and not self._wizard.is_ready:
            self._preparation.start()

    def finish(self) -> WizardState:
        """See :meth:`SetupWizard.finish_startup <rms_wizard.ui.wizard.SetupWizard.finish_startup>`."""
        wizard = self._wizard
        preparation = self._preparation
        if not wizard.is_ready and self._steps is None and preparation is not None:
            preparation.run_here()
            self._adopt_prepared(preparation, one_step=False)
        if self._steps is not None:  # pages still to make: all of them now
            for _step in self._steps:
                pass
            self._steps = None
            wizard.ready.emit()
        if self.error is not None:
            raise self.error
        return wizard.state

    def wait(self) -> None:
        """Wait until start-up's worker thread has ended (its result is then not used)."""
        if self._preparation is not None:
            self._preparation.wait()

    def abandon(self) -> None:
        """The window closes before start-up has ended: its result is not used."""
        self._closed = True
        self.wait()  # making the sandbox takes a moment; nothing else runs yet

    @Slot()
    def _on_prepared(self) -> None:
        preparation = self._preparation
        if (
            self._closed
            or preparation is None
            or self._wizard.is_ready
            or self._steps is not None
            or self.error is not None
        ):
            return  # closed before it was ready, or finish_startup took the result already
        self._adopt_prepared(preparation, one_step=True)

    def _adopt_prepared(self, preparation: _Preparation, *, one_step: bool) -> None:
        """Take the state start-up made: all pages now, or (``one_step``) one page per turn of
        the event loop, so the window stays responsive while they are made."""
        wizard = self._wizard
        if preparation.state is not None:
            steps = self._adopting(preparation.state)
            if one_step:
                self._steps = steps
                self._next_step()
            else:
                for _step in steps:
                    pass
                wizard.ready.emit()
            return
        error = preparation.error or RuntimeError("start-up made no state")
        self.error = error
        welcome = wizard.pages[PageId.WELCOME]
        assert isinstance(welcome, WelcomePage)
        text = self._startup_problem_text(error)
        welcome.show_startup_problem(text)
        wizard.startup_failed.emit(text)

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
            self._wizard.ready.emit()
            return
        QTimer.singleShot(0, self._next_step)

    def _startup_problem_text(self, error: Exception) -> str:
        log = self._wizard.log
        if isinstance(error, RmsError):
            text = tr_message(error.message)
            log.line(f"error: {text}")
            return text
        log.line(
            "unexpected error at start-up:\n"
            + log.redact("".join(traceback.format_exception(error)))
        )
        return fmt(
            QCoreApplication.translate(
                "SetupWizard", "Setup could not start. The details are in the log %1"
            ),
            log.path,
        )

    def adopt(self, state: WizardState) -> None:
        """A ready state: every page over it now."""
        for _step in self._adopting(state):
            pass

    def _adopting(self, state: WizardState) -> Iterator[None]:
        """The state exists: every page over it (the Welcome page shown so far stays). Yields
        after each page made; ready (Next enabled) once all are."""
        from .sandbox_flow import locate_deployment
        from .state import Event

        wizard = self._wizard
        preview = self.preview
        self.preview = None
        locate_deployment(state)  # a sandbox of clusters: the wizard runs on its first node
        if preview is not None and preview.language != state.language:
            state.language = preview.language  # switched while start-up was preparing
            state.record(Event.LANGUAGE_CHANGED, language=state.language)
        wizard.state = state
        if state.log_path is None:
            state.log_path = wizard.log.path
        wizard.log.line(
            f"gui: root={state.root} sandbox={state.sandbox} scenario={state.scenario_id} "
            f"language={state.language}"
        )
        welcome = wizard.pages.get(PageId.WELCOME)
        if isinstance(welcome, WelcomePage):
            welcome.attach_state(state)  # still "Preparing...": Next waits for every page
        yield from making_pages(wizard, welcome if isinstance(welcome, WelcomePage) else None)
        wizard.setOption(QWizard.WizardOption.HaveHelpButton, state.sandbox)
        if wizard.images.fitted:  # the window is fitted already: the Finished page's watermark too
            wizard.images.fit_new_pages()
        wizard.retranslate_ui()
        wizard.is_ready = True
        if isinstance(welcome, WelcomePage):
            welcome.set_ready()


__all__ = ["DeferredStartup"]
