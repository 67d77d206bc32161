"""docs/accessibility.md is what ``tools/accessibility_doc.py`` writes from the AT-SPI records."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_accessibility_page_matches_the_records() -> None:
    check = subprocess.run(
        [sys.executable, str(REPO / "tools" / "accessibility_doc.py"), "--check"], check=False
    )
    assert check.returncode == 0, "run tools/accessibility_doc.py"
