"""Benchmark: plan the rolling rollout of a 500-node topology (the goal: well under a second).

Generates several forests, each with a root certification cluster and licensing clusters
sub-enrolled to it (some nodes already at SP1, some drained), then times ``load_topology``,
``plan_rollout`` (max_batch 1 and 3) and ``RolloutPlan.to_json_dict``. Prints the median of
several runs; asserts nothing about time (machines differ).

    .venv/bin/python benchmarks/bench_cluster_plan.py [--nodes 500] [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rms_wizard.core.fleet.cluster import plan_rollout
from rms_wizard.core.fleet.topology import Topology, load_topology

FORESTS = 5
LICENSING_PER_FOREST = 4


def generate(total_nodes: int) -> dict[str, Any]:
    """A topology of ``total_nodes`` nodes spread over forests and clusters (JSON data)."""
    clusters_per_forest = 1 + LICENSING_PER_FOREST
    per_cluster, extra = divmod(total_nodes, FORESTS * clusters_per_forest)
    clusters: list[dict[str, Any]] = []
    counter = 0
    for f in range(FORESTS):
        forest = f"forest{f}.example"
        root_id = f"f{f}-root"
        for c in range(clusters_per_forest):
            size = per_cluster + (1 if len(clusters) < extra else 0)
            nodes = []
            for _ in range(size):
                counter += 1
                name = f"RMS{counter:04d}"
                nodes.append(
                    {
                        "name": name,
                        "root": f"nodes/{name}",
                        "version": "SP1" if counter % 10 == 0 else "1.0",
                        "in_rotation": counter % 17 != 0,
                    }
                )
            clusters.append(
                {
                    "id": root_id if c == 0 else f"f{f}-lic{c}",
                    "name": f"Forest {f} cluster {c}",
                    "kind": "root-certification" if c == 0 else "licensing",
                    "forest": forest,
                    "parent": None if c == 0 else root_id,
                    "nodes": nodes,
                    "config_database": f"DRMS_Config_f{f}_c{c}",
                }
            )
    return {
        "forests": [{"name": f"forest{f}.example"} for f in range(FORESTS)],
        "clusters": clusters,
        "clients": [
            {"name": f"WS{i:05d}", "version": ("1.0", "SP1", "none")[i % 3], "deployment": "sms"}
            for i in range(2000)
        ],
    }


def median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and minimum wall time of ``action`` in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=500)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    data = generate(args.nodes)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "topology.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        topology: Topology = load_topology(path)
        load = median_ms(lambda: load_topology(path), args.runs)

    nodes = sum(len(c.nodes) for c in topology.clusters)
    plan1 = plan_rollout(topology, 1)
    plan3 = plan_rollout(topology, 3)
    print(
        f"topology: {nodes} nodes, {len(topology.clusters)} clusters, "
        f"{len(topology.forests)} forests, {len(topology.clients)} clients"
    )
    print(
        f"plan: max_batch=1 -> {len(plan1.waves)} waves, {plan1.node_count} nodes updated, "
        f"{len(plan1.skipped)} skipped; max_batch=3 -> {len(plan3.waves)} waves"
    )
    figures = [
        ("load_topology (read + parse + validate)", load),
        ("plan_rollout max_batch=1", median_ms(lambda: plan_rollout(topology, 1), args.runs)),
        ("plan_rollout max_batch=3", median_ms(lambda: plan_rollout(topology, 3), args.runs)),
        ("RolloutPlan.to_json_dict", median_ms(plan1.to_json_dict, args.runs)),
    ]
    for label, (median, best) in figures:
        print(f"{label:42s} median {median:8.2f} ms   min {best:8.2f} ms   ({args.runs} runs)")


if __name__ == "__main__":
    main()
