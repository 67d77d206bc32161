"""The SP1 payload and the 1.0 baseline: manifests (pydantic) and the files they describe.

``resources/sp1/manifest.json`` lists every file SP1 ships (path inside the install folder,
component, file version or none, SHA-256, size) and the configuration-database change SP1 makes;
``resources/baseline/manifest.json`` lists what a pristine 1.0 install holds. Both folders keep the
files themselves under ``files/``. ``tools/make_payload.py`` generates them.
"""

from __future__ import annotations

import json
import os
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg, os_error_message
from ..common.paths import resources_dir
from ..install.models import ComponentId, FileVersion, Release, RelPath, Sha256


class ManifestFile(BaseModel):
    """One file of a release: where it goes, which component owns it, and what it is."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: RelPath
    component: ComponentId
    version: FileVersion | None = None
    #: The LANGIDs the file's version resource lists, as Windows Installer's File table holds them.
    languages: tuple[int, ...] = ()
    sha256: Sha256
    size: int = Field(ge=0)
    #: The versioned file of the same release whose versioning decides this one's installation
    #: (Windows Installer's companion file), or None.
    companion: RelPath | None = None


class ColumnDef(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    sql_type: Literal["TEXT", "INTEGER", "BLOB"]
    default: str | int | None = None


class AddColumn(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    table: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    column: ColumnDef


class CreateTable(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    table: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    columns: list[ColumnDef] = Field(min_length=1)


class ConfigDbMigration(BaseModel):
    """What SP1 adds to the configuration database (fields a 1.0 install ignores)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    add_columns: list[AddColumn] = []
    create_tables: list[CreateTable] = []
    schema_release: Release = Release.SP1


class Manifest(BaseModel):
    """The file list of one release."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal[1] = 1
    release: Release
    product_version: FileVersion
    files: list[ManifestFile]
    config_db_migration: ConfigDbMigration | None = None

    @field_validator("files")
    @classmethod
    def _unique_paths(cls, files: list[ManifestFile]) -> list[ManifestFile]:
        seen: set[str] = set()
        for item in files:
            key = item.path.lower()  # Windows paths are case-insensitive
            if key in seen:
                raise ValueError(f"duplicate path {item.path!r}")
            seen.add(key)
        versioned = {item.path.lower() for item in files if item.version is not None}
        for item in files:
            if item.companion is not None and item.companion.lower() not in versioned - {
                item.path.lower()
            }:
                raise ValueError(
                    f"the companion of {item.path!r} must be another versioned file of the manifest"
                )
        return files

    def by_path(self) -> dict[str, ManifestFile]:
        return {item.path.lower(): item for item in self.files}


class Payload(BaseModel):
    """A loaded release: its manifest and the folder holding its files."""

    model_config = ConfigDict(frozen=True)

    manifest: Manifest
    files_dir: Path

    @cached_property
    def _tree(self) -> tuple[Path, bool]:
        """The resolved payload folder, and whether any link stands inside it (walked once)."""
        base = self.files_dir.resolve()
        has_links = any(
            os.path.islink(os.path.join(folder, name))
            for folder, dirs, files in os.walk(base)
            for name in (*dirs, *files)
        )
        return base, has_links

    def source(self, rel_path: str) -> Path:
        """The payload file for ``rel_path``, checked to stay inside the payload folder.

        A payload without links (the normal case) needs one ``stat`` per file; only a payload
        holding links pays for resolving each path.
        """
        base, has_links = self._tree
        candidate = base.joinpath(*rel_path.split("/"))
        if not has_links:
            if candidate.is_file():
                return candidate
            raise BadInputError(
                msg(QT_TRANSLATE_NOOP("core", "The payload file %1 is missing."), rel_path)
            )
        try:
            resolved = candidate.resolve(strict=True)
        except OSError:
            raise BadInputError(
                msg(QT_TRANSLATE_NOOP("core", "The payload file %1 is missing."), rel_path)
            ) from None
        if not resolved.is_relative_to(base):
            raise BadInputError(
                msg(
                    QT_TRANSLATE_NOOP("core", "The payload file %1 points outside the payload."),
                    rel_path,
                )
            )
        return resolved


def load_manifest(path: Path) -> Manifest:
    """Read and validate a manifest; any problem is a one-line :class:`BadInputError`."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP("core", "Cannot read the manifest %1: %2"),
                path,
                os_error_message(exc),
            )
        ) from None
    except UnicodeDecodeError as exc:  # not UTF-8 text: a ValueError, not an OSError
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP("core", "The manifest %1 is not valid JSON: %2"), path, exc.reason
            )
        ) from None
    try:
        return Manifest.model_validate(json.loads(raw))
    except json.JSONDecodeError as exc:
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "The manifest %1 is not valid JSON: %2"), path, exc.msg)
        ) from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP("core", "The manifest %1 is not valid: %2: %3"),
                path,
                where,
                first["msg"],
            )
        ) from None


def load_payload(folder: Path) -> Payload:
    """Load the release in ``folder`` (``manifest.json`` + ``files/``)."""
    manifest = load_manifest(folder / "manifest.json")
    return Payload(manifest=manifest, files_dir=folder / "files")


def sp1_payload() -> Payload:
    """The SP1 payload shipped with the wizard."""
    return load_payload(resources_dir() / "sp1")


def baseline_payload() -> Payload:
    """The pristine RMS 1.0 install (what scenarios materialise and what ``verify`` compares to)."""
    return load_payload(resources_dir() / "baseline")
