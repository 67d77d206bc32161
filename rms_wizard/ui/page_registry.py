"""Which page class shows which :class:`~.page_id.PageId`, and the wizard's pages made over the state.

The page classes are imported inside :func:`page_classes`: at start-up that runs after the first
paint (on the worker thread, see :mod:`.deferred_startup`), so the first paint imports no page but
the Welcome page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from .page_id import PageId
from .pages.base import BasePage
from .pages.welcome_page import WelcomePage

if TYPE_CHECKING:
    from .state import WizardState
    from .wizard import SetupWizard


def page_classes() -> dict[PageId, Callable[[WizardState], BasePage]]:
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


def add_pages(wizard: SetupWizard, welcome: WelcomePage | None = None) -> None:
    """Make every page afresh over the wizard's state (but ``welcome``, already shown, if given)
    and wire their sandbox banners."""
    for _step in making_pages(wizard, welcome):
        pass


def making_pages(wizard: SetupWizard, welcome: WelcomePage | None) -> Iterator[None]:
    """:func:`add_pages`, yielding after each page."""
    state = wizard.state
    can_reset = state.sandbox and state.scenario is not None
    wizard.pages = {}
    for page_id, cls in page_classes().items():
        page = welcome if page_id is PageId.WELCOME and welcome is not None else cls(state)
        wizard.pages[page_id] = page
        if wizard.page(page_id) is not page:
            wizard.setPage(page_id, page)
        button = page.banner.reset_button
        button.setObjectName(f"{page.objectName()}ResetButton")  # unique in the window
        # The debrief page has its own "Reset scenario" beside its export.
        button.setVisible(can_reset and page_id is not PageId.DEBRIEF)
        page.banner.reset_requested.connect(wizard.reset_scenario)
        if page is not welcome:
            yield
    wizard.setStartId(PageId.WELCOME)


def replace_pages(wizard: SetupWizard) -> None:
    """Fresh pages: nothing a page remembered of the old run (a rollout's result, a typed
    password, a keyring entry seen) survives. The current page goes last, so the wizard never
    switches to (and starts) another page on the way."""
    current = wizard.currentId()
    old = list(wizard.pages.values())
    for page_id in sorted(wizard.pageIds(), key=lambda pid: pid == current):
        wizard.removePage(page_id)
    for page in old:
        page.hide()
        page.deleteLater()
    add_pages(wizard)
    wizard.images.fit_new_pages()


__all__ = ["add_pages", "making_pages", "page_classes", "replace_pages"]
