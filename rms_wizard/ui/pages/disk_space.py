"""Disk space before the update, as installers show it: what the update needs, what is free.

The update stages every new file before it replaces anything and keeps every original in the
rollback store, so it needs room for both (and a safety copy of the configuration database) until
it commits. Shown on the Ready page; when the disk is too small the page says so before Install.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from ...core.engine.plan import UpdatePlan
from ...core.install.models import FileAction, InstallState


def space_needed(plan: UpdatePlan, install: InstallState | None) -> int:
    """Bytes the update holds on disk at its peak: staged new files, the originals kept, the
    configuration database's safety copy."""
    needed = sum(action.size for action in plan.changes())
    if install is not None:
        for action in plan.actions:
            found = install.file(action.path) if action.action is FileAction.REPLACE else None
            needed += found.size if found is not None else 0
        if plan.config_db_migration is not None and install.config_db is not None:
            path = Path(install.config_db.path)
            needed += path.stat().st_size if path.is_file() else 0
    return needed


def measure(plan: UpdatePlan, install: InstallState | None, root: Path) -> tuple[int, int] | None:
    """(bytes needed, bytes free on ``root``'s disk); None when the disk cannot be asked. Measured
    once when the page is shown, so the line reads the same until the page is shown again."""
    try:
        return space_needed(plan, install), shutil.disk_usage(root).free
    except OSError:
        return None


def disk_space_line(measured: tuple[int, int] | None, *, fresh: bool = False) -> tuple[str, bool]:
    """The Ready page's line about disk space (of the update, or a ``fresh`` install), and
    whether the disk is too small."""
    if measured is None:
        return "", False
    needed, free = measured
    locale = QLocale()
    text = (
        QCoreApplication.translate(
            "DiskSpace",
            "Disk space: the installation needs %1; %2 is free on the disk of this server.",
        )
        if fresh
        else QCoreApplication.translate(
            "DiskSpace", "Disk space: the update needs %1; %2 is free on the disk of this server."
        )
    )
    text = text.replace("%1", locale.formattedDataSize(needed)).replace(
        "%2", locale.formattedDataSize(free)
    )
    if free < needed:
        text += " " + QCoreApplication.translate(
            "DiskSpace", "That is not enough: free some space first, or the update will fail."
        )
    return text, free < needed
