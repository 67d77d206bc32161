"""Pydantic models shared by the whole core: versions, files, the detected install state."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import total_ordering
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_serializer, model_validator

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, msg


class Release(StrEnum):
    """RMS product releases the wizard knows."""

    V1 = "1.0"
    SP1 = "SP1"


class InstallStatus(StrEnum):
    """What detection concluded about the install as a whole."""

    INSTALLED = "installed"
    NONE = "none"
    INTERRUPTED = "interrupted"
    INCONSISTENT = "inconsistent"


class ServerRole(StrEnum):
    """An RMS server is either the root certification server or a licensing-only server."""

    ROOT_CERTIFICATION = "root-certification"
    LICENSING = "licensing"


class ComponentId(StrEnum):
    """The RMS components a server install is made of."""

    SERVER = "server"
    ADMIN = "admin"
    LOGGING = "logging"
    CLIENT = "client"


class FileAction(StrEnum):
    """What the update does with one file (Windows Installer's default file-versioning rules)."""

    ADD = "add"
    REPLACE = "replace"
    KEEP = "keep"
    KEEP_MODIFIED = "keep-modified"


#: One to four fields of digits (Windows Installer's Version data type: ``1``, ``1.0``,
#: ``1.00.10``, ``1.0.1000.0``), each at most 65535.
_VERSION_RE = re.compile(r"^[0-9]+(?:\.[0-9]+){0,3}$")
_VERSION_FIELD_MAX = 0xFFFF


def _version_fields(text: str) -> tuple[int, int, int, int] | None:
    """The four fields of a version string (missing ones are 0), or None when it is not one."""
    text = text.strip()
    if not _VERSION_RE.match(text):
        return None
    fields = [int(part) for part in text.split(".")]
    if any(field > _VERSION_FIELD_MAX for field in fields):
        return None
    fields += [0] * (4 - len(fields))
    return fields[0], fields[1], fields[2], fields[3]


@total_ordering
class FileVersion(BaseModel):
    """A file version as a PE version resource holds it: four parts, each 0..65535.

    Text has one to four fields and missing fields are 0, so ``1``, ``1.0``, ``1.0.0000`` and
    ``1.0.0.0`` are the same version, as Windows Installer compares them. It is always written
    back with four fields.
    """

    model_config = ConfigDict(frozen=True)

    major: int = Field(ge=0, le=0xFFFF)
    minor: int = Field(ge=0, le=0xFFFF)
    build: int = Field(ge=0, le=0xFFFF)
    revision: int = Field(ge=0, le=0xFFFF)

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        """JSON files hold versions as ``"5.2.3790.134"``."""
        if isinstance(value, str):
            fields = _version_fields(value)
            if fields is None:
                raise ValueError(f"not a file version: {value!r}")
            return dict(zip(("major", "minor", "build", "revision"), fields, strict=True))
        return value

    @classmethod
    def parse(cls, text: str) -> FileVersion:
        """The version ``text`` holds; a :class:`BadInputError` naming it when it holds none."""
        fields = _version_fields(text)
        if fields is None:
            raise BadInputError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "%1 is not a file version: one to four numbers from 0 to 65535, separated by dots, such as 5.2.3790.134.",
                    ),
                    repr(text),
                )
            )
        major, minor, build, revision = fields
        return cls(major=major, minor=minor, build=build, revision=revision)

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.major, self.minor, self.build, self.revision)

    def __str__(self) -> str:
        return ".".join(str(p) for p in self.as_tuple())

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, FileVersion):
            return NotImplemented
        return self.as_tuple() < other.as_tuple()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FileVersion):
            return NotImplemented
        return self.as_tuple() == other.as_tuple()

    def __hash__(self) -> int:
        return hash(self.as_tuple())

    @model_serializer
    def _serialize(self) -> str:
        return str(self)


_DRIVE_RE = re.compile(r"^[A-Za-z]:")


def _check_relative_path(value: str) -> str:
    """A path inside an install: relative, forward slashes, no ``..``, no drive, no empty part."""
    if not value or "\\" in value or "\x00" in value:
        raise ValueError(f"not a relative path: {value!r}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are no text (a name no Windows path can hold)
        raise ValueError(f"not a relative path: {value!r}") from None
    if value.startswith("/") or _DRIVE_RE.match(value):
        raise ValueError(f"absolute path not allowed: {value!r}")
    if any(part in ("..", ".", "") for part in value.split("/")):
        raise ValueError(f"path must not contain '..', '.' or empty parts: {value!r}")
    return value


RelPath = Annotated[str, AfterValidator(_check_relative_path)]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class InstalledFile(BaseModel):
    """One file found in the install folder."""

    model_config = ConfigDict(frozen=True)

    path: RelPath
    size: int
    sha256: Sha256 | None  # None only for a versioned file detected without hashing
    version: FileVersion | None = None
    #: The LANGIDs of the file's version resource (``VarFileInfo\\Translation``); 0 is neutral.
    languages: tuple[int, ...] = ()
    #: Why a file that looks like a binary has no version (a code; None for a versioned file).
    unversioned: str | None = None
    component: ComponentId | None = None
    #: When the file was created and last modified (POSIX time), read only for the dates rule;
    #: None when not read or not known (Linux file systems may keep no creation time).
    created: float | None = None
    modified: float | None = None


class DatabaseInfo(BaseModel):
    """A configuration or logging database (SQLite in the mock install)."""

    path: str
    exists: bool
    schema_release: Release | None = None
    tables: list[str] = []
    row_count: int = 0


class PrivateKeyInfo(BaseModel):
    """The RMS server's private key file (an encrypted PKCS#8 PEM)."""

    path: str
    exists: bool
    encrypted: bool = False
    size: int = 0


class ServerIdentity(BaseModel):
    """Who the server is: name, role and cluster, as the registry records them."""

    name: str = ""
    role: ServerRole | None = None
    cluster_id: str | None = None
    cluster_url: str | None = None
    forest: str | None = None


class ComponentInfo(BaseModel):
    """A component, whether the registry lists it, and the version of its main binary."""

    id: ComponentId
    installed: bool
    version: FileVersion | None = None


class OsUpdate(BaseModel):
    """A pending operating-system update (critical or security) the admin should install first."""

    id: str
    severity: str


class InterruptedInfo(BaseModel):
    """Traces of an update, removal or recovery that did not finish."""

    operation: str
    steps_done: int
    steps_total: int
    committed: bool
    lock_holder_alive: bool = False


class InstallState(BaseModel):
    """Everything detection found about one RMS server install."""

    root: str
    status: InstallStatus
    version: Release | None = None
    registry_version: str | None = None
    install_dir: str | None = None
    identity: ServerIdentity = ServerIdentity()
    components: list[ComponentInfo] = []
    files: list[InstalledFile] = []
    config_db: DatabaseInfo | None = None
    logging_db: DatabaseInfo | None = None
    private_key: PrivateKeyInfo | None = None
    pending_os_updates: list[OsUpdate] = []
    interrupted: InterruptedInfo | None = None
    fresh_install: bool = False
    problems: list[Message] = []

    def file(self, path: str) -> InstalledFile | None:
        for item in self.files:
            if item.path.lower() == path.lower():
                return item
        return None
