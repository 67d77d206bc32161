"""``rms-wizard answers check|example|schema`` and ``rms-wizard replay FILE``: answer files.

``replay`` runs the wizard's path unattended on one server (see :mod:`rms_wizard.core.fleet.replay`):
detect, check that the recorded operation fits, back up and verify, apply or remove, verify --
with the exit codes of the other commands. ``--dry-run`` prints the plan file by file and changes
nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...core.common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from ..context import Context, check_file_or_schema, progress_printer
from ..output import EXIT_MISMATCH, EXIT_OK, emit, render, translate

if TYPE_CHECKING:
    from ...core.fleet.replay import ReplayPlan, ReplayResult

# ----------------------------------------------------------------------------- answers


def cmd_answers(ctx: Context) -> int:
    from ...core.fleet.answers import EXAMPLE_COMMENT, example_answers, json_schema, load_answers

    command = ctx.args.answers_command
    if command == "example":
        comment = render(msg(EXAMPLE_COMMENT))
        _emit_raw(example_answers(comment).dump_json())
        return EXIT_OK

    def valid(path: Path) -> str:
        answers = load_answers(path)
        return translate(
            QT_TRANSLATE_NOOP("cli", "The answer file %1 is valid: %2."),
            path,
            render(_operation_text(answers.operation, answers.config_db)),
        )

    return check_file_or_schema(ctx, command, json_schema, valid)


def _emit_raw(text: str) -> None:
    import sys

    emit(sys.stdout, text)


def _operation_text(operation: str, config_db: str | None) -> Any:
    if operation == "update":
        return msg(QT_TRANSLATE_NOOP("cli", "update RMS 1.0 to SP1"))
    if config_db == "restore":
        return msg(
            QT_TRANSLATE_NOOP(
                "cli", "remove SP1 and restore the configuration database from the backup"
            )
        )
    return msg(QT_TRANSLATE_NOOP("cli", "remove SP1 and keep the SP1 configuration database"))


# ----------------------------------------------------------------------------- replay


def cmd_replay(ctx: Context) -> int:
    from ...core.fleet.answers import load_answers
    from ...core.fleet.replay import plan_replay
    from ...i18n import follow_answer_file

    answers = load_answers(Path(ctx.args.file))
    follow_answer_file(answers.language, ctx.args.lang)
    root_text = getattr(ctx.args, "root", None) or answers.root
    if not root_text:
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP(
                    "cli", "The answer file records no server folder: give it with --root DIR."
                )
            )
        )
    ctx.args.root = root_text  # the password from the keyring and the report look there
    root = Path(root_text)
    ctx.log.line(f"replay: {ctx.args.file} on {root} (operation={answers.operation})")
    plan = plan_replay(answers, root)
    if ctx.args.dry_run:
        from .replay_preview import show_plan

        return show_plan(ctx, plan)
    return _run(ctx, plan)


def _run(ctx: Context, plan: ReplayPlan) -> int:
    from ...core.fleet.replay import in_sandbox, run_replay
    from ...core.keys.keyring_lookup import keep_password
    from ...run_record import RunOperation

    update = plan.answers.operation == "update"
    run = ctx.track(RunOperation.UPDATE if update else RunOperation.UNINSTALL)
    run.detect_before()
    if update:
        run.expect_plan(plan.state)
    else:
        run.note_rollback_store()
        run.record.restore_config_db = plan.restore_from is not None
        if plan.restore_from is not None:
            run.note_backup(plan.restore_from)
    password = _read_password(ctx, plan) if plan.needs_password else None

    def on_backup(backup: Any) -> None:
        ctx.log.backup(backup)
        run.note_backup(backup.folder)

    result = run_replay(
        plan,
        password,
        progress=progress_printer(ctx),
        cancel=ctx.cancel,
        on_backup=on_backup,
    )
    if result.apply_result is not None:
        run.record.apply_result, run.record.plan = result.apply_result, result.apply_result.plan
    run.record.uninstall_result = result.uninstall_result
    run.record.backup_verified = update or plan.restore_from is not None
    note = None
    if plan.answers.use_keyring and password is not None and ctx.args.password_stdin:
        note = keep_password(plan.state.identity, password, sandbox=in_sandbox(plan.root))
    return _report(ctx, plan, result, note)


def _read_password(ctx: Context, plan: ReplayPlan) -> Any:
    """From standard input as every command reads it, or from the keyring -- where a node of a
    sandbox deployment finds it in the sandbox's service, like ``cluster apply``."""
    if not ctx.args.password_from_keyring:
        return ctx.read_password()
    from ...core.fleet.replay import password_from_keyring

    secret = password_from_keyring(plan.state, plan.root)
    ctx.log.add_secret(secret)
    ctx.password = secret
    return secret


def _report(ctx: Context, plan: ReplayPlan, result: ReplayResult, note: Any) -> int:

    checked = result.after.result
    if ctx.args.json:
        from .replay_preview import plan_json

        ctx.json(plan_json(plan) | {"dry_run": False, "after": _after_json(plan, result)})
        return EXIT_OK if checked.ok else EXIT_MISMATCH
    if result.backup is not None:
        ctx.out(
            translate(
                QT_TRANSLATE_NOOP("cli", "Backup written and verified in %1"), result.backup.folder
            )
        )
    if result.apply_result is not None:
        ctx.out(
            translate(
                QT_TRANSLATE_NOOP("cli", "SP1 is installed: %1 files written."),
                result.apply_result.files_written,
            )
        )
    if result.uninstall_result is not None:
        for line in result.uninstall_result.notes:
            ctx.out(render(line))
        ctx.out(
            translate(
                QT_TRANSLATE_NOOP("cli", "SP1 is removed: %1 files restored, %2 removed."),
                result.uninstall_result.files_restored,
                result.uninstall_result.files_removed,
            )
        )
    if note is not None:
        ctx.out(
            translate(
                QT_TRANSLATE_NOOP("cli", "The password was not kept in the keyring: %1"),
                render(note),
            )
        )
    if checked.ok:
        assert checked.state is not None
        ctx.out(
            translate(
                QT_TRANSLATE_NOOP("cli", "The install is exactly RMS %1."), checked.state.value
            )
        )
        return EXIT_OK
    ctx.out(translate(QT_TRANSLATE_NOOP("cli", "The install is not in a known state:")))
    for difference in checked.differences:
        ctx.out("  " + render(difference))
    return EXIT_MISMATCH


def _after_json(plan: ReplayPlan, result: ReplayResult) -> dict[str, Any]:

    checked = result.after.result
    return {
        "state": checked.state.value if checked.state else None,
        "ok": checked.ok,
        "differences": [render(d) for d in checked.differences],
        # the new backup (update), or the one the configuration database came back from
        "backup_verified": result.backup is not None or plan.restore_from is not None,
    }


__all__ = ["cmd_answers", "cmd_replay"]
