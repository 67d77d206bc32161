"""The wizard's own folders swapped for a link while a run is under way (issue 12, outside attack):
the staging folder of the run, ``.rms-wizard`` itself and ``.rms-wizard/rollback``.

The attacker moves the real folder aside and puts a link in its place to a *copy* of it outside
the install (so a run that writes by full path finds every name it expects, and writes, renames
and removes there). Nothing outside may change: the run fails in one line and rolls back, or
keeps its journal (in the real folder, wherever it went) for ``recover`` once the folder is back.

The swap is made from the run's own progress report (or recovery's log), which the engine gives
just before the work it describes: after every check the run made.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from enginekit import Prepared, Templates, assert_exactly, data_dir, prepare
from faultfs import tree_hash
from pydantic import SecretStr

from rms_wizard.core.common.messages import RmsError
from rms_wizard.core.common.paths import state_dir
from rms_wizard.core.common.progress import ProgressEvent
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.recovery import recover_interrupted
from rms_wizard.core.engine.uninstall import uninstall_sp1


@contextmanager
def on_log_line(callback: Callable[[str], None]) -> Iterator[None]:
    """``callback`` is called with every line the core logs meanwhile (a moment to strike at)."""

    class Hook(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            callback(record.getMessage())

    logger = logging.getLogger("rms_wizard")
    hook, level = Hook(), logger.level
    logger.addHandler(hook)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(hook)
        logger.setLevel(level)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("swapped-state")
    return prepare(base, Templates(base))


class Swap:
    """Moves ``folder`` aside and links it to a copy of itself in ``outside``."""

    def __init__(self, folder: Path, tmp_path: Path) -> None:
        self.folder = folder
        self.aside = tmp_path / "aside"
        self.outside = tmp_path / "outside"
        self.outside.mkdir()
        (self.outside / "unrelated.txt").write_text("the admin's own file\n")
        self.before = ""
        self.done = False

    def __call__(self) -> None:
        assert not self.done
        self.done = True
        copy = self.outside / self.folder.name
        shutil.copytree(self.folder, copy, symlinks=True)
        self.before = tree_hash(self.outside)
        os.rename(self.folder, self.aside)
        self.folder.symlink_to(copy, target_is_directory=True)

    def back(self) -> None:
        assert self.done, "the run never reached the moment the attack waits for"
        assert tree_hash(self.outside) == self.before, "something outside the install changed"
        self.folder.unlink()
        os.rename(self.aside, self.folder)


def _one_line(error: RmsError) -> str:
    text = str(error.message)
    assert "\n" not in text and "Traceback" not in text
    return text


def _apply(
    prepared: Prepared,
    root: Path,
    progress: Callable[[ProgressEvent], None],
    *,
    statistics: bool = True,
) -> None:
    apply_update(
        root,
        backup_dir=prepared.backup,
        password=SecretStr(prepared.password),
        import_statistics=statistics,
        progress=progress,
        faults=FaultPlan(None),
    )


def _recovered(root: Path, prepared: Prepared, expected: str) -> None:
    """The journal (if the run kept one) lets recover finish; the tree ends exactly ``expected``."""
    if (state_dir(root) / "journal.jsonl").exists():
        assert recover_interrupted(root) == "rolled-back"
    assert not (state_dir(root) / "journal.jsonl").exists()
    assert_exactly(root, prepared, expected)


def _staging(root: Path) -> Path:
    journal = (state_dir(root) / "journal.jsonl").read_text().splitlines()
    return root.joinpath(*json.loads(journal[0])["steps"][0]["folder"].split("/"))


@pytest.mark.parametrize("which", ["staging", "state"])
def test_a_folder_swapped_once_the_payload_is_staged_gets_no_staged_file(
    prepared: Prepared, tmp_path: Path, which: str
) -> None:
    """Staging's own files (the new logging database with the past statistics, the store's
    index, the new registry) are written after the payload's copies: the run's staging folder,
    or ``.rms-wizard``, swapped just then gets none of them written (or removed) through it."""
    root = prepared.copy("v1", tmp_path / "root")
    swap: Swap | None = None

    def progress(event: ProgressEvent) -> None:
        nonlocal swap
        # the last report of the payload's copies (the logging database etc. come next)
        if swap is None and event.step == 1 and event.bytes_done == _stage_size(root) > 0:
            swap = Swap(_staging(root) if which == "staging" else state_dir(root), tmp_path)
            swap()

    with pytest.raises(RmsError) as info:
        _apply(prepared, root, progress)
    assert swap is not None
    _one_line(info.value)
    swap.back()
    _recovered(root, prepared, "1.0")


def _stage_size(root: Path) -> int:
    journal = (state_dir(root) / "journal.jsonl").read_text().splitlines()
    return int(json.loads(journal[0])["steps"][0]["size"])


def _step_index(root: Path, when: str) -> int:
    """The step the attack waits for, by the journal's list of steps."""
    journal = (state_dir(root) / "journal.jsonl").read_text().splitlines()
    steps: list[dict[str, object]] = json.loads(journal[0])["steps"]
    kept = [i for i, s in enumerate(steps, 1) if "rollback/" in str(s.get("displaced"))]
    found = {
        "first-file": next(i for i, s in enumerate(steps, 1) if s["kind"] == "put-file"),
        "second-kept": kept[1],  # (the first one made the rollback folder)
        "store-index": next(
            i for i, s in enumerate(steps, 1) if str(s.get("target")).endswith("store.json")
        ),
        "commit": next(i for i, s in enumerate(steps, 1) if s.get("commit")),
    }
    return found[when]


@pytest.mark.parametrize(
    ("which", "when"),
    [
        ("state", "first-file"),
        ("state", "commit"),
        ("rollback", "second-kept"),
        ("rollback", "store-index"),
    ],
)
def test_the_state_folder_swapped_during_apply_gets_nothing_written_or_removed_through_it(
    prepared: Prepared, tmp_path: Path, which: str, when: str
) -> None:
    """``.rms-wizard`` (or ``.rms-wizard/rollback``) swapped just before the first file step,
    the store's index or the commit step: the run fails in one line, nothing outside changes,
    and once the folder is back the tree is exactly 1.0 (recover finishing the rollback)."""
    root = prepared.copy("v1", tmp_path / "root")
    folder = state_dir(root) if which == "state" else state_dir(root) / "rollback"
    swap = Swap(folder, tmp_path)

    def progress(event: ProgressEvent) -> None:
        at = not swap.done and event.step > 1 and event.step == _step_index(root, when)
        if at and folder.exists():
            swap()

    with pytest.raises(RmsError) as info:
        _apply(prepared, root, progress)
    _one_line(info.value)
    swap.back()
    _recovered(root, prepared, "1.0")


@pytest.mark.parametrize("which", ["state", "rollback"])
def test_the_state_folder_swapped_during_uninstall_gets_nothing_removed_through_it(
    prepared: Prepared, tmp_path: Path, which: str
) -> None:
    """Uninstall swaps the originals back from ``.rms-wizard/rollback``: that folder (or
    ``.rms-wizard``) swapped before the first file step moves nothing out of (or into) the
    copy outside; the run fails in one line and the server stays exactly SP1."""
    root = prepared.copy("sp1", tmp_path / "root")
    folder = state_dir(root) if which == "state" else state_dir(root) / "rollback"
    swap = Swap(folder, tmp_path)

    def progress(event: ProgressEvent) -> None:
        if not swap.done and event.step == 2:
            swap()

    with pytest.raises(RmsError) as info:
        uninstall_sp1(root, restore_config_db=None, progress=progress, faults=FaultPlan(None))
    _one_line(info.value)
    swap.back()
    _recovered(root, prepared, "SP1")


def test_the_state_folder_swapped_while_recover_rolls_back_gets_nothing_removed_through_it(
    prepared: Prepared, tmp_path: Path
) -> None:
    """A run stopped dead at its fifth step (the tree copied as a kill leaves it: journal, lock
    record, half the files), then ``.rms-wizard`` swapped while recover undoes it: recover
    stops in one line, nothing outside changes, and a second recover (the folder back) finishes
    at exactly 1.0."""
    root = prepared.copy("v1", tmp_path / "root")
    killed = tmp_path / "killed"

    def progress(event: ProgressEvent) -> None:
        if event.step == 5 and not killed.exists():
            shutil.copytree(root, killed, symlinks=True)

    _apply(prepared, root, progress)
    assert (state_dir(killed) / "journal.jsonl").exists()
    swap = Swap(state_dir(killed), tmp_path)

    def log(line: str) -> None:
        if not swap.done and line.startswith("rollback: step") and "undone" in line:
            swap()

    with on_log_line(log), pytest.raises(RmsError) as info:
        recover_interrupted(killed)
    _one_line(info.value)
    swap.back()
    _recovered(killed, prepared, "1.0")


def test_the_data_folder_swapped_before_the_migration_gets_no_database_migrated_through_it(
    prepared: Prepared, tmp_path: Path
) -> None:
    """SQLite opens the configuration database by name: the data folder swapped for a link to
    a copy after the commit point, just before the migration, would have the copy migrated. The
    migration is refused instead (SQLite's file must be the one reached without a link); the
    change stands, its journal is kept, and recover finishes it at exactly SP1."""
    root = prepared.copy("v1", tmp_path / "root")
    swap = Swap(data_dir(root), tmp_path)

    def progress(event: ProgressEvent) -> None:
        journal = state_dir(root) / "journal.jsonl"
        if not swap.done and journal.exists():
            steps = json.loads(journal.read_text().splitlines()[0])["steps"]
            if steps[event.step - 1]["kind"] == "migrate-config-db":
                swap()

    with pytest.raises(RmsError) as info:
        _apply(prepared, root, progress, statistics=False)  # (the reference SP1 has none)
    _one_line(info.value)
    swap.back()
    assert recover_interrupted(root) == "completed"
    assert_exactly(root, prepared, "SP1")


def test_the_data_folder_swapped_between_detection_and_planning_the_steps_is_one_line(
    prepared: Prepared, tmp_path: Path
) -> None:
    """Swapped after detection found the databases, before the steps are made from what it
    found: refused in one line naming the link (it was an unexpected error), nothing changed."""
    root = prepared.copy("v1", tmp_path / "root")
    swap = Swap(data_dir(root), tmp_path)

    def log(line: str) -> None:
        if line.startswith("detected:"):
            swap()

    with on_log_line(log), pytest.raises(RmsError) as info:
        apply_update(
            root,
            backup_dir=prepared.backup,
            password=SecretStr(prepared.password),
            faults=FaultPlan(None),
        )
    assert "is a link" in _one_line(info.value)
    swap.back()
    assert_exactly(root, prepared, "1.0")
