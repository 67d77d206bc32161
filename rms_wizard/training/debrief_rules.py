"""The debrief's checklist: :func:`build_debrief` picks the items that apply to a scenario; the rules
of the preparation are here (the backup and its check, the password, the OS updates, the restored
configuration database), the others in :mod:`.debrief_state_rules` and :mod:`.debrief_cluster_rules`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.common.events import EventKind, OperatorEvent
from ..core.common.messages import QT_TRANSLATE_NOOP, msg
from ..core.install.models import Release
from .debrief import Debrief, DebriefItem, Trail, checklist_item
from .debrief_cluster_rules import cluster_items
from .debrief_state_rules import clients_item, drill_item, final_item, user_changes_item
from .hints import hint_deductions

if TYPE_CHECKING:
    from .scenario_model import Scenario


#: The preparation's items that pass or fail on one condition: each one's title, then what its
#: explanation says when it passed, and when it did not.
_VERDICTS: dict[str, tuple[str, str, str]] = {
    "backup-verified": (
        QT_TRANSLATE_NOOP("core", "Verified the backup"),
        QT_TRANSLATE_NOOP(
            "core",
            "The backup was checked: every file is whole and the backed-up key opens "
            "with the password.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "The backup was not verified before the update. A backup that cannot be "
            "restored is no backup: check it while the server is still unchanged.",
        ),
    ),
    "logging-db": (
        QT_TRANSLATE_NOOP("core", "Backed up the logging database (statistics matter)"),
        QT_TRANSLATE_NOOP(
            "core",
            "The logging database was backed up, so the past statistics survive SP1's "
            "new logging database.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "In this scenario the past statistics must be kept, but the logging "
            "database was not backed up before the update: SP1 recreates it empty.",
        ),
    ),
    "password": (
        QT_TRANSLATE_NOOP("core", "Made sure of the private-key password"),
        QT_TRANSLATE_NOOP(
            "core", "The password was checked against the private key before the change."
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "The private-key password was not checked before the change. Without it the "
            "backed-up key cannot be used.",
        ),
    ),
    "os-updates": (
        QT_TRANSLATE_NOOP("core", "Installed the missing critical and security updates first"),
        QT_TRANSLATE_NOOP(
            "core",
            "The operating system was brought up to date before RMS was updated.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Critical and security updates were missing and were not installed before the "
            "update. Install them first, on servers and on clients.",
        ),
    ),
    "config-restored": (
        QT_TRANSLATE_NOOP("core", "Restored the configuration database made before SP1"),
        QT_TRANSLATE_NOOP(
            "core",
            "Restoring the backup made before SP1 undid every SP1 change completely.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "The SP1 configuration database was kept. RMS 1.0 ignores its extra fields, but "
            "with a backup from before SP1 at hand, restoring it undoes every SP1 change.",
        ),
    ),
}


def _verdict(item_id: str, ok: bool) -> DebriefItem:
    title, passed, failed = _VERDICTS[item_id]
    return checklist_item(item_id, title, ok, msg(passed if ok else failed))


def _is_update(scenario: Scenario) -> bool:
    if scenario.deployment is not None:
        return any(
            node.release is Release.V1
            for cluster in scenario.deployment.clusters
            for node in cluster.nodes
        )
    return scenario.server is not None and scenario.server.release is Release.V1


def _backup_items(scenario: Scenario, trail: Trail) -> list[DebriefItem]:
    items = [_backup_item(trail), _backup_verified_item(scenario, trail)]
    if scenario.keep_statistics:
        items.append(_logging_db_item(trail))
    return items


def _backup_item(trail: Trail) -> DebriefItem:
    made = trail.first(EventKind.BACKUP_MADE)
    if trail.before_change(made):
        explanation = msg(
            QT_TRANSLATE_NOOP(
                "core",
                "You backed up the configuration database and the private key before anything "
                "changed: with that backup the server can always go back to where it was.",
            )
        )
    elif made is not None:
        explanation = msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The backup was made only after the update had started. Back up first: a backup "
                "made during the change may already hold half of it.",
            )
        )
    else:
        explanation = msg(
            QT_TRANSLATE_NOOP(
                "core",
                "No backup was made. Back up the configuration database and the server's private "
                "key before every update.",
            )
        )
    return checklist_item(
        "backup",
        QT_TRANSLATE_NOOP("core", "Backed up the configuration database and the private key first"),
        trail.before_change(made),
        explanation,
    )


def _backup_verified_item(scenario: Scenario, trail: Trail) -> DebriefItem:
    # The cluster executor's apply refuses a backup it cannot verify, so an updated node counts.
    if scenario.deployment is None:
        ok = trail.before_change(trail.first(EventKind.BACKUP_VERIFIED))
    else:
        ok = trail.has(EventKind.BACKUP_VERIFIED, EventKind.NODE_UPDATED)
    return _verdict("backup-verified", ok)


def _logging_db_item(trail: Trail) -> DebriefItem:
    logging = trail.first(
        EventKind.LOGGING_DB_BACKED_UP,
        EventKind.BACKUP_MADE,
        where=lambda e: (
            e.kind == EventKind.LOGGING_DB_BACKED_UP or e.detail.get("logging_db") == "yes"
        ),
    )
    ok = trail.before_change(logging)
    return _verdict("logging-db", ok)


def _password_item(trail: Trail) -> DebriefItem:
    # make_backup opens the live key with the password before it writes anything.
    verified = trail.first(EventKind.PASSWORD_VERIFIED, EventKind.BACKUP_MADE)
    ok = trail.before_change(verified)
    return _verdict("password", ok)


def _os_updates_item(trail: Trail) -> DebriefItem:
    ok = trail.before_change(trail.first(EventKind.OS_UPDATES_INSTALLED))
    return _verdict("os-updates", ok)


def _restore_item(trail: Trail) -> DebriefItem:
    index = trail.first(
        EventKind.UNINSTALL_DONE, where=lambda e: e.detail.get("config_db") == "restored"
    )
    ok = index is not None
    return _verdict("config-restored", ok)


def build_debrief(scenario: Scenario, events: Sequence[OperatorEvent], folder: Path) -> Debrief:
    """Check the operator's ``events`` and the sandbox ``folder`` against the seed's advice."""
    trail = Trail(events)
    items: list[DebriefItem] = []
    servers_have_key = scenario.deployment is not None or (
        scenario.server is not None and scenario.server.release is not None
    )
    if _is_update(scenario):
        items.extend(_backup_items(scenario, trail))
    removal = scenario.server is not None and scenario.server.release is Release.SP1
    # Keeping the SP1 configuration database asks for no password: it is not scored then.
    removals = [
        e.detail.get("config_db") for e in trail.events if e.kind == EventKind.UNINSTALL_DONE
    ]
    kept = bool(removals) and all(choice == "kept" for choice in removals)
    asks_password = _is_update(scenario) or (removal and not kept) or scenario.drill is not None
    if servers_have_key and asks_password:
        items.append(_password_item(trail))
    if removal:
        items.append(_restore_item(trail))
    if scenario.server is not None and scenario.server.pending_os_updates:
        items.append(_os_updates_item(trail))
    optional = [user_changes_item(scenario, folder), drill_item(scenario, trail, folder)]
    items.extend(item for item in optional if item is not None)
    if scenario.deployment is not None:
        items.extend(cluster_items(scenario, trail))
    for item in (clients_item(scenario, trail, folder), final_item(scenario, folder)):
        if item is not None:
            items.append(item)
    deductions = hint_deductions(events, [item.id for item in items])
    return Debrief(scenario_id=scenario.id, items=items, deductions=deductions)
