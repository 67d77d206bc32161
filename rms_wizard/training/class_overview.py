"""The class overview: every trainee's debrief in one table (``rms-wizard debrief collect``).

The folders given are searched for sandboxes (a folder with the sandbox marker, scored now by
:func:`~.debrief_sandbox.score_sandbox`) and for exported debriefs (a ``.json`` file that reads as
a :func:`~.debrief_sandbox.debrief_record`). A row per record: trainee, scenario, seed, score,
time taken, hints taken and each checklist item passed or failed. The HTML page lists the items
most of the class failed first: that is what to teach again.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..core.common.atomic import write_atomic
from ..core.common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from ..core.common.paths import SANDBOX_MARKER
from .debrief import Translate
from .debrief_sandbox import debrief_record, is_debrief_record, score_sandbox
from .trail import read_regular_text

#: The most of a file read as an exported debrief (a real one is a few kilobytes).
MAX_RECORD_BYTES = 2 * 1024 * 1024
#: What a spreadsheet reads as the start of a formula: a cell starting so gets a leading quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _records_under(
    folder: Path, translate: Translate | None, language: str
) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    sandboxes = sorted(marker.parent for marker in folder.rglob(SANDBOX_MARKER))
    for sandbox in sandboxes:
        records.append(debrief_record(score_sandbox(sandbox), translate, language))
    for path in sorted(folder.rglob("*.json")):
        if any(path.is_relative_to(sandbox) for sandbox in sandboxes):
            continue  # a sandbox's own files (its topology, its markers) are not exports
        text = read_regular_text(path, MAX_RECORD_BYTES)  # not a pipe, a device, a link
        if text is None:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        if is_debrief_record(data):
            records.append(data)
    return records


def collect_records(
    folders: Sequence[Path], translate: Translate | None = None, language: str = "en"
) -> list[dict[str, Any]]:
    """Every sandbox and exported debrief under ``folders`` (raises BadInputError when a folder
    is missing or none holds any)."""
    records: list[dict[str, Any]] = []
    for folder in folders:
        if not folder.is_dir():
            raise BadInputError(msg(QT_TRANSLATE_NOOP("core", "%1 is not a folder."), folder))
        records.extend(_records_under(folder, translate, language))
    if not records:
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP("core", "No sandbox or exported debrief was found in %1."),
                ", ".join(str(f) for f in folders),
            )
        )
    return records


def item_ids(records: Iterable[dict[str, Any]]) -> list[str]:
    """Every checklist item that occurs in ``records``, in the order first seen."""
    seen: dict[str, None] = {}
    for record in records:
        for item in record["items"]:
            seen.setdefault(str(item["id"]), None)
    return list(seen)


def _item_state(record: dict[str, Any], item_id: str) -> str:
    item = next((i for i in record["items"] if i["id"] == item_id), None)
    if item is None:
        return ""
    return "passed" if item.get("passed") else "failed"


def overview_rows(records: Sequence[dict[str, Any]]) -> list[list[str]]:
    """The table: a header row, then a row per record (the item cells "passed"/"failed"/"")."""
    ids = item_ids(records)
    header = ["trainee", "scenario", "seed", "score", "seconds_taken", "hints", *ids]
    rows = [header]
    for record in records:
        seed, seconds = record.get("seed"), record.get("seconds_taken")
        rows.append(
            [
                str(record.get("trainee") or ""),
                str(record["scenario"]),
                "" if seed is None else str(seed),
                str(record["score"]),
                "" if seconds is None else str(seconds),
                str(len(record.get("hints") or [])),
                *(_item_state(record, item_id) for item_id in ids),
            ]
        )
    return rows


def _csv_cell(cell: str) -> str:
    """``cell`` as a spreadsheet shows it as text: a trainee named ``=HYPERLINK(...)`` is not run."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def write_overview_csv(path: Path, records: Sequence[dict[str, Any]]) -> None:
    buffer = io.StringIO()
    rows = [[_csv_cell(cell) for cell in row] for row in overview_rows(records)]
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    write_atomic(path, buffer.getvalue())


def _item_titles(records: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Each item's title in the page's language (the text the debriefs gave it), else its id."""
    titles: dict[str, str] = {}
    for record in records:
        for item in record["items"]:
            titles.setdefault(str(item["id"]), str(item.get("text") or item["id"]))
    return titles


def _failures(records: Sequence[dict[str, Any]]) -> dict[str, int]:
    return {
        item_id: sum(1 for r in records if _item_state(r, item_id) == "failed")
        for item_id in item_ids(records)
    }


def _tr(translate: Translate | None, text: str, *args: object) -> str:
    return html.escape(msg(text, *args).render(translate))


_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:1.5em;color:#1b1b1b}
table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left}
th.teach{background:#ffe0b2}td.failed{background:#ffcdd2}td.passed{background:#c8e6c9}
"""


def render_overview_html(
    records: Sequence[dict[str, Any]], language: str, translate: Translate | None = None
) -> str:
    """The class overview as one HTML page: trainees by score, the most failed items first and
    highlighted (failed by half the class or more)."""
    lang = "nl" if language.startswith("nl") else "en"
    failures = _failures(records)
    titles = _item_titles(records)
    ids = sorted(failures, key=lambda i: -failures[i])
    ordered = sorted(records, key=lambda r: (-int(r["score"]), str(r.get("trainee") or "")))
    title = _tr(translate, QT_TRANSLATE_NOOP("core", "Class overview"))
    heads = [
        _tr(translate, QT_TRANSLATE_NOOP("core", "Trainee")),
        _tr(translate, QT_TRANSLATE_NOOP("core", "Scenario")),
        _tr(translate, QT_TRANSLATE_NOOP("core", "Seed")),
        _tr(translate, QT_TRANSLATE_NOOP("core", "Score")),
        _tr(translate, QT_TRANSLATE_NOOP("core", "Time taken (s)")),
        _tr(translate, QT_TRANSLATE_NOOP("core", "Hints")),
    ]
    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{title}</title><style>{_CSS}</style></head><body><h1>{title}</h1>",
        "<p>"
        + _tr(
            translate,
            QT_TRANSLATE_NOOP(
                "core", "%1 runs. Items failed by half the class or more are marked: teach again."
            ),
            len(records),
        )
        + "</p><table><tr>",
        *(f"<th>{head}</th>" for head in heads),
    ]
    for item_id in ids:
        teach = failures[item_id] * 2 >= len(records) and failures[item_id] > 0
        cls = ' class="teach"' if teach else ""
        head = f"{html.escape(titles[item_id])} ({failures[item_id]}✘)"
        parts.append(f'<th{cls} title="{html.escape(item_id)}">{head}</th>')
    parts.append("</tr>")
    for row, record in zip(overview_rows(ordered)[1:], ordered, strict=True):
        cells = [f"<td>{html.escape(cell)}</td>" for cell in row[:6]]
        for item_id in ids:
            state = _item_state(record, item_id)
            mark = {"passed": "✔", "failed": "✘"}.get(state, "–")
            cells.append(f'<td class="{state}">{mark}</td>')
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</table></body></html>\n")
    return "\n".join(parts)
