"""The training scenario's model: what ``resources/scenarios/<id>.json`` holds, validated.

A scenario describes a situation for a training session: the server (release, role, cluster,
customised files, pending OS updates, the private-key password), a drill (a fault that will strike,
a wrong hint), and texts in Dutch and English. :mod:`.scenario_library` reads the files,
:mod:`.sandbox` builds a folder from one.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

from ..core.fleet.topology import Client, ClusterKind
from ..core.install.models import ComponentId, OsUpdate, Release, RelPath, ServerRole
from .scenario_variables import Variable

SERVER_NAME_PATTERN = r"^[A-Za-z0-9-]{1,15}$"


class LocalText(BaseModel):
    """A text in both languages the product speaks."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    en: str = Field(min_length=1)
    nl: str = Field(min_length=1)

    def get(self, language: str) -> str:
        return self.nl if language.startswith("nl") else self.en


class Goal(LocalText):
    """A learning goal, with its ladder of hints (general first, then more specific).

    ``pages`` are the wizard pages the goal is worked on (``password``, ``preparation``...: a
    page's object name without ``Page``): the sandbox bar's Hint button there gives the next hint.
    ``item`` is the debrief item the goal is scored by; a hint taken costs part of it.
    """

    hints: list[LocalText] = []
    pages: list[str] = []
    item: str | None = None


class ModifiedFile(BaseModel):
    """An admin's customisation of an (unversioned) install file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: RelPath
    append: str = Field(min_length=1)


class ServerSpec(BaseModel):
    """One mock RMS server."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=SERVER_NAME_PATTERN)
    release: Release | None = Release.V1
    role: ServerRole = ServerRole.ROOT_CERTIFICATION
    cluster_id: str = "cluster-1"
    cluster_url: str = "https://rms.contoso.com/_wmcs"
    forest: str = "contoso.com"
    components: list[ComponentId] = list(ComponentId)
    modified_files: list[ModifiedFile] = []
    pending_os_updates: list[OsUpdate] = []
    logging_rows: int = Field(default=40, ge=0)


class Drill(BaseModel):
    """What goes wrong on purpose in a drill scenario."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fault: str | None = Field(default=None, pattern=r"^(kill|fail|disk-full)-at-step:\d+$")
    hint_password: str | None = None
    trap: LocalText


class NodeSpec(BaseModel):
    """One server of a cluster in a deployment scenario."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=SERVER_NAME_PATTERN)
    release: Release = Release.V1
    in_rotation: bool = True


class ClusterSpec(BaseModel):
    """One cluster of a deployment scenario; written to ``topology.json`` as a ``Cluster``.

    ``config_database`` names the cluster's shared configuration database (one SQL database in a
    real deployment); the sandbox keeps an identical replica of it in each node's data folder.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str = Field(min_length=1)
    kind: ClusterKind
    forest: str = Field(min_length=1)
    parent: str | None = None
    url: str = Field(min_length=1)
    config_database: str = Field(min_length=1)
    nodes: list[NodeSpec] = Field(min_length=1)


class DeploymentSpec(BaseModel):
    """The forests and clusters of a deployment scenario (each node a full mock server)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    forests: list[str] = Field(min_length=1)
    clusters: list[ClusterSpec] = Field(min_length=1)


class Scenario(BaseModel):
    """A training scenario.

    A single-server scenario has ``server``. A deployment scenario has ``deployment`` (and no
    ``server``) and writes its topology to the file ``topology`` at the root of the sandbox
    folder; a single server with ``clients`` and ``topology`` becomes a one-node cluster whose
    node is the sandbox folder itself. ``material`` is what the operator is handed (a password
    safe entry, a ticket): in a drill it may be wrong on purpose.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal[1] = 1
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    title: LocalText
    level: Literal["beginner", "intermediate", "advanced"]
    duration_minutes: int = Field(ge=1, le=480)
    #: Shown counting down on the sandbox bar (None: the bar counts the time taken up).
    time_limit_minutes: int | None = Field(default=None, ge=1, le=480)
    goals: list[Goal] = Field(min_length=1)
    briefing: LocalText
    material: list[LocalText] = []
    key_password: str = Field(min_length=1)
    server: ServerSpec | None = None
    topology: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_-]+\.json$")
    deployment: DeploymentSpec | None = None
    clients: list[Client] = []
    drill: Drill | None = None
    keep_statistics: bool = False
    #: Values drawn per run, used as ``${name}`` in the texts (:mod:`.scenario_variables`).
    variables: dict[str, Variable] = {}
    #: The seed the variables were drawn from (set when the file is read).
    seed: int | None = None

    @model_validator(mode="after")
    def _one_shape(self) -> Scenario:
        if self.deployment is not None and self.server is not None:
            raise ValueError("a scenario has either a server or a deployment, not both")
        if (self.deployment is not None or self.clients) and self.topology is None:
            raise ValueError("a deployment or clients need a topology file name")
        single = self.server is not None and self.server.release is not None
        if self.topology is not None and self.deployment is None and not single:
            raise ValueError("a topology needs a deployment or an installed server")
        return self

    def password(self) -> SecretStr:
        return SecretStr(self.key_password)


__all__ = [
    "SERVER_NAME_PATTERN",
    "ClusterSpec",
    "DeploymentSpec",
    "Drill",
    "Goal",
    "LocalText",
    "ModifiedFile",
    "NodeSpec",
    "Scenario",
    "ServerSpec",
]
