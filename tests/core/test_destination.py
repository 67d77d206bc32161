"""Issue 14, item 20: a fresh install's destination folder -- checked once (the core), used by the
wizard's Ready page and ``apply --install-dir`` alike, and the install goes there."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from enginekit import Templates, content, diff

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.destination import DEFAULT_INSTALL_PATH, check_destination
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.uninstall import uninstall_sp1
from rms_wizard.core.engine.verify import verify_state
from rms_wizard.core.install.models import InstallStatus, Release

NO_FAULT = FaultPlan(None)


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("templates"))


def _refused(root: Path, path: str, needed: int = 0) -> str:
    with pytest.raises(BadInputError) as caught:
        check_destination(root, path, needed)
    return str(caught.value.message)


def test_the_standard_folder_is_proposed_and_accepted(templates: Templates, tmp_path: Path) -> None:
    root = templates.copy("no-rms", tmp_path / "s")
    found = check_destination(root, DEFAULT_INSTALL_PATH, 1000)
    assert found.windows_path == DEFAULT_INSTALL_PATH
    assert found.folder == root / "drive_c" / "Program Files" / "Windows Rights Management Services"
    assert found.free >= found.needed == 1000
    assert sorted(p.name for p in root.iterdir()) == sorted(
        p.name for p in templates.copy("no-rms", tmp_path / "t").iterdir()
    )  # the check wrote nothing


def test_folders_that_cannot_be_used_are_refused_with_the_reason(
    templates: Templates, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = templates.copy("no-rms", tmp_path / "s")
    assert "Choose a destination folder first" in _refused(root, "  ")
    assert "is not a full folder path" in _refused(root, "Program Files\\RMS")
    assert "is not a full folder path" in _refused(root, "C:\\RMS\\..\\..\\etc")
    (root / "drive_c" / "used").mkdir(parents=True)
    (root / "drive_c" / "used" / "a.txt").write_text("x")
    assert "is not empty" in _refused(root, "C:\\used")
    assert "is a file, not a folder" in _refused(root, "C:\\used\\a.txt")
    outside = tmp_path / "outside"
    outside.mkdir()
    os.symlink(outside, root / "drive_e")  # a link out of the sandbox
    assert "leads outside this server's files" in _refused(root, "E:\\RMS")
    assert "not enough free disk space" in _refused(root, "D:\\RMS", 1 << 62)
    assert list(outside.iterdir()) == []

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("rms_wizard.core.engine.destination.tempfile.mkstemp", read_only)
    refused = _refused(root, "C:\\New")
    assert "cannot write to the folder C:\\New" in refused and "read-only" in refused.lower()


def test_a_fresh_install_goes_to_the_folder_chosen_and_is_removed_from_there(
    templates: Templates, tmp_path: Path
) -> None:
    root = templates.copy("no-rms", tmp_path / "s")
    before = content(root)
    apply_update(
        root, backup_dir=None, password=None, faults=NO_FAULT, install_path="D:\\Apps\\RMS"
    )
    state = detect_install(root)
    assert state.status is InstallStatus.INSTALLED and state.version is Release.SP1
    assert state.install_dir == str(root / "drive_d" / "Apps" / "RMS")
    assert (root / "drive_d" / "Apps" / "RMS" / "bin" / "DRMSServer.dll").is_file()
    assert not (root / "drive_c").exists()
    assert verify_state(state).ok
    uninstall_sp1(root, restore_config_db=None, faults=NO_FAULT)
    assert detect_install(root).status is InstallStatus.NONE
    assert diff(before, content(root)) == ["only after: drive_d", "only after: drive_d/Apps"]


def test_a_bad_destination_changes_nothing_and_an_update_takes_none(
    templates: Templates, tmp_path: Path
) -> None:
    root = templates.copy("no-rms", tmp_path / "s")
    before = content(root)
    with pytest.raises(BadInputError, match="not a full folder path"):
        apply_update(root, backup_dir=None, password=None, faults=NO_FAULT, install_path="RMS")
    assert diff(before, content(root)) == []
    v1 = templates.copy("single-server-v1", tmp_path / "v1")
    with pytest.raises(BadInputError, match="only for a fresh install"):
        apply_update(v1, backup_dir=None, password=None, faults=NO_FAULT, install_path="D:\\RMS")
