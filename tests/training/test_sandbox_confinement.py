"""The sandbox never writes outside its folder and never touches keyring entries but its own.

Every write is seen through Python's audit hooks (PEP 578): ``open`` with a write mode or write
flags (``builtins.open``, ``os.open``, ``Path.write_*``, ``tempfile``, ``shutil.copy*``), every
rename/replace, removal, link, folder creation or removal, permission or time change, and every
``sqlite3.connect`` that may write. The whole life of a sandbox runs under it: create, back up,
verify, apply, uninstall with restore, a rolling cluster rollout, the debrief's report, the setup
log and the reset. Allowed: the sandbox folder, and the log folder set with RMS_WIZARD_LOG_DIR.
The keyring is an in-memory backend that records every call with its service name.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlparse

import keyring
import pytest
from keyring.backend import KeyringBackend

from rms_wizard.core.common.events import EventKind, OperatorEvent
from rms_wizard.core.engine.apply import apply_update
from rms_wizard.core.engine.backup import make_backup, verify_backup
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.fault_plan import FaultPlan
from rms_wizard.core.engine.setuplog import SetupLog
from rms_wizard.core.engine.uninstall import uninstall_sp1
from rms_wizard.core.engine.verify import verify_state
from rms_wizard.core.fleet.cluster_exec import run_rollout
from rms_wizard.core.install.models import Release
from rms_wizard.core.keys.secrets import SANDBOX_SERVICE, SERVICE, SecretStore, account_for
from rms_wizard.training.cluster_sandbox import forget_sandbox_secrets, sandbox_accounts
from rms_wizard.training.debrief_html import write_debrief_html
from rms_wizard.training.debrief_rules import build_debrief
from rms_wizard.training.sandbox import arm_drill_fault, create_sandbox, reset_sandbox

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
# Audit event → the positions of the arguments that name a path being written, each with the
# position of its ``dir_fd`` argument (None: the event has none). shutil.rmtree removes entries
# relative to a folder's descriptor; /proc/self/fd tells which folder that is.
_PATH_ARGS: dict[str, tuple[tuple[int, int | None], ...]] = {
    "os.rename": ((0, 2), (1, 3)),
    "os.remove": ((0, 1),),
    "os.rmdir": ((0, 1),),
    "os.mkdir": ((0, 2),),
    "os.link": ((1, 3),),
    "os.symlink": ((1, 2),),
    "os.truncate": ((0, None),),
    "os.chmod": ((0, 2),),
    "os.chown": ((0, 3),),
    "os.utime": ((0, 4),),
    "os.chflags": ((0, None),),
    "os.setxattr": ((0, None),),
    "os.removexattr": ((0, None),),
    "shutil.rmtree": ((0, 1),),
    "shutil.copyfile": ((1, None),),
    "shutil.copymode": ((1, None),),
    "shutil.copystat": ((1, None),),
    "shutil.copytree": ((1, None),),
    "shutil.move": ((0, None), (1, None)),
    "tempfile.mkstemp": ((0, None),),
    "tempfile.mkdtemp": ((0, None),),
}


def _at(path: object, dir_fd: object) -> str:
    text = os.fsdecode(path)  # type: ignore[arg-type]
    if isinstance(dir_fd, int) and dir_fd >= 0 and not os.path.isabs(text):
        return os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}"), text)
    return text


class WriteAudit:
    """Records (event, path) for every write while active; installed once per process."""

    def __init__(self) -> None:
        self.active = False
        self.writes: list[tuple[str, str]] = []

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if not self.active:
            return
        try:
            for path in self._written(event, args):
                self.writes.append((event, path))
        except Exception as exc:  # an audit hook must never break the audited operation
            self.writes.append((event, f"<unreadable arguments: {exc!r}>"))

    @staticmethod
    def _written(event: str, args: tuple[object, ...]) -> list[str]:
        if event == "open":
            path, mode, flags = [*args, None, None, None][:3]
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS
            )
            if not writes or isinstance(path, int) or path is None:
                return []
            return [os.fsdecode(path)]  # type: ignore[arg-type]
        if event == "sqlite3.connect":
            database = os.fsdecode(args[0])  # type: ignore[arg-type]
            if database.startswith("file:"):
                parsed = urlparse(database)
                if "mode=ro" in parsed.query:
                    return []
                database = unquote(parsed.path)
            return [] if database == ":memory:" else [database]
        return [
            _at(args[i], args[fd] if fd is not None and fd < len(args) else None)
            for i, fd in _PATH_ARGS.get(event, ())
            if i < len(args) and isinstance(args[i], str | bytes | os.PathLike)
        ]


_AUDIT = WriteAudit()
sys.addaudithook(_AUDIT)


@pytest.fixture
def audit(monkeypatch: pytest.MonkeyPatch) -> Iterator[WriteAudit]:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # no .pyc written on a late import
    _AUDIT.writes = []
    _AUDIT.active = True
    try:
        yield _AUDIT
    finally:
        _AUDIT.active = False


def _folder_relative(path: str) -> bool:
    """A bare name (no separator, not ``.``/``..``) is opened at a folder descriptor (``dir_fd``):
    core/common/dir_fd.py opens those folders part by part from an absolute root, and that absolute open
    is itself in the audit, so the bare name cannot point outside it."""
    return bool(path) and not os.path.isabs(path) and os.sep not in path and path not in {".", ".."}


def outside(writes: list[tuple[str, str]], *allowed: Path) -> list[tuple[str, str]]:
    roots = [os.path.realpath(folder) for folder in allowed]
    bad = []
    for event, path in writes:
        if _folder_relative(path):
            continue
        real = os.path.realpath(os.path.abspath(path))
        if not any(real == root or real.startswith(root + os.sep) for root in roots):
            bad.append((event, path))
    return bad


class RecordingKeyring(KeyringBackend):
    """A secure in-memory keyring that records (operation, service, user) of every call."""

    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.calls: list[tuple[str, str, str]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(("get", service, username))
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(("set", service, username))
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete", service, username))
        self.items.pop((service, username), None)


@pytest.fixture
def recording_keyring() -> Iterator[RecordingKeyring]:
    previous = keyring.get_keyring()
    backend = RecordingKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def test_the_audit_catches_a_write_outside(tmp_path: Path, audit: WriteAudit) -> None:
    """The detector itself: a write next to the sandbox is reported, one inside is not."""
    inside, elsewhere = tmp_path / "sandbox", tmp_path / "elsewhere.txt"
    inside.mkdir()
    (inside / "ok.txt").write_text("x")
    elsewhere.write_text("x")
    os.replace(inside / "ok.txt", tmp_path / "moved.txt")
    bad = outside(audit.writes, inside)
    assert ("open", str(elsewhere)) in bad
    assert ("os.rename", str(tmp_path / "moved.txt")) in bad
    assert ("open", str(inside / "ok.txt")) not in bad


def test_a_sandbox_s_whole_life_stays_in_its_folder(
    tmp_path: Path,
    recording_keyring: RecordingKeyring,  # chosen before the audit starts: the test's own setup
    audit: WriteAudit,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    logs = tmp_path / "logs"
    monkeypatch.setenv("RMS_WIZARD_LOG_DIR", str(logs))
    real_entry = (SERVICE, account_for("RMS-ROOT01", "contoso-root"))
    recording_keyring.items[real_entry] = "the real server's password"

    folder = tmp_path / "sandbox"
    scenario = create_sandbox("single-server-v1", folder)
    password = scenario.password()
    store = SecretStore(sandbox=True)
    account = account_for("RMS-ROOT01", "contoso-root")
    store.store(account, password)
    assert store.get(account) is not None
    log = SetupLog.open_for_run(None, command="apply")
    log.add_secret(password)
    arm_drill_fault(folder, scenario)

    backup = folder / "backups" / "before-sp1"
    make_backup(detect_install(folder), backup, include_logging_db=True, password=password)
    verify_backup(backup, password)
    apply_update(folder, backup_dir=backup, password=password, faults=FaultPlan(None))
    assert verify_state(detect_install(folder)).state is Release.SP1
    uninstall_sp1(folder, restore_config_db=backup, password=password)
    assert verify_state(detect_install(folder)).state is Release.V1
    events = [OperatorEvent(kind=EventKind.BACKUP_MADE, at=datetime.now(UTC))]
    debrief = build_debrief(scenario, events, folder)
    write_debrief_html(folder / "debrief.html", debrief, scenario, "en", events=events)
    log.close()
    reset_sandbox(folder)
    forget_sandbox_secrets(scenario)

    # A cluster: rollout with its backups inside the sandbox, then reset.
    cluster_folder = tmp_path / "cluster"
    cluster = create_sandbox("cluster", cluster_folder)
    result = run_rollout(
        cluster_folder / "topology.json", cluster_folder / "backups", cluster.password()
    )
    assert result.completed
    reset_sandbox(cluster_folder)
    forget_sandbox_secrets(cluster)
    audit.active = False

    assert audit.writes, "the audit saw nothing: it is not working"
    seen = {Path(path).name for _event, path in audit.writes}
    assert {"registry.reg", "topology.json", "backup.json", "DRMS_Config.db", "lock"} <= seen
    assert any(Path(p).is_relative_to(logs) for _e, p in audit.writes)  # the log was written
    assert outside(audit.writes, folder, cluster_folder, logs) == []

    # Keyring: only the sandbox's service; the reset removed its entries; the real one is intact.
    services = {service for _op, service, _user in recording_keyring.calls}
    assert services == {SANDBOX_SERVICE}
    assert ("delete", SANDBOX_SERVICE, account) in recording_keyring.calls
    deleted = {user for op, _s, user in recording_keyring.calls if op == "delete"}
    assert deleted == set(sandbox_accounts(scenario)) | set(sandbox_accounts(cluster))
    assert recording_keyring.items == {real_entry: "the real server's password"}
