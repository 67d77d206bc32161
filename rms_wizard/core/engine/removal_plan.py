"""What removing SP1 will do, file by file, before anything is done (the Remove SP1 Ready page).

The same reading :func:`~.uninstall.uninstall_sp1` makes: the rollback store lists each file SP1
replaced (its 1.0 original comes back) or added (it goes); after a fresh SP1 install there is no
store and every SP1 file present goes. Nothing is changed here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from ..install.models import InstallState

RemovalAction = Literal["restore", "remove"]


class RemovalItem(BaseModel):
    path: str
    action: RemovalAction


class RemovalPlan(BaseModel):
    items: list[RemovalItem]
    #: The logging database comes back from the rollback store as it was before SP1.
    logging_db_restored: bool = False
    #: SP1 was installed fresh: removing it removes RMS (no earlier RMS to return to).
    fresh: bool = False
    #: The rollback store is missing (the removal will refuse; the page says why).
    store_missing: bool = False

    def count(self, action: RemovalAction) -> int:
        return sum(1 for item in self.items if item.action == action)


def plan_removal(root: Path, state: InstallState) -> RemovalPlan:
    """The removal of SP1 from the install at ``root`` (as detected in ``state``), file by file."""
    from ..common.messages import BadInputError
    from .payload import sp1_payload
    from .rollback_store import STORE_REL, load_store

    try:
        store = load_store(root)
    except BadInputError:  # an altered store: nothing can be put back (the removal refuses)
        return RemovalPlan(items=[], store_missing=True)
    if store is None:
        if not state.fresh_install:
            return RemovalPlan(items=[], store_missing=True)
        present = [i.path for i in sp1_payload().manifest.files if state.file(i.path) is not None]
        return RemovalPlan(
            items=[RemovalItem(path=path, action="remove") for path in present], fresh=True
        )
    items = [
        RemovalItem(path=entry.path, action="restore" if entry.action == "replaced" else "remove")
        for entry in store.entries
    ]
    logging = bool(store.logging_db) and (root / STORE_REL / "logging.db").is_file()
    return RemovalPlan(
        items=sorted(items, key=lambda i: i.path.lower()), logging_db_restored=logging
    )
