"""The debrief: the operator's steps and the sandbox's end state against the seed's advice."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rms_wizard.core.common.events import EventKind, OperatorEvent
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.backup import make_backup
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.uninstall import uninstall_sp1
from rms_wizard.core.fleet.cluster_exec import run_rollout
from rms_wizard.core.fleet.rollout_result import NodeProgress
from rms_wizard.training.cluster_sandbox import install_pending_os_updates, update_sandbox_clients
from rms_wizard.training.debrief import Debrief
from rms_wizard.training.debrief_html import render_debrief_html, write_debrief_html
from rms_wizard.training.debrief_rules import build_debrief
from rms_wizard.training.sandbox import create_sandbox
from rms_wizard.training.scenario_model import LocalText, Scenario

_clock = itertools.count()
START = datetime(2006, 6, 1, 9, 0, tzinfo=UTC)


def ev(kind: str, **detail: str) -> OperatorEvent:
    return OperatorEvent(kind=kind, at=START + timedelta(seconds=next(_clock)), detail=detail)


def passed(debrief: Debrief) -> dict[str, bool]:
    return {item.id: item.passed for item in debrief.items}


def _update(folder: Path, scenario: Scenario, *, logging: bool = False) -> None:
    backup = folder.parent / "backup"
    make_backup(
        detect_install(folder), backup, include_logging_db=logging, password=scenario.password()
    )
    apply_update(folder, backup_dir=backup, password=scenario.password(), faults=FaultPlan(None))


def test_a_careful_everyday_update_scores_full_marks(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    scenario = create_sandbox("single-server-v1", folder)
    _update(folder, scenario)
    events = [
        ev(EventKind.DETECTED),
        ev(EventKind.PASSWORD_VERIFIED),
        ev(EventKind.BACKUP_MADE, folder="backup"),
        ev(EventKind.BACKUP_VERIFIED),
        ev(EventKind.APPLY_STARTED),
        ev(EventKind.APPLY_DONE),
    ]
    debrief = build_debrief(scenario, events, folder)
    assert passed(debrief) == {
        "backup": True,
        "backup-verified": True,
        "password": True,
        "final-state": True,
    }
    assert debrief.score == 1.0 and debrief.percent == 100


def test_nothing_done_scores_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    scenario = create_sandbox("single-server-v1", folder)
    debrief = build_debrief(scenario, [], folder)
    assert not any(passed(debrief).values())
    assert (debrief.passed_count, debrief.applicable_count) == (0, 4)
    assert "No backup was made" in str(debrief.item("backup").explanation)  # type: ignore[union-attr]


def test_a_backup_after_the_change_does_not_count(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    scenario = create_sandbox("single-server-v1", folder)
    events = [ev(EventKind.APPLY_STARTED), ev(EventKind.BACKUP_MADE), ev(EventKind.BACKUP_VERIFIED)]
    debrief = build_debrief(scenario, events, folder)
    assert passed(debrief)["backup"] is False
    assert passed(debrief)["backup-verified"] is False
    assert "only after" in str(debrief.item("backup").explanation)  # type: ignore[union-attr]


def test_statistics_and_the_admin_s_changes(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    scenario = create_sandbox("user-modified-config", folder)
    assert scenario.keep_statistics
    _update(folder, scenario)
    plain = [ev(EventKind.PASSWORD_VERIFIED), ev(EventKind.BACKUP_MADE, logging_db="no")]
    debrief = build_debrief(scenario, plain, folder)
    assert passed(debrief)["logging-db"] is False
    assert passed(debrief)["user-changes"] is True
    with_logging = [ev(EventKind.BACKUP_MADE, logging_db="yes"), ev(EventKind.APPLY_DONE)]
    assert passed(build_debrief(scenario, with_logging, folder))["logging-db"] is True

    config = next(folder.rglob("_wmcs/web.config"))
    config.write_bytes(b"<configuration/>\r\n")  # someone "cleaned it up"
    lost = build_debrief(scenario, with_logging, folder).item("user-changes")
    assert lost is not None and not lost.passed
    assert "_wmcs/web.config" in str(lost.explanation)


def test_disk_full_drill_passes_when_the_failure_was_seen_through(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    scenario = create_sandbox("disk-full", folder)
    assert passed(build_debrief(scenario, [], folder))["drill"] is False
    events = [ev(EventKind.BACKUP_MADE), ev(EventKind.APPLY_STARTED), ev(EventKind.APPLY_FAILED)]
    debrief = build_debrief(scenario, events, folder)
    assert passed(debrief)["drill"] is True
    assert passed(debrief)["final-state"] is False  # rolled back to 1.0; the retry is still due


def test_power_loss_drill_needs_the_recovery(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    scenario = create_sandbox("power-loss", folder)
    lost = [ev(EventKind.APPLY_STARTED), ev(EventKind.POWER_LOST)]
    assert passed(build_debrief(scenario, lost, folder))["drill"] is False
    recovered = [*lost, ev(EventKind.RECOVERED, outcome="rolled-back")]
    assert passed(build_debrief(scenario, recovered, folder))["drill"] is True


def test_wrong_password_drill(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    scenario = create_sandbox("wrong-password", folder)
    careful = [
        ev(EventKind.PASSWORD_WRONG),
        ev(EventKind.PASSWORD_VERIFIED),
        ev(EventKind.BACKUP_MADE),
    ]
    assert passed(build_debrief(scenario, careful, folder))["drill"] is True
    careless = [ev(EventKind.PASSWORD_WRONG), ev(EventKind.BACKUP_MADE)]
    assert passed(build_debrief(scenario, careless, folder))["drill"] is False


def test_restoring_the_pre_sp1_backup(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    scenario = create_sandbox("already-sp1", folder)
    uninstall_sp1(
        folder, restore_config_db=folder / "backups" / "pre-sp1", password=scenario.password()
    )
    kept = build_debrief(scenario, [ev(EventKind.UNINSTALL_DONE, config_db="kept")], folder)
    # Keeping the SP1 database asks for no password: the password is not scored (issue 14, 15).
    assert passed(kept) == {"config-restored": False, "final-state": True}
    restored = [ev(EventKind.PASSWORD_VERIFIED), ev(EventKind.UNINSTALL_DONE, config_db="restored")]
    assert all(passed(build_debrief(scenario, restored, folder)).values())


def test_os_updates_and_clients(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    scenario = create_sandbox("pending-os-updates", folder)
    assert (
        passed(build_debrief(scenario, [ev(EventKind.APPLY_STARTED)], folder))["os-updates"]
        is False
    )
    install_pending_os_updates(folder)
    events = [ev(EventKind.OS_UPDATES_INSTALLED), ev(EventKind.APPLY_STARTED)]
    assert passed(build_debrief(scenario, events, folder))["os-updates"] is True

    mixed = tmp_path / "m"
    scenario = create_sandbox("mixed-clients", mixed)
    assert passed(build_debrief(scenario, [], mixed))["clients"] is False
    update_sandbox_clients(mixed / "topology.json")
    assert passed(build_debrief(scenario, [ev(EventKind.CLIENTS_UPDATED)], mixed))["clients"]


def test_cluster_rollout_by_the_executor_passes_the_cluster_items(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    scenario = create_sandbox("cluster", folder)
    node_wrong_order = [
        ev(EventKind.BACKUP_MADE, cluster="contoso-lic", node="CON-LIC-01"),
        ev(EventKind.NODE_DRAINED, cluster="contoso-lic", node="CON-LIC-01"),
        ev(EventKind.NODE_DRAINED, cluster="contoso-root", node="CON-RC-01"),
        ev(EventKind.NODE_DRAINED, cluster="contoso-root", node="CON-RC-02"),
    ]
    wrong = build_debrief(scenario, node_wrong_order, folder)
    assert passed(wrong)["root-first"] is False and passed(wrong)["part-of-cluster"] is False
    assert "contoso-lic" in str(wrong.item("root-first").explanation)  # type: ignore[union-attr]
    assert "contoso-root" in str(wrong.item("part-of-cluster").explanation)  # type: ignore[union-attr]

    trail: list[OperatorEvent] = []

    def record(progress: NodeProgress) -> None:
        event = progress.to_event()
        if event is not None:
            trail.append(event)

    result = run_rollout(
        folder / "topology.json", tmp_path / "b", scenario.password(), progress=record
    )
    assert result.completed
    debrief = build_debrief(scenario, [ev(EventKind.PASSWORD_VERIFIED), *trail], folder)
    assert passed(debrief) == {
        "backup": True,
        "backup-verified": True,
        "password": True,
        "root-first": True,
        "part-of-cluster": True,
        "final-state": True,
    }


def test_the_html_report_is_small_self_contained_and_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    scenario = create_sandbox("disk-full", folder)
    hostile = scenario.model_copy(
        update={"title": LocalText(en="<script>alert(1)</script> & co", nl="<b>nl</b>")}
    )
    events = [ev(EventKind.BACKUP_MADE, folder="<img src=x>"), ev(EventKind.APPLY_FAILED)]
    debrief = build_debrief(hostile, events, folder)
    page = render_debrief_html(debrief, hostile, "en", events=events)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
    assert not re.search(r"(src|href)\s*=\s*[\"']|https?://|@import|url\(", page)
    assert f"{debrief.passed_count} of {debrief.applicable_count}" in page
    assert scenario.drill is not None and scenario.drill.trap.en in page
    assert len(page) < 20_000

    dutch = render_debrief_html(debrief, hostile, "nl", lambda c, t, n: "NL:" + t)
    assert '<html lang="nl">' in dutch and "NL:Handled the drill" in dutch
    assert scenario.drill.trap.nl in dutch

    target = tmp_path / "report" / "debrief.html"
    target.parent.mkdir()
    write_debrief_html(target, debrief, hostile, "en", events=events, generated=START)
    written = target.read_text(encoding="utf-8")
    assert written == render_debrief_html(debrief, hostile, "en", events=events, generated=START)
    assert "2006-06-01 09:00" in written
    assert [p.name for p in target.parent.iterdir()] == ["debrief.html"]


def test_the_time_per_page_names_each_page_by_its_title_in_the_trainees_language() -> None:
    from datetime import UTC, datetime, timedelta

    from rms_wizard.core.common.events import OperatorEvent
    from rms_wizard.i18n import install_translators, tr_message
    from rms_wizard.training.run_timeline import time_per_page_line

    start = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    events = [
        OperatorEvent(kind="page-shown", at=start, detail={"page": "preparation"}),
        OperatorEvent(
            kind="page-shown", at=start + timedelta(seconds=65), detail={"page": "ready"}
        ),
        OperatorEvent(kind="backup-made", at=start + timedelta(seconds=77), detail={}),
        OperatorEvent(kind="page-shown", at=start + timedelta(seconds=80), detail={"page": "new"}),
    ]
    assert time_per_page_line(events[2:3]) is None
    line = time_per_page_line(events)
    assert line is not None
    assert line.render() == "Time per page: Preparation 1:05, Ready to install 0:15, new 0:00"
    install_translators("nl")
    try:
        dutch = tr_message(line)
    finally:
        install_translators("en")
    assert dutch == "Tijd per pagina: Voorbereiding 1:05, Gereed voor installatie 0:15, new 0:00"
