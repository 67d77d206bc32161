"""The private-key password never leaves stdin or the keyring (issue 3, acceptance 5), and the
real gnome-keyring end to end (acceptance 6)."""

from __future__ import annotations

import argparse
import signal
import subprocess
from pathlib import Path

import pytest
from enginekit import Prepared, assert_exactly, cli_env, run_cli
from keyring_daemon import KeyringDaemon
from pydantic import SecretStr

from rms_wizard.core.keys.secrets import SecretStore, account_for

WRONG = "Wrong-Horse-Battery-Staple-42"


def _encodings(secret: str) -> list[bytes]:
    """How the password could appear in a file: UTF-8, and UTF-16 like the registry export."""
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]


def _files(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        if folder.is_file():
            found.append(folder)
        elif folder.is_dir():
            found.extend(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return found


class Runs:
    """Every CLI run of the scenario, with its argv, stdout and stderr kept for the grep."""

    def __init__(self, tmp: Path, log_dir: Path) -> None:
        self.tmp = tmp
        self.log_dir = log_dir
        self.results: list[subprocess.CompletedProcess[str]] = []

    def run(self, *args: str | Path, stdin: str = "", fault: str = "") -> int:
        extra = {"RMS_WIZARD_FAULT": fault} if fault else {}
        result = run_cli(
            *args, stdin=stdin, env=cli_env(self.log_dir, **extra), log_dir=self.log_dir
        )
        self.results.append(result)
        return result.returncode


def test_the_password_is_in_no_file_output_or_argv(prepared: Prepared, tmp_path: Path) -> None:
    password = prepared.password
    root = prepared.copy("v1", tmp_path / "server")
    backup, logs = tmp_path / "backup", tmp_path / "logs"
    logs.mkdir()
    runs = Runs(tmp_path, logs)
    secrets = [password, WRONG]
    extra_logs = [tmp_path / f"{name}.log" for name in ("backup", "apply", "recover", "uninstall")]

    def grep(where: str) -> None:
        for path in _files(root, backup, logs, *extra_logs):
            data = path.read_bytes()
            for secret in secrets:
                assert not any(e in data for e in _encodings(secret)), (where, path)

    # wrong passwords first: the error paths must not echo them either
    assert runs.run("backup", "--root", root, "--to", backup, "--password-stdin", stdin=WRONG) == 2
    assert not backup.exists()
    code = runs.run(
        "--log", extra_logs[0], "backup", "--root", root, "--to", backup,
        "--include-logging-db", "--password-stdin", stdin=password,
    )  # fmt: skip
    assert code == 0
    assert (
        runs.run("apply", "--root", root, "--backup", backup, "--password-stdin", stdin=WRONG) == 2
    )
    # a killed apply leaves its journal, staging and half-filled rollback store: grep them now
    killed = runs.run(
        "--log", extra_logs[1], "apply", "--root", root, "--backup", backup,
        "--password-stdin", stdin=password, fault="kill-at-step:12",
    )  # fmt: skip
    assert killed == -signal.SIGKILL
    journal = root / ".rms-wizard" / "journal.jsonl"
    assert journal.is_file() and (root / ".rms-wizard" / "rollback" / "SP1" / "files").is_dir()
    grep("after a killed apply")
    assert runs.run("--log", extra_logs[2], "recover", "--root", root) == 0
    code = runs.run(
        "--log", extra_logs[1], "apply", "--root", root, "--backup", backup,
        "--password-stdin", "--import-statistics", stdin=password,
    )  # fmt: skip
    assert code == 0
    assert (root / ".rms-wizard" / "rollback" / "SP1" / "store.json").is_file()
    grep("after apply")
    code = runs.run(
        "--log", extra_logs[3], "uninstall", "--root", root, "--restore-config-db", backup,
        "--password-stdin", stdin=password,
    )  # fmt: skip
    assert code == 0
    assert_exactly(root, prepared, "1.0")
    grep("after uninstall")

    # the logs were really written (a grep of nothing would prove nothing)
    assert all(p.stat().st_size > 0 for p in extra_logs)
    assert len(list(logs.glob("rms-wizard-*.log"))) == len(runs.results)
    assert "plan: replace" in extra_logs[1].read_text(encoding="utf-8")
    for result in runs.results:
        assert not any(s in arg for s in secrets for arg in map(str, result.args))
        assert not any(s in result.stdout + result.stderr for s in secrets)


def _options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    found = []
    for action in parser._actions:
        found.append(action)
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.extend(_options(sub))
    return found


def test_no_option_takes_a_password_value() -> None:
    """argv can never carry the password: every password option is a switch."""
    from rms_wizard.cli.parser import build_parser

    actions = _options(build_parser())
    password_options = [a for a in actions if any("password" in s for s in a.option_strings)]
    assert {s for a in password_options for s in a.option_strings} == {
        "--password-stdin",
        "--password-from-keyring",
    }
    assert all(a.nargs == 0 for a in password_options)
    # nothing secret-looking sneaks in as a positional or an option either
    assert not any(
        word in (a.dest or "").lower() for a in actions for word in ("secret", "passphrase", "pwd")
    )


# ------------------------------------------------------------------------------ real keyring


@pytest.mark.keyring_daemon
def test_apply_with_the_password_from_a_real_gnome_keyring(
    secret_service: KeyringDaemon, prepared: Prepared, tmp_path: Path
) -> None:
    """SecretStore writes to the private gnome-keyring; the CLI (another process, same D-Bus
    session) reads it back with --password-from-keyring and applies SP1."""
    root = prepared.copy("v1", tmp_path / "s")
    store = SecretStore(sandbox=True)  # a sandbox root: the CLI uses the sandbox service
    account = account_for("RMS-ROOT01", "contoso-root")
    store.store(account, SecretStr(prepared.password))
    try:
        env = cli_env(tmp_path, **secret_service.env())
        result = run_cli(
            "apply", "--root", root, "--backup", prepared.backup, "--password-from-keyring",
            env=env, log_dir=tmp_path,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert_exactly(root, prepared, "SP1")
        verified = run_cli("verify", "--root", root, env=env, log_dir=tmp_path)
        assert verified.returncode == 0 and "exactly RMS SP1" in verified.stdout
    finally:
        store.delete(account)
    # without the entry the CLI says so clearly and writes nothing
    other = prepared.copy("v1", tmp_path / "t")
    result = run_cli(
        "apply", "--root", other, "--backup", prepared.backup, "--password-from-keyring",
        env=cli_env(tmp_path, **secret_service.env()), log_dir=tmp_path,
    )  # fmt: skip
    assert result.returncode == 2 and "No password for server RMS-ROOT01" in result.stderr
    assert_exactly(other, prepared, "1.0")
