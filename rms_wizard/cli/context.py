"""What every command gets (:class:`Context`), the two ways commands show progress and rows, and
a file format's ``check FILE`` / ``schema``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr

from ..core.common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, msg, os_error_message
from .output import EXIT_OK, emit, render, translate

if TYPE_CHECKING:
    from ..core.common.progress import CancelToken, ProgressEvent
    from ..core.engine.setuplog import SetupLog
    from ..run_record import RunOperation
    from ..run_report import RunTracker


class Context:
    """What every command gets: the parsed arguments, the setup log, the cancel token."""

    def __init__(self, args: argparse.Namespace) -> None:
        from ..core.common.progress import CancelToken
        from ..core.engine.setuplog import SetupLog

        self.args = args
        self.log: SetupLog = SetupLog.open_for_run(
            getattr(args, "log", None), command=args.command or "gui"
        )
        self.cancel: CancelToken = CancelToken()
        self.password: SecretStr | None = None
        #: the record of apply, uninstall, plan and recover (:meth:`track`)
        self.run: RunTracker | None = None

    @property
    def language(self) -> str:
        """The process's language (decided once, in :func:`rms_wizard.cli.main.run`)."""
        from ..i18n import current_language

        return current_language()

    def track(self, operation: RunOperation) -> RunTracker:
        """Record this run for the setup log and, with ``--report FILE``, the HTML report."""
        from ..run_report import RunTracker

        report = getattr(self.args, "report", None)
        self.run = RunTracker(
            operation,
            Path(self.args.root),
            self.log,
            language=self.language,
            report_path=Path(report) if report else None,
        )
        return self.run

    def end_run(self, outcome: str, code: int, message: Message | None = None) -> None:
        """Close the run's record and write ``--report FILE``; a report error is only a warning."""
        if self.run is None:
            if getattr(self.args, "report", None):
                emit(
                    sys.stderr,
                    translate(
                        QT_TRANSLATE_NOOP(
                            "cli",
                            "rms-wizard: --report is written by apply, uninstall, plan and recover only.",
                        )
                    )
                    + "\n",
                )
            return
        from ..run_report import RunOutcome

        try:
            path = self.run.finish(RunOutcome(outcome), code, message)
        except OSError as exc:
            emit(
                sys.stderr,
                translate(
                    QT_TRANSLATE_NOOP("cli", "rms-wizard: the report could not be written: %1"),
                    render(os_error_message(exc)),
                )
                + "\n",
            )
            return
        if path is not None:
            emit(
                sys.stderr, translate(QT_TRANSLATE_NOOP("cli", "Report written to %1"), path) + "\n"
            )

    def out(self, text: str) -> None:
        emit(sys.stdout, text + "\n")

    def json(self, data: Any) -> None:
        emit(sys.stdout, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    def read_password(self) -> SecretStr:
        """The private-key password from stdin or the keyring, never from argv."""
        args = self.args
        if getattr(args, "password_stdin", False):
            line = sys.stdin.readline()
            secret = SecretStr(line.rstrip("\r\n"))
        elif getattr(args, "password_from_keyring", False):
            secret = self._password_from_keyring()
        else:
            raise BadInputError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "cli", "Give the password with --password-stdin or --password-from-keyring."
                    )
                )
            )
        if not secret.get_secret_value():
            raise BadInputError(msg(QT_TRANSLATE_NOOP("cli", "The password is empty.")))
        self.log.add_secret(secret)
        self.password = secret
        return secret

    def _password_from_keyring(self) -> SecretStr:
        from ..core.common.paths import is_sandbox
        from ..core.engine.detect import detect_install
        from ..core.keys.keyring_lookup import required_password
        from ..core.keys.secrets import SecretStore

        state = detect_install(Path(self.args.root))
        store = SecretStore(sandbox=is_sandbox(Path(self.args.root)))
        return required_password(store, state.identity.name, state.identity.cluster_id)


def progress_printer(ctx: Context) -> Callable[[ProgressEvent], None]:
    """A progress callback: each step in the setup log, each new step as one line on stderr."""
    from ..core.common.progress import PHASE_KEYS_ENV

    last = [-1]
    with_key = bool(os.environ.get(PHASE_KEYS_ENV))  # the wizard reads these lines

    def show(event: ProgressEvent) -> None:
        ctx.log.line(f"progress {event.step}/{event.total_steps} {event.path}")
        if event.step != last[0]:
            last[0] = event.step
            key = f"\t{event.phase_id}" if with_key else ""
            emit(sys.stderr, f"[{event.step}/{event.total_steps}] {render(event.phase)}{key}\n")

    return show


def table(ctx: Context, rows: Sequence[tuple[str, ...]]) -> None:
    """Rows of translated cells in columns as wide as their longest cell (the last one free)."""
    if not rows:
        return
    widths = [max(len(row[i]) for row in rows) + 2 for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        ctx.out(("".join(cells) + row[-1]).rstrip())


def check_file_or_schema(
    ctx: Context, command: str, schema: Callable[[], Any], check: Callable[[Path], str]
) -> int:
    """A file format's ``schema`` (its JSON Schema) or ``check FILE``: what ``check`` says of the
    file, which raises when the file is not valid."""
    if command == "schema":
        ctx.json(schema())
    else:
        ctx.out(check(Path(ctx.args.file)))
    return EXIT_OK
