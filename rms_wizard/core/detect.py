"""Detect an RMS server install the way Setup does: registry first, then files, databases and key."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

from pydantic import ValidationError

from .configdb import read_error, schema_release, table_columns
from .fileversion import FileScan, scan_file
from .install_root import InstallLocator, check_root, resolve_inside
from .interrupted_run import inspect_interrupted
from .messages import QT_TRANSLATE_NOOP, BadInputError, Message, msg, os_error_message
from .models import (
    ComponentId,
    ComponentInfo,
    DatabaseInfo,
    InstalledFile,
    InstallState,
    InstallStatus,
    OsUpdate,
    PrivateKeyInfo,
    Release,
    ServerIdentity,
    ServerRole,
)
from .paths import STATE_DIR_NAME, registry_file
from .payload import Payload, baseline_payload, sp1_payload
from .pe_version import Unversioned
from .registry import (
    COMPONENT_VALUES,
    COMPONENTS_KEY,
    DRMS_KEY,
    PENDING_UPDATES_KEY,
    SERVER_KEY,
    RegFileReader,
    RegistryReader,
    as_int,
    as_text,
)
from .sqlite_files import reading_uri

#: The main binary of each component: its file version is the component's version.
MAIN_BINARY = {
    ComponentId.SERVER: "bin/DRMSServer.dll",
    ComponentId.ADMIN: "admin/DRMSAdmin.dll",
    ComponentId.LOGGING: "bin/DRMSLogging.dll",
    ComponentId.CLIENT: "client/msdrm.dll",
}

ROLE_VALUES = {
    "rootcertification": ServerRole.ROOT_CERTIFICATION,
    "licensing": ServerRole.LICENSING,
}


def install_files(base: Path, root: Path) -> list[tuple[str, str]]:
    """Every regular file below ``base`` with its path relative to it (``/`` separated).

    A link that leaves ``root`` (or loops) is refused; a link to a folder is not followed; a
    folder that cannot be listed is a :class:`BadInputError` (never silently skipped). The
    wizard's own state folder is skipped: it is not part of the install. One ``scandir`` per
    folder and no extra ``stat`` per entry, so 20,000 files are listed in a blink.
    """
    resolve_inside(base, root)
    found: list[tuple[str, str]] = []

    def visit(folder: str, prefix: str) -> None:
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            raise BadInputError(
                msg(QT_TRANSLATE_NOOP("core", "Cannot read %1: %2"), folder, os_error_message(exc))
            ) from None
        subfolders = []
        for entry in entries:
            if entry.is_symlink():
                resolve_inside(Path(entry.path), root)
                if entry.is_dir():
                    continue  # like os.walk(followlinks=False): listed, never walked into
                if os.path.exists(entry.path) and not entry.is_file():
                    raise _not_a_file(Path(entry.path))
                # a dangling link is listed: reading it says what is wrong
            elif entry.is_dir(follow_symlinks=False):
                if entry.name != STATE_DIR_NAME:
                    subfolders.append(entry)
                continue
            elif not entry.is_file(follow_symlinks=False):
                raise _not_a_file(Path(entry.path))  # a FIFO or device would hang the read
            found.append((entry.path, prefix + entry.name))  # str: no Path per file
        for entry in subfolders:
            visit(entry.path, f"{prefix}{entry.name}/")

    visit(str(base), "")
    return found


def walk_files(base: Path, root: Path) -> list[Path]:
    """Every regular file below ``base`` (see :func:`install_files`)."""
    return [Path(path) for path, _rel in install_files(base, root)]


#: Files per task on the hashing threads (one future per file costs more than hashing a small one).
_SCAN_BATCH = 64


def scan_files(
    paths: Sequence[str | Path],
    on_file: Callable[[int], None] | None = None,
    *,
    hash_versioned: bool = True,
) -> list[FileScan]:
    """Hash every file, on a few threads (hashlib releases the GIL on large buffers)."""

    def scan(path: str | Path) -> FileScan:
        try:
            return scan_file(path, hash_versioned=hash_versioned)
        except OSError as exc:
            raise BadInputError(
                msg(QT_TRANSLATE_NOOP("core", "Cannot read %1: %2"), path, os_error_message(exc))
            ) from None

    def scan_batch(batch: Sequence[str | Path]) -> list[FileScan]:
        return [scan(p) for p in batch]

    if len(paths) < _SCAN_BATCH:
        return [scan(p) for p in paths]
    batches = [paths[i : i + _SCAN_BATCH] for i in range(0, len(paths), _SCAN_BATCH)]
    results: list[FileScan] = []
    with ThreadPoolExecutor(max_workers=min(4, (os.cpu_count() or 2) + 1)) as pool:
        for part in pool.map(scan_batch, batches):
            results.extend(part)
            if on_file:
                on_file(len(results))
    return results


def _not_a_file(path: Path) -> BadInputError:
    return BadInputError(msg(QT_TRANSLATE_NOOP("core", "Cannot read %1: it is not a file."), path))


def _database(path: Path | None, sp1: Payload) -> DatabaseInfo | None:
    if path is None:
        return None
    if not path.is_file():
        if os.path.lexists(path):
            raise _not_a_file(path)
        return DatabaseInfo(path=str(path), exists=False)
    try:
        with closing(sqlite3.connect(reading_uri(path), uri=True)) as conn:
            columns = table_columns(conn)
            rows = sum(
                int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
                for table in columns
            )
    except sqlite3.Error as exc:
        raise read_error(path, exc) from None
    migration = sp1.manifest.config_db_migration
    release = None
    if migration is not None:
        release = schema_release(columns, migration)
    if "DRMS_Log" in columns:
        release = Release.SP1 if "DRMS_LogSchema" in columns else Release.V1
    return DatabaseInfo(
        path=str(path), exists=True, schema_release=release, tables=sorted(columns), row_count=rows
    )


def _private_key(path: Path | None) -> PrivateKeyInfo | None:
    if path is None:
        return None
    if not path.is_file():
        if os.path.lexists(path):
            raise _not_a_file(path)
        return PrivateKeyInfo(path=str(path), exists=False)
    try:
        head = path.read_bytes()[:64]
    except OSError as exc:
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "Cannot read %1: %2"), path, os_error_message(exc))
        ) from None
    return PrivateKeyInfo(
        path=str(path),
        exists=True,
        encrypted=head.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----"),
        size=path.stat().st_size,
    )


def detect_install(
    root: Path,
    *,
    registry: RegistryReader | None = None,
    sp1: Payload | None = None,
    baseline: Payload | None = None,
    for_update: bool = False,
) -> InstallState:
    """Everything about the install under ``root`` (a mock server folder).

    ``for_update`` reads only what planning an update needs: of the files SP1 or 1.0 ship, the
    version of each versioned file (not hashed: ``sha256`` None) and the hash of each unversioned
    one; files no release ships are left out of ``files``. Much faster on a large install;
    ``verify`` and the detection page use the full reading.

    Raises :class:`BadInputError` for a root that is not a server folder, a malformed registry
    export, a link leaving the root, an unreadable file or a corrupt database. Reads only.
    """
    root = check_root(root)
    sp1 = sp1 or sp1_payload()
    baseline = baseline or baseline_payload()
    reader: RegistryReader = registry or RegFileReader.from_path(registry_file(root))
    return _detect(root, reader, InstallLocator(root), sp1, baseline, for_update)


def _detect(
    root: Path,
    reader: RegistryReader,
    locator: InstallLocator,
    sp1: Payload,
    baseline: Payload,
    for_update: bool = False,
) -> InstallState:
    interrupted = inspect_interrupted(root)
    pending = [
        OsUpdate(id=name, severity=as_text(reader.value(PENDING_UPDATES_KEY, name)) or "")
        for name in reader.value_names(PENDING_UPDATES_KEY)
    ]
    if not reader.has_key(DRMS_KEY):
        status = InstallStatus.INTERRUPTED if interrupted else InstallStatus.NONE
        return InstallState(
            root=str(root), status=status, pending_os_updates=pending, interrupted=interrupted
        )

    registry_version = as_text(reader.value(DRMS_KEY, "ProductVersion"))
    install_dir = locator.path(as_text(reader.value(DRMS_KEY, "InstallPath")))
    role_text = (as_text(reader.value(SERVER_KEY, "Role")) or "").lower()
    identity = ServerIdentity(
        name=as_text(reader.value(SERVER_KEY, "ServerName")) or "",
        role=ROLE_VALUES.get(role_text),
        cluster_id=as_text(reader.value(SERVER_KEY, "ClusterId")),
        cluster_url=as_text(reader.value(SERVER_KEY, "ClusterUrl")),
        forest=as_text(reader.value(SERVER_KEY, "Forest")),
    )

    files: list[InstalledFile] = []
    problems: list[Message] = []
    owners = {f.path.lower(): f.component for f in [*baseline.manifest.files, *sp1.manifest.files]}
    if install_dir is not None and install_dir.is_dir():
        listed = install_files(install_dir, root)
        if for_update:
            # Planning looks only at what a release ships: the admin's other files stay unread.
            listed = [(path, rel) for path, rel in listed if rel.lower() in owners]
        scans = scan_files([path for path, _rel in listed], hash_versioned=not for_update)
        for (path, rel), scan in zip(listed, scans, strict=True):
            try:
                item = InstalledFile(
                    path=rel,
                    size=scan.size,
                    sha256=scan.sha256,
                    version=scan.version,
                    languages=scan.languages,
                    # a text file is plainly unversioned; say why only for a damaged binary
                    unversioned=None
                    if scan.unversioned in (None, Unversioned.NOT_PE)
                    else scan.unversioned.value,
                    component=owners.get(rel.lower()),
                )
            except ValidationError:  # e.g. a backslash in a name: no Windows path can hold it
                raise BadInputError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "core", "The file name of %1 is not a valid install path."
                        ),
                        path,
                    )
                ) from None
            files.append(item)
    elif install_dir is not None:
        problems.append(
            msg(QT_TRANSLATE_NOOP("core", "The install folder %1 is missing."), install_dir)
        )

    by_path = {f.path.lower(): f for f in files}
    components = []
    for component, value_name in COMPONENT_VALUES.items():
        cid = ComponentId(component)
        main = by_path.get(MAIN_BINARY[cid].lower())
        components.append(
            ComponentInfo(
                id=cid,
                installed=bool(as_int(reader.value(COMPONENTS_KEY, value_name))),
                version=main.version if main else None,
            )
        )

    version = {"1.0": Release.V1, "sp1": Release.SP1}.get((registry_version or "").lower())
    problems.extend(_consistency_problems(version, by_path, sp1, baseline, components))
    fresh = (
        as_text(reader.value(DRMS_KEY, "PreviousVersion")) or ""
    ) == "" and version is Release.SP1
    if interrupted:
        status = InstallStatus.INTERRUPTED
    elif version is None or problems:
        status = InstallStatus.INCONSISTENT
    else:
        status = InstallStatus.INSTALLED

    return InstallState(
        root=str(root),
        status=status,
        version=version,
        registry_version=registry_version,
        install_dir=str(install_dir) if install_dir else None,
        identity=identity,
        components=components,
        files=files,
        config_db=_database(locator.path(as_text(reader.value(SERVER_KEY, "ConfigDatabase"))), sp1),
        logging_db=_database(
            locator.path(as_text(reader.value(SERVER_KEY, "LoggingDatabase"))), sp1
        ),
        private_key=_private_key(locator.path(as_text(reader.value(SERVER_KEY, "PrivateKeyFile")))),
        pending_os_updates=pending,
        interrupted=interrupted,
        fresh_install=fresh,
        problems=problems,
    )


def _consistency_problems(
    version: Release | None,
    installed: dict[str, InstalledFile],
    sp1: Payload,
    baseline: Payload,
    components: list[ComponentInfo],
) -> list[Message]:
    """Versioned files that contradict the registry's release, or are missing.

    Only versioned files count: unversioned ones may legitimately differ (the admin's changes).
    """
    if version is None:
        return [msg(QT_TRANSLATE_NOOP("core", "The registry holds no known RMS product version."))]
    wanted = {c.id for c in components if c.installed}
    v1 = baseline.manifest.by_path()
    problems = []
    for key, new in sp1.manifest.by_path().items():
        old = v1.get(key)
        if new.component not in wanted or new.version is None:
            continue
        have = installed.get(key)
        if have is None:
            if version is Release.SP1 or old is not None:
                problems.append(msg(QT_TRANSLATE_NOOP("core", "The file %1 is missing."), new.path))
            continue
        if old is None or old.version is None or old.version == new.version:
            continue
        if version is Release.V1 and have.version == new.version:
            problems.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "%1 has the SP1 version %2, but the registry says 1.0."
                    ),
                    new.path,
                    new.version,
                )
            )
        if version is Release.SP1 and have.version == old.version:
            problems.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "%1 has the 1.0 version %2, but the registry says SP1."
                    ),
                    new.path,
                    old.version,
                )
            )
    return problems
