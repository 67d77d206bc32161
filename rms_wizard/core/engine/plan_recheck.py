"""Just before the first change: the install is still what the run's plan was made from.

Detection, planning and the transaction run under one install lock, so no other run changes the
install in between -- but an admin (an editor, a script) can. After staging, which takes longest,
and before the first file is swapped, every file the run is about to overwrite, remove or create
and the registry are read again and compared with what detection saw. Any difference stops the
run with nothing changed: the plan does not fit the install any more (an admin's edit would be
overwritten, kept only in the rollback store).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from ..common.paths import INSTALL_PATH, registry_file, windows_to_root
from ..common.progress import CancelToken
from ..install.fileversion import scan_file, sha256_file
from ..install.models import FileAction, InstalledFile, InstallState
from .plan import PlanKind, UpdatePlan
from .step_actions import StageFunction


def registry_fingerprint(root: Path) -> str:
    """The registry export's hash: taken before detection reads it."""
    try:
        return sha256_file(registry_file(root))
    except OSError:
        return ""  # detection says what is wrong with it


def _changed_error(path: Path) -> BadInputError:
    return BadInputError(
        msg(
            QT_TRANSLATE_NOOP(
                "core",
                "%1 was changed while this run was preparing, so its plan no longer fits the "
                "install. Nothing was changed; run the command again.",
            ),
            path,
        )
    )


def _unchanged(path: Path, seen: InstalledFile | None) -> bool:
    if seen is None:
        return not os.path.lexists(path)
    try:
        # Hashed when detection hashed it (a versioned file read for an update is not: its
        # version decides).
        scan = scan_file(path, hash_versioned=seen.sha256 is not None)
    except OSError:
        return False
    return (
        scan.size == seen.size
        and scan.version == seen.version
        and (seen.sha256 is None or scan.sha256 == seen.sha256)
    )


@dataclass(frozen=True)
class PlanInputs:
    """What a run's plan was made from: each file it writes as detection saw it (None: absent),
    and the registry's fingerprint from before detection."""

    root: Path
    files: Sequence[tuple[Path, InstalledFile | None]]
    registry_sha256: str

    @classmethod
    def of_update(
        cls, root: Path, state: InstallState, plan: UpdatePlan, registry_sha256: str
    ) -> PlanInputs:
        """An update writes the files it adds (absent when planned) and replaces."""
        if plan.kind is PlanKind.FRESH_INSTALL or state.install_dir is None:
            base = windows_to_root(root, plan.install_path or INSTALL_PATH)
        else:
            base = Path(state.install_dir)
        files = [
            (
                base.joinpath(*item.path.split("/")),
                state.file(item.path) if item.action is FileAction.REPLACE else None,
            )
            for item in plan.changes()
        ]
        return cls(root, files, registry_sha256)

    def checked_after(self, stage: StageFunction | None) -> StageFunction:
        """``stage``, then :meth:`check`: the last moment before the transaction's first
        change (staging is its first step; a failed check rolls it back)."""

        def stage_then_check(
            folder: Path, report: Callable[[int, str], None], cancel: CancelToken
        ) -> None:
            if stage is not None:
                stage(folder, report, cancel)
            self.check()

        return stage_then_check

    def check(self) -> None:
        """Raise :class:`BadInputError` naming the first input that is not as it was."""
        if registry_fingerprint(self.root) != self.registry_sha256:
            raise _changed_error(registry_file(self.root))
        for path, seen in self.files:
            if not _unchanged(path, seen):
                raise _changed_error(path)


__all__ = ["PlanInputs", "registry_fingerprint"]
