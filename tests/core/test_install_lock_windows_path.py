"""The install lock's Windows branch (``msvcrt.locking`` on the lock file), run on this machine.

Windows cannot lock a folder, so there the lock file itself carries the OS lock. CI has no
Windows, so this test selects that branch (``sys.platform``) and gives it an ``msvcrt`` whose
``locking`` is a per-handle ``flock`` -- like Windows, a second handle of the same process is
refused. What it cannot show is Windows' refusal to delete an open file; the branch copes with
that by marking the record released before it lets go.
"""

from __future__ import annotations

import errno
import fcntl
import sys
import types
from pathlib import Path

import pytest

from rms_wizard.core.common.messages import BadInputError, InterruptedStateError
from rms_wizard.core.common.paths import state_dir
from rms_wizard.core.engine.install_lock import InstallLock


def _fake_msvcrt() -> types.ModuleType:
    module = types.ModuleType("msvcrt")
    module.LK_NBLCK = 2  # type: ignore[attr-defined]
    module.LK_UNLCK = 0  # type: ignore[attr-defined]

    def locking(fd: int, mode: int, nbytes: int) -> None:
        del nbytes
        if mode == module.LK_UNLCK:  # type: ignore[attr-defined]
            fcntl.flock(fd, fcntl.LOCK_UN)
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PermissionError(errno.EACCES, "Permission denied") from None

    module.locking = locking  # type: ignore[attr-defined]
    return module


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "msvcrt", _fake_msvcrt())
    monkeypatch.setattr(sys, "platform", "win32")


def test_the_windows_lock_excludes_records_and_leaves_nothing(
    windows: None, tmp_path: Path
) -> None:
    root = tmp_path / "s"
    root.mkdir()
    first = InstallLock(root)
    first.acquire("apply")
    with pytest.raises(BadInputError, match="Another run is changing this install"):
        InstallLock(root).acquire("apply", wait_s=0.05)
    first.write_record()
    record = first.holder() or {}
    assert record["operation"] == "apply" and record["token"] == first.token
    with pytest.raises(BadInputError, match=r"Another run \(process \d+\)"):
        InstallLock(root).acquire("apply", wait_s=0.05)
    first.release()
    assert not state_dir(root).exists()  # the lock file and the folder made for it are gone

    # A refused look (taken, nothing written) leaves nothing either.
    looker = InstallLock(root)
    looker.acquire("apply")
    looker.release()
    assert not state_dir(root).exists()


def test_on_windows_a_record_without_a_holder_means_interrupted(
    windows: None, tmp_path: Path
) -> None:
    root = tmp_path / "s"
    state_dir(root).mkdir(parents=True)
    (state_dir(root) / "lock").write_text('{"pid": 1, "operation": "apply"}')
    assert not InstallLock(root).holder_alive()
    with pytest.raises(InterruptedStateError, match="Run recover first"):
        InstallLock(root).acquire("apply")
    recover = InstallLock(root)
    recover.acquire("recover", take_over_stale=True)
    recover.release()
    assert not (state_dir(root) / "lock").exists()
    # A record marked released (its run ended, but the file could not be removed while another
    # run had it open) is no sign of an interrupted run.
    (state_dir(root) / "lock").write_text('{"released": true}')
    again = InstallLock(root)
    again.acquire("apply")
    again.release()
