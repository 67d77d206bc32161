"""The frozen app: build packaging/rms_wizard.spec with PyInstaller and run what comes out.

The build goes to a temporary dist/work folder (never the repository's ``dist/``), once per session
(about 20 s). Every run of the frozen binary gets a clean environment: offscreen Qt, its own log,
config and data folders, no ``RMS_WIZARD_RESOURCES`` (the bundle must carry its own data), and the
working directory outside the checkout. The results are compared with the same commands run from
the source tree, so the frozen app is checked against the code, not against copied constants.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from pydantic import SecretStr

from rms_wizard import __version__
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.payload import baseline_payload, sp1_payload
from rms_wizard.core.engine.plan import plan_update
from rms_wizard.training.sandbox import list_scenarios

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "rms_wizard.spec"
EXE_NAME = "rms-wizard.exe" if sys.platform == "win32" else "rms-wizard"
BUILD_TIMEOUT = 600
RUN_TIMEOUT = 120


@dataclass(frozen=True)
class FrozenApp:
    folder: Path
    exe: Path
    scratch: Path

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("RMS_WIZARD_") and k not in ("PYTHONPATH", "PYTHONHOME")
        }
        env.update(
            QT_QPA_PLATFORM="offscreen",
            RMS_WIZARD_LANG="en",
            RMS_WIZARD_LOG_DIR=str(self.scratch / "logs"),
            XDG_CONFIG_HOME=str(self.scratch / "config"),
            XDG_DATA_HOME=str(self.scratch / "data"),
            XDG_STATE_HOME=str(self.scratch / "state"),
            XDG_CACHE_HOME=str(self.scratch / "cache"),
            TMPDIR=str(self.scratch / "tmp"),
        )
        env.update(extra)
        return env

    def run(
        self, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        (self.scratch / "tmp").mkdir(parents=True, exist_ok=True)
        return subprocess.run(
            [str(self.exe), *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env or self.env(),
            cwd=self.scratch,
            timeout=RUN_TIMEOUT,
            check=False,
        )


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> FrozenApp:
    """``packaging/rms_wizard.spec`` built into a temporary folder (once per session)."""
    base = tmp_path_factory.mktemp("frozen")
    dist, work = base / "dist", base / "work"
    log = base / "pyinstaller.log"
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                str(dist),
                "--workpath",
                str(work),
                str(SPEC),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=base,
            timeout=BUILD_TIMEOUT,
            check=False,
        )
    folder = dist / "rms-wizard"
    exe = folder / EXE_NAME
    if proc.returncode != 0 or not exe.is_file():
        tail = "\n".join(log.read_text(encoding="utf-8").splitlines()[-40:])
        pytest.fail(f"PyInstaller failed (exit code {proc.returncode}):\n{tail}")
    scratch = base / "scratch"
    scratch.mkdir()
    return FrozenApp(folder=folder, exe=exe, scratch=scratch)


def _ok(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 0, f"exit code {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def _sandbox(app: FrozenApp, name: str) -> tuple[Path, str]:
    folder = app.scratch / name
    data = json.loads(_ok(app.run("sandbox", "create", "single-server-v1", str(folder), "--json")))
    assert data["scenario"] == "single-server-v1"
    assert Path(data["root"]) == folder.resolve()
    return folder, data["key_password"]


def test_bundle_carries_the_data(frozen_app: FrozenApp) -> None:
    internal = frozen_app.internal
    for sub in ("sp1/manifest.json", "baseline/manifest.json", "images/icon.svg"):
        assert (internal / "resources" / sub).is_file(), sub
    templates = sorted(p.name for p in (ROOT / "rms_wizard" / "templates").glob("*.j2"))
    assert sorted(p.name for p in (internal / "rms_wizard" / "templates").glob("*.j2")) == templates
    scenarios = sorted(p.name for p in (ROOT / "resources" / "scenarios").glob("*.json"))
    assert sorted(p.name for p in (internal / "resources" / "scenarios").glob("*.json")) == (
        scenarios
    )
    # Our catalogues (compiled from every .ts) and Qt's Dutch stock strings.
    for ts in (ROOT / "translations").glob("*.ts"):
        assert (internal / "translations" / f"{ts.stem}.qm").is_file(), ts.name
    assert list(internal.rglob("qtbase_nl.qm")), "Qt's qtbase_nl.qm is not in the bundle"
    # keyring discovers its backends through its package metadata.
    assert list(internal.glob("keyring-*.dist-info")), "keyring's metadata is not in the bundle"


def test_version(frozen_app: FrozenApp) -> None:
    out = _ok(frozen_app.run("--version"))
    assert out.strip() == f"rms-wizard {__version__}"


def test_scenarios_json(frozen_app: FrozenApp) -> None:
    data = json.loads(_ok(frozen_app.run("scenarios", "--json")))
    assert [s["id"] for s in data] == [s.id for s in list_scenarios()]
    assert all(s["title"] and s["goals"] for s in data)


def test_sandbox_plan_matches_the_source_tree(frozen_app: FrozenApp) -> None:
    folder, _password = _sandbox(frozen_app, "plan-sandbox")
    report = frozen_app.scratch / "plan-report.html"
    args = ("--report", str(report), "plan", "--root", str(folder), "--json")
    data = json.loads(_ok(frozen_app.run(*args)))
    # The run report comes from the bundle's templates.
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'id="plan"' in page
    expected = plan_update(detect_install(folder), sp1_payload(), baseline_payload())
    assert data["kind"] == "update"
    assert data["from_release"] == "1.0"
    assert data["counts"] == expected.counts()
    assert [a["path"] for a in data["actions"]] == [a.path for a in expected.actions]
    assert all(a["reason"] for a in data["actions"])
    # Every CLI run leaves its setup log.
    logs = list((frozen_app.scratch / "logs").glob("rms-wizard-*.log"))
    assert any("plan: kind=update" in p.read_text(encoding="utf-8") for p in logs)


def test_wizard_opens_and_closes_offscreen_in_dutch(frozen_app: FrozenApp) -> None:
    """The real wizard, frozen: first page painted, Qt's Dutch catalogue loaded, clean exit."""
    env = frozen_app.env(RMS_WIZARD_AUTOCLOSE_MS="300")
    try:
        proc = frozen_app.run("--sandbox", "single-server-v1", "--lang", "nl", env=env)
    except subprocess.TimeoutExpired:
        pytest.fail(
            "the frozen wizard did not close by itself: run_gui must call "
            "rms_wizard.ui.autoclose.install_autoclose(app)"
        )
    out = _ok(proc)
    lines = [line for line in out.splitlines() if line.startswith("rms-wizard: autoclose ")]
    assert len(lines) == 1, out + proc.stderr
    shown = json.loads(lines[0].removeprefix("rms-wizard: autoclose "))
    assert shown["wizard"] == "SetupWizard"
    assert shown["title"]
    assert shown["page"]
    assert shown["first_paint"] is not None
    assert shown["qt_cancel"] == "Annuleren"  # qtbase_nl loaded inside the bundle
    assert "Traceback" not in proc.stderr


@pytest.mark.keyring_daemon
def test_update_with_the_password_from_the_keyring(
    frozen_app: FrozenApp, secret_service: object
) -> None:
    """Backup, apply with --password-from-keyring (the bundled Secret Service backend), verify."""
    from rms_wizard.core.keys.secrets import SecretStore, account_for

    folder, password = _sandbox(frozen_app, "keyring-sandbox")
    backup = frozen_app.scratch / "keyring-backup"
    _ok(
        frozen_app.run(
            "backup", "--root", str(folder), "--to", str(backup), "--password-stdin", stdin=password
        )
    )
    identity = detect_install(folder).identity
    account = account_for(identity.name, identity.cluster_id)
    store = SecretStore(sandbox=True)
    store.store(account, SecretStr(password))
    log = frozen_app.scratch / "keyring-apply.log"
    env = frozen_app.env(DBUS_SESSION_BUS_ADDRESS=os.environ["DBUS_SESSION_BUS_ADDRESS"])
    try:
        out = _ok(
            frozen_app.run(
                "--log",
                str(log),
                "apply",
                "--root",
                str(folder),
                "--backup",
                str(backup),
                "--password-from-keyring",
                env=env,
            )
        )
    finally:
        store.delete(account)
    assert "SP1 is installed" in out
    verify = json.loads(_ok(frozen_app.run("verify", "--root", str(folder), "--json")))
    assert verify["ok"] is True
    assert verify["state"] == "SP1"
    text = log.read_text(encoding="utf-8")
    assert "commit point reached" in text
    assert password not in text
