"""The training mode's spec (issue 14): a perfect trainee reaches 100 % in every scenario, and a
trainee who skips exactly one step loses exactly that step's debrief item.

Each scenario is walked once by a perfect trainee through the real wizard, by its buttons, to the
debrief -- power-loss across a real restart: the first wizard process dies with the power, a second
one on the same sandbox recovers and finishes the update. The skip table then takes that real run
and leaves out one step at a time: the step's events from the operator's trail, or its effect from
a copy of the sandbox (the admin's change lost, the clients left at 1.0, the update never run).

Where the wizard ties two steps together, the table says so instead of pretending: making the
backup opens the private key with the password, so in an update "checked the password" cannot be
skipped on its own (it is tested alone on the removal path); the cluster executor refuses a backup
it cannot verify, so a rollout cannot skip the verification.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWizard
from wizard_driver import Driver, make_the_backup, password, through_password, verified

from rms_wizard.core.common.events import EventKind, OperatorEvent
from rms_wizard.core.fleet.topology import load_topology
from rms_wizard.core.fleet.topology_store import save_topology
from rms_wizard.core.install.models import Release
from rms_wizard.training.debrief_rules import build_debrief
from rms_wizard.training.sandbox import get_scenario, list_scenarios
from rms_wizard.training.trail import read_trail
from rms_wizard.ui.app import create_wizard
from rms_wizard.ui.page_id import PageId
from rms_wizard.ui.pages.cluster_page import ClusterPage
from rms_wizard.ui.pages.debrief_page import DebriefPage
from rms_wizard.ui.pages.maintenance_page import MaintenancePage
from rms_wizard.ui.pages.preparation_page import PreparationPage

Events = list[OperatorEvent]


# ---------------------------------------------------------------------------- the perfect walks


def _detect(driver: Driver, then: PageId) -> None:
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(then)


def _update(driver: Driver, scenario: str, *, wrong_first: bool = False) -> None:
    through_password(driver, scenario, wrong_first=wrong_first, wrong_text=None)
    make_the_backup(driver)
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)


def walk_update(driver: Driver, scenario: str) -> None:
    _update(driver, scenario)


def walk_wrong_password(driver: Driver, scenario: str) -> None:
    # The password handed out is wrong on purpose: it is refused, the right one is asked for.
    _update(driver, scenario, wrong_first=True)


def walk_pending_os_updates(driver: Driver, scenario: str) -> None:
    through_password(driver, scenario)
    page = driver.page()
    assert isinstance(page, PreparationPage)
    driver.click(page.os_updates.install)
    driver.wait(lambda: not page.os_updates.pending() and not page.os_updates.busy())
    assert not page.os_updates.install.isVisible()
    make_the_backup(driver)
    driver.forward(PageId.READY)  # nothing missing: no question
    driver.forward(PageId.FINISHED)


def walk_disk_full(driver: Driver, scenario: str) -> None:
    _update(driver, scenario)
    assert driver.state.outcome is not None and driver.state.outcome.status == "failed"
    assert "still runs RMS 1.0" in driver.page().details.text()  # item 20: says where it stands
    driver.click(driver.page().restart)
    driver.arrive(PageId.WELCOME)
    through_password(driver, scenario)
    driver.forward(PageId.READY)  # the verified backup still holds: the update was rolled back
    driver.forward(PageId.FINISHED)


def walk_no_rms(driver: Driver, scenario: str) -> None:
    _detect(driver, PageId.READY)
    driver.forward(PageId.FINISHED)


def walk_already_sp1(driver: Driver, scenario: str) -> None:
    _detect(driver, PageId.MAINTENANCE)
    page = driver.page()
    assert isinstance(page, MaintenancePage)
    driver.click(page.restore_radio)  # the backup made before SP1 is at hand: restore it
    driver.type_password(page.password.edit, password(scenario))
    driver.forward(PageId.REMOVE_READY)
    driver.forward(PageId.FINISHED)


def _clients(driver: Driver) -> None:
    driver.forward(PageId.CLIENTS)
    page = driver.page()
    rows = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    for row in rows:  # item 20: a computer without an RMS client was installed in no way
        if row.text(1) == "No RMS client":
            assert row.text(2) == "\u2013", row.text(0)
    driver.click(page.update_button)
    driver.wait(lambda: page.old_clients() == [] and not page.working)


def walk_mixed_clients(driver: Driver, scenario: str) -> None:
    _detect(driver, PageId.INTEROP)
    changes = driver.page().changes.text()  # item 20: no "Yes -> No. The server must contact"
    assert "an SP1 server can enroll offline" in changes or "enroll" not in changes
    driver.forward(PageId.PASSWORD)
    driver.type_password(driver.page().password_field.edit, password(scenario))
    driver.forward(PageId.PREPARATION)
    make_the_backup(driver)
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)
    _clients(driver)


def walk_cluster(driver: Driver, scenario: str) -> None:
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    # Item 20: detection announces the page that really comes next (the interop matrix).
    assert "shows what the update changes" in driver.page().explanation.text()
    driver.forward(PageId.INTEROP)
    changes = driver.page().changes.text()
    assert "Server enrolls over the internet: Yes \u2192 No. Whether" in changes, changes
    driver.forward(PageId.CLUSTER)
    page = driver.page()
    assert isinstance(page, ClusterPage)
    driver.type_password(page.password_field.edit, password(scenario))
    driver.click(page.start)
    driver.wait(lambda: page.result is not None, timeout=60_000)
    _clients(driver)


WALKS: dict[str, Callable[[Driver, str], None]] = {
    "single-server-v1": walk_update,
    "user-modified-config": walk_update,
    "wrong-password": walk_wrong_password,
    "pending-os-updates": walk_pending_os_updates,
    "disk-full": walk_disk_full,
    "no-rms": walk_no_rms,
    "already-sp1": walk_already_sp1,
    "mixed-clients": walk_mixed_clients,
    "cluster": walk_cluster,
}


def test_every_scenario_is_in_the_spec() -> None:
    assert {s.id for s in list_scenarios()} == {*WALKS, "power-loss"}


def _debrief(driver: Driver) -> dict[str, bool]:
    if driver.page_id is not PageId.DEBRIEF:
        driver.forward(PageId.DEBRIEF)
    page = driver.page()
    assert isinstance(page, DebriefPage)
    driver.wait(lambda: page.debrief is not None)
    assert page.debrief is not None
    assert f"({page.debrief.percent}%)" in page.view.score_text()
    return {item.id: item.passed for item in page.debrief.items}


# ---------------------------------------------------------------------------- the skip table


def _without(events: Events, *kinds: str) -> Events:
    return [e for e in events if e.kind not in kinds]


def _skip_logging_db(events: Events) -> Events:
    kept = _without(events, EventKind.LOGGING_DB_BACKED_UP)
    return [
        e.model_copy(update={"detail": {**e.detail, "logging_db": "no"}})
        if e.kind == EventKind.BACKUP_MADE
        else e
        for e in kept
    ]


def _kept_instead(events: Events) -> Events:
    return [
        e.model_copy(update={"detail": {"config_db": "kept"}})
        if e.kind == EventKind.UNINSTALL_DONE
        else e
        for e in events
    ]


def _cluster_of(event: OperatorEvent) -> str:
    return event.detail.get("cluster", "")


def _licensing_first(events: Events, scenario: str) -> Events:
    """The same rollout, but the licensing clusters' servers before the root clusters' ones."""
    deployment = get_scenario(scenario).deployment
    assert deployment is not None
    licensing = {c.id for c in deployment.clusters if c.parent is not None}
    nodes = [e for e in events if e.kind.startswith("node-")]
    first = min(e.at for e in nodes)
    order = sorted(nodes, key=lambda e: (_cluster_of(e) not in licensing, e.at))
    moved = [
        e.model_copy(update={"at": first + timedelta(microseconds=n)}) for n, e in enumerate(order)
    ]
    return [e for e in events if not e.kind.startswith("node-")] + moved


def _all_out_at_once(events: Events, scenario: str) -> Events:
    """When the rollout reaches a multi-node cluster, all its servers out of rotation together."""
    deployment = get_scenario(scenario).deployment
    assert deployment is not None
    cluster = next(c for c in deployment.clusters if len(c.nodes) > 1)
    start = min(e.at for e in events if e.kind.startswith("node-") and _cluster_of(e) == cluster.id)
    drained = [
        OperatorEvent(
            kind=EventKind.NODE_DRAINED,
            at=start + timedelta(microseconds=1 + n),
            detail={"cluster": cluster.id, "node": node.name, "wave": "1", "in_rotation": "no"},
        )
        for n, node in enumerate(cluster.nodes)
    ]
    return events + drained


def _lose_the_admins_change(folder: Path, scenario: str) -> None:
    spec = get_scenario(scenario).server
    assert spec is not None and spec.modified_files
    from rms_wizard.core.engine.detect import detect_install

    install = Path(str(detect_install(folder).install_dir))
    for change in spec.modified_files:
        target = install.joinpath(*change.path.split("/"))
        appended = change.append.replace("\n", "\r\n").encode("utf-8")
        target.write_bytes(target.read_bytes().replace(appended, b""))


def _clients_left_at_1_0(folder: Path, scenario: str) -> None:
    topology = load_topology(folder / "topology.json")
    old = {c.name for c in get_scenario(scenario).clients if c.version == "1.0"}
    for client in topology.clients:
        if client.name in old:
            client.version = "1.0"
    save_topology(folder / "topology.json", topology)


#: item -> how a trainee skips its step: (trail -> trail) and/or (sandbox copy -> changed).
TrailSkip = Callable[[Events, str], Events]
StateSkip = Callable[[Path, str], None]
SKIPS: dict[str, tuple[TrailSkip | None, StateSkip | None]] = {
    "backup": (lambda e, s: _without(e, EventKind.BACKUP_MADE), None),
    "backup-verified": (lambda e, s: _without(e, EventKind.BACKUP_VERIFIED), None),
    "logging-db": (lambda e, s: _skip_logging_db(e), None),
    "password": (lambda e, s: _without(e, EventKind.PASSWORD_VERIFIED), None),
    "os-updates": (lambda e, s: _without(e, EventKind.OS_UPDATES_INSTALLED), None),
    "config-restored": (lambda e, s: _kept_instead(e), None),
    "root-first": (_licensing_first, None),
    "part-of-cluster": (_all_out_at_once, None),
    "user-changes": (None, _lose_the_admins_change),
    "clients": (None, _clients_left_at_1_0),
}
#: The drill's own step, per scenario.
DRILL_SKIPS: dict[str, TrailSkip] = {
    "disk-full": lambda e, s: _without(e, EventKind.APPLY_FAILED),
    "power-loss": lambda e, s: _without(e, EventKind.RECOVERED),
    # Went on without checking the right password (the backup then finds it out too late).
    "wrong-password": lambda e, s: _without(e, EventKind.PASSWORD_VERIFIED),
}
#: Steps the wizard ties to another one (see the module's docstring): (scenario kind, item).
NOT_ON_ITS_OWN = {("update", "password"), ("cluster", "password"), ("cluster", "backup-verified")}


def _kind(scenario: str) -> str:
    found = get_scenario(scenario)
    if found.deployment is not None:
        return "cluster"
    return (
        "removal" if found.server is not None and found.server.release is Release.SP1 else "update"
    )


def _failed(scenario: str, events: Events, folder: Path) -> set[str]:
    debrief = build_debrief(get_scenario(scenario), events, folder)
    return {item.id for item in debrief.items if not item.passed}


def check_skips(
    scenario: str, items: dict[str, bool], events: Events, folder: Path, fresh: Path
) -> None:
    """Every item of the perfect run, skipped alone, is lost alone (``fresh``: the sandbox as the
    trainee got it, for "never ran the update")."""
    assert _failed(scenario, events, folder) == set()
    for item in items:
        if (_kind(scenario), item) in NOT_ON_ITS_OWN:
            continue
        target, trail = folder, events
        if item == "final-state":
            # Never ran the (last) update or removal: the sandbox as handed out, the trail without it.
            last = max(
                (i for i, e in enumerate(events) if e.kind in ("apply-started", "uninstall-done")),
                default=len(events),
            )
            trail, target = events[:last], fresh
            if (folder / "topology.json").is_file():
                shutil.copyfile(folder / "topology.json", fresh / "topology.json")  # clients done
            expected = (
                {"final-state", "config-restored"}
                if _kind(scenario) == "removal"
                else {"final-state"}
            )
            assert _failed(scenario, trail, target) == expected, (scenario, item)
            continue
        trail_skip, state_skip = (DRILL_SKIPS[scenario], None) if item == "drill" else SKIPS[item]
        if state_skip is not None:
            target = folder.parent / f"{folder.name}-without-{item}"
            shutil.copytree(folder, target, symlinks=True)
            state_skip(target, scenario)
        if trail_skip is not None:
            trail = trail_skip(events, scenario)
        assert _failed(scenario, trail, target) == {item}, (scenario, item)


# ---------------------------------------------------------------------------- the tests


def _as_handed_out(folder: Path) -> Path:
    copy = folder.parent / f"{folder.name}-as-handed-out"
    shutil.copytree(folder, copy, symlinks=True)
    return copy


@pytest.mark.parametrize("scenario", sorted(WALKS))
def test_a_perfect_trainee_scores_100_and_each_skipped_step_costs_its_item(
    open_wizard, sandbox, scenario
) -> None:  # type: ignore[no-untyped-def]
    folder = sandbox(scenario)
    fresh = _as_handed_out(folder)
    driver = open_wizard(folder, scenario)
    WALKS[scenario](driver, scenario)
    items = _debrief(driver)
    assert items and all(items.values()), items
    # The trail on disk is the trail of the window (item 5): what a later wizard would read.
    on_disk = read_trail(folder)
    assert [e.kind for e in on_disk] == driver.state.kinds()
    check_skips(scenario, items, list(driver.state.events), folder, fresh)


def test_skipping_the_missing_updates_in_the_wizard_costs_exactly_that_item(
    open_wizard, sandbox, answer_questions
) -> None:  # type: ignore[no-untyped-def]
    """The skip for real: "Updates are missing. Continue anyway?" -- Yes."""
    driver = open_wizard(sandbox("pending-os-updates"), "pending-os-updates")
    _update(driver, "pending-os-updates")
    assert any("not installed yet" in question for question in answer_questions)
    items = _debrief(driver)
    assert {item for item, ok in items.items() if not ok} == {"os-updates"}


def test_keeping_the_sp1_database_costs_only_the_restore_and_asks_no_password(
    open_wizard, sandbox
) -> None:  # type: ignore[no-untyped-def]
    """Item 15: with "Keep the SP1 configuration database" the password is not asked, so it is not
    scored: the only item lost is the restore."""
    driver = open_wizard(sandbox("already-sp1"), "already-sp1")
    _detect(driver, PageId.MAINTENANCE)
    page = driver.page()
    driver.click(page.keep_radio)
    assert not page.password.isEnabled()
    driver.forward(PageId.REMOVE_READY)
    driver.forward(PageId.FINISHED)
    items = _debrief(driver)
    assert items == {"config-restored": False, "final-state": True}


def _first_process(root: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RMS_WIZARD_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        RMS_WIZARD_LANG="en",
        RMS_WIZARD_LOG_DIR=str(tmp_path / "logs-first"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    script = Path(__file__).with_name("trainee_first_run.py")
    done = subprocess.run(
        [sys.executable, str(script), str(root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0 and "first-run: interrupted" in done.stdout, (
        done.stdout + done.stderr
    )


def test_power_loss_across_a_real_restart_scores_100(qtbot, sandbox, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Item 5: two wizard processes on one sandbox. The first dies with the power half-way through
    the update; the second recovers, starts Setup again and finishes the update with the backup
    the first one made and verified. The debrief counts both runs."""
    root = sandbox("power-loss")
    fresh = _as_handed_out(root)
    _first_process(root, tmp_path)
    (first_backup,) = (root / "backups").glob("wizard-*")  # made and verified by the first

    wizard = create_wizard(["--root", str(root)])  # the second process: this one
    qtbot.addWidget(wizard)
    wizard.show()
    driver = Driver(qtbot, wizard)
    _detect(driver, PageId.RECOVERY)
    driver.forward(PageId.FINISHED)
    assert driver.state.outcome is not None and driver.state.outcome.recovery == "rolled-back"
    assert verified(root) is Release.V1
    finished = driver.page()
    assert finished.restart.isVisible()  # after Roll back: on to the update
    driver.click(finished.restart)
    driver.arrive(PageId.WELCOME)
    through_password(driver, "power-loss")
    # A new process: the backup the first one made is chosen with "Use an existing backup...".
    page = driver.page()
    assert isinstance(page, PreparationPage)
    chosen = str(first_backup)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: chosen))
    driver.click(page.backup_step.existing)
    driver.wait(lambda: driver.state.backup is not None and driver.forward_button().isEnabled())
    assert (
        page.backup_step.folder_edit.text() == chosen == str(driver.state.backup.folder)
    )  # item 14
    assert chosen in page.backup_item.status.text()
    driver.forward(PageId.READY)
    driver.forward(PageId.FINISHED)
    assert driver.state.outcome is not None and driver.state.outcome.status == "done"
    assert verified(root) is Release.SP1
    assert driver.wizard.button(QWizard.WizardButton.NextButton).isVisible()
    items = _debrief(driver)
    assert items == {
        "backup": True,
        "backup-verified": True,
        "password": True,
        "drill": True,
        "final-state": True,
    }
    check_skips("power-loss", items, list(driver.state.events), root, fresh)
