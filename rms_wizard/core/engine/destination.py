"""Where a fresh install goes: the destination folder an installer asks for when there is no RMS.

One check for the wizard's Ready page and the command line's ``apply --install-dir``: the folder
is a full Windows path, it stays inside the server's root (inside the sandbox in sandbox mode: no
link leads out), it is new or empty, Setup can write there, and its disk has room for SP1's files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg, os_error_message
from ..common.paths import INSTALL_PATH, windows_to_root
from .plan import PlanKind, UpdatePlan

#: The standard install folder: the destination a fresh install proposes.
DEFAULT_INSTALL_PATH = INSTALL_PATH

_MB = 1024 * 1024


@dataclass(frozen=True)
class Destination:
    """A checked destination: the Windows path (as the registry records it), where it lives under
    the root, and the disk space SP1 needs there and finds free."""

    windows_path: str
    folder: Path
    needed: int
    free: int


def _refuse(text: str, *args: object) -> BadInputError:
    return BadInputError(msg(text, *args))


def check_destination(root: Path, windows_path: str, needed: int = 0) -> Destination:
    """The :class:`Destination` for ``windows_path`` under ``root``, or a one-line
    :class:`BadInputError` saying what is wrong with it. Writes nothing (a probe file is made and
    removed at once in the nearest folder that exists)."""
    text = windows_path.strip()
    if not text:
        raise _refuse(QT_TRANSLATE_NOOP("core", "Choose a destination folder first."))
    try:
        folder = windows_to_root(root, text)
    except ValueError:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "core", "%1 is not a full folder path, such as %2. Choose another folder."
            ),
            text,
            DEFAULT_INSTALL_PATH,
        ) from None
    normal = str(PureWindowsPath(text))
    existing = next((f for f in (folder, *folder.parents) if f.is_dir()), None)
    inside = existing is not None and existing.resolve().is_relative_to(root.resolve())
    if existing is None or not inside:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "core", "The folder %1 leads outside this server's files. Choose another folder."
            ),
            normal,
        )
    if folder.exists() and not folder.is_dir():
        raise _refuse(
            QT_TRANSLATE_NOOP("core", "%1 is a file, not a folder. Choose another folder."), normal
        )
    if folder.is_dir() and any(folder.iterdir()):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "core", "The folder %1 is not empty. Choose a new or empty folder for SP1."
            ),
            normal,
        )
    try:
        handle, probe = tempfile.mkstemp(prefix=".rms-write-check-", dir=existing)
        os.close(handle)
        os.unlink(probe)
        free = shutil.disk_usage(existing).free
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "core", "Setup cannot write to the folder %1: %2. Choose another folder."
            ),
            normal,
            os_error_message(exc),
        ) from None
    if free < needed:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "core",
                "There is not enough free disk space for %1: SP1 needs %2 MB, %3 MB is free.",
            ),
            normal,
            -(-needed // _MB),
            free // _MB,
        )
    return Destination(windows_path=normal, folder=folder, needed=needed, free=free)


def with_destination(root: Path, plan: UpdatePlan, install_path: str | None) -> UpdatePlan:
    """``plan`` with its checked destination folder: a fresh install's (``install_path``, or the
    standard folder); a destination for an update is refused (RMS already has its folder)."""
    if plan.kind is not PlanKind.FRESH_INSTALL:
        if install_path is not None:
            raise BadInputError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "RMS is already installed on this server: a destination folder is "
                        "chosen only for a fresh install.",
                    )
                )
            )
        return plan
    destination = check_destination(root, install_path or DEFAULT_INSTALL_PATH, plan.bytes_to_write)
    return plan.model_copy(update={"install_path": destination.windows_path})


__all__ = ["DEFAULT_INSTALL_PATH", "Destination", "check_destination", "with_destination"]
