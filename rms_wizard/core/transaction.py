"""One transaction mechanism for apply, uninstall, recover and the cluster executor.

Every change to an install goes through :class:`Transaction`:

* the install-wide **lock** (:mod:`.install_lock`), which apply, uninstall and recover hold from
  before they look at the install until the run ends (a Transaction takes it itself when not
  given one), so a second run is refused and a lock left by a killed run is recognised;
* a **write-ahead journal** (``.rms-wizard/journal.jsonl``): the whole list of steps is written and
  fsync'd first, then each step (or batch of file steps) is recorded as started before it runs and
  as done after (for the admin's "how far did it get"; recovery does not depend on them), and the
  commit is fsync'd; a half-written last line from a kill is ignored;
* **staging**: new content is prepared under ``.rms-wizard/staging/<txid>`` (same file system as the
  target) before anything in the install changes, and is durable before the commit point
  (:class:`StagedFlush`);
* the **rollback store**: originals displaced by a step are kept by hard link (no copy: the target
  name is swapped atomically with ``os.replace`` and is never missing);
* an explicit **commit point** (the registry's version value, last), after which recovery completes
  the transaction instead of rolling it back;
* **fault points** (``RMS_WIZARD_FAULT=kill-at-step:N | fail-at-step:N | disk-full-at-step:N``) for
  drills and tests.

Every step's ``do`` and ``undo`` is idempotent and decided from what is on disk, so recovery after a
kill at any instruction simply undoes (before the commit point) or finishes (after it).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import signal
import sqlite3
import stat
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, Field, TypeAdapter, ValidationError

from .atomic import fsync_dir
from .configdb import migrate_to_sp1
from .dir_fd import RootedFiles, swapped_error
from .file_steps import make_private_dirs, put, unput
from .install_lock import InstallLock
from .messages import (
    QT_TRANSLATE_NOOP,
    InterruptedStateError,
    Message,
    RmsError,
    msg,
    os_error_message,
    verbatim,
)
from .models import InterruptedInfo, RelPath
from .paths import STATE_DIR_NAME, state_dir
from .payload import ConfigDbMigration
from .progress import CancelToken, ProgressCallback, ProgressEvent, no_progress
from .rollback import incomplete_error, undo_all, unfinished_error
from .safe_paths import UnsafePathError, check_paths, check_single_name, link_error
from .sqlite_files import copy_database, restore_database, settle_leftovers

JOURNAL_NAME = "journal.jsonl"
_JOURNAL_REL = f"{STATE_DIR_NAME}/{JOURNAL_NAME}"
_TMP_REL = f"{_JOURNAL_REL}.tmp"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # a link in the journal's place is not followed
FAULT_ENV = "RMS_WIZARD_FAULT"
#: Where new content is prepared: a file from here takes the mode of what it replaces.
STAGING_PREFIX = ".rms-wizard/staging/"
#: File steps are journaled in batches: one fsync per batch instead of two per file.
BATCH_FILES = 256
BATCH_BYTES = 64 * 1024 * 1024


# --------------------------------------------------------------------------- steps


class StageStep(BaseModel):
    """Prepare new content under the staging folder. Undo removes the folder."""

    kind: Literal["stage"] = "stage"
    folder: RelPath
    size: int = 0


class PutFile(BaseModel):
    """Put ``source`` at ``target``; keep the displaced original at ``displaced``.

    ``source`` None removes ``target``; ``displaced`` None means ``target`` did not exist.
    ``sha256`` is the content ``target`` has once the step is done.
    """

    kind: Literal["put-file"] = "put-file"
    target: RelPath
    source: RelPath | None = None
    displaced: RelPath | None = None
    sha256: str | None = None
    size: int = 0
    label: str = ""
    created_dirs: list[RelPath] = []
    commit: bool = False
    restore: bool = False  # putting an original back (uninstall): shown as "Restoring"


class MigrateConfigDb(BaseModel):
    """Run SP1's configuration-database migration: one SQLite transaction, with the database
    held exclusively (SQLite itself rolls back a migration a kill interrupted).

    An update runs it after its commit point, so it is never undone: rows RMS writes meanwhile
    are never lost to a restored copy. ``pre_copy`` (a safety copy to undo from) is only in
    journals of earlier versions, which ran it before the commit point.
    """

    kind: Literal["migrate-config-db"] = "migrate-config-db"
    db: RelPath
    pre_copy: RelPath | None = None
    migration: ConfigDbMigration
    size: int = 0
    label: str = ""


class Cleanup(BaseModel):
    """After the commit point: remove working folders, and folders left empty."""

    kind: Literal["cleanup"] = "cleanup"
    remove: list[RelPath] = []
    remove_if_empty: list[RelPath] = []
    size: int = 0


Step = Annotated[StageStep | PutFile | MigrateConfigDb | Cleanup, Field(discriminator="kind")]
_STEPS = TypeAdapter(list[Step])


class Begin(BaseModel):
    t: Literal["begin"] = "begin"
    txid: str
    operation: str
    steps: list[Step]
    created: float


# --------------------------------------------------------------------------- helpers


def _fsync_dir(path: Path) -> None:
    """A folder that is gone (a cleanup or an undo removed it) has nothing left to make durable;
    any other failure to flush is an error (the disk did not take it)."""
    with contextlib.suppress(FileNotFoundError):
        fsync_dir(path)


def _exists(path: str | Path) -> bool:
    return os.path.lexists(path)


def _same(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def copy_sqlite(src: Path, dst: Path) -> None:
    """A consistent, self-contained copy of a live SQLite database, written atomically."""
    copy_database(src, dst)


def remove_empty_state_dirs(root: Path) -> None:
    """Remove the wizard's working folders when a run leaves them empty (never anything else).

    A rolled-back or fully recovered run then leaves the install exactly as it found it. The
    folders are removed relative to the state folder opened from the root: a link among them
    (or in place of ``.rms-wizard``) is not followed, and what it points at is left alone.
    """
    files = RootedFiles(os.fspath(root))
    try:
        if files.lexists(_JOURNAL_REL):
            return  # an unfinished run: recovery may still move files back into these folders
        for top in ("staging", "rollback"):
            files.remove_empty_tree(f"{STATE_DIR_NAME}/{top}")
        with contextlib.suppress(OSError):
            files.rmdir(STATE_DIR_NAME)
    except UnsafePathError:
        return  # a link: what it points at is not the wizard's to remove


def _libc_syncfs() -> Callable[[int], None] | None:
    """Linux's ``syncfs(fd)``, raising OSError as os functions do; None where there is none."""
    try:
        import ctypes

        syncfs = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError, ImportError):
        return None

    def call(fd: int) -> None:
        if syncfs(fd) != 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code))

    return call


_SYNCFS = _libc_syncfs() if sys.platform.startswith("linux") else None


def sync_file_system(folder: Path) -> None:
    """Write everything cached for the file system that holds ``folder`` to disk, and wait.

    Linux's ``syncfs`` flushes that file system only (not a slow or hung other mount) and
    reports a failed write; elsewhere ``os.sync`` flushes them all.
    """
    if _SYNCFS is None:
        os.sync()
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        _SYNCFS(fd)
    finally:
        os.close(fd)


class StagedFlush:
    """Makes staged content durable before the commit point.

    Where the OS has ``sync`` it runs on a helper thread, so the data reaches the disk while the
    file steps swap names; :meth:`wait` (before the commit step) blocks until it has. Elsewhere
    (Windows) every staged file is flushed at once, before any step can move it away.
    """

    def __init__(self, folder: Path) -> None:
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        if hasattr(os, "sync"):
            self._thread = threading.Thread(
                target=self._sync, args=(folder,), name="rms-wizard-flush", daemon=True
            )
            self._thread.start()
        else:
            for dirpath, _dirnames, filenames in os.walk(folder):
                for name in filenames:
                    with open(os.path.join(dirpath, name), "rb+") as handle:
                        os.fsync(handle.fileno())

    def _sync(self, folder: Path) -> None:
        try:
            sync_file_system(folder)
        except BaseException as exc:  # raised on the transaction's thread by wait()
            self._error = exc

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error


# --------------------------------------------------------------------------- faults


class FaultPlan:
    """``RMS_WIZARD_FAULT``: a drill and testing aid that breaks a run at a chosen step."""

    def __init__(self, spec: str | None) -> None:
        self.kind: str | None = None
        self.step = -1
        if not spec:
            return
        kind, _, number = spec.partition(":")
        if (
            kind not in ("kill-at-step", "fail-at-step", "disk-full-at-step")
            or not number.isdigit()
        ):
            raise RmsError(
                msg(QT_TRANSLATE_NOOP("core", "Unknown fault injection setting: %1"), spec)
            )
        self.kind, self.step = kind, int(number)

    @classmethod
    def from_env(cls) -> FaultPlan:
        return cls(os.environ.get(FAULT_ENV))

    def check(self, step: int) -> None:
        if step != self.step:
            return
        if self.kind == "kill-at-step":
            os.kill(os.getpid(), signal.SIGKILL)
        if self.kind == "fail-at-step":
            raise OSError(errno.EIO, os.strerror(errno.EIO) + " (injected fault)")
        if self.kind == "disk-full-at-step":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


# --------------------------------------------------------------------------- lock + journal


class Journal:
    """Append-only JSON lines, each flushed and fsync'd when it matters.

    Written and removed relative to the state folder opened from the root, never through a
    link (:mod:`.dir_fd`): a ``.rms-wizard`` swapped for one mid-run gets no journal written or
    removed there. Appends go to the journal file this run opened, wherever it is moved."""

    def __init__(self, root: Path) -> None:
        self.path = state_dir(root) / JOURNAL_NAME
        self._files = RootedFiles(os.fspath(root))
        self._handle: int | None = None

    def open_new(self, begin: Begin) -> None:
        make_private_dirs(self._files, STATE_DIR_NAME)
        with contextlib.suppress(FileNotFoundError):  # a name planted there is not written through
            self._files.unlink(_TMP_REL)
        fd = self._files.open(_TMP_REL, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with open(fd, "w", encoding="utf-8") as handle:
            handle.write(begin.model_dump_json() + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        self._files.replace(_TMP_REL, _JOURNAL_REL)
        self._files.fsync_folder(STATE_DIR_NAME)
        self._open_append()

    def _open_append(self) -> None:
        self._handle = self._files.open(_JOURNAL_REL, os.O_WRONLY | os.O_APPEND)

    def append(self, record: dict[str, object], *, sync: bool = True) -> None:
        if self._handle is None:
            self._open_append()
        assert self._handle is not None
        os.write(self._handle, (json.dumps(record) + "\n").encode())
        if sync:
            os.fsync(self._handle)

    def close(self) -> None:
        if self._handle is not None:
            os.close(self._handle)
            self._handle = None

    def remove(self) -> None:
        self.close()
        # and a new journal a kill caught before it was renamed into place
        for rel in (_JOURNAL_REL, _TMP_REL):
            with contextlib.suppress(FileNotFoundError):
                self._files.unlink(rel)
        self._files.fsync_folder(STATE_DIR_NAME)

    def read(self) -> tuple[Begin | None, list[dict[str, object]]]:
        try:
            # A torn last line may end inside a character: it then fails as JSON, below.
            fd = os.open(self.path, os.O_RDONLY | _NOFOLLOW)
        except OSError as exc:
            if exc.errno == errno.ELOOP or os.path.islink(self.path):
                raise link_error(f"{self.path.parent.name}/{JOURNAL_NAME}") from None
            return None, []
        try:
            with open(fd, "rb") as handle:
                lines = handle.read().decode("utf-8", errors="replace").splitlines()
        except OSError:
            return None, []
        if not lines:
            return None, []
        try:
            begin = Begin.model_validate_json(lines[0])
        except ValidationError:
            return None, []
        records = []
        for line in lines[1:]:
            try:
                item = json.loads(line)
            except ValueError:
                break  # a half-written last line from a kill
            if isinstance(item, dict):
                records.append(item)
        return begin, records


def _progress_of(begin: Begin, records: list[dict[str, object]]) -> tuple[int, int, bool]:
    """(last step started, last step done, committed) from the journal records."""
    started = done = 0
    committed = False
    for record in records:
        if record.get("t") == "start":
            started = max(started, int(str(record.get("last", record.get("step", 0)))))
        elif record.get("t") == "done":
            done = max(done, int(str(record.get("step", 0))))
        elif record.get("t") == "committed":
            committed = True
    return started, done, committed


def inspect_interrupted(root: Path) -> InterruptedInfo | None:
    """Signs of a run that did not finish: a journal, or a lock record with no live holder.

    A lock a run on this thread holds is that run's own, not a sign (a locked run detects).
    """
    lock = InstallLock(root)
    own = lock.held_on_this_thread()
    begin, records = Journal(root).read()
    if begin is None:
        holder = None if own else lock.holder()
        if holder is None:
            return None
        return InterruptedInfo(
            operation=str(holder.get("operation", "unknown")),
            steps_done=0,
            steps_total=0,
            committed=False,
            lock_holder_alive=lock.holder_alive(),
        )
    _started, done, committed = _progress_of(begin, records)
    return InterruptedInfo(
        operation=begin.operation,
        steps_done=done,
        steps_total=len(begin.steps),
        committed=committed or Transaction.commit_visible(root, begin.steps),
        lock_holder_alive=lock.holder_alive(),
    )


# --------------------------------------------------------------------------- the transaction


class Cancelled(Exception):
    """The admin cancelled; the transaction has been rolled back."""


StageFunction = Callable[[Path, Callable[[int, str], None], CancelToken], None]


class Transaction:
    """Runs a list of steps with journal, rollback and commit point on one install root."""

    def __init__(
        self, root: Path, operation: str, steps: list[Step], lock: InstallLock | None = None
    ) -> None:
        """``lock``: the install lock the caller holds for its whole run (it looked at the
        install under it); without one, :meth:`run` takes it for the transaction alone."""
        self.root = root
        self.operation = operation
        self.steps = steps
        self.txid = uuid.uuid4().hex[:12]
        self._own_lock = lock is None
        self.lock = lock or InstallLock(root)
        self.journal = Journal(root)
        self.log: Callable[[str], None] = lambda line: None
        self._flush: StagedFlush | None = None
        self._root = os.fspath(root)
        self._made_dirs: set[str] = set()  # folders this run made or found (no second look)
        # Every file step works through folders opened from the root, never through a link.
        self._files = RootedFiles(self._root)

    # ---- one step, forwards and backwards (both idempotent)

    def _p(self, rel: str) -> str:
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
            folder = Path(self._p(step.folder))
            make_private_dirs(self._files, step.folder)
            if stage is not None:
                stage(folder, report, cancel)
            self._flush = StagedFlush(folder)
        elif isinstance(step, PutFile):
            if step.commit:
                self._durable_before(step)
            self._put(step)
        elif isinstance(step, MigrateConfigDb):
            db = Path(self._p(step.db))
            if step.pre_copy is not None and not _exists(self._p(step.pre_copy)):
                copy_sqlite(db, Path(self._p(step.pre_copy)))
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
            pre = Path(self._p(step.pre_copy))
            if _exists(pre):
                restore_database(pre, Path(self._p(step.db)))
                os.unlink(pre)  # put back: an undone step leaves no copy behind (check_undone)
        # Cleanup runs after the commit point only: it is never undone.

    def _unput(self, step: PutFile) -> None:
        with self._files.one_step():
            unput(self._files, step, self._private_parent)

    @classmethod
    def commit_visible(cls, root: Path, steps: list[Step]) -> bool:
        """True when the commit step's content is in place (it may not be journaled yet)."""
        from .fileversion import sha256_file

        for step in steps:
            if isinstance(step, PutFile) and step.commit and step.sha256:
                target = root.joinpath(*step.target.split("/"))
                try:
                    return sha256_file(target) == step.sha256
                except OSError:
                    return False
        return False

    # ---- running

    def run(
        self,
        *,
        stage: StageFunction | None = None,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
        faults: FaultPlan | None = None,
    ) -> None:
        """Run every step; on any error or cancel before the commit point, roll back and re-raise.

        ``faults`` defaults to the ``RMS_WIZARD_FAULT`` setting of the environment.
        """
        cancel = cancel or CancelToken()
        faults = faults or FaultPlan.from_env()
        self.check_paths(running=True)
        if self._own_lock:
            self.lock.acquire(self.operation)
        total_bytes = sum(s.size for s in self.steps) or 1
        done_bytes = 0
        started = 0
        committed = False
        try:
            self.lock.write_record()  # the install's lock names this run before its first change
            self.journal.open_new(
                Begin(
                    txid=self.txid, operation=self.operation, steps=self.steps, created=time.time()
                )
            )
            self.log(f"journal: begin {self.operation} tx {self.txid}, {len(self.steps)} steps")
            batch_end = 0
            for index, step in enumerate(self.steps, start=1):
                # Before the commit point only: after it the change stands and is finished.
                if not committed and cancel.checkpoint():
                    raise Cancelled()
                faults.check(index)
                if index > batch_end:
                    batch_end = self._batch_end(index)
                    # Not flushed: recovery undoes every step before the commit point whatever
                    # the records say (each undo is safe on a step that never ran); they only
                    # tell an admin how far a run got.
                    self.journal.append(
                        {"t": "start", "step": index, "last": batch_end}, sync=False
                    )
                started = batch_end
                label = getattr(step, "label", "") or getattr(step, "target", "") or step.kind

                def report(
                    nbytes: int, path: str, _i: int = index, _base: int = done_bytes
                ) -> None:
                    progress(
                        ProgressEvent(
                            _i,
                            len(self.steps),
                            _base + nbytes,
                            total_bytes,
                            path,
                            _phase(self.steps[_i - 1]),
                        )
                    )

                report(0, str(label))
                self.do(step, stage, report, cancel)
                done_bytes += step.size
                self.log(f"step {index}/{len(self.steps)} done: {step.kind} {label}")
                if isinstance(step, PutFile) and step.commit:
                    self._flush_folders([step])  # the new version is on disk before it is noted
                    self.journal.append({"t": "done", "step": index})
                    self.journal.append({"t": "committed"})
                    committed = True
                    self.log("commit point reached")
                elif index == batch_end:
                    self.journal.append({"t": "done", "step": index}, sync=False)
            progress(
                ProgressEvent(
                    len(self.steps),
                    len(self.steps),
                    total_bytes,
                    total_bytes,
                    "",
                    msg(QT_TRANSLATE_NOOP("core", "Finished")),
                )
            )
            self.journal.remove()
        except BaseException as exc:
            if not committed:
                self.log(f"rolling back steps 1..{started} after: {exc!r}")
                failures = self._rollback(started)
                if failures:
                    # The journal stays: recover finishes the rollback once the cause is lifted.
                    self.log("rollback incomplete: the journal is kept")
                    raise incomplete_error(exc, failures) from None
                self._flush_folders(self.steps[:started])  # undone on disk before the journal goes
                self.journal.remove()
                self.log("rolled back")
                raise
            if not isinstance(exc, Exception):
                raise
            # After the commit point the change stands: it is not rolled back. The journal stays,
            # so detection reports an interrupted run and recover finishes it.
            reason = os_error_message(exc) if isinstance(exc, OSError) else verbatim(str(exc))
            self.log(f"finishing after the commit point failed: {exc!r}")
            raise InterruptedStateError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The change was made, but finishing it failed: %1. Run recover to "
                        "finish it.",
                    ),
                    reason,
                )
            ) from None
        finally:
            try:
                if self._flush is not None:
                    with contextlib.suppress(Exception):
                        self._flush.wait()  # no flush left running behind a finished run
            finally:
                self.journal.close()
                if self._own_lock:
                    self.lock.release(tidy=lambda: remove_empty_state_dirs(self.root))
                remove_empty_state_dirs(self.root)

    def _batch_end(self, index: int) -> int:
        """File steps go in batches (bounded by count and bytes); any other step stands alone."""
        first = self.steps[index - 1]
        if not isinstance(first, PutFile) or first.commit:
            return index
        end, size = index, 0
        while end < len(self.steps):
            nxt = self.steps[end]
            if not isinstance(nxt, PutFile) or nxt.commit:
                break
            if end - index + 1 >= BATCH_FILES or size + nxt.size > BATCH_BYTES:
                break
            size += nxt.size
            end += 1
        return max(end, index)

    def _durable_before(self, commit: PutFile) -> None:
        """Everything the steps before ``commit`` did is on disk before the commit step runs:
        the staged content (:class:`StagedFlush`) and every name they moved or linked (the
        folders that hold them are flushed), so no crash can leave a recorded new version over
        files that never reached the disk."""
        if self._flush is not None:
            self._flush.wait()
        before = self.steps[: next(i for i, s in enumerate(self.steps) if s is commit)]
        self._flush_folders(before)

    def _flush_folders(self, steps: list[Step]) -> None:
        """Flush every folder the file steps among ``steps`` created, moved a name into or out
        of, or kept an original in -- and the folders above them, up to the root, so a new
        folder is recorded in its parent. The rollback store's folders go first: the originals
        must be safe before the install's new names are."""
        kept: set[str] = set()
        other: set[str] = set()
        for step in steps:
            if not isinstance(step, PutFile):
                continue
            if step.displaced:
                kept.add(step.displaced.rpartition("/")[0])
            for rel in (step.target, step.source):
                if rel:
                    other.add(rel.rpartition("/")[0])
            other.update(step.created_dirs)
        ordered: list[str] = []
        seen: set[str] = set()
        for group in (kept, other):
            for rel in sorted(group, key=lambda r: (-r.count("/"), r)):  # deepest first
                while rel not in seen:
                    seen.add(rel)
                    ordered.append(rel)
                    if not rel:
                        break
                    rel = rel.rpartition("/")[0]
        for rel in ordered:
            _fsync_dir(Path(self._p(rel)))

    def _rollback(self, started: int) -> list[tuple[int, Exception]]:
        """Undo steps ``started`` down to 1, past any that fails (see :mod:`.rollback`);
        returns those still not undone."""
        return undo_all(self.steps, started, self.undo, self._p, self.log)

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

    # ---- recovery

    @staticmethod
    def recover(root: Path, log: Callable[[str], None] = lambda line: None) -> str:
        """Finish or undo an interrupted run. Returns "rolled-back", "completed" or "nothing".

        A folder that is not a server install is refused before the lock is taken (taking it
        writes), with the same clear error detection gives.
        """
        from .detect import check_root

        root = check_root(root)
        check_paths(os.fspath(root), [], [])  # the state folder and its files: no links
        forged, _records = Journal(root).read()
        if forged is not None:  # a forged journal is refused before anything is written
            Transaction(root, forged.operation, forged.steps).check_paths(running=False)
        lock = InstallLock(root)
        lock.acquire("recover", take_over_stale=True)  # before the journal is read
        try:
            journal = Journal(root)
            begin, records = journal.read()
            if begin is None:
                journal.remove()
                log("recover: no journal; stale lock removed")
                return "nothing"
            lock.write_record()
            tx = Transaction(root, begin.operation, begin.steps)
            tx.log = log
            tx.check_paths(running=False)  # (again: it was read before the lock was held)
            started, _done, committed = _progress_of(begin, records)
            committed = committed or Transaction.commit_visible(root, begin.steps)
            if committed:
                commit_index = next(
                    i for i, s in enumerate(begin.steps, 1) if isinstance(s, PutFile) and s.commit
                )
                # From the commit step itself: its record may have reached the disk while its
                # rename did not (file systems that do not keep metadata in order); redoing it
                # is safe, like every step.
                try:
                    for step in begin.steps[commit_index - 1 :]:
                        tx.do(step, None, lambda n, p: None, CancelToken())
                except OSError as exc:
                    log(f"recover: completing failed, the journal is kept: {exc!r}")
                    raise unfinished_error(exc) from None
                outcome = "completed"
            else:
                # Every undo is idempotent and safe on a step that never ran, so undo them all:
                # a step may have begun without its start record being durable.
                del started
                failures = tx._rollback(len(begin.steps))
                if failures:
                    log("recover: rollback incomplete: the journal is kept")
                    raise incomplete_error(None, failures)
                tx._flush_folders(begin.steps)
                outcome = "rolled-back"
            journal.remove()
            log(f"recover: {begin.operation} {outcome}")
            return outcome
        finally:
            with contextlib.suppress(RmsError, sqlite3.Error):
                settle_leftovers(root, log)  # a hot journal a kill left is SQLite's to finish
            remove_empty_state_dirs(root)  # also the empty folders a killed run left
            lock.release(tidy=lambda: remove_empty_state_dirs(root))


def _phase(step: Step) -> Message:
    if isinstance(step, StageStep):
        return msg(QT_TRANSLATE_NOOP("core", "Preparing the new files"))
    if isinstance(step, MigrateConfigDb):
        return msg(QT_TRANSLATE_NOOP("core", "Adding the SP1 fields to the configuration database"))
    if isinstance(step, Cleanup):
        return msg(QT_TRANSLATE_NOOP("core", "Cleaning up"))
    if step.commit:
        return msg(QT_TRANSLATE_NOOP("core", "Recording the new version in the registry"))
    if step.source is None:
        return msg(QT_TRANSLATE_NOOP("core", "Removing %1"), step.label or step.target)
    if step.restore:
        return msg(QT_TRANSLATE_NOOP("core", "Restoring %1"), step.label or step.target)
    return msg(QT_TRANSLATE_NOOP("core", "Installing %1"), step.label or step.target)


@contextlib.contextmanager
def locked(root: Path, operation: str, *, held: InstallLock | None = None) -> Iterator[InstallLock]:
    """Hold the install lock for a whole run: taken before the run looks at the install, let go
    when it ends, so nothing it found can be changed by another run before it acts on it.

    ``held``: the caller's own lock on ``root`` (a cluster node's run), used as it is.
    """
    if held is not None:
        yield held
        return
    lock = InstallLock(root)
    lock.acquire(operation)
    try:
        yield lock
    finally:
        lock.release(tidy=lambda: remove_empty_state_dirs(root))


__all__ = [
    "Cancelled",
    "Cleanup",
    "FaultPlan",
    "InstallLock",
    "Journal",
    "MigrateConfigDb",
    "PutFile",
    "StageStep",
    "Step",
    "Transaction",
    "copy_sqlite",
    "inspect_interrupted",
]
_ = _STEPS
