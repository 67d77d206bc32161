"""What every AT-SPI walk checks, and the steps the walks are made of (see ``atspi_driver.py``).

A walk is a list of steps for the driver; the builders here write them in the wizard's own words,
translated through its catalogue, so one walk serves English and Dutch.
"""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path
from typing import Any

from atspi_desktop import Walk
from PySide6.QtCore import QCoreApplication

from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.verify import verify_state
from rms_wizard.core.install.models import Release
from rms_wizard.i18n import install_translators
from rms_wizard.ui.widgets.accessible import plain_text

#: Where the record of what is heard is written for ``tools/accessibility_doc.py``.
RECORD_DIR = Path(__file__).resolve().parents[2] / "docs" / "accessibility"

Step = dict[str, Any]


def spoken(language: str, context: str, source: str) -> str:
    """A text as the wizard shows it in ``language`` (its catalogue), as read aloud."""
    install_translators(language)
    try:
        return plain_text(QCoreApplication.translate(context, source))
    finally:
        install_translators("en")


def progress_texts(language: str) -> str:
    return spoken(language, "ProgressVoice", "%1 percent done").replace("%1", "")


def page(
    language: str,
    context: str,
    title: str,
    focus: str | None = None,
    *,
    ready: tuple[str, str] | None = None,
    passing: bool = False,
    error: bool = False,
) -> Step:
    """Wait for the page titled ``title`` to be announced (and a control ``ready``, its role and
    the start of its name, to be enabled); its focus must be on ``focus``. ``passing``: a page
    that moves on by itself (the work's page, in a sandbox done within a second) is only heard.
    ``error``: ``title`` is an error shown on the page, announced assertively, looked at as a
    page is (the focus where one corrects it, every name still there)."""
    step: Step = {"op": "page", "expect": spoken(language, context, title)}
    if focus is not None:
        step["focus"] = focus
    if ready is not None:
        step["ready"] = list(ready)
    if passing:
        step["passing"] = True
    if error:
        step["error"] = True
    return step


def press(role: str, name: str) -> Step:
    """Press the control ``role`` ``name`` as soon as it is on screen and enabled."""
    return {"op": "press", "role": role, "name": name}


def type_into(role: str, name: str, text: str) -> Step:
    return {"op": "type", "role": role, "name": name, "text": text}


def announced(text: str) -> Step:
    return {"op": "announced", "expect": text}


def button(language: str, context: str, source: str) -> str:
    """A button's accessible name: its shown text as read aloud."""
    return spoken(language, context, source)


def next_button(language: str) -> str:
    return button(language, "QWizard", "&Next >")


def press_next(language: str) -> Step:
    return press("push button", next_button(language))


def check_walk(walk: Walk, language: str) -> list[str]:
    """Every focusable object named, the focus on each page the expected one and never on
    Cancel, the pages announced in order (politely; an error assertively), at most one progress
    announcement a second."""
    result = walk.result
    assert result["error"] is None, result["error"]
    problems = []
    cancel = spoken(language, "QWizard", "Cancel")
    for seen in result["pages"]:
        politeness = "assertive" if seen["error"] else "polite"
        if seen["politeness"] != politeness:
            problems.append(f"{seen['page']}: announced {seen['politeness']}, not {politeness}")
        if seen.get("passing"):
            continue
        if seen["nameless"]:
            problems.append(f"{seen['page']}: no name: {seen['nameless']}")
        focus = seen["focused"]
        if focus is None or focus[1] == cancel:
            problems.append(f"{seen['page']}: focus on {focus}")
        elif seen.get("focus") and focus[1] != seen["focus"]:
            problems.append(f"{seen['page']}: focus on {focus}, not on {seen['focus']!r}")
    heard = [text for _, text, _ in result["announcements"]]
    positions = []
    start = 0
    for seen in result["pages"]:
        position = next(
            (i for i in range(start, len(heard)) if seen["page"] in heard[i]), len(heard)
        )
        positions.append(position)
        start = min(position + 1, len(heard))
    if len(heard) in positions:
        problems.append(f"pages not announced in order: {heard}")
    progress = progress_texts(language).strip()
    times = [t for t, text, _ in result["announcements"] if text.endswith(progress)]
    for earlier, later in itertools.pairwise(times):
        if later - earlier < 0.95:  # the bus may deliver a little late; never twice a second
            problems.append(f"two progress announcements {later - earlier:.2f} s apart")
    return problems


def state_of(root: Path) -> Release | None:
    return verify_state(detect_install(root)).state


def heard(walk: Walk, language: str) -> list[dict[str, str]]:
    """What was announced, in order, with how (polite or assertive); the progress percentages
    left out (how many are said depends on the machine's speed, not on the wizard)."""
    progress = progress_texts(language).strip()
    return [
        {"text": text, "politeness": politeness}
        for _, text, politeness in walk.result["announcements"]
        if not text.endswith(progress)
    ]


def keys_of(seen: dict[str, Any]) -> list[list[str]]:
    """A page's keys as a reader is told them: each control's Alt key, and Enter's control."""
    keys: list[list[str]] = []
    for role, name, _action, binding in seen["keys"]:
        for key in binding.split(";"):
            entry = [key, role, name]
            if (key.startswith("Alt+") or key == "Enter") and entry not in keys:
                keys.append(entry)
    return keys


def _recorded_page(seen: dict[str, Any]) -> dict[str, Any]:
    """What the record keeps of a page: where the focus started and its keys (an error shown on a
    page says so; a page that moves on by itself is only heard)."""
    if seen.get("passing"):
        return {"page": seen["page"], "passing": True}
    entry = {"page": seen["page"], "focused": seen["focused"], "keys": keys_of(seen)}
    if seen["error"]:
        entry["error"] = True
    return entry


def check_record(name: str, walk: Walk, *, language: str) -> None:
    """What was heard, where the focus started and which keys each page has are what
    ``docs/accessibility.md`` says (written from these records by ``tools/accessibility_doc.py``);
    ``RMS_WIZARD_WRITE_A11Y_RECORD=1`` writes them anew."""
    record_data = {
        "heard": heard(walk, language),
        "pages": [_recorded_page(seen) for seen in walk.result["pages"]],
    }
    record = RECORD_DIR / f"{name}.json"
    if os.environ.get("RMS_WIZARD_WRITE_A11Y_RECORD") == "1":
        RECORD_DIR.mkdir(parents=True, exist_ok=True)
        text = json.dumps(record_data, ensure_ascii=False, indent=1)
        record.write_text(text + "\n", encoding="utf-8")
    assert record_data == json.loads(record.read_text(encoding="utf-8"))
