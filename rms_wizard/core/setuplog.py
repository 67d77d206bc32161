"""The setup log: a verbose, timestamped record of a run, like a Windows Installer verbose log.

Every GUI and CLI run writes one to the user's log folder (rotated: the newest few are kept), and
``--log FILE`` writes a copy where the admin wants it. Secrets registered with :meth:`add_secret`
are redacted from every line before it is written.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pydantic import SecretStr

if TYPE_CHECKING:
    from .backup import BackupSet
    from .models import InstallState
    from .plan import UpdatePlan

KEEP_LOGS = 20
REDACTED = "********"


def log_dir() -> Path:
    override = os.environ.get("RMS_WIZARD_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("rms-wizard", appauthor=False))


class SetupLog:
    """Writes timestamped lines to one or more files; never raises on a write problem."""

    def __init__(self, paths: list[Path]) -> None:
        self._secrets: list[str] = []
        self._files: list[TextIO] = []
        self.paths: list[Path] = []
        for path in paths:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
                self._files.append(os.fdopen(fd, "a", encoding="utf-8"))
                self.paths.append(path)
            except OSError:
                continue

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
        value = secret.get_secret_value()
        if value and value not in self._secrets:
            self._secrets.append(value)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def line(self, text: str) -> None:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
        record = f"{stamp} {self.redact(text)}\n"
        for handle in self._files:
            try:
                handle.write(record)
                handle.flush()
            except OSError:
                continue

    # Structured entries, so every run's log reads the same way.

    def detection(self, state: InstallState) -> None:
        self.line(
            f"detect: root={state.root} status={state.status.value} "
            f"version={state.version.value if state.version else None} "
            f"server={state.identity.name} role={state.identity.role} files={len(state.files)}"
        )
        for item in state.files:
            self.line(f"detect: file {item.path} version={item.version} sha256={item.sha256}")
        for problem in state.problems:
            self.line(f"detect: problem: {problem}")

    def plan(self, plan: UpdatePlan) -> None:
        self.line(f"plan: kind={plan.kind.value} counts={plan.counts()}")
        for item in plan.actions:
            self.line(f"plan: {item.action.value} {item.path}: {item.reason}")

    def backup(self, backup: BackupSet) -> None:
        self.line(f"backup: folder={backup.folder}")
        for item in backup.manifest.items:
            self.line(f"backup: {item.kind} {item.file} sha256={item.sha256} size={item.size}")

    def outcome(self, outcome: str, code: int) -> None:
        self.line(f"=== outcome: {outcome} (exit code {code})")

    def close(self) -> None:
        for handle in self._files:
            try:
                handle.close()
            except OSError:
                continue
        self._files = []


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
