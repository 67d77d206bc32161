"""Writing a file so that a crash leaves either the old or the new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Concatenate, ParamSpec

_RenderArgs = ParamSpec("_RenderArgs")


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows cannot open a folder for fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes | str, *, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` atomically and durably.

    The bytes go to a temporary file in the same folder (so the rename cannot cross file
    systems), are flushed and fsynced, get their permissions (``mode``; by default an existing
    file's, else 0644), replace ``path`` in one ``os.replace``, and the folder is fsynced. On any
    error the temporary file is removed and the error propagates; ``path`` is untouched.
    Text is written as UTF-8 with ``\\n`` line ends.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if mode is None:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            mode = 0o644
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def writing_atomically(
    render: Callable[_RenderArgs, str],
) -> Callable[Concatenate[Path, _RenderArgs], None]:
    """A writer for ``render``'s text: it takes a path, then ``render``'s own arguments, and
    writes what ``render`` returns there with :func:`write_atomic`."""

    def write(path: Path, /, *args: _RenderArgs.args, **kwargs: _RenderArgs.kwargs) -> None:
        write_atomic(path, render(*args, **kwargs))

    return write
