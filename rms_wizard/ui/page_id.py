"""The wizard's page ids: the steps ``setPage`` registers and every page's ``nextId`` returns.

Apart from the wizard (which imports the pages) so that the pages and the sandbox's page order
(:mod:`rms_wizard.ui.sandbox_flow`) can import them at module level. Imports nothing: the Welcome
page needs the ids before the first paint.
"""

from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    WELCOME = 0
    DETECTION = 1
    PASSWORD = 2
    PREPARATION = 3
    READY = 4
    UPDATING = 5
    FINISHED = 6
    MAINTENANCE = 7
    RECOVERY = 8
    CLUSTER = 9
    INTEROP = 10
    CLIENTS = 11
    DEBRIEF = 12
    REMOVE_READY = 13
