"""Repair: SP1's deleted and damaged files put back, exactly SP1 again; the admin's changes kept;
a failure rolls the damaged tree back as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from enginekit import (
    Prepared,
    Templates,
    assert_exactly,
    content,
    damage_sp1,
    diff,
    install_dir,
    prepare,
)

from rms_wizard.core.common.messages import BadInputError, OperationFailedError
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.payload import sp1_payload
from rms_wizard.core.engine.repair import plan_repair, repair_options, repair_sp1
from rms_wizard.core.engine.verify import verify_state
from rms_wizard.core.install.models import FileAction


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("repair")
    return prepare(base, Templates(base))


def test_a_damaged_sp1_is_repaired_to_exactly_sp1(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("sp1", tmp_path / "server")
    damage_sp1(root)
    assert not verify_state(detect_install(root)).ok
    plan = plan_repair(detect_install(root), sp1_payload(), repair_options())
    actions = {a.path: a.action for a in plan.actions}
    assert actions["bin/DRMSCrypto.dll"] is FileAction.ADD
    assert actions["_wmcs/licensing/license.asmx"] is FileAction.ADD
    assert actions["client/msdrm.dll"] is FileAction.REPLACE  # cut: no longer versioned
    assert actions["bin/DRMSServer.dll"] is FileAction.REPLACE  # same version, wrong content
    assert len(plan.changes()) == 4
    result = repair_sp1(root, faults=FaultPlan(None))
    assert result.files_written == 4
    assert_exactly(root, prepared, "SP1")
    # Nothing left to do the second time.
    assert repair_sp1(root, faults=FaultPlan(None)).files_written == 0
    assert_exactly(root, prepared, "SP1")


def test_the_admins_changes_are_kept(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("sp1", tmp_path / "server")
    config = install_dir(root) / "_wmcs" / "web.config"
    config.write_bytes(config.read_bytes() + b"<!-- the admin's change -->\r\n")
    (install_dir(root) / "admin" / "admin.css").unlink()
    plan = plan_repair(detect_install(root), sp1_payload())
    actions = {a.path: a.action for a in plan.actions}
    assert actions["_wmcs/web.config"] is FileAction.KEEP_MODIFIED
    assert actions["admin/admin.css"] is FileAction.ADD
    repair_sp1(root, faults=FaultPlan(None))
    assert config.read_bytes().endswith(b"<!-- the admin's change -->\r\n")
    result = verify_state(detect_install(root))
    assert result.ok and result.modified == ["_wmcs/web.config"]
    # "a" reinstalls every file, the admin's change included
    repair_sp1(root, options=repair_options("amus"), faults=FaultPlan(None))
    assert_exactly(root, prepared, "SP1")


@pytest.mark.parametrize("fault", ["fail-at-step:3", "disk-full-at-step:4"])
def test_a_failed_repair_puts_the_damaged_tree_back(
    prepared: Prepared, tmp_path: Path, fault: str
) -> None:
    root = prepared.copy("sp1", tmp_path / "server")
    damage_sp1(root)
    before = content(root)
    with pytest.raises(OperationFailedError, match="repair failed and was rolled back"):
        repair_sp1(root, faults=FaultPlan(fault))
    assert not diff(before, content(root))
    assert not (root / ".rms-wizard" / "staging").exists()
    assert not (root / ".rms-wizard" / "journal.jsonl").exists()


def test_repair_needs_sp1(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("v1", tmp_path / "server")
    before = content(root)
    with pytest.raises(BadInputError, match="SP1 is not installed here"):
        repair_sp1(root)
    with pytest.raises(BadInputError, match="not a reinstall mode"):
        repair_options("pecmz")
    assert not diff(before, content(root))
    shutil.rmtree(root)
