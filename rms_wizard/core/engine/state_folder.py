"""The wizard's working folders in an install (``.rms-wizard``): gone once a run leaves them empty."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..common.dir_fd import RootedFiles
from ..common.paths import STATE_DIR_NAME
from ..common.safe_paths import UnsafePathError
from .journal import JOURNAL_REL


def remove_empty_state_dirs(root: Path) -> None:
    """Remove the wizard's working folders when a run leaves them empty (never anything else).

    A rolled-back or fully recovered run then leaves the install exactly as it found it. The
    folders are removed relative to the state folder opened from the root: a link among them
    (or in place of ``.rms-wizard``) is not followed, and what it points at is left alone.
    """
    files = RootedFiles(os.fspath(root))
    try:
        if files.lexists(JOURNAL_REL):
            return  # an unfinished run: recovery may still move files back into these folders
        for top in ("staging", "rollback"):
            files.remove_empty_tree(f"{STATE_DIR_NAME}/{top}")
        with contextlib.suppress(OSError):
            files.rmdir(STATE_DIR_NAME)
    except UnsafePathError:
        return  # a link: what it points at is not the wizard's to remove


__all__ = ["remove_empty_state_dirs"]
