"""Issue 8, acceptance 2 (CLI side): every run leaves a setup log, ``--report FILE`` an HTML report;
the private-key password is in neither, whether it came from stdin or from the keyring.

The real CLI in a subprocess on copies of one 1.0 sandbox server and its backup, built once per
session in-process by the real core.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest
from enginekit import cli_env, run_cli
from pydantic import SecretStr

from rms_wizard.core.common.paths import SANDBOX_MARKER
from rms_wizard.core.engine.backup import make_backup
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.keys.secrets import SecretStore, account_for
from rms_wizard.training.sandbox import create_sandbox


@dataclass(frozen=True)
class Prepared:
    """A pristine 1.0 sandbox server and its verified backup (logging database included)."""

    v1: Path
    backup: Path
    password: str

    def copy(self, which: str, dest: Path) -> Path:
        shutil.copytree(getattr(self, which), dest, symlinks=True)
        return dest


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    base = tmp_path_factory.mktemp("report-trees")
    scenario = create_sandbox("single-server-v1", base / "v1")
    backup = base / "backup"
    make_backup(
        detect_install(base / "v1"),
        backup,
        include_logging_db=True,
        password=SecretStr(scenario.key_password),
    )
    return Prepared(v1=base / "v1", backup=backup, password=scenario.key_password)


@pytest.fixture
def log_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "logs"
    folder.mkdir()
    return folder


REPORT_SECTIONS = ("outcome", "run", "server", "versions", "backup", "plan", "result", "log")


class _Sections(HTMLParser):
    """The ids of the report's sections, and every attribute that could fetch something."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[str] = []
        self.fetching: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "section" and values.get("id"):
            self.sections.append(str(values["id"]))
        if tag == "script":
            self.scripts += 1
        for name in ("src", "href"):
            if values.get(name):
                self.fetching.append(f"{tag} {name}={values[name]}")


def _parse(html: str) -> _Sections:
    parser = _Sections()
    parser.feed(html)
    parser.close()
    return parser


def _logs(folder: Path) -> list[Path]:
    return sorted(folder.glob("rms-wizard-*.log"))


def _text(html: str) -> str:
    """The report as a person reads it: tags dropped, entities decoded, space collapsed."""
    from html import unescape

    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def _no_secret(password: str, *paths: Path) -> None:
    assert password
    for path in paths:
        data = path.read_bytes()
        assert password.encode() not in data, f"the password is in {path}"
        # Not in another spelling either (HTML escaping, JSON escaping).
        escaped = password.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        assert escaped.encode() not in data, f"the password (escaped) is in {path}"


def test_apply_then_uninstall_leave_logs_and_reports_without_the_password(
    prepared: Prepared, tmp_path: Path, log_dir: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "server")
    extra_log = tmp_path / "apply.log"
    report = tmp_path / "reports" / "apply.html"
    result = run_cli(
        "--log",
        extra_log,
        "--report",
        report,
        "apply",
        "--root",
        root,
        "--backup",
        prepared.backup,
        "--password-stdin",
        log_dir=log_dir,
        stdin=prepared.password + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert f"Report written to {report}" in result.stderr

    # The log in the user log folder and the --log copy are the same run.
    logs = _logs(log_dir)
    assert len(logs) == 1
    text = logs[0].read_text(encoding="utf-8")
    assert text == extra_log.read_text(encoding="utf-8")
    line = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \S")
    assert all(line.match(x) for x in text.splitlines()), "every line is timestamped"
    before = detect_install(prepared.v1)
    for expected in (
        "=== rms-wizard apply started",
        "detect: root=",
        "detect: server=RMS-ROOT01 role=root-certification",
        "detect: component server installed=True version=5.2.3790.134",
        "detect: private-key ",
        "backup: folder=",
        "backup verified:",
        "plan: add ",
        "journal: begin apply",
        "step 2/",
        "commit point reached",
        "detect (after): component server installed=True version=5.2.3790.300",
        f"report: written to {report}",
        "=== outcome: done (exit code 0)",
    ):
        assert expected in text, expected
    for item in before.files:  # every detection finding, file by file
        assert f"detect: file {item.path} " in text
    for kind in ("config-db", "private-key", "logging-db"):  # every backup item with its hash
        assert re.search(rf"backup: {kind} \S+ from .* sha256=[0-9a-f]{{64}}", text), kind

    html = report.read_text(encoding="utf-8")
    parsed = _parse(html)
    assert list(parsed.sections) == list(REPORT_SECTIONS)
    assert parsed.scripts == 0 and parsed.fetching == [], "the report must be self-contained"
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html
    shown = _text(html)
    assert "SP1 is installed." in shown
    assert "RMS release RMS 1.0 RMS SP1" in shown  # versions before and after
    assert "RMS-ROOT01" in shown
    manifest = json.loads((prepared.backup / "backup.json").read_text(encoding="utf-8"))
    for item in manifest["items"]:
        assert item["sha256"] in html, item["kind"]
    assert "Files added 3" in shown and "Files replaced 12" in shown
    assert str(logs[0]) in shown

    # The removal, with the configuration database restored from the backup.
    report2 = tmp_path / "uninstall.html"
    result = run_cli(
        "--report",
        report2,
        "uninstall",
        "--root",
        root,
        "--restore-config-db",
        prepared.backup,
        "--password-stdin",
        log_dir=log_dir,
        stdin=prepared.password + "\n",
    )
    assert result.returncode == 0, result.stderr
    text2 = _logs(log_dir)[-1].read_text(encoding="utf-8")
    assert "uninstall: restore original bin/DRMSServer.dll" in text2
    assert "uninstall: remove bin/DRMSOfflineEnrollment.dll" in text2
    shown2 = _text(report2.read_text(encoding="utf-8"))
    assert "SP1 is removed" in shown2
    assert "RMS release RMS SP1 RMS 1.0" in shown2
    assert "Configuration database restored from the backup Yes" in shown2

    _no_secret(prepared.password, *_logs(log_dir), extra_log, report, report2)
    assert not list(report.parent.glob("*.tmp")), "no temporary file is left behind"


def test_a_failed_update_is_reported_as_rolled_back(
    prepared: Prepared, tmp_path: Path, log_dir: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "server")
    report = tmp_path / "failed.html"
    result = run_cli(
        "--report",
        report,
        "apply",
        "--root",
        root,
        "--backup",
        prepared.backup,
        "--password-stdin",
        log_dir=log_dir,
        stdin=prepared.password + "\n",
        env=cli_env(log_dir, RMS_WIZARD_FAULT="fail-at-step:5"),
    )
    assert result.returncode == 3, result.stderr
    text = _logs(log_dir)[0].read_text(encoding="utf-8")
    assert "rolling back steps 1.." in text
    assert re.search(r"rollback: step \d+ undone: put-file bin/DRMSServer\.dll", text)
    assert "rollback: step 1 undone: stage" in text  # every undone step, down to the first
    assert "rolled back" in text
    assert "detect (after): component server installed=True version=5.2.3790.134" in text
    assert "=== outcome: error (exit code 3)" in text
    html = report.read_text(encoding="utf-8")
    assert 'class="outcome bad"' in html
    shown = _text(html)
    assert "every change was rolled back" in shown
    assert "a read or write error occurred on the disk" in shown  # as the admin saw it on stderr
    assert "(injected fault)" in text  # the system's own words stay in the setup log
    assert "RMS release RMS 1.0 RMS 1.0" in shown
    assert "The release did not change." in shown
    _no_secret(prepared.password, report, *_logs(log_dir))


def test_plan_report_keeps_json_output_clean(
    prepared: Prepared, tmp_path: Path, log_dir: Path
) -> None:
    report = tmp_path / "plan.html"
    result = run_cli("--report", report, "plan", "--root", prepared.v1, "--json", log_dir=log_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)  # stdout stays one JSON document
    shown = _text(report.read_text(encoding="utf-8"))
    assert "Update plan (nothing was changed)" in shown
    assert "After (planned)" in shown
    assert f"Files in the plan {len(data['actions'])}" in shown
    assert "plan: kind=update" in _logs(log_dir)[0].read_text(encoding="utf-8")


def test_recover_report_after_a_killed_update(
    prepared: Prepared, tmp_path: Path, log_dir: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "server")
    killed = run_cli(
        "apply",
        "--root",
        root,
        "--backup",
        prepared.backup,
        "--password-stdin",
        log_dir=log_dir,
        stdin=prepared.password + "\n",
        env=cli_env(log_dir, RMS_WIZARD_FAULT="kill-at-step:4"),
    )
    assert killed.returncode < 0  # killed by the injected SIGKILL
    report = tmp_path / "recover.html"
    result = run_cli("--report", report, "recover", "--root", root, log_dir=log_dir)
    assert result.returncode == 0, result.stderr
    text = _logs(log_dir)[-1].read_text(encoding="utf-8")
    assert "detect: interrupted apply:" in text
    assert "recover: apply rolled-back" in text
    shown = _text(report.read_text(encoding="utf-8"))
    assert "The interrupted run was rolled back" in shown
    assert "RMS release interrupted run (1.0) RMS 1.0" in shown


@pytest.mark.keyring_daemon
def test_password_from_the_keyring_stays_out_of_log_and_report(
    prepared: Prepared, tmp_path: Path, log_dir: Path, secret_service: object
) -> None:
    root = prepared.copy("v1", tmp_path / "server")
    # A password of this run only: what the keyring hands out must not leak, whatever it is.
    identity = detect_install(root).identity
    account = account_for(identity.name, identity.cluster_id)
    store = SecretStore(sandbox=(root / SANDBOX_MARKER).is_file())  # where the CLI will look
    store.store(account, SecretStr(prepared.password))
    report = tmp_path / "keyring.html"
    try:
        result = run_cli(
            "--report",
            report,
            "apply",
            "--root",
            root,
            "--backup",
            prepared.backup,
            "--password-from-keyring",
            log_dir=log_dir,
            env=cli_env(log_dir, DBUS_SESSION_BUS_ADDRESS=os.environ["DBUS_SESSION_BUS_ADDRESS"]),
        )
    finally:
        store.delete(account)
    assert result.returncode == 0, result.stderr
    assert report.is_file()
    _no_secret(prepared.password, report, *_logs(log_dir))
