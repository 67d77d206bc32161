"""Links and forged state (issue 12, item 2): nothing the wizard does writes or removes outside
the install root. Each case plants a symbolic link (or a hard link, or a forged journal) in a
real install, runs the real CLI, and checks: one clear error line, exit 2, nothing changed in the
install, and the folder outside hashed the same before and after."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from enginekit import Prepared, assert_clean_error, config_db, install_dir, run_cli, snapshot
from faultfs import tree_hash

from rms_wizard.core.common.paths import state_dir
from rms_wizard.core.engine.step_models import Begin, Cleanup, PutFile, StageStep, Step

STORE = Path(".rms-wizard/rollback/SP1")


def _outside(tmp_path: Path) -> Path:
    """An unrelated folder beside the install, with files worth keeping."""
    out = tmp_path / "outside"
    (out / "SP1" / "files").mkdir(parents=True)
    (out / "SP1" / "files" / "keep.txt").write_text("the admin's own file\n")
    (out / "x").mkdir()
    (out / "x" / "keep.txt").write_text("another file\n")
    (out / "victim.txt").write_text("must not be overwritten\n")
    (out / "empty").mkdir()  # an empty folder: the wizard's tidy-up must not remove it
    return out


def _journal(root: Path, steps: list[Step], *records: str) -> None:
    """A forged journal: a well-formed head naming ``steps``, then ``records``."""
    begin = Begin(txid="forged", operation="apply", steps=steps, created=0.0)
    state_dir(root).mkdir(exist_ok=True)
    text = begin.model_dump_json() + "\n" + "".join(r + "\n" for r in records)
    (state_dir(root) / "journal.jsonl").write_text(text)


def _plant_state_link(root: Path, out: Path) -> None:
    state_dir(root).symlink_to(out, target_is_directory=True)


def _plant_rollback_link(root: Path, out: Path) -> None:
    state_dir(root).mkdir()
    (state_dir(root) / "rollback").symlink_to(out, target_is_directory=True)


def _plant_journal_tmp_link(root: Path, out: Path) -> None:
    state_dir(root).mkdir()
    (state_dir(root) / "journal.jsonl.tmp").symlink_to(out / "victim.txt")


def _plant_hard_linked_db(root: Path, out: Path) -> None:
    os.link(config_db(root), out / "DRMS_Config.db")


APPLY_PLANTS: dict[str, Callable[[Path, Path], None]] = {
    "state-folder-link": _plant_state_link,
    "rollback-folder-link": _plant_rollback_link,
    "journal-tmp-link": _plant_journal_tmp_link,
    "hard-linked-config-db": _plant_hard_linked_db,
}


def _check_refused(
    root: Path, out: Path, run: Callable[[], object], *, expect: str, code: int = 2
) -> None:
    before_root, before_out = snapshot(root), tree_hash(out)
    result = run()
    line = assert_clean_error(result, code)  # type: ignore[arg-type]
    assert expect in line, line
    assert tree_hash(out) == before_out, "a file outside the install changed"
    assert snapshot(root) == before_root, "the install changed"


@pytest.mark.parametrize("plant", sorted(APPLY_PLANTS))
def test_apply_writes_nothing_through_a_planted_link(
    prepared: Prepared, tmp_path: Path, plant: str
) -> None:
    root, out = prepared.copy("v1", tmp_path / "s"), _outside(tmp_path)
    APPLY_PLANTS[plant](root, out)
    expect = "hard link" if plant == "hard-linked-config-db" else "is a link"
    _check_refused(
        root,
        out,
        lambda: run_cli(
            "apply",
            "--root",
            root,
            "--backup",
            prepared.backup,
            "--password-stdin",
            stdin=prepared.password + "\n",
            log_dir=tmp_path / "logs",
        ),
        expect=expect,
    )


def test_uninstall_does_not_use_or_remove_a_rollback_store_behind_a_link(
    prepared: Prepared, tmp_path: Path
) -> None:
    root, out = prepared.copy("sp1", tmp_path / "s"), tmp_path / "outside"
    out.mkdir()
    shutil.move(root / STORE, out / "SP1")  # the real store, now outside, reached by a link
    (state_dir(root) / "rollback").rmdir()
    (state_dir(root) / "rollback").symlink_to(out, target_is_directory=True)
    _check_refused(
        root,
        out,
        lambda: run_cli("uninstall", "--root", root, "--keep-config-db", log_dir=tmp_path / "l"),
        expect="is a link",
    )


def _sha(text: bytes) -> str:
    return hashlib.sha256(text).hexdigest()


def _forge_staging_link(root: Path, out: Path) -> None:
    """Recovering would remove the staging folder: through the link, a folder outside."""
    _journal(root, [StageStep(folder=".rms-wizard/staging/x")])
    (state_dir(root) / "staging").symlink_to(out, target_is_directory=True)


def _forge_target_link(root: Path, out: Path) -> None:
    """Undoing a file step would put a planted "original" over a file outside."""
    (install_dir(root) / "out").symlink_to(out, target_is_directory=True)
    target = install_dir(root).relative_to(root).as_posix() + "/out/victim.txt"
    kept = state_dir(root) / "rollback" / "SP1" / "files"
    kept.mkdir(parents=True)
    (kept / "victim.txt").write_text("forged\n")
    _journal(
        root,
        [
            StageStep(folder=".rms-wizard/staging/y"),
            PutFile(
                target=target,
                source=".rms-wizard/staging/y/new",
                displaced=".rms-wizard/rollback/SP1/files/victim.txt",
            ),
        ],
    )


def _forge_cleanup_outside_state(root: Path, out: Path) -> None:
    """Completing a "committed" run would remove the data folder as if it were staging."""
    registry = (root / "registry.reg").read_bytes()
    _journal(
        root,
        [
            PutFile(
                target="registry.reg",
                source=".rms-wizard/staging/z/registry.reg",
                sha256=_sha(registry),
                commit=True,
            ),
            Cleanup(remove=["drive_c/RMSData"]),
        ],
        '{"t": "committed"}',
    )


def _forge_lock_link(root: Path, out: Path) -> None:
    """No journal, but the lock is a link: recovery would remove or rewrite it."""
    state_dir(root).mkdir()
    (state_dir(root) / "lock").symlink_to(out / "victim.txt")


def _forge_journal_link(root: Path, out: Path) -> None:
    """The journal itself is a link to a file outside."""
    _journal(out, [StageStep(folder=".rms-wizard/staging/x")])
    state_dir(root).mkdir()
    (state_dir(root) / "journal.jsonl").symlink_to(out / ".rms-wizard" / "journal.jsonl")


FORGERIES: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "staging-link": (_forge_staging_link, "is a link"),
    "target-link": (_forge_target_link, "is a link"),
    "cleanup-outside-state": (_forge_cleanup_outside_state, "may have been altered"),
    "journal-link": (_forge_journal_link, "is a link"),
    "lock-link": (_forge_lock_link, "is a link"),
}


@pytest.mark.parametrize("forgery", sorted(FORGERIES))
def test_recover_refuses_a_forged_journal_and_touches_nothing(
    prepared: Prepared, tmp_path: Path, forgery: str
) -> None:
    root, out = prepared.copy("v1", tmp_path / "s"), _outside(tmp_path)
    plant, expect = FORGERIES[forgery]
    plant(root, out)
    _check_refused(
        root, out, lambda: run_cli("recover", "--root", root, log_dir=tmp_path / "l"), expect=expect
    )
