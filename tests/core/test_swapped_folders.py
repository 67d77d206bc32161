"""A folder swapped for a link while a run is under way (issue 12, outside attack): the checks
before the run found real folders, then the attacker replaced one with a link to a folder outside
the install. The run writes nothing through it: the step fails in one line, the transaction rolls
back (or says it could not, keeping its journal, and ``recover`` finishes once the folder is back),
and nothing outside the install changes.

The swap happens from the run's own progress report, which the engine gives just before each step
does its work: after every check the run made, before the step touches the disk."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from enginekit import Prepared, Templates, assert_exactly, install_dir, prepare
from faultfs import tree_hash
from pydantic import SecretStr

from rms_wizard.core.common.messages import RmsError
from rms_wizard.core.common.paths import state_dir
from rms_wizard.core.common.progress import ProgressEvent
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.recovery import recover_interrupted


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("swapped")
    return prepare(base, Templates(base))


def _swap_for_link(folder: Path, aside: Path, outside: Path) -> None:
    """The attack: the real folder moved away, a link to ``outside`` in its place."""
    os.rename(folder, aside)
    folder.symlink_to(outside, target_is_directory=True)


def _swap_back(folder: Path, aside: Path) -> None:
    folder.unlink()
    os.rename(aside, folder)


def _apply_swapping(
    prepared: Prepared, root: Path, when: Callable[[ProgressEvent], bool], swap: Callable[[], None]
) -> RmsError:
    swapped: list[ProgressEvent] = []

    def progress(event: ProgressEvent) -> None:
        if not swapped and when(event):
            swapped.append(event)
            swap()

    with pytest.raises(RmsError) as info:
        apply_update(
            root,
            backup_dir=prepared.backup,
            password=SecretStr(prepared.password),
            progress=progress,
            faults=FaultPlan(None),
        )
    assert swapped, "the run never reached the step the attack waits for"
    return info.value


def _one_line(error: RmsError) -> str:
    text = str(error.message)
    assert "\n" not in text and "Traceback" not in text
    return text


def _outside(tmp_path: Path) -> tuple[Path, str]:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "unrelated.txt").write_text("the admin's own file\n")
    return outside, tree_hash(outside)


@pytest.mark.parametrize("nth", [1, 3])
def test_an_install_folder_swapped_for_a_link_during_apply_gets_nothing_written_through_it(
    prepared: Prepared, tmp_path: Path, nth: int
) -> None:
    """``bin`` swapped just before the first (or the third) file step into it."""
    root = prepared.copy("v1", tmp_path / "root")
    outside, before = _outside(tmp_path)
    folder, aside = install_dir(root) / "bin", tmp_path / "bin-aside"
    seen: list[str] = []

    def when(event: ProgressEvent) -> bool:
        if event.step > 1 and event.path.startswith("bin/") and event.path not in seen:
            seen.append(event.path)
        return len(seen) == nth

    error = _apply_swapping(prepared, root, when, lambda: _swap_for_link(folder, aside, outside))
    assert "bin" in _one_line(error)
    assert tree_hash(outside) == before  # nothing written, replaced or removed outside
    _swap_back(folder, aside)
    if (state_dir(root) / "journal.jsonl").exists():  # could not undo through the link: kept
        assert recover_interrupted(root) == "rolled-back"
    assert_exactly(root, prepared, "1.0")


def test_a_staging_shard_swapped_for_a_link_gets_no_payload_copied_through_it(
    prepared: Prepared, tmp_path: Path
) -> None:
    """``.rms-wizard/staging/*/files/0`` is a link when staging starts (planted once the journal
    names the staging folder, after the run's checks): no staged file is written through it, and
    the run rolls back to exactly 1.0."""
    root = prepared.copy("v1", tmp_path / "root")
    outside, before = _outside(tmp_path)

    def plant() -> None:
        journal = (state_dir(root) / "journal.jsonl").read_text().splitlines()
        staging = json.loads(journal[0])["steps"][0]["folder"]
        files = root.joinpath(*staging.split("/")) / "files"
        files.mkdir(parents=True)
        (files / "0").symlink_to(outside, target_is_directory=True)

    error = _apply_swapping(prepared, root, lambda e: e.step == 1, plant)
    _one_line(error)
    assert tree_hash(outside) == before
    assert_exactly(root, prepared, "1.0")
