"""Shared helpers of the translation tests: read .ts files, run lupdate, compile .qm files."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "rms_wizard"
TRANSLATIONS = ROOT / "translations"
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


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} is missing: run `make setup`"
    return found


def source_files() -> list[str]:
    return sorted(
        p.relative_to(ROOT).as_posix()
        for p in PACKAGE.rglob("*.py")
        if "__pycache__" not in p.parts
    )


def is_qt_context(name: str) -> bool:
    """Qt's own classes: their strings are qtbase's (tools/lupdate.py leaves them out)."""
    if not name.startswith("Q"):
        return False
    from PySide6 import QtCore, QtGui, QtWidgets

    return name in {"QPlatformTheme", "QGnomeTheme", "QShortcut"} or any(
        hasattr(m, name) for m in (QtCore, QtGui, QtWidgets)
    )


def fresh_extraction(out: Path) -> list[Entry]:
    """Run pyside6-lupdate over the package into a new .ts in ``out`` and read it back."""
    ts = out / "extracted.ts"
    done = subprocess.run(
        [tool("pyside6-lupdate"), *source_files(), "-ts", str(ts), "-locations", "none"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [e for e in read_ts(ts) if not is_qt_context(e.context)]


def compile_catalogues() -> None:
    """Compile each committed .ts to its .qm when the .qm is missing or older (what make does)."""
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"rms_wizard_{language}.ts"
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(
                [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                check=True,
                capture_output=True,
            )
