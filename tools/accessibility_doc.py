"""Write docs/accessibility.md: what a screen-reader user hears, from the AT-SPI test's records.

The records (``docs/accessibility/<walk>-<language>.json``) are what ``tests/a11y`` met through
AT-SPI: every ``object:announcement`` in order (text and politeness), and per page where the
focus started and the keys that reach its controls (their Alt key, and Enter's control). That
test fails when what it meets differs from them (``RMS_WIZARD_WRITE_A11Y_RECORD=1`` writes them
anew). ``--check`` only compares.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
RECORDS = REPO / "docs" / "accessibility"
DOC = REPO / "docs" / "accessibility.md"
LANGUAGES = {"en": "English", "nl": "Nederlands"}
#: Each walk's record name -> what it is called here, and what it does.
WALKS = {
    "update": ("The update", "scenario single-server-v1"),
    "remove": ("Removing SP1", "the backup made before SP1 restored; scenario already-sp1"),
    "wrong-password": (
        "The wrong-password drill",
        "the password on the note is refused, the right one typed next; scenario wrong-password",
    ),
}

HEAD = """# Accessibility

rms-wizard is tested the way a screen reader meets it: through the AT-SPI accessibility bus
(`tests/a11y/`), not through Qt's own objects. This page is written by
`tools/accessibility_doc.py` from the test's records; `tests/a11y/test_accessibility_doc.py`
fails when it is out of date.

## What is announced

* every page when it is shown: its title and the first sentence of its text (polite);
* each phase of the work (installing, migrating the database, cleaning up) once, and the progress
  at most every 10 % and at most once a second (polite), so the reader is informed, not flooded;
* errors (a wrong password, a failed backup) and the Cancel question (assertive: they interrupt).

## What a screen-reader user hears, page by page (recorded through AT-SPI)

Each walk below was made by `tests/a11y` through AT-SPI alone, in English and in Dutch. Per page:
what is announced, in order (polite unless marked *assertive*; the progress percentages are left
out here, as how many are said depends on the machine's speed), where the focus starts, and the
keys AT-SPI reports for the page's controls: Alt + a letter presses a button or moves to a field,
Enter presses the page's default button.
"""

TAIL = """
## Names and descriptions

* Every control is announced with the text it shows; where that is not enough it has a
  description: the plan table's file and action cells carry the file's reason, its headers say
  what their column means ("Installed version", "New version"), a "–" is read as "not on the
  server" or "no version"; each interop cell carries the feature's explanation and, when it is
  highlighted, what it differs from; each debrief mark is read with its recommendation ("Verified
  the backup: not passed"), inside the group "Checklist".
* The sandbox bar is a group of its own ("Sandbox bar", role Grouping), its line as description.
* A status line with nothing to say (where the answers were saved, the rollout's and the clients'
  status) is hidden, not blank; a cell of the rollout tree with no value is read as "none"; the
  scenario picker's list is "Training scenarios". `tests/ui/test_focusable_names.py` checks the
  walks' rule (every focusable object has a name) through Qt's interfaces on those pages.
* `tests/ui/test_screen_reader_texts.py` reads these through Qt's accessibility interfaces in both
  languages; `tests/a11y/test_lost_name.py` shows the AT-SPI walk fails when a button loses its
  name (`RMS_WIZARD_A11Y_UNNAME=<objectName>` takes it away, `rms_wizard/ui/a11y_probe.py`).

## Keyboard

* Tab / Shift+Tab move between controls; each page puts the focus on its first input, else on its
  forward button (never on Cancel); the scrolled page content is named after the page.
* Enter does the page's main action (Next, or the page's own action while Next is disabled, e.g.
  *Back up now*); Escape is Cancel (it asks first once anything was done).
* Alt + the underlined letter presses a control; on every page each letter belongs to one control
  (`tests/ui/test_page_names.py` checks this in both languages). The keys listed per page above
  are those AT-SPI reports; a field's letter is its label's, which AT-SPI reports for text fields
  but not for combo boxes and password fields (the letter works for them all the same).

## Colours and contrast

Every colour is a tone whose shade is computed to reach WCAG AA (4.5 : 1) on the actual palette
(`rms_wizard/ui/theme.py`); a dark or high-contrast palette is used when the platform asks for one
(`QStyleHints.colorScheme`, `QAccessibilityHints.contrastPreference`).
`tests/ui/test_contrast.py` renders every page in the default, dark and high-contrast palettes and
checks every label against the rendered background (at the screen's device pixel ratio, so also
under `QT_SCALE_FACTOR=2`). In the dark and high-contrast palettes the edges of text fields,
check boxes, radio buttons, push buttons and framed lists are drawn at 3 : 1 or more against the
window (WCAG 1.4.11; `rms_wizard/ui/appearance.py`, checked from rendered pixels); in the
high-contrast ones a field's placeholder is grey, not the colour of typed text.

## Motion

The only animation is Qt's busy indicator: the moving bar while work of unknown length runs (the
Detection page, the backup and its check, the start of the update or removal). With
`RMS_WIZARD_REDUCE_MOTION=1` in the environment, or `rms-wizard --reduce-motion`, it stands still
and reads "Working…" instead (`rms_wizard/ui/widgets/motion.py`, `tests/ui/test_motion.py`); a
bar that knows how far the work is shows its percentage as always.

## Running the test

The test starts its own desktop: a session bus that is a test Secret Service's
(`tests/keyring_daemon.py`: an unlocked gnome-keyring, nothing D-Bus-activated), Xvfb, openbox
and the AT-SPI bus; the wizard runs in it as its own process on a fresh sandbox, and
`tests/a11y/atspi_driver.py` (the system Python's pyatspi) walks it: it finds controls by role
and name, presses them (`doAction`) and types through EditableText, and listens for
`object:announcement`. A full walk takes about 15 s. The walks: the Welcome page
(`test_screen_reader_walks.py`), the update (`test_update_walk.py`), the removal and the
wrong-password drill (`test_remove_and_drill_walks.py`), each in English and Dutch; each checks
every focusable object's name, where the focus is on each page (never on Cancel), that the pages
and errors are announced in order and how (an error assertively), at most one progress
announcement a second, and where the sandbox ends (SP1 after the update and the drill, RMS 1.0
after the removal). `test_lost_name.py` shows the check fails when a button has no name;
`test_accessibility_doc.py` that this page matches the records. Without the packages below the
tests skip, unless `RMS_WIZARD_REQUIRE_ALL=1` (as `.ci/run` sets it) makes that a failure.

```sh
apt-get install at-spi2-core python3-pyatspi dbus xvfb openbox gnome-keyring  # .ci/run does
RMS_WIZARD_REQUIRE_ALL=1 .venv/bin/python -m pytest -q tests/a11y
RMS_WIZARD_WRITE_A11Y_RECORD=1 .venv/bin/python -m pytest -q tests/a11y  # record anew
.venv/bin/python tools/accessibility_doc.py                               # then rewrite this page
```
"""


def _per_page(record: dict[str, Any]) -> list[tuple[dict[str, Any], list[dict[str, str]]]]:
    """Each page with what is heard from its announcement up to the next page's."""
    heard = record["heard"]
    starts = []
    index = 0
    for page in record["pages"]:
        while not heard[index]["text"].startswith(page["page"]):
            index += 1
        starts.append(index)
        index += 1
    ends = [*starts[1:], len(heard)]
    return [
        (page, heard[start:end])
        for page, start, end in zip(record["pages"], starts, ends, strict=True)
    ]


def _page_lines(page: dict[str, Any], heard: list[dict[str, str]]) -> list[str]:
    lines = [
        f"1. “{entry['text']}”" + (" *(assertive)*" if entry["politeness"] == "assertive" else "")
        for entry in heard
    ]
    if page.get("passing"):
        lines.append("\n(This page moves on by itself when the work is done.)")
        return lines
    role, name = page["focused"]
    where = "Focus then on" if page.get("error") else "Focus starts on"
    lines.append(f"\n{where}: {role} “{name}”.  ")
    keys = " · ".join(f"`{key}` {name}" for key, _role, name in page["keys"])
    lines.append(f"Keys: {keys}")
    return lines


def _heading(number: int, pages: list[tuple[dict[str, Any], list[dict[str, str]]]]) -> str:
    """A page's title; an error shown on a page is named after that page."""
    page = pages[number - 1][0]
    if not page.get("error"):
        return f"{number}. {page['page']}"
    shown_on = next(
        seen["page"] for seen, _ in reversed(pages[: number - 1]) if not seen.get("error")
    )
    return f"{number}. {shown_on}, after an error"


def render() -> str:
    parts = [HEAD]
    #: What a page's section says, in both languages -> the walk that said it first: a later
    #: walk's identical page refers to it instead of repeating it.
    said: dict[str, str] = {}
    for walk, (title, what) in WALKS.items():
        parts.append(f"\n### {title} ({what})\n")
        records = {
            language: json.loads((RECORDS / f"{walk}-{language}.json").read_text(encoding="utf-8"))
            for language in LANGUAGES
        }
        pages = {language: _per_page(record) for language, record in records.items()}
        for number in range(1, len(pages["en"]) + 1):
            parts.append(f"\n#### {_heading(number, pages['en'])}\n")
            section = "".join(
                f"\n{name}:\n\n"
                + "".join(line + "\n" for line in _page_lines(*pages[language][number - 1]))
                for language, name in LANGUAGES.items()
            )
            if section in said:
                parts.append(f"\nAs in {said[section]}.\n")
            else:
                said[section] = f"*{title}*"
                parts.append(section)
    parts.append(TAIL)
    return "".join(parts)


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        return 0 if DOC.read_text(encoding="utf-8") == text else 1
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
