"""The setup wizard window: page ids, page wiring, language switch, Cancel/close that never loses data.

Paths through the pages (``nextId`` of each page decides)::

    Welcome -> Detection -+- RMS 1.0 ----> Password -> Preparation -> Ready* -> Updating -> Finished
                          +- no RMS -----> Ready* (fresh install) ---------------^
                          +- SP1 --------> Maintenance* (remove SP1) ------------^
                          +- interrupted -> Recovery* (roll back / complete) -----^

``*`` marks the commit pages: after them there is no way back, only forward or Cancel (which rolls
back). The password page precedes the preparation checklist because the backup is verified with it.

In sandbox mode the interop page follows detection when the sandbox has a topology, a deployment of
clusters goes through the cluster rollout page, the clients page follows the update when there are
client computers, and the debrief ends the scenario (see :mod:`rms_wizard.ui.sandbox_flow`).
"Reset scenario" (on the sandbox banner of every page, and on the debrief) starts the scenario again
from a fresh copy of the sandbox, with fresh pages, at the Welcome page (:meth:`reset_scenario`).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from ..core.setuplog import SetupLog
from . import workers
from .access import is_elevated, missing_write_access
from .assets import app_icon, pixmap, tall_watermark, wide_banner
from .pages.base import BasePage, fmt
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
from .pages.updating_page import UpdatingPage
from .pages.welcome_page import WelcomePage
from .sandbox_flow import forget_secrets, locate_deployment
from .state import Event, Operation, WizardState

#: The window's size: fits a 1024 x 768 screen with room for the title bar and a task bar.
WINDOW_SIZE = (880, 620)

#: QWizard's own button texts, translated through Qt's catalogue (context "QWizard").
_BUTTONS = (
    (QWizard.WizardButton.BackButton, "backButton", "< &Back"),
    (QWizard.WizardButton.NextButton, "nextButton", "&Next >"),
    (QWizard.WizardButton.CommitButton, "commitButton", "Commit"),
    (QWizard.WizardButton.FinishButton, "finishButton", "&Finish"),
    (QWizard.WizardButton.CancelButton, "cancelButton", "Cancel"),
    (QWizard.WizardButton.HelpButton, "helpButton", "&Help"),
)


class PageId(IntEnum):
    WELCOME = 0
    DETECTION = 1
    PASSWORD = 2
    PREPARATION = 3
    READY = 4
    UPDATING = 5
    FINISHED = 6
    MAINTENANCE = 7
    RECOVERY = 8
    CLUSTER = 9
    INTEROP = 10
    CLIENTS = 11
    DEBRIEF = 12


class SetupWizard(QWizard):
    def __init__(
        self, state: WizardState, log: SetupLog | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        locate_deployment(state)  # a sandbox of clusters: the wizard runs on its first node
        self.state = state
        self.log = log if log is not None else SetupLog.open_for_run(None, "gui")
        if state.log_path is None:
            state.log_path = self.log.path
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
        self._add_pages()
        self.helpRequested.connect(self.show_briefing)
        self.finished.connect(self._on_finished)
        for which, name, _text in _BUTTONS:
            self.button(which).setObjectName(name)
        self.setMinimumSize(*WINDOW_SIZE)
        self._fit_images(*WINDOW_SIZE)
        self.resize(*WINDOW_SIZE)
        self.retranslate_ui()

    # ---- the images follow the window's size

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
                self.pages[page_id].setPixmap(QWizard.WizardPixmap.WatermarkPixmap, watermark)

    # ---- pages

    def _add_pages(self) -> None:
        """Make every page afresh over the state and wire their sandbox banners."""
        state = self.state
        self.pages = {
            PageId.WELCOME: WelcomePage(state),
            PageId.DETECTION: DetectionPage(state),
            PageId.PASSWORD: PasswordPage(state),
            PageId.PREPARATION: PreparationPage(state),
            PageId.READY: ReadyPage(state),
            PageId.UPDATING: UpdatingPage(state),
            PageId.FINISHED: FinishedPage(state),
            PageId.MAINTENANCE: MaintenancePage(state),
            PageId.RECOVERY: RecoveryPage(state),
            PageId.CLUSTER: ClusterPage(state),
            PageId.INTEROP: InteropPage(state),
            PageId.CLIENTS: ClientsPage(state),
            PageId.DEBRIEF: DebriefPage(state),
        }
        can_reset = state.sandbox and state.scenario is not None
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
            button = page.banner.reset_button
            button.setObjectName(f"{page.objectName()}ResetButton")  # unique in the window
            # The debrief page has its own "Reset scenario" beside its export.
            button.setVisible(can_reset and page_id is not PageId.DEBRIEF)
            page.banner.reset_requested.connect(self.reset_scenario)
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
        page = self.pages[PageId.UPDATING]
        assert isinstance(page, UpdatingPage)
        return page

    def current_page_id(self) -> PageId | None:
        current = self.currentId()
        return PageId(current) if current >= 0 else None

    # ---- language

    def set_language(self, language: str) -> None:
        """Switch language at runtime: catalogues, the remembered choice, every page's texts."""
        from ..i18n import install_translators, save_language

        if language == self.state.language:
            return
        self.state.language = language
        install_translators(language)
        save_language(language)
        self.state.record(Event.LANGUAGE_CHANGED, language=language)
        self.log.line(f"language: {language}")
        # The LanguageChange events are posted; the window's own texts are set right away too.
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        title = self.tr("Windows RMS Service Pack 1 Setup")
        if self.state.sandbox:
            title = fmt(self.tr("%1 (sandbox)"), title)
        self.setWindowTitle(title)
        # QWizard takes its button texts once; after a language switch they must be set again.
        for which, _name, text in _BUTTONS:
            translated = QCoreApplication.translate("QWizard", text)
            self.setButtonText(which, translated)
            self.button(which).setAccessibleName(translated.replace("&", "").strip("<> ").strip())

    # ---- sandbox briefing (Help)

    @Slot()
    def show_briefing(self) -> None:
        scenario = self.state.scenario
        if scenario is None:
            return
        language = self.state.language
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
            self.tr(
                "The sandbox is replaced by a fresh copy of the scenario and the wizard starts "
                "again at the beginning. Everything done in this run is lost: the changes to the "
                "practice servers, the backups in the sandbox and the steps for the debrief.\n\n"
                "Reset the scenario?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refuse_reset_while_working(self) -> bool:
        """A job still running (apply, removal, recovery, rollout, backup...): no reset now, and
        the operator is told why. A worker whose job is over (its thread winding down) is no
        reason."""
        if not any(getattr(worker, "running", False) for worker in workers.live_workers()):
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
        from ..core.messages import RmsError
        from ..core.sandbox import reset_sandbox
        from ..i18n import tr_message

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
            problem = exc.strerror or type(exc).__name__
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

    # ---- Cancel and close

    def confirm_cancel(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Cancel Setup"),
            self.tr(
                "Setup is changing the server. If you cancel now, every change made so far is "
                "rolled back and the server stays as it was.\n\nCancel and roll back?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        """Cancel or close: during the work ask, then roll back (the page says so); otherwise
        stop whatever is checking in the background and close, changing nothing."""
        intercept = getattr(self.currentPage(), "intercept_cancel", None)
        if intercept is not None and intercept():
            return  # the page handles it (the cluster rollout stops between servers)
        page = self.updating_page
        if (
            self.currentPage() is page
            and page.working
            and self.state.operation is Operation.RECOVER
        ):
            # A recovery is never left half done, and it takes a moment: it is not interrupted.
            QMessageBox.information(
                self,
                self.tr("Recovering"),
                self.tr(
                    "Setup is bringing the server back to a known state. This cannot be "
                    "interrupted; it takes only a moment."
                ),
            )
            return
        if self.currentPage() is page and page.working:
            if self.confirm_cancel():
                self.log.line("cancel confirmed during the work: rolling back")
                page.cancel()
            return
        for worker in workers.live_workers():
            cancel = getattr(worker, "cancel", None)
            if cancel is not None:
                cancel()
        workers.wait_all()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.updating_page.working:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    @Slot(int)
    def _on_finished(self, result: int) -> None:
        outcome = self.state.outcome
        status = outcome.status if outcome is not None else "closed"
        forget_secrets(self.state, self.log)  # sandbox keyring entries go on exit
        self.log.outcome(status, 0 if result else 1)


__all__ = ["WINDOW_SIZE", "PageId", "SetupWizard"]
