"""Uninstall checks the rollback store before its first change, and keeps an admin's later edits
(issue 12, item 5)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from enginekit import (
    Prepared,
    Templates,
    assert_clean_error,
    assert_exactly,
    content,
    diff,
    install_dir,
    prepare,
    product_version,
    run_cli,
    snapshot,
)
from pydantic import SecretStr

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.common.progress import Cancelled, CancelToken, ProgressEvent
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.rollback_store import KEPT_REL, STORE_REL, RollbackStore, load_store
from rms_wizard.core.engine.uninstall import uninstall_sp1

NO_FAULT = FaultPlan(None)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("store-check")
    return prepare(base, Templates(base))


def _store(root: Path) -> RollbackStore:
    store = load_store(root)
    assert store is not None
    return store


def _replaced(root: Path) -> str:
    return next(e.path for e in _store(root).entries if e.action == "replaced")


def _added(root: Path) -> str:
    return next(e.path for e in _store(root).entries if e.action == "added")


def _stored(root: Path, rel: str) -> Path:
    return root / STORE_REL / rel


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _forget_hash(root: Path) -> None:
    path = _stored(root, "store.json")
    data = json.loads(path.read_text())
    for entry in data["entries"]:
        if entry["action"] == "replaced":
            entry["original_sha256"] = None
            break
    path.write_text(json.dumps(data))


Tamper = Callable[[Path], None]
TAMPERS: dict[str, tuple[Tamper, str]] = {
    "original missing": (
        lambda root: _stored(root, f"files/{_replaced(root)}").unlink(),
        "is missing",
    ),
    "original altered": (
        lambda root: _flip(_stored(root, f"files/{_replaced(root)}")),
        "was changed after SP1 was installed",
    ),
    "original replaced by a link": (
        lambda root: (
            _stored(root, f"files/{_replaced(root)}").unlink(),
            _stored(root, f"files/{_replaced(root)}").symlink_to(
                install_dir(root) / _replaced(root)
            ),
        ),
        "is missing",
    ),
    "registry missing": (lambda root: _stored(root, "registry.reg").unlink(), "is missing"),
    "registry altered": (
        lambda root: _stored(root, "registry.reg").write_text("Windows Registry Editor 5.00\n"),
        "was changed",
    ),
    "logging database altered": (lambda root: _flip(_stored(root, "logging.db")), "was changed"),
    "no recorded hash": (_forget_hash, "records no hash"),
}


def test_apply_records_the_hash_of_every_original(prepared: Prepared) -> None:
    store = _store(prepared.sp1)
    assert store.registry_sha256 and store.logging_db and store.logging_db_sha256
    assert all(e.original_sha256 for e in store.entries if e.action == "replaced")
    assert all(e.sp1_sha256 for e in store.entries)


@pytest.mark.parametrize("case", sorted(TAMPERS))
def test_a_damaged_store_is_refused_before_anything_changes(
    prepared: Prepared, tmp_path: Path, case: str
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    tamper, words = TAMPERS[case]
    tamper(root)
    before = snapshot(root)
    with pytest.raises(BadInputError) as info:
        uninstall_sp1(root, restore_config_db=None, faults=NO_FAULT)
    text = str(info.value)
    assert words in text and "SP1 is not removed and nothing was changed" in text
    assert info.value.exit_code == 2
    assert not diff(before, snapshot(root))  # every path, mode, mtime and hash as before


def test_the_cli_refuses_a_damaged_store_in_one_line(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    replaced = _replaced(root)
    _flip(_stored(root, f"files/{replaced}"))
    before = snapshot(root)
    result = run_cli("uninstall", "--root", root, "--keep-config-db", log_dir=tmp_path)
    line = assert_clean_error(result, 2)
    assert replaced in line and "was changed after SP1 was installed" in line
    assert "SP1 is removed" not in result.stdout
    assert not diff(before, snapshot(root))


@pytest.mark.parametrize(
    ("field", "value"),
    [("install_dir", "../outside"), ("install_dir", "/etc"), ("entry", "../../outside.dll")],
)
def test_a_store_naming_a_path_outside_the_install_is_refused_in_one_line(
    prepared: Prepared, tmp_path: Path, field: str, value: str
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    store_json = root / STORE_REL / "store.json"
    data = json.loads(store_json.read_text(encoding="utf-8"))
    if field == "entry":
        data["entries"][0]["path"] = value
    else:
        data[field] = value
    store_json.write_text(json.dumps(data), encoding="utf-8")
    before = snapshot(root)
    result = run_cli("uninstall", "--root", root, "--keep-config-db", log_dir=tmp_path)
    line = assert_clean_error(result, 2)
    assert "altered or damaged" in line and "nothing was changed" in line, line
    assert not diff(before, snapshot(root))


def _edit_after_sp1(root: Path) -> dict[str, bytes]:
    edits = {}
    for rel in (_replaced(root), _added(root)):
        path = install_dir(root) / rel
        edits[rel] = path.read_bytes() + b"\n; the admin's own change after SP1\n"
        path.write_bytes(edits[rel])
    return edits


def test_admin_edits_after_sp1_are_kept_aside_and_reported(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    edits = _edit_after_sp1(root)
    result = uninstall_sp1(root, restore_config_db=None, faults=NO_FAULT)
    assert sorted(result.kept_edits) == sorted(edits)
    assert result.kept_in is not None
    kept = Path(result.kept_in)
    assert kept.parent == root / KEPT_REL
    for rel, data in edits.items():
        assert (kept / rel).read_bytes() == data  # the admin's version, byte for byte
    note = next(str(n) for n in result.notes if "your versions are kept" in str(n))
    assert str(kept) in note and all(rel in note for rel in edits)
    # The server is otherwise exactly 1.0 (with the SP1 database kept, as asked).
    assert not diff(prepared.ref_v1_kept_db, content(root))
    assert product_version(root) == "1.0"
    assert sorted(p.name for p in (root / ".rms-wizard").iterdir()) == ["kept"]


def test_an_unedited_removal_keeps_nothing_aside(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    result = uninstall_sp1(root, restore_config_db=None, faults=NO_FAULT)
    assert result.kept_edits == [] and result.kept_in is None
    assert_exactly(root, prepared, "1.0", kept_db=True)


def test_a_cancelled_removal_puts_the_edits_back_and_keeps_no_folder(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    _edit_after_sp1(root)
    before = content(root, include_state=True)
    token = CancelToken()

    def progress(event: ProgressEvent) -> None:
        if event.step == event.total_steps - 2:  # every file moved; the registry is next
            token.cancel()

    with pytest.raises(Cancelled):
        uninstall_sp1(
            root,
            restore_config_db=prepared.backup,
            password=SecretStr(prepared.password),
            progress=progress,
            cancel=token,
            faults=NO_FAULT,
        )
    assert not diff(before, content(root, include_state=True))
    assert not (root / KEPT_REL).exists()
