"""A scenario's mock server: its registry export, install files, databases and private key.

Built with the same core a real run uses: an SP1 server is built as 1.0 and updated with the real
apply (:func:`build_machine`), so it carries a true rollback store.
"""

from __future__ import annotations

import shutil
from pathlib import Path, PureWindowsPath

from pydantic import SecretStr

from ..core.common.paths import INSTALL_PATH, registry_file, windows_to_root
from ..core.engine.apply import apply_update
from ..core.engine.backup import make_backup
from ..core.engine.configdb import create_config_db_v1
from ..core.engine.detect import detect_install
from ..core.engine.fault_plan import FaultPlan
from ..core.engine.loggingdb import create_logging_db, sample_rows
from ..core.engine.payload import Payload, baseline_payload
from ..core.install.models import ComponentId, Release, ServerRole
from ..core.install.regfile import RegFile, write_reg_atomic
from ..core.install.registry import (
    COMPONENT_VALUES,
    COMPONENTS_KEY,
    DRMS_KEY,
    OS_KEY,
    PENDING_UPDATES_KEY,
    SERVER_KEY,
)
from ..core.keys.private_key import create_encrypted_private_key
from .scenario_model import ServerSpec

#: Where a mock server keeps its databases and private key.
DATA_PATH = r"C:\RMSData"


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
    if spec is not None and spec.release is Release.SP1:
        build_server(folder, spec.model_copy(update={"release": Release.V1}), password)
        backup = folder / "backups" / "pre-sp1"
        make_backup(detect_install(folder), backup, include_logging_db=True, password=password)
        apply_update(folder, backup_dir=backup, password=password, faults=FaultPlan(None))
    else:
        build_server(folder, spec, password)


__all__ = ["DATA_PATH", "build_machine", "build_server", "server_registry"]
