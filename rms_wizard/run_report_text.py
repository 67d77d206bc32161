"""The run report's texts, in the run's language: labels of the operation, the outcome, releases
and sizes.

Every text is marked ``QT_TRANSLATE_NOOP("report", ...)`` and translated through the installed
catalogue when the page is rendered; the core's enumerated values (plan actions, components, yes/no)
take their labels from :mod:`rms_wizard.core.install.labels`, so they read as in the wizard and the CLI.
Nothing here is escaped: the template does that.
"""

from __future__ import annotations

from datetime import datetime

from .core.common.messages import QT_TRANSLATE_NOOP, Message
from .core.install.labels import action_label, component_label, status_label, yes_no
from .core.install.models import ComponentId, FileAction, InstallState, InstallStatus
from .run_record import RunOperation, RunOutcome, RunRecord

CONTEXT = "report"


def tr(text: str, *args: object) -> str:
    """``text`` (already marked) in the current language, placeholders filled; not escaped."""
    from .i18n import translated

    return translated(CONTEXT, text, *args)


def message_text(message: Message) -> str:
    from .i18n import tr_message

    return tr_message(message)


def when(moment: datetime | None) -> str:
    if moment is None:
        return "–"
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z").strip()


def size_text(n: int) -> str:
    if n < 1024:
        return tr(QT_TRANSLATE_NOOP("report", "%1 bytes"), n)
    if n < 1024 * 1024:
        return tr(QT_TRANSLATE_NOOP("report", "%1 KB"), f"{n / 1024:.1f}")
    return tr(QT_TRANSLATE_NOOP("report", "%1 MB"), f"{n / (1024 * 1024):.1f}")


# Values the core enumerates read as core/install/labels.py labels them, as in the wizard and the CLI.
def yes_no_text(value: bool) -> str:
    return message_text(yes_no(value))


def action_name(action: FileAction) -> str:
    return message_text(action_label(action.value))


def component_name(component: ComponentId) -> str:
    return message_text(component_label(component.value))


def operation_title(operation: RunOperation) -> str:
    return {
        RunOperation.UPDATE: tr(QT_TRANSLATE_NOOP("report", "Update to RMS SP1")),
        RunOperation.UNINSTALL: tr(QT_TRANSLATE_NOOP("report", "Removal of RMS SP1")),
        RunOperation.PLAN: tr(QT_TRANSLATE_NOOP("report", "Update plan (nothing was changed)")),
        RunOperation.RECOVER: tr(QT_TRANSLATE_NOOP("report", "Recovery of an interrupted run")),
        RunOperation.REPAIR: tr(QT_TRANSLATE_NOOP("report", "Repair of RMS SP1")),
    }[operation]


def outcome_text(record: RunRecord) -> str:
    outcome = record.outcome
    if outcome is None:
        return tr(QT_TRANSLATE_NOOP("report", "The run did not finish."))
    if outcome is RunOutcome.DONE:
        if record.operation is RunOperation.UPDATE:
            return tr(
                QT_TRANSLATE_NOOP(
                    "report",
                    "SP1 is installed. A working installation needs no re-provisioning and no extra configuration.",
                )
            )
        if record.operation is RunOperation.UNINSTALL:
            return tr(
                QT_TRANSLATE_NOOP("report", "SP1 is removed: the server has its previous release.")
            )
        if record.operation is RunOperation.REPAIR:
            return tr(
                QT_TRANSLATE_NOOP(
                    "report", "SP1 is repaired: its missing or damaged files were reinstalled."
                )
            )
        if record.operation is RunOperation.RECOVER:
            return {
                "rolled-back": tr(
                    QT_TRANSLATE_NOOP(
                        "report",
                        "The interrupted run was rolled back: the install is as before it.",
                    )
                ),
                "completed": tr(QT_TRANSLATE_NOOP("report", "The interrupted run was completed.")),
            }.get(record.recovery or "", tr(QT_TRANSLATE_NOOP("report", "Nothing to recover.")))
        return tr(QT_TRANSLATE_NOOP("report", "The plan was made; nothing was changed."))
    return {
        RunOutcome.FAILED: tr(
            QT_TRANSLATE_NOOP(
                "report",
                "The run failed and every change was rolled back: the install is as before.",
            )
        ),
        RunOutcome.CANCELLED: tr(
            QT_TRANSLATE_NOOP("report", "The run was cancelled and every change was rolled back.")
        ),
        RunOutcome.REFUSED: tr(
            QT_TRANSLATE_NOOP("report", "The run was refused before it changed anything.")
        ),
        RunOutcome.INTERRUPTED: tr(
            QT_TRANSLATE_NOOP(
                "report",
                "An interrupted run was found on this server: run the recovery first. Nothing was changed.",
            )
        ),
        RunOutcome.NOT_ROLLED_BACK: tr(
            QT_TRANSLATE_NOOP(
                "report",
                "The run failed and could not be rolled back completely: the install is not as "
                "before. Run the recovery once the cause is lifted.",
            )
        ),
        RunOutcome.ERROR: tr(
            QT_TRANSLATE_NOOP(
                "report", "The run stopped on an unexpected error; the setup log has the details."
            )
        ),
    }[outcome]


def release_text(state: InstallState | None) -> str:
    if state is None:
        return "–"
    if state.status is InstallStatus.NONE:
        return message_text(status_label(state.status.value))
    if state.status is InstallStatus.INTERRUPTED:
        return tr(QT_TRANSLATE_NOOP("report", "interrupted run (%1)"), state.version or "?")
    if state.status is InstallStatus.INCONSISTENT:
        return tr(QT_TRANSLATE_NOOP("report", "inconsistent (%1)"), state.version or "?")
    return tr(QT_TRANSLATE_NOOP("report", "RMS %1"), state.version.value if state.version else "?")


def item_kind_text(kind: str) -> str:
    return {
        "config-db": tr(QT_TRANSLATE_NOOP("report", "configuration database")),
        "private-key": tr(QT_TRANSLATE_NOOP("report", "private key")),
        "logging-db": tr(QT_TRANSLATE_NOOP("report", "logging database")),
    }.get(kind, kind)
