"""The interoperability table reproduces every cell of the seed's matrix."""

from __future__ import annotations

from typing import Any

import pytest

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.fleet.interop import (
    CLIENT_MIXES,
    FEATURES,
    MATRIX,
    SERVER_VERSIONS,
    InteropFeatures,
    client_mix,
    compare,
    feature_info,
    features_for,
    value_text,
)

KEYS = (
    "offline_enrollment",
    "server_enrolls_over_internet",
    "self_activating_clients",
    "v1_clients_activate_over_internet",
    "server_lockbox",
)

# The seed's matrix, written out cell by cell from the README (not derived from the code's table).
SEED: dict[tuple[str, str], dict[str, Any]] = {
    # 1.0 server: no offline enrollment (must enroll over the internet), whatever the clients.
    ("1.0", "v1"): dict(
        offline_enrollment=False,
        server_enrolls_over_internet=True,
        self_activating_clients="none",
        v1_clients_activate_over_internet=True,
        server_lockbox=False,
    ),
    ("1.0", "sp1"): dict(
        offline_enrollment=False,
        server_enrolls_over_internet=True,
        self_activating_clients="all",
        v1_clients_activate_over_internet=False,
        server_lockbox=False,
    ),
    ("1.0", "mixed"): dict(
        offline_enrollment=False,
        server_enrolls_over_internet=True,
        self_activating_clients="sp1-only",
        v1_clients_activate_over_internet=True,
        server_lockbox=False,
    ),
    # SP1 server: offline enrollment; the lockbox comes with SP1 clients.
    ("SP1", "v1"): dict(
        offline_enrollment=True,
        server_enrolls_over_internet=False,
        self_activating_clients="none",
        v1_clients_activate_over_internet=True,
        server_lockbox=False,
    ),
    ("SP1", "sp1"): dict(
        offline_enrollment=True,
        server_enrolls_over_internet=False,
        self_activating_clients="all",
        v1_clients_activate_over_internet=False,
        server_lockbox=True,
    ),
    ("SP1", "mixed"): dict(
        offline_enrollment=True,
        server_enrolls_over_internet=False,
        self_activating_clients="sp1-only",
        v1_clients_activate_over_internet=True,
        server_lockbox=True,
    ),
}


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("cell", sorted(SEED), ids=lambda cell: "-".join(cell))
def test_every_cell_of_the_seed_matrix(cell: tuple[Any, Any], key: str) -> None:
    server, clients = cell
    assert getattr(features_for(server, clients), key) == SEED[cell][key]


def test_the_table_has_exactly_the_seed_cells_and_keys() -> None:
    assert set(MATRIX) == set(SEED) == {(s, c) for s in SERVER_VERSIONS for c in CLIENT_MIXES}
    assert tuple(InteropFeatures.model_fields) == KEYS
    assert tuple(feature.key for feature in FEATURES) == KEYS
    for cell, expected in SEED.items():
        assert MATRIX[cell].model_dump() == expected


def test_features_are_frozen() -> None:
    features = features_for("SP1", "sp1")
    with pytest.raises(ValueError):
        features.server_lockbox = False  # type: ignore[misc]


@pytest.mark.parametrize(("server", "clients"), [("2.0", "v1"), ("SP1", "v2"), ("sp1", "mixed")])
def test_unknown_server_or_client_mix_is_bad_input(server: Any, clients: Any) -> None:
    with pytest.raises(BadInputError) as info:
        features_for(server, clients)
    assert (server if server not in SERVER_VERSIONS else clients) in str(info.value)


@pytest.mark.parametrize(
    ("versions", "expected"),
    [
        (["1.0"], "v1"),
        (["1.0", "1.0", "none"], "v1"),
        (["SP1"], "sp1"),
        (["none", "SP1", "SP1"], "sp1"),
        (["1.0", "SP1"], "mixed"),
        (["SP1", "none", "1.0", "SP1"], "mixed"),
    ],
)
def test_client_mix_ignores_computers_without_a_client(versions: list[str], expected: str) -> None:
    assert client_mix(versions) == expected
    assert client_mix(iter(versions)) == expected  # any iterable, read once


@pytest.mark.parametrize("versions", [[], ["none"], ["none", "none"]])
def test_client_mix_without_any_rms_client_is_bad_input(versions: list[str]) -> None:
    with pytest.raises(BadInputError, match="No computer runs an RMS client"):
        client_mix(versions)


def test_client_mix_rejects_an_unknown_version() -> None:
    with pytest.raises(BadInputError, match="Unknown RMS client version v1"):
        client_mix(["1.0", "v1"])


def test_compare_lists_the_changing_features_in_display_order() -> None:
    changes = compare(features_for("1.0", "mixed"), features_for("SP1", "sp1"))
    assert [(c.key, c.before, c.after) for c in changes] == [
        ("offline_enrollment", False, True),
        ("server_enrolls_over_internet", True, False),
        ("self_activating_clients", "sp1-only", "all"),
        ("v1_clients_activate_over_internet", True, False),
        ("server_lockbox", False, True),
    ]
    assert changes[0].label == feature_info("offline_enrollment").label


def test_compare_of_a_server_only_rollout_keeps_the_client_features() -> None:
    changes = compare(features_for("1.0", "v1"), features_for("SP1", "v1"))
    assert [c.key for c in changes] == ["offline_enrollment", "server_enrolls_over_internet"]


@pytest.mark.parametrize("cell", sorted(SEED), ids=lambda cell: "-".join(cell))
def test_compare_of_a_cell_with_itself_is_empty(cell: tuple[Any, Any]) -> None:
    assert compare(features_for(*cell), features_for(*cell)) == []


def test_every_feature_and_value_has_a_translatable_text() -> None:
    for feature in FEATURES:
        assert feature.label.context == "core" and feature.label.text
        assert feature.explanation.context == "core" and len(feature.explanation.text) > 20
    values = {v for cell in MATRIX.values() for v in cell.model_dump().values()}
    assert {value_text(v).text for v in values} == {
        "Yes",
        "No",
        "No clients",
        "SP1 clients only",
        "All clients",
    }
    translated = feature_info("server_lockbox").label.render(lambda ctx, text, n: "Server-lockbox")
    assert translated == "Server-lockbox"
