"""How far an interrupted run got, counted in files: one number for every page that tells it.

The journal lists every step of the run; its records of which steps started or ended are batched
and not flushed before the commit point (they only say roughly how far a run got). The files
themselves say exactly: a file step is done when its target already holds the content the step
puts there (or, for a removal, is gone). That is what detection sees on disk too, so the recovery
page, the detection page and the drill never give three different counts.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel

from ..install.fileversion import sha256_file
from .journal import Journal
from .step_models import PutFile


class InterruptedFiles(BaseModel):
    #: File steps whose change is already on disk.
    changed: int
    #: File steps of the run (the commit point -- the registry -- not counted).
    total: int


def _done(root: Path, step: PutFile) -> bool:
    target = root.joinpath(*step.target.split("/"))
    try:
        if step.sha256 is not None:
            return target.is_file() and sha256_file(target) == step.sha256
        return step.source is None and not target.exists()
    except OSError:
        return False


def interrupted_files(root: Path) -> InterruptedFiles | None:
    """The file steps of the run interrupted at ``root`` and how many are done (None: no journal)."""
    begin, _records = Journal(root).read()
    if begin is None:
        return None
    files = [step for step in begin.steps if isinstance(step, PutFile) and not step.commit]
    return InterruptedFiles(changed=sum(_done(root, s) for s in files), total=len(files))
