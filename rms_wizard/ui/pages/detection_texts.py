"""The Detection page's texts: what the headline says for each install found, and each detail.

Kept apart from the page's widgets (the strings keep the page's translation context)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...core.common.messages import QT_TRANSLATE_NOOP
from ...core.install.labels import component_label, role_label
from ...core.install.models import InstallState, InstallStatus, Release
from ...i18n import tr_message
from ..jobs.worker import Failure
from ..state import WizardState
from .base import fmt

#: The bold line and the sentence under it for the findings whose texts depend on nothing else.
_FIXED_HEADLINES = {
    "no server": (
        QT_TRANSLATE_NOOP("DetectionPage", "No RMS server install was found on this computer."),
        QT_TRANSLATE_NOOP(
            "DetectionPage",
            "There is nothing to update here. Start the wizard with --root FOLDER for a "
            "server folder, or with --sandbox to practise on a training copy.",
        ),
    ),
    "not installed": (
        QT_TRANSLATE_NOOP("DetectionPage", "RMS is not installed on this server."),
        QT_TRANSLATE_NOOP(
            "DetectionPage",
            "Setup can install RMS with SP1 directly. No backup is needed: there is "
            "nothing yet to lose. Afterwards, provision the server from its "
            "administration site.",
        ),
    ),
    "SP1 damaged": (
        QT_TRANSLATE_NOOP(
            "DetectionPage", "RMS with Service Pack 1 is installed, but it is damaged."
        ),
        QT_TRANSLATE_NOOP(
            "DetectionPage",
            "Some SP1 files are missing or damaged (see below). On the next page Setup can "
            "repair SP1: it reinstalls them.",
        ),
    ),
    "inconsistent": (
        QT_TRANSLATE_NOOP("DetectionPage", "This RMS install is not in a state Setup can update."),
        QT_TRANSLATE_NOOP(
            "DetectionPage",
            "The files and the registry do not agree (see below). Repair the install "
            "first; Setup will not change it as it is.",
        ),
    ),
    "SP1": (
        QT_TRANSLATE_NOOP("DetectionPage", "RMS with Service Pack 1 is installed."),
        QT_TRANSLATE_NOOP(
            "DetectionPage",
            "There is nothing to update. On the next page you can remove SP1 and return "
            "the server to RMS 1.0.",
        ),
    ),
}


def _fixed_headline(finding: str) -> tuple[str, str]:
    head, sentence = _FIXED_HEADLINES[finding]
    return (
        QCoreApplication.translate("DetectionPage", head),
        QCoreApplication.translate("DetectionPage", sentence),
    )


@dataclass(frozen=True)
class CountedTexts:
    """The texts with a count in them, translated by the page (``self.tr`` with ``%n``: the
    form lupdate marks as plural), "" where there is nothing to count."""

    changed_files: str = ""
    log_entries: str = ""
    pending_updates: str = ""


def headline_texts(
    state: WizardState, failure: Failure | None, counted: CountedTexts
) -> tuple[str, str]:
    """The page's bold line and the sentence under it, for what detection found (or not yet)."""
    install = state.install
    if state.root is None:
        return _fixed_headline("no server")
    if failure is not None:
        return (
            QCoreApplication.translate("DetectionPage", "Setup could not examine this install."),
            failure.text(),
        )
    if install is None:
        return (
            QCoreApplication.translate("DetectionPage", "Looking at what is installed\u2026"),
            "",
        )
    if install.status is InstallStatus.NONE:
        return _fixed_headline("not installed")
    if install.status is InstallStatus.INTERRUPTED:
        return (
            QCoreApplication.translate("DetectionPage", "An interrupted update was found."),
            " ".join(
                part
                for part in (
                    QCoreApplication.translate(
                        "DetectionPage", "A previous run stopped before it finished."
                    ),
                    counted.changed_files,
                    QCoreApplication.translate(
                        "DetectionPage",
                        "On the next page Setup explains what it found and brings the server "
                        "back to a known state.",
                    ),
                )
                if part
            ),
        )
    return _installed_headline(state, install)


def _installed_headline(state: WizardState, install: InstallState) -> tuple[str, str]:
    """The headline for an install that is there (1.0, SP1, or damaged)."""
    if install.status is InstallStatus.INCONSISTENT and install.version is Release.SP1:
        return _fixed_headline("SP1 damaged")
    if install.status is InstallStatus.INCONSISTENT:
        return _fixed_headline("inconsistent")
    if install.version is Release.SP1:
        return _fixed_headline("SP1")
    if state.topology_path is not None and state.sandbox:  # the interop page next
        then = QCoreApplication.translate(
            "DetectionPage",
            "Next, Setup shows what the update changes for the servers and the clients; then "
            "it checks that you have the private-key password and backs up the "
            "configuration database and the key.",
        )
    else:
        then = QCoreApplication.translate(
            "DetectionPage",
            "Next, Setup checks that you have the private-key password and helps you back "
            "up the configuration database and the key.",
        )
    return (
        QCoreApplication.translate(
            "DetectionPage", "RMS 1.0 is installed: Setup can update it to SP1."
        ),
        then,
    )


def _missing(path: str, shown: Callable[[str | None], str]) -> str:
    return fmt(QCoreApplication.translate("DetectionPage", "%1 (missing)"), shown(path))


def detail_texts(
    install: InstallState,
    counted: CountedTexts,
    shown: Callable[[str | None], str],
    severity_text: Callable[[str], str],
) -> dict[str, str]:
    """Each detail the page shows, by its key (a detail not found is left out: shown as "–")."""
    identity = install.identity
    values = {
        "server": identity.name or "–",
        "role": tr_message(role_label(identity.role.value)) if identity.role else "–",
        "cluster": fmt("%1 (%2)", identity.cluster_id, identity.cluster_url)
        if identity.cluster_id and identity.cluster_url
        else identity.cluster_id or "–",
        "forest": identity.forest or "–",
        "install_dir": shown(install.install_dir),
    }
    if install.version is not None:
        values["version"] = (
            QCoreApplication.translate("DetectionPage", "RMS 1.0")
            if install.version is Release.V1
            else QCoreApplication.translate("DetectionPage", "RMS SP1")
        )
    elif install.status is InstallStatus.NONE:
        values["version"] = QCoreApplication.translate("DetectionPage", "not installed")
    if install.config_db is not None:
        db = install.config_db
        schema = db.schema_release.value if db.schema_release else "?"
        found = QCoreApplication.translate("DetectionPage", "%1 (schema %2)")
        values["config_db"] = (
            fmt(found, shown(db.path), schema) if db.exists else _missing(db.path, shown)
        )
    if install.logging_db is not None:
        db = install.logging_db
        found = counted.log_entries
        values["logging_db"] = fmt(found, shown(db.path)) if db.exists else _missing(db.path, shown)
    if install.private_key is not None:
        key = install.private_key
        if not key.exists:
            text = QCoreApplication.translate("DetectionPage", "%1 (missing)")
        elif key.encrypted:
            text = QCoreApplication.translate("DetectionPage", "%1 (encrypted)")
        else:
            text = QCoreApplication.translate("DetectionPage", "%1 (not encrypted!)")
        values["key"] = fmt(text, shown(key.path))
    pending = install.pending_os_updates
    if pending:
        values["os_updates"] = counted.pending_updates + ", ".join(
            f"{u.id} ({severity_text(u.severity)})" for u in pending
        )
    else:
        values["os_updates"] = QCoreApplication.translate(
            "DetectionPage", "all critical and security updates installed"
        )
    return values


def form_label_texts() -> tuple[str, ...]:
    """The labels of the two forms: the server's identity, then what it holds."""
    return (
        QCoreApplication.translate("DetectionPage", "Version:"),
        QCoreApplication.translate("DetectionPage", "Server:"),
        QCoreApplication.translate("DetectionPage", "Role:"),
        QCoreApplication.translate("DetectionPage", "Cluster:"),
        QCoreApplication.translate("DetectionPage", "Forest:"),
        QCoreApplication.translate("DetectionPage", "Install folder:"),
        QCoreApplication.translate("DetectionPage", "Configuration database:"),
        QCoreApplication.translate("DetectionPage", "Logging database:"),
        QCoreApplication.translate("DetectionPage", "Private key:"),
        QCoreApplication.translate("DetectionPage", "Windows updates:"),
    )


def component_rows(install: InstallState) -> list[list[str]]:
    """The components table: each component, whether it is installed, its version."""
    yes = QCoreApplication.translate("DetectionPage", "yes")
    no = QCoreApplication.translate("DetectionPage", "no")
    return [
        [
            tr_message(component_label(component.id.value)),
            yes if component.installed else no,
            str(component.version) if component.version else "–",
        ]
        for component in install.components
    ]
