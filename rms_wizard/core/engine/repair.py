"""Repair SP1: reinstall its missing or damaged files, as Windows Installer's repair does.

The plan (:func:`plan_repair`) applies the file-versioning rules with a reinstall mode, by default
``pecms`` (what ``msiexec /f`` does: missing files, equal or older versions, damaged files, the
registry values), and compares every file with SP1's own: an unversioned file that differs from
SP1's was changed by the admin and is kept, as an update keeps it. Files already identical to
SP1's are left alone. The repair runs as one transaction like an update: the damaged files are
kept in its staging folder until the commit point (the registry's SP1 values, rewritten last), so
a failure or a kill before it puts every one of them back, and recovery after it completes.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from ..common.paths import registry_file
from ..common.progress import CancelToken, ProgressCallback, no_progress
from ..install.models import FileAction, InstallState, InstallStatus, Release
from ..install.regfile import dump_reg, read_reg
from .apply import run_transaction
from .detect import detect_install
from .fault_plan import FaultPlan
from .payload import Payload, sp1_payload
from .payload_staging import put_file_steps, stage_files, stage_shards
from .plan import PlanKind, PlannedFile, UpdatePlan, decide, refuse_unfinished
from .reinstall_mode import PlanOptions, ReinstallMode
from .staged_content import write_staged
from .step_models import Cleanup, PutFile, StageStep, Step
from .update_steps import rel_to_root, sp1_registry
from .versioning import Companion

logger = logging.getLogger(__name__)

#: What ``msiexec /f`` does by default: missing files, equal or older versions, damaged files,
#: machine registry values, shortcuts.
REPAIR_MODE = "pecms"


class RepairResult(BaseModel):
    plan: UpdatePlan
    files_written: int
    bytes_written: int


def repair_options(mode: str | None = None) -> PlanOptions:
    return PlanOptions(reinstall_mode=ReinstallMode.parse(mode or REPAIR_MODE))


def plan_repair(
    state: InstallState, sp1: Payload, options: PlanOptions | None = None
) -> UpdatePlan:
    """What repairing SP1 on ``state`` does, file by file (SP1's own files are the reference)."""
    refuse_unfinished(state)
    if state.version is not Release.SP1 or state.status not in (
        InstallStatus.INSTALLED,
        InstallStatus.INCONSISTENT,
    ):
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Repair reinstalls SP1's files, and SP1 is not installed here: update the server to SP1 instead.",
                )
            )
        )
    options = options or repair_options()
    forced = "a" in options.reinstall_mode.file_letters
    installed_files = {f.path.lower(): f for f in state.files}
    shipped = sp1.manifest.by_path()
    wanted = {c.id for c in state.components if c.installed}
    actions = []
    for new in sp1.manifest.files:
        if wanted and new.component not in wanted:
            continue
        installed = installed_files.get(new.path.lower())
        parent = new.companion.lower() if new.companion else None
        companion = Companion(shipped[parent], installed_files.get(parent)) if parent else None
        action, reason = decide(new, installed, new, options, companion)
        if installed is None:
            reason = msg(
                QT_TRANSLATE_NOOP("core", "Missing on this server: SP1's file is put back.")
            )
        identical = installed is not None and installed.sha256 == new.sha256
        if action is FileAction.REPLACE and identical and not forced:
            # rewriting the same bytes repairs nothing
            action = FileAction.KEEP
            reason = msg(QT_TRANSLATE_NOOP("core", "Already identical to SP1's file."))
        actions.append(PlannedFile.of(new, installed, action, reason))
    return UpdatePlan(kind=PlanKind.REPAIR, from_release=Release.SP1, actions=actions)


def preview_repair(
    root: Path, options: PlanOptions | None = None, sp1: Payload | None = None
) -> UpdatePlan:
    """The repair plan of the install under ``root`` as it is now (detected afresh, every file
    hashed), changing nothing: what ``rms-wizard repair --plan`` prints and the Maintenance page
    shows before the repair."""
    sp1 = sp1 or sp1_payload()
    return plan_repair(detect_install(root, sp1=sp1), sp1, options)


def build_repair(
    root: Path, state: InstallState, plan: UpdatePlan, payload: Payload
) -> tuple[list[Step], Callable[[Path, Callable[[int, str], None], CancelToken], None]]:
    """The repair's steps and the function that stages SP1's files for them; writes nothing."""
    root = root.resolve()
    assert state.install_dir is not None
    staging = f".rms-wizard/staging/{os.urandom(6).hex()}"
    install_rel = rel_to_root(root, state.install_dir)
    registry_bytes = dump_reg(sp1_registry(read_reg(registry_file(root)), state.fresh_install))
    changes = plan.changes()
    sources = [os.fspath(payload.source(item.path)) for item in changes]
    shards = stage_shards()
    steps: list[Step] = [StageStep(folder=staging, size=sum(c.size for c in changes))]
    # the damaged file waits in staging: put back by a rollback, gone at cleanup
    steps += put_file_steps(
        os.fspath(root), changes, install_rel, staging, shards, f"{staging}/displaced"
    )
    current = registry_file(root).read_bytes()
    if registry_bytes != current:  # "m": SP1's registry values written again
        steps.append(
            PutFile(
                target=rel_to_root(root, registry_file(root)),
                source=f"{staging}/registry.reg",
                displaced=f"{staging}/registry.orig",
                sha256=hashlib.sha256(registry_bytes).hexdigest(),
                label="registry.reg",
            )
        )
    # The commit point is a marker of this repair alone: a repair may leave every file it checks
    # for (the registry's included) as it found it, and recovery must not take content that was
    # already there for a commit that never happened.
    marker = f"repair {staging}\n".encode()
    steps.append(
        PutFile(
            target=f"{staging}.committed",
            source=f"{staging}/committed",
            sha256=hashlib.sha256(marker).hexdigest(),
            label="repair",
            commit=True,
        )
    )
    steps.append(
        Cleanup(remove=[staging, f"{staging}.committed"], remove_if_empty=[".rms-wizard/staging"])
    )

    def stage(folder: Path, report: Callable[[int, str], None], cancel: CancelToken) -> None:
        files_rel = f"{staging}/files"
        stage_files(changes, sources, os.fspath(root), files_rel, shards, report, cancel)
        # Written at the staging folder's descriptor, never through a link (staged_content).
        write_staged(root, f"{staging}/registry.reg", registry_bytes)
        write_staged(root, f"{staging}/committed", marker)

    return steps, stage


def repair_sp1(
    root: Path,
    *,
    options: PlanOptions | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    faults: FaultPlan | None = None,
    sp1: Payload | None = None,
) -> RepairResult:
    """Repair SP1 under ``root``, transactionally (see the module's description)."""
    sp1 = sp1 or sp1_payload()
    state = detect_install(root, sp1=sp1)  # every file hashed: damage is found by content
    plan = plan_repair(state, sp1, options)
    for item in plan.actions:
        logger.info(f"repair plan: {item.action.value:<13} {item.path} ({item.reason})")
    steps, stage = build_repair(root, state, plan, sp1)
    run_transaction(
        root,
        "repair",
        steps,
        stage=stage,
        progress=progress,
        cancel=cancel,
        failure=QT_TRANSLATE_NOOP("core", "The repair failed and was rolled back: %1"),
        faults=faults,
    )
    changes = plan.changes()
    return RepairResult(
        plan=plan, files_written=len(changes), bytes_written=sum(c.size for c in changes)
    )
