"""Run a whole command that changes an install under its install lock.

Apply and uninstall look at the install (detection, planning, the rollback store), decide, and
then change it. The lock is taken before the first look and held until the run ends, so another
run can neither change what was found before it is acted on nor start halfway through; the
transaction then runs under the same lock. A caller that already holds the install's lock (a
cluster node's run, which also backs up and verifies the node) passes it in as ``lock``.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from ..install.install_root import check_root
from .install_lock import InstallLock
from .state_folder import remove_empty_state_dirs

P = ParamSpec("P")
R = TypeVar("R")


@contextlib.contextmanager
def locked(root: Path, operation: str, *, held: InstallLock | None = None) -> Iterator[InstallLock]:
    """Hold the install lock for a whole run: taken before the run looks at the install, let go
    when it ends, so nothing it found can be changed by another run before it acts on it.

    ``held``: the caller's own lock on ``root`` (a cluster node's run), used as it is.
    """
    if held is not None:
        yield held
        return
    lock = InstallLock(root)
    lock.acquire(operation)
    try:
        yield lock
    finally:
        lock.release(tidy=lambda: remove_empty_state_dirs(root))


def locked_run(
    operation: str,
) -> Callable[[Callable[Concatenate[Path, P], R]], Callable[Concatenate[Path, P], R]]:
    """Decorate ``run(root, ..., lock=None)``: it runs holding ``root``'s lock, given as ``lock``.

    A folder that is not a server install is refused first (taking the lock writes its record).
    """

    def decorate(run: Callable[Concatenate[Path, P], R]) -> Callable[Concatenate[Path, P], R]:
        @functools.wraps(run)
        def run_locked(root: Path, /, *args: P.args, **kwargs: P.kwargs) -> R:
            held = kwargs.get("lock")
            if held is not None and not isinstance(held, InstallLock):
                raise TypeError(f"lock must be an InstallLock, not {type(held).__name__}")
            with locked(check_root(root), operation, held=held) as lock:
                kwargs["lock"] = lock
                return run(root, *args, **kwargs)

        return run_locked

    return decorate


__all__ = ["locked", "locked_run"]
