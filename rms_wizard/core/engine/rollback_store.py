"""The rollback store of an SP1 update: what it holds, and the proof that it is still whole.

Apply keeps every original SP1 replaces (and the registry, and the logging database it recreates)
under ``.rms-wizard/rollback/SP1``, with ``store.json`` listing them. Removing SP1 puts them back,
so it must not trust them blindly: apply records the SHA-256 of each original just before the
first change (:func:`record_original_hashes`), and uninstall checks every stored copy against it
before its own first change (:func:`check_store`), refusing, with nothing changed, when one is
missing or altered. What the admin changed in SP1's files after the update is found by
:func:`edited_sp1_files` and kept aside, never silently discarded.
"""

from __future__ import annotations

import os
import stat
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from ..common.paths import registry_file
from ..install.fileversion import sha256_file
from ..install.models import Release, RelPath
from .payload import sp1_payload

STORE_REL = ".rms-wizard/rollback/SP1"
#: Where uninstall keeps the SP1 files an admin changed after the update (one folder per run).
KEPT_REL = ".rms-wizard/kept"
_HASH_THREADS = 4


class StoreEntry(BaseModel):
    path: RelPath  # relative, no '..': a store naming anything else is refused as altered
    action: Literal["added", "replaced"]
    original_sha256: str | None = None
    #: What the update put there (an admin's later change shows against it).
    sp1_sha256: str | None = None
    created_dirs: list[str] = []


class RollbackStore(BaseModel):
    """What the rollback store holds: enough to put the previous release back exactly."""

    format: Literal[1] = 1
    release: Release = Release.SP1
    created: datetime
    install_dir: RelPath
    entries: list[StoreEntry]
    logging_db: RelPath | None = None
    config_db: RelPath | None = None
    config_db_migrated: bool = False
    #: The original registry export and logging database, as they were before the update.
    registry_sha256: str | None = None
    logging_db_sha256: str | None = None


def _join(root: Path, rel: str) -> Path:
    return root.joinpath(*rel.split("/"))


def _sha256_or_none(path: Path) -> str | None:
    """The file's hash; None when it is missing or not a plain file (a link is not followed)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        return sha256_file(path)
    except OSError:
        return None


def _hash_all(paths: list[Path]) -> list[str | None]:
    # hashlib and the reads release the GIL: a few threads read the files side by side.
    with ThreadPoolExecutor(max_workers=_HASH_THREADS) as pool:
        return list(pool.map(_sha256_or_none, paths))


def load_store(root: Path) -> RollbackStore | None:
    path = _join(root, STORE_REL) / "store.json"
    if not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    try:
        return RollbackStore.model_validate_json(text)
    except ValidationError:
        # Not a store this wizard wrote (a path out of the install, a field gone): refused,
        # nothing touched.
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The rollback store %1 has been altered or damaged (it names a path outside "
                    "the install, or a part is missing): SP1 is not removed and nothing was "
                    "changed.",
                ),
                path,
            )
        ) from None


def record_original_hashes(root: Path, store: RollbackStore) -> RollbackStore:
    """``store`` with the hash of every original it is about to keep, read from the live tree.

    Called while the update is staged, before its first change. Planning hashes only the
    unversioned files; a versioned binary it replaces is hashed here.
    """
    entries = list(store.entries)
    todo = [i for i, e in enumerate(entries) if e.action == "replaced" and not e.original_sha256]
    paths = [_join(root, f"{store.install_dir}/{entries[i].path}") for i in todo]
    paths.append(registry_file(root))
    if store.logging_db:
        paths.append(_join(root, store.logging_db))
    hashes = _hash_all(paths)
    for index, digest in zip(todo, hashes, strict=False):
        entries[index] = entries[index].model_copy(update={"original_sha256": digest})
    return store.model_copy(
        update={
            "entries": entries,
            "registry_sha256": hashes[len(todo)],
            "logging_db_sha256": hashes[len(todo) + 1] if store.logging_db else None,
        }
    )


def check_store(root: Path, store: RollbackStore) -> None:
    """Every original the store keeps is there, exactly as apply recorded it; else refuse.

    The error names the first file that is missing, altered or has no recorded hash.
    """
    base = _join(root, STORE_REL)
    originals: list[tuple[str, Path, str | None]] = [
        (e.path, base / "files" / Path(*e.path.split("/")), e.original_sha256)
        for e in store.entries
        if e.action == "replaced"
    ]
    originals.append(("registry.reg", base / "registry.reg", store.registry_sha256))
    if store.logging_db:
        originals.append(("DRMS_Logging.db", base / "logging.db", store.logging_db_sha256))
    found = _hash_all([path for _, path, _ in originals])
    for (label, path, recorded), digest in zip(originals, found, strict=True):
        if recorded is None:
            text = QT_TRANSLATE_NOOP(
                "core",
                "The rollback store records no hash for %1 (%2), so it cannot be checked: SP1 is "
                "not removed and nothing was changed.",
            )
        elif digest is None:
            text = QT_TRANSLATE_NOOP(
                "core",
                "The rollback store's copy of %1 (%2) is missing: SP1 is not removed and nothing "
                "was changed.",
            )
        elif digest != recorded:
            text = QT_TRANSLATE_NOOP(
                "core",
                "The rollback store's copy of %1 (%2) was changed after SP1 was installed: SP1 is "
                "not removed and nothing was changed.",
            )
        else:
            continue
        raise BadInputError(msg(text, label, path))


def edited_sp1_files(root: Path, install_rel: str, installed: dict[str, str | None]) -> list[str]:
    """The SP1 files the admin changed after the update: of ``installed`` (path in the install
    folder → the hash the update wrote, None for SP1's shipped one), those whose content differs
    now. A missing file is not listed."""
    shipped = sp1_payload().manifest.by_path()
    expected = {
        path: digest or (shipped[path.lower()].sha256 if path.lower() in shipped else None)
        for path, digest in installed.items()
    }
    known = [path for path, digest in expected.items() if digest is not None]
    found = _hash_all([_join(root, f"{install_rel}/{path}") for path in known])
    return [
        path
        for path, digest in zip(known, found, strict=True)
        if digest is not None and digest != expected[path]
    ]
