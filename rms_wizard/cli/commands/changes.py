"""The commands that change an install: backup, apply, uninstall, recover (each on one
transaction, with a run record for the setup log and ``--report FILE``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ...core.common.messages import QT_TRANSLATE_NOOP
from ..context import Context, progress_printer
from ..output import EXIT_OK, render, translate

if TYPE_CHECKING:
    from ...core.engine.operations import RunControls


def _controls(ctx: Context) -> RunControls:
    from ...core.engine.operations import RunControls

    return RunControls(progress=progress_printer(ctx), cancel=ctx.cancel)


def cmd_backup(ctx: Context) -> int:
    from ...core.engine.backup import backup_and_verify
    from ...core.engine.detect import detect_install

    password = ctx.read_password()
    state = detect_install(Path(ctx.args.root))
    backup = backup_and_verify(
        state,
        Path(ctx.args.to),
        include_logging_db=ctx.args.include_logging_db,
        password=password,
        progress=progress_printer(ctx),
        cancel=ctx.cancel,
    )
    ctx.log.backup(backup)
    ctx.out(translate(QT_TRANSLATE_NOOP("cli", "Backup written and verified in %1"), backup.folder))
    return EXIT_OK


def cmd_apply(ctx: Context) -> int:
    from ...core.engine.operations import ApplyRequest, apply_and_check
    from ...run_record import RunOperation

    run = ctx.track(RunOperation.UPDATE)
    state = run.detect_before()
    assert state is not None  # a required detection raises, it never returns None
    run.expect_plan(state)
    run.note_backup(Path(ctx.args.backup))
    password = ctx.read_password()
    request = ApplyRequest(
        root=Path(ctx.args.root),
        backup_dir=Path(ctx.args.backup),
        password=password,
        import_statistics=ctx.args.import_statistics,
        install_path=ctx.args.install_dir,
    )
    checked = apply_and_check(request, _controls(ctx))  # the wizard's apply, the same way
    result = checked.result
    run.record.apply_result, run.record.plan = result, result.plan
    run.found_after(checked.after.state)  # the look afterwards is the report's "after"
    run.record.backup_verified = True
    ctx.out(
        translate(
            QT_TRANSLATE_NOOP(
                "cli",
                "SP1 is installed: %1 files written. No re-provisioning or extra configuration is needed.",
            ),
            result.files_written,
        )
    )
    return EXIT_OK


def cmd_uninstall(ctx: Context) -> int:
    from ...core.engine.operations import UninstallRequest, uninstall_and_check
    from ...run_record import RunOperation

    restore = Path(ctx.args.restore_config_db) if ctx.args.restore_config_db else None
    run = ctx.track(RunOperation.UNINSTALL)
    run.detect_before()
    run.note_rollback_store()
    run.record.restore_config_db = restore is not None
    if restore is not None:
        run.note_backup(restore)
    password = ctx.read_password() if restore is not None else None
    request = UninstallRequest(
        root=Path(ctx.args.root), restore_config_db=restore, password=password
    )
    checked = uninstall_and_check(request, _controls(ctx))  # the wizard's removal, the same way
    result = checked.result
    run.record.uninstall_result = result
    run.found_after(checked.after.state)
    run.record.backup_verified = restore is not None
    for note in result.notes:
        ctx.out(render(note))
    ctx.out(
        translate(
            QT_TRANSLATE_NOOP("cli", "SP1 is removed: %1 files restored, %2 removed."),
            result.files_restored,
            result.files_removed,
        )
    )
    return EXIT_OK


def cmd_recover(ctx: Context) -> int:
    from ...core.engine.recovery import recover_interrupted
    from ...run_record import RunOperation

    run = ctx.track(RunOperation.RECOVER)
    run.detect_before(required=False)  # what was found; recovery never waits on detection

    # Not recover_and_check: the look afterwards is the run record's, which may find nothing
    # readable (recovery must still report what it did).
    outcome = recover_interrupted(Path(ctx.args.root).resolve())
    text = {
        "rolled-back": QT_TRANSLATE_NOOP("cli", "The interrupted run was rolled back."),
        "completed": QT_TRANSLATE_NOOP("cli", "The interrupted run was completed."),
        "nothing": QT_TRANSLATE_NOOP("cli", "Nothing to recover."),
    }[outcome]
    run.record.recovery = outcome
    ctx.out(translate(text))
    return EXIT_OK
