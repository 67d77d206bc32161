"""The debrief as a small, self-contained HTML page for the trainer (inline style, no scripts).

Every text from the scenario, the events and the messages is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import write_atomic
from .debrief import Debrief, Translate
from .events import OperatorEvent
from .labels import level_label
from .messages import QT_TRANSLATE_NOOP, msg

if TYPE_CHECKING:
    from .scenario_model import Scenario


_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:46em;color:#1b1b1b;
line-height:1.45}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em}
.meta{color:#555}.score{font-size:1.2em;font-weight:bold}
ul.checklist{list-style:none;padding:0}
ul.checklist li{border-left:.3em solid #999;padding:.3em .8em;margin:.5em 0;background:#f6f6f6}
ul.checklist li.passed{border-color:#2e7d32}ul.checklist li.failed{border-color:#c62828}
.mark{font-weight:bold;margin-right:.4em}.passed .mark{color:#2e7d32}.failed .mark{color:#c62828}
ul.checklist p{margin:.2em 0 0}
table{border-collapse:collapse}td,th{padding:.15em .8em .15em 0;text-align:left;vertical-align:top}
"""


def _tr(translate: Translate | None, text: str, *args: object) -> str:
    return html.escape(msg(text, *args).render(translate))


def render_debrief_html(
    debrief: Debrief,
    scenario: Scenario,
    language: str,
    translate: Translate | None = None,
    *,
    events: Sequence[OperatorEvent] = (),
    generated: datetime | None = None,
) -> str:
    """The debrief as one small HTML page (inline style, no scripts, no external assets).

    Every text from the scenario, the events and the messages is escaped. ``translate`` is
    ``translate(context, text, n)`` (the GUI's catalogue); English without it.
    """
    lang = "nl" if language.startswith("nl") else "en"
    when = (generated or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M %Z").strip()
    mark_ok = _tr(translate, QT_TRANSLATE_NOOP("core", "Passed"))
    mark_bad = _tr(translate, QT_TRANSLATE_NOOP("core", "Not passed"))
    # lupdate reads no marks inside f-strings: translate the headings outside them.
    title = _tr(translate, QT_TRANSLATE_NOOP("core", "Debrief: %1"), scenario.title.get(lang))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        '<head><meta charset="utf-8">',
        f"<title>{title}</title>",
        f"<style>{_CSS}</style></head>",
        "<body>",
        f"<h1>{title}</h1>",
        '<p class="meta">'
        + _tr(
            translate,
            QT_TRANSLATE_NOOP("core", "Scenario %1 · level: %2 · %3 minutes · made %4"),
            scenario.id,
            level_label(scenario.level).render(translate),
            scenario.duration_minutes,
            when,
        )
        + "</p>",
        '<p class="score">'
        + _tr(
            translate,
            QT_TRANSLATE_NOOP("core", "Score: %1 of %2 recommendations followed (%3%)"),
            debrief.passed_count,
            debrief.applicable_count,
            debrief.percent,
        )
        + "</p>",
        "<h2>" + _tr(translate, QT_TRANSLATE_NOOP("core", "Checklist")) + "</h2>",
        '<ul class="checklist">',
    ]
    for item in debrief.items:
        state = "passed" if item.passed else "failed"
        mark = "✔" if item.passed else "✘"
        label = mark_ok if item.passed else mark_bad
        parts.append(
            f'<li class="{state}"><span class="mark" title="{label}">{mark}</span>'
            f"<strong>{html.escape(item.title.render(translate))}</strong>"
            f"<p>{html.escape(item.explanation.render(translate))}</p></li>"
        )
    parts.append("</ul>")
    if scenario.drill is not None:
        parts.append("<h2>" + _tr(translate, QT_TRANSLATE_NOOP("core", "The drill")) + "</h2>")
        parts.append(f"<p>{html.escape(scenario.drill.trap.get(lang))}</p>")
    parts.append("<h2>" + _tr(translate, QT_TRANSLATE_NOOP("core", "Learning goals")) + "</h2><ul>")
    parts.extend(f"<li>{html.escape(goal.get(lang))}</li>" for goal in scenario.goals)
    parts.append("</ul>")
    if events:
        parts.extend(_replay_html(events, scenario, lang, translate))
    parts.append("</body></html>")
    return "\n".join(part for part in parts if part) + "\n"


def _replay_html(
    events: Sequence[OperatorEvent], scenario: Scenario, lang: str, translate: Translate | None
) -> list[str]:
    """The hints taken (and their cost) and the run as a timeline, with the time between steps."""
    from .run_timeline import (  # it imports the labels
        hint_summary,
        time_per_page_line,
        time_taken_line,
        timeline,
        trainee_line,
    )

    found = (trainee_line(events), time_taken_line(events), time_per_page_line(events))
    lines = [line for line in found if line is not None]
    parts = [
        "<h2>" + _tr(translate, QT_TRANSLATE_NOOP("core", "The operator’s steps")) + "</h2>",
        *(f"<p>{html.escape(line.render(translate))}</p>" for line in lines),
        f"<p>{html.escape(hint_summary(events).render(translate))}</p><table>",
    ]
    for step in timeline(events, scenario, lang):
        minutes, seconds = divmod(step.seconds_since_previous, 60)
        parts.append(
            f"<tr><td>{step.at:%H:%M:%S}</td><td>+{minutes}:{seconds:02d}</td>"
            f"<td>{html.escape(step.label.render(translate))}</td>"
            f"<td>{html.escape(step.note or step.detail)}</td></tr>"
        )
    parts.append("</table>")
    return parts


def write_debrief_html(
    path: Path,
    debrief: Debrief,
    scenario: Scenario,
    language: str,
    translate: Translate | None = None,
    *,
    events: Sequence[OperatorEvent] = (),
    generated: datetime | None = None,
) -> None:
    """Write :func:`render_debrief_html` to ``path`` atomically (temporary file, fsync, rename)."""
    text = render_debrief_html(
        debrief, scenario, language, translate, events=events, generated=generated
    )
    write_atomic(path, text)
