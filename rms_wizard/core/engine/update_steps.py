"""The transaction steps of an update or a fresh install: each changed file, the rollback store,
the databases, the registry (the commit point), and the function that stages their content."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..common.paths import INSTALL_PATH, registry_file, windows_to_root
from ..common.progress import CancelToken
from ..common.safe_paths import link_error, unsafe_part
from ..install.models import FileAction, InstallState
from ..install.regfile import RegFile, dump_reg, read_reg
from ..install.registry import DRMS_KEY
from .loggingdb import fill_logging_db, import_statistics_into
from .payload import Payload
from .payload_staging import put_file_steps, stage_files, stage_shards
from .plan import PlanKind, PlannedFile, UpdatePlan
from .rollback_store import STORE_REL, RollbackStore, StoreEntry, record_original_hashes
from .staged_content import stage_database, write_staged
from .step_models import Cleanup, MigrateConfigDb, PutFile, StageStep, Step


@dataclass
class StatisticsImport:
    """Past statistics to bring into the new logging database while it is staged (so the import
    is part of the transaction); ``rows`` is filled in with how many were copied."""

    source: Path
    rows: int = 0


def rel_to_root(root: Path, path: Path | str) -> str:
    """``path`` relative to ``root``; one that leads out of it (a folder swapped for a link since
    detection found it) is refused in one line, nothing changed."""
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        lexical = os.path.relpath(path, root).replace(os.sep, "/")
        raise link_error(unsafe_part(os.fspath(root), lexical) or lexical) from None


def sp1_registry(current: RegFile, fresh: bool) -> RegFile:
    """The registry after SP1: the commit point's content."""
    reg = current
    reg = reg.with_value(DRMS_KEY, "ProductVersion", "SP1")
    reg = reg.with_value(DRMS_KEY, "FileVersion", "5.2.3790.300")
    reg = reg.with_value(DRMS_KEY, "ServicePackLevel", 1)
    reg = reg.with_value(DRMS_KEY, "PreviousVersion", "" if fresh else "1.0")
    return reg


def fresh_registry(current: RegFile, install_path: str | None = None) -> RegFile:
    """The registry after a fresh install into ``install_path`` (None: the standard folder)."""
    reg = current.with_value(DRMS_KEY, "InstallPath", install_path or INSTALL_PATH)
    reg = reg.with_value(DRMS_KEY, "ProductName", "Microsoft Windows Rights Management Services")
    return sp1_registry(reg, fresh=True)


def _install_target(root: Path, state: InstallState, plan: UpdatePlan) -> tuple[str, bytes]:
    """The install folder (relative to ``root``) and the registry export SP1 leaves behind."""
    current = read_reg(registry_file(root))
    if plan.kind is PlanKind.FRESH_INSTALL:
        install_dir = windows_to_root(root, plan.install_path or INSTALL_PATH)
        new_registry = fresh_registry(current, plan.install_path)
    else:
        assert state.install_dir is not None
        install_dir = Path(state.install_dir)
        new_registry = sp1_registry(current, fresh=False)
    install_rel = (
        rel_to_root(root, install_dir)
        if install_dir.exists()
        else (install_dir.relative_to(root).as_posix())
    )
    return install_rel, dump_reg(new_registry)


def _file_steps(
    root_s: str, changes: list[PlannedFile], install_rel: str, staging: str, shards: int
) -> tuple[list[Step], list[StoreEntry]]:
    """One step per changed file, and the rollback store's entry that undoes it."""
    puts = put_file_steps(root_s, changes, install_rel, staging, shards, f"{STORE_REL}/files")
    entries = [
        StoreEntry(
            path=item.path,
            action="replaced" if item.action is FileAction.REPLACE else "added",
            original_sha256=item.installed_sha256,
            sp1_sha256=item.new_sha256,
            created_dirs=put.created_dirs,
        )
        for item, put in zip(changes, puts, strict=True)
    ]
    return list(puts), entries


def _closing_steps(
    root: Path, fresh: bool, staging: str, registry_bytes: bytes, migrate: MigrateConfigDb | None
) -> list[Step]:
    """The rollback store's index, the registry (the commit point), the migration, the cleanup."""
    steps: list[Step] = []
    if not fresh:
        steps.append(
            PutFile(
                target=f"{STORE_REL}/store.json", source=f"{staging}/store.json", label="store.json"
            )
        )
    steps.append(
        PutFile(
            target=rel_to_root(root, registry_file(root)),
            source=f"{staging}/registry.reg",
            displaced=f"{STORE_REL}/registry.reg" if not fresh else f"{staging}/registry.orig",
            sha256=hashlib.sha256(registry_bytes).hexdigest(),
            label="registry.reg",
            commit=True,
        )
    )
    if migrate is not None:
        steps.append(migrate)
    steps.append(Cleanup(remove=[staging], remove_if_empty=[".rms-wizard/staging"]))
    return steps


def build_update(
    root: Path,
    state: InstallState,
    plan: UpdatePlan,
    payload: Payload,
    *,
    statistics: StatisticsImport | None = None,
) -> tuple[list[Step], Callable[[Path, Callable[[int, str], None], CancelToken], None]]:
    """The steps of an update or fresh install, and the function that stages their content.

    Writes nothing; a payload file that is missing (or points outside the payload) is refused
    here, before the transaction starts.
    """
    root = root.resolve()  # once: every target below is a plain join under it
    staging = f".rms-wizard/staging/{os.urandom(6).hex()}"
    fresh = plan.kind is PlanKind.FRESH_INSTALL
    install_rel, registry_bytes = _install_target(root, state, plan)
    root_s = os.fspath(root)
    changes = plan.changes()
    # Every payload file must be there (and inside the payload) before anything is written.
    sources = [os.fspath(payload.source(item.path)) for item in changes]
    shards = stage_shards()
    steps, entries = _file_steps(root_s, changes, install_rel, staging, shards)
    config_rel = logging_rel = None
    migrate: MigrateConfigDb | None = None
    if plan.config_db_migration is not None and state.config_db is not None:
        config_rel = rel_to_root(root, state.config_db.path)
        # After the commit point (below): in place and never undone, so no row RMS writes
        # meanwhile is lost to a restored copy; a kill inside it is SQLite's to roll back, and
        # recover then runs it again.
        migrate = MigrateConfigDb(
            db=config_rel, migration=plan.config_db_migration, label="DRMS_Config.db"
        )
    if plan.recreate_logging_db and state.logging_db is not None:
        logging_rel = rel_to_root(root, state.logging_db.path)
        steps.append(
            PutFile(
                target=logging_rel,
                source=f"{staging}/logging.db",
                displaced=f"{STORE_REL}/logging.db",
                label="DRMS_Logging.db",
            )
        )
    store = RollbackStore(
        created=datetime.now(UTC),
        install_dir=install_rel,
        entries=entries,
        logging_db=logging_rel,
        config_db=config_rel,
        config_db_migrated=config_rel is not None,
    )
    steps += _closing_steps(root, fresh, staging, registry_bytes, migrate)
    stage_size = sum(c.size for c in changes)
    steps.insert(0, StageStep(folder=staging, size=stage_size))

    def stage(folder: Path, report: Callable[[int, str], None], cancel: CancelToken) -> None:
        # The transaction makes all of it durable before the commit point. Every file is
        # written at the staging folder's descriptor, never through a link (staged_content).
        stage_files(changes, sources, root_s, f"{staging}/files", shards, report, cancel)
        if plan.recreate_logging_db:

            def new_logging_db(conn: sqlite3.Connection) -> None:
                fill_logging_db(conn, "SP1")
                if statistics is not None:
                    statistics.rows = import_statistics_into(conn, statistics.source)

            stage_database(root_s, f"{staging}/logging.db", new_logging_db)
        # The originals' hashes, read now (before the first change): uninstall checks them.
        recorded = record_original_hashes(root, store)
        index = (recorded.model_dump_json(indent=2) + "\n").encode()
        write_staged(root_s, f"{staging}/store.json", index)
        write_staged(root_s, f"{staging}/registry.reg", registry_bytes)

    return steps, stage
