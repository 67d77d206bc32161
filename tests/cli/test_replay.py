"""Issue 16: ``rms-wizard replay FILE`` through the real CLI -- the wizard's path unattended.

An update ends exactly SP1 with its backup verified, a removal exactly 1.0 (both configuration
database choices); ``--dry-run`` prints the plan file by file and changes nothing; an answer file
that does not fit the server (a removal on 1.0, an update on SP1, a backup folder that is not
empty, a placeholder that does not resolve) is refused with one line, exit 2, nothing changed; a
failure during the update is rolled back (exit 3) and leaves the verified backup.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from enginekit import Prepared, assert_clean_error, assert_exactly, cli_env, run_cli, snapshot
from pydantic import SecretStr

from rms_wizard.core.engine.backup import verify_backup
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.payload import baseline_payload, sp1_payload
from rms_wizard.core.engine.plan import plan_update
from rms_wizard.core.engine.verify import verify_state
from rms_wizard.core.fleet.answers import SCHEMA_ID
from rms_wizard.core.install.models import Release


def answer_file(folder: Path, **fields: object) -> Path:
    path = folder / "answers.json"
    path.write_text(json.dumps({"schema": SCHEMA_ID, **fields}), encoding="utf-8")
    return path


def replay(answers: Path, root: Path, prepared: Prepared, tmp: Path, *extra: str, **env: str):  # type: ignore[no-untyped-def]
    logs = tmp / "logs"
    logs.mkdir(exist_ok=True)
    return run_cli(
        "replay", answers, "--root", root, "--password-stdin", *extra,
        stdin=prepared.password + "\n", log_dir=logs, env=cli_env(logs, **env),
    )  # fmt: skip


UPDATE = {
    "operation": "update",
    "backup_dir": "backups/{server}-{time}",
    "include_logging_db": True,
}


def take_backup_out(root: Path, tmp: Path) -> Path:
    """The one backup the replay made in the server folder, moved out of it (it is no part of
    the install the test compares)."""
    (found,) = (root / "backups").iterdir()
    moved = tmp / "made" / found.name
    moved.parent.mkdir()
    shutil.move(found, moved)
    (root / "backups").rmdir()
    return moved


def test_an_update_replayed_ends_exactly_sp1_with_a_verified_backup(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    answers = answer_file(tmp_path, **UPDATE)
    text = answers.read_text()
    report = tmp_path / "run.html"
    done = replay(answers, root, prepared, tmp_path, "--report", str(report))
    assert done.returncode == 0, done.stderr
    assert f"Backup written and verified in {root / 'backups'}" in done.stdout
    backup = take_backup_out(root, tmp_path)
    assert_exactly(root, prepared, "SP1")
    server = detect_install(prepared.v1).identity
    assert backup.name.startswith(f"{server.name}-")  # {server} and {time} filled in
    verified = verify_backup(backup, SecretStr(prepared.password), server=server)
    assert verified.manifest.item("logging-db") is not None
    assert "The install is exactly RMS SP1." in done.stdout
    assert report.is_file() and "SP1" in report.read_text(encoding="utf-8")
    assert answers.read_text() == text
    assert prepared.password not in report.read_text(encoding="utf-8")


@pytest.mark.parametrize("choice", ["keep", "restore"])
def test_a_removal_replayed_ends_exactly_1_0(
    prepared: Prepared, tmp_path: Path, choice: str
) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    extra = {"restore_from": str(prepared.backup)} if choice == "restore" else {}
    answers = answer_file(tmp_path, operation="remove", config_db=choice, **extra)
    done = replay(answers, root, prepared, tmp_path, "--json")
    assert done.returncode == 0, done.stderr
    assert_exactly(root, prepared, "1.0", kept_db=choice == "keep")
    after = json.loads(done.stdout)["after"]
    assert after["state"] == "1.0" and after["ok"]
    assert after["backup_verified"] is (choice == "restore")


def test_a_dry_run_prints_the_plan_file_by_file_and_changes_nothing(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    answers = answer_file(tmp_path, **UPDATE)
    before = snapshot(tmp_path)
    done = replay(answers, root, prepared, tmp_path, "--dry-run")
    assert done.returncode == 0, done.stderr
    plan = plan_update(detect_install(root), sp1_payload(), baseline_payload())
    lines = done.stdout.splitlines()
    for item in plan.actions:
        assert any(f" {item.path} " in line for line in lines), item.path
    assert "Dry run: nothing was changed." in lines[-1]
    assert f"{root}/backups/" in done.stdout
    after = snapshot(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("logs")} == before


def test_a_dry_run_of_a_removal_lists_what_goes_back(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("sp1", tmp_path / "s")
    answers = answer_file(
        tmp_path, operation="remove", config_db="restore", restore_from=str(prepared.backup)
    )
    before = snapshot(root)
    done = replay(answers, root, prepared, tmp_path, "--dry-run", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["dry_run"] is True and data["restore_from"] == str(prepared.backup)
    store = json.loads((root / ".rms-wizard/rollback/SP1/store.json").read_text())
    assert [f["path"] for f in data["files"]] == [e["path"] for e in store["entries"]]
    assert snapshot(root) == before


@pytest.mark.parametrize(
    ("which", "fields", "words"),
    [
        ("v1", {"operation": "remove", "config_db": "keep"}, "has RMS 1.0: nothing to remove"),
        ("sp1", UPDATE, "already has SP1: nothing to update"),
        ("v1", {**UPDATE, "backup_dir": "full"}, "field backup_dir: the folder"),
        ("v1", {**UPDATE, "backup_dir": "backups/{host}"}, "unknown placeholder {host}"),
        ("v1", {**UPDATE, "backup_dir": "backups/{time"}, "without its pair"),
        ("sp1", {"operation": "remove", "config_db": "restore", "restore_from": "nowhere"},
         "the folder does not exist"),
    ],
)  # fmt: skip
def test_an_answer_file_that_does_not_fit_changes_nothing(
    prepared: Prepared, tmp_path: Path, which: str, fields: dict[str, object], words: str
) -> None:
    root = prepared.copy(which, tmp_path / "s")
    (root / "full").mkdir()
    (root / "full" / "notes.txt").write_text("an earlier backup lives here\n")
    answers = answer_file(tmp_path, **fields)
    before = snapshot(root), snapshot(prepared.backup), answers.read_bytes()
    line = assert_clean_error(replay(answers, root, prepared, tmp_path), 2)
    assert words in line, line
    assert (snapshot(root), snapshot(prepared.backup), answers.read_bytes()) == before


def test_the_wrong_password_writes_nothing(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    answers = answer_file(tmp_path, **UPDATE)
    before = snapshot(root)
    done = run_cli(
        "replay", answers, "--root", root, "--password-stdin",
        stdin="not-the-password\n", log_dir=tmp_path,
    )  # fmt: skip
    assert "does not open the private key" in assert_clean_error(done, 2)
    assert snapshot(root) == before


def test_a_failed_update_is_rolled_back_and_keeps_the_verified_backup(
    prepared: Prepared, tmp_path: Path
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    answers = answer_file(tmp_path, **UPDATE)
    done = replay(answers, root, prepared, tmp_path, RMS_WIZARD_FAULT="fail-at-step:6")
    assert "rolled back" in assert_clean_error(done, 3)
    backup = take_backup_out(root, tmp_path)
    assert_exactly(root, prepared, "1.0")
    verify_backup(backup, SecretStr(prepared.password), server=detect_install(root).identity)


def test_the_root_comes_from_the_file_or_the_command_line(
    prepared: Prepared, tmp_path: Path
) -> None:
    answers = answer_file(tmp_path, **UPDATE)
    line = assert_clean_error(run_cli("replay", answers, "--dry-run", log_dir=tmp_path), 2)
    assert "--root" in line
    root = prepared.copy("v1", tmp_path / "s")
    recorded = answer_file(tmp_path, root=str(root), **UPDATE)
    done = run_cli("replay", recorded, "--dry-run", log_dir=tmp_path)
    assert done.returncode == 0 and f"({root})" in done.stdout


@pytest.mark.keyring_daemon
def test_use_keyring_keeps_the_password_for_the_next_replay(
    prepared: Prepared,
    tmp_path: Path,
    secret_service,  # type: ignore[no-untyped-def]
) -> None:
    from rms_wizard.core.keys.secrets import SecretStore, account_for

    first, second = prepared.copy("v1", tmp_path / "a"), prepared.copy("v1", tmp_path / "b")
    answers = answer_file(tmp_path, use_keyring=True, **UPDATE)
    env = {
        **secret_service.env(),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
    }
    identity = detect_install(first).identity
    account = account_for(identity.name, identity.cluster_id)
    store = SecretStore(sandbox=True)  # a sandbox server: the sandbox's own service
    assert store.get(account) is None
    try:
        done = replay(answers, first, prepared, tmp_path, **env)
        assert done.returncode == 0, done.stderr
        kept = store.get(account)
        assert kept is not None and kept.get_secret_value() == prepared.password
        logs = tmp_path / "logs"
        again = run_cli(
            "replay", answers, "--root", second, "--password-from-keyring",
            log_dir=logs, env=cli_env(logs, **env),
        )  # fmt: skip
        assert again.returncode == 0, again.stderr
        assert verify_state(detect_install(second)).state is Release.SP1
        for log in logs.iterdir():  # the password reached no setup log
            assert prepared.password not in log.read_text(encoding="utf-8"), log
    finally:
        store.delete(account)
