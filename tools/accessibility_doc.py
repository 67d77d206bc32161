"""Write docs/accessibility.md: what a screen-reader user hears, from the AT-SPI test's records.

The records (``docs/accessibility/<walk>-<language>.json``) are the ``object:announcement`` texts
``tests/a11y`` heard, in order; that test fails when what is heard differs from them
(``RMS_WIZARD_WRITE_A11Y_RECORD=1`` writes them anew). ``--check`` only compares.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RECORDS = REPO / "docs" / "accessibility"
DOC = REPO / "docs" / "accessibility.md"
LANGUAGES = {"en": "English", "nl": "Nederlands"}
WALKS = {"welcome": "Start (Welcome page)"}

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

## What a screen-reader user hears (recorded through AT-SPI)
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
* A status line with nothing to say (where the answers were saved) is hidden, not blank.
* `tests/ui/test_screen_reader_texts.py` reads these through Qt's accessibility interfaces in both
  languages; `tests/a11y/test_lost_name.py` shows the AT-SPI walk fails when a button loses its
  name (`RMS_WIZARD_A11Y_UNNAME=<objectName>` takes it away, `rms_wizard/ui/a11y_probe.py`).

## Keyboard

* Tab / Shift+Tab move between controls; each page puts the focus on its first control (never on
  Cancel); the scrolled page content is named after the page.
* Enter does the page's main action (Next, or the page's own action while Next is disabled, e.g.
  *Back up now*); Escape is Cancel (it asks first once anything was done).
* Alt + the underlined letter presses a control; on every page each letter belongs to one control
  (`tests/ui/test_page_names.py` checks this in both languages).

## Colours and contrast

Every colour is a tone whose shade is computed to reach WCAG AA (4.5 : 1) on the actual palette
(`rms_wizard/ui/theme.py`); a dark or high-contrast palette is used when the platform asks for one
(`QStyleHints.colorScheme`, `QAccessibilityHints.contrastPreference`).
`tests/ui/test_contrast.py` renders every page in the default, dark and high-contrast palettes and
checks every label against the rendered background.

## Running the test

```sh
apt-get install at-spi2-core python3-pyatspi dbus xvfb openbox   # .ci/run installs them
.venv/bin/python -m pytest -q tests/a11y
RMS_WIZARD_WRITE_A11Y_RECORD=1 .venv/bin/python -m pytest -q tests/a11y  # record anew
.venv/bin/python tools/accessibility_doc.py                               # then rewrite this page
```
"""


def render() -> str:
    parts = [HEAD]
    for walk, title in WALKS.items():
        parts.append(f"\n### {title}\n")
        for language, name in LANGUAGES.items():
            record = RECORDS / f"{walk}-{language}.json"
            heard = json.loads(record.read_text(encoding="utf-8"))
            parts.append(f"\n{name}:\n\n")
            parts.extend(f"1. “{text}”\n" for text in heard)
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
