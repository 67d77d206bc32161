"""Benchmark: apply SP1 to a generated large install, against ``cp`` of the same changed files.

Builds a 1.0 server with the real core, then adds 2,000 versioned binaries of 64 KiB-1 MiB (the
files SP1 will replace) and 2,000 other files SP1 leaves alone. A matching payload (the shipped SP1
files plus a higher version of each of the 2,000 binaries) is written to a temporary folder with
its own manifest, loaded as a :class:`Payload` and applied with ``apply_update`` (after a real,
verified backup). The apply runs in a child process, so its peak RSS is its own.

Compared in the same run, over the very same changed payload files: ``cp -r`` (page cache only)
and ``cp -r`` + ``sync`` (apply makes its writes durable for crash safety, so this is the fair
twin). Rounds of (cp, cp + sync, apply on a fresh copy of the server) are interleaved, so load
from elsewhere hits all three alike; the first round warms the cache and the medians of the
others count. Prints figures; asserts nothing about time.

    .venv/bin/python benchmarks/bench_apply.py [--changed 2000] [--unchanged 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import SecretStr

PASSWORD = "bench-password-1"
KIB = 1024


def build(base: Path, changed: int, unchanged: int, seed: int = 7) -> tuple[Path, Path, int]:
    """The server, the payload folder and the bytes of the changed files."""
    from rms_wizard.core.common.paths import INSTALL_PATH, windows_to_root
    from rms_wizard.core.engine.payload import ManifestFile, sp1_payload
    from rms_wizard.core.install.fileversion import versioned_binary
    from rms_wizard.core.install.models import ComponentId, FileVersion
    from rms_wizard.training.sandbox_server import build_server
    from rms_wizard.training.scenario_model import ServerSpec

    rng = random.Random(seed)
    root = base / "server"
    build_server(root, ServerSpec(name="RMS-BENCH02"), SecretStr(PASSWORD))
    install = windows_to_root(root, INSTALL_PATH)
    sp1 = sp1_payload()
    payload = base / "payload"
    files = payload / "files"
    shutil.copytree(sp1.files_dir, files)
    old, new = FileVersion.parse("5.2.3790.134"), FileVersion.parse("5.2.3790.300")
    entries = list(sp1.manifest.files)
    changed_bytes = 0
    for index in range(changed):
        rel = f"big/d{index % 20:02d}/lib{index:04d}.dll"
        size = rng.randrange(64 * KIB, 1024 * KIB)
        (install / rel).parent.mkdir(parents=True, exist_ok=True)
        (install / rel).write_bytes(versioned_binary(old, f"lib {index}", os.urandom(size)))
        data = versioned_binary(new, f"lib {index} SP1", os.urandom(size))
        (files / rel).parent.mkdir(parents=True, exist_ok=True)
        (files / rel).write_bytes(data)
        changed_bytes += len(data)
        import hashlib

        entries.append(
            ManifestFile(
                path=rel,
                component=ComponentId.SERVER,
                version=new,
                sha256=hashlib.sha256(data).hexdigest(),
                size=len(data),
            )
        )
    for index in range(unchanged):
        rel = install / "static" / f"d{index % 20:02d}" / f"page{index:04d}.aspx"
        rel.parent.mkdir(parents=True, exist_ok=True)
        rel.write_bytes(os.urandom(rng.randrange(4 * KIB, 256 * KIB)))
    manifest = sp1.manifest.model_copy(update={"files": entries})
    (payload / "manifest.json").write_text(manifest.model_dump_json(indent=1), encoding="utf-8")
    return root, payload, changed_bytes


def child(root: Path, backup: Path, payload_dir: Path) -> None:
    """Apply in this (fresh) process; print timings, bytes and peak RSS as JSON."""
    started = time.perf_counter()
    from rms_wizard.core.common.progress import ProgressEvent
    from rms_wizard.core.engine.apply import apply_update
    from rms_wizard.core.engine.fault_plan import FaultPlan
    from rms_wizard.core.engine.payload import load_payload

    imported = time.perf_counter()
    marks: dict[str, float] = {}

    def progress(event: ProgressEvent) -> None:
        phase = str(event.phase).split(" ")[0]
        marks.setdefault(f"{event.step}:{phase}", time.perf_counter())

    payload = load_payload(payload_dir)
    begin = time.perf_counter()
    result = apply_update(
        root,
        backup_dir=backup,
        password=SecretStr(PASSWORD),
        sp1=payload,
        progress=progress,
        faults=FaultPlan(None),
    )
    end = time.perf_counter()
    times = sorted(marks.values())
    first_install = next(
        t for k, t in sorted(marks.items(), key=lambda kv: kv[1]) if k.startswith("2:")
    )
    print(
        json.dumps(
            {
                "import_s": imported - started,
                "apply_s": end - begin,
                "before_first_step_s": times[0] - begin,  # detect, plan, verify the backup
                "staging_s": first_install - times[0],  # copy + hash + one flush
                "install_steps_s": end - first_install,  # rename into place, journal, DBs
                "files_written": result.files_written,
                "bytes_written": result.bytes_written,
                "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            }
        )
    )


def timed_shell(command: str, cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["sh", "-c", command], cwd=cwd, check=True)
    return time.perf_counter() - start


def measure(
    changed: int = 2000,
    unchanged: int = 2000,
    rounds: int = 3,
    keep: bool = False,
    report: Callable[[str], None] = lambda line: None,
) -> dict[str, Any]:
    """Apply on a generated large install against ``cp`` (and ``cp`` + ``sync``) of the same files.

    ``apply_ratio_vs_cp`` is our throughput over ``cp``'s on the same bytes (higher is better);
    ``apply_ratio_vs_cp_sync`` the same against ``cp`` followed by ``sync`` (apply makes its
    writes durable). Medians over the rounds after the first (which warms the page cache).
    """
    from rms_wizard.core.engine.backup import make_backup
    from rms_wizard.core.engine.detect import detect_install

    base = Path(tempfile.mkdtemp(prefix="rms-bench-apply-"))
    try:
        started = time.perf_counter()
        root, payload, changed_bytes = build(base, changed, unchanged)
        backup = base / "backup"
        make_backup(
            detect_install(root), backup, include_logging_db=True, password=SecretStr(PASSWORD)
        )
        report(
            f"generated: {changed} changed files ({changed_bytes / 1e6:.0f} MB), "
            f"{unchanged} others, in {time.perf_counter() - started:.1f} s"
        )
        big = payload / "files" / "big"
        results = []
        for number in range(rounds):
            # a fresh copy of the server per round (not timed); the first round warms the cache
            server = base / f"server{number}"
            subprocess.run(["cp", "-a", str(root), str(server)], check=True)
            subprocess.run(["sync"], check=True)
            cp = timed_shell(f"cp -r '{big}' '{base}/cp{number}'", base)
            cp_sync = timed_shell(f"cp -r '{big}' '{base}/cps{number}' && sync", base)
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(server), str(backup), str(payload)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            result = json.loads(out.strip().splitlines()[-1])
            results.append((result, cp, cp_sync))
            for folder in (server, base / f"cp{number}", base / f"cps{number}"):
                shutil.rmtree(folder)
            report(
                f"round {number + 1}: apply {result['apply_s']:.2f} s "
                f"(detect+plan+verify {result['before_first_step_s']:.2f}, staging "
                f"{result['staging_s']:.2f}, install steps {result['install_steps_s']:.2f}); "
                f"cp {cp:.2f} s; cp + sync {cp_sync:.2f} s"
            )
        counted = results[1:] if len(results) > 1 else results
        seconds = statistics.median(r[0]["apply_s"] for r in counted)
        cp = statistics.median(r[1] for r in counted)
        cp_sync = statistics.median(r[2] for r in counted)
        written = results[0][0]["bytes_written"]
        return {
            "changed_files": changed,
            "files_written": results[0][0]["files_written"],
            "megabytes_written": round(written / 1e6, 1),
            "apply_s": round(seconds, 3),
            "apply_mb_per_s": round(written / 1e6 / seconds, 1),
            "cp_s": round(cp, 3),
            "cp_sync_s": round(cp_sync, 3),
            # same bytes on both sides, so the throughput ratio is the inverse time ratio
            "apply_ratio_vs_cp": round(cp / seconds, 3),
            "apply_ratio_vs_cp_sync": round(cp_sync / seconds, 3),
            "peak_rss_mb": round(max(r[0]["peak_rss_kib"] for r in results) / 1024, 1),
            **({"kept": str(base)} if keep else {}),
        }
    finally:
        if not keep:
            shutil.rmtree(base, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changed", type=int, default=2000)
    parser.add_argument("--unchanged", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="cp / cp+sync / apply rounds")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--child", nargs=3, metavar=("ROOT", "BACKUP", "PAYLOAD"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        child(*(Path(p) for p in args.child))
        return
    figures = measure(
        args.changed, args.unchanged, args.rounds, args.keep, report=lambda line: print(line)
    )
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"{key:<28} {value}")


if __name__ == "__main__":
    main()
