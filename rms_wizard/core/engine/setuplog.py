"""The setup log: a verbose, timestamped record of a run, like a Windows Installer verbose log.

Every GUI and CLI run writes one to the user's log folder (rotated: the newest few are kept), and
``--log FILE`` writes a copy where the admin wants it. Secrets registered with :meth:`add_secret`
are redacted from every line before it is written.

The core logs through :mod:`logging` (``logging.getLogger(__name__)``, one hierarchy under
:data:`LOGGER_NAME`); a :class:`SetupLog` is the run's :class:`logging.Handler` on that logger from
its opening until :meth:`SetupLog.close`, with a :class:`Redaction` filter in front of its files.
The handler's lock makes one line whole however many rollout threads log at once.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # the log is opened before the wizard's first paint: no pydantic import here
    from pydantic import SecretStr

    from ..install.models import InstallState
    from .backup import BackupSet
    from .plan import UpdatePlan

#: The logger every module of the package logs under (``logging.getLogger(__name__)``).
LOGGER_NAME = "rms_wizard"
KEEP_LOGS = 20
REDACTED = "********"
#: ``password=...``, ``"key_password": "..."``, ``secret: ...``, ``token=...``: whatever follows a
#: secret-looking name is redacted too, so a value nobody registered (a dumped setting, a keyring
#: attribute) still never reaches the log.
_SECRET_FIELD = re.compile(
    r"""(?P<name>\b[\w-]*(?:password|passwd|passphrase|secret|credential|token)[\w-]*"?\s*[=:]\s*)"""
    r"""(?P<value>"(?:[^"\\]|\\.)*"|'[^']*'|[^\s,;}\]]+)""",
    re.IGNORECASE,
)


#: What the lines logged in this thread start with (see :func:`line_prefix`).
_PREFIX: ContextVar[str] = ContextVar("rms_wizard_log_prefix", default="")


@contextmanager
def line_prefix(prefix: str) -> Iterator[None]:
    """Every line logged in this block, in this thread, starts with ``prefix``.

    A rollout applies SP1 on several nodes at once; ``"<node>: "`` tells their lines apart. A
    handler writes in the thread that logs, so the prefix is read where the line is written.
    """
    token = _PREFIX.set(_PREFIX.get() + prefix)
    try:
        yield
    finally:
        _PREFIX.reset(token)


class Redaction(logging.Filter):
    """Rewrites a record's text without the registered secrets and secret-looking fields' values.

    The record itself is rewritten (its arguments merged in, a traceback appended), so a handler
    further up the hierarchy sees the redacted text too.
    """

    def __init__(self) -> None:
        super().__init__()
        self.secrets: list[str] = []

    def add(self, value: str) -> None:
        if value and value not in self.secrets:
            self.secrets = [*self.secrets, value]  # a new list: a writing thread may be sorting

    def redact(self, text: str) -> str:
        # Longest first, so a secret that contains another is replaced whole.
        for secret in sorted(self.secrets, key=len, reverse=True):
            text = text.replace(secret, REDACTED)
        return _SECRET_FIELD.sub(lambda m: m.group("name") + REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info).rstrip("\n")
        record.msg, record.args = self.redact(text), ()
        record.exc_info, record.exc_text = None, None
        return True


def log_dir() -> Path:
    override = os.environ.get("RMS_WIZARD_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("rms-wizard", appauthor=False))


class SetupLog(logging.Handler):
    """Writes timestamped lines to one or more files; never raises on a write problem.

    From its opening until :meth:`close` it is a handler on the :data:`LOGGER_NAME` logger, so what
    the core logs reaches the run's files; a closed log (an earlier run in the same process, as
    in the tests) receives nothing more.
    """

    def __init__(self, paths: list[Path]) -> None:
        super().__init__(logging.INFO)
        self._redaction = Redaction()
        self.addFilter(self._redaction)
        self._files: list[TextIO] = []
        self.paths: list[Path] = []
        for path in paths:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                # odd text (a file name's undecodable bytes) is escaped, never a failed write
                self._files.append(os.fdopen(fd, "a", encoding="utf-8", errors="backslashreplace"))
                self.paths.append(path)
            except OSError:
                continue
        logger = logging.getLogger(LOGGER_NAME)
        if not logger.isEnabledFor(logging.INFO):
            logger.setLevel(logging.INFO)
        logger.addHandler(self)

    @property
    def path(self) -> Path | None:
        return self.paths[0] if self.paths else None

    @classmethod
    def open_for_run(cls, extra: str | None, command: str) -> SetupLog:
        """The run's log in the user log folder (rotated), plus ``extra`` when given."""
        folder = log_dir()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        paths = [folder / f"rms-wizard-{stamp}-{os.getpid()}.log"]
        rotate(folder)
        if extra:
            paths.append(Path(extra))
        log = cls(paths)
        log.line(f"=== rms-wizard {command} started (pid {os.getpid()})")
        return log

    def add_secret(self, secret: SecretStr) -> None:
        self._redaction.add(secret.get_secret_value())

    def redact(self, text: str) -> str:
        """``text`` without any registered secret and without the value of a secret-looking field."""
        return self._redaction.redact(text)

    def lines(self, texts: Iterable[str]) -> None:
        """One line per text: a record's items (components, files, plan actions...)."""
        for text in texts:
            self.line(text)

    def line(self, text: str) -> None:
        """One line of this run's own (the GUI's, the CLI's): to this log's files only."""
        self.handle(logging.LogRecord(__name__, logging.INFO, __file__, 0, text, (), None))

    def emit(self, record: logging.LogRecord) -> None:
        """Called under the handler's lock, after :class:`Redaction` has rewritten the record."""
        stamp = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        text = f"{stamp} {_PREFIX.get()}{record.getMessage()}\n"
        for handle in self._files:
            try:
                handle.write(text)
                handle.flush()
            except OSError:
                continue

    # Structured entries, so every run's log reads the same way.

    def detection(self, state: InstallState, label: str = "detect") -> None:
        """Every finding of one detection; ``label`` tells two of them apart ("detect (after)")."""
        ident = state.identity
        self.line(
            f"{label}: root={state.root} status={state.status.value} "
            f"version={state.version.value if state.version else None} "
            f"registry_version={state.registry_version} install_dir={state.install_dir} "
            f"files={len(state.files)} fresh_install={state.fresh_install}"
        )
        self.line(
            f"{label}: server={ident.name} role={ident.role.value if ident.role else None} "
            f"cluster={ident.cluster_id} cluster_url={ident.cluster_url} forest={ident.forest}"
        )
        self.lines(
            f"{label}: component {comp.id.value} installed={comp.installed} version={comp.version}"
            for comp in state.components
        )
        self.lines(
            f"{label}: file {item.path} version={item.version} size={item.size} "
            f"sha256={item.sha256}"
            for item in state.files
        )
        for name, db in (("config-db", state.config_db), ("logging-db", state.logging_db)):
            if db is not None:
                self.line(
                    f"{label}: {name} {db.path} exists={db.exists} "
                    f"schema={db.schema_release.value if db.schema_release else None} "
                    f"tables={len(db.tables)} rows={db.row_count}"
                )
        key = state.private_key
        if key is not None:
            self.line(
                f"{label}: private-key {key.path} exists={key.exists} encrypted={key.encrypted} "
                f"size={key.size}"
            )
        self.lines(
            f"{label}: pending OS update {update.id} ({update.severity})"
            for update in state.pending_os_updates
        )
        if state.interrupted is not None:
            info = state.interrupted
            self.line(
                f"{label}: interrupted {info.operation}: {info.steps_done}/{info.steps_total} "
                f"steps done, committed={info.committed}, lock holder alive="
                f"{info.lock_holder_alive}"
            )
        self.lines(f"{label}: problem: {problem}" for problem in state.problems)

    def plan(self, plan: UpdatePlan) -> None:
        self.line(
            f"plan: kind={plan.kind.value} from={plan.from_release} to={plan.to_release} "
            f"counts={plan.counts()} bytes_to_write={plan.bytes_to_write} "
            f"config_db_migration={plan.config_db_migration is not None} "
            f"recreate_logging_db={plan.recreate_logging_db}"
        )
        self.lines(
            f"plan: {item.action.value} {item.path} ({item.component.value}) "
            f"{item.installed_version or '-'} -> {item.new_version or '-'}: {item.reason}"
            for item in plan.actions
        )
        self.lines(f"plan: note: {note}" for note in plan.notes)

    def backup(self, backup: BackupSet) -> None:
        manifest = backup.manifest
        self.line(
            f"backup: folder={backup.folder} created={manifest.created.isoformat()} "
            f"server={manifest.server.name} release={manifest.release}"
        )
        self.lines(
            f"backup: {item.kind} {item.file} from {item.source} sha256={item.sha256} "
            f"size={item.size}"
            for item in manifest.items
        )

    def outcome(self, outcome: str, code: int) -> None:
        self.line(f"=== outcome: {outcome} (exit code {code})")

    def close(self) -> None:
        logging.getLogger(LOGGER_NAME).removeHandler(self)
        self.acquire()  # a line being written from another thread ends first
        try:
            for handle in self._files:
                try:
                    handle.close()
                except OSError:
                    continue
            self._files = []
        finally:
            self.release()
        super().close()


def rotate(folder: Path, keep: int = KEEP_LOGS) -> None:
    """Keep the newest ``keep - 1`` logs, making room for the one about to be written."""
    try:
        logs = sorted(folder.glob("rms-wizard-*.log"), key=lambda p: p.stat().st_mtime)
    except OSError:
        return
    for old in logs[: max(0, len(logs) - (keep - 1))]:
        try:
            old.unlink()
        except OSError:
            continue
