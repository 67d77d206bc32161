"""May this user change the install? Checked before the plan page on a real (non-sandbox) install.

On Windows Setup must run elevated; elsewhere (a server folder) the user needs write access to the
folders the update changes: the root (registry export and the wizard's journal), the install folder
and the folders of the databases and the key.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..core.common.paths import registry_file, state_dir
from ..core.install.models import InstallState


def writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def is_elevated() -> bool | None:
    """True/False on Windows; None where elevation does not apply."""
    if sys.platform != "win32":
        return None
    try:
        import ctypes

        return bool(ctypes.windll.shell32.IsUserAnAdmin())
    except (AttributeError, OSError):
        return False


def folders_to_change(root: Path, state: InstallState | None) -> list[Path]:
    """The folders (and files) an update writes, existing ones only, without duplicates."""
    candidates: list[Path] = [root, registry_file(root), state_dir(root)]
    if state is not None:
        if state.install_dir:
            candidates.append(Path(state.install_dir))
        for item in (state.config_db, state.logging_db, state.private_key):
            if item is not None and item.exists:
                candidates.append(Path(item.path).parent)
    seen: set[Path] = set()
    result: list[Path] = []
    for path in candidates:
        if path.exists() and path not in seen:
            seen.add(path)
            result.append(path)
    return result


def missing_write_access(root: Path, state: InstallState | None) -> list[Path]:
    return [path for path in folders_to_change(root, state) if not writable(path)]
