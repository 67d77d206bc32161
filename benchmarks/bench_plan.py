"""Benchmark: detect + plan on a generated 20,000-file mock install, against ``sha256sum``.

Builds a 1.0 server with the real core (registry export from ``sandbox.server_registry``, the
baseline files, the databases and the key), then adds synthetic files to its install folder: a mix
of versioned binaries (a real version resource inside) and unversioned files, of varied sizes, in
nested folders. Times ``detect_install`` + ``plan_update`` (which hash and version-scan every
file) and ``sha256sum`` over the very same files (``find -print0 | xargs -0 sha256sum``, one
process, and with ``-P`` one per core). Each is run twice and the second (warm cache) run counts,
so both read from the page cache. Prints figures; asserts nothing about time.

    .venv/bin/python benchmarks/bench_plan.py [--files 20000] [--runs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from rms_wizard.core.common.paths import INSTALL_PATH, windows_to_root
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.payload import baseline_payload, sp1_payload
from rms_wizard.core.engine.plan import plan_update
from rms_wizard.core.install.fileversion import versioned_binary
from rms_wizard.core.install.models import FileVersion
from rms_wizard.training.sandbox_server import build_server
from rms_wizard.training.scenario_model import ServerSpec

SIZES = [512, 2048, 8 * 1024, 32 * 1024, 128 * 1024]  # weights below: mostly small, some large
WEIGHTS = [30, 30, 25, 12, 3]


def generate(root: Path, files: int, seed: int = 1) -> tuple[int, int]:
    """A 1.0 server in ``root`` with ``files`` files in its install folder; (files, bytes)."""
    build_server(root, ServerSpec(name="RMS-BENCH01"), SecretStr("bench-password-1"))
    install = windows_to_root(root, INSTALL_PATH)
    rng = random.Random(seed)
    existing = sum(1 for p in install.rglob("*") if p.is_file())
    version = FileVersion.parse("5.2.3790.134")
    for index in range(files - existing):
        folder = install / "extra" / f"d{index % 40:02d}" / f"s{index % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        size = rng.choices(SIZES, WEIGHTS)[0] + rng.randrange(512)
        body = rng.randbytes(size)
        if index % 3 == 0:
            (folder / f"module{index:05d}.dll").write_bytes(
                versioned_binary(version, f"module {index}", body)
            )
        else:
            (folder / f"page{index:05d}.aspx").write_bytes(body)
    paths = [p for p in install.rglob("*") if p.is_file()]
    return len(paths), sum(p.stat().st_size for p in paths)


def time_detect_plan(root: Path) -> tuple[float, int, dict[str, int]]:
    sp1, baseline = sp1_payload(), baseline_payload()
    start = time.perf_counter()
    state = detect_install(root, sp1=sp1, baseline=baseline)
    plan = plan_update(state, sp1, baseline)
    return time.perf_counter() - start, len(state.files), plan.counts()


def time_sha256sum(folder: Path, parallel: int) -> float:
    command = f"find . -type f -print0 | xargs -0 -n 256 -P {parallel} sha256sum > /dev/null"
    start = time.perf_counter()
    subprocess.run(["sh", "-c", command], cwd=folder, check=True)
    return time.perf_counter() - start


def measure(files: int = 20_000, runs: int = 2, keep: bool = False) -> dict[str, Any]:
    """Detect + plan on a generated install, against ``sha256sum`` over the same files.

    Each is run ``runs`` times and the last run counts (the first warms the page cache).
    ``hash_ratio_vs_sha256sum`` is our throughput over ``sha256sum``'s (one process): higher is
    better.
    """
    base = Path(tempfile.mkdtemp(prefix="rms-bench-plan-"))
    try:
        root = base / "server"
        started = time.perf_counter()
        count, total = generate(root, files)
        generated_s = time.perf_counter() - started
        install = windows_to_root(root, INSTALL_PATH)
        cores = os.cpu_count() or 1
        seconds, scanned, counts = [time_detect_plan(root) for _ in range(runs)][-1]
        single = [time_sha256sum(install, 1) for _ in range(runs)][-1]
        multi = [time_sha256sum(install, cores) for _ in range(runs)][-1]
        if scanned != count:
            raise RuntimeError(f"detection saw {scanned} files, {count} were generated")
        return {
            "files": count,
            "megabytes": round(total / 1e6, 1),
            "generated_s": round(generated_s, 2),
            "detect_plan_s": round(seconds, 3),
            "files_per_s": round(count / seconds),
            "sha256sum_s": round(single, 3),
            f"sha256sum_P{cores}_s": round(multi, 3),
            "hash_ratio_vs_sha256sum": round(single / seconds, 2),
            f"hash_ratio_vs_sha256sum_P{cores}": round(multi / seconds, 2),
            "plan_counts": counts,
            **({"kept": str(base)} if keep else {}),
        }
    finally:
        if not keep:
            shutil.rmtree(base, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=2, help="runs of each; the last one counts")
    parser.add_argument("--keep", action="store_true", help="keep the generated install")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = measure(args.files, args.runs, args.keep)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"{key:<32} {value}")


if __name__ == "__main__":
    main()
