"""The debrief as a small, self-contained HTML page for the trainer (inline style, no scripts).

The texts are translated here and put into ``templates/debrief.html.j2``, which escapes every one
of them (from the scenario, the events and the messages).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..core.common.atomic import writing_atomically
from ..core.common.events import OperatorEvent
from ..core.common.messages import QT_TRANSLATE_NOOP, msg
from ..core.install.labels import level_label
from .debrief import Debrief, Translate

if TYPE_CHECKING:
    from .scenario_model import Scenario


def _tr(translate: Translate | None, text: str, *args: object) -> str:
    return msg(text, *args).render(translate)


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
    from ..core.common.html_templates import render_page

    lang = "nl" if language.startswith("nl") else "en"
    when = (generated or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M %Z").strip()
    drill = None
    if scenario.drill is not None:
        drill = {
            "title": _tr(translate, QT_TRANSLATE_NOOP("core", "The drill")),
            "trap": scenario.drill.trap.get(lang),
        }
    items = [
        {
            "passed": item.passed,
            "title": item.title.render(translate),
            "explanation": item.explanation.render(translate),
        }
        for item in debrief.items
    ]
    return render_page(
        "debrief.html.j2",
        lang=lang,
        title=_tr(translate, QT_TRANSLATE_NOOP("core", "Debrief: %1"), scenario.title.get(lang)),
        meta=_tr(
            translate,
            QT_TRANSLATE_NOOP("core", "Scenario %1 · level: %2 · %3 minutes · made %4"),
            scenario.id,
            level_label(scenario.level).render(translate),
            scenario.duration_minutes,
            when,
        ),
        score=_tr(
            translate,
            QT_TRANSLATE_NOOP("core", "Score: %1 of %2 recommendations followed (%3%)"),
            debrief.passed_count,
            debrief.applicable_count,
            debrief.percent,
        ),
        checklist_title=_tr(translate, QT_TRANSLATE_NOOP("core", "Checklist")),
        passed_label=_tr(translate, QT_TRANSLATE_NOOP("core", "Passed")),
        failed_label=_tr(translate, QT_TRANSLATE_NOOP("core", "Not passed")),
        items=items,
        drill=drill,
        goals_title=_tr(translate, QT_TRANSLATE_NOOP("core", "Learning goals")),
        goals=[goal.get(lang) for goal in scenario.goals],
        steps=_steps(events, scenario, lang, translate) if events else None,
    )


def _steps(
    events: Sequence[OperatorEvent], scenario: Scenario, lang: str, translate: Translate | None
) -> dict[str, object]:
    """The hints taken (and their cost) and the run as a timeline, with the time between steps."""
    from .run_timeline import (
        hint_summary,
        time_per_page_line,
        time_taken_line,
        timeline,
        trainee_line,
    )

    found = (trainee_line(events), time_taken_line(events), time_per_page_line(events))
    rows = []
    for step in timeline(events, scenario, lang):
        minutes, seconds = divmod(step.seconds_since_previous, 60)
        rows.append(
            {
                "at": f"{step.at:%H:%M:%S}",
                "since": f"+{minutes}:{seconds:02d}",
                "label": step.label.render(translate),
                "note": step.note or step.detail,
            }
        )
    return {
        "title": _tr(translate, QT_TRANSLATE_NOOP("core", "The operator’s steps")),
        "lines": [line.render(translate) for line in found if line is not None],
        "hints": hint_summary(events).render(translate),
        "timeline": rows,
    }


#: Write :func:`render_debrief_html`'s page to a path, its first argument, atomically (temporary
#: file, fsync, rename): ``write_debrief_html(path, debrief, scenario, language, ...)``.
write_debrief_html = writing_atomically(render_debrief_html)
