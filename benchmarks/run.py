"""All of rms-wizard's performance figures in one table (``make bench``), or one JSON object.

    .venv/bin/python benchmarks/run.py            # the table (progress notes go to stderr)
    .venv/bin/python benchmarks/run.py --json     # one JSON object on stdout
    .venv/bin/python benchmarks/run.py --quick    # small sizes, fewer runs: checks the script
    .venv/bin/python benchmarks/run.py --only startup   # one part (repeatable)

What is measured (asserts nothing: machines differ; the targets are the issue's):

* **Start-up** -- process start to the first wizard page painted, offscreen: ``python -m rms_wizard
  --sandbox single-server-v1`` against a bare ``QApplication`` + ``QWizard`` with one empty page,
  alternated, median of ``--runs``. Both use the same probe (:mod:`rms_wizard.ui.autoclose`: the
  first ``Paint`` of a visible ``QWizardPage``, stamped with the machine-wide monotonic clock), so
  ``startup_ratio`` = ours / bare compares like with like. Byte-code is cached for both (a private
  ``PYTHONPYCACHEPREFIX``, warmed once), as it is for an installed or frozen app. Also: import time
  of our start split by module (``python -X importtime``), and how much of it comes before the first
  paint (the rest is imported on start-up's worker thread afterwards).
* **Detect + plan** on a generated 20,000-file install against ``sha256sum`` over the same files
  (``hash_ratio_vs_sha256sum`` = our bytes/s / sha256sum's, higher is better) -- measured by
  ``benchmarks/bench_plan.py``'s ``measure()``.
* **PE version** of a 10 MB binary whose resource section is at its end: ``read_file_version``
  (open, a few small reads by offset, close), warm cache, median of 500 (``pe_version_10mb_ms``),
  with the I/O that same function did: its reads, the bytes they returned and the time spent in
  them (``io_ms``; the issue's "under 1 ms of I/O").
* **Apply and uninstall** of a generated payload against ``cp -r`` of the same bytes
  (``apply_ratio_vs_cp`` = our MB/s / cp's) and files written vs planned, measured here in
  interleaved rounds after alike preparation (medians; see :func:`measure_apply`), with ``cp`` +
  ``sync`` alongside (apply makes its writes durable before its commit point; cp does not);
  ``benchmarks/bench_apply.py`` looks closer at apply alone (against ``cp`` and ``cp`` + ``sync``,
  phase by phase).
* **UI responsiveness and memory** -- a child process opens the real wizard (offscreen) on a
  20,000-file install and runs a whole update on the wizard's own workers (detect, backup, apply +
  verify) while a 5 ms ``QTimer`` heartbeats; ``max_ui_gap_ms`` is the longest gap between beats
  during the apply (median of three runs: one run's worst may be another process taking the
  CPU; the worst is shown too), ``peak_rss_mb`` the child's peak resident set size
  (``resource.getrusage``, the highest of the runs).
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for entry in (str(ROOT), str(HERE)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

TARGETS = {
    "startup_ratio": ("<=", 1.5),
    "hash_ratio_vs_sha256sum": (">=", 0.8),
    "pe_version_10mb_ms": ("<=", 1.0),
    "apply_ratio_vs_cp": (">=", 0.7),
    "max_ui_gap_ms": ("<=", 50.0),
    "peak_rss_mb": ("<=", 200.0),
}

PROBE = "rms-wizard: first-paint "

#: Our start: the real entry point, with the first-paint probe armed when the first window is
#: shown (``run_gui`` may install it too: install_autoclose is idempotent).
OURS = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
_show = QWidget.show
def _show_with_probe(self):
    from rms_wizard.ui.autoclose import install_autoclose
    install_autoclose(QApplication.instance())
    return _show(self)
QWidget.show = _show_with_probe
from rms_wizard.__main__ import main
sys.exit(main(sys.argv[1:]))
"""

#: The baseline: a bare QApplication and a QWizard with one empty page, same probe, armed at the
#: same moment as ours (right before the window is shown: run_gui arms it there too).
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
from rms_wizard.ui.autoclose import install_autoclose
app = QApplication(sys.argv)
wizard = QWizard()
wizard.addPage(QWizardPage())
install_autoclose(app)
wizard.show()
sys.exit(app.exec())
"""


def note(text: str) -> None:
    sys.stderr.write(f"[bench] {text}\n")
    sys.stderr.flush()


def child_env(scratch: Path, **extra: str) -> dict[str, str]:
    """A child's environment: offscreen, private folders, cached byte-code, English."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RMS_WIZARD_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        RMS_WIZARD_LANG="en",
        RMS_WIZARD_LOG_DIR=str(scratch / "logs"),
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_DATA_HOME=str(scratch / "data"),
        XDG_STATE_HOME=str(scratch / "state"),
        XDG_CACHE_HOME=str(scratch / "cache"),
        PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "rms-wizard-bench-pycache"),
    )
    env.update(extra)
    return env


# --------------------------------------------------------------------------- start-up


def _first_paint(args: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``args`` to its first painted wizard page."""
    start = time.monotonic()
    proc = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120, check=False)
    stamps = [
        float(line[len(PROBE) :]) for line in proc.stdout.splitlines() if line.startswith(PROBE)
    ]
    if proc.returncode != 0 or not stamps:
        raise RuntimeError(f"{args[:3]} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return stamps[0] - start


def measure_startup(scratch: Path, runs: int) -> dict[str, Any]:
    env = child_env(scratch, RMS_WIZARD_FIRST_PAINT="1", RMS_WIZARD_AUTOCLOSE_MS="0")
    ours = [sys.executable, "-c", OURS, "--sandbox", "single-server-v1"]
    bare = [sys.executable, "-c", BARE]
    _first_paint(ours, env), _first_paint(bare, env)  # warm the byte-code cache and the disk
    ours_s: list[float] = []
    bare_s: list[float] = []
    for _ in range(runs):
        bare_s.append(_first_paint(bare, env))
        ours_s.append(_first_paint(ours, env))
    ours_median, bare_median = statistics.median(ours_s), statistics.median(bare_s)
    imports = import_split(ours, env)
    return {
        "startup_ratio": ours_median / bare_median,
        "startup_ms": ours_median * 1000,
        "bare_startup_ms": bare_median * 1000,
        "startup_runs_ms": [round(s * 1000, 1) for s in ours_s],
        "bare_runs_ms": [round(s * 1000, 1) for s in bare_s],
        "imports": imports,
    }


_IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)$")


def import_split(args: list[str], env: dict[str, str], top: int = 12) -> dict[str, Any]:
    """``python -X importtime``: our modules by cumulative time, and the big third parties; and
    what was imported before the first page was painted (the probe's line on stdout is merged
    with importtime's on stderr, in order: the rest is imported after the first paint)."""
    proc = subprocess.run(
        [args[0], "-X", "importtime", *args[1:]],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    ours: dict[str, tuple[float, float]] = {}
    roots: dict[str, float] = {}
    total = 0.0
    painted = False
    before_paint_ms = 0.0
    before_paint_top: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        if line.startswith(PROBE):
            painted = True
            continue
        match = _IMPORT_LINE.match(line)
        if not match:
            continue
        self_us, cumulative_us, indent, name = match.groups()
        self_ms, cumulative_ms = int(self_us) / 1000, int(cumulative_us) / 1000
        total += self_ms
        if not painted:
            before_paint_ms += self_ms
            if len(indent) <= 1:  # imported by the program itself, not by another module
                before_paint_top[name] = cumulative_ms
        if name.startswith("rms_wizard"):
            ours[name] = (self_ms, cumulative_ms)
        package = name.split(".")[0]
        if package != "rms_wizard":
            roots[name] = max(roots.get(name, 0.0), cumulative_ms)
    third = {
        name: ms
        for name, ms in roots.items()
        if name.split(".")[0] in ("PySide6", "pydantic", "keyring", "cryptography", "platformdirs")
        and name.count(".") <= 1
    }
    by_package: dict[str, float] = {}
    for name, ms in third.items():
        package = name.split(".")[0]
        by_package[package] = max(by_package.get(package, 0.0), ms)
    ranked = sorted(ours.items(), key=lambda item: item[1][1], reverse=True)[:top]
    return {
        "total_ms": total,
        "rms_wizard_self_ms": sum(s for s, _c in ours.values()),
        "modules": [{"module": m, "self_ms": s, "cumulative_ms": c} for m, (s, c) in ranked],
        "third_party_ms": dict(sorted(by_package.items(), key=lambda item: -item[1])),
        "before_first_paint_ms": before_paint_ms if painted else None,
        "before_first_paint_top_ms": dict(
            sorted(before_paint_top.items(), key=lambda item: -item[1])[:8]
        ),
    }


# --------------------------------------------------------------------------- generated installs

_POOL = os.urandom(1 << 20)


def _content(index: int, size: int) -> bytes:
    """Distinct, incompressible content of ``size`` bytes for file number ``index``."""
    offset = (index * 7919) % (len(_POOL) - size) if size < len(_POOL) else 0
    head = f"rms-bench file {index}\n".encode()
    return (head + _POOL[offset : offset + size])[:size]


def make_install(folder: Path, files: int, seed: int = 8) -> tuple[Path, str]:
    """A 1.0 sandbox server whose install folder holds ``files`` files (most of them synthetic,
    1-32 KB, in nested folders); returns (root, private-key password)."""
    from rms_wizard.core.common.paths import INSTALL_PATH, windows_to_root
    from rms_wizard.training.sandbox import create_sandbox

    scenario = create_sandbox("single-server-v1", folder)
    install = windows_to_root(folder, INSTALL_PATH)
    existing = sum(1 for p in install.rglob("*") if p.is_file())
    rng = random.Random(seed)
    for index in range(max(0, files - existing)):
        sub = install / "content" / f"d{index % 40:02d}" / f"s{index % 7}"
        if index < 280:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"page{index:05d}.aspx").write_bytes(_content(index, rng.randrange(1024, 32768)))
    return folder, scenario.key_password


def make_payload(folder: Path, files: int, seed: int = 9) -> Any:
    """The SP1 payload plus ``files`` new unversioned files (16-128 KB): a big update to apply."""
    import hashlib

    from rms_wizard.core.common.paths import resources_dir
    from rms_wizard.core.engine.payload import load_payload

    shutil.copytree(resources_dir() / "sp1", folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    rng = random.Random(seed)
    for index in range(files):
        rel = f"bench/m{index // 250:02d}/update{index:05d}.bin"
        body = _content(100_000 + index, rng.randrange(16 * 1024, 128 * 1024))
        target = folder / "files" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        manifest["files"].append(
            {
                "path": rel,
                "component": "server",
                "version": None,
                "sha256": hashlib.sha256(body).hexdigest(),
                "size": len(body),
            }
        )
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return load_payload(folder)


def _backup(root: Path, password: str, dest: Path) -> None:
    from pydantic import SecretStr

    from rms_wizard.core.engine.backup import make_backup
    from rms_wizard.core.engine.detect import detect_install

    make_backup(detect_install(root), dest, include_logging_db=False, password=SecretStr(password))


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


# --------------------------------------------------------------------------- detect + plan


def measure_hashing(scratch: Path, files: int) -> dict[str, Any]:
    """Detect + plan against ``sha256sum``: ``benchmarks/bench_plan.py``'s measurement."""
    del scratch  # bench_plan makes and removes its own install
    from bench_plan import measure

    note("detect + plan: benchmarks/bench_plan.py measure()")
    return {"source": "bench_plan.measure()", **measure(files=files, runs=2)}


# --------------------------------------------------------------------------- PE version


class _CountedFile(io.FileIO):
    """A raw file that counts the reads made through it, their bytes and the time spent in them
    (seeks are only offsets: they read nothing)."""

    def __init__(self, path: str | os.PathLike[str], tally: dict[str, float]) -> None:
        super().__init__(path, "rb")
        self._tally = tally

    def readinto(self, buffer: Any) -> int | None:  # type: ignore[override]
        start = time.perf_counter()
        count = super().readinto(buffer)
        self._tally["io_s"] += time.perf_counter() - start
        self._tally["reads"] += 1
        self._tally["bytes"] += count or 0
        return count

    def read(self, size: int = -1) -> bytes:
        start = time.perf_counter()
        data = super().read(size)
        self._tally["io_s"] += time.perf_counter() - start
        self._tally["reads"] += 1
        self._tally["bytes"] += len(data or b"")
        return data


def measure_pe_version(scratch: Path, runs: int) -> dict[str, Any]:
    """Reading the version of a 10 MB binary whose resource section lies at its end: the file
    is written whole (no holes), read once to warm the cache, then the real
    ``read_file_version`` (open, a few reads by offset, close) is timed ``runs`` times; the
    median counts (``pe_version_10mb_ms``: everything, parsing included). The I/O is measured on
    as many further runs of the same function with its file counted (:class:`_CountedFile`):
    the reads it made, the bytes they returned, and the time spent inside them
    (``io_ms``, median) -- the acceptance's "under 1 ms of I/O"."""
    import rms_wizard.core.install.fileversion as fileversion
    from rms_wizard.core.install.models import FileVersion
    from rms_wizard.core.install.pe_image import PeSpec, pe_bytes

    version = FileVersion.parse("14.44.35211.0")
    path = scratch / "large.dll"
    path.write_bytes(pe_bytes(PeSpec(version=version, code=os.urandom(10 * 1024 * 1024))))
    path.read_bytes()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        found = fileversion.read_file_version(path)
        times.append(time.perf_counter() - start)
        if found.version != version:
            raise RuntimeError(f"read {found} from the 10 MB file, not {version}")
    tallies: list[dict[str, float]] = []

    def counted_open(file: Any, mode: str = "r", buffering: int = -1, **kwargs: Any) -> Any:
        assert mode == "rb", mode
        tallies.append({"io_s": 0.0, "reads": 0, "bytes": 0})
        return _CountedFile(file, tallies[-1])

    fileversion.open = counted_open  # type: ignore[attr-defined]  # the module's own open
    try:
        for _ in range(runs):
            if fileversion.read_file_version(path).version != version:
                raise RuntimeError("the counted read found another version")
    finally:
        del fileversion.open  # type: ignore[attr-defined]
    if len({(t["reads"], t["bytes"]) for t in tallies}) != 1:
        raise RuntimeError(f"the reads differ between runs: {tallies[:3]}")
    return {
        "pe_version_10mb_ms": statistics.median(times) * 1000,
        "io_ms": statistics.median(t["io_s"] for t in tallies) * 1000,
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "reads": int(tallies[0]["reads"]),
        "bytes_read": int(tallies[0]["bytes"]),
    }


# --------------------------------------------------------------------------- apply + uninstall


def _cp_seconds(source: Path, dest: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["cp", "-r", str(source), str(dest)], check=True)
    return time.perf_counter() - start


def _linked_copy(root: Path, dest: Path, databases: list[Path]) -> Path:
    """A copy of the server made of hard links (no file is written, none removed later), except
    the SQLite databases, which the update changes in place and so are real copies."""
    shutil.copytree(root, dest, copy_function=os.link)
    for db in databases:
        target = dest / db.relative_to(root)
        target.unlink()
        shutil.copy2(db, target)
    return dest


def measure_apply(scratch: Path, files: int, payload_files: int, rounds: int) -> dict[str, Any]:
    """Apply and ``cp -r`` of the same changed bytes, in interleaved rounds, in two conditions.

    File creation on some file systems (ext4 without a journal, as on the machine these figures
    were first taken on) is several times slower for a minute after many files were removed, and
    both apply and cp create one file per changed file. So:

    * **fresh** (the headline ``apply_ratio_vs_cp``): nothing is removed while measuring; each
      apply runs on a new hard-linked copy of the server, each cp into a new folder. Run this
      part first, a minute after anything removed many files, for the figure a server that has
      not just lost thousands of files would see;
    * **aged**: each timed run follows the removal of as many files (the uninstall before an
      apply, the previous copy before a cp) -- the uninstall figures come from here.

    Every timed run starts after an untimed ``sync``; round 0 of each warms the caches and is not
    counted; medians of the others. ``cp`` + ``sync`` is shown too: apply makes its writes durable
    before its commit point and cp does not.
    """
    from pydantic import SecretStr

    from rms_wizard.core.engine.apply import apply_update
    from rms_wizard.core.engine.detect import detect_install
    from rms_wizard.core.engine.fault_plan import FaultPlan
    from rms_wizard.core.engine.payload import baseline_payload
    from rms_wizard.core.engine.plan import plan_update
    from rms_wizard.core.engine.uninstall import uninstall_sp1

    note(f"apply: generating a {files}-file install and a {payload_files}-file payload")
    root, password = make_install(scratch / "apply-server", files)
    payload = make_payload(scratch / "apply-payload", payload_files)
    backup = scratch / "apply-backup"
    _backup(root, password, backup)
    baseline = baseline_payload()
    state = detect_install(root)
    databases = [Path(db.path) for db in (state.config_db, state.logging_db) if db is not None]
    plan = plan_update(detect_install(root, sp1=payload, baseline=baseline), payload, baseline)
    source = scratch / "cp-source"  # the same bytes for cp: the payload files the update writes
    for item in plan.changes():
        target = source.joinpath(*item.path.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(payload.source(item.path), target)

    def apply(server: Path) -> Any:
        return apply_update(
            server,
            backup_dir=backup,
            password=SecretStr(password),
            faults=FaultPlan(None),
            sp1=payload,
            baseline=baseline,
        )

    def cp_and_sync(dest: Path) -> tuple[float, float]:
        cp_s = _cp_seconds(source, dest)
        start = time.perf_counter()
        os.sync()
        return cp_s, cp_s + time.perf_counter() - start

    fresh: dict[str, list[float]] = {"apply": [], "cp": [], "cp_sync": []}
    result = None
    for index in range(rounds + 1):
        server = _linked_copy(root, scratch / f"fresh-server-{index}", databases)
        os.sync()
        apply_s, result = _timed(functools.partial(apply, server))
        os.sync()
        cp_s, cp_sync_s = cp_and_sync(scratch / f"fresh-cp-{index}")
        note(
            f"apply, fresh round {index}{' (warm-up)' if index == 0 else ''}: apply "
            f"{apply_s:.3f} s, cp {cp_s:.3f} s, cp + sync {cp_sync_s:.3f} s"
        )
        if index:
            for key, value in (("apply", apply_s), ("cp", cp_s), ("cp_sync", cp_sync_s)):
                fresh[key].append(value)

    aged: dict[str, list[float]] = {"apply": [], "uninstall": [], "cp": [], "cp_sync": []}
    removal = None
    copy = scratch / "aged-cp"
    for index in range(rounds + 1):
        os.sync()
        apply_s, result = _timed(lambda: apply(root))
        os.sync()
        uninstall_s, removal = _timed(
            lambda: uninstall_sp1(root, restore_config_db=None, faults=FaultPlan(None))
        )
        os.sync()
        cp_s, cp_sync_s = cp_and_sync(copy)
        shutil.rmtree(copy)
        note(
            f"apply, aged round {index}{' (warm-up)' if index == 0 else ''}: apply {apply_s:.3f}"
            f" s, uninstall {uninstall_s:.3f} s, cp {cp_s:.3f} s, cp + sync {cp_sync_s:.3f} s"
        )
        if index:
            for key, value in (
                ("apply", apply_s),
                ("uninstall", uninstall_s),
                ("cp", cp_s),
                ("cp_sync", cp_sync_s),
            ):
                aged[key].append(value)
    assert result is not None and removal is not None
    med = {key: statistics.median(values) for key, values in fresh.items()}
    old = {key: statistics.median(values) for key, values in aged.items()}
    mb = result.bytes_written / 1e6
    return {
        "source": f"run.py ({rounds} interleaved rounds per condition, medians)",
        "apply_ratio_vs_cp": med["cp"] / med["apply"],
        "apply_ratio_vs_cp_sync": med["cp_sync"] / med["apply"],
        "apply_ratio_vs_cp_rounds": [
            c / a for c, a in zip(fresh["cp"], fresh["apply"], strict=True)
        ],
        "apply_s": med["apply"],
        "cp_s": med["cp"],
        "cp_sync_s": med["cp_sync"],
        "apply_mb_per_s": mb / med["apply"],
        "cp_mb_per_s": mb / med["cp"],
        "aged_apply_ratio_vs_cp": old["cp"] / old["apply"],
        "aged_apply_ratio_vs_cp_sync": old["cp_sync"] / old["apply"],
        "aged_apply_s": old["apply"],
        "aged_cp_s": old["cp"],
        "uninstall_s": old["uninstall"],
        "uninstall_mb_per_s": mb / old["uninstall"],
        "uninstall_ratio_vs_cp": old["cp"] / old["uninstall"],
        "mb": mb,
        "files_written": result.files_written,
        "files_planned": len(result.plan.changes()),
        "files_restored_or_removed": removal.files_restored + removal.files_removed,
    }


# --------------------------------------------------------------------------- GUI: gaps + memory

GUI_CHILD = "--gui-child"


def gui_child(root: Path, backup: Path, password: str) -> None:
    """Runs in the child: the real wizard, a whole update on the wizard's workers, a heartbeat."""
    import resource

    from pydantic import SecretStr
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QProgressBar

    from rms_wizard.core.engine.fault_plan import FaultPlan
    from rms_wizard.i18n import tr_message
    from rms_wizard.ui.app import create_wizard
    from rms_wizard.ui.jobs.backup import backup_job
    from rms_wizard.ui.jobs.changes import apply_job
    from rms_wizard.ui.jobs.detection import detect_job
    from rms_wizard.ui.jobs.worker import Worker

    app = QApplication([sys.argv[0]])
    # As the app starts: the first page, then the state and the pages (and gc.freeze) after it.
    wizard = create_wizard(["--root", str(root)], defer=True)
    wizard.show()
    # What the Updating page does with every progress event, on widgets of the same kinds.
    bar, current, pane = QProgressBar(wizard), QLabel(wizard), QPlainTextEdit(wizard)
    last_step = [-1]

    def on_progress(event: Any) -> None:
        bar.setRange(0, max(event.total_steps, 1))
        bar.setValue(event.step)
        if event.path:
            current.setText(event.path)
        if event.step != last_step[0]:
            last_step[0] = event.step
            pane.appendPlainText(f"[{event.step}/{event.total_steps}] {tr_message(event.phase)}")

    clock = QElapsedTimer()
    clock.start()
    phase = ["idle"]
    gaps: dict[str, list[float]] = {}
    last = [0.0]

    def beat() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.setdefault(phase[0], []).append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)
    secret = SecretStr(password)
    timings: dict[str, float] = {}
    result: dict[str, Any] = {}
    steps: list[tuple[str, Callable[[Any], Any]]] = [
        ("detect", lambda _prev: detect_job(root)),
        (
            "backup",
            lambda prev: backup_job(prev.state, backup, include_logging_db=False, password=secret),
        ),
        (
            "apply",
            lambda _prev: apply_job(
                root,
                backup_dir=backup,
                password=secret,
                import_statistics=False,
                faults=FaultPlan(None),
            ),
        ),
    ]
    keep: list[Any] = []

    def run_step(index: int, previous: Any) -> None:
        if index == len(steps):
            heartbeat.stop()
            app.quit()
            return
        name, make_job = steps[index]
        worker = Worker(make_job(previous), name=name)
        keep.append(worker)
        started = clock.nsecsElapsed() / 1e6

        def done(value: Any) -> None:
            timings[name] = (clock.nsecsElapsed() / 1e6 - started) / 1000
            phase[0] = "between"
            QTimer.singleShot(0, lambda: run_step(index + 1, value))

        def failed(failure: Any) -> None:
            result["error"] = f"{name}: {failure.text()}"
            heartbeat.stop()
            app.quit()

        worker.progress.connect(on_progress)
        worker.finished.connect(done)
        worker.failed.connect(failed)
        phase[0] = name
        last[0] = clock.nsecsElapsed() / 1e6
        wizard.jobs.start(worker)

    def start() -> None:
        last[0] = clock.nsecsElapsed() / 1e6
        heartbeat.start()
        run_step(0, None)

    def not_started(text: str) -> None:
        result["error"] = f"start-up: {text}"
        app.quit()

    wizard.ready.connect(lambda: QTimer.singleShot(0, start))
    wizard.startup_failed.connect(not_started)
    app.exec()
    wizard.jobs.wait_all()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result.update(
        {
            "max_ui_gap_ms": max(gaps.get("apply", [0.0])),
            "max_ui_gap_whole_update_ms": max(max(v) for v in gaps.values()) if gaps else 0.0,
            "gap_p99_apply_ms": _percentile(gaps.get("apply", [0.0]), 99),
            "beats": {k: len(v) for k, v in gaps.items()},
            "seconds": timings,
            "peak_rss_mb": rss_kb / 1024 if sys.platform != "darwin" else rss_kb / 1024 / 1024,
        }
    )
    print(json.dumps(result))


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]


def _gui_run(scratch: Path, root: Path, password: str, index: int) -> dict[str, Any]:
    proc = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            GUI_CHILD,
            str(root),
            str(scratch / f"gui-backup-{index}"),
        ],
        input=password,
        capture_output=True,
        text=True,
        env=child_env(scratch),
        timeout=900,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"the GUI benchmark failed ({proc.returncode}):\n{proc.stderr}")
    data: dict[str, Any] = json.loads(lines[-1])
    if "error" in data:
        raise RuntimeError(f"the GUI benchmark's update failed: {data['error']}")
    return data


def measure_gui(scratch: Path, files: int, runs: int) -> dict[str, Any]:
    """``runs`` whole updates, each on a fresh copy of one generated install; the median run's
    longest gap counts (one run's worst can be another process taking the CPU), the worst is
    shown too, and the peak RSS is the highest of all runs."""
    note(f"GUI update: generating a {files}-file install")
    template, password = make_install(scratch / "gui-template", files)
    results = []
    for index in range(runs):
        note(f"GUI update {index + 1}/{runs}: the wizard, a whole update on its workers")
        root = scratch / f"gui-server-{index}"
        shutil.copytree(template, root, symlinks=True)
        results.append(_gui_run(scratch, root, password, index))
        shutil.rmtree(root, ignore_errors=True)
    gaps = [r["max_ui_gap_ms"] for r in results]
    median_run = sorted(results, key=lambda r: r["max_ui_gap_ms"])[len(results) // 2]
    return {
        **median_run,
        "max_ui_gap_ms": statistics.median(gaps),
        "max_ui_gap_runs_ms": [round(g, 1) for g in gaps],
        "max_ui_gap_worst_ms": max(gaps),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
    }


# --------------------------------------------------------------------------- report


def _verdict(key: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    op, target = TARGETS[key]
    ok = value <= target if op == "<=" else value >= target
    return "ok" if ok else "MISSED"


def table(figures: dict[str, Any], details: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str, str]] = []

    def key_row(label: str, key: str, fmt: str) -> None:
        value = figures.get(key)
        op, target = TARGETS[key]
        rows.append(
            (
                label,
                "n/a" if value is None else format(value, fmt),
                f"{op} {target:g}",
                _verdict(key, value),
            )
        )

    def info(label: str, value: str) -> None:
        rows.append((label, value, "", ""))

    start = details.get("startup", {})
    key_row("start-up ratio (ours / bare QWizard)", "startup_ratio", ".2f")
    if start:
        info("  ours: spawn -> first page painted", f"{start['startup_ms']:.0f} ms")
        info("  bare QApplication + QWizard", f"{start['bare_startup_ms']:.0f} ms")
        imports = start["imports"]
        info("  import time, everything (self)", f"{imports['total_ms']:.0f} ms")
        info("  import time, rms_wizard.* (self)", f"{imports['rms_wizard_self_ms']:.0f} ms")
        if imports.get("before_first_paint_ms") is not None:
            info(
                "  import time before the first paint",
                f"{imports['before_first_paint_ms']:.0f} ms (the rest after it)",
            )
            for name, ms in imports.get("before_first_paint_top_ms", {}).items():
                info(f"    {name}", f"{ms:.0f} ms cum. (before the paint)")
        for package, ms in imports["third_party_ms"].items():
            info(f"    {package} (cumulative)", f"{ms:.0f} ms")
        for module in imports["modules"]:
            info(
                f"    {module['module']}",
                f"{module['cumulative_ms']:.0f} ms cum., {module['self_ms']:.0f} self",
            )
    hashing = details.get("hashing", {})
    key_row("detect+plan / sha256sum (throughput)", "hash_ratio_vs_sha256sum", ".2f")
    for key, value in hashing.items():
        if key != "hash_ratio_vs_sha256sum":
            info(f"  {key}", _fmt(value))
    pe = details.get("peversion", {})
    key_row("version of a 10 MB binary (warm cache)", "pe_version_10mb_ms", ".3f")
    for key, value in pe.items():
        if key != "pe_version_10mb_ms":
            info(f"  {key}", _fmt(value))
    applying = details.get("apply", {})
    key_row("apply / cp (throughput)", "apply_ratio_vs_cp", ".2f")
    for key, value in applying.items():
        if key != "apply_ratio_vs_cp":
            info(f"  {key}", _fmt(value))
    gui = details.get("gui", {})
    key_row("longest UI gap during a GUI apply", "max_ui_gap_ms", ".1f")
    for key in (
        "max_ui_gap_runs_ms",
        "max_ui_gap_worst_ms",
        "max_ui_gap_whole_update_ms",
        "gap_p99_apply_ms",
        "seconds",
        "beats",
    ):
        if key in gui:
            info(f"  {key}", _fmt(gui[key]))
    key_row("peak RSS of the GUI through an update", "peak_rss_mb", ".0f")
    info(
        "machine load (1/5/15 min) before / after",
        f"{_fmt(details.get('load_average_before'))} / {_fmt(details.get('load_average_after'))}"
        f" on {os.cpu_count()} CPUs",
    )
    for name, error in details.get("errors", {}).items():
        info(f"  error in {name}", error.splitlines()[0][:70])
    widths = [max(len(r[i]) for r in [*rows, ("figure", "value", "target", "")]) for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    head = "  ".join(
        h.ljust(w) for h, w in zip(("figure", "value", "target", ""), widths, strict=True)
    )
    body = "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )
    return f"{head.rstrip()}\n{line}\n{body}\n"


def _load() -> list[float] | None:
    """The machine's 1/5/15-minute load averages: other work on the machine shows in every figure
    here (a busy CPU stretches start-up and UI gaps), so the table says how busy it was."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return None


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return " ".join(_fmt(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {_fmt(v)}" for k, v in value.items())
    return str(value)


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if args_list[:1] == [GUI_CHILD]:
        gui_child(Path(args_list[1]), Path(args_list[2]), sys.stdin.readline().rstrip("\n"))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON object instead of the table")
    parser.add_argument("--quick", action="store_true", help="small sizes and few runs")
    parser.add_argument("--runs", type=int, help="start-up runs of each side (default 7)")
    parser.add_argument("--files", type=int, help="files in the generated installs (20000)")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument(
        "--only",
        action="append",
        choices=["startup", "hashing", "peversion", "apply", "gui"],
        help="measure only this part (repeatable); the others show n/a",
    )
    args = parser.parse_args(args_list)
    runs = args.runs or (3 if args.quick else 7)
    gui_runs = 1 if args.quick else 3
    apply_rounds = 2 if args.quick else 7
    files = args.files or (2000 if args.quick else 20_000)
    payload_files = max(50, files // 10)
    scratch = Path(tempfile.mkdtemp(prefix="rms-wizard-bench-"))
    details: dict[str, Any] = {"errors": {}}
    figures: dict[str, Any] = dict.fromkeys(TARGETS)
    parts: list[tuple[str, Callable[[], dict[str, Any]], tuple[str, ...]]] = [
        # apply first: the others remove thousands of files, after which file creation is slow
        # for a minute on some file systems (see measure_apply)
        (
            "apply",
            lambda: measure_apply(scratch, files, payload_files, apply_rounds),
            ("apply_ratio_vs_cp",),
        ),
        ("startup", lambda: measure_startup(scratch, runs), ("startup_ratio",)),
        ("hashing", lambda: measure_hashing(scratch, files), ("hash_ratio_vs_sha256sum",)),
        (
            "peversion",
            lambda: measure_pe_version(scratch, 50 if args.quick else 500),
            ("pe_version_10mb_ms",),
        ),
        ("gui", lambda: measure_gui(scratch, files, gui_runs), ("max_ui_gap_ms", "peak_rss_mb")),
    ]
    if args.only:
        parts = [part for part in parts if part[0] in args.only]
    details["load_average_before"] = _load()
    try:
        for name, measure, keys in parts:
            note(f"{name} ...")
            try:
                data = measure()
            except Exception as exc:  # one broken part must not hide the others' figures
                details["errors"][name] = f"{type(exc).__name__}: {exc}"
                note(f"{name} failed: {exc}")
                continue
            details[name] = data
            for key in keys:
                value = data.get(key)
                figures[key] = float(value) if value is not None else None
    finally:
        if args.keep:
            note(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    details["load_average_after"] = _load()
    if not details["errors"]:
        del details["errors"]
    if args.json:
        print(json.dumps({**figures, "details": details}, indent=2, default=str))
    else:
        print(table(figures, details), end="")
    return 1 if details.get("errors") else 0


if __name__ == "__main__":
    raise SystemExit(main())
