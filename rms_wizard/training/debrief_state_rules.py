"""The debrief's rules that read the sandbox folder as the run left it: the admin's changes kept,
the drill seen through, the scenario's goal reached, the remaining 1.0 clients updated."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.common.events import EventKind
from ..core.common.messages import QT_TRANSLATE_NOOP, Message, RmsError, msg
from ..core.install.models import InstallStatus, Release
from .debrief import CHANGES, DebriefItem, Trail, checklist_item

if TYPE_CHECKING:
    from .scenario_model import Scenario


def user_changes_item(scenario: Scenario, folder: Path) -> DebriefItem | None:
    from ..core.engine.detect import detect_install
    from .cluster_sandbox import scenario_servers

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
    return checklist_item(
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
    from ..core.engine.detect import detect_install
    from ..core.engine.verify import verify_state

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


#: How a fault drill is seen through: the event that shows it, then what the explanation says when
#: it was, and when it was not (a disk-full drill ends as a failure does).
_FAULT_DRILLS: dict[str, tuple[EventKind, str, str]] = {
    "kill": (
        EventKind.RECOVERED,
        QT_TRANSLATE_NOOP(
            "core",
            "The update was interrupted on purpose. At the next start the interrupted "
            "update was recovered and the server is in a known state again.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "The update was interrupted on purpose, but it was not recovered: an "
            "interrupted update must be rolled back or completed before anything else.",
        ),
    ),
    "fail": (
        EventKind.APPLY_FAILED,
        QT_TRANSLATE_NOOP(
            "core",
            "The update failed on purpose and every change was rolled back: the server "
            "is in a known state.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "The drill's failure was not seen through: run the update until it fails, "
            "and check that the rollback left the server in a known state.",
        ),
    ),
}


def drill_item(scenario: Scenario, trail: Trail, folder: Path) -> DebriefItem | None:
    drill = scenario.drill
    if drill is None:
        return None
    title = QT_TRANSLATE_NOOP("core", "Handled the drill")
    if drill.hint_password is not None:
        first_ok = trail.first(EventKind.PASSWORD_VERIFIED)
        made = trail.first(EventKind.BACKUP_MADE, *CHANGES)
        ok = first_ok is not None and (made is None or first_ok < made)
        return checklist_item(
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
    seen, passed, failed = _FAULT_DRILLS["kill" if kind == "kill" else "fail"]
    ok = trail.has(seen) and known
    explanation = msg(passed if ok else failed)
    if not known and why is not None:
        explanation = msg(QT_TRANSLATE_NOOP("core", "%1 Found: %2"), explanation, why)
    return checklist_item("drill", title, ok, explanation)


def final_item(scenario: Scenario, folder: Path) -> DebriefItem | None:
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
    return checklist_item(
        "final-state", QT_TRANSLATE_NOOP("core", "Reached the scenario's goal"), ok, explanation
    )


def clients_item(scenario: Scenario, trail: Trail, folder: Path) -> DebriefItem | None:
    """A single server with clients (``mixed-clients``): the 1.0 clients get the SP1 client."""
    if scenario.deployment is not None or not any(c.version == "1.0" for c in scenario.clients):
        return None
    from ..core.fleet.topology import load_topology
    from .cluster_sandbox import topology_file

    path = topology_file(scenario, folder)
    try:
        left = [c.name for c in load_topology(path).clients if c.version == "1.0"] if path else []
    except RmsError:
        left = [c.name for c in scenario.clients if c.version == "1.0"]
    ok = not left
    return checklist_item(
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
