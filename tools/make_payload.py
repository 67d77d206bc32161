"""Generate the 1.0 baseline and the SP1 payload under resources/ (synthetic, deterministic).

Run: .venv/bin/python tools/make_payload.py
The table below is the source of truth; it covers every versioning case the plan must handle:
files SP1 adds, files it replaces with a higher version, files it ships at the same version, an
unversioned file it updates, an unversioned file it ships unchanged, a versioned file replacing an
unversioned one, and 1.0 files SP1 does not ship at all.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rms_wizard.core.install.models import FileVersion
from rms_wizard.core.install.pe_image import LANG_EN_US, versioned_binary

V1 = FileVersion.parse("5.2.3790.134")
SP1 = FileVersion.parse("5.2.3790.300")
RES = Path(__file__).resolve().parents[1] / "resources"

# path, component, 1.0 form, SP1 form. A form is ("bin", version) | ("text", revision) | None.
TABLE: list[tuple[str, str, tuple[str, object] | None, tuple[str, object] | None]] = [
    ("bin/DRMSServer.dll", "server", ("bin", V1), ("bin", SP1)),
    ("bin/DRMSCrypto.dll", "server", ("bin", V1), ("bin", SP1)),
    ("bin/DRMSCertification.dll", "server", ("bin", V1), ("bin", V1)),
    ("bin/DRMSTemplates.dll", "server", ("text", 1), ("bin", SP1)),
    ("bin/DRMSOfflineEnrollment.dll", "server", None, ("bin", SP1)),
    ("bin/DRMSTrace.dll", "server", ("bin", V1), None),
    ("_wmcs/web.config", "server", ("text", 1), ("text", 2)),
    ("_wmcs/certification/certification.asmx", "server", ("text", 1), ("text", 1)),
    ("_wmcs/licensing/license.asmx", "server", ("text", 1), ("text", 2)),
    ("_wmcs/licensing/publish.asmx", "server", ("text", 1), ("text", 1)),
    ("_wmcs/licensing/offlineenroll.asmx", "server", None, ("text", 2)),
    ("admin/DRMSAdmin.dll", "admin", ("bin", V1), ("bin", SP1)),
    ("admin/Default.aspx", "admin", ("text", 1), ("text", 2)),
    ("admin/admin.css", "admin", ("text", 1), ("text", 1)),
    ("bin/DRMSLogging.dll", "logging", ("bin", V1), ("bin", SP1)),
    ("logging/LoggingSchema.xml", "logging", ("text", 1), ("text", 2)),
    ("client/msdrm.dll", "client", ("bin", V1), ("bin", SP1)),
    ("client/RmActivate.exe", "client", ("bin", V1), ("bin", SP1)),
    ("client/SecProcServerLockbox.dll", "client", None, ("bin", SP1)),
    ("client/rmsclient.xml", "client", ("text", 1), ("text", 2)),
    ("readme-1.0.txt", "server", ("text", 1), None),
]

TEXT_TEMPLATES = {
    ".config": '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n'
    '    <add key="ServiceRelease" value="{release}" />\n'
    '    <add key="OfflineEnrollment" value="{offline}" />\n  </appSettings>\n'
    '  <system.web>\n    <compilation debug="false" />\n  </system.web>\n</configuration>\n',
    ".asmx": '<%@ WebService Language="C#" Class="Microsoft.DigitalRights.{name}" %>\n'
    "<!-- Windows Rights Management Services {release} -->\n",
    ".aspx": '<%@ Page Language="C#" Inherits="Microsoft.DigitalRights.Admin.{name}" %>\n'
    "<html><head><title>Windows RMS Administration</title></head>\n"
    "<body><!-- administration site, {release} --></body></html>\n",
    ".css": "body {{ font-family: Tahoma, Verdana, sans-serif; font-size: 8pt; }}\n"
    "/* {release} */\n",
    ".xml": '<?xml version="1.0" encoding="utf-8"?>\n<rms release="{release}" name="{name}">\n'
    '  <feature id="selfActivation" enabled="{offline}" />\n</rms>\n',
    ".txt": "Microsoft Windows Rights Management Services {release}\n"
    "Read the release notes before changing this server.\n",
    ".dll": "[mock unversioned library {name}, {release}]\n",
}


def text_content(path: str, revision: int) -> bytes:
    suffix = Path(path).suffix
    release = "1.0" if revision == 1 else "SP1"
    body = TEXT_TEMPLATES[suffix].format(
        release=release, name=Path(path).stem, offline="true" if revision == 2 else "false"
    )
    return body.replace("\n", "\r\n").encode("utf-8")


def binary_content(path: str, version: FileVersion) -> bytes:
    # Deterministic filler so files have realistic, distinct sizes and hashes.
    seed = hashlib.sha256(f"{path}:{version}".encode()).digest()
    body = (seed * (64 + len(path) * 8))[: 2048 + 97 * len(path)]
    return versioned_binary(version, f"Windows Rights Management Services {Path(path).name}", body)


def content(path: str, form: tuple[str, object]) -> bytes:
    kind, value = form
    if kind == "bin":
        assert isinstance(value, FileVersion)
        return binary_content(path, value)
    assert isinstance(value, int)
    return text_content(path, value)


MIGRATION = {
    "add_columns": [
        {
            "table": "DRMS_RightsTemplates",
            "column": {"name": "TemplateVersion", "sql_type": "INTEGER", "default": 1},
        },
        {
            "table": "DRMS_TrustedUserDomains",
            "column": {"name": "ForestName", "sql_type": "TEXT", "default": None},
        },
        {
            "table": "DRMS_ClusterPolicies",
            "column": {"name": "Sp1PolicyFlags", "sql_type": "INTEGER", "default": 0},
        },
    ],
    "create_tables": [
        {
            "table": "DRMS_OfflineEnrollment",
            "columns": [
                {"name": "RequestId", "sql_type": "TEXT"},
                {"name": "Status", "sql_type": "TEXT", "default": "pending"},
                {"name": "CreatedUtc", "sql_type": "TEXT"},
            ],
        }
    ],
    "schema_release": "SP1",
}


def write_release(name: str, release: str, version: FileVersion, column: int) -> None:
    folder = RES / name
    if folder.exists():
        shutil.rmtree(folder)
    entries = []
    for row in TABLE:
        path, component, form = row[0], row[1], row[column]
        if form is None:
            continue
        data = content(path, form)  # type: ignore[arg-type]
        target = folder / "files" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        entries.append(
            {
                "path": path,
                "component": component,
                "version": str(form[1]) if form[0] == "bin" else None,
                **({"languages": [LANG_EN_US]} if form[0] == "bin" else {}),
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
            }
        )
    manifest: dict[str, object] = {
        "format": 1,
        "release": release,
        "product_version": str(version),
        "files": entries,
    }
    if release == "SP1":
        manifest["config_db_migration"] = MIGRATION
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_release("baseline", "1.0", V1, 2)
    write_release("sp1", "SP1", SP1, 3)
    print("wrote", RES / "baseline", "and", RES / "sp1")
