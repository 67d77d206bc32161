"""Run the core off the GUI thread: workers with ``progress``, ``finished``, ``failed`` and ``cancel``.

A :class:`Worker` wraps one core call (a *job*: ``job(progress, cancel) -> result``) and runs it on
its own :class:`QThread`. It never touches a widget: pages connect to its signals, which Qt
delivers on the GUI thread. Whatever goes wrong becomes a :class:`Failure`:

* an :class:`~rms_wizard.core.messages.RmsError` keeps its translatable message (the page shows it
  in the admin's language);
* a cancel (the core's ``Cancelled``, raised after the rollback) is its own kind;
* anything else is logged with its traceback to the setup log and reported as "an unexpected
  problem, see the log at ..." -- a traceback never reaches the GUI.

:class:`ProcessWorker` has the same face but runs the CLI in a child process. The sandbox uses it
for power-loss drills: a ``kill-at-step`` fault must kill *a* process, and it must not be the
wizard's own; the next start of the wizard then finds the interrupted run and offers recovery.

The job functions at the bottom (:func:`detect_job`, :func:`backup_job`, :func:`apply_job`, ...)
are the only place where the GUI calls the core's long operations.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, SecretStr
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QProcess,
    QProcessEnvironment,
    QThread,
    Signal,
    Slot,
)

from ..core.backup import BackupSet, backup_and_verify, verify_backup
from ..core.fault_plan import FaultPlan
from ..core.messages import QT_TRANSLATE_NOOP, Message, RmsError, os_error_message
from ..core.models import InstallState, Release, ServerIdentity
from ..core.operations import check_after
from ..core.plan import UpdatePlan
from ..core.progress import Cancelled, CancelToken, ProgressCallback, ProgressEvent
from ..core.setuplog import SetupLog
from .state import Operation, Outcome

if TYPE_CHECKING:
    from ..run_report import RunRecord

#: ``job(progress, cancel) -> result``: one core call, run on a worker thread.
Job = Callable[[ProgressCallback, CancelToken], Any]

#: Translation context of the messages made here (not a widget, so no ``self.tr``). Each mark
#: below spells it out: lupdate reads only literal contexts.
CONTEXT = "Workers"

FailureKind = Literal["error", "cancelled", "unexpected", "interrupted"]


@dataclass(frozen=True)
class Failure:
    """Why a worker did not finish: a message to translate on the GUI thread, never a traceback."""

    kind: FailureKind
    message: Message | None = None
    #: The class of the core error, so a page can tell e.g. a wrong password from a damaged key.
    error_type: type[RmsError] | None = None
    log_path: Path | None = None

    def is_error(self, error_type: type[RmsError]) -> bool:
        return self.error_type is not None and issubclass(self.error_type, error_type)

    def text(self) -> str:
        """The message in the current language (call on the GUI thread)."""
        from ..i18n import tr_message

        if self.message is not None:
            return tr_message(self.message)
        if self.kind == "cancelled":
            return QCoreApplication.translate("Workers", "Cancelled; every change was rolled back.")
        return QCoreApplication.translate("Workers", "The operation did not finish.")


def _ui_message(text: str, *args: object) -> Message:
    # A nested message (an OS error's reason) stays a message, translated when shown.
    return Message(
        text=text,
        args=tuple(a if isinstance(a, Message) else str(a) for a in args),
        context=CONTEXT,
    )


def failure_from(exc: BaseException, log: SetupLog | None, what: str) -> Failure:
    """Turn an exception from a job into a :class:`Failure` (and log it)."""
    if isinstance(exc, Cancelled):
        if log is not None:
            log.line(f"{what}: cancelled, rolled back")
        return Failure("cancelled")
    if isinstance(exc, RmsError):
        if log is not None:
            log.line(f"{what}: error: {exc.message}")
        return Failure("error", exc.message, type(exc))
    path = log.path if log is not None else None
    if log is not None:
        log.line(
            f"{what}: unexpected error:\n" + log.redact("".join(traceback.format_exception(exc)))
        )
    if path is None:
        return Failure(
            "unexpected",
            _ui_message(
                QT_TRANSLATE_NOOP(
                    "Workers",
                    "An unexpected problem stopped this step, and no log could be written.",
                )
            ),
        )
    return Failure(
        "unexpected",
        _ui_message(
            QT_TRANSLATE_NOOP(
                "Workers", "An unexpected problem stopped this step. The details are in the log %1"
            ),
            path,
        ),
        log_path=path,
    )


# --------------------------------------------------------------------------- live workers

_live: set[QObject] = set()


def live_workers() -> list[QObject]:
    """Workers that have started and not yet ended (the wizard waits for them when closing)."""
    return list(_live)


def busy() -> bool:
    return bool(_live)


def wait_all(timeout_ms: int = 30_000) -> None:
    """Block until every live worker has ended (used when the wizard closes, and by tests)."""
    for worker in list(_live):
        wait = getattr(worker, "wait", None)
        if wait is not None:
            wait(timeout_ms)


# --------------------------------------------------------------------------- thread worker


class Worker(QObject):
    """One core call on its own QThread.

    ``progress(ProgressEvent)``, ``finished(result)`` and ``failed(Failure)`` arrive on the GUI
    thread (queued). Exactly one of ``finished`` / ``failed`` is emitted. ``cancel()`` may be called
    from any thread; the core checks the token between steps and rolls back.
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, *, name: str, log: SetupLog | None = None) -> None:
        super().__init__()
        self.name = name
        self._job = job
        self._log = log
        self._token = CancelToken()
        self._thread: QThread | None = None
        self._running = False

    @property
    def running(self) -> bool:
        """True from :meth:`start` until the job has ended (before its signal is emitted)."""
        return self._running

    @property
    def cancel_requested(self) -> bool:
        return self._token.cancelled

    def start(self) -> None:
        """Move to a fresh thread and run the job there."""
        thread = QThread()
        thread.setObjectName(f"worker-{self.name}")
        self._thread = thread
        self.moveToThread(thread)
        thread.started.connect(self.run)
        thread.finished.connect(self._thread_ended)
        self._running = True
        _live.add(self)
        thread.start()

    @Slot()
    def run(self) -> None:
        """Runs on the worker thread."""
        try:
            result = self._job(self._emit_progress, self._token)
        except BaseException as exc:
            failure = failure_from(exc, self._log, self.name)
            self._hand_back()
            self._running = False  # the job is over; pages ask this when the signal arrives
            self.failed.emit(failure)
        else:
            self._hand_back()
            self._running = False
            self.finished.emit(result)
        finally:
            thread = QThread.currentThread()
            thread.quit()

    def _hand_back(self) -> None:
        # Back to the GUI thread before the worker thread ends: the object is freed there.
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())

    def _emit_progress(self, event: ProgressEvent) -> None:
        self.progress.emit(event)

    @Slot()
    def _thread_ended(self) -> None:
        if self._thread is not None:
            self._thread.wait()
        self._running = False
        _live.discard(self)

    def cancel(self) -> None:
        self._token.cancel()

    def hold(self) -> None:
        """The job waits at its next step (while the cancel question is open), until
        :meth:`release`."""
        self._token.hold()

    def release(self) -> None:
        self._token.release()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the thread has ended (and the end has been handled)."""
        if self._thread is None:
            return True
        ended = self._thread.wait(timeout_ms)
        if ended:
            self._running = False
            _live.discard(self)
        return bool(ended)


# --------------------------------------------------------------------------- process worker

_STEP_LINE = re.compile(r"^\[(\d+)/(\d+)\] (.*)$")


class ProcessResult(BaseModel):
    exit_code: int
    output: str = ""


def cli_command(args: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that run ``rms-wizard ARGS`` as a child process."""
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "rms_wizard", *args]


class ProcessWorker(QObject):
    """Runs ``rms-wizard <args>`` in a child process, with the :class:`Worker` signals.

    The password goes to the child's standard input (``--password-stdin``), never on its command
    line. Progress comes from the CLI's ``[step/total] phase`` lines. A child that dies from a
    signal (a power-loss drill) fails with kind ``"interrupted"``.
    """

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        args: list[str],
        *,
        name: str,
        password: SecretStr | None = None,
        env: dict[str, str] | None = None,
        log: SetupLog | None = None,
    ) -> None:
        super().__init__()
        self.name = name
        self._args = args
        self._password = password
        self._env = env or {}
        self._log = log
        self._proc: QProcess | None = None
        self._buffer = b""
        self._last_line = ""
        self._cancelled = False
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    @property
    def cancel_requested(self) -> bool:
        return self._cancelled

    def start(self) -> None:
        proc = QProcess(self)
        proc.setObjectName(f"process-{self.name}")
        env = QProcessEnvironment.systemEnvironment()
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
        self._running = True
        _live.add(self)
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
                # The child already translated the phase: keep it as it is.
                phase = Message(text=match.group(3), context="")
                self.progress.emit(ProgressEvent(step, total, step, total, "", phase))

    @Slot(int, QProcess.ExitStatus)
    def _ended(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read_stderr()
        self._running = False
        _live.discard(self)
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
        self._running = False
        _live.discard(self)
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

    def release(self) -> None:
        """Nothing (see :meth:`hold`)."""

    def wait(self, timeout_ms: int = 30_000) -> bool:
        if self._proc is None:
            return True
        done = self._proc.state() == QProcess.ProcessState.NotRunning or bool(
            self._proc.waitForFinished(timeout_ms)
        )
        return done


AnyWorker = Worker | ProcessWorker


# --------------------------------------------------------------------------- jobs


class DetectionResult(BaseModel):
    state: InstallState
    plan: UpdatePlan | None = None


def detect_job(root: Path, log: SetupLog | None = None) -> Job:
    """Detect the install under ``root`` and, where one can be made, plan the update."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> DetectionResult:
        del progress, cancel
        from ..core.detect import detect_install
        from ..core.models import InstallStatus
        from ..core.payload import baseline_payload, sp1_payload
        from ..core.plan import plan_update

        state = detect_install(root)
        if log is not None:
            log.detection(state)
        plan = None
        if state.status in (InstallStatus.INSTALLED, InstallStatus.NONE):
            plan = plan_update(state, sp1_payload(), baseline_payload())
            if log is not None:
                log.plan(plan)
        return DetectionResult(state=state, plan=plan)

    return run


class PasswordResult(BaseModel):
    """The password opened the key; whether it was stored in the keyring, and if not, why."""

    stored: bool = False
    note: Message | None = None


def password_job(
    key_path: Path, password: SecretStr, *, remember: bool, sandbox: bool, identity: ServerIdentity
) -> Job:
    """Open the real private key with ``password``; then remember it in the keyring if asked."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> PasswordResult:
        del progress, cancel
        from ..core.private_key import verify_private_key_password
        from ..core.secrets import SecretStore, account_for

        verify_private_key_password(key_path, password)
        if not remember:
            return PasswordResult()
        try:
            SecretStore(sandbox=sandbox).store(
                account_for(identity.name, identity.cluster_id), password
            )
        except RmsError as exc:
            return PasswordResult(note=exc.message)
        return PasswordResult(stored=True)

    return run


class KeyringInfo(BaseModel):
    """The keyring as the password page shows it."""

    backend: str
    insecure_reason: Message | None = None
    stored: SecretStr | None = None
    problem: Message | None = None


def keyring_job(*, sandbox: bool, identity: ServerIdentity) -> Job:
    """The keyring backend, whether it is safe, and the password stored for this server."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> KeyringInfo:
        del progress, cancel
        from ..core.keyring_lookup import stored_password
        from ..core.secrets import SecretStore

        store = SecretStore(sandbox=sandbox)
        assessment = store.assessment()
        info = KeyringInfo(backend=str(assessment.backend.name), insecure_reason=assessment.reason)
        if assessment.reason is None and identity.name:
            try:
                info.stored = stored_password(store, identity.name, identity.cluster_id)
            except RmsError as exc:
                info.problem = exc.message
        return info

    return run


def backup_job(
    state: InstallState,
    dest: Path,
    *,
    include_logging_db: bool,
    password: SecretStr,
    log: SetupLog | None = None,
) -> Job:
    """Make the backup, then verify it the same way an existing backup is verified."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> BackupSet:
        made = backup_and_verify(
            state,
            dest,
            include_logging_db=include_logging_db,
            password=password,
            progress=progress,
            cancel=cancel,
        )
        if log is not None:
            log.backup(made)
        return made

    return run


def verify_backup_job(
    folder: Path, password: SecretStr, server: ServerIdentity, log: SetupLog | None = None
) -> Job:
    """Verify an existing backup folder (hashes, integrity, the key opens, the server fits)."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> BackupSet:
        del progress, cancel
        backup = verify_backup(folder, password, server=server)
        if log is not None:
            log.line(f"backup verified: {folder}")
            log.backup(backup)
        return backup

    return run


def _verify(root: Path) -> tuple[Release | None, list[Message], InstallState]:
    checked = check_after(root)
    return checked.result.state, list(checked.result.differences), checked.state


def apply_job(
    root: Path,
    *,
    backup_dir: Path | None,
    password: SecretStr | None,
    import_statistics: bool,
    faults: FaultPlan | None,
    install_path: str | None = None,
) -> Job:
    """Apply SP1 (update or fresh install, into ``install_path``), then check it is exactly SP1."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> Outcome:
        from ..core.apply import apply_update
        from ..core.plan import PlanKind

        result = apply_update(
            root,
            backup_dir=backup_dir,
            password=password,
            progress=progress,
            cancel=cancel,
            import_statistics=import_statistics,
            faults=faults,
            install_path=install_path,
        )
        verified, problems, after = _verify(root)
        fresh = result.plan.kind is PlanKind.FRESH_INSTALL
        return Outcome(
            operation=Operation.FRESH_INSTALL if fresh else Operation.UPDATE,
            status="done",
            files_written=result.files_written,
            statistics_imported=result.statistics_imported,
            verified=verified,
            verify_problems=problems,
            apply_result=result,
            after=after,
        )

    return run


def uninstall_job(
    root: Path,
    *,
    restore_from: Path | None,
    password: SecretStr | None,
    faults: FaultPlan | None,
) -> Job:
    """Remove SP1 (restoring the pre-SP1 configuration database or keeping SP1's), then check."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> Outcome:
        from ..core.uninstall import uninstall_sp1

        result = uninstall_sp1(
            root,
            restore_config_db=restore_from,
            password=password,
            progress=progress,
            cancel=cancel,
            faults=faults,
        )
        verified, problems, after = _verify(root)
        return Outcome(
            operation=Operation.UNINSTALL,
            status="done",
            files_restored=result.files_restored,
            files_removed=result.files_removed,
            config_db_restored=result.config_db_restored,
            notes=list(result.notes),
            verified=verified,
            verify_problems=problems,
            uninstall_result=result,
            after=after,
        )

    return run


def recover_job(root: Path) -> Job:
    """Roll back or complete an interrupted run (the journal decides which), then check."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> Outcome:
        del cancel  # recovery is never left half done
        from ..core.messages import msg
        from ..core.recovery import recover_interrupted

        progress(
            ProgressEvent(
                0, 1, 0, 1, "", msg(QT_TRANSLATE_NOOP("core", "Recovering the interrupted run"))
            )
        )
        outcome = recover_interrupted(root.resolve())
        verified, problems, after = _verify(root)
        progress(ProgressEvent(1, 1, 1, 1, "", msg(QT_TRANSLATE_NOOP("core", "Finished"))))
        return Outcome(
            operation=Operation.RECOVER,
            status="done",
            recovery=outcome,
            verified=verified,
            verify_problems=problems,
            after=after,
        )

    return run


def drill_process(
    operation: Operation,
    root: Path,
    *,
    fault: str,
    language: str,
    backup_dir: Path | None,
    password: SecretStr | None,
    import_statistics: bool,
    log: SetupLog | None = None,
) -> ProcessWorker:
    """A power-loss drill: the same operation through the CLI in a child process that the fault
    kills (``RMS_WIZARD_FAULT``). The wizard survives and the install is left interrupted."""
    args: list[str]
    if operation is Operation.UNINSTALL:
        args = ["uninstall", "--root", str(root)]
        if backup_dir is not None:
            args += ["--restore-config-db", str(backup_dir), "--password-stdin"]
        else:
            args += ["--keep-config-db"]
            password = None
    else:
        # A fresh install needs no backup; the CLI still asks for the options, which it ignores.
        args = ["apply", "--root", str(root), "--backup", str(backup_dir or root)]
        args += ["--password-stdin"]
        if import_statistics:
            args.append("--import-statistics")
        password = password or SecretStr("-")
    env = {"RMS_WIZARD_FAULT": fault, "RMS_WIZARD_LANG": language}
    return ProcessWorker(
        ["--lang", language, *args],
        name=f"drill-{operation.value}",
        password=password,
        env=env,
        log=log,
    )


def make_faults(fault: str | None) -> FaultPlan | None:
    """The in-process fault plan of a sandbox drill (None: the environment's, as in the CLI)."""
    return FaultPlan(fault) if fault else None


def is_kill_fault(fault: str | None) -> bool:
    return bool(fault) and str(fault).startswith("kill-at-step")


def report_job(record: RunRecord, path: Path, root: Path | None, log: SetupLog | None) -> Job:
    """Write the run report (an HTML page) to ``path``; the install is looked at once more
    when the run did not end with a look of its own."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> Path:
        del progress, cancel
        from ..core.detect import detect_install
        from ..run_report import write_run_report

        if record.after is None and root is not None and record.operation.value != "plan":
            try:
                record.after = detect_install(root)
            except RmsError:
                record.after = None
        try:
            written = write_run_report(path, record, redact=log.redact if log is not None else None)
        except OSError as exc:
            if log is not None:
                log.line(f"report: cannot write {path}: {exc}")
            raise RmsError(
                _ui_message(
                    QT_TRANSLATE_NOOP("Workers", "The report could not be written to %1: %2"),
                    path,
                    os_error_message(exc),
                )
            ) from None
        if log is not None:
            log.line(f"report: written to {written}")
        return written

    return run
