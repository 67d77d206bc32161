"""The command line: every subcommand maps to the core; one place for exit codes and errors.

Exit codes: 0 done, 1 verify mismatch, 2 bad input or usage, 3 failed and rolled back,
4 interrupted state found (run ``recover``). Errors are one translated line on stderr, never a
traceback. Strings are marked with ``QT_TRANSLATE_NOOP("cli", ...)`` and translated when printed.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from pydantic import SecretStr

from . import __version__
from .core.labels import (
    action_label,
    component_label,
    role_label,
    status_label,
    yes_no,
)
from .core.messages import (
    QT_TRANSLATE_NOOP,
    BadInputError,
    Message,
    RmsError,
    msg,
    os_error_message,
)

EXIT_OK, EXIT_MISMATCH, EXIT_BAD_INPUT, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 4
#: exit code of an RmsError -> the run report's outcome (run_report.RunOutcome values)
_RUN_OUTCOMES = {EXIT_BAD_INPUT: "refused", EXIT_FAILED: "failed", EXIT_INTERRUPTED: "interrupted"}


def _emit(stream: Any, text: str) -> None:
    """Write and flush ``text``; a reader that went away (``| head -1``) ends the output quietly.

    The command itself goes on and ends with its usual exit code: whether anyone still reads its
    output does not change what it does. The stream is pointed at the null device, so neither a
    later write nor the interpreter's last flush fails on the closed pipe.
    """
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        _discard(stream)


def _discard(stream: Any) -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass  # not a real file (a test's StringIO): nothing is left to fail at exit


def _t(text: str, *args: object) -> str:
    from .i18n import translated

    return translated("cli", text, *args)


def _m(message: Message) -> str:
    from .i18n import tr_message

    return tr_message(message)


#: The texts argparse itself shows (its help layout and the reasons of a usage error), marked for
#: the catalogue. argparse asks gettext for them; :func:`_use_catalogue_for_argparse` makes it ask
#: ours instead, under the context "argparse". The %-fields are argparse's own and stay as they are.
_ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
)


def _argparse_gettext(text: str | None) -> str | None:
    """argparse's ``_``: its text from our catalogue (the English source when it has none)."""
    if not text:
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("argparse", text)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    # Only for texts this CLI cannot produce (nargs=N, conflicting option strings): English.
    return singular if n == 1 else plural


def _use_catalogue_for_argparse() -> None:
    """Route argparse's gettext calls to our catalogue (argparse looks ``_`` up at each call)."""
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]


class CliParser(argparse.ArgumentParser):
    """argparse with one translated error line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        _emit(
            sys.stderr, _t(QT_TRANSLATE_NOOP("cli", "rms-wizard: usage error: %1"), message) + "\n"
        )
        raise SystemExit(EXIT_BAD_INPUT)


# ----------------------------------------------------------------------------- context


class Context:
    """What every command gets: the parsed arguments, the setup log, the cancel token."""

    def __init__(self, args: argparse.Namespace) -> None:
        from .core.progress import CancelToken
        from .core.setuplog import SetupLog

        self.args = args
        self.log = SetupLog.open_for_run(getattr(args, "log", None), command=args.command or "gui")
        self.cancel = CancelToken()
        self.password: SecretStr | None = None
        self.language = "en"
        self.run: Any = None  # a run_report.RunTracker for apply, uninstall, plan and recover

    def track(self, operation: str) -> Any:
        """Record this run for the setup log and, with ``--report FILE``, the HTML report."""
        from .run_report import RunOperation, RunTracker

        report = getattr(self.args, "report", None)
        self.run = RunTracker(
            RunOperation(operation),
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
                _emit(
                    sys.stderr,
                    _t(
                        QT_TRANSLATE_NOOP(
                            "cli",
                            "rms-wizard: --report is written by apply, uninstall, plan and recover only.",
                        )
                    )
                    + "\n",
                )
            return
        from .run_report import RunOutcome

        try:
            path = self.run.finish(RunOutcome(outcome), code, message)
        except OSError as exc:
            _emit(
                sys.stderr,
                _t(
                    QT_TRANSLATE_NOOP("cli", "rms-wizard: the report could not be written: %1"),
                    _m(os_error_message(exc)),
                )
                + "\n",
            )
            return
        if path is not None:
            _emit(sys.stderr, _t(QT_TRANSLATE_NOOP("cli", "Report written to %1"), path) + "\n")

    def out(self, text: str) -> None:
        _emit(sys.stdout, text + "\n")

    def json(self, data: Any) -> None:
        _emit(sys.stdout, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

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
        from .core.detect import detect_install
        from .core.keyring_lookup import required_password
        from .core.secrets import SecretStore

        state = detect_install(Path(self.args.root))
        store = SecretStore(sandbox=_is_sandbox(Path(self.args.root)))
        return required_password(store, state.identity.name, state.identity.cluster_id)


def _is_sandbox(root: Path) -> bool:
    from .core.sandbox import SANDBOX_MARKER

    return (root / SANDBOX_MARKER).is_file()


def _progress_printer(ctx: Context) -> Callable[[Any], None]:
    last = [-1]

    def show(event: Any) -> None:
        ctx.log.line(f"progress {event.step}/{event.total_steps} {event.path}")
        if event.step != last[0]:
            last[0] = event.step
            _emit(sys.stderr, f"[{event.step}/{event.total_steps}] {_m(event.phase)}\n")

    return show


def _table(ctx: Context, rows: Sequence[tuple[str, ...]]) -> None:
    """Rows of translated cells in columns as wide as their longest cell (the last one free)."""
    if not rows:
        return
    widths = [max(len(row[i]) for row in rows) + 2 for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        ctx.out(("".join(cells) + row[-1]).rstrip())


# ----------------------------------------------------------------------------- commands


def cmd_detect(ctx: Context) -> int:
    from .core.detect import detect_install
    from .report import state_json

    state = detect_install(Path(ctx.args.root))
    ctx.log.detection(state)
    if ctx.args.json:
        ctx.json(state_json(state, _m))
        return EXIT_OK
    version = state.version.value if state.version else _t(QT_TRANSLATE_NOOP("cli", "none"))
    ctx.out(_t(QT_TRANSLATE_NOOP("cli", "Install state: %1"), _m(status_label(state.status))))
    ctx.out(_t(QT_TRANSLATE_NOOP("cli", "RMS version: %1"), version))
    if state.identity.name:
        ctx.out(
            _t(
                QT_TRANSLATE_NOOP("cli", "Server: %1 (%2), cluster %3, forest %4"),
                state.identity.name,
                _m(role_label(state.identity.role)) if state.identity.role else "-",
                state.identity.cluster_id or "-",
                state.identity.forest or "-",
            )
        )
    if state.components:
        ctx.out(_t(QT_TRANSLATE_NOOP("cli", "Components (installed, version):")))
    _table(
        ctx,
        [
            (
                "  " + _m(component_label(comp.id)),
                _m(yes_no(comp.installed)),
                str(comp.version or ""),
            )
            for comp in state.components
        ],
    )
    ctx.out(_t(QT_TRANSLATE_NOOP("cli", "Files: %1"), len(state.files)))
    for problem in state.problems:
        ctx.out("  ! " + _m(problem))
    return EXIT_OK


def cmd_plan(ctx: Context) -> int:
    from .core.payload import baseline_payload, sp1_payload
    from .core.plan import plan_update
    from .plan_cli import plan_options
    from .report import plan_json

    state = ctx.track("plan").detect_before()
    options, state = plan_options(ctx.args, state)
    plan = plan_update(state, sp1_payload(), baseline_payload(), options)
    ctx.run.note_plan(plan)
    if ctx.args.json:
        ctx.json(plan_json(plan, _m))
        return EXIT_OK
    for note in plan.notes:
        ctx.out(_m(note))
    _table(
        ctx,
        [
            (
                _m(action_label(item.action)),
                item.path,
                f"{item.installed_version or '-'} -> {item.new_version or '-'}",
                _m(item.reason),
            )
            for item in plan.actions
        ],
    )
    counts = plan.counts()
    ctx.out(
        _t(
            QT_TRANSLATE_NOOP("cli", "Add: %1, replace: %2, keep: %3, keep (modified): %4"),
            counts["add"],
            counts["replace"],
            counts["keep"],
            counts["keep-modified"],
        )
    )
    if plan.config_db_migration is not None:
        ctx.out(_t(QT_TRANSLATE_NOOP("cli", "The configuration database gets the SP1 fields.")))
    return EXIT_OK


def cmd_backup(ctx: Context) -> int:
    from .core.backup import backup_and_verify
    from .core.detect import detect_install

    password = ctx.read_password()
    state = detect_install(Path(ctx.args.root))
    backup = backup_and_verify(
        state,
        Path(ctx.args.to),
        include_logging_db=ctx.args.include_logging_db,
        password=password,
        progress=_progress_printer(ctx),
        cancel=ctx.cancel,
    )
    ctx.log.backup(backup)
    ctx.out(_t(QT_TRANSLATE_NOOP("cli", "Backup written and verified in %1"), backup.folder))
    return EXIT_OK


def cmd_apply(ctx: Context) -> int:
    from .core.apply import apply_update

    run = ctx.track("apply")
    run.expect_plan(run.detect_before())
    run.note_backup(Path(ctx.args.backup))
    password = ctx.read_password()
    result = apply_update(
        Path(ctx.args.root),
        backup_dir=Path(ctx.args.backup),
        password=password,
        progress=_progress_printer(ctx),
        cancel=ctx.cancel,
        log=ctx.log.line,
        import_statistics=ctx.args.import_statistics,
        install_path=ctx.args.install_dir,
    )
    run.record.apply_result, run.record.plan = result, result.plan
    run.record.backup_verified = True
    ctx.out(
        _t(
            QT_TRANSLATE_NOOP(
                "cli",
                "SP1 is installed: %1 files written. No re-provisioning or extra configuration is needed.",
            ),
            result.files_written,
        )
    )
    return EXIT_OK


def cmd_uninstall(ctx: Context) -> int:
    from .core.uninstall import uninstall_sp1

    restore = Path(ctx.args.restore_config_db) if ctx.args.restore_config_db else None
    run = ctx.track("uninstall")
    run.detect_before()
    run.note_rollback_store()
    run.record.restore_config_db = restore is not None
    if restore is not None:
        run.note_backup(restore)
    password = ctx.read_password() if restore is not None else None
    result = uninstall_sp1(
        Path(ctx.args.root),
        restore_config_db=restore,
        password=password,
        progress=_progress_printer(ctx),
        cancel=ctx.cancel,
        log=ctx.log.line,
    )
    run.record.uninstall_result = result
    run.record.backup_verified = restore is not None
    for note in result.notes:
        ctx.out(_m(note))
    ctx.out(
        _t(
            QT_TRANSLATE_NOOP("cli", "SP1 is removed: %1 files restored, %2 removed."),
            result.files_restored,
            result.files_removed,
        )
    )
    return EXIT_OK


def cmd_recover(ctx: Context) -> int:
    from .core.recovery import recover_interrupted

    run = ctx.track("recover")
    run.detect_before(required=False)  # what was found; recovery never waits on detection

    outcome = recover_interrupted(Path(ctx.args.root).resolve(), log=ctx.log.line)
    text = {
        "rolled-back": QT_TRANSLATE_NOOP("cli", "The interrupted run was rolled back."),
        "completed": QT_TRANSLATE_NOOP("cli", "The interrupted run was completed."),
        "nothing": QT_TRANSLATE_NOOP("cli", "Nothing to recover."),
    }[outcome]
    run.record.recovery = outcome
    ctx.out(_t(text))
    return EXIT_OK


def cmd_verify(ctx: Context) -> int:
    from .core.detect import detect_install
    from .core.verify import verify_state

    result = verify_state(detect_install(Path(ctx.args.root)))
    if ctx.args.json:
        ctx.json(
            {
                "state": result.state.value if result.state else None,
                "ok": result.ok,
                "modified": result.modified,
                "differences": [_m(d) for d in result.differences],
                "notes": [_m(n) for n in result.notes],
            }
        )
    elif result.ok:
        assert result.state is not None
        ctx.out(_t(QT_TRANSLATE_NOOP("cli", "The install is exactly RMS %1."), result.state.value))
        for path in result.modified:
            ctx.out(_t(QT_TRANSLATE_NOOP("cli", "  changed by an admin (kept): %1"), path))
        for note in result.notes:
            ctx.out("  " + _m(note))
    else:
        ctx.out(_t(QT_TRANSLATE_NOOP("cli", "The install is not in a known state:")))
        for difference in result.differences:
            ctx.out("  " + _m(difference))
    if result.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_OK if result.ok else EXIT_MISMATCH


def cmd_sandbox(ctx: Context) -> int:
    from .core.sandbox import create_sandbox, reset_sandbox

    if ctx.args.sandbox_command == "create":
        folder = Path(ctx.args.dir)
        scenario = create_sandbox(ctx.args.scenario, folder, getattr(ctx.args, "seed", None))
    else:
        folder = Path(ctx.args.dir)
        scenario = reset_sandbox(folder)
        from .core.cluster_sandbox import forget_sandbox_secrets

        forget_sandbox_secrets(scenario)  # the sandbox service's entries of its servers only
    if getattr(ctx.args, "json", False):
        ctx.json(
            {
                "root": str(folder.resolve()),
                "scenario": scenario.id,
                "key_password": scenario.key_password,
            }
        )
    else:
        ctx.out(_t(QT_TRANSLATE_NOOP("cli", "Scenario %1 is ready in %2"), scenario.id, folder))
    return EXIT_OK


def cmd_interop(ctx: Context) -> int:
    from .core.interop import FEATURES, features_for, value_text

    features = features_for(ctx.args.server, ctx.args.clients)
    if ctx.args.json:
        ctx.json(features.model_dump(mode="json"))
        return EXIT_OK
    _table(
        ctx,
        [
            (_m(feature.label), _m(value_text(getattr(features, feature.key))))
            for feature in FEATURES
        ],
    )
    return EXIT_OK


def cmd_repair(ctx: Context) -> int:
    from .repair_cli import cmd_repair as repair

    return repair(ctx)


COMMANDS: dict[str, Callable[[Context], int]] = {
    "detect": cmd_detect,
    "plan": cmd_plan,
    "backup": cmd_backup,
    "apply": cmd_apply,
    "uninstall": cmd_uninstall,
    "recover": cmd_recover,
    "verify": cmd_verify,
    "sandbox": cmd_sandbox,
    "interop": cmd_interop,
    "repair": cmd_repair,
}


# ----------------------------------------------------------------------------- parser


def add_password_options(
    cmd: argparse.ArgumentParser, *, required: bool = True, keyring_help: str | None = None
) -> None:
    """``--password-stdin`` | ``--password-from-keyring``: the only ways a password comes in."""
    group = cmd.add_mutually_exclusive_group(required=required)
    group.add_argument(
        "--password-stdin",
        action="store_true",
        help=_t(QT_TRANSLATE_NOOP("cli", "read the private-key password from standard input")),
    )
    group.add_argument(
        "--password-from-keyring",
        action="store_true",
        help=keyring_help
        or _t(QT_TRANSLATE_NOOP("cli", "take the private-key password from the keyring")),
    )


def build_parser() -> CliParser:
    _use_catalogue_for_argparse()  # before any parser exists: "-h"'s help is translated on creation
    p = CliParser(
        prog="rms-wizard",
        description=_t(
            QT_TRANSLATE_NOOP(
                "cli",
                "Update a Windows RMS 1.0 server to SP1, and back. Without a command, the wizard opens.",
            )
        ),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"rms-wizard {__version__}",
        help=_t(QT_TRANSLATE_NOOP("cli", "show the program's version and exit")),
    )
    p.add_argument(
        "--lang", choices=["en", "nl"], help=_t(QT_TRANSLATE_NOOP("cli", "language of messages"))
    )
    p.add_argument(
        "--log",
        metavar="FILE",
        help=_t(QT_TRANSLATE_NOOP("cli", "also write the verbose setup log to FILE")),
    )
    p.add_argument(
        "--report",
        metavar="FILE",
        help=_t(QT_TRANSLATE_NOOP("cli", "write an HTML report of the run to FILE")),
    )
    from .answers_cli import add_wizard_answer_options

    add_wizard_answer_options(p)
    from .scenario_cli import add_scenario_commands, add_scenario_options, add_seed_option

    add_scenario_options(p)
    p.add_argument(
        "--sandbox",
        nargs="?",
        const="",
        metavar="SCENARIO",
        help=_t(
            QT_TRANSLATE_NOOP("cli", "open the wizard in sandbox mode on a fresh copy of SCENARIO")
        ),
    )
    p.add_argument(
        "--root",
        metavar="DIR",
        help=_t(QT_TRANSLATE_NOOP("cli", "the install folder (mock server root)")),
    )
    sub = p.add_subparsers(dest="command", parser_class=CliParser)

    def root_cmd(name: str, help_text: str) -> CliParser:
        cmd: CliParser = sub.add_parser(name, help=help_text)
        cmd.add_argument("--root", required=True, metavar="DIR")
        cmd.add_argument("--log", metavar="FILE", default=argparse.SUPPRESS)
        return cmd

    c = root_cmd("detect", _t(QT_TRANSLATE_NOOP("cli", "show what is installed")))
    c.add_argument("--json", action="store_true")
    c = root_cmd(
        "plan", _t(QT_TRANSLATE_NOOP("cli", "show what the SP1 update would do, file by file"))
    )
    c.add_argument("--json", action="store_true")
    from .plan_cli import add_plan_options
    from .repair_cli import add_repair_command

    add_plan_options(c, _t)
    add_repair_command(root_cmd, _t)
    c = root_cmd(
        "backup",
        _t(QT_TRANSLATE_NOOP("cli", "back up the configuration database and the private key")),
    )
    c.add_argument("--to", required=True, metavar="BACKUP_DIR")
    c.add_argument("--include-logging-db", action="store_true")
    c.add_argument("--password-stdin", action="store_true", required=True)
    c = root_cmd("apply", _t(QT_TRANSLATE_NOOP("cli", "apply SP1 (needs a verified backup)")))
    c.add_argument("--backup", required=True, metavar="BACKUP_DIR")
    c.add_argument(
        "--install-dir",
        metavar="FOLDER",
        help=_t(QT_TRANSLATE_NOOP("cli", "a fresh install's destination folder (a Windows path)")),
    )
    c.add_argument(
        "--import-statistics",
        action="store_true",
        help=_t(
            QT_TRANSLATE_NOOP(
                "cli", "bring past statistics from the backed-up logging database back"
            )
        ),
    )
    add_password_options(c)
    c = root_cmd(
        "uninstall", _t(QT_TRANSLATE_NOOP("cli", "remove SP1 and restore the previous state"))
    )
    db = c.add_mutually_exclusive_group(required=True)
    db.add_argument("--restore-config-db", metavar="BACKUP_DIR")
    db.add_argument("--keep-config-db", action="store_true")
    add_password_options(c, required=False)
    root_cmd("recover", _t(QT_TRANSLATE_NOOP("cli", "roll back or complete an interrupted run")))
    c = root_cmd(
        "verify", _t(QT_TRANSLATE_NOOP("cli", "check that the install is exactly a known state"))
    )
    c.add_argument("--json", action="store_true")
    c = sub.add_parser(
        "scenarios", help=_t(QT_TRANSLATE_NOOP("cli", "list the sandbox training scenarios"))
    )
    c.add_argument("--json", action="store_true")
    c = sub.add_parser("sandbox", help=_t(QT_TRANSLATE_NOOP("cli", "create or reset a sandbox")))
    sb = c.add_subparsers(dest="sandbox_command", required=True, parser_class=CliParser)
    create = sb.add_parser("create")
    create.add_argument("scenario")
    create.add_argument("dir")
    create.add_argument("--json", action="store_true")
    add_seed_option(create)
    reset = sb.add_parser("reset")
    reset.add_argument("dir")
    reset.add_argument("--json", action="store_true")
    c = sub.add_parser(
        "interop",
        help=_t(QT_TRANSLATE_NOOP("cli", "show the 1.0/SP1 interoperability matrix cell")),
    )
    c.add_argument("--server", required=True, choices=["1.0", "SP1"])
    c.add_argument("--clients", required=True, choices=["v1", "sp1", "mixed"])
    c.add_argument("--json", action="store_true")
    from .cluster_cli import add_cluster_commands

    add_cluster_commands(sub, COMMANDS)
    from .answers_cli import add_answers_commands

    add_answers_commands(sub, COMMANDS)
    from .debrief_cli import add_debrief_commands

    add_debrief_commands(sub, COMMANDS)
    add_scenario_commands(sub, COMMANDS)
    return p


def _pre_language(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


#: The signals that cancel a run (those the OS has: Windows has no SIGHUP).
_CANCEL_SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")


def run(argv: Sequence[str]) -> int:
    """Run one CLI command; returns the exit code. Never lets a traceback reach the user."""
    from .i18n import choose_language, install_translators

    language = choose_language(_pre_language(argv), use_saved=False)
    install_translators(language)
    try:
        args = build_parser().parse_args(list(argv))
    except SystemExit:
        _emit(sys.stdout, "")  # --help / --version: flushed now, quietly if the reader left
        raise
    handler = COMMANDS.get(args.command) if args.command else None
    if handler is None:  # options only (the wizard's): __main__ opens the wizard for those
        _emit(
            sys.stderr,
            _t(
                QT_TRANSLATE_NOOP("cli", "rms-wizard: usage error: %1"),
                _t(QT_TRANSLATE_NOOP("cli", "a command is needed")),
            )
            + "\n",
        )
        return EXIT_BAD_INPUT
    ctx = Context(args)
    ctx.language = language
    # Ctrl+C, a service manager's stop (SIGTERM) and a closed terminal (SIGHUP) are a Cancel: a
    # run rolls back cleanly and exits 3, instead of dying as if killed.
    cancel_signals = [getattr(signal, n) for n in _CANCEL_SIGNALS if hasattr(signal, n)]
    previous = {signum: signal.getsignal(signum) for signum in cancel_signals}

    def on_interrupt(signum: int, frame: object) -> None:
        del signum, frame
        ctx.cancel.cancel()

    for signum in cancel_signals:
        signal.signal(signum, on_interrupt)
    from .cli_trail import CliTrail

    trail = CliTrail(ctx)  # a sandbox's trail: the CLI trainee is debriefed too
    try:
        trail.started()
        code = handler(ctx)
        trail.succeeded()
        ctx.end_run("done", code)
        ctx.log.outcome("done", code)
        return code
    except RmsError as exc:
        from .core.rollback import RollbackIncompleteError

        trail.failed(exc)
        text = _m(exc.message)
        ctx.log.line(f"error: {text}")
        _emit(sys.stderr, f"rms-wizard: {text}\n")
        outcome = (
            "not-rolled-back"
            if isinstance(exc, RollbackIncompleteError)
            else _RUN_OUTCOMES.get(exc.exit_code, "error")
        )
        ctx.end_run(outcome, exc.exit_code, exc.message)
        ctx.log.outcome("error", exc.exit_code)
        return exc.exit_code
    except Exception as exc:
        from .core.progress import Cancelled

        if isinstance(exc, Cancelled):
            trail.cancelled()
            _emit(
                sys.stderr,
                _t(QT_TRANSLATE_NOOP("cli", "rms-wizard: cancelled; every change was rolled back."))
                + "\n",
            )
            ctx.end_run("cancelled", EXIT_FAILED)
            ctx.log.outcome("cancelled", EXIT_FAILED)
            return EXIT_FAILED
        ctx.log.line(
            "unexpected error:\n" + ctx.log.redact("".join(traceback.format_exception(exc)))
        )
        ctx.end_run("error", EXIT_FAILED)
        ctx.log.outcome("error", EXIT_FAILED)
        _emit(
            sys.stderr,
            _t(
                QT_TRANSLATE_NOOP("cli", "rms-wizard: unexpected error; details are in the log %1"),
                ctx.log.path,
            )
            + "\n",
        )
        return EXIT_FAILED
    finally:
        for signum, handler_before in previous.items():
            signal.signal(signum, handler_before)
        ctx.log.close()
