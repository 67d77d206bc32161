"""Extract every marked string of ``rms_wizard/`` into the Qt Linguist catalogues.

Run by ``make translations-extract``::

    .venv/bin/python tools/lupdate.py            # update translations/rms_wizard_{nl,en}.ts
    .venv/bin/python tools/lupdate.py --status   # also list what still needs a translation

What it does, per language:

1. ``pyside6-lupdate`` over every ``.py`` file below ``rms_wizard/`` (and nothing else) into
   ``translations/rms_wizard_<lang>.ts`` with ``-no-obsolete`` (strings that left the sources are
   dropped) and ``-locations none`` (no file/line references, so diffs show only real changes).
   Existing translations are kept; new strings arrive as ``type="unfinished"``.
2. English only: the source text *is* the English text, so every unfinished English entry is
   completed with its source (plural entries get a singular and a plural form: ``%n file(s)``
   becomes ``%n file`` / ``%n files``). A plural source this cannot split is reported and left
   unfinished, for a hand-written form.
3. ``pyside6-lupdate`` once more over the edited file, so the file is in lupdate's own layout and a
   second run of this tool changes nothing.
4. Contexts named after Qt's own classes (code may call
   ``QCoreApplication.translate("QPlatformTheme", "Cancel")`` to read Qt's catalogue) are dropped:
   ``qtbase_<lang>`` translates those, and a copy here would hide a ``qtbase`` that failed to load.
   Notes lupdate takes from ``#:`` comments are dropped too: here those are attribute docs, not
   notes for the translator.

Dutch entries are never filled automatically: a person writes them (Qt Linguist, or an editor).
lupdate recognises ``self.tr("...")``, ``QCoreApplication.translate("ctx", "...")`` and
``QT_TRANSLATE_NOOP("ctx", "...")`` with literal strings; nothing else (not f-strings, not
``QT_TRANSLATE_NOOP3`` / ``QT_TRANSLATE_N_NOOP``, not helper functions that take the text as a
variable). ``tests/i18n`` checks that whatever the sources mark reaches the catalogues.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "rms_wizard"
SOURCE_LANGUAGE = "en_GB"
#: catalogue language -> the Qt language written into a new .ts (decides the plural forms)
TARGETS = {"nl": "nl_NL", "en": "en_GB"}

# "%n file(s)" -> ("%n file", "%n files"); "%n entr(y|ies)" -> ("%n entry", "%n entries")
_PLURAL_ALT = re.compile(r"\((\w*)\|(\w*)\)")
_PLURAL_SUFFIX = re.compile(r"\((\w+)\)")
# A translator comment as lupdate lays it out (it may span lines).
_EXTRACOMMENT = re.compile(r"\n *<extracomment>.*?</extracomment>", re.DOTALL)
# One whole <context> block as lupdate lays it out.
_CONTEXT_BLOCK = re.compile(
    r"<context>\n    <name>(?P<name>[^<]*)</name>\n.*?</context>\n", re.DOTALL
)


def is_qt_context(name: str) -> bool:
    """A context that is one of Qt's own classes (``QPlatformTheme``, ``QWizard``...).

    Their strings belong to Qt's catalogue (``qtbase_<lang>``), which translates them already; a
    copy in ours would hide a ``qtbase`` catalogue that failed to load. Code may still look such a
    string up on purpose (``QCoreApplication.translate("QPlatformTheme", "Cancel")``).
    """
    if not name.startswith("Q"):
        return False
    from PySide6 import QtCore, QtGui, QtWidgets

    return any(hasattr(module, name) for module in (QtCore, QtGui, QtWidgets)) or name in {
        "QPlatformTheme",
        "QGnomeTheme",
        "QShortcut",
    }


def drop_qt_contexts(ts: Path) -> list[str]:
    """Remove Qt's own contexts from ``ts`` (text edit, so lupdate's layout stays); return them."""
    text = ts.read_text(encoding="utf-8")
    dropped: list[str] = []

    def keep(match: re.Match[str]) -> str:
        if is_qt_context(match["name"]):
            dropped.append(match["name"])
            return ""
        return match[0]

    new = _CONTEXT_BLOCK.sub(keep, text)
    if new != text:
        ts.write_text(new, encoding="utf-8")
    return dropped


def drop_code_comments(ts: Path) -> int:
    """Remove ``<extracomment>`` notes from ``ts``; return how many.

    lupdate's Python parser reads every ``#:`` comment as a note for the translator and attaches
    it to the next marked string; this code base writes ``#:`` for attribute documentation, so those
    notes are unrelated text (and churn the catalogue whenever a doc comment changes).
    """
    text = ts.read_text(encoding="utf-8")
    new, count = _EXTRACOMMENT.subn("", text)
    if count:
        ts.write_text(new, encoding="utf-8")
    return count


def source_files(root: Path = ROOT) -> list[str]:
    """Every ``.py`` below ``rms_wizard/``, relative to ``root``, sorted (stable output)."""
    return sorted(
        path.relative_to(root).as_posix()
        for path in (root / PACKAGE).rglob("*.py")
        if "__pycache__" not in path.parts
    )


def qt_tool(name: str) -> str:
    """A PySide6 tool (``pyside6-lupdate``...) next to this Python, else the one on ``PATH``."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run `make setup` first")
    return found


def compile_stale(ts_dir: Path = ROOT / "translations") -> None:
    """Compile each ``.ts`` to its ``.qm`` where the ``.qm`` is missing or older (``make``'s rule)."""
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(
                [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                check=True,
                capture_output=True,
            )


def run_lupdate(ts: Path, language: str, root: Path = ROOT) -> None:
    """One lupdate pass over the package into ``ts`` (created or updated)."""
    command = [
        qt_tool("pyside6-lupdate"),
        *source_files(root),
        "-ts",
        str(ts),
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        TARGETS[language],
        "-no-obsolete",
        "-locations",
        "none",
        "-silent",
    ]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed ({done.returncode}):\n{done.stderr}")
    # lupdate warns on stderr (e.g. a tr() it cannot read): show it, do not hide it.
    if done.stderr.strip():
        sys.stderr.write(done.stderr)


def english_plural(source: str) -> tuple[str, str] | None:
    """Singular and plural English forms of a ``%n`` source, or None when it cannot tell."""
    if _PLURAL_ALT.search(source):
        return _PLURAL_ALT.sub(r"\1", source), _PLURAL_ALT.sub(r"\2", source)
    if _PLURAL_SUFFIX.search(source):
        return _PLURAL_SUFFIX.sub("", source), _PLURAL_SUFFIX.sub(r"\1", source)
    return None


def complete_english(ts: Path) -> list[str]:
    """Finish every unfinished English entry from its source; return the sources left open."""
    tree = ET.parse(ts)
    left: list[str] = []
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            forms = english_plural(source)
            if forms is None:
                left.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        del translation.attrib["type"]
        changed = True
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return left


@dataclass(frozen=True)
class Entry:
    """One message of a .ts file, as the tools and the tests read it."""

    context: str
    source: str
    comment: str  # lupdate's disambiguation
    numerus: bool
    state: str  # "" (finished), "unfinished", "vanished", "obsolete" or "missing"
    forms: tuple[str, ...]  # the translation, or one text per plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return not self.state and bool(self.forms) and all(f.strip() for f in self.forms)


def read_ts(ts: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(ts).getroot().iter("context"):
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


def extract(out_dir: Path, root: Path = ROOT) -> dict[str, list[str]]:
    """Update both catalogues in ``out_dir``; returns English plural sources left unfinished."""
    out_dir.mkdir(parents=True, exist_ok=True)
    left: dict[str, list[str]] = {}
    for language in TARGETS:
        ts = out_dir / f"{PACKAGE}_{language}.ts"
        run_lupdate(ts, language, root)
        if language == "en":
            left[language] = complete_english(ts)
            run_lupdate(ts, language, root)  # back into lupdate's own layout
        drop_qt_contexts(ts)  # last: lupdate would add them back
        drop_code_comments(ts)
    return left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=ROOT / "translations", help="folder of the .ts files"
    )
    parser.add_argument(
        "--status", action="store_true", help="list the entries that still need a translation"
    )
    args = parser.parse_args(argv)
    left = extract(args.out)
    for source in left.get("en", []):
        print(f"en: write the plural forms of {source!r} by hand", file=sys.stderr)
    for language in TARGETS:
        ts = args.out / f"{PACKAGE}_{language}.ts"
        entries = read_ts(ts)
        open_entries = [e for e in entries if not e.finished]
        print(
            f"{ts.relative_to(ROOT) if ts.is_relative_to(ROOT) else ts}: "
            f"{len(entries)} entries, {len(open_entries)} to translate"
        )
        if args.status:
            for entry in open_entries:
                print(f"  [{entry.context}] {entry.source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
