"""Staging the SP1 payload's files: copied and verified into the staging shards, one thread per
shard folder, before the transaction's first change (see :func:`.update_steps.build_update`)."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from ..common.messages import QT_TRANSLATE_NOOP, OperationFailedError, msg
from ..common.progress import Cancelled, CancelToken
from ..install.models import FileAction
from .plan import PlannedFile
from .staging_dirs import Shard, create_staged, shard_folders
from .step_models import PutFile

_COPY_CHUNK = 1024 * 1024


def missing_dirs(root: str, target: str, seen: set[str]) -> list[str]:
    """The folders above ``target`` (relative to ``root``) that do not exist yet, shallowest
    first.

    ``seen`` holds the folders already looked at: each exists, or an earlier step creates it
    (and removes it on rollback), so neither it nor anything above it is listed or looked up on
    disk again.
    """
    missing: list[str] = []
    folder = target.rpartition("/")[0]
    while folder and folder not in seen:
        seen.add(folder)
        if os.path.isdir(os.path.join(root, *folder.split("/"))):
            break
        missing.append(folder)
        folder = folder.rpartition("/")[0]
    missing.reverse()
    return missing


_copy_buffers = threading.local()


def stage_shards() -> int:
    """How many folders (and copying threads) staging uses: one per thread, because threads
    creating files in one folder queue on that folder's lock, and in different folders they run
    side by side (file creation is most of the kernel's work in a copy)."""
    return max(2, min(4, os.cpu_count() or 2))


def staged_name(index: int, path: str, shards: int) -> str:
    """Where change number ``index`` is staged, below the staging folder's ``files``."""
    return f"{index % shards}/{index:05d}-{path.rsplit('/', 1)[-1]}"


#: How long staging's reporting thread lets the copying threads run between looks at what they
#: finished: waking it for every file took the GIL from them thousands of times.
_REPORT_EVERY_S = 0.01


#: What copy_file_range says when it cannot copy between these files (other file systems, an old
#: kernel): the bytes then go through Python instead.
_NO_KERNEL_COPY = {errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EPERM}


def put_file_steps(
    root: str,
    changes: list[PlannedFile],
    install_rel: str,
    staging: str,
    shards: int,
    set_aside: str,
) -> list[PutFile]:
    """One step per changed file: its staged copy (``staging``, in ``shards`` as staged)
    put in place; a file it replaces set aside in ``set_aside/<path>`` (the rollback store for an
    update, the staging folder for a repair); the folders an added file needs, made by it."""
    seen: set[str] = set()
    steps: list[PutFile] = []
    for index, item in enumerate(changes):
        target = f"{install_rel}/{item.path}"
        replacing = item.action is FileAction.REPLACE
        steps.append(
            PutFile(
                target=target,
                source=f"{staging}/files/{staged_name(index, item.path, shards)}",
                displaced=f"{set_aside}/{item.path}" if replacing else None,
                sha256=item.new_sha256,
                size=item.size,
                label=item.path,
                created_dirs=[] if replacing else missing_dirs(root, target, seen),
            )
        )
    return steps


def _kernel_copy(src: int, dst: int) -> int | None:
    """Copy the rest of ``src`` into ``dst`` inside the kernel (no pass through Python's
    buffers); returns the bytes copied, or None where the OS or the file systems cannot copy
    this way (nothing was written then)."""
    copy_range = getattr(os, "copy_file_range", None)
    if copy_range is None:
        return None
    total = 0
    while True:
        try:
            count = copy_range(src, dst, 1 << 30)
        except OSError as exc:
            if total == 0 and exc.errno in _NO_KERNEL_COPY:
                return None
            raise
        if not count:
            # Some file systems answer 0 at once for "not here" rather than with an error.
            return None if total == 0 and os.fstat(src).st_size else total
        total += count


def _copy_verified(
    source: str, target: tuple[Shard, str], sha256: str, *, durable: bool = False
) -> None:
    """Copy ``source`` to ``target`` (a name in a shard folder held open: a folder swapped for a
    link meanwhile cannot redirect it); what was staged must match the payload's manifest.

    Where the kernel can copy, it does; the source is then hashed from the page cache the copy
    just filled, and the copy must hold as many bytes as were hashed. Elsewhere the bytes are
    hashed on their way through this thread's reusable buffer. ``durable`` flushes the copy to
    disk before returning (where there is no ``os.sync`` to flush them all at once).
    """
    view: memoryview | None = getattr(_copy_buffers, "view", None)
    if view is None:
        view = _copy_buffers.view = memoryview(bytearray(_COPY_CHUNK))
    digest = hashlib.sha256()
    intact = True
    staged = create_staged(*target)
    with open(source, "rb", buffering=0) as src, open(staged, "wb", buffering=0) as dst:
        copied = _kernel_copy(src.fileno(), dst.fileno())
        if copied is not None:
            src.seek(0)
            hashed = 0
            while count := src.readinto(view):
                digest.update(view[:count])
                hashed += count
            intact = hashed == copied
        else:
            while count := src.readinto(view):
                chunk = view[:count]
                digest.update(chunk)
                while chunk:
                    written = dst.write(chunk) or 0
                    chunk = chunk[written:]
        if durable:
            os.fsync(dst.fileno())
    if not intact:
        raise OperationFailedError(
            msg(
                QT_TRANSLATE_NOOP("core", "The SP1 payload file %1 was not copied completely."),
                os.path.basename(source),
            )
        )
    if digest.hexdigest() != sha256:
        raise OperationFailedError(
            msg(
                QT_TRANSLATE_NOOP("core", "The SP1 payload file %1 is damaged."),
                os.path.basename(source),
            )
        )


def stage_files(
    changes: list[PlannedFile],
    sources: list[str],
    root: str,
    files_rel: str,
    shards: int,
    report: Callable[[int, str], None],
    cancel: CancelToken,
) -> None:
    """Copy and verify the payload files, one thread per shard folder (see
    :func:`stage_shards`; the copies and hashlib release the GIL). Progress is reported here, on
    the caller's thread, for every file, a few times a second; cancel is honoured between files."""
    with shard_folders(root, files_rel, shards) as folders:  # the wizard's own: owner-only
        _copy_shards(changes, sources, folders, report, cancel)


def _copy_shards(
    changes: list[PlannedFile],
    sources: list[str],
    folders: list[Shard],
    report: Callable[[int, str], None],
    cancel: CancelToken,
) -> None:
    shards = len(folders)
    # Without os.sync the transaction flushes each staged file; done here, on the copying
    # threads, it overlaps the copies (and what it finds flushed costs it nothing).
    flush_each = not hasattr(os, "sync")
    finished: queue.SimpleQueue[tuple[int, BaseException | None]] = queue.SimpleQueue()
    stop = threading.Event()

    def copy_shard(shard: int) -> None:
        for index in range(shard, len(changes), shards):
            if stop.is_set():
                return
            if cancel.cancelled:
                finished.put((index, Cancelled()))
                return
            item = changes[index]
            folder, name = staged_name(index, item.path, shards).split("/")
            try:
                target = (folders[int(folder)], name)
                _copy_verified(sources[index], target, item.new_sha256, durable=flush_each)
            except BaseException as exc:  # handed to the caller's thread, raised there
                finished.put((index, exc))
                return
            finished.put((index, None))

    done = 0
    left = len(changes)
    with ThreadPoolExecutor(max_workers=shards) as pool:
        for shard in range(shards):
            pool.submit(copy_shard, shard)
        try:
            while left:
                batch = [finished.get()]
                with contextlib.suppress(queue.Empty):
                    while True:
                        batch.append(finished.get_nowait())
                for index, error in batch:
                    if error is not None:
                        raise error
                    done += changes[index].size
                    report(done, changes[index].path)
                left -= len(batch)
                if cancel.cancelled:
                    raise Cancelled()
                if left:
                    time.sleep(_REPORT_EVERY_S)
        finally:
            stop.set()  # the threads finish the file at hand and stop
