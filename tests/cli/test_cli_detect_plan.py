"""The CLI's detect/plan/verify JSON (issue 2's keys), plan on the four base scenarios, and every bad
input of issue 2 through the real CLI: exit 2, one line on stderr, no traceback, nothing written."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from enginekit import (
    REPO,
    Prepared,
    Templates,
    assert_clean_error,
    cli_env,
    config_db,
    data_dir,
    diff,
    install_dir,
    key_file,
    run_cli,
    snapshot,
)

from rms_wizard.core.common.paths import registry_file

SCENARIOS = ("single-server-v1", "user-modified-config", "already-sp1", "no-rms")


def cli_json(*args: str | Path, log_dir: Path, code: int = 0) -> Any:
    result = run_cli(*args, "--json", log_dir=log_dir)
    assert result.returncode == code, result.stderr
    return json.loads(result.stdout)


# ------------------------------------------------------------------------------ detect


DETECT_KEYS = {"version", "state", "role", "components", "files"}
EXPECTED_DETECT = {
    "single-server-v1": ("installed", "1.0", "root-certification"),
    "user-modified-config": ("installed", "1.0", "licensing"),
    "already-sp1": ("installed", "SP1", "licensing"),
    "no-rms": ("none", None, None),
}


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_detect_json(cli_templates: Templates, log_dir: Path, scenario: str) -> None:
    data = cli_json("detect", "--root", cli_templates.template(scenario), log_dir=log_dir)
    assert data.keys() >= DETECT_KEYS
    assert (data["state"], data["version"], data["role"]) == EXPECTED_DETECT[scenario]
    if scenario == "no-rms":
        assert data["components"] == [] and data["files"] == []
        return
    assert {c["id"] for c in data["components"]} == {"server", "admin", "logging", "client"}
    assert all(set(c) >= {"id", "installed", "version"} for c in data["components"])
    assert data["files"] and all(
        set(f) >= {"path", "size", "sha256", "version", "component"} for f in data["files"]
    )
    assert data["problems"] == []


def test_detect_json_interrupted_and_inconsistent(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    env = cli_env(tmp_path, RMS_WIZARD_FAULT="kill-at-step:4")
    run_cli(
        "apply", "--root", root, "--backup", prepared.backup, "--password-stdin",
        stdin=prepared.password, env=env, log_dir=tmp_path,
    )  # fmt: skip
    data = cli_json("detect", "--root", root, log_dir=tmp_path)
    assert data["state"] == "interrupted" and data["version"] == "1.0"
    assert data["interrupted"]["operation"] == "apply"
    assert data["interrupted"]["committed"] is False

    other = prepared.copy("v1", tmp_path / "t")
    (install_dir(other) / "client" / "msdrm.dll").unlink()
    data = cli_json("detect", "--root", other, log_dir=tmp_path)
    assert data["state"] == "inconsistent" and data["version"] == "1.0"
    assert data["problems"] == ["The file client/msdrm.dll is missing."]


# ------------------------------------------------------------------------------ plan (acceptance 4)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_plan_json_on_the_base_scenarios(
    cli_templates: Templates, log_dir: Path, scenario: str
) -> None:
    data = cli_json("plan", "--root", cli_templates.template(scenario), log_dir=log_dir)
    assert {"actions", "counts"} <= data.keys()
    assert set(data["counts"]) == {"add", "replace", "keep", "keep-modified"}
    for item in data["actions"]:
        assert {"path", "action", "installed_version", "new_version", "reason"} <= item.keys()
        assert item["reason"]
    counts = data["counts"]
    assert sum(counts.values()) == len(data["actions"])
    actions = {a["path"]: a["action"] for a in data["actions"]}
    if scenario == "single-server-v1":
        assert counts["add"] > 0 and counts["replace"] > 0 and counts["keep"] > 0
        assert counts["keep-modified"] == 0
    elif scenario == "user-modified-config":
        assert actions["_wmcs/web.config"] == "keep-modified"
        assert counts["keep-modified"] == 1
    elif scenario == "already-sp1":
        assert data["actions"] == [] and set(counts.values()) == {0}
        assert data["kind"] == "nothing"
    else:
        assert data["actions"] and set(actions.values()) == {"add"}
        assert data["kind"] == "fresh-install"


# ------------------------------------------------------------------------------ verify


def test_verify_json(cli_templates: Templates, prepared: Prepared, tmp_path: Path) -> None:
    keys = {"state", "ok", "modified", "differences", "notes"}
    data = cli_json(
        "verify", "--root", cli_templates.template("single-server-v1"), log_dir=tmp_path
    )
    assert data.keys() >= keys and data == {
        "state": "1.0",
        "ok": True,
        "modified": [],
        "differences": [],
        "notes": [],
    }
    data = cli_json("verify", "--root", prepared.sp1, log_dir=tmp_path)
    assert (data["state"], data["ok"]) == ("SP1", True)
    data = cli_json(
        "verify", "--root", cli_templates.template("user-modified-config"), log_dir=tmp_path
    )
    assert (data["state"], data["ok"], data["modified"]) == ("1.0", True, ["_wmcs/web.config"])
    data = cli_json("verify", "--root", cli_templates.template("no-rms"), log_dir=tmp_path, code=1)
    assert (data["state"], data["ok"]) == (None, False)

    root = prepared.copy("sp1", tmp_path / "s")
    (install_dir(root) / "bin" / "Extra.dll").write_bytes(b"MZ")
    (install_dir(root) / "admin" / "DRMSAdmin.dll").write_bytes(b"MZ changed")
    data = cli_json("verify", "--root", root, log_dir=tmp_path, code=1)
    assert (data["state"], data["ok"]) == (None, False)
    assert "bin/Extra.dll is not part of this release." in data["differences"]
    assert "admin/DRMSAdmin.dll differs from the expected file." in data["differences"]
    text = run_cli("verify", "--root", root, log_dir=tmp_path)
    assert text.returncode == 1 and "bin/Extra.dll" in text.stdout


# ------------------------------------------------------------------------------ bad input


def _resources(tmp: Path) -> Path:
    """A private copy of the payload, baseline and scenarios, to break on purpose."""
    res = tmp / "resources"
    for part in ("sp1", "baseline", "scenarios"):
        shutil.copytree(REPO / "resources" / part, res / part)
    return res


def _edit_manifest(res: Path, path: str) -> None:
    manifest = res / "sp1" / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["files"][0]["path"] = path
    manifest.write_text(json.dumps(data), encoding="utf-8")


def _truncate(path: Path, size: int) -> None:
    with path.open("r+b") as handle:
        handle.truncate(size)


# Each case: how to break a copy of single-server-v1 (root, an outside folder, a resources copy),
# the command to run, and words the one error line must hold. Every command meets bad input.
Breaker = Callable[[Path, Path, Path], None]
CASES: dict[str, tuple[Breaker, str, str]] = {
    "root-missing": (lambda r, o, res: shutil.rmtree(r), "plan", "does not exist"),
    "root-missing-recover": (lambda r, o, res: shutil.rmtree(r), "recover", "does not exist"),
    "not-an-install": (
        lambda r, o, res: registry_file(r).unlink(),
        "detect",
        "is not a server install",
    ),
    "not-an-install-recover": (
        lambda r, o, res: registry_file(r).unlink(),
        "recover",
        "is not a server install",
    ),
    "reg-malformed": (
        lambda r, o, res: registry_file(r).write_text("Windows Registry Editor\n[HKLM\\x]\n"),
        "plan",
        "is not valid",
    ),
    "reg-truncated": (
        lambda r, o, res: _truncate(registry_file(r), registry_file(r).stat().st_size - 7),
        "detect",
        "truncated",
    ),
    "manifest-absolute-path": (
        lambda r, o, res: _edit_manifest(res, "/etc/passwd"),
        "plan",
        "absolute path not allowed",
    ),
    "manifest-dotdot": (
        lambda r, o, res: _edit_manifest(res, "bin/../../../../etc/passwd"),
        "apply",
        "must not contain '..'",
    ),
    "payload-link-out": (
        lambda r, o, res: (
            (o / "evil.dll").write_bytes(b"MZ"),
            (res / "sp1" / "files" / "bin" / "DRMSServer.dll").unlink(),
            (res / "sp1" / "files" / "bin" / "DRMSServer.dll").symlink_to(o / "evil.dll"),
        ),
        "apply",
        "points outside the payload",
    ),
    "install-link-out": (
        lambda r, o, res: (install_dir(r) / "bin" / "evil.dll").symlink_to("/etc/hostname"),
        "verify",
        "points outside",
    ),
    "install-dir-link-out": (
        lambda r, o, res: (
            shutil.move(install_dir(r), o / "install"),
            install_dir(r).symlink_to(o / "install", target_is_directory=True),
        ),
        "apply",
        "points outside",
    ),
    "unreadable-file-dangling-link": (
        lambda r, o, res: (install_dir(r) / "bin" / "gone.dll").symlink_to("nowhere"),
        "plan",
        "Cannot read",
    ),
    "unreadable-file-link-loop": (
        lambda r, o, res: (install_dir(r) / "bin" / "loop.dll").symlink_to("loop.dll"),
        "detect",
        "cannot be followed",
    ),
    "unreadable-file-a-folder": (
        lambda r, o, res: (key_file(r).unlink(), key_file(r).mkdir()),
        "backup",
        "it is not a file",
    ),
    "corrupt-sqlite": (
        lambda r, o, res: config_db(r).write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000),
        "backup",
        "cannot be read",
    ),
    "truncated-sqlite": (
        lambda r, o, res: _truncate(data_dir(r) / "DRMS_Logging.db", 3000),
        "verify",
        "cannot be read",
    ),
}


def _command(command: str, root: Path, prepared: Prepared, tmp: Path) -> list[str | Path]:
    if command == "apply":
        return ["apply", "--root", root, "--backup", prepared.backup, "--password-stdin"]
    if command == "backup":
        return ["backup", "--root", root, "--to", tmp / "new-backup", "--password-stdin"]
    return [command, "--root", root]


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_exit_2_one_line_nothing_written(
    prepared: Prepared, tmp_path: Path, case: str
) -> None:
    breaker, command, words = CASES[case]
    root = prepared.copy("v1", tmp_path / "server")
    outside = tmp_path / "outside"
    outside.mkdir()
    res = _resources(tmp_path)
    breaker(root, outside, res)
    watched = [root, outside, res, prepared.backup, tmp_path / "new-backup"]
    before = [snapshot(p) for p in watched]
    result = run_cli(
        *_command(command, root, prepared, tmp_path),
        stdin=prepared.password,
        env=cli_env(tmp_path, RMS_WIZARD_RESOURCES=str(res)),
        log_dir=tmp_path,
    )
    line = assert_clean_error(result, 2)
    assert words in line
    assert result.stdout == ""
    for path, old in zip(watched, before, strict=True):
        assert not diff(old, snapshot(path)), (path, diff(old, snapshot(path)))


@pytest.mark.parametrize(
    "args",
    [
        ["plan", "--root", "x", "--bogus"],
        ["plan"],
        ["apply", "--root", "x", "--backup", "y"],
        ["apply", "--root", "x", "--backup", "y", "--password", "secret"],
        ["backup", "--root", "x", "--to", "y"],
        ["uninstall", "--root", "x", "--keep-config-db", "--restore-config-db", "y"],
        ["interop", "--server", "2.0", "--clients", "v1"],
    ],
    ids=lambda a: "-".join(a)[:40],
)
def test_usage_errors_are_one_line_exit_2(tmp_path: Path, args: list[str]) -> None:
    result = run_cli(*args, log_dir=tmp_path)
    line = assert_clean_error(result, 2)
    assert "usage error" in line
