"""Where things live: the resources folder (source tree or frozen app), a mock install's layout and
the sandbox's marker.

A light module (the standard library only): the wizard's first paint reads the marker through it
before the core is imported (:mod:`rms_wizard.ui.startup`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

#: The wizard's own working area inside an install root: lock, journal, staging, rollback store.
STATE_DIR_NAME = ".rms-wizard"
#: The registry export of a mock install, at the root of its folder.
REGISTRY_FILE_NAME = "registry.reg"
#: The standard RMS install folder: where a fresh install goes and where a sandbox server has it.
INSTALL_PATH = r"C:\Program Files\Windows Rights Management Services"
#: The file that makes a folder a sandbox made by this tool (its scenario's id and seed).
SANDBOX_MARKER = ".rms-sandbox.json"
#: The folder of a sandbox deployment's servers: ``<sandbox>/nodes/<name>``.
NODES_DIR = "nodes"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, inside the frozen app's bundle."""
    override = os.environ.get("RMS_WIZARD_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


def state_dir(root: Path) -> Path:
    return root / STATE_DIR_NAME


def registry_file(root: Path) -> Path:
    return root / REGISTRY_FILE_NAME


def is_sandbox(root: Path) -> bool:
    """A sandbox made by this tool: ``root`` holds the sandbox marker file."""
    return (root / SANDBOX_MARKER).is_file()


def windows_to_root(root: Path, windows_path: str) -> Path:
    """Map a Windows path from the registry (``C:\\Program Files\\...``) into the mock root.

    Drive ``C:`` becomes the folder ``drive_c`` (the layout Wine uses), so a mock install keeps the
    real registry values while living in an ordinary folder.
    """
    win = PureWindowsPath(windows_path)
    if not win.drive or not win.is_absolute():
        raise ValueError(windows_path)
    drive = win.drive.rstrip(":").lower()
    if len(drive) != 1 or not drive.isalpha():
        raise ValueError(windows_path)
    parts = [p for p in win.parts[1:] if p not in ("", ".")]
    if ".." in parts:
        raise ValueError(windows_path)
    return root.joinpath(f"drive_{drive}", *parts)


def root_to_windows(root: Path, local: Path) -> str | None:
    """The Windows path of the folder ``local`` inside the mock root (``drive_c/...`` becomes
    ``C:\\...``); None when it is not on one of the root's drives."""
    try:
        parts = local.resolve().relative_to(root.resolve()).parts
    except (OSError, ValueError):
        return None
    if not parts or len(parts[0]) != 7 or not parts[0].startswith("drive_"):
        return None
    letter = parts[0][-1]
    if not letter.isalpha():
        return None
    return str(PureWindowsPath(f"{letter.upper()}:\\", *parts[1:]))
