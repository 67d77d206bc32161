"""A held cancel token: the work waits at its next step while the GUI asks "Cancel and roll back?"
(issue 14, item 2), then honours the answer."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from enginekit import Prepared, Templates, assert_exactly, prepare
from pydantic import SecretStr

from rms_wizard.core.common.progress import Cancelled, CancelToken, ProgressEvent
from rms_wizard.core.engine.apply import apply_update


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("hold")
    return prepare(base, Templates(base))


def test_a_checkpoint_waits_while_held_and_sees_what_was_decided_meanwhile() -> None:
    token = CancelToken()
    assert token.checkpoint() is False  # not held: at once
    token.hold()
    answers: list[bool] = []
    thread = threading.Thread(target=lambda: answers.append(token.checkpoint()))
    thread.start()
    thread.join(0.2)
    assert thread.is_alive() and answers == []
    token.cancel()
    token.release()
    thread.join(5)
    assert answers == [True] and not token.held


@pytest.mark.parametrize("answer", ["cancel", "go on"])
def test_a_held_update_waits_at_its_next_step_then_follows_the_answer(
    prepared: Prepared, tmp_path: Path, answer: str
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    token = CancelToken()
    steps: list[int] = []
    held = threading.Event()

    def progress(event: ProgressEvent) -> None:
        steps.append(event.step)
        if event.step == 3 and not held.is_set():
            token.hold()  # the question opens while step 3 runs
            held.set()

    outcome: list[object] = []

    def run() -> None:
        try:
            apply_update(
                root,
                backup_dir=prepared.backup,
                password=SecretStr(prepared.password),
                progress=progress,
                cancel=token,
            )
        except Cancelled as exc:
            outcome.append(exc)
        else:
            outcome.append("done")

    thread = threading.Thread(target=run)
    thread.start()
    assert held.wait(30)
    thread.join(0.3)
    assert thread.is_alive(), "the work did not wait while the question was open"
    assert max(steps) == 3  # step 3 finished; step 4 has not started
    if answer == "cancel":
        token.cancel()
    token.release()
    thread.join(60)
    if answer == "cancel":
        assert isinstance(outcome[0], Cancelled)
        assert_exactly(root, prepared, "1.0")
    else:
        assert outcome == ["done"]
        assert_exactly(root, prepared, "SP1")
