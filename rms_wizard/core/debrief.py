"""The sandbox debrief: the operator's steps checked against the seed's recommendations.

The wizard records what the operator did as :class:`OperatorEvent` items (kinds in
:class:`EventKind`; a detail never holds a secret). At the end of a scenario
:func:`build_debrief` checks them, and the sandbox folder as it is now, against the seed:

* before updating: back up the configuration database and the private key (and verify the
  backup); have the private-key password; back up the logging database when past statistics
  matter; install the missing critical and security updates first;
* the update keeps what an admin changed (the files the plan keeps as modified are intact);
* a drill is handled: the failed update was rolled back, the interrupted one recovered, the wrong
  password noticed before anything was changed;
* clusters: root certification clusters first, then the licensing clusters sub-enrolled to them;
  a part of a cluster at a time (never every node of a cluster out of rotation).

Only the items that apply to the scenario are listed; the score is passed / applicable.
:mod:`.debrief_html` makes a small, self-contained HTML report of it for the trainer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from .messages import QT_TRANSLATE_NOOP, Message, RmsError, msg
from .models import InstallStatus, Release

if TYPE_CHECKING:
    from .sandbox import Scenario

Translate = Callable[[str, str, int], str]


class EventKind(StrEnum):
    """What the operator did. The wizard records these; the cluster executor's progress maps to
    the ``node-*`` ones (:meth:`~.cluster_exec.NodeProgress.to_event`)."""

    DETECTED = "detected"
    #: detail: ``folder``; ``logging_db`` "yes" when the logging database is in it.
    BACKUP_MADE = "backup-made"
    BACKUP_VERIFIED = "backup-verified"
    BACKUP_FAILED = "backup-failed"
    PASSWORD_VERIFIED = "password-verified"
    PASSWORD_WRONG = "password-wrong"
    PASSWORD_STORED = "password-stored"
    LOGGING_DB_BACKED_UP = "logging-db-backed-up"
    #: The missing critical and security updates were installed (a sandbox action).
    OS_UPDATES_INSTALLED = "os-updates-installed"
    APPLY_STARTED = "apply-started"
    APPLY_DONE = "apply-done"
    #: detail: ``reason``; the core rolled the update back.
    APPLY_FAILED = "apply-failed"
    #: detail: ``config_db`` "restored" or "kept".
    UNINSTALL_DONE = "uninstall-done"
    UNINSTALL_FAILED = "uninstall-failed"
    #: detail: ``files``, how many SP1 files the repair reinstalled.
    REPAIR_DONE = "repair-done"
    REPAIR_FAILED = "repair-failed"
    #: detail: ``outcome`` "rolled-back", "completed" or "nothing".
    RECOVERED = "recovered"
    CANCELLED = "cancelled"
    #: The drill's kill struck (found at the next start as an interrupted update).
    POWER_LOST = "power-lost"
    #: detail (every node-* kind): ``cluster``, ``node``, ``wave``; ``in_rotation`` "yes"/"no".
    NODE_DRAINED = "node-drained"
    NODE_UPDATED = "node-updated"
    NODE_FAILED = "node-failed"
    CLIENTS_UPDATED = "clients-updated"
    LANGUAGE_CHANGED = "language-changed"
    #: detail: ``goal``, ``hint`` (its number), ``page``, ``item`` (see :mod:`.hints`).
    HINT_TAKEN = "hint-taken"
    #: detail: ``trainee``, the name the trainee gave on the Welcome page.
    TRAINEE_NAMED = "trainee-named"
    #: detail: ``page`` (a page's object name without ``Page``); the sandbox bar records it.
    PAGE_SHOWN = "page-shown"


class OperatorEvent(BaseModel):
    """One recorded action: what (an :class:`EventKind` value), when, and a technical detail."""

    model_config = ConfigDict(frozen=True)

    kind: str
    at: datetime
    detail: dict[str, str] = {}


class DebriefItem(BaseModel):
    """One checklist line: a recommendation, whether the operator followed it, and why."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: Message
    passed: bool
    explanation: Message


class Debrief(BaseModel):
    """The checklist of a finished scenario (only the items that apply to it)."""

    scenario_id: str
    items: list[DebriefItem]
    #: Per item id: the fraction of its weight the hints taken for it cost (:mod:`.hints`).
    deductions: dict[str, float] = {}

    @property
    def passed_count(self) -> int:
        return sum(1 for item in self.items if item.passed)

    @property
    def applicable_count(self) -> int:
        return len(self.items)

    @property
    def score(self) -> float:
        """Passed / applicable, less what the hints cost, from 0.0 to 1.0 (1.0 when nothing
        applies)."""
        earned = sum(1 - self.deductions.get(item.id, 0.0) for item in self.items if item.passed)
        return earned / self.applicable_count if self.items else 1.0

    @property
    def percent(self) -> int:
        return round(self.score * 100)

    def item(self, item_id: str) -> DebriefItem | None:
        return next((item for item in self.items if item.id == item_id), None)


# --- the operator's trail ------------------------------------------------------------------------

_CHANGES = frozenset(
    {
        EventKind.APPLY_STARTED,
        EventKind.APPLY_DONE,
        EventKind.APPLY_FAILED,
        EventKind.POWER_LOST,
        EventKind.UNINSTALL_DONE,
        EventKind.UNINSTALL_FAILED,
        EventKind.REPAIR_DONE,
        EventKind.REPAIR_FAILED,
        EventKind.NODE_DRAINED,
        EventKind.NODE_UPDATED,
        EventKind.NODE_FAILED,
    }
)


class _Trail:
    def __init__(self, events: Sequence[OperatorEvent]) -> None:
        # Recorded order, with the time as the tie-breaker for lists merged from several sources.
        self.events = sorted(events, key=lambda e: e.at)

    def first(
        self, *kinds: str, where: Callable[[OperatorEvent], bool] | None = None
    ) -> int | None:
        for index, event in enumerate(self.events):
            if event.kind in kinds and (where is None or where(event)):
                return index
        return None

    def has(self, *kinds: str) -> bool:
        return self.first(*kinds) is not None

    def first_change(self) -> int | None:
        return self.first(*_CHANGES)

    def before_change(self, index: int | None) -> bool:
        """Was the event at ``index`` recorded before anything was changed (or nothing was)?"""
        change = self.first_change()
        return index is not None and (change is None or index < change)


def _item(item_id: str, title: str, passed: bool, explanation: Message) -> DebriefItem:
    return DebriefItem(id=item_id, title=msg(title), passed=passed, explanation=explanation)


# --- the checks ----------------------------------------------------------------------------------


def _is_update(scenario: Scenario) -> bool:
    if scenario.deployment is not None:
        return any(
            node.release is Release.V1
            for cluster in scenario.deployment.clusters
            for node in cluster.nodes
        )
    return scenario.server is not None and scenario.server.release is Release.V1


def _backup_items(scenario: Scenario, trail: _Trail) -> list[DebriefItem]:
    items: list[DebriefItem] = []
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
    items.append(
        _item(
            "backup",
            QT_TRANSLATE_NOOP(
                "core", "Backed up the configuration database and the private key first"
            ),
            trail.before_change(made),
            explanation,
        )
    )
    # The cluster executor's apply refuses a backup it cannot verify, so an updated node counts.
    if scenario.deployment is None:
        ok = trail.before_change(trail.first(EventKind.BACKUP_VERIFIED))
    else:
        ok = trail.has(EventKind.BACKUP_VERIFIED, EventKind.NODE_UPDATED)
    items.append(
        _item(
            "backup-verified",
            QT_TRANSLATE_NOOP("core", "Verified the backup"),
            ok,
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The backup was checked: every file is whole and the backed-up key opens "
                    "with the password.",
                )
            )
            if ok
            else msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The backup was not verified before the update. A backup that cannot be "
                    "restored is no backup: check it while the server is still unchanged.",
                )
            ),
        )
    )
    if scenario.keep_statistics:
        logging = trail.first(
            EventKind.LOGGING_DB_BACKED_UP,
            EventKind.BACKUP_MADE,
            where=lambda e: (
                e.kind == EventKind.LOGGING_DB_BACKED_UP or e.detail.get("logging_db") == "yes"
            ),
        )
        ok = trail.before_change(logging)
        items.append(
            _item(
                "logging-db",
                QT_TRANSLATE_NOOP("core", "Backed up the logging database (statistics matter)"),
                ok,
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The logging database was backed up, so the past statistics survive SP1's "
                        "new logging database.",
                    )
                )
                if ok
                else msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "In this scenario the past statistics must be kept, but the logging "
                        "database was not backed up before the update: SP1 recreates it empty.",
                    )
                ),
            )
        )
    return items


def _password_item(trail: _Trail) -> DebriefItem:
    # make_backup opens the live key with the password before it writes anything.
    verified = trail.first(EventKind.PASSWORD_VERIFIED, EventKind.BACKUP_MADE)
    ok = trail.before_change(verified)
    return _item(
        "password",
        QT_TRANSLATE_NOOP("core", "Made sure of the private-key password"),
        ok,
        msg(
            QT_TRANSLATE_NOOP(
                "core", "The password was checked against the private key before the change."
            )
        )
        if ok
        else msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The private-key password was not checked before the change. Without it the "
                "backed-up key cannot be used.",
            )
        ),
    )


def _os_updates_item(trail: _Trail) -> DebriefItem:
    ok = trail.before_change(trail.first(EventKind.OS_UPDATES_INSTALLED))
    return _item(
        "os-updates",
        QT_TRANSLATE_NOOP("core", "Installed the missing critical and security updates first"),
        ok,
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The operating system was brought up to date before RMS was updated.",
            )
        )
        if ok
        else msg(
            QT_TRANSLATE_NOOP(
                "core",
                "Critical and security updates were missing and were not installed before the "
                "update. Install them first, on servers and on clients.",
            )
        ),
    )


def _user_changes_item(scenario: Scenario, folder: Path) -> DebriefItem | None:
    from .cluster_sandbox import scenario_servers
    from .detect import detect_install

    changed = [
        (relative, spec, change)
        for relative, spec in scenario_servers(scenario)
        for change in spec.modified_files
    ]
    if not changed:
        return None
    lost: list[str] = []
    for relative, _spec, change in changed:
        root = folder.joinpath(*relative.split("/"))
        try:
            state = detect_install(root)
            install = Path(state.install_dir) if state.install_dir else None
            data = install.joinpath(*change.path.split("/")).read_bytes() if install else b""
        except (RmsError, OSError):
            data = b""
        if change.append.replace("\n", "\r\n").encode("utf-8") not in data:
            lost.append(change.path)
    paths = ", ".join(sorted({change.path for _r, _s, change in changed}))
    return _item(
        "user-changes",
        QT_TRANSLATE_NOOP("core", "Left the admin's changes alone"),
        not lost,
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The admin's change to %1 is still there: the update kept the modified file.",
            ),
            paths,
        )
        if not lost
        else msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The admin's change to %1 is gone. Files changed on the server must be kept; "
                "review them after the update instead.",
            ),
            ", ".join(lost),
        ),
    )


def _known_state(folder: Path) -> tuple[bool, Release | None, Message | None]:
    """(is the install at ``folder`` exactly a known state, which, why not)."""
    from .detect import detect_install
    from .verify import verify_state

    try:
        state = detect_install(folder)
        result = verify_state(state)
    except RmsError as exc:
        return False, None, exc.message
    if state.status is InstallStatus.NONE:
        return True, None, None
    if not result.ok:
        return False, None, result.differences[0] if result.differences else None
    return True, result.state, None


def _drill_item(scenario: Scenario, trail: _Trail, folder: Path) -> DebriefItem | None:
    drill = scenario.drill
    if drill is None:
        return None
    title = QT_TRANSLATE_NOOP("core", "Handled the drill")
    if drill.hint_password is not None:
        first_ok = trail.first(EventKind.PASSWORD_VERIFIED)
        made = trail.first(EventKind.BACKUP_MADE, *_CHANGES)
        ok = first_ok is not None and (made is None or first_ok < made)
        return _item(
            "drill",
            title,
            ok,
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The password you were handed was wrong on purpose. You noticed before "
                    "anything was changed and went on with the right one.",
                )
            )
            if ok
            else msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The password you were handed was wrong on purpose, and the right one was "
                    "not checked before going on. Stop when the key does not open and ask its "
                    "custodian.",
                )
            ),
        )
    kind = (drill.fault or "").partition("-at-step")[0]
    known, _release, why = _known_state(folder)
    if kind == "kill":
        recovered = trail.has(EventKind.RECOVERED)
        ok = recovered and known
        explanation = (
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The update was interrupted on purpose. At the next start the interrupted "
                    "update was recovered and the server is in a known state again.",
                )
            )
            if ok
            else msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The update was interrupted on purpose, but it was not recovered: an "
                    "interrupted update must be rolled back or completed before anything else.",
                )
            )
        )
    else:
        failed = trail.has(EventKind.APPLY_FAILED)
        ok = failed and known
        explanation = (
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The update failed on purpose and every change was rolled back: the server "
                    "is in a known state.",
                )
            )
            if ok
            else msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The drill's failure was not seen through: run the update until it fails, "
                    "and check that the rollback left the server in a known state.",
                )
            )
        )
    if not known and why is not None:
        explanation = msg(QT_TRANSLATE_NOOP("core", "%1 Found: %2"), explanation, why)
    return _item("drill", title, ok, explanation)


def _restore_item(trail: _Trail) -> DebriefItem:
    index = trail.first(
        EventKind.UNINSTALL_DONE, where=lambda e: e.detail.get("config_db") == "restored"
    )
    ok = index is not None
    return _item(
        "config-restored",
        QT_TRANSLATE_NOOP("core", "Restored the configuration database made before SP1"),
        ok,
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "Restoring the backup made before SP1 undid every SP1 change completely.",
            )
        )
        if ok
        else msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The SP1 configuration database was kept. RMS 1.0 ignores its extra fields, but "
                "with a backup from before SP1 at hand, restoring it undoes every SP1 change.",
            )
        ),
    )


def _cluster_items(scenario: Scenario, trail: _Trail) -> list[DebriefItem]:
    deployment = scenario.deployment
    assert deployment is not None
    items: list[DebriefItem] = []
    clusters = {cluster.id: cluster for cluster in deployment.clusters}
    node_events = [
        e
        for e in trail.events
        if e.kind in (EventKind.NODE_DRAINED, EventKind.NODE_UPDATED, EventKind.NODE_FAILED)
    ]
    licensing = [c for c in deployment.clusters if c.parent is not None]
    if licensing:
        pending = {
            c.id: {n.name for n in c.nodes if n.release is Release.V1} for c in deployment.clusters
        }
        started: set[str] = set()
        wrong: list[str] = []
        for event in node_events:
            cluster_id = event.detail.get("cluster", "")
            cluster = clusters.get(cluster_id)
            if cluster is None:
                continue
            if cluster_id not in started:
                started.add(cluster_id)
                if cluster.parent is not None and pending.get(cluster.parent):
                    wrong.append(cluster_id)
            if event.kind == EventKind.NODE_UPDATED:
                pending[cluster_id].discard(event.detail.get("node", ""))
        reached = any(c.id in started for c in licensing)
        ok = reached and not wrong
        if wrong:
            explanation = msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Cluster %1 was started before its root certification cluster was done. "
                    "Update the root certification clusters first.",
                ),
                ", ".join(wrong),
            )
        elif not reached:
            explanation = msg(
                QT_TRANSLATE_NOOP(
                    "core", "The licensing clusters were not reached: the rollout is not finished."
                )
            )
        else:
            explanation = msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The root certification clusters were done before the licensing clusters "
                    "sub-enrolled to them.",
                )
            )
        items.append(
            _item(
                "root-first",
                QT_TRANSLATE_NOOP("core", "Root certification clusters first"),
                ok,
                explanation,
            )
        )
    if any(len(c.nodes) > 1 for c in deployment.clusters):
        out: dict[str, set[str]] = {
            c.id: {n.name for n in c.nodes if not n.in_rotation} for c in deployment.clusters
        }
        emptied: list[str] = []
        drained_any = False
        for event in node_events:
            cluster_id, node = event.detail.get("cluster", ""), event.detail.get("node", "")
            cluster = clusters.get(cluster_id)
            if cluster is None:
                continue
            if event.kind == EventKind.NODE_DRAINED:
                drained_any = True
                out[cluster_id].add(node)
                if len(cluster.nodes) > 1 and len(out[cluster_id]) >= len(cluster.nodes):
                    emptied.append(cluster_id)
            elif event.detail.get("in_rotation", "yes") == "yes":
                out[cluster_id].discard(node)
        ok = drained_any and not emptied
        if emptied:
            explanation = msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Every node of cluster %1 was out of rotation at the same time: the cluster "
                    "served nobody. Update a part of a cluster at a time.",
                ),
                ", ".join(sorted(set(emptied))),
            )
        elif not drained_any:
            explanation = msg(
                QT_TRANSLATE_NOOP("core", "No node was updated: the rollout did not start.")
            )
        else:
            explanation = msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Each cluster kept serving: only a part of it was out of rotation at a time.",
                )
            )
        items.append(
            _item(
                "part-of-cluster",
                QT_TRANSLATE_NOOP("core", "A part of a cluster at a time"),
                ok,
                explanation,
            )
        )
    return items


def _final_item(scenario: Scenario, folder: Path) -> DebriefItem | None:
    from .cluster_sandbox import scenario_servers

    servers = scenario_servers(scenario)
    if not servers:
        return None
    if scenario.deployment is None:
        start = servers[0][1].release
        target = Release.V1 if start is Release.SP1 else Release.SP1
    else:
        target = Release.SP1
    behind: list[str] = []
    reason: Message | None = None
    for relative, spec in servers:
        known, release, why = _known_state(folder.joinpath(*relative.split("/")))
        if not known or release is not target:
            behind.append(spec.name)
            reason = reason or why
    ok = not behind
    if ok:
        explanation = msg(
            QT_TRANSLATE_NOOP("core", "Every server ends exactly at RMS %1, verified."),
            target.value,
        )
    else:
        explanation = msg(
            QT_TRANSLATE_NOOP("core", "Not exactly at RMS %1 at the end: %2."),
            target.value,
            ", ".join(behind),
        )
        if reason is not None:
            explanation = msg(QT_TRANSLATE_NOOP("core", "%1 Found: %2"), explanation, reason)
    return _item(
        "final-state", QT_TRANSLATE_NOOP("core", "Reached the scenario's goal"), ok, explanation
    )


def _clients_item(scenario: Scenario, trail: _Trail, folder: Path) -> DebriefItem | None:
    """A single server with clients (``mixed-clients``): the 1.0 clients get the SP1 client."""
    if scenario.deployment is not None or not any(c.version == "1.0" for c in scenario.clients):
        return None
    from .cluster_sandbox import topology_file
    from .topology import load_topology

    path = topology_file(scenario, folder)
    try:
        left = [c.name for c in load_topology(path).clients if c.version == "1.0"] if path else []
    except RmsError:
        left = [c.name for c in scenario.clients if c.version == "1.0"]
    ok = not left
    return _item(
        "clients",
        QT_TRANSLATE_NOOP("core", "Updated the remaining 1.0 clients"),
        ok,
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "Every RMS client runs SP1: all clients are self-activating and none needs to "
                "contact Microsoft over the internet to activate.",
            )
        )
        if ok
        else msg(
            QT_TRANSLATE_NOOP(
                "core",
                "These computers still run RMS client 1.0 and activate over the internet: %1.",
            ),
            ", ".join(left),
        ),
    )


def build_debrief(scenario: Scenario, events: Sequence[OperatorEvent], folder: Path) -> Debrief:
    """Check the operator's ``events`` and the sandbox ``folder`` against the seed's advice."""
    trail = _Trail(events)
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
    optional = [_user_changes_item(scenario, folder), _drill_item(scenario, trail, folder)]
    items.extend(item for item in optional if item is not None)
    if scenario.deployment is not None:
        items.extend(_cluster_items(scenario, trail))
    for item in (_clients_item(scenario, trail, folder), _final_item(scenario, folder)):
        if item is not None:
            items.append(item)
    from .hints import hint_deductions  # it reads this module's events

    deductions = hint_deductions(events, [item.id for item in items])
    return Debrief(scenario_id=scenario.id, items=items, deductions=deductions)
