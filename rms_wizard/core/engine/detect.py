"""Detect an RMS server install the way Setup does: registry first, then files, databases and key."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from pydantic import ValidationError

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, msg, os_error_message
from ..common.paths import registry_file
from ..install.install_listing import install_files, not_a_file, scan_files
from ..install.install_root import InstallLocator, check_root
from ..install.models import (
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
from ..install.pe_version import Unversioned
from ..install.registry import (
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
from .configdb import read_error, schema_release, table_columns
from .interrupted_run import inspect_interrupted
from .payload import Payload, baseline_payload, sp1_payload
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


def _database(path: Path | None, sp1: Payload) -> DatabaseInfo | None:
    if path is None:
        return None
    if not path.is_file():
        if os.path.lexists(path):
            raise not_a_file(path)
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
            raise not_a_file(path)
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
    identity = _server_identity(reader)
    owners = {f.path.lower(): f.component for f in [*baseline.manifest.files, *sp1.manifest.files]}
    files, problems = _installed_files(install_dir, root, owners, for_update)
    by_path = {f.path.lower(): f for f in files}
    components = _components(reader, by_path)

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


def _server_identity(reader: RegistryReader) -> ServerIdentity:
    """The server's name, role and place (cluster, forest) as the registry records them."""
    role_text = (as_text(reader.value(SERVER_KEY, "Role")) or "").lower()
    return ServerIdentity(
        name=as_text(reader.value(SERVER_KEY, "ServerName")) or "",
        role=ROLE_VALUES.get(role_text),
        cluster_id=as_text(reader.value(SERVER_KEY, "ClusterId")),
        cluster_url=as_text(reader.value(SERVER_KEY, "ClusterUrl")),
        forest=as_text(reader.value(SERVER_KEY, "Forest")),
    )


def _installed_files(
    install_dir: Path | None,
    root: Path,
    owners: dict[str, ComponentId],
    for_update: bool,
) -> tuple[list[InstalledFile], list[Message]]:
    """The files of the install folder (``owners``: the component shipping each path, lower
    case), and a problem when the registry's install folder is missing."""
    files: list[InstalledFile] = []
    problems: list[Message] = []
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
    return files, problems


def _components(reader: RegistryReader, by_path: dict[str, InstalledFile]) -> list[ComponentInfo]:
    """Each component: installed as the registry says, at its main binary's file version."""
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
    return components


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
