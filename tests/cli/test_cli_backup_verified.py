"""``rms-wizard backup`` says "verified" only of a backup it verified (issue 15, acceptance 4; issue
12, item 8): the copy is damaged between writing and checking, in a real CLI process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from enginekit import (
    REPO,
    Prepared,
    assert_clean_error,
    cli_env,
    diff,
    key_file,
    run_cli,
    snapshot,
)
from keydamage import damage_one_character

# Runs the real CLI after wrapping make_backup: the backup is written, then ``DAMAGE`` changes
# what was written before backup_and_verify checks it.
_HOOK = """
import sys
from pathlib import Path

from pydantic import SecretStr

import rms_wizard.core.engine.backup as backup
from rms_wizard.__main__ import main

damage, password = sys.argv[1], sys.argv[2]
real_make_backup = backup.make_backup


def damaged_after_writing(*args, **kwargs):
    made = real_make_backup(*args, **kwargs)
    if damage == "config-db":
        path = made.folder / "DRMS_Config.db"
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    else:  # the key: one base64 character, with backup.json re-hashed and re-sealed to fit
        sys.path.insert(0, "tests")
        from keydamage import damage_one_character

        from rms_wizard.core.install.fileversion import sha256_file

        path = made.folder / "ServerPrivateKey.pem"
        path.write_bytes(damage_one_character(path.read_bytes(), password))
        items = [
            item.model_copy(update={"sha256": sha256_file(path)})
            if item.kind == "private-key" else item
            for item in made.manifest.items
        ]
        manifest = made.manifest.model_copy(update={"items": items, "seal": None})
        manifest = manifest.sealed(SecretStr(password))
        (made.folder / backup.MANIFEST_NAME).write_text(manifest.model_dump_json())
    return made


backup.make_backup = damaged_after_writing
sys.exit(main(sys.argv[3:]))
"""


@pytest.mark.parametrize("damage", ["config-db", "private-key"])
def test_a_backup_damaged_before_its_check_is_not_reported_verified(
    prepared: Prepared, tmp_path: Path, damage: str
) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    before = snapshot(root)
    dest = tmp_path / "b"
    result = subprocess.run(
        [sys.executable, "-c", _HOOK, damage, prepared.password,
         "backup", "--root", str(root), "--to", str(dest), "--password-stdin"],
        input=prepared.password + "\n", capture_output=True, text=True,
        env=cli_env(tmp_path), cwd=REPO, timeout=120, check=False,
    )  # fmt: skip
    line = assert_clean_error(result, 3)
    assert "verified" not in result.stdout + result.stderr
    assert "The backup just written failed its check and was removed" in line
    words = "was changed after the backup" if damage == "config-db" else "is damaged"
    assert words in line
    assert not dest.exists()  # never left to be mistaken for a good backup
    assert not diff(before, snapshot(root))


def test_a_damaged_live_key_is_not_backed_up(prepared: Prepared, tmp_path: Path) -> None:
    root = prepared.copy("v1", tmp_path / "s")
    key = key_file(root)
    key.write_bytes(damage_one_character(key.read_bytes(), prepared.password))
    before = snapshot(root)
    result = run_cli(
        "backup", "--root", root, "--to", tmp_path / "b", "--password-stdin",
        stdin=prepared.password + "\n", log_dir=tmp_path,
    )  # fmt: skip
    line = assert_clean_error(result, 2)
    assert "is damaged" in line and "verified" not in result.stdout
    assert not (tmp_path / "b").exists()
    assert not diff(before, snapshot(root))
