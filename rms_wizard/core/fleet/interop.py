"""Interoperability of RMS 1.0 and SP1: the seed's matrix as one data table.

SP1 and 1.0 servers coexist and work together, but what a deployment supports depends on the
server version and on the mix of clients it serves. :data:`MATRIX` holds every cell of the seed's
table; everything else here only reads it (no feature is decided by scattered conditions).

The cells are read as follows: a 1.0 server must enroll over the internet whatever its clients (only
SP1 servers support offline enrollment); v1 clients activate over the internet wherever they are
present (only SP1 clients are self-activating); the server lockbox comes with SP1 clients on an SP1
server ("all SP1 features", and "all earlier plus SP1 features" for mixed clients).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, TypeAlias, get_args

from pydantic import BaseModel, ConfigDict

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, msg

ServerVersion: TypeAlias = Literal["1.0", "SP1"]
ClientMix: TypeAlias = Literal["v1", "sp1", "mixed"]
SelfActivation: TypeAlias = Literal["none", "sp1-only", "all"]
# A client's RMS version as a topology records it ("none": no RMS client installed).
ClientVersion: TypeAlias = Literal["none", "1.0", "SP1"]
FeatureValue: TypeAlias = bool | SelfActivation

SERVER_VERSIONS: tuple[ServerVersion, ...] = get_args(ServerVersion)
CLIENT_MIXES: tuple[ClientMix, ...] = get_args(ClientMix)
CLIENT_VERSIONS: tuple[ClientVersion, ...] = get_args(ClientVersion)


class InteropFeatures(BaseModel):
    """What a deployment supports: one cell of the matrix (field names are the CLI's JSON keys)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    offline_enrollment: bool
    server_enrolls_over_internet: bool
    self_activating_clients: SelfActivation
    v1_clients_activate_over_internet: bool
    server_lockbox: bool


def _cell(
    offline: bool, activation: SelfActivation, v1_internet: bool, lockbox: bool
) -> InteropFeatures:
    # Enrollment is offline or over the internet, never both nor neither: one column decides both.
    return InteropFeatures(
        offline_enrollment=offline,
        server_enrolls_over_internet=not offline,
        self_activating_clients=activation,
        v1_clients_activate_over_internet=v1_internet,
        server_lockbox=lockbox,
    )


# The seed's matrix: (server version, client mix) → supported features.
# Columns: offline enrollment, self-activating clients, v1 clients over the internet, lockbox.
MATRIX: dict[tuple[ServerVersion, ClientMix], InteropFeatures] = {
    ("1.0", "v1"): _cell(False, "none", True, False),
    ("1.0", "sp1"): _cell(False, "all", False, False),
    ("1.0", "mixed"): _cell(False, "sp1-only", True, False),
    ("SP1", "v1"): _cell(True, "none", True, False),
    ("SP1", "sp1"): _cell(True, "all", False, True),
    ("SP1", "mixed"): _cell(True, "sp1-only", True, True),
}


class FeatureInfo(BaseModel):
    """A feature's translatable label and explanation, for the interop page."""

    model_config = ConfigDict(frozen=True)

    key: str
    label: Message
    explanation: Message


# The features in display order; ``key`` is the :class:`InteropFeatures` field name.
FEATURES: tuple[FeatureInfo, ...] = (
    FeatureInfo(
        key="offline_enrollment",
        label=msg(QT_TRANSLATE_NOOP("core", "Offline enrollment")),
        explanation=msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The server can enroll without contacting Microsoft over the internet. "
                "Only SP1 servers support this.",
            )
        ),
    ),
    FeatureInfo(
        key="server_enrolls_over_internet",
        label=msg(QT_TRANSLATE_NOOP("core", "Server enrolls over the internet")),
        explanation=msg(
            QT_TRANSLATE_NOOP(
                "core",
                "Whether the server has to contact Microsoft over the internet to enroll: "
                "every RMS 1.0 server has to; an SP1 server can enroll offline.",
            )
        ),
    ),
    FeatureInfo(
        key="self_activating_clients",
        label=msg(QT_TRANSLATE_NOOP("core", "Self-activating clients")),
        explanation=msg(
            QT_TRANSLATE_NOOP(
                "core",
                "Clients activate themselves without downloading a lockbox from Microsoft. "
                "Only SP1 clients are self-activating.",
            )
        ),
    ),
    FeatureInfo(
        key="v1_clients_activate_over_internet",
        label=msg(QT_TRANSLATE_NOOP("core", "Version 1.0 clients activate over the internet")),
        explanation=msg(
            QT_TRANSLATE_NOOP(
                "core",
                "Clients that still run RMS client 1.0 must contact Microsoft over the internet "
                "to activate.",
            )
        ),
    ),
    FeatureInfo(
        key="server_lockbox",
        label=msg(QT_TRANSLATE_NOOP("core", "Server lockbox")),
        explanation=msg(
            QT_TRANSLATE_NOOP(
                "core",
                "The SP1 client's server lockbox (server security processor) serves server-side "
                "applications such as SharePoint services and Exchange 2003.",
            )
        ),
    ),
)

_FEATURES_BY_KEY = {feature.key: feature for feature in FEATURES}

_VALUE_TEXTS: dict[FeatureValue, Message] = {
    True: msg(QT_TRANSLATE_NOOP("core", "Yes")),
    False: msg(QT_TRANSLATE_NOOP("core", "No")),
    "none": msg(QT_TRANSLATE_NOOP("core", "No clients")),
    "sp1-only": msg(QT_TRANSLATE_NOOP("core", "SP1 clients only")),
    "all": msg(QT_TRANSLATE_NOOP("core", "All clients")),
}


def feature_info(key: str) -> FeatureInfo:
    """The label and explanation of feature ``key`` (an :class:`InteropFeatures` field name)."""
    return _FEATURES_BY_KEY[key]


def value_text(value: FeatureValue) -> Message:
    """How a feature's value reads on the interop page ("Yes", "SP1 clients only", ...)."""
    return _VALUE_TEXTS[value]


class FeatureChange(BaseModel):
    """A feature whose value differs between two cells, for the UI's highlighting."""

    model_config = ConfigDict(frozen=True)

    key: str
    label: Message
    before: FeatureValue
    after: FeatureValue


def _unknown(text: str, value: str, expected: Iterable[str]) -> BadInputError:
    """``value`` is none of the ``expected`` ones (``text``'s %1 is the value, %2 the list)."""
    return BadInputError(msg(text, value, " | ".join(expected)))


def features_for(server: ServerVersion, clients: ClientMix) -> InteropFeatures:
    """The features a ``server`` version supports with the given client mix (one matrix cell)."""
    try:
        return MATRIX[(server, clients)]
    except KeyError:
        if server not in SERVER_VERSIONS:
            raise _unknown(
                QT_TRANSLATE_NOOP("core", "Unknown server version %1 (expected %2)."),
                server,
                SERVER_VERSIONS,
            ) from None
        raise _unknown(
            QT_TRANSLATE_NOOP("core", "Unknown client mix %1 (expected %2)."), clients, CLIENT_MIXES
        ) from None


def client_mix(client_versions: Iterable[str]) -> ClientMix:
    """The mix of RMS clients among ``client_versions`` ("none", "1.0" or "SP1" each).

    Computers without an RMS client ("none") do not count. Raises :class:`BadInputError` when no
    computer runs an RMS client (the matrix has no column for that) or a version is unknown.
    """
    seen: set[str] = set()
    for version in client_versions:
        if version not in CLIENT_VERSIONS:
            raise _unknown(
                QT_TRANSLATE_NOOP("core", "Unknown RMS client version %1 (expected %2)."),
                version,
                CLIENT_VERSIONS,
            )
        if version != "none":
            seen.add(version)
    if seen == {"1.0"}:
        return "v1"
    if seen == {"SP1"}:
        return "sp1"
    if seen:
        return "mixed"
    raise BadInputError(
        msg(QT_TRANSLATE_NOOP("core", "No computer runs an RMS client, so no client mix applies."))
    )


def compare(before: InteropFeatures, after: InteropFeatures) -> list[FeatureChange]:
    """The features whose value differs from ``before`` to ``after``, in display order."""
    changes: list[FeatureChange] = []
    for feature in FEATURES:
        old: FeatureValue = getattr(before, feature.key)
        new: FeatureValue = getattr(after, feature.key)
        if old != new:
            changes.append(
                FeatureChange(key=feature.key, label=feature.label, before=old, after=new)
            )
    return changes
