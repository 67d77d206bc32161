"""The GUI's start: QApplication, catalogues (app + qtbase), the wizard on a real or sandbox install."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def _has_display() -> bool:
    if sys.platform.startswith("linux"):
        return bool(
            os.environ.get("DISPLAY")
            or os.environ.get("WAYLAND_DISPLAY")
            or os.environ.get("QT_QPA_PLATFORM")
        )
    return True


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rms-wizard")
    parser.add_argument("--lang", choices=["en", "nl"])
    parser.add_argument("--sandbox", nargs="?", const="", metavar="SCENARIO")
    parser.add_argument("--root", metavar="DIR")
    parser.add_argument("--log", metavar="FILE")
    parser.add_argument("--report", metavar="FILE")
    return parser.parse_args(list(argv))


def run_gui(argv: Sequence[str]) -> int:
    """Open the wizard; returns the process exit code."""
    if not _has_display():
        sys.stderr.write(
            "rms-wizard: no display found (set DISPLAY, or QT_QPA_PLATFORM=offscreen).\n"
        )
        return 2
    args = parse_gui_args(argv)
    from PySide6.QtWidgets import QApplication

    from ..i18n import choose_language, install_translators
    from .wizard import SetupWizard

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("rms-wizard")
    QApplication.setStyle("Fusion")
    install_translators(choose_language(args.lang))
    wizard = SetupWizard()
    wizard.show()
    return int(app.exec())
