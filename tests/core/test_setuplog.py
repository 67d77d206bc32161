"""core/engine/setuplog.py: redaction, the structured entries, the log folder and rotation (no Qt)."""

from __future__ import annotations

import logging
import os
import re
import stat
import sys
import threading
from pathlib import Path

import pytest
from pydantic import SecretStr

from rms_wizard.core.engine import setuplog
from rms_wizard.core.engine.detect import detect_install
from rms_wizard.core.engine.setuplog import REDACTED, SetupLog
from rms_wizard.training.sandbox import create_sandbox


def test_registered_secrets_are_redacted_longest_first(tmp_path: Path) -> None:
    log = SetupLog([tmp_path / "a.log"])
    log.add_secret(SecretStr("abc"))
    log.add_secret(SecretStr("abcdef-Geheim!"))
    log.add_secret(SecretStr(""))  # nothing to hide: must not blank every line
    log.line("typed abcdef-Geheim! then abc, twice: abc")
    log.close()
    text = (tmp_path / "a.log").read_text(encoding="utf-8")
    assert "abc" not in text.split(" ", 2)[2]
    assert text.rstrip().endswith(f"typed {REDACTED} then {REDACTED}, twice: {REDACTED}")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("password=hunter2 next", f"password={REDACTED} next"),
        (
            '{"key_password": "a \\"quoted\\" one", "x": 1}',
            f'{{"key_password": {REDACTED}, "x": 1}}',
        ),
        ("Token: abc.def, more", f"Token: {REDACTED}, more"),
        ("keyring secret=xyz", f"keyring secret={REDACTED}"),
        ("client_credential: 'a b'", f"client_credential: {REDACTED}"),
    ],
)
def test_secret_looking_fields_are_redacted(line: str, expected: str) -> None:
    assert SetupLog([]).redact(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Give the password with --password-stdin or --password-from-keyring.",
        "The private-key password is wrong.",
        "detect: private-key /x/ServerPrivateKey.pem exists=True encrypted=True size=1886",
        "backup: private-key ServerPrivateKey.pem from /x sha256=" + "a" * 64 + " size=1886",
    ],
)
def test_ordinary_lines_are_left_alone(line: str) -> None:
    assert SetupLog([]).redact(line) == line


def test_open_for_run_uses_the_log_dir_owner_only_and_an_extra_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RMS_WIZARD_LOG_DIR", str(tmp_path / "logs"))
    extra = tmp_path / "extra" / "run.log"
    log = SetupLog.open_for_run(str(extra), command="apply")
    log.line("hello")
    log.close()
    assert log.path is not None and log.path.parent == tmp_path / "logs"
    assert log.path.name.startswith("rms-wizard-") and log.path.suffix == ".log"
    assert stat.S_IMODE(log.path.stat().st_mode) == 0o600
    assert log.path.read_text(encoding="utf-8") == extra.read_text(encoding="utf-8")
    assert "=== rms-wizard apply started" in extra.read_text(encoding="utf-8")


def test_rotation_keeps_the_newest(tmp_path: Path) -> None:
    for index in range(setuplog.KEEP_LOGS + 5):
        path = tmp_path / f"rms-wizard-{index:03d}.log"
        path.write_text("x", encoding="utf-8")
        os.utime(path, (1_000_000 + index, 1_000_000 + index))
    (tmp_path / "other.txt").write_text("kept", encoding="utf-8")
    setuplog.rotate(tmp_path)
    left = sorted(p.name for p in tmp_path.glob("rms-wizard-*.log"))
    assert len(left) == setuplog.KEEP_LOGS - 1
    assert left[-1] == f"rms-wizard-{setuplog.KEEP_LOGS + 4:03d}.log"  # the newest stay
    assert (tmp_path / "other.txt").is_file()


def test_detection_entry_lists_every_finding(tmp_path: Path) -> None:
    root = tmp_path / "s"
    create_sandbox("single-server-v1", root)
    state = detect_install(root)
    log = SetupLog([tmp_path / "d.log"])
    log.detection(state, "detect (after)")
    log.close()
    text = (tmp_path / "d.log").read_text(encoding="utf-8")
    assert f"detect (after): root={state.root} status=installed version=1.0" in text
    for item in state.files:
        assert f"detect (after): file {item.path} version={item.version}" in text
    for comp in state.components:
        assert f"detect (after): component {comp.id.value} installed=" in text
    assert "detect (after): config-db " in text and "detect (after): private-key " in text


# The log through the standard logging module: the core's lines, redaction, threads, closing.

_CORE = logging.getLogger("rms_wizard.core.test_setuplog")  # a module logger, as the core has
_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} (?P<text>.*)$")


def _texts(path: Path) -> list[str]:
    """The text of every line of a log file, each checked to be one whole stamped line."""
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _LINE.match(line)
        assert match is not None, f"not one whole line: {line!r}"
        texts.append(match["text"])
    return texts


def test_the_core_s_lines_reach_the_run_s_log_redacted(tmp_path: Path) -> None:
    log = SetupLog([tmp_path / "run.log"])
    log.add_secret(SecretStr("Geheim-42!"))
    _CORE.info("key opened with %s", "Geheim-42!")  # arguments merged in, then redacted
    _CORE.info("keyring password=%s kept", "unregistered")
    try:
        raise ValueError("the password was Geheim-42!")
    except ValueError:
        _CORE.exception("failed")  # the traceback is redacted too
    log.close()
    text = (tmp_path / "run.log").read_text(encoding="utf-8")
    assert "Geheim-42!" not in text and "unregistered" not in text
    texts = _texts_of_records(text)
    assert texts[0] == f"key opened with {REDACTED}"
    assert texts[1] == f"keyring password={REDACTED} kept"
    assert texts[2] == "failed" and f"ValueError: the password was {REDACTED}" in text


def _texts_of_records(text: str) -> list[str]:
    return [m["text"] for line in text.splitlines() if (m := _LINE.match(line))]


def test_a_closed_log_is_detached_and_a_second_run_gets_only_its_own_lines(
    tmp_path: Path,
) -> None:
    first = SetupLog([tmp_path / "first.log"])
    _CORE.info("during the first run")
    first.close()
    first.close()  # closing twice is harmless (the GUI's exit and logging's shutdown)
    assert first not in logging.getLogger(setuplog.LOGGER_NAME).handlers
    second = SetupLog([tmp_path / "second.log"])
    _CORE.info("during the second run")
    first.line("after its close")  # a closed log writes nothing
    second.close()
    _CORE.info("after both")
    assert _texts(tmp_path / "first.log") == ["during the first run"]
    assert _texts(tmp_path / "second.log") == ["during the second run"]


def test_a_run_s_own_lines_go_to_its_own_files_only(tmp_path: Path) -> None:
    one, other = SetupLog([tmp_path / "one.log"]), SetupLog([tmp_path / "other.log"])
    one.line("of the first")
    _CORE.info("of the core")
    one.close()
    other.close()
    assert _texts(tmp_path / "one.log") == ["of the first", "of the core"]
    assert _texts(tmp_path / "other.log") == ["of the core"]


@pytest.mark.parametrize("through", ["line", "logger"])
def test_lines_from_many_threads_at_once_arrive_whole_and_in_one_order(
    tmp_path: Path, through: str
) -> None:
    """Parallel rollout threads log at once: each line whole, every line there, and the run's
    copies (the log folder's and ``--log FILE``) in the same order: one lock around each line."""
    threads, lines = 8, 300
    log = SetupLog([tmp_path / "a.log", tmp_path / "b.log"])
    log.add_secret(SecretStr("s3cret-pw"))
    start = threading.Barrier(threads)

    def write(number: int) -> None:
        start.wait()
        with setuplog.line_prefix(f"node{number}: "):
            for index in range(lines):
                text = f"line {index} of thread {number} " + "x" * 200 + " s3cret-pw"
                if through == "line":
                    log.line(text)
                else:
                    _CORE.info(text)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        workers = [threading.Thread(target=write, args=(n,)) for n in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    finally:
        sys.setswitchinterval(interval)
    log.close()
    first, second = _texts(tmp_path / "a.log"), _texts(tmp_path / "b.log")
    expected = {
        f"node{n}: line {i} of thread {n} " + "x" * 200 + f" {REDACTED}"
        for n in range(threads)
        for i in range(lines)
    }
    assert len(first) == threads * lines and set(first) == expected
    assert first == second  # both copies in one order: no line overtook another in between
