"""Move hand-written translations in and out of a .ts file as JSON (an editor-friendly view).

    .venv/bin/python tools/ts_fill.py dump translations/rms_wizard_nl.ts > todo.json
    (write the "translation" of each entry, or "forms" for a %n entry, in todo.json)
    .venv/bin/python tools/ts_fill.py apply translations/rms_wizard_nl.ts todo.json

``dump`` lists the unfinished entries (``--all``: every entry, with its current translation);
``apply`` writes every entry of the JSON that has a non-empty translation and marks it finished,
then ``tools/lupdate.py`` puts the file back into lupdate's layout. Nothing here translates: the
texts in the JSON are written by a person.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import lupdate  # the sibling tool: its reader, and its layout after an edit
from lupdate import read_ts


def dump(ts: Path, every: bool) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for entry in read_ts(ts):
        if not (every or entry.state == "unfinished"):
            continue
        row: dict[str, Any] = {"context": entry.context, "source": entry.source}
        if entry.comment:
            row["comment"] = entry.comment
        if entry.numerus:
            row["forms"] = list(entry.forms)
        else:
            row["translation"] = entry.forms[0] if entry.forms else ""
        rows.append(row)
    return rows


def apply(ts: Path, rows: list[dict[str, Any]]) -> tuple[int, list[str]]:
    tree = ET.parse(ts)
    index: dict[tuple[str, str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            index[key] = message
    written = 0
    unknown: list[str] = []
    for row in rows:
        key = (row["context"], row["source"], row.get("comment", ""))
        message = index.get(key)
        if message is None:
            unknown.append(f"[{row['context']}] {row['source']}")
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            forms = row.get("forms") or []
            if not forms or not all(f.strip() for f in forms):
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            text = row.get("translation", "")
            if not text.strip():
                continue
            translation.text = text
        translation.attrib.pop("type", None)
        written += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return written, unknown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("ts", type=Path)
    d.add_argument("--all", action="store_true")
    a = sub.add_parser("apply")
    a.add_argument("ts", type=Path)
    a.add_argument("json", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        json.dump(dump(args.ts, args.all), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    written, unknown = apply(args.ts, json.loads(args.json.read_text(encoding="utf-8")))
    print(f"{written} entries written")
    for line in unknown:
        print(f"not in the catalogue (source changed?): {line}", file=sys.stderr)
    lupdate.main(["--out", str(args.ts.parent)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
