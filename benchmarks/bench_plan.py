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
import os
import random
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from pydantic import SecretStr

from rms_wizard.core.detect import detect_install
from rms_wizard.core.fileversion import versioned_binary
from rms_wizard.core.models import FileVersion
from rms_wizard.core.paths import windows_to_root
from rms_wizard.core.payload import baseline_payload, sp1_payload
from rms_wizard.core.plan import plan_update
from rms_wizard.core.sandbox import INSTALL_PATH, ServerSpec, build_server

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=2, help="runs of each; the last one counts")
    parser.add_argument("--keep", action="store_true", help="keep the generated install")
    args = parser.parse_args()

    base = Path(tempfile.mkdtemp(prefix="rms-bench-plan-"))
    try:
        root = base / "server"
        started = time.perf_counter()
        count, total = generate(root, args.files)
        print(
            f"generated {count} files, {total / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s"
        )
        install = windows_to_root(root, INSTALL_PATH)
        cores = os.cpu_count() or 1
        ours = [time_detect_plan(root) for _ in range(args.runs)][-1]
        single = [time_sha256sum(install, 1) for _ in range(args.runs)][-1]
        multi = [time_sha256sum(install, cores) for _ in range(args.runs)][-1]
        seconds, scanned, counts = ours
        assert scanned == count
        print(
            f"detect + plan:           {seconds:6.2f} s  {count / seconds:9.0f} files/s  "
            f"{total / seconds / 1e6:7.1f} MB/s   plan counts {counts}"
        )
        print(
            f"sha256sum (1 process):   {single:6.2f} s  {count / single:9.0f} files/s  "
            f"{total / single / 1e6:7.1f} MB/s"
        )
        print(
            f"sha256sum (-P {cores}):        {multi:6.2f} s  {count / multi:9.0f} files/s  "
            f"{total / multi / 1e6:7.1f} MB/s"
        )
        print(
            f"ratio detect+plan / sha256sum: {seconds / single:.2f} (1 process), "
            f"{seconds / multi:.2f} (-P {cores})"
        )
        if args.keep:
            print(f"kept in {base}")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
