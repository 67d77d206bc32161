"""Detection: every install state, the ``winreg`` reader (with a fake module), and bad input."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from enginekit import (
    Templates,
    config_db,
    data_dir,
    diff,
    install_dir,
    key_file,
    logging_db,
    snapshot,
)

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.common.paths import registry_file
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.install_lock import InstallLock
from rms_wizard.core.engine.journal import Journal
from rms_wizard.core.engine.payload import baseline_payload, sp1_payload
from rms_wizard.core.engine.plan import plan_update
from rms_wizard.core.engine.step_models import Begin
from rms_wizard.core.engine.update_steps import build_update
from rms_wizard.core.engine.verify import verify_state
from rms_wizard.core.install import install_listing
from rms_wizard.core.install import registry as registry_module
from rms_wizard.core.install.fileversion import versioned_binary
from rms_wizard.core.install.models import (
    ComponentId,
    FileVersion,
    InstallStatus,
    Release,
    ServerRole,
)
from rms_wizard.core.install.regfile import RegKind, read_reg, write_reg_atomic
from rms_wizard.core.install.registry import DRMS_KEY, HKLM, WinRegReader

SP1 = sp1_payload()
BASELINE = baseline_payload()


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("detect"))


@pytest.fixture
def v1(templates: Templates, tmp_path: Path) -> Path:
    return templates.copy("single-server-v1", tmp_path / "server")


def set_registry(root: Path, name: str, value: str) -> None:
    write_reg_atomic(
        registry_file(root), read_reg(registry_file(root)).with_value(DRMS_KEY, name, value)
    )


# ------------------------------------------------------------------------------ the states


def test_installed_v1(templates: Templates) -> None:
    root = templates.template("single-server-v1")
    state = detect_install(root)
    assert state.status is InstallStatus.INSTALLED
    assert state.version is Release.V1 and state.registry_version == "1.0"
    assert state.identity.name == "RMS-ROOT01"
    assert state.identity.role is ServerRole.ROOT_CERTIFICATION
    assert state.identity.cluster_id == "contoso-root"
    assert state.identity.forest == "contoso.com"
    assert {c.id: c.installed for c in state.components} == dict.fromkeys(ComponentId, True)
    assert {c.id: str(c.version) for c in state.components} == {
        ComponentId.SERVER: "5.2.3790.134",
        ComponentId.ADMIN: "5.2.3790.134",
        ComponentId.LOGGING: "5.2.3790.134",
        ComponentId.CLIENT: "5.2.3790.134",
    }
    # every file of the pristine 1.0 install, with its hash and (for binaries) its version
    assert {f.path: (f.sha256, f.version) for f in state.files} == {
        f.path: (f.sha256, f.version) for f in BASELINE.manifest.files
    }
    assert state.config_db is not None and state.config_db.exists
    assert state.config_db.schema_release is Release.V1 and state.config_db.row_count > 0
    assert state.logging_db is not None and state.logging_db.schema_release is Release.V1
    assert state.private_key is not None and state.private_key.encrypted
    assert state.interrupted is None and state.problems == [] and not state.fresh_install


def test_installed_sp1(templates: Templates) -> None:
    state = detect_install(templates.template("already-sp1"))
    assert state.status is InstallStatus.INSTALLED
    assert state.version is Release.SP1 and not state.fresh_install
    assert state.identity.role is ServerRole.LICENSING
    server = next(c for c in state.components if c.id is ComponentId.SERVER)
    assert str(server.version) == "5.2.3790.300"
    assert state.config_db is not None and state.config_db.schema_release is Release.SP1
    assert state.logging_db is not None and state.logging_db.schema_release is Release.SP1
    assert state.problems == []


def test_no_rms(templates: Templates) -> None:
    state = detect_install(templates.template("no-rms"))
    assert state.status is InstallStatus.NONE
    assert state.version is None and state.files == [] and state.components == []
    assert state.config_db is None and state.private_key is None


def test_interrupted_by_a_journal(v1: Path) -> None:
    state = detect_install(v1)
    steps, _stage = build_update(v1, state, plan_update(state, SP1, BASELINE), SP1)
    Journal(v1).open_new(Begin(txid="t1", operation="apply", steps=steps, created=time.time()))
    found = detect_install(v1)
    assert found.status is InstallStatus.INTERRUPTED
    assert found.interrupted is not None
    assert found.interrupted.operation == "apply"
    assert found.interrupted.steps_total == len(steps)
    assert found.interrupted.steps_done == 0
    assert not found.interrupted.committed and not found.interrupted.lock_holder_alive
    result = verify_state(found)
    assert result.interrupted and not result.ok


def test_interrupted_by_a_stale_lock(v1: Path) -> None:
    lock = InstallLock(v1)
    lock.path.parent.mkdir()
    lock.path.write_text('{"pid": 999999999, "host": "elsewhere", "operation": "apply"}')
    state = detect_install(v1)
    assert state.status is InstallStatus.INTERRUPTED
    assert state.interrupted is not None
    assert state.interrupted.operation == "apply" and not state.interrupted.lock_holder_alive


def test_inconsistent_sp1_binary_on_a_v1_registry(v1: Path) -> None:
    target = install_dir(v1) / "bin" / "DRMSServer.dll"
    target.write_bytes(versioned_binary(FileVersion.parse("5.2.3790.300"), "SP1 server"))
    state = detect_install(v1)
    assert state.status is InstallStatus.INCONSISTENT
    assert [str(p) for p in state.problems] == [
        "bin/DRMSServer.dll has the SP1 version 5.2.3790.300, but the registry says 1.0."
    ]


def test_inconsistent_v1_binary_on_an_sp1_registry(templates: Templates, tmp_path: Path) -> None:
    root = templates.copy("already-sp1", tmp_path / "s")
    original = BASELINE.source("client/msdrm.dll").read_bytes()
    (install_dir(root) / "client" / "msdrm.dll").write_bytes(original)
    state = detect_install(root)
    assert state.status is InstallStatus.INCONSISTENT
    assert "client/msdrm.dll has the 1.0 version 5.2.3790.134" in str(state.problems[0])


def test_inconsistent_missing_file(v1: Path) -> None:
    (install_dir(v1) / "admin" / "DRMSAdmin.dll").unlink()
    state = detect_install(v1)
    assert state.status is InstallStatus.INCONSISTENT
    assert [str(p) for p in state.problems] == ["The file admin/DRMSAdmin.dll is missing."]


def test_inconsistent_unknown_product_version(v1: Path) -> None:
    set_registry(v1, "ProductVersion", "2.0")
    state = detect_install(v1)
    assert state.status is InstallStatus.INCONSISTENT and state.version is None
    assert "no known RMS product version" in str(state.problems[0])


def test_inconsistent_missing_install_folder(v1: Path) -> None:
    shutil.rmtree(install_dir(v1))
    state = detect_install(v1)
    assert state.status is InstallStatus.INCONSISTENT
    assert "The install folder" in str(state.problems[0])


def test_modified_unversioned_file_is_not_an_inconsistency(
    templates: Templates,
) -> None:
    state = detect_install(templates.template("user-modified-config"))
    assert state.status is InstallStatus.INSTALLED and state.problems == []


# ------------------------------------------------------------------------------ winreg reader


class FakeWinreg:
    """Just enough of ``winreg`` (same names, same error behaviour), backed by a .reg export."""

    HKEY_LOCAL_MACHINE = 0x80000002
    HKEY_CURRENT_USER = 0x80000001
    KEY_READ = 0x20019
    KEY_ALL_ACCESS = 0xF003F

    class Handle:
        def __init__(self, sub: str) -> None:
            self.sub = sub
            self.closed = False

    def __init__(self, reg_path: Path) -> None:
        self.keys: dict[str, list[tuple[str, object, int]]] = {}
        for key in read_reg(reg_path).keys:
            hive, _, sub = key.path.partition("\\")
            assert hive == HKLM
            self.keys[sub.lower()] = [
                (v.name, v.data, v.reg_type or 0)
                for v in key.values
                if v.kind is not RegKind.DELETE
            ]
        self.opened: list[tuple[int, str, int, int]] = []
        self.handles: list[FakeWinreg.Handle] = []

    def OpenKey(self, hive: int, sub: str, reserved: int = 0, access: int = KEY_READ) -> Handle:
        self.opened.append((hive, sub, reserved, access))
        if hive != self.HKEY_LOCAL_MACHINE or sub.lower() not in self.keys:
            raise FileNotFoundError(errno.ENOENT, "The system cannot find the file specified")
        handle = self.Handle(sub.lower())
        self.handles.append(handle)
        return handle

    def _live(self, handle: Handle) -> list[tuple[str, object, int]]:
        if handle.closed:
            raise OSError(errno.EBADF, "The handle is invalid")
        return self.keys[handle.sub]

    def QueryValueEx(self, handle: Handle, name: str) -> tuple[object, int]:
        for value_name, data, kind in self._live(handle):
            if value_name.lower() == name.lower():
                return data, kind
        raise FileNotFoundError(errno.ENOENT, "The system cannot find the file specified")

    def EnumValue(self, handle: Handle, index: int) -> tuple[str, object, int]:
        values = self._live(handle)
        if index >= len(values):
            raise OSError(259, "No more data is available")
        return values[index]

    def CloseKey(self, handle: Handle) -> None:
        handle.closed = True


def test_winreg_reader_detects_like_the_reg_file(templates: Templates) -> None:
    for scenario in ("single-server-v1", "already-sp1", "no-rms"):
        root = templates.template(scenario)
        fake = FakeWinreg(registry_file(root))
        assert detect_install(root, registry=WinRegReader(fake)) == detect_install(root)
        # read-only, and every handle closed
        assert fake.opened and {access for *_, access in fake.opened} == {FakeWinreg.KEY_READ}
        assert all(h.closed for h in fake.handles)


def test_winreg_reader_values(templates: Templates) -> None:
    fake = FakeWinreg(registry_file(templates.template("single-server-v1")))
    reader = WinRegReader(fake)
    assert reader.value(DRMS_KEY, "ProductVersion") == "1.0"
    assert reader.value(DRMS_KEY, "productversion") == "1.0"  # case-insensitive like Windows
    assert reader.value(DRMS_KEY + r"\Components", "Client") == 1
    assert reader.value(DRMS_KEY, "NoSuchValue") is None
    assert reader.value(DRMS_KEY + r"\NoSuchKey", "X") is None
    assert reader.has_key(DRMS_KEY) and not reader.has_key(DRMS_KEY + r"\NoSuchKey")
    assert "ProductVersion" in reader.value_names(DRMS_KEY)
    assert reader.value_names(DRMS_KEY + r"\NoSuchKey") == []
    opened = len(fake.opened)
    # other hives are never opened (RMS lives under HKLM only)
    assert reader.value(r"HKEY_CURRENT_USER\Software\X", "Y") is None
    assert not reader.has_key(r"HKEY_CURRENT_USER\Software\X")
    assert len(fake.opened) == opened
    assert all(h.closed for h in fake.handles)


def test_winreg_reader_ignores_unusable_data() -> None:
    class Odd(FakeWinreg):
        def __init__(self) -> None:
            self.keys = {r"software\microsoft\drms": [("Weird", 1.5, 99), ("Nothing", None, 0)]}
            self.opened = []
            self.handles = []

    reader = WinRegReader(Odd())
    assert reader.value(DRMS_KEY, "Weird") is None
    assert reader.value(DRMS_KEY, "Nothing") is None
    assert reader.value_names(DRMS_KEY) == ["Weird", "Nothing"]


# ------------------------------------------------------------------------------ bad input


def _write_garbage_db(path: Path) -> None:
    path.write_bytes(b"this is not an SQLite database at all" * 100)


def _truncate(path: Path, size: int) -> None:
    with path.open("r+b") as handle:
        handle.truncate(size)


def _link_out(link: Path, target: Path) -> None:
    target.write_text("outside")
    link.symlink_to(target)


def _dir_link_out(link: Path, target: Path) -> None:
    target.mkdir(exist_ok=True)
    link.symlink_to(target, target_is_directory=True)


def _move_out_and_link(inside: Path, outside: Path) -> None:
    shutil.move(inside, outside)
    inside.symlink_to(outside, target_is_directory=True)


BREAKERS: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "root-missing": (lambda r, o: shutil.rmtree(r), "does not exist"),
    "root-is-a-file": (
        lambda r, o: (shutil.rmtree(r), r.write_text("x")),
        "is not a folder",
    ),
    "not-an-install": (lambda r, o: registry_file(r).unlink(), "is not a server install"),
    "registry-is-a-folder": (
        lambda r, o: (registry_file(r).unlink(), registry_file(r).mkdir()),
        "is not a server install",
    ),
    "reg-malformed": (
        lambda r, o: registry_file(r).write_bytes(b"REGEDIT5\r\n[HKEY_NOWHERE]\r\n"),
        "is not valid",
    ),
    "reg-bad-value": (
        lambda r, o: registry_file(r).write_text(
            'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\X]\n"a"=dword:zz\n'
        ),
        "bad dword value",
    ),
    "reg-truncated-odd": (
        lambda r, o: _truncate(registry_file(r), registry_file(r).stat().st_size // 2 + 1),
        "truncated",
    ),
    "reg-truncated-mid-string": (
        lambda r, o: _truncate(registry_file(r), 300),
        "unterminated string",
    ),
    "reg-empty": (lambda r, o: registry_file(r).write_bytes(b""), "is not valid"),
    "reg-link-out": (
        lambda r, o: (
            registry_file(r).rename(o / "registry.reg"),
            registry_file(r).symlink_to(o / "registry.reg"),
        ),
        "points outside",
    ),
    "file-link-out": (
        lambda r, o: _link_out(install_dir(r) / "bin" / "evil.dll", o / "evil.dll"),
        "points outside",
    ),
    "dir-link-out": (
        lambda r, o: _dir_link_out(install_dir(r) / "admin" / "etc", o / "etc"),
        "points outside",
    ),
    "install-dir-link-out": (
        lambda r, o: _move_out_and_link(install_dir(r), o / "install"),
        "points outside",
    ),
    "data-dir-link-out": (
        lambda r, o: _move_out_and_link(data_dir(r), o / "data"),
        "points outside",
    ),
    "link-loop": (
        lambda r, o: (install_dir(r) / "loop").symlink_to("loop"),
        "cannot be followed",
    ),
    "backslash-in-a-name": (
        lambda r, o: (install_dir(r) / "bin" / "odd\\name.dll").write_bytes(b"MZ"),
        "is not a valid install path",
    ),
    "fifo-in-the-tree": (
        lambda r, o: os.mkfifo(install_dir(r) / "bin" / "pipe.dll"),
        "it is not a file",
    ),
    "dangling-link": (
        lambda r, o: (install_dir(r) / "bin" / "gone.dll").symlink_to("nowhere.dll"),
        "Cannot read",
    ),
    "config-db-is-a-folder": (
        lambda r, o: (config_db(r).unlink(), config_db(r).mkdir()),
        "it is not a file",
    ),
    "key-is-a-folder": (
        lambda r, o: (key_file(r).unlink(), key_file(r).mkdir()),
        "it is not a file",
    ),
    "registry-path-escapes": (
        lambda r, o: set_registry(r, "InstallPath", "C:\\..\\..\\etc"),
        "invalid path",
    ),
    "config-db-corrupt": (lambda r, o: _write_garbage_db(config_db(r)), "cannot be read"),
    "config-db-truncated": (lambda r, o: _truncate(config_db(r), 3000), "cannot be read"),
    "logging-db-truncated": (lambda r, o: _truncate(logging_db(r), 3000), "cannot be read"),
}


@pytest.mark.parametrize("case", sorted(BREAKERS))
def test_bad_input_is_a_clear_error_and_writes_nothing(v1: Path, tmp_path: Path, case: str) -> None:
    breaker, words = BREAKERS[case]
    outside = tmp_path / "outside"
    outside.mkdir()
    breaker(v1, outside)
    before, before_out = snapshot(v1), snapshot(outside)
    with pytest.raises(BadInputError) as info:
        detect_install(v1)
    text = str(info.value)
    assert words in text
    assert "\n" not in text
    assert info.value.exit_code == 2
    assert not diff(before, snapshot(v1)) and not diff(before_out, snapshot(outside))


def test_an_unreadable_install_file_is_a_clear_error(
    v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = install_listing.scan_file  # detection scans through the listing module

    def scan(path: str | Path, **options: Any) -> Any:
        if Path(path).name == "DRMSCrypto.dll":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real(path, **options)

    monkeypatch.setattr(install_listing, "scan_file", scan)
    with pytest.raises(BadInputError) as info:
        detect_install(v1)
    assert "Cannot read" in str(info.value) and "DRMSCrypto.dll: access is denied" in str(
        info.value
    )


def test_an_unreadable_registry_export_is_a_clear_error(
    v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(path: Path) -> Any:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    monkeypatch.setattr(registry_module, "read_reg", fail)
    with pytest.raises(BadInputError) as info:
        detect_install(v1)
    assert "registry.reg: access is denied" in str(info.value)


def test_detection_does_not_write_to_a_good_install(v1: Path) -> None:
    before = snapshot(v1)
    for _ in range(2):
        detect_install(v1)
    assert not diff(before, snapshot(v1))
    # and does not leave SQLite side files either
    assert not any(p.suffix in (".db-journal", ".db-wal") for p in data_dir(v1).iterdir())
    with sqlite3.connect(config_db(v1)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_detection_for_an_update_reads_versions_without_hashing_binaries(v1: Path) -> None:
    install = Path(detect_install(v1).install_dir or "")
    (install / "admin-notes.txt").write_text("the admin's own file\n", encoding="utf-8")
    full = detect_install(v1)
    light = detect_install(v1, for_update=True)
    # a file no release ships is not read for planning
    assert full.file("admin-notes.txt") is not None and light.file("admin-notes.txt") is None
    shipped = [f for f in full.files if f.path != "admin-notes.txt"]
    for heavy, quick in zip(shipped, light.files, strict=True):
        assert (heavy.path, heavy.size, heavy.version) == (quick.path, quick.size, quick.version)
        # versioned binaries carry no hash; unversioned files are hashed as always
        assert quick.sha256 == (None if heavy.version is not None else heavy.sha256)
    assert any(f.sha256 is None for f in light.files)
    assert any(f.sha256 is not None for f in light.files)
