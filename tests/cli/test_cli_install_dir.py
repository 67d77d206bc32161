"""Issue 14, item 20: ``apply --install-dir`` -- the command line's fresh install takes the same
destination folder as the wizard (one check, in the core), or refuses it in one line."""

from __future__ import annotations

from pathlib import Path

from enginekit import Templates, assert_clean_error, run_cli, snapshot

from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.install.models import Release


def _apply(root: Path, backup: Path, *extra: str, log_dir: Path, lang: str = "en"):  # type: ignore[no-untyped-def]
    return run_cli(
        "--lang",
        lang,
        "apply",
        "--root",
        root,
        "--backup",
        backup,
        "--password-stdin",
        *extra,
        log_dir=log_dir,
        stdin="unused\n",
    )


def test_apply_installs_fresh_into_the_install_dir(
    cli_templates: Templates, tmp_path: Path, log_dir: Path
) -> None:
    root = cli_templates.copy("no-rms", tmp_path / "s")
    result = _apply(root, tmp_path / "none", "--install-dir", "E:\\RMS SP1", log_dir=log_dir)
    assert result.returncode == 0, result.stderr
    state = detect_install(root)
    assert state.version is Release.SP1 and state.install_dir == str(root / "drive_e" / "RMS SP1")
    assert not (root / "drive_c").exists()


def test_a_bad_install_dir_is_one_translated_line_and_changes_nothing(
    cli_templates: Templates, tmp_path: Path, log_dir: Path
) -> None:
    root = cli_templates.copy("no-rms", tmp_path / "s")
    (root / "drive_c" / "Bezet").mkdir(parents=True)
    (root / "drive_c" / "Bezet" / "x.txt").write_text("x")
    before = snapshot(root)
    for folder, says in (("RMS", "geen volledig pad"), ("C:\\Bezet", "is niet leeg")):
        line = assert_clean_error(
            _apply(root, tmp_path / "none", "--install-dir", folder, log_dir=log_dir, lang="nl"),
            2,
        )
        assert says in line, line
    assert snapshot(root) == before
    help_text = run_cli("--lang", "en", "apply", "--help", log_dir=log_dir).stdout
    assert "--install-dir" in help_text and "destination folder" in help_text
