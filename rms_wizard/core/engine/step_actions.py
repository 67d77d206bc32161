"""Each step of a transaction, forwards and backwards, on one install root.

Every ``do`` and ``undo`` is idempotent and decided from what is on disk, so recovery after a
kill at any instruction simply undoes (before the commit point) or finishes (after it). Every
file step works through folders opened from the root, never through a link
(:class:`~.dir_fd.RootedFiles`); no undo needs new disk space (renames and removals only).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

from ..common.dir_fd import RootedFiles, swapped_error
from ..common.progress import CancelToken
from ..common.safe_paths import UnsafePathError, check_paths, check_single_name
from .configdb import migrate_to_sp1
from .durability import StagedFlush, flush_folders
from .file_steps import make_private_dirs, put, unput
from .sqlite_files import copy_database, restore_database
from .step_models import Cleanup, MigrateConfigDb, PutFile, StageStep, Step

#: Where new content is prepared: a file from here takes the mode of what it replaces.
STAGING_PREFIX = ".rms-wizard/staging/"

#: Fills a staging folder with the new content: (folder, report(bytes, path), cancel).
StageFunction = Callable[[Path, Callable[[int, str], None], CancelToken], None]


class StepActions:
    """Does and undoes the steps of one run on one install root."""

    def __init__(self, root: Path, steps: list[Step]) -> None:
        self.steps = steps
        self._flush: StagedFlush | None = None
        self._root = os.fspath(root)
        self._made_dirs: set[str] = set()  # folders this run made or found (no second look)
        # Every file step works through folders opened from the root, never through a link.
        self._files = RootedFiles(self._root)

    def path_of(self, rel: str) -> str:
        # Plain strings: a big update runs thousands of these, and pathlib's parsing was a
        # measurable part of it. Joined part by part, like every relative path here (a Windows
        # "\\?\" long-path root does not accept "/").
        return os.path.join(self._root, *rel.split("/"))

    def do(
        self,
        step: Step,
        stage: StageFunction | None,
        report: Callable[[int, str], None],
        cancel: CancelToken,
    ) -> None:
        if isinstance(step, StageStep):
            folder = Path(self.path_of(step.folder))
            make_private_dirs(self._files, step.folder)
            if stage is not None:
                stage(folder, report, cancel)
            self._flush = StagedFlush(folder)
        elif isinstance(step, PutFile):
            if step.commit:
                self._durable_before(step)
            self._put(step)
        elif isinstance(step, MigrateConfigDb):
            db = Path(self.path_of(step.db))
            if step.pre_copy is not None and not os.path.lexists(self.path_of(step.pre_copy)):
                copy_database(db, Path(self.path_of(step.pre_copy)))
            self._migrate(db, step)
        else:
            self._clean_up(step)

    def _migrate(self, db: Path, step: MigrateConfigDb) -> None:
        """SQLite opens the database by name; it must open the file reached from the root
        without a link (its folder swapped for one since would lead it elsewhere)."""
        try:
            fd = self._files.open(step.db, os.O_RDONLY)
        except FileNotFoundError:
            migrate_to_sp1(db, step.migration)  # (says the database is missing)
            return
        try:
            st = os.fstat(fd)
            try:
                migrate_to_sp1(db, step.migration, held=(st.st_dev, st.st_ino))
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    raise swapped_error(step.db.rpartition("/")[0] or step.db) from None
                raise
        finally:
            os.close(fd)

    def _clean_up(self, step: Cleanup) -> None:
        """Removed relative to folders opened from the root, never through a link."""
        for rel in step.remove:
            try:
                is_folder = stat.S_ISDIR(self._files.stat(rel).st_mode)
            except FileNotFoundError:
                continue
            if is_folder:
                self._files.rmtree(rel)
            else:
                self._files.unlink(rel)
        for rel in sorted(step.remove_if_empty, key=len, reverse=True):
            with contextlib.suppress(OSError, UnsafePathError):
                self._files.rmdir(rel)

    def _put(self, step: PutFile) -> None:
        # New content takes the mode (and owner) of what it replaces; an original coming back
        # from the rollback store has its own.
        staged = step.source is not None and step.source.startswith(STAGING_PREFIX)
        with self._files.one_step():
            put(self._files, step, self._private_parent, staged)

    def _private_parent(self, rel: str) -> None:
        """The folder of ``rel`` (in the wizard's state folder) exists, owner-only."""
        parent = rel.rpartition("/")[0]
        if parent not in self._made_dirs:
            make_private_dirs(self._files, parent)
            self._made_dirs.add(parent)

    def undo(self, step: Step) -> None:
        """Undo ``step`` by renames and removals only: no undo needs new disk space."""
        if isinstance(step, StageStep):
            with contextlib.suppress(FileNotFoundError):
                self._files.rmtree(step.folder)  # (never through a link swapped in since)
        elif isinstance(step, PutFile):
            self._unput(step)
        elif isinstance(step, MigrateConfigDb) and step.pre_copy is not None:
            pre = Path(self.path_of(step.pre_copy))
            if os.path.lexists(pre):
                restore_database(pre, Path(self.path_of(step.db)))
                os.unlink(pre)  # put back: an undone step leaves no copy behind (check_undone)
        # Cleanup runs after the commit point only: it is never undone.

    def _unput(self, step: PutFile) -> None:
        with self._files.one_step():
            unput(self._files, step, self._private_parent)

    def _durable_before(self, commit: PutFile) -> None:
        """Everything the steps before ``commit`` did is on disk before the commit step runs:
        the staged content (:class:`StagedFlush`) and every name they moved or linked (the
        folders that hold them are flushed), so no crash can leave a recorded new version over
        files that never reached the disk."""
        if self._flush is not None:
            self._flush.wait()
        before = self.steps[: next(i for i, s in enumerate(self.steps) if s is commit)]
        self.flush_folders(before)

    def check_paths(self, *, running: bool) -> None:
        """Refuse steps that would write or remove through a link or outside the wizard's own
        folders, and (``running``: before a run) a database migrated in place that has other
        names. Reads only: a refused run changes nothing."""
        anywhere: list[str] = []
        owned: list[str] = []
        for step in self.steps:
            if isinstance(step, StageStep):
                owned.append(step.folder)
            elif isinstance(step, PutFile):
                anywhere += [step.target, *step.created_dirs]
                owned += [rel for rel in (step.source, step.displaced) if rel]
            elif isinstance(step, MigrateConfigDb):
                anywhere.append(step.db)
                if step.pre_copy:
                    owned.append(step.pre_copy)
                if running:
                    check_single_name(self._root, step.db)
            else:
                owned += step.remove
                anywhere += step.remove_if_empty
        check_paths(self._root, anywhere, owned)

    def flush_folders(self, steps: list[Step]) -> None:
        """Flush the folders the file steps among ``steps`` changed (:func:`.flush_folders`)."""
        flush_folders(steps, self.path_of)

    def settle_flush(self) -> None:
        """No flush is left running behind a finished run (its error, if any, is the run's no
        more: the run has already failed or finished)."""
        if self._flush is not None:
            with contextlib.suppress(Exception):
                self._flush.wait()


__all__ = ["STAGING_PREFIX", "StageFunction", "StepActions"]
