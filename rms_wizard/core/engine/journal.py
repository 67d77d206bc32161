"""The write-ahead journal of a transaction: ``.rms-wizard/journal.jsonl``.

The first line (:class:`~.step_models.Begin`) holds the whole list of steps and is fsync'd
before the first step runs; then each step (or batch of file steps) is recorded as started before
it runs and as done after (for the admin's "how far did it get"; recovery does not depend on
them), and the commit is fsync'd. A half-written last line from a kill is ignored. While the
journal is there, the run it names did not finish: detection reports it and ``recover`` finishes
or undoes it.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from pathlib import Path

from pydantic import ValidationError

from ..common.dir_fd import RootedFiles
from ..common.paths import STATE_DIR_NAME, state_dir
from ..common.safe_paths import link_error
from ..install.fileversion import sha256_file
from .file_steps import make_private_dirs
from .step_models import Begin, PutFile, Step

JOURNAL_NAME = "journal.jsonl"
JOURNAL_REL = f"{STATE_DIR_NAME}/{JOURNAL_NAME}"
_TMP_REL = f"{JOURNAL_REL}.tmp"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # a link in the journal's place is not followed


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
        self._files.replace(_TMP_REL, JOURNAL_REL)
        self._files.fsync_folder(STATE_DIR_NAME)
        self._open_append()

    def _open_append(self) -> None:
        self._handle = self._files.open(JOURNAL_REL, os.O_WRONLY | os.O_APPEND)

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
        for rel in (JOURNAL_REL, _TMP_REL):
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


def journal_progress(begin: Begin, records: list[dict[str, object]]) -> tuple[int, int, bool]:
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


def commit_visible(root: Path, steps: list[Step]) -> bool:
    """True when the commit step's content is in place (it may not be journaled yet)."""
    for step in steps:
        if isinstance(step, PutFile) and step.commit and step.sha256:
            target = root.joinpath(*step.target.split("/"))
            try:
                return sha256_file(target) == step.sha256
            except OSError:
                return False
    return False


__all__ = ["JOURNAL_NAME", "Journal", "commit_visible", "journal_progress"]
