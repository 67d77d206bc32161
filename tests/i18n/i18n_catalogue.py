"""Shared helpers of the translation tests: read .ts files, run lupdate; the tool's own rules."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "rms_wizard"
TRANSLATIONS = ROOT / "translations"

# The extraction tool's own rules (which files, which contexts are Qt's, where the Qt tools are),
# so the tests and `make translations-extract` cannot disagree about them.
sys.path.insert(0, str(ROOT / "tools"))
from lupdate import compile_stale, is_qt_context, qt_tool, source_files  # noqa: E402

__all__ = ["compile_stale", "is_qt_context"]  # for the tests, beside what is defined here

LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}

# Qt placeholders %1..%9 and %n (also the localised %Ln), and Python-style {name} fields.
PLACEHOLDER = re.compile(r"%L?[1-9n]|\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    state: str  # "" (finished), "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]  # one text, or one per plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    state=translation.get("type", "") if translation is not None else "missing",
                    forms=forms,
                )
            )
    return entries


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
