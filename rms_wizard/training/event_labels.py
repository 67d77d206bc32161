"""The operator's recorded steps (:class:`~.events.EventKind`) as a trainer reads them, in the
report's language: the exported debrief lists "Backup made", "Reservekopie gemaakt"... -- never the
ids the trail stores (``backup-made``)."""

from __future__ import annotations

from ..core.common.events import EventKind
from ..core.common.messages import QT_TRANSLATE_NOOP, Message, msg, verbatim

_LABELS: dict[str, str] = {
    EventKind.DETECTED: QT_TRANSLATE_NOOP("core", "Install detected"),
    EventKind.BACKUP_MADE: QT_TRANSLATE_NOOP("core", "Backup made"),
    EventKind.BACKUP_VERIFIED: QT_TRANSLATE_NOOP("core", "Backup verified"),
    EventKind.BACKUP_FAILED: QT_TRANSLATE_NOOP("core", "Backup failed"),
    EventKind.PASSWORD_VERIFIED: QT_TRANSLATE_NOOP("core", "Password checked: it opens the key"),
    EventKind.PASSWORD_WRONG: QT_TRANSLATE_NOOP("core", "Wrong password entered"),
    EventKind.PASSWORD_STORED: QT_TRANSLATE_NOOP("core", "Password stored in the keyring"),
    EventKind.LOGGING_DB_BACKED_UP: QT_TRANSLATE_NOOP("core", "Logging database backed up"),
    EventKind.OS_UPDATES_INSTALLED: QT_TRANSLATE_NOOP("core", "Missing Windows updates installed"),
    EventKind.APPLY_STARTED: QT_TRANSLATE_NOOP("core", "Update started"),
    EventKind.APPLY_DONE: QT_TRANSLATE_NOOP("core", "Update done"),
    EventKind.APPLY_FAILED: QT_TRANSLATE_NOOP("core", "Update failed and rolled back"),
    EventKind.UNINSTALL_DONE: QT_TRANSLATE_NOOP("core", "SP1 removed"),
    EventKind.UNINSTALL_FAILED: QT_TRANSLATE_NOOP("core", "Removal failed and rolled back"),
    EventKind.REPAIR_DONE: QT_TRANSLATE_NOOP("core", "SP1 repaired"),
    EventKind.REPAIR_FAILED: QT_TRANSLATE_NOOP("core", "Repair failed and rolled back"),
    EventKind.RECOVERED: QT_TRANSLATE_NOOP("core", "Interrupted run recovered"),
    EventKind.CANCELLED: QT_TRANSLATE_NOOP("core", "Cancelled and rolled back"),
    EventKind.POWER_LOST: QT_TRANSLATE_NOOP("core", "Power lost during the work (drill)"),
    EventKind.NODE_DRAINED: QT_TRANSLATE_NOOP("core", "Server taken out of rotation"),
    EventKind.NODE_UPDATED: QT_TRANSLATE_NOOP("core", "Server updated"),
    EventKind.NODE_FAILED: QT_TRANSLATE_NOOP("core", "Server update failed"),
    EventKind.CLIENTS_UPDATED: QT_TRANSLATE_NOOP("core", "Clients updated to SP1"),
    EventKind.LANGUAGE_CHANGED: QT_TRANSLATE_NOOP("core", "Language changed"),
    EventKind.HINT_TAKEN: QT_TRANSLATE_NOOP("core", "Hint taken"),
    EventKind.TRAINEE_NAMED: QT_TRANSLATE_NOOP("core", "Trainee named"),
    EventKind.PAGE_SHOWN: QT_TRANSLATE_NOOP("core", "Page opened"),
}


#: The pages a sandbox run's trail names (``page-shown``: the page's object name without "Page"),
#: called by their titles, so the time per page reads in the trainee's language.
_PAGE_NAMES: dict[str, str] = {
    "detection": QT_TRANSLATE_NOOP("core", "Detecting the installation"),
    "preparation": QT_TRANSLATE_NOOP("core", "Preparation"),
    "password": QT_TRANSLATE_NOOP("core", "Private-key password"),
    "ready": QT_TRANSLATE_NOOP("core", "Ready to install"),
    "updating": QT_TRANSLATE_NOOP("core", "Updating"),
    "finished": QT_TRANSLATE_NOOP("core", "Completing the Setup Wizard"),
    "recovery": QT_TRANSLATE_NOOP("core", "Recover an interrupted run"),
    "maintenance": QT_TRANSLATE_NOOP("core", "Remove Service Pack 1"),
    "removeReady": QT_TRANSLATE_NOOP("core", "Ready to remove SP1"),
    "interop": QT_TRANSLATE_NOOP("core", "RMS 1.0 and SP1 together"),
    "cluster": QT_TRANSLATE_NOOP("core", "Rolling update of the clusters"),
    "clients": QT_TRANSLATE_NOOP("core", "Update the clients"),
    "debrief": QT_TRANSLATE_NOOP("core", "Debrief"),
}


def page_label(page: str) -> Message:
    """A page of the trail by its title (an unknown page, from a newer trail, as it is)."""
    text = _PAGE_NAMES.get(page)
    return msg(text) if text is not None else verbatim(page)


def event_label(kind: str) -> Message:
    """The step ``kind`` in words (an unknown kind, from a newer trail, as it is)."""
    text = _LABELS.get(kind)
    return msg(text) if text is not None else verbatim(kind)
