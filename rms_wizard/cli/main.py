"""Run one command: the language, the arguments, the handler; one place for exit codes and errors.

Exit codes (:mod:`~rms_wizard.cli.output`): 0 done, 1 verify mismatch, 2 bad input or usage,
3 failed and rolled back, 4 interrupted state found (run ``recover``). Errors are one translated
line on stderr, never a traceback.
"""

from __future__ import annotations

import signal
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..core.common.messages import QT_TRANSLATE_NOOP, RmsError
from .context import Context
from .output import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_INTERRUPTED, emit, render, translate
from .parser import build_parser
from .registry import COMMANDS

if TYPE_CHECKING:
    from ..core.common.progress import CancelToken
    from .sandbox_trail import CliTrail

#: exit code of an RmsError -> the run report's outcome (run_report.RunOutcome values)
_RUN_OUTCOMES = {EXIT_BAD_INPUT: "refused", EXIT_FAILED: "failed", EXIT_INTERRUPTED: "interrupted"}

#: The signals that cancel a run (those the OS has: Windows has no SIGHUP).
_CANCEL_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")


def _pre_language(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def run(argv: Sequence[str]) -> int:
    """Run one CLI command; returns the exit code. Never lets a traceback reach the user."""
    from ..i18n import choose_language, install_translators

    # The process's language, decided once, before any text (argparse's help too) is made; only
    # an answer file's language may follow it (replay: i18n.follow_answer_file).
    install_translators(choose_language(_pre_language(argv), use_saved=False))
    try:
        args = build_parser().parse_args(list(argv))
    except SystemExit:
        emit(sys.stdout, "")  # --help / --version: flushed now, quietly if the reader left
        raise
    handler = COMMANDS.get(args.command) if args.command else None
    if handler is None:  # options only (the wizard's): __main__ opens the wizard for those
        emit(
            sys.stderr,
            translate(
                QT_TRANSLATE_NOOP("cli", "rms-wizard: usage error: %1"),
                translate(QT_TRANSLATE_NOOP("cli", "a command is needed")),
            )
            + "\n",
        )
        return EXIT_BAD_INPUT
    ctx = Context(args)
    try:
        with _signals_cancel(ctx.cancel):
            from .sandbox_trail import CliTrail

            trail = CliTrail(ctx)  # a sandbox's trail: the CLI trainee is debriefed too
            return _run_command(ctx, handler, trail)
    finally:
        ctx.log.close()


@contextmanager
def _signals_cancel(cancel: CancelToken) -> Iterator[None]:
    """Ctrl+C, a service manager's stop (SIGTERM) and a closed terminal (SIGHUP) are a Cancel: a
    run rolls back cleanly and exits 3, instead of dying as if killed."""
    cancel_signals = [getattr(signal, n) for n in _CANCEL_SIGNALS if hasattr(signal, n)]
    previous = {signum: signal.getsignal(signum) for signum in cancel_signals}

    def on_interrupt(signum: int, frame: object) -> None:
        del signum, frame
        cancel.cancel()

    for signum in cancel_signals:
        signal.signal(signum, on_interrupt)
    try:
        yield
    finally:
        for signum, handler_before in previous.items():
            signal.signal(signum, handler_before)


def _run_command(ctx: Context, handler: Callable[[Context], int], trail: CliTrail) -> int:
    """The command's exit code; an error is one line on stderr and the run's end in the log."""
    try:
        trail.started()
        code = handler(ctx)
        trail.succeeded()
        ctx.end_run("done", code)
        ctx.log.outcome("done", code)
        return code
    except RmsError as exc:
        return _refused(ctx, trail, exc)
    except Exception as exc:
        from ..core.common.progress import Cancelled

        if isinstance(exc, Cancelled):
            return _cancelled(ctx, trail)
        return _unexpected(ctx, exc)


def _refused(ctx: Context, trail: CliTrail, exc: RmsError) -> int:
    from ..core.engine.rollback import RollbackIncompleteError

    trail.failed(exc)
    text = render(exc.message)
    ctx.log.line(f"error: {text}")
    emit(sys.stderr, f"rms-wizard: {text}\n")
    outcome = (
        "not-rolled-back"
        if isinstance(exc, RollbackIncompleteError)
        else _RUN_OUTCOMES.get(exc.exit_code, "error")
    )
    ctx.end_run(outcome, exc.exit_code, exc.message)
    ctx.log.outcome("error", exc.exit_code)
    return exc.exit_code


def _cancelled(ctx: Context, trail: CliTrail) -> int:
    trail.cancelled()
    emit(
        sys.stderr,
        translate(QT_TRANSLATE_NOOP("cli", "rms-wizard: cancelled; every change was rolled back."))
        + "\n",
    )
    ctx.end_run("cancelled", EXIT_FAILED)
    ctx.log.outcome("cancelled", EXIT_FAILED)
    return EXIT_FAILED


def _unexpected(ctx: Context, exc: Exception) -> int:
    ctx.log.line("unexpected error:\n" + ctx.log.redact("".join(traceback.format_exception(exc))))
    ctx.end_run("error", EXIT_FAILED)
    ctx.log.outcome("error", EXIT_FAILED)
    emit(
        sys.stderr,
        translate(
            QT_TRANSLATE_NOOP("cli", "rms-wizard: unexpected error; details are in the log %1"),
            ctx.log.path,
        )
        + "\n",
    )
    return EXIT_FAILED
