"""The words for a server's state in a rollout: one table for the CLI's lines and the wave tree."""

from __future__ import annotations

from typing import get_args

from rms_wizard.core.common.messages import Message
from rms_wizard.core.common.progress import ProgressEvent
from rms_wizard.core.fleet.rollout_result import NodeProgress, NodeStatus
from rms_wizard.core.fleet.rollout_status import node_state, status_line


def test_every_status_has_the_clis_word_and_the_trees() -> None:
    for status in get_args(NodeStatus):
        line = status_line(status)
        assert line.context == "cli" and line.text, status
        state = node_state(NodeProgress(1, "contoso-root", "CON-RC-01", status))
        assert state.context == "ClusterPage" and state.text, status
    assert str(status_line("draining")) == "drained (out of rotation)"
    assert str(node_state(NodeProgress(1, "c", "n", "draining"))) == "Taken out of rotation"


def test_the_tree_tells_the_cluster_backup_the_step_and_a_server_back_in_rotation() -> None:
    assert str(node_state(None)) == "Waiting (RMS 1.0)"
    before = NodeProgress(0, "c", "n", "backing-up")
    assert str(node_state(before)) == "Backing up the cluster's configuration database\u2026"
    assert str(node_state(NodeProgress(0, "c", "n", "backed-up"))).startswith("Cluster database")
    assert str(node_state(NodeProgress(1, "c", "n", "backed-up"))) == "Backed up"
    step = ProgressEvent(3, 9, 3, 9, "", Message("Applying"))
    applying = NodeProgress(1, "c", "n", "applying", step=step)
    assert str(node_state(applying)) == "Updating: step 3 of 9"
    assert str(node_state(NodeProgress(1, "c", "n", "applying"))) == "Updating\u2026"
    back = NodeProgress(1, "c", "n", "failed", in_rotation=True)
    assert str(node_state(back)) == "Failed; rolled back to 1.0, back in rotation"
    assert str(node_state(NodeProgress(1, "c", "n", "failed"))) == "Failed; out of rotation"
