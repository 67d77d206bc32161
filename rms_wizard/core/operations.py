"""The steps of a run as the wizard takes them, shared by the GUI's workers and ``replay``.

* making and verifying a backup is :func:`rms_wizard.core.backup.backup_and_verify` (the CLI's
  ``backup``, the GUI and ``replay`` all call it);
* :func:`check_after`: look at the install afresh and say whether it is exactly a known state.

One place, so that a run replayed from an answer file does exactly what the wizard did.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .detect import detect_install
from .models import InstallState
from .verify import VerifyResult, verify_state


@dataclass(frozen=True)
class AfterCheck:
    """The install as found after a run, and whether it is exactly a known state."""

    state: InstallState
    result: VerifyResult


def check_after(root: Path) -> AfterCheck:
    after = detect_install(root)
    return AfterCheck(state=after, result=verify_state(after))


__all__ = ["AfterCheck", "check_after"]
