"""The cluster page's rollout session, without a widget: what a run resets, counts and says."""

from __future__ import annotations

import subprocess
import sys

from rms_wizard.core.common.messages import Message
from rms_wizard.core.fleet.cluster import RolloutPlan, WaveItem
from rms_wizard.core.fleet.rollout_result import NodeOutcome, NodeProgress, RolloutResult
from rms_wizard.ui.rollout_session import RolloutSession


def _item(cluster: str, node: str) -> WaveItem:
    return WaveItem(cluster=cluster, kind="root-certification", forest="contoso.com", node=node)


def _session() -> RolloutSession:
    session = RolloutSession()
    waves = [[_item("root", "RC-01")], [_item("root", "RC-02")]]
    session.plan = RolloutPlan(max_batch=1, waves=waves, skipped=[], warnings=[])
    return session


def test_a_run_starts_its_servers_afresh_and_counts_only_their_last_word() -> None:
    session = _session()
    session.progress(NodeProgress(1, "root", "RC-01", "failed"))
    session.result = RolloutResult(outcomes=[], cluster_backups={}, cancelled=True)
    assert session.resumable
    assert session.begin()
    assert session.result is None and session.started is not None
    assert session.last("root", "rc-01") is None  # a resumed run starts it again
    session.progress(NodeProgress(0, "root", "RC-01", "backed-up"))  # the cluster's backup
    session.progress(NodeProgress(1, "root", "RC-01", "draining"))
    assert session.servers_done == 0
    session.progress(NodeProgress(1, "root", "RC-01", "updated"))
    assert session.servers_done == 1
    line = session.progress_line(NodeProgress(2, "root", "RC-02", "draining"))
    assert str(line) == "Wave 2 of 2: RC-02 \u2013 Taken out of rotation"
    session.stopping = True
    assert session.progress_line(NodeProgress(2, "root", "RC-02", "applying")) is None
    outcome = session.outcome_line()
    assert outcome is not None and outcome[1] == "note" and str(outcome[0]).startswith("Stopping")


def test_a_plan_without_waves_ends_at_once_and_a_failed_server_says_why() -> None:
    session = RolloutSession()
    session.plan = RolloutPlan(max_batch=1, waves=[], skipped=[_item("root", "RC-01")], warnings=[])
    assert not session.begin() and session.is_complete() and session.done
    outcome = session.outcome_line()
    assert outcome is not None and str(outcome[0]).startswith("Every server of the deployment")
    failed = NodeOutcome(
        wave=1, cluster="root", node="RC-01", status="failed", message=Message("Disk full.")
    )
    session.result = RolloutResult(outcomes=[failed], cluster_backups={})
    outcome = session.outcome_line()
    assert outcome is not None and outcome[1] == "error"
    assert str(outcome[0]).startswith("Disk full. The rollout stopped there.")
    # A cause without a full stop of its own gets one: not "Disk full The rollout stopped".
    failed = failed.model_copy(update={"message": Message("Disk full")})
    session.result = RolloutResult(outcomes=[failed], cluster_backups={})
    outcome = session.outcome_line()
    assert outcome is not None
    assert str(outcome[0]).startswith("Disk full. The rollout stopped there.")
    assert not session.done and session.resumable
    session.load(None)
    assert session.plan is None and not session.is_complete()


def test_the_session_and_the_status_words_need_no_qt() -> None:
    code = (
        "import sys, rms_wizard.ui.rollout_session, rms_wizard.core.fleet.rollout_status;"
        "print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
