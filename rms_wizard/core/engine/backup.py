"""Backups before the update: configuration database, private key, optionally the logging database.

A :class:`BackupSet` is a folder (mode 0700) of owner-only files and a ``backup.json`` manifest
(SHA-256 of each item, the server's identity and version, the time), written last: a folder without
a manifest is not a backup. Databases are copied with SQLite's online backup API, so the copy is
consistent even while RMS keeps writing. :func:`verify_backup` checks every hash, every database's
integrity, and that the backed-up key really opens with the admin's password.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, Required, TypedDict, Unpack

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from ... import __version__
from ..common.messages import (
    QT_TRANSLATE_NOOP,
    BadInputError,
    Message,
    OperationFailedError,
    database_error_message,
    msg,
    os_error_message,
)
from ..common.progress import Cancelled, CancelToken, ProgressCallback, ProgressEvent, no_progress
from ..install.fileversion import sha256_file
from ..install.models import InstallState, Release, ServerIdentity
from ..keys.private_key import verify_private_key_password
from .backup_folder import HeldFolder, discard_backup, replaced_error
from .configdb import integrity_ok

MANIFEST_NAME = "backup.json"
ItemKind = Literal["config-db", "private-key", "logging-db"]
FILE_NAMES: dict[str, str] = {
    "config-db": "DRMS_Config.db",
    "private-key": "ServerPrivateKey.pem",
    "logging-db": "DRMS_Logging.db",
}


class BackupItem(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: ItemKind
    file: str
    source: str
    sha256: str
    size: int


class ManifestSeal(BaseModel):
    """An HMAC-SHA256 over the rest of the manifest, keyed by the private-key password.

    The key is derived with PBKDF2 (the same kind of derivation that protects the backed-up key
    file itself, so the seal makes guessing the password no easier). Whoever does not know the
    password cannot change the manifest (a hash, the server, the time) without breaking the seal.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kdf: Literal["pbkdf2-sha256"] = "pbkdf2-sha256"
    iterations: int = Field(ge=10_000, le=10_000_000)
    salt: str = Field(pattern=r"^[0-9a-f]{32}$")
    hmac: str = Field(pattern=r"^[0-9a-f]{64}$")


class BackupManifest(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal[1] = 1
    created: datetime
    tool_version: str
    server: ServerIdentity
    release: Release | None
    items: list[BackupItem]
    seal: ManifestSeal | None = None

    def item(self, kind: str) -> BackupItem | None:
        return next((i for i in self.items if i.kind == kind), None)

    def sealed(self, password: SecretStr) -> BackupManifest:
        salt = os.urandom(16).hex()
        digest = _seal_digest(self, password, salt, SEAL_ITERATIONS)
        seal = ManifestSeal(iterations=SEAL_ITERATIONS, salt=salt, hmac=digest)
        return self.model_copy(update={"seal": seal})

    def seal_ok(self, password: SecretStr) -> bool:
        if self.seal is None:
            return False
        digest = _seal_digest(self, password, self.seal.salt, self.seal.iterations)
        return hmac.compare_digest(digest, self.seal.hmac)


#: PBKDF2 rounds for the manifest seal (about 30 ms here).
SEAL_ITERATIONS = 100_000


def _seal_digest(manifest: BackupManifest, password: SecretStr, salt: str, rounds: int) -> str:
    body = json.dumps(
        manifest.model_dump(mode="json", exclude={"seal"}), sort_keys=True, separators=(",", ":")
    ).encode()
    key = hashlib.pbkdf2_hmac(
        "sha256", password.get_secret_value().encode("utf-8"), bytes.fromhex(salt), rounds
    )
    return hmac.new(key, body, hashlib.sha256).hexdigest()


class BackupSet(BaseModel):
    """A backup folder and its manifest."""

    folder: Path
    manifest: BackupManifest

    def path_of(self, kind: str) -> Path | None:
        item = self.manifest.item(kind)
        return None if item is None else self.folder / item.file


class BackupInvalidError(BadInputError):
    """The backup folder is missing, incomplete, tampered with, or does not fit this server."""


def _invalid(folder: Path, reason: Message) -> BackupInvalidError:
    return BackupInvalidError(
        msg(QT_TRANSLATE_NOOP("core", "The backup in %1 cannot be used: %2"), folder, reason)
    )


def _backup_sources(
    state: InstallState, dest: Path, include_logging_db: bool, password: SecretStr
) -> list[tuple[ItemKind, Path]]:
    """What the backup copies; refused (nothing written) when a part is missing, the password
    does not open the live key, or ``dest`` holds something already."""
    if state.config_db is None or not state.config_db.exists:
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "This server has no configuration database to back up."))
        )
    if state.private_key is None or not state.private_key.exists:
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "This server has no private key file to back up."))
        )
    verify_private_key_password(Path(state.private_key.path), password)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "The folder %1 exists and is not empty."), dest)
        )
    sources: list[tuple[ItemKind, Path]] = [
        ("config-db", Path(state.config_db.path)),
        ("private-key", Path(state.private_key.path)),
    ]
    if include_logging_db:
        if state.logging_db is None or not state.logging_db.exists:
            raise BadInputError(
                msg(QT_TRANSLATE_NOOP("core", "This server has no logging database to back up."))
            )
        sources.append(("logging-db", Path(state.logging_db.path)))
    return sources


def _copy_items(
    held: HeldFolder,
    sources: list[tuple[ItemKind, Path]],
    total: int,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> list[BackupItem]:
    """Copy each source into the held folder (a database through SQLite's backup), hashed."""
    done = 0
    items = []
    for index, (kind, source) in enumerate(sources, start=1):
        if cancel.cancelled:
            raise Cancelled()
        progress(
            ProgressEvent(
                index,
                len(sources),
                done,
                total,
                str(source),
                msg(QT_TRANSLATE_NOOP("core", "Backing up %1"), source.name),
            )
        )
        name = FILE_NAMES[kind]
        if kind == "private-key":
            held.copy_file(source, name)
        else:
            held.copy_database(source, name)
        digest, size = held.sha256_and_size(name)
        items.append(BackupItem(kind=kind, file=name, source=str(source), sha256=digest, size=size))
        done += source.stat().st_size
    return items


def _write_failed(exc: OSError | sqlite3.Error) -> OperationFailedError:
    """A full or failing backup disk, said in one line."""
    reason = (
        os_error_message(exc, with_file=True)
        if isinstance(exc, OSError)
        else database_error_message(exc)
    )
    return OperationFailedError(
        msg(
            QT_TRANSLATE_NOOP("core", "The backup could not be written (nothing was kept): %1"),
            reason,
        )
    )


def make_backup(
    state: InstallState,
    dest: Path,
    *,
    include_logging_db: bool,
    password: SecretStr,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> BackupSet:
    """Back up the configuration database and the key (and the logging database when asked).

    The password is checked against the live key first (the seed: make sure you have it); a wrong
    password writes nothing. ``dest`` must be absent or empty. A failure or cancel removes what was
    written.
    """
    cancel = cancel or CancelToken()
    sources = _backup_sources(state, dest, include_logging_db, password)
    created_dest = not dest.exists()
    total = sum(p.stat().st_size for _, p in sources) or 1
    old_umask = os.umask(0o077)
    held: HeldFolder | None = None
    try:
        dest.mkdir(parents=True, exist_ok=True)
        os.chmod(dest, 0o700)
        held = HeldFolder(dest)  # every file is written at this folder's descriptor
        items = _copy_items(held, sources, total, progress, cancel)
        manifest = BackupManifest(
            created=datetime.now(UTC),
            tool_version=__version__,
            server=state.identity,
            release=state.version,
            items=items,
        ).sealed(password)
        held.write_bytes(MANIFEST_NAME, (manifest.model_dump_json(indent=2) + "\n").encode())
        held.sync()
        if not held.still_there():
            raise replaced_error(dest)
        written = msg(QT_TRANSLATE_NOOP("core", "Backup written"))
        progress(ProgressEvent(len(sources), len(sources), total, total, "", written))
    except BaseException as exc:
        # Never leave a half-written backup behind: it could later be mistaken for a good one.
        if held is not None:
            held.discard(remove_folder=created_dest)
        elif created_dest and not dest.is_symlink():
            with contextlib.suppress(OSError):
                dest.rmdir()
        if isinstance(exc, OSError | sqlite3.Error):
            raise _write_failed(exc) from None
        raise
    finally:
        os.umask(old_umask)
        if held is not None:
            held.close()
    return BackupSet(folder=dest, manifest=manifest)


class BackupOptions(TypedDict, total=False):
    """What :func:`make_backup` takes besides the install, the folder and the password."""

    include_logging_db: Required[bool]
    progress: ProgressCallback
    cancel: CancelToken | None


def backup_and_verify(
    state: InstallState, dest: Path, *, password: SecretStr, **options: Unpack[BackupOptions]
) -> BackupSet:
    """Make the backup, then check what was written as any backup is checked before an update.

    A backup that fails its check (the disk did not keep what was written, the key copy does not
    work) is removed and the run fails (exit 3): only a verified backup is ever reported.
    """
    created_dest = not dest.exists()
    made = make_backup(state, dest, password=password, **options)
    kinds = tuple(item.kind for item in made.manifest.items)
    reason: Message | None = None
    try:
        return verify_backup(dest, password, server=state.identity, require=kinds)
    except BadInputError as exc:
        reason = exc.message
    # Raised here, outside the except block: the error carries no context (and no password).
    names = [MANIFEST_NAME, *(item.file for item in made.manifest.items)]
    discard_backup(dest, names, remove_folder=created_dest)  # never through a link
    raise OperationFailedError(
        msg(
            QT_TRANSLATE_NOOP(
                "core", "The backup just written failed its check and was removed: %1"
            ),
            reason,
        )
    )


def load_backup(folder: Path) -> BackupSet:
    path = folder / MANIFEST_NAME
    if not folder.is_dir():
        raise _invalid(folder, msg(QT_TRANSLATE_NOOP("core", "the folder does not exist")))
    try:
        manifest = BackupManifest.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError:
        raise _invalid(folder, msg(QT_TRANSLATE_NOOP("core", "it has no backup.json"))) from None
    except ValidationError:
        raise _invalid(folder, msg(QT_TRANSLATE_NOOP("core", "backup.json is damaged"))) from None
    return BackupSet(folder=folder, manifest=manifest)


def verify_backup(
    folder: Path,
    password: SecretStr,
    *,
    server: ServerIdentity | None = None,
    require: tuple[str, ...] = ("config-db", "private-key"),
) -> BackupSet:
    """Check a backup: hashes, database integrity, the key opens, and (optionally) the server fits."""
    backup = load_backup(folder)
    for kind in require:
        if backup.manifest.item(kind) is None:
            raise _invalid(
                folder, msg(QT_TRANSLATE_NOOP("core", "it does not contain the %1"), kind)
            )
    for item in backup.manifest.items:
        path = folder / item.file
        if "/" in item.file or "\\" in item.file or not path.is_file():
            raise _invalid(folder, msg(QT_TRANSLATE_NOOP("core", "%1 is missing"), item.file))
        if sha256_file(path) != item.sha256:
            raise _invalid(
                folder,
                msg(
                    QT_TRANSLATE_NOOP("core", "%1 was changed after the backup was made"), item.file
                ),
            )
        if item.kind != "private-key" and not integrity_ok(path):
            raise _invalid(
                folder, msg(QT_TRANSLATE_NOOP("core", "%1 fails the integrity check"), item.file)
            )
    key = backup.path_of("private-key")
    if key is not None:
        verify_private_key_password(key, password)
    # The password is right (it opens the backed-up key): now the seal must hold, or someone
    # changed backup.json after the backup was made.
    if not backup.manifest.seal_ok(password):
        raise _invalid(
            folder,
            msg(QT_TRANSLATE_NOOP("core", "backup.json was changed after the backup was made")),
        )
    if server is not None:
        check_backup_server(backup, server)
    return backup


def check_backup_server(backup: BackupSet, server: ServerIdentity) -> None:
    """A backup is only for the server (and cluster) it was made on."""
    made_on = backup.manifest.server
    if made_on.name != server.name or made_on.cluster_id != server.cluster_id:
        raise _invalid(
            backup.folder,
            msg(
                QT_TRANSLATE_NOOP("core", "it was made on server %1, not on %2"),
                made_on.name,
                server.name,
            ),
        )


def check_live_key(state: InstallState, password: SecretStr) -> None:
    """Before an update, the server's own key must open and work too, not only the backup's copy
    of it: an update is no repair, and a server whose key is damaged is left as it is."""
    if state.private_key is None:
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "The registry of this server names no private key file."))
        )
    verify_private_key_password(Path(state.private_key.path), password)
