"""Helpers shared by the engine tests (tests/core) and the CLI tests (tests/cli).

* :class:`Templates` builds each sandbox scenario once (in-process, with the real core) and hands
  out cheap copies (``shutil.copytree``), so a test never pays for a build it does not need.
* :func:`snapshot` / :func:`content` describe a tree so a test can prove that "nothing was written"
  (every path, kind, size, mode, mtime_ns and hash) or that a tree is "exactly" a reference state
  (file hashes, and database *content* for the SQLite files).
* :func:`run_cli` runs the real CLI in a subprocess with a minimal, reproducible environment.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rms_wizard.core.common.paths import (
    INSTALL_PATH,
    STATE_DIR_NAME,
    registry_file,
    windows_to_root,
)
from rms_wizard.core.engine.configdb import dump_content
from rms_wizard.core.install.registry import DRMS_KEY, RegFileReader, as_text
from rms_wizard.training.sandbox import create_sandbox, get_scenario
from rms_wizard.training.sandbox_server import DATA_PATH
from rms_wizard.training.trail import TRAIL_FILE

REPO = Path(__file__).resolve().parents[1]


def password_of(scenario: str) -> str:
    return get_scenario(scenario).key_password


def install_dir(root: Path) -> Path:
    return windows_to_root(root, INSTALL_PATH)


def data_dir(root: Path) -> Path:
    return windows_to_root(root, DATA_PATH)


def config_db(root: Path) -> Path:
    return data_dir(root) / "DRMS_Config.db"


def logging_db(root: Path) -> Path:
    return data_dir(root) / "DRMS_Logging.db"


def key_file(root: Path) -> Path:
    return data_dir(root) / "ServerPrivateKey.pem"


def product_version(root: Path) -> str | None:
    return as_text(RegFileReader.from_path(registry_file(root)).value(DRMS_KEY, "ProductVersion"))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ------------------------------------------------------------------------------ tree descriptions


@dataclass(frozen=True)
class Entry:
    kind: str  # "file", "dir" or "link"
    size: int
    mode: int
    mtime_ns: int
    digest: str  # file: sha256; link: its target; dir: ""


def snapshot(root: Path) -> dict[str, Entry]:
    """Every path below ``root`` (the state folder included) with everything that could change.

    A sandbox's trail (``.rms-sandbox-trail.jsonl`` at its top) is left out: it is the trainee's
    record of what they did, appended by design on every run, a refused one included (a wrong
    password is an event the debrief scores), not part of the install the run must leave alone.
    """
    found: dict[str, Entry] = {}
    if not os.path.lexists(root):
        return found
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        for name in [*dirnames, *filenames]:
            path = here / name
            rel = path.relative_to(root).as_posix()
            if rel == TRAIL_FILE:
                continue
            st = path.lstat()
            if path.is_symlink():
                found[rel] = Entry(
                    "link", st.st_size, st.st_mode, st.st_mtime_ns, os.readlink(path)
                )
            elif path.is_dir():
                found[rel] = Entry("dir", 0, st.st_mode, st.st_mtime_ns, "")
            elif not stat.S_ISREG(st.st_mode):  # a FIFO or device: never read it (it would block)
                found[rel] = Entry("special", 0, st.st_mode, st.st_mtime_ns, "")
            else:
                found[rel] = Entry("file", st.st_size, st.st_mode, st.st_mtime_ns, sha256(path))
    return found


DB_SUFFIX = ".db"


def content(root: Path, *, include_state: bool = False) -> dict[str, object]:
    """What a tree *is*: each file's SHA-256 (a database's dumped content), each folder.

    The wizard's state folder (``.rms-wizard``) is left out unless ``include_state``.
    """
    result: dict[str, object] = {}
    for rel, entry in snapshot(root).items():
        if not include_state and (rel == STATE_DIR_NAME or rel.startswith(STATE_DIR_NAME + "/")):
            continue
        if entry.kind == "file" and rel.endswith(DB_SUFFIX):
            result[rel] = tuple(dump_content(root / rel))
        elif entry.kind == "file":
            result[rel] = entry.digest
        else:
            result[rel] = entry.kind
    return result


def diff(a: dict[str, object], b: dict[str, object]) -> list[str]:
    """Human-readable differences between two :func:`content` / :func:`snapshot` maps."""
    out = [f"only before: {k}" for k in sorted(a.keys() - b.keys())]
    out += [f"only after: {k}" for k in sorted(b.keys() - a.keys())]
    out += [f"changed: {k}" for k in sorted(a.keys() & b.keys()) if a[k] != b[k]]
    return out


# ------------------------------------------------------------------------------ scenario templates


class Templates:
    """Each scenario built once per owner (a module or a session) and copied per test."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self._built: dict[str, Path] = {}

    def template(self, scenario: str) -> Path:
        if scenario not in self._built:
            folder = self.base / "templates" / scenario
            create_sandbox(scenario, folder)
            self._built[scenario] = folder
        return self._built[scenario]

    def copy(self, scenario: str, dest: Path) -> Path:
        shutil.copytree(self.template(scenario), dest, symlinks=True)
        return dest


# ------------------------------------------------------------------------------ the real CLI


_PYCACHE = Path(tempfile.gettempdir()) / f"rms-wizard-test-pycache-{os.getuid()}"


def cli_env(log_dir: Path, **extra: str) -> dict[str, str]:
    """The CLI's environment: this one minus fault/language settings, plus a log folder.

    Byte-code goes to a private cache folder so each subprocess does not recompile the package
    (the developer environment sets PYTHONDONTWRITEBYTECODE), which keeps the many CLI runs fast.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("RMS_WIZARD_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(
        RMS_WIZARD_LOG_DIR=str(log_dir),
        RMS_WIZARD_LANG="en",
        PYTHONPYCACHEPREFIX=str(_PYCACHE),
        QT_QPA_PLATFORM="offscreen",
    )
    env.update(extra)
    return env


def run_cli(
    *args: str | Path,
    log_dir: Path,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[str]:
    """``python -m rms_wizard ARGS`` in a subprocess; never raises on a non-zero exit."""
    return subprocess.run(
        [sys.executable, "-m", "rms_wizard", *map(str, args)],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=env if env is not None else cli_env(log_dir),
        cwd=REPO,
        timeout=timeout,
        check=False,
    )


def error_lines(stderr: str) -> list[str]:
    """stderr without the progress lines (``[i/n] ...``): what the admin reads as the error."""
    return [line for line in stderr.splitlines() if line.strip() and not line.startswith("[")]


def assert_clean_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    """Exit ``code``, exactly one error line on stderr, no traceback; returns that line."""
    lines = error_lines(result.stderr)
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert lines[0].startswith("rms-wizard: "), lines[0]
    return lines[0]


# ------------------------------------------------------------------------------ prepared trees


@dataclass(frozen=True)
class Prepared:
    """A pristine 1.0 server, its verified backup (logging database included), the same server
    after SP1 (applied by the real core), and reference descriptions of the states an update or a
    removal may end in: 1.0, SP1, and 1.0 with the SP1 configuration database kept."""

    v1: Path
    sp1: Path
    backup: Path
    password: str
    ref_v1: dict[str, object]
    ref_sp1: dict[str, object]
    ref_v1_kept_db: dict[str, object]
    sp1_state: dict[str, object]

    def copy(self, which: str, dest: Path) -> Path:
        shutil.copytree(getattr(self, which), dest, symlinks=True)
        return dest


def state_content(root: Path) -> dict[str, object]:
    """The wizard's state folder (the rollback store after SP1), minus its time-stamped index."""
    return {
        rel: value
        for rel, value in content(root, include_state=True).items()
        if rel.startswith(STATE_DIR_NAME) and not rel.endswith("store.json")
    }


def prepare(base: Path, templates: Templates, scenario: str = "single-server-v1") -> Prepared:
    from pydantic import SecretStr

    from rms_wizard.core.engine.apply import apply_update
    from rms_wizard.core.engine.backup import make_backup
    from rms_wizard.core.engine.detect import detect_install
    from rms_wizard.core.engine.fault_plan import FaultPlan
    from rms_wizard.core.engine.uninstall import uninstall_sp1

    password = password_of(scenario)
    secret = SecretStr(password)
    v1 = templates.template(scenario)
    backup = base / "backup"
    make_backup(detect_install(v1), backup, include_logging_db=True, password=secret)
    sp1 = base / "sp1"
    shutil.copytree(v1, sp1, symlinks=True)
    apply_update(sp1, backup_dir=backup, password=secret, faults=FaultPlan(None))
    kept = base / "v1-kept"
    shutil.copytree(sp1, kept, symlinks=True)
    uninstall_sp1(kept, restore_config_db=None, faults=FaultPlan(None))
    return Prepared(
        v1=v1,
        sp1=sp1,
        backup=backup,
        password=password,
        ref_v1=content(v1),
        ref_sp1=content(sp1),
        ref_v1_kept_db=content(kept),
        sp1_state=state_content(sp1),
    )


def assert_exactly(root: Path, prepared: Prepared, release: str, *, kept_db: bool = False) -> None:
    """The tree is exactly a reference state: every file, every folder, database contents, the
    registry's ProductVersion, and the wizard's state folder (the whole rollback store after SP1,
    nothing at all after 1.0: no journal, lock or staging left)."""
    if release == "SP1":
        reference = prepared.ref_sp1
    else:
        reference = prepared.ref_v1_kept_db if kept_db else prepared.ref_v1
    found = content(root)
    assert not diff(reference, found), diff(reference, found)
    assert product_version(root) == release
    if release == "SP1":
        assert state_content(root) == prepared.sp1_state
        assert (root / STATE_DIR_NAME / "rollback" / "SP1" / "store.json").is_file()
    else:
        assert not (root / STATE_DIR_NAME).exists(), sorted(state_content(root))


def damage_sp1(root: Path) -> None:
    """Damage an SP1 tree for a repair: two files deleted (a binary and a page), a binary cut
    short, one with flipped code bytes (its version resource intact)."""
    folder = install_dir(root)
    (folder / "bin" / "DRMSCrypto.dll").unlink()
    (folder / "_wmcs" / "licensing" / "license.asmx").unlink()
    cut = folder / "client" / "msdrm.dll"
    cut.write_bytes(cut.read_bytes()[:300])
    flipped = folder / "bin" / "DRMSServer.dll"
    data = bytearray(flipped.read_bytes())
    data[0x300:0x310] = b"\xff" * 16  # inside .text: the version resource is intact
    flipped.write_bytes(bytes(data))
