"""Shared helpers of the translation tests: a fresh lupdate run, placeholders; the tool's rules."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "rms_wizard"
TRANSLATIONS = ROOT / "translations"

# The extraction tool's own rules (which files, which contexts are Qt's, where the Qt tools are),
# so the tests and `make translations-extract` cannot disagree about them.
sys.path.insert(0, str(ROOT / "tools"))
from lupdate import (  # noqa: E402
    Entry,
    compile_stale,
    is_qt_context,
    qt_tool,
    read_ts,
    source_files,
)

__all__ = ["Entry", "compile_stale", "is_qt_context", "read_ts"]  # for the tests, beside these

LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}

# Qt placeholders %1..%9 and %n (also the localised %Ln), and Python-style {name} fields.
PLACEHOLDER = re.compile(r"%L?[1-9n]|\{[A-Za-z_][A-Za-z0-9_]*\}")


def placeholders(text: str) -> list[str]:
    return sorted(m.replace("%L", "%") for m in PLACEHOLDER.findall(text))


def fresh_extraction(out: Path) -> list[Entry]:
    """Run pyside6-lupdate over the package into a new .ts in ``out`` and read it back."""
    ts = out / "extracted.ts"
    done = subprocess.run(
        [qt_tool("pyside6-lupdate"), *source_files(), "-ts", str(ts), "-locations", "none"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [e for e in read_ts(ts) if not is_qt_context(e.context)]
