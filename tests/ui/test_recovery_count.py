"""Issue 14, item 13: one count of an interrupted run, everywhere -- the files it had changed, as
they are on disk -- with plural forms, on the detection and the recovery page alike."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rms_wizard.core.engine.backup import make_backup
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.payload import baseline_payload, sp1_payload
from rms_wizard.core.install.fileversion import sha256_file
from rms_wizard.training.sandbox import get_scenario
from rms_wizard.ui.page_id import PageId

APPLY = (sys.executable, "-m", "rms_wizard", "apply")


def _kill_the_update_at(root: Path, step: int) -> None:
    scenario = get_scenario("power-loss")
    backup = root / "backups" / "before"
    make_backup(
        detect_install(root), backup, include_logging_db=False, password=scenario.password()
    )
    done = subprocess.run(
        [*APPLY, "--root", str(root), "--backup", str(backup), "--password-stdin"],
        input=scenario.key_password + "\n",
        capture_output=True,
        text=True,
        env={**os.environ, "RMS_WIZARD_FAULT": f"kill-at-step:{step}"},
        timeout=60,
        check=False,
    )
    assert done.returncode == -9, done.stderr


def _changed_on_disk(root: Path) -> int:
    """SP1's files that are on disk already and differ from what 1.0 had there."""
    install = Path(str(detect_install(root).install_dir))
    before = {f.path: f.sha256 for f in baseline_payload().manifest.files}
    return sum(
        1
        for f in sp1_payload().manifest.files
        if f.sha256 != before.get(f.path)
        and (install / f.path).is_file()
        and sha256_file(install / f.path) == f.sha256
    )


def test_detection_and_recovery_give_the_same_count_of_changed_files(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("power-loss")
    _kill_the_update_at(root, 12)
    changed = _changed_on_disk(root)
    assert changed > 1  # more than the journal's first finished batch: the old count said 1
    driver = open_wizard(root, "power-loss")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    said = driver.page().explanation.text()
    assert f"It had changed {changed} files before it stopped, out of " in said, said
    driver.forward(PageId.RECOVERY)
    found = driver.page().found.text()
    sentence = said[said.index("It had changed") :].split(".")[0]
    assert sentence in found, found
    assert "steps were done" not in found


def test_one_changed_file_is_said_in_the_singular(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    root = sandbox("power-loss")
    _kill_the_update_at(root, 3)  # step 2 (the first file) done, killed at the second
    assert _changed_on_disk(root) == 1
    driver = open_wizard(root, "power-loss")
    driver.forward(PageId.DETECTION)
    driver.wait(lambda: driver.page().isComplete())
    driver.forward(PageId.RECOVERY)
    assert "It had changed 1 file before it stopped, out of " in driver.page().found.text()
