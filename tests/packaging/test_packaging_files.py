"""The packaging inputs that the frozen build cannot check on Linux: version resource, menu entry."""

from __future__ import annotations

import configparser
import importlib.util
import sys
from pathlib import Path

from rms_wizard import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _version_info_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("version_info", PACKAGING / "version_info.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("version_info", module)
    spec.loader.exec_module(module)
    return module


def test_windows_version_resource_matches_the_package_version() -> None:
    version_info = _version_info_module()
    text = (PACKAGING / "version_info.txt").read_text(encoding="utf-8")
    assert text == version_info.render(__version__), "run: python packaging/version_info.py"
    numbers = version_info.version_tuple(__version__)
    assert f"filevers={numbers!r}" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text


def test_version_tuple_has_four_parts() -> None:
    version_info = _version_info_module()
    assert version_info.version_tuple("1.2") == (1, 2, 0, 0)
    assert version_info.version_tuple("2.0.1rc1+local") == (2, 0, 1, 1)


def test_desktop_entry() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "rms-wizard.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "rms-wizard"
    assert entry["Icon"] == "rms-wizard"
    assert entry["Terminal"] == "false"
    assert entry["Name"] and entry["Name[nl]"] and entry["Comment[nl]"]
    assert entry["Categories"].endswith(";")
    # The icon the entry names ships with the project, and the Windows build's .ico too.
    assert (ROOT / "resources" / "images" / "icon.svg").is_file()
    assert (ROOT / "resources" / "images" / "icon.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
