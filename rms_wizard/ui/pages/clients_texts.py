"""The Clients page's texts: what the SP1 client brings, each client's row, and what updating the
remaining 1.0 clients changes for the deployment (from the core's matrix).

Kept apart from the page's widgets (the strings keep the page's translation context; the text with
a count in it stays on the page, where lupdate marks it as plural).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.common.messages import RmsError
from ...core.fleet.interop import (
    ClientMix,
    ServerVersion,
    client_mix,
    compare,
    features_for,
    value_text,
)
from ...core.fleet.topology import Topology
from ...i18n import tr_message
from .base import fmt


def benefits_text() -> str:
    """What the SP1 client does better than RMS client 1.0, a bullet a line."""
    return "\n".join(
        "\u2022 " + text
        for text in (
            QCoreApplication.translate(
                "ClientsPage",
                "activates by itself: no lockbox download from Microsoft over the internet;",
            ),
            QCoreApplication.translate(
                "ClientsPage", "installs through SMS or Group Policy without administrator rights;"
            ),
            QCoreApplication.translate(
                "ClientsPage",
                "brings the server lockbox (server security processor) for server "
                "applications such as SharePoint services and Exchange 2003;",
            ),
            QCoreApplication.translate("ClientsPage", "uses FIPS 140-2 validated algorithms;"),
            QCoreApplication.translate(
                "ClientsPage", "stays compatible with applications written for the 1.0 client."
            ),
        )
    )


def version_text(version: str) -> str:
    if version == "1.0":
        return QCoreApplication.translate("ClientsPage", "RMS client 1.0")
    if version == "SP1":
        return QCoreApplication.translate("ClientsPage", "SP1 client")
    return QCoreApplication.translate("ClientsPage", "No RMS client")


def deployment_text(deployment: str) -> str:
    return {
        "manual": QCoreApplication.translate("ClientsPage", "Installed by hand"),
        "sms": QCoreApplication.translate("ClientsPage", "SMS"),
        "group-policy": QCoreApplication.translate("ClientsPage", "Group Policy"),
    }.get(deployment, deployment)


def _server_version(topology: Topology | None) -> ServerVersion:
    versions = {n.version for c in topology.clusters for n in c.nodes} if topology else set()
    return "1.0" if versions == {"1.0"} else "SP1"


def _mixes(topology: Topology | None) -> tuple[ClientMix, ClientMix] | None:
    """The client mix now and once every 1.0 client runs SP1 (None: no RMS client)."""
    if topology is None:
        return None
    versions = [c.version for c in topology.clients]
    try:
        now = client_mix(versions)
        after = client_mix("SP1" if v == "1.0" else v for v in versions)
    except RmsError:
        return None
    return now, after


def change_lines(topology: Topology | None) -> list[str]:
    """What changes once the 1.0 clients run SP1, a line each (none: nothing changes)."""
    mixes = _mixes(topology)
    lines: list[str] = []
    if mixes is not None and mixes[0] != mixes[1]:
        server = _server_version(topology)
        lines.append(QCoreApplication.translate("ClientsPage", "Once these clients run SP1:"))
        for change in compare(features_for(server, mixes[0]), features_for(server, mixes[1])):
            lines.append(
                fmt(
                    QCoreApplication.translate("ClientsPage", "\u2022 %1: %2 \u2192 %3"),
                    tr_message(change.label),
                    tr_message(value_text(change.before)),
                    tr_message(value_text(change.after)),
                )
            )
    return lines
