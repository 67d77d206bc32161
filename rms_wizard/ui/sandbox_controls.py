"""The wizard's sandbox controls: the scenario's briefing (the Help button) and "Reset scenario"
(on the sandbox banner of every page, and on the debrief), which starts the scenario again from a
fresh copy of the sandbox, with fresh pages, at the Welcome page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..core.common.messages import RmsError, os_error_message
from ..i18n import tr_message
from .page_registry import replace_pages
from .pages.base import fmt

if TYPE_CHECKING:
    from .wizard import SetupWizard


def show_briefing(wizard: SetupWizard) -> None:
    """The scenario's briefing, the material handed out and the goals, in a message box."""
    scenario = wizard.facts.scenario
    if scenario is None:
        return
    language = wizard.facts.language
    text = scenario.briefing.get(language)
    if scenario.material:
        text += "\n\n" + QCoreApplication.translate("SetupWizard", "You are handed:")
        text += "".join(f"\n\u2022 {item.get(language)}" for item in scenario.material)
    text += "\n\n" + QCoreApplication.translate("SetupWizard", "Goals:")
    text += "".join(f"\n\u2022 {goal.get(language)}" for goal in scenario.goals)
    QMessageBox.information(
        wizard, QCoreApplication.translate("SetupWizard", "Your assignment"), text
    )


def confirm_reset(wizard: SetupWizard) -> bool:
    """Ask before the sandbox folder is replaced (True: reset it)."""
    answer = QMessageBox.question(
        wizard,
        QCoreApplication.translate("SetupWizard", "Reset scenario"),
        fmt(
            QCoreApplication.translate(
                "SetupWizard",
                "The sandbox folder %1 is deleted and replaced by a fresh copy of the "
                "scenario; the wizard starts again at the beginning. Deleted with it: the "
                "changes to the practice servers, the backups in the sandbox and the steps "
                "for the debrief. Debriefs exported to another folder are kept.\n\n"
                "Reset the scenario?",
            ),
            wizard.state.sandbox_folder,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _refuse_reset_while_working(wizard: SetupWizard) -> bool:
    """A job still running (apply, removal, recovery, rollout, backup...): no reset now, and
    the operator is told why. A worker whose job is over (its thread winding down) is no
    reason."""
    if not wizard.jobs.at_work():
        return False
    QMessageBox.information(
        wizard,
        QCoreApplication.translate("SetupWizard", "Reset scenario"),
        QCoreApplication.translate(
            "SetupWizard",
            "Setup is still at work in the sandbox. Wait until this step has ended (a "
            "rollout stops between servers with Stop), then reset the scenario.",
        ),
    )
    return True


def reset_scenario(wizard: SetupWizard) -> bool:
    """The "Reset scenario" button: after a confirmation, a fresh copy of the sandbox (its keyring
    entries removed, its drill armed again), a fresh state and fresh pages, and the wizard at
    the Welcome page with the briefing. Refused while Setup is at work. True when reset."""
    from ..training.sandbox import reset_sandbox
    from .sandbox_flow import forget_secrets, locate_deployment

    state = wizard.state
    folder = state.sandbox_folder
    if not state.sandbox or state.scenario is None or folder is None:
        return False
    if _refuse_reset_while_working(wizard) or not confirm_reset(wizard):
        return False
    # What work that has just ended still had to say goes to the old run, not the new one.
    QCoreApplication.sendPostedEvents()
    if _refuse_reset_while_working(wizard):
        return False
    wizard.log.line(f"sandbox reset: {folder} (scenario {state.scenario.id})")
    problem: str | None = None
    try:
        reset_sandbox(folder)
    except RmsError as exc:
        problem = tr_message(exc.message)
    except OSError as exc:
        problem = tr_message(os_error_message(exc))
    if problem is not None:
        wizard.log.line(f"sandbox reset: failed: {problem}")
        QMessageBox.warning(
            wizard,
            QCoreApplication.translate("SetupWizard", "Reset scenario"),
            fmt(
                QCoreApplication.translate("SetupWizard", "The sandbox could not be reset: %1"),
                problem,
            ),
        )
        return False
    forget_secrets(state, wizard.log)  # the fresh copy starts without a remembered password
    state.start_over()  # a new trail; the drill strikes again (the fresh copy never had it)
    locate_deployment(state)
    replace_pages(wizard)
    wizard.restart()
    wizard.log.line("sandbox reset: the scenario starts again")
    return True


__all__ = ["confirm_reset", "reset_scenario", "show_briefing"]
