"""Topology loading and validation, and the rolling rollout plan."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rms_wizard.core.common.messages import BadInputError
from rms_wizard.core.fleet.cluster import RolloutPlan, cluster_batch_size, plan_rollout
from rms_wizard.core.fleet.topology import (
    Topology,
    load_topology,
    node_install_root,
    topology_problems,
    validate_topology,
)

DATA = Path(__file__).resolve().parents[1] / "data"
TWO_FORESTS = DATA / "topology-two-forests.json"


def node(name: str, version: str = "1.0", in_rotation: bool = True) -> dict[str, Any]:
    return {"name": name, "root": "nodes/" + name, "version": version, "in_rotation": in_rotation}


def cluster(
    cid: str,
    nodes: list[dict[str, Any]],
    *,
    kind: str = "root-certification",
    forest: str = "corp",
    parent: str | None = None,
) -> dict[str, Any]:
    return {
        "id": cid,
        "name": cid,
        "kind": kind,
        "forest": forest,
        "parent": parent,
        "nodes": nodes,
    }


def licensing(
    cid: str, parent: str | None, nodes: list[dict[str, Any]], **kw: Any
) -> dict[str, Any]:
    return cluster(cid, nodes, kind="licensing", parent=parent, **kw)


def topo(*clusters: dict[str, Any], forests: tuple[str, ...] = ("corp",)) -> Topology:
    return Topology.model_validate(
        {"forests": [{"name": f} for f in forests], "clusters": list(clusters), "clients": []}
    )


def shape(plan: RolloutPlan) -> list[list[tuple[str, str]]]:
    return [[(item.cluster, item.node) for item in wave] for wave in plan.waves]


def check_rules(topology: Topology, plan: RolloutPlan) -> None:
    """Every rule of the rollout, checked on any plan (also used by the property test)."""
    clusters = {c.id: c for c in topology.clusters}
    planned = [item for wave in plan.waves for item in wave]
    # Every node at 1.0 is updated exactly once; every SP1 node is skipped, not updated.
    pending = {(c.id, n.name) for c in topology.clusters for n in c.nodes if n.version == "1.0"}
    done = {(c.id, n.name) for c in topology.clusters for n in c.nodes if n.version == "SP1"}
    assert Counter((i.cluster, i.node) for i in planned) == Counter(pending)
    assert {(i.cluster, i.node) for i in plan.skipped} == done
    waves_of: dict[str, list[int]] = defaultdict(list)
    for index, wave in enumerate(plan.waves):
        assert wave, "no empty wave"
        per_cluster = Counter(item.cluster for item in wave)
        for cid, count in per_cluster.items():
            waves_of[cid].append(index)
            c = clusters[cid]
            assert count <= plan.max_batch
            serving = {n.name for n in c.nodes if n.in_rotation}
            drained_now = {i.node for i in wave if i.cluster == cid} & serving
            if len(serving) >= 2:
                assert len(drained_now) < len(serving), "a cluster is never taken out completely"
        for item in wave:
            assert item.kind == clusters[item.cluster].kind
            assert item.forest == clusters[item.cluster].forest
    # A licensing cluster starts only after the last wave of its root certification cluster.
    for c in topology.clusters:
        if c.parent is not None and waves_of[c.id] and waves_of[c.parent]:
            assert min(waves_of[c.id]) > max(waves_of[c.parent])


# --- loading --------------------------------------------------------------------------------------


def test_the_two_forest_sample_loads() -> None:
    topology = load_topology(TWO_FORESTS)
    assert [f.name for f in topology.forests] == ["contoso.com", "fabrikam.com"]
    assert [c.id for c in topology.clusters] == [
        "contoso-root",
        "contoso-lic",
        "fabrikam-root",
        "fabrikam-lic",
    ]
    assert topology.clusters[1].parent == "contoso-root"
    assert topology.clusters[0].config_database == "DRMS_Config_contoso_root"
    assert {c.deployment for c in topology.clients} == {"group-policy", "sms", "manual"}
    assert topology_problems(topology) == []


def test_node_install_root_is_under_the_topology_folder(tmp_path: Path) -> None:
    topology = load_topology(TWO_FORESTS)
    first = topology.clusters[0].nodes[0]
    assert node_install_root(tmp_path, first) == tmp_path / "nodes" / "CON-RC-01"
    backslashed = first.model_copy(update={"root": "nodes\\win\\RC"})
    assert node_install_root(tmp_path, backslashed) == tmp_path / "nodes" / "win" / "RC"
    with pytest.raises(BadInputError, match=re.escape("contains '..'")):
        node_install_root(tmp_path, first.model_copy(update={"root": "nodes/../../etc"}))


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "topology.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def sample_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TWO_FORESTS.read_text(encoding="utf-8"))
    return data


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="does not exist") as info:
        load_topology(tmp_path / "nope.json")
    assert info.value.exit_code == 2
    assert info.value.message.args == (str(tmp_path / "nope.json"),)


def test_a_folder_is_not_a_topology_file(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="cannot be read"):
        load_topology(tmp_path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "topology.json"
    path.write_bytes(b'{"forests": "\xff"}')
    with pytest.raises(BadInputError, match="not UTF-8"):
        load_topology(path)


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, '{\n  "forests": [,]\n}')
    with pytest.raises(BadInputError, match=r"not valid JSON \(line 2, column 15: Expecting value"):
        load_topology(path)


def test_schema_errors_are_summarised_on_one_line(tmp_path: Path) -> None:
    data = sample_data()
    data["clusters"][0]["kind"] = "root"
    data["clusters"][1]["nodes"][0]["version"] = "2.0"
    data["clients"][0]["deployment"] = "intune"
    data["clients"][1]["colour"] = "red"
    with pytest.raises(BadInputError) as info:
        load_topology(write(tmp_path, data))
    text = str(info.value)
    assert "\n" not in text
    assert "does not have the expected form" in text
    assert "clusters.0.kind: Input should be 'root-certification' or 'licensing'" in text
    assert "clusters.1.nodes.0.version" in text
    assert text.endswith("(+1)")  # four errors: three shown, one counted


def test_top_level_must_be_an_object(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="expected form: Input should be a valid dictionary"):
        load_topology(write(tmp_path, "[]"))


@pytest.mark.parametrize(
    ("root", "expected"),
    [
        ("/srv/rms/node1", "absolute path"),
        ("\\\\server\\share\\node1", "absolute path"),
        ("C:\\Program Files\\RMS", "absolute path"),
        ("c:relative-to-drive", "absolute path"),
        ("../elsewhere", "contains '..'"),
        ("nodes/../../etc", "contains '..'"),
        ("nodes\\..\\..\\x", "contains '..'"),
    ],
)
def test_node_roots_must_stay_inside_the_topology_folder(
    tmp_path: Path, root: str, expected: str
) -> None:
    data = sample_data()
    data["clusters"][2]["nodes"][1]["root"] = root
    with pytest.raises(BadInputError, match=re.escape(expected)) as info:
        load_topology(write(tmp_path, data))
    assert info.value.message.args == (root, "FAB-RC-02")


def test_roots_with_dots_in_names_are_fine(tmp_path: Path) -> None:
    data = sample_data()
    data["clusters"][2]["nodes"][1]["root"] = "nodes/..hidden/v1..2/."
    assert load_topology(write(tmp_path, data)).clusters[2].nodes[1].root.startswith("nodes")


def test_load_validates_the_structure(tmp_path: Path) -> None:
    data = sample_data()
    data["clusters"][1]["parent"] = "missing-root"
    with pytest.raises(BadInputError, match="sub-enrolled to missing-root, which is not in"):
        load_topology(write(tmp_path, data))


# --- validation -----------------------------------------------------------------------------------

ROOT = cluster("root", [node("r1"), node("r2")])

BAD_TOPOLOGIES: dict[str, tuple[Callable[[], Topology], str, tuple[str, ...]]] = {
    "licensing root missing": (
        lambda: topo(ROOT, licensing("lic", "gone", [node("l1")])),
        "Licensing cluster %1 is sub-enrolled to %2, which is not in the topology.",
        ("lic", "gone"),
    ),
    "licensing without parent": (
        lambda: topo(ROOT, licensing("lic", None, [node("l1")])),
        "Licensing cluster %1 does not name the root certification cluster it is sub-enrolled to.",
        ("lic",),
    ),
    "licensing sub-enrolled to licensing": (
        lambda: topo(ROOT, licensing("a", "root", [node("a1")]), licensing("b", "a", [node("b1")])),
        "Licensing cluster %1 is sub-enrolled to %2, which is not a root certification cluster.",
        ("b", "a"),
    ),
    "cycle of two": (
        lambda: topo(ROOT, licensing("a", "b", [node("a1")]), licensing("b", "a", [node("b1")])),
        "The parent links of clusters %1 form a cycle.",
        ("a → b → a",),
    ),
    "cycle through a root": (
        lambda: topo(
            cluster("z-root", [node("r1")], parent="a"), licensing("a", "z-root", [node("a1")])
        ),
        "The parent links of clusters %1 form a cycle.",
        ("a → z-root → a",),
    ),
    "self loop": (
        lambda: topo(ROOT, licensing("self", "self", [node("s1")])),
        "The parent links of clusters %1 form a cycle.",
        ("self → self",),
    ),
    "empty cluster": (
        lambda: topo(ROOT, licensing("lic", "root", [])),
        "Cluster %1 has no nodes.",
        ("lic",),
    ),
    "duplicate node in one cluster": (
        lambda: topo(cluster("root", [node("r1"), node("r1", "SP1")])),
        "The node name %1 is used more than once (in clusters %2).",
        ("r1", "root, root"),
    ),
    "duplicate node across clusters, other case": (
        lambda: topo(ROOT, licensing("lic", "root", [node("R2")])),
        "The node name %1 is used more than once (in clusters %2).",
        ("r2", "root, lic"),
    ),
    "duplicate cluster id": (
        lambda: topo(ROOT, cluster("root", [node("x1")])),
        "Two clusters have the id %1.",
        ("root",),
    ),
    "root with a parent": (
        lambda: topo(ROOT, cluster("root2", [node("x1")], parent="root")),
        "Root certification cluster %1 has a parent (%2); only licensing clusters are "
        "sub-enrolled to another cluster.",
        ("root2", "root"),
    ),
    "undeclared forest": (
        lambda: topo(ROOT, licensing("lic", "root", [node("l1")], forest="fabrikam")),
        "Cluster %1 is in forest %2, which the topology does not declare.",
        ("lic", "fabrikam"),
    ),
    "forest declared twice": (
        lambda: topo(ROOT, forests=("corp", "corp")),
        "Forest %1 is declared twice.",
        ("corp",),
    ),
    "absolute node root": (
        lambda: topo(cluster("root", [{**node("r1"), "root": "/abs"}])),
        "The folder %1 of node %2 is an absolute path; give it relative to the topology "
        "file's folder.",
        ("/abs", "r1"),
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_TOPOLOGIES))
def test_bad_topology_gives_one_clear_error(case: str) -> None:
    build, text, args = BAD_TOPOLOGIES[case]
    topology = build()
    problems = topology_problems(topology)
    assert [(p.text, p.args) for p in problems] == [(text, args)]
    assert problems[0].context == "core"
    for check in (validate_topology, plan_rollout):
        with pytest.raises(BadInputError) as info:
            check(topology)
        assert info.value.message == problems[0]
        assert info.value.exit_code == 2


def test_several_problems_are_all_reported() -> None:
    topology = topo(
        cluster("root", []),
        licensing("lic", "gone", [node("x")], forest="elsewhere"),
        licensing("lic2", "root", [node("X")]),
    )
    texts = [str(p) for p in topology_problems(topology)]
    assert texts == [
        "Cluster root has no nodes.",
        "Cluster lic is in forest elsewhere, which the topology does not declare.",
        "The node name x is used more than once (in clusters lic, lic2).",
        "Licensing cluster lic is sub-enrolled to gone, which is not in the topology.",
    ]
    with pytest.raises(BadInputError) as info:
        validate_topology(topology)
    assert str(info.value) == texts[0]
    assert info.value.details == texts[1:]


# --- planning -------------------------------------------------------------------------------------


def test_two_forests_one_node_at_a_time() -> None:
    topology = load_topology(TWO_FORESTS)
    plan = plan_rollout(topology)
    assert plan.max_batch == 1
    assert shape(plan) == [
        [("contoso-root", "CON-RC-01"), ("fabrikam-root", "FAB-RC-01")],
        [("contoso-root", "CON-RC-02"), ("fabrikam-root", "FAB-RC-02")],
        # Fabrikam's root is done: its licensing cluster starts while Contoso's root goes on.
        [("contoso-root", "CON-RC-03"), ("fabrikam-lic", "FAB-LIC-01")],
        [("contoso-lic", "CON-LIC-01"), ("fabrikam-lic", "FAB-LIC-02")],
        [("contoso-lic", "CON-LIC-02")],
    ]
    assert [(i.cluster, i.node) for i in plan.skipped] == [("contoso-lic", "CON-LIC-03")]
    assert plan.warnings == []
    check_rules(topology, plan)


def test_two_forests_two_nodes_at_a_time() -> None:
    topology = load_topology(TWO_FORESTS)
    plan = plan_rollout(topology, max_batch=2)
    assert shape(plan) == [
        [
            ("contoso-root", "CON-RC-01"),
            ("contoso-root", "CON-RC-02"),
            ("fabrikam-root", "FAB-RC-01"),
        ],
        [("contoso-root", "CON-RC-03"), ("fabrikam-root", "FAB-RC-02")],
        # Two nodes of three (one at SP1 keeps serving); Fabrikam's pairs go one by one.
        [
            ("contoso-lic", "CON-LIC-01"),
            ("contoso-lic", "CON-LIC-02"),
            ("fabrikam-lic", "FAB-LIC-01"),
        ],
        [("fabrikam-lic", "FAB-LIC-02")],
    ]
    check_rules(topology, plan)


def test_plan_json_has_the_cli_shape() -> None:
    plan = plan_rollout(load_topology(TWO_FORESTS))
    data = json.loads(json.dumps(plan.to_json_dict()))
    assert set(data) == {"waves", "skipped", "warnings", "max_batch"}
    assert data["waves"][0] == [
        {"cluster": "contoso-root", "kind": "root-certification", "forest": "contoso.com",
         "node": "CON-RC-01"},
        {"cluster": "fabrikam-root", "kind": "root-certification", "forest": "fabrikam.com",
         "node": "FAB-RC-01"},
    ]  # fmt: skip
    assert data["waves"][3][0]["kind"] == "licensing"
    assert all(
        set(item) == {"cluster", "kind", "forest", "node"} for w in data["waves"] for item in w
    )
    assert data["skipped"] == [
        {
            "cluster": "contoso-lic",
            "kind": "licensing",
            "forest": "contoso.com",
            "node": "CON-LIC-03",
        }
    ]
    assert plan.cluster_order() == ["contoso-root", "fabrikam-root", "fabrikam-lic", "contoso-lic"]
    assert plan.node_count == 9


def test_never_a_whole_cluster_even_with_a_large_batch() -> None:
    topology = topo(cluster("root", [node("a"), node("b"), node("c")]))
    plan = plan_rollout(topology, max_batch=10)
    assert shape(plan) == [[("root", "a"), ("root", "b")], [("root", "c")]]
    two = topo(cluster("root", [node("a"), node("b")]))
    assert shape(plan_rollout(two, max_batch=10)) == [[("root", "a")], [("root", "b")]]
    check_rules(topology, plan)


def test_drained_nodes_do_not_count_as_serving() -> None:
    # Three nodes, one drained: two serve, so only one may go at a time.
    c = cluster("root", [node("a"), node("b", in_rotation=False), node("c")])
    topology = topo(c)
    assert cluster_batch_size(topology.clusters[0], 5) == 1
    plan = plan_rollout(topology, max_batch=5)
    assert shape(plan) == [[("root", "a")], [("root", "b")], [("root", "c")]]
    assert plan.warnings == []


def test_a_single_node_cluster_goes_down_with_a_warning() -> None:
    topology = topo(
        cluster("root", [node("solo")]), licensing("lic", "root", [node("l1"), node("l2")])
    )
    plan = plan_rollout(topology, max_batch=3)
    assert shape(plan) == [[("root", "solo")], [("lic", "l1")], [("lic", "l2")]]
    assert [(w.text, w.args) for w in plan.warnings] == [
        (
            "Cluster %1 has a single node in rotation (%2): the cluster is out of service while "
            "that node is updated.",
            ("root", "solo"),
        )
    ]
    assert plan.to_json_dict(lambda ctx, text, n: "NL: " + text)["warnings"] == [
        "NL: Cluster root has a single node in rotation (solo): the cluster is out of service "
        "while that node is updated."
    ]


def test_one_serving_node_next_to_a_drained_one_is_also_an_outage() -> None:
    plan = plan_rollout(topo(cluster("root", [node("a"), node("b", in_rotation=False)])))
    assert [w.args for w in plan.warnings] == [("root", "a")]


def test_a_single_node_already_at_sp1_needs_no_warning() -> None:
    topology = topo(cluster("root", [node("a", "SP1"), node("b", in_rotation=False)]))
    plan = plan_rollout(topology)
    assert shape(plan) == [[("root", "b")]]
    assert plan.warnings == []


def test_a_cluster_with_no_node_in_rotation_is_noted() -> None:
    plan = plan_rollout(topo(cluster("root", [node("a", in_rotation=False)])))
    assert [(w.args, "no node in rotation" in str(w)) for w in plan.warnings] == [(("root",), True)]


def test_sp1_nodes_are_skipped_and_a_finished_root_does_not_hold_back_its_licensing() -> None:
    topology = topo(
        cluster("root", [node("r1", "SP1"), node("r2", "SP1")]),
        licensing("lic", "root", [node("l1"), node("l2", "SP1"), node("l3")]),
    )
    plan = plan_rollout(topology)
    assert shape(plan) == [[("lic", "l1")], [("lic", "l3")]]
    assert [i.node for i in plan.skipped] == ["r1", "r2", "l2"]
    check_rules(topology, plan)


def test_everything_at_sp1_gives_no_waves() -> None:
    plan = plan_rollout(topo(cluster("root", [node("r1", "SP1")])))
    assert plan.waves == [] and plan.node_count == 0 and len(plan.skipped) == 1


def test_independent_clusters_in_one_forest_share_waves() -> None:
    topology = topo(
        cluster("root-a", [node("a1"), node("a2")]),
        cluster("root-b", [node("b1"), node("b2"), node("b3")]),
        licensing("lic-a", "root-a", [node("la1"), node("la2")]),
        licensing("lic-b", "root-b", [node("lb1"), node("lb2")]),
    )
    plan = plan_rollout(topology)
    assert shape(plan) == [
        [("root-a", "a1"), ("root-b", "b1")],
        [("root-a", "a2"), ("root-b", "b2")],
        [("root-b", "b3"), ("lic-a", "la1")],
        [("lic-a", "la2"), ("lic-b", "lb1")],
        [("lic-b", "lb2")],
    ]
    check_rules(topology, plan)


def test_a_licensing_cluster_waits_for_its_root_in_another_forest() -> None:
    topology = topo(
        cluster("root", [node("r1"), node("r2")], forest="a"),
        licensing("lic", "root", [node("l1"), node("l2")], forest="b"),
        forests=("a", "b"),
    )
    assert shape(plan_rollout(topology)) == [
        [("root", "r1")],
        [("root", "r2")],
        [("lic", "l1")],
        [("lic", "l2")],
    ]


@pytest.mark.parametrize("max_batch", [0, -1])
def test_batch_size_below_one_is_bad_input(max_batch: int) -> None:
    with pytest.raises(BadInputError, match="at least 1"):
        plan_rollout(load_topology(TWO_FORESTS), max_batch=max_batch)


# --- property test over random valid topologies ---------------------------------------------------


@st.composite
def topologies(draw: st.DrawFn) -> Topology:
    forests = [f"forest{i}" for i in range(draw(st.integers(1, 3)))]
    clusters: list[dict[str, Any]] = []
    counter = iter(range(10_000))

    def nodes() -> list[dict[str, Any]]:
        return [
            node(
                f"n{next(counter)}",
                draw(st.sampled_from(["1.0", "1.0", "SP1"])),
                draw(st.booleans() | st.just(True)),
            )
            for _ in range(draw(st.integers(1, 6)))
        ]

    roots = [f"root{i}" for i in range(draw(st.integers(1, 4)))]
    for rid in roots:
        clusters.append(cluster(rid, nodes(), forest=draw(st.sampled_from(forests))))
    for lid in range(draw(st.integers(0, 5))):
        parent = draw(st.sampled_from(roots))
        forest = draw(st.sampled_from(forests))
        clusters.append(licensing(f"lic{lid}", parent, nodes(), forest=forest))
    order = draw(st.permutations(clusters))
    return topo(*order, forests=tuple(forests))


@settings(max_examples=200, deadline=None)
@given(topology=topologies(), max_batch=st.integers(1, 5))
def test_every_plan_follows_the_rollout_rules(topology: Topology, max_batch: int) -> None:
    assert topology_problems(topology) == []
    check_rules(topology, plan_rollout(topology, max_batch))
