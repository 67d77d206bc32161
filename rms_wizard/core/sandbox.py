"""Sandbox scenarios: data files that materialise a mock server (or a whole deployment).

A scenario (``resources/scenarios/<id>.json``, validated by :class:`Scenario`) describes a situation
for a training session: the server (release, role, cluster, customised files, pending OS updates,
the private-key password), a drill (a fault that will strike, a wrong hint), and texts in Dutch and
English. :func:`create_sandbox` builds a fresh folder from it with the same core a real run uses.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path, PureWindowsPath
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

from .configdb import create_config_db_v1
from .loggingdb import create_logging_db, sample_rows
from .messages import QT_TRANSLATE_NOOP, BadInputError, msg
from .models import ComponentId, OsUpdate, Release, RelPath, ServerRole
from .paths import registry_file, resources_dir, windows_to_root
from .payload import Payload, baseline_payload
from .private_key import create_encrypted_private_key
from .regfile import RegFile, write_reg_atomic
from .registry import (
    COMPONENT_VALUES,
    COMPONENTS_KEY,
    DRMS_KEY,
    OS_KEY,
    PENDING_UPDATES_KEY,
    SERVER_KEY,
)
from .scenario_variables import Variable
from .topology import Client, ClusterKind

SANDBOX_MARKER = ".rms-sandbox.json"
#: Written when a drill's fault has been handed out, so a retry after the drill runs normally.
DRILL_MARKER = ".rms-sandbox-drill.json"
SERVER_NAME_PATTERN = r"^[A-Za-z0-9-]{1,15}$"
INSTALL_PATH = r"C:\Program Files\Windows Rights Management Services"
DATA_PATH = r"C:\RMSData"


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


def scenarios_dir() -> Path:
    return resources_dir() / "scenarios"


def load_scenario_file(path: Path, seed: int | None = None) -> Scenario:
    from .scenario_library import read_scenario

    return read_scenario(path, seed)


def list_scenarios() -> list[Scenario]:
    """Ours and the trainer's (:mod:`.scenario_library`)."""
    from .scenario_library import scenario_files

    return [load_scenario_file(path) for path in scenario_files().values()]


def get_scenario(scenario_id: str, seed: int | None = None) -> Scenario:
    from .scenario_library import scenario_files

    files = scenario_files()
    if scenario_id not in files:
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP("core", "Unknown scenario %1. Known scenarios: %2"),
                scenario_id,
                ", ".join(files),
            )
        )
    return load_scenario_file(files[scenario_id], seed)


def server_registry(spec: ServerSpec | None) -> RegFile:
    """The registry export of a machine: Windows, and the RMS keys when RMS is installed."""
    reg = RegFile()
    reg = reg.with_value(OS_KEY, "ProductName", "Microsoft Windows Server 2003 R2")
    reg = reg.with_value(OS_KEY, "CurrentVersion", "5.2")
    if spec is None:
        return reg
    for update in spec.pending_os_updates:
        reg = reg.with_value(PENDING_UPDATES_KEY, update.id, update.severity)
    if spec.release is None:
        return reg
    data = PureWindowsPath(DATA_PATH)
    reg = reg.with_value(DRMS_KEY, "InstallPath", INSTALL_PATH)
    reg = reg.with_value(DRMS_KEY, "ProductName", "Microsoft Windows Rights Management Services")
    reg = reg.with_value(DRMS_KEY, "ProductVersion", "1.0")
    reg = reg.with_value(DRMS_KEY, "FileVersion", "5.2.3790.134")
    reg = reg.with_value(DRMS_KEY, "ServicePackLevel", 0)
    role = "RootCertification" if spec.role is ServerRole.ROOT_CERTIFICATION else "Licensing"
    for name, value in (
        ("ServerName", spec.name),
        ("Role", role),
        ("ClusterId", spec.cluster_id),
        ("ClusterUrl", spec.cluster_url),
        ("Forest", spec.forest),
        ("ConfigDatabase", str(data / "DRMS_Config.db")),
        ("LoggingDatabase", str(data / "DRMS_Logging.db")),
        ("PrivateKeyFile", str(data / "ServerPrivateKey.pem")),
    ):
        reg = reg.with_value(SERVER_KEY, name, value)
    for component, value_name in COMPONENT_VALUES.items():
        reg = reg.with_value(
            COMPONENTS_KEY, value_name, int(ComponentId(component) in spec.components)
        )
    return reg


def build_server(
    folder: Path, spec: ServerSpec | None, password: SecretStr, baseline: Payload | None = None
) -> None:
    """Materialise a 1.0 server (or a bare machine when ``spec`` or its release is None).

    SP1 servers are built as 1.0 and then updated by the caller with the real apply, so they carry
    a true rollback store.
    """
    folder.mkdir(parents=True, exist_ok=True)
    write_reg_atomic(registry_file(folder), server_registry(spec))
    if spec is None or spec.release is None:
        return
    baseline = baseline or baseline_payload()
    install = windows_to_root(folder, INSTALL_PATH)
    wanted = set(spec.components)
    for item in baseline.manifest.files:
        if item.component not in wanted:
            continue
        target = install.joinpath(*item.path.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(baseline.source(item.path), target)
    for change in spec.modified_files:
        target = install.joinpath(*change.path.split("/"))
        with target.open("ab") as handle:
            handle.write(change.append.replace("\n", "\r\n").encode("utf-8"))
    data = windows_to_root(folder, DATA_PATH)
    create_config_db_v1(data / "DRMS_Config.db")
    create_logging_db(data / "DRMS_Logging.db", "1.0", sample_rows(spec.logging_rows))
    create_encrypted_private_key(data / "ServerPrivateKey.pem", password)


def build_machine(folder: Path, spec: ServerSpec | None, password: SecretStr) -> None:
    """Build one machine of a scenario in ``folder`` with the real core.

    An SP1 server is built as 1.0, backed up (``backups/pre-sp1``) and updated with the real apply,
    so it has a true rollback store and a pre-SP1 backup to practise restoring.
    """
    from .apply import apply_update
    from .backup import make_backup
    from .detect import detect_install
    from .fault_plan import FaultPlan

    if spec is not None and spec.release is Release.SP1:
        build_server(folder, spec.model_copy(update={"release": Release.V1}), password)
        backup = folder / "backups" / "pre-sp1"
        make_backup(detect_install(folder), backup, include_logging_db=True, password=password)
        apply_update(folder, backup_dir=backup, password=password, faults=FaultPlan(None))
    else:
        build_server(folder, spec, password)


def materialise(scenario: Scenario, folder: Path) -> None:
    """Build the scenario's machine(s) in ``folder`` (see :func:`build_machine`).

    A scenario with a topology is a deployment: :func:`~.cluster_sandbox.build_deployment`.
    """
    if scenario.topology is not None:
        from .cluster_sandbox import build_deployment

        build_deployment(scenario, folder)
        return
    build_machine(folder, scenario.server, scenario.password())


def arm_drill_fault(folder: Path, scenario: Scenario) -> str | None:
    """The drill's fault for this run of the sandbox in ``folder``: handed out once.

    The first call returns ``scenario.drill.fault`` (for ``FaultPlan``/``RMS_WIZARD_FAULT``) and
    records that it did, *before* the fault can strike (a ``kill-at-step`` leaves no chance to
    write afterwards); later calls return None, so the retry after the rollback or the recovery
    runs normally. A reset starts the drill again.
    """
    if scenario.drill is None or scenario.drill.fault is None:
        return None
    marker = folder / DRILL_MARKER
    if marker.exists():
        return None
    marker.write_text(
        json.dumps({"scenario": scenario.id, "fault": scenario.drill.fault}) + "\n",
        encoding="utf-8",
    )
    return scenario.drill.fault


def write_marker(folder: Path, scenario: Scenario) -> None:
    """The scenario's id and seed (never a drawn value: the password is one)."""
    from .scenario_library import scenario_files

    marker: dict[str, object] = {"scenario": scenario.id, "format": 1, "seed": scenario.seed}
    path = scenario_files().get(scenario.id)
    if path is not None and path.parent.resolve() != scenarios_dir().resolve():
        marker["file"] = str(path.resolve())  # a trainer's: found again without --scenarios
    (folder / SANDBOX_MARKER).write_text(json.dumps(marker) + "\n", encoding="utf-8")


def _marker(folder: Path) -> dict[str, object]:
    try:
        data = json.loads((folder / SANDBOX_MARKER).read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data["scenario"], str):
            return data
    except (OSError, ValueError, KeyError, TypeError):
        pass
    raise BadInputError(
        msg(QT_TRANSLATE_NOOP("core", "%1 is not a sandbox folder made by this tool."), folder)
    )


def read_marker(folder: Path) -> str:
    return str(_marker(folder)["scenario"])


def sandbox_scenario(folder: Path) -> Scenario:
    """The scenario of the sandbox in ``folder`` with the values of its own run (its seed)."""
    marker = _marker(folder)
    seed = marker.get("seed")
    seed = seed if isinstance(seed, int) else None
    file = marker.get("file")
    if isinstance(file, str) and Path(file).is_file():
        return load_scenario_file(Path(file), seed)
    return get_scenario(str(marker["scenario"]), seed)


def create_sandbox(scenario_id: str, folder: Path, seed: int | None = None) -> Scenario:
    """Materialise ``scenario_id`` into ``folder`` (which must be absent or empty), its variables
    drawn from ``seed`` (a new one when None: each run its own values)."""
    from .scenario_variables import new_seed

    scenario = get_scenario(scenario_id, new_seed() if seed is None else seed)
    return _create(scenario, folder)


def _create(scenario: Scenario, folder: Path) -> Scenario:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "The folder %1 exists and is not empty."), folder)
        )
    materialise(scenario, folder)
    write_marker(folder, scenario)
    return scenario


def reset_sandbox(folder: Path) -> Scenario:
    """Start the scenario in ``folder`` again from a fresh copy (the same seed: the same values)."""
    scenario = sandbox_scenario(folder)  # an unknown scenario must not cost the folder
    shutil.rmtree(folder)
    return _create(scenario, folder)
