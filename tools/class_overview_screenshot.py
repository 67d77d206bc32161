"""Render the class overview of five drilled sandboxes to docs/screenshots/<lang>/class-overview.png.

Five trainees drill with the CLI (a careful one, an idle one, one who stops after the backup, one
who types a wrong password, one on the already-SP1 scenario); ``rms-wizard debrief collect``
writes the overview, which Qt's rich-text engine (QTextDocument, no web engine) paints offscreen.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/class_overview_screenshot.py
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QTextDocument

from rms_wizard.cli.main import run
from rms_wizard.training.sandbox import get_scenario

REPO = Path(__file__).resolve().parent.parent
DRILLS = {
    "ada": ("single-server-v1", ["detect", "backup", "apply"]),
    "bob": ("single-server-v1", []),
    "cleo": ("single-server-v1", ["backup"]),
    "dirk": ("single-server-v1", ["wrong-password"]),
    "eva": ("already-sp1", ["detect"]),
}


def _cli(*argv: object, stdin: str = "") -> None:
    sys.stdin = io.StringIO(stdin)
    run([str(a) for a in argv])


def _drill(base: Path, name: str, scenario: str, steps: list[str]) -> None:
    box, backup = base / name, base / f"{name}-backup"
    _cli("sandbox", "create", scenario, box)
    from datetime import UTC, datetime

    from rms_wizard.core.common.events import EventKind, OperatorEvent
    from rms_wizard.training.trail import append_event

    append_event(box, OperatorEvent(kind=EventKind.TRAINEE_NAMED, at=datetime.now(UTC),
                                    detail={"trainee": name.title()}))  # fmt: skip
    password = get_scenario(scenario).key_password + "\n"
    for step in steps:
        if step == "detect":
            _cli("detect", "--root", box)
        elif step == "wrong-password":
            _cli("backup", "--root", box, "--to", base / "bad", "--password-stdin", stdin="x\n")
        elif step == "backup":
            _cli("backup", "--root", box, "--to", backup, "--password-stdin", stdin=password)
        elif step == "apply":
            _cli("apply", "--root", box, "--backup", backup, "--password-stdin", stdin=password)


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    del app
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        room = base / "room"
        room.mkdir()
        for name, (scenario, steps) in DRILLS.items():
            _drill(room, name, scenario, steps)
        for lang in ("en", "nl"):
            page = base / f"class-{lang}.html"
            _cli("--lang", lang, "debrief", "collect", room, "--html", page)
            document = QTextDocument()
            # Qt's text engine ends a page that closes on a table inside the table's last row (a
            # browser does not): a paragraph after it lets the whole table be laid out.
            document.setHtml(
                page.read_text(encoding="utf-8").replace("</table>", "</table><p></p>")
            )
            document.setTextWidth(1100)
            size = document.size()
            image = QImage(int(size.width()), int(size.height()), QImage.Format.Format_RGB32)
            image.fill(0xFFFFFF)
            painter = QPainter(image)
            document.drawContents(painter)
            painter.end()
            target = REPO / "docs" / "screenshots" / lang / "class-overview.png"
            image.save(str(target))
            print(target, QSizeF(size).toSize())


if __name__ == "__main__":
    main()
