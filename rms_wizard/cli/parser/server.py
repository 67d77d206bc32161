"""The arguments of the commands on one server: detect, plan, repair, backup, apply, uninstall,
recover, verify, and the interoperability matrix."""

from __future__ import annotations

from typing import Any

from ...core.common.messages import QT_TRANSLATE_NOOP
from ..output import translate
from .base import add_password_options, add_root_command


def add_detect(sub: Any) -> None:
    c = add_root_command(
        sub, "detect", translate(QT_TRANSLATE_NOOP("cli", "show what is installed"))
    )
    c.add_argument("--json", action="store_true")


def add_plan(sub: Any) -> None:
    """``plan``, with the plan request's options: ``--mode`` (Windows Installer's
    ``REINSTALLMODE`` letters) and ``--changed-files`` (how an unversioned file is found changed)."""
    from ...core.engine.reinstall_mode import DEFAULT_MODE, UserModifiedRule

    c = add_root_command(
        sub,
        "plan",
        translate(QT_TRANSLATE_NOOP("cli", "show what the SP1 update would do, file by file")),
    )
    c.add_argument("--json", action="store_true")
    c.add_argument(
        "--mode",
        default=DEFAULT_MODE,
        metavar="LETTERS",
        help=translate(
            QT_TRANSLATE_NOOP(
                "cli",
                "Windows Installer's REINSTALLMODE letters: p o e d c a (files), u m s v (default omus)",
            )
        ),
    )
    c.add_argument(
        "--changed-files",
        choices=[rule.value for rule in UserModifiedRule],
        default=UserModifiedRule.CONTENT.value,
        help=translate(
            QT_TRANSLATE_NOOP(
                "cli",
                "how a file without a version is found changed by you: content (differs from RMS 1.0's, the default) or dates (modified after created)",
            )
        ),
    )


def add_repair(sub: Any) -> None:
    from ...core.engine.repair import REPAIR_MODE

    command = add_root_command(
        sub,
        "repair",
        translate(QT_TRANSLATE_NOOP("cli", "reinstall SP1's missing or damaged files")),
    )
    command.add_argument(
        "--mode",
        default=REPAIR_MODE,
        metavar="LETTERS",
        help=translate(
            QT_TRANSLATE_NOOP(
                "cli", "Windows Installer's REINSTALLMODE letters for the repair (default pecms)"
            )
        ),
    )
    command.add_argument(
        "--plan",
        action="store_true",
        help=translate(QT_TRANSLATE_NOOP("cli", "only show what the repair would do")),
    )
    command.add_argument("--json", action="store_true")


def add_backup(sub: Any) -> None:
    c = add_root_command(
        sub,
        "backup",
        translate(
            QT_TRANSLATE_NOOP("cli", "back up the configuration database and the private key")
        ),
    )
    c.add_argument("--to", required=True, metavar="BACKUP_DIR")
    c.add_argument("--include-logging-db", action="store_true")
    c.add_argument("--password-stdin", action="store_true", required=True)


def add_apply(sub: Any) -> None:
    c = add_root_command(
        sub, "apply", translate(QT_TRANSLATE_NOOP("cli", "apply SP1 (needs a verified backup)"))
    )
    c.add_argument("--backup", required=True, metavar="BACKUP_DIR")
    c.add_argument(
        "--install-dir",
        metavar="FOLDER",
        help=translate(
            QT_TRANSLATE_NOOP("cli", "a fresh install's destination folder (a Windows path)")
        ),
    )
    c.add_argument(
        "--import-statistics",
        action="store_true",
        help=translate(
            QT_TRANSLATE_NOOP(
                "cli", "bring past statistics from the backed-up logging database back"
            )
        ),
    )
    add_password_options(c)


def add_uninstall(sub: Any) -> None:
    c = add_root_command(
        sub,
        "uninstall",
        translate(QT_TRANSLATE_NOOP("cli", "remove SP1 and restore the previous state")),
    )
    db = c.add_mutually_exclusive_group(required=True)
    db.add_argument("--restore-config-db", metavar="BACKUP_DIR")
    db.add_argument("--keep-config-db", action="store_true")
    add_password_options(c, required=False)


def add_recover(sub: Any) -> None:
    add_root_command(
        sub,
        "recover",
        translate(QT_TRANSLATE_NOOP("cli", "roll back or complete an interrupted run")),
    )


def add_verify(sub: Any) -> None:
    c = add_root_command(
        sub,
        "verify",
        translate(QT_TRANSLATE_NOOP("cli", "check that the install is exactly a known state")),
    )
    c.add_argument("--json", action="store_true")


def add_interop(sub: Any) -> None:
    c = sub.add_parser(
        "interop",
        help=translate(QT_TRANSLATE_NOOP("cli", "show the 1.0/SP1 interoperability matrix cell")),
    )
    c.add_argument("--server", required=True, choices=["1.0", "SP1"])
    c.add_argument("--clients", required=True, choices=["v1", "sp1", "mixed"])
    c.add_argument("--json", action="store_true")
