"""How the core's enumerated values read to a person: one table per kind, for every edge.

The core's raw values (``"keep-modified"``, ``"root-certification"``, ``"admin"``...) are stable
keys for files, JSON and scripts; a person sees these labels instead, in their language. The GUI
pages, the CLI's human-readable output and the debrief all take their labels from here, so a value
reads the same everywhere. Each function returns a :class:`Message` (translated where it is shown);
an unknown value comes back as itself, untranslated, rather than failing.
"""

from __future__ import annotations

from ..common.messages import QT_TRANSLATE_NOOP, Message, msg, verbatim

_ACTIONS = {
    "add": QT_TRANSLATE_NOOP("core", "Add"),
    "replace": QT_TRANSLATE_NOOP("core", "Replace"),
    "keep": QT_TRANSLATE_NOOP("core", "Keep"),
    "keep-modified": QT_TRANSLATE_NOOP("core", "Keep (changed by you)"),
}

_COMPONENTS = {
    "server": QT_TRANSLATE_NOOP("core", "Server"),
    "admin": QT_TRANSLATE_NOOP("core", "Administration"),
    "logging": QT_TRANSLATE_NOOP("core", "Logging"),
    "client": QT_TRANSLATE_NOOP("core", "Client"),
}

_ROLES = {
    "root-certification": QT_TRANSLATE_NOOP("core", "Root certification server"),
    "licensing": QT_TRANSLATE_NOOP("core", "Licensing-only server"),
}

_STATUSES = {
    "installed": QT_TRANSLATE_NOOP("core", "installed"),
    "none": QT_TRANSLATE_NOOP("core", "not installed"),
    "interrupted": QT_TRANSLATE_NOOP("core", "interrupted update (run the recovery first)"),
    "inconsistent": QT_TRANSLATE_NOOP("core", "inconsistent (not a state Setup can update)"),
}

_LEVELS = {
    "beginner": QT_TRANSLATE_NOOP("core", "Beginner"),
    "intermediate": QT_TRANSLATE_NOOP("core", "Intermediate"),
    "advanced": QT_TRANSLATE_NOOP("core", "Advanced"),
}

_YES = QT_TRANSLATE_NOOP("core", "Yes")
_NO = QT_TRANSLATE_NOOP("core", "No")


def _label(table: dict[str, str], value: str) -> Message:
    text = table.get(value)
    # Unknown values stay as they are (a newer file read by an older wizard): never a KeyError.
    return msg(text) if text is not None else verbatim(value)


def action_label(action: str) -> Message:
    """A plan action (:class:`~.models.FileAction` value): "Add", "Keep (changed by you)"..."""
    return _label(_ACTIONS, action)


def component_label(component: str) -> Message:
    """An RMS component (:class:`~.models.ComponentId` value): "Server", "Administration"..."""
    return _label(_COMPONENTS, component)


def role_label(role: str) -> Message:
    """A server role (:class:`~.models.ServerRole` value): "Root certification server"..."""
    return _label(_ROLES, role)


def status_label(status: str) -> Message:
    """An install status (:class:`~.models.InstallStatus` value): "installed", "not installed"..."""
    return _label(_STATUSES, status)


def level_label(level: str) -> Message:
    """A training scenario's level: "Beginner", "Intermediate", "Advanced"."""
    return _label(_LEVELS, level)


def yes_no(value: bool) -> Message:
    return msg(_YES if value else _NO)
