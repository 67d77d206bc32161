"""core/setuplog.py: redaction, the structured entries, the log folder and rotation (no Qt)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from pydantic import SecretStr

from rms_wizard.core import setuplog
from rms_wizard.core.detect import detect_install
from rms_wizard.core.sandbox import create_sandbox
from rms_wizard.core.setuplog import REDACTED, SetupLog


def test_registered_secrets_are_redacted_longest_first(tmp_path: Path) -> None:
    log = SetupLog([tmp_path / "a.log"])
    log.add_secret(SecretStr("abc"))
    log.add_secret(SecretStr("abcdef-Geheim!"))
    log.add_secret(SecretStr(""))  # nothing to hide: must not blank every line
    log.line("typed abcdef-Geheim! then abc, twice: abc")
    log.close()
    text = (tmp_path / "a.log").read_text(encoding="utf-8")
    assert "abc" not in text.split(" ", 2)[2]
    assert text.rstrip().endswith(f"typed {REDACTED} then {REDACTED}, twice: {REDACTED}")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("password=hunter2 next", f"password={REDACTED} next"),
        (
            '{"key_password": "a \\"quoted\\" one", "x": 1}',
            f'{{"key_password": {REDACTED}, "x": 1}}',
        ),
        ("Token: abc.def, more", f"Token: {REDACTED}, more"),
        ("keyring secret=xyz", f"keyring secret={REDACTED}"),
        ("client_credential: 'a b'", f"client_credential: {REDACTED}"),
    ],
)
def test_secret_looking_fields_are_redacted(line: str, expected: str) -> None:
    assert SetupLog([]).redact(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Give the password with --password-stdin or --password-from-keyring.",
        "The private-key password is wrong.",
        "detect: private-key /x/ServerPrivateKey.pem exists=True encrypted=True size=1886",
        "backup: private-key ServerPrivateKey.pem from /x sha256=" + "a" * 64 + " size=1886",
    ],
)
def test_ordinary_lines_are_left_alone(line: str) -> None:
    assert SetupLog([]).redact(line) == line


def test_open_for_run_uses_the_log_dir_owner_only_and_an_extra_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RMS_WIZARD_LOG_DIR", str(tmp_path / "logs"))
    extra = tmp_path / "extra" / "run.log"
    log = SetupLog.open_for_run(str(extra), command="apply")
    log.line("hello")
    log.close()
    assert log.path is not None and log.path.parent == tmp_path / "logs"
    assert log.path.name.startswith("rms-wizard-") and log.path.suffix == ".log"
    assert stat.S_IMODE(log.path.stat().st_mode) == 0o600
    assert log.path.read_text(encoding="utf-8") == extra.read_text(encoding="utf-8")
    assert "=== rms-wizard apply started" in extra.read_text(encoding="utf-8")


def test_rotation_keeps_the_newest(tmp_path: Path) -> None:
    for index in range(setuplog.KEEP_LOGS + 5):
        path = tmp_path / f"rms-wizard-{index:03d}.log"
        path.write_text("x", encoding="utf-8")
        os.utime(path, (1_000_000 + index, 1_000_000 + index))
    (tmp_path / "other.txt").write_text("kept", encoding="utf-8")
    setuplog.rotate(tmp_path)
    left = sorted(p.name for p in tmp_path.glob("rms-wizard-*.log"))
    assert len(left) == setuplog.KEEP_LOGS - 1
    assert left[-1] == f"rms-wizard-{setuplog.KEEP_LOGS + 4:03d}.log"  # the newest stay
    assert (tmp_path / "other.txt").is_file()


def test_detection_entry_lists_every_finding(tmp_path: Path) -> None:
    root = tmp_path / "s"
    create_sandbox("single-server-v1", root)
    state = detect_install(root)
    log = SetupLog([tmp_path / "d.log"])
    log.detection(state, "detect (after)")
    log.close()
    text = (tmp_path / "d.log").read_text(encoding="utf-8")
    assert f"detect (after): root={state.root} status=installed version=1.0" in text
    for item in state.files:
        assert f"detect (after): file {item.path} version={item.version}" in text
    for comp in state.components:
        assert f"detect (after): component {comp.id.value} installed=" in text
    assert "detect (after): config-db " in text and "detect (after): private-key " in text
