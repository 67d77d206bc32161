"""Run ``rms-wizard <args>`` in a child process, with the :class:`~.worker.Worker`'s face.

The sandbox uses it for power-loss drills: a ``kill-at-step`` fault must kill *a* process, and it
must not be the wizard's own; the next start of the wizard then finds the interrupted run and
offers recovery.
"""

from __future__ import annotations

import os
import re
import signal
import sys
from typing import TYPE_CHECKING

from pydantic import BaseModel, SecretStr
from PySide6.QtCore import QProcess, QProcessEnvironment, Slot

from ...core.common.messages import Message
from ...core.common.progress import PHASE_KEYS_ENV, ProgressEvent
from ...core.engine.setuplog import SetupLog
from .worker import Failure, Worker, WorkerBase, failure_from

if TYPE_CHECKING:
    from .manager import JobsManager

_STEP_LINE = re.compile(r"^\[(\d+)/(\d+)\] (.*)$")


class ProcessResult(BaseModel):
    exit_code: int
    output: str = ""


def cli_command(args: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that run ``rms-wizard ARGS`` as a child process."""
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "rms_wizard", *args]


class ProcessWorker(WorkerBase):
    """Runs ``rms-wizard <args>`` in a child process, with the :class:`Worker` signals.

    The password goes to the child's standard input (``--password-stdin``), never on its command
    line. Progress comes from the CLI's ``[step/total] phase`` lines, each with its phase's key
    (:data:`~rms_wizard.core.common.progress.PHASE_KEYS_ENV`). A child that dies from a signal (a
    power-loss drill) fails with kind ``"interrupted"``.
    """

    def __init__(
        self,
        args: list[str],
        *,
        name: str,
        password: SecretStr | None = None,
        env: dict[str, str] | None = None,
        log: SetupLog | None = None,
    ) -> None:
        super().__init__(name=name, log=log)
        self._args = args
        self._password = password
        self._env = env or {}
        self._proc: QProcess | None = None
        self._buffer = b""
        self._last_line = ""
        self._cancelled = False

    @property
    def cancel_requested(self) -> bool:
        return self._cancelled

    def start(self, jobs: JobsManager) -> None:
        """Start the child process, held by ``jobs`` until it has ended."""
        proc = QProcess(self)
        proc.setObjectName(f"process-{self.name}")
        env = QProcessEnvironment.systemEnvironment()
        env.insert(PHASE_KEYS_ENV, "1")  # each progress line says its phase's key too
        for key, value in self._env.items():
            env.insert(key, value)
        proc.setProcessEnvironment(env)
        proc.readyReadStandardError.connect(self._read_stderr)
        proc.finished.connect(self._ended)
        proc.errorOccurred.connect(self._error)
        self._proc = proc
        program, arguments = cli_command(self._args)
        if self._log is not None:
            self._log.line(f"{self.name}: child process: {' '.join(self._args)}")
        self._begin(jobs)
        proc.start(program, arguments)
        if self._password is not None:
            proc.write((self._password.get_secret_value() + "\n").encode("utf-8"))
        proc.closeWriteChannel()

    @Slot()
    def _read_stderr(self) -> None:
        assert self._proc is not None
        self._buffer += bytes(self._proc.readAllStandardError().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for raw in lines:
            line = raw.decode("utf-8", "replace").rstrip("\r")
            if not line:
                continue
            self._last_line = line
            if self._log is not None:
                self._log.line(f"{self.name}: child: {line}")
            match = _STEP_LINE.match(line)
            if match:
                step, total = int(match.group(1)), int(match.group(2))
                # The child already translated the phase: keep it as it is, with its key.
                text, _, key = match.group(3).partition("\t")
                phase = Message(text=text, context="")
                self.progress.emit(ProgressEvent(step, total, step, total, "", phase, key))

    @Slot(int, QProcess.ExitStatus)
    def _ended(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read_stderr()
        self._stopped()
        if self._log is not None:
            self._log.line(f"{self.name}: child ended: code={code} status={status.name}")
        killed = status == QProcess.ExitStatus.CrashExit or code in (128 + 9, -9)
        if killed and not self._cancelled:
            self.failed.emit(Failure("interrupted"))
        elif code == 0:
            self.finished.emit(ProcessResult(exit_code=0))
        elif self._cancelled:
            self.failed.emit(Failure("cancelled"))
        else:
            text = self._last_line.removeprefix("rms-wizard: ").strip()
            self.failed.emit(Failure("error", Message(text=text, context="")))

    @Slot(QProcess.ProcessError)
    def _error(self, error: QProcess.ProcessError) -> None:
        if error != QProcess.ProcessError.FailedToStart:
            return
        self._stopped()
        self.failed.emit(
            failure_from(OSError(f"cannot start {self._args[:1]}"), self._log, self.name)
        )

    def cancel(self) -> None:
        """Ask the child to stop (SIGINT: the CLI cancels and rolls back)."""
        self._cancelled = True
        if self._proc is None or self._proc.state() == QProcess.ProcessState.NotRunning:
            return
        pid = int(self._proc.processId())
        if os.name == "posix" and pid > 0:
            os.kill(pid, signal.SIGINT)
        else:
            self._proc.terminate()

    def hold(self) -> None:
        """Nothing: a drill's child process runs on while the cancel question is open (its
        kill ends it anyway); a cancel still reaches it afterwards."""

    def wait(self, timeout_ms: int = 30_000) -> bool:
        if self._proc is None:
            return True
        done = self._proc.state() == QProcess.ProcessState.NotRunning or bool(
            self._proc.waitForFinished(timeout_ms)
        )
        return done


AnyWorker = Worker | ProcessWorker


__all__ = ["AnyWorker", "ProcessResult", "ProcessWorker", "cli_command"]
