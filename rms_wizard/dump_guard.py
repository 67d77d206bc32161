"""Keep the private-key password out of crash dumps: this process writes no core file.

A core dump is a copy of the process's memory, and the password (typed, read from stdin or from
the keyring) lives in that memory for the rest of the run: a SIGQUIT during an update once wrote
a 55 MB core holding it into the working folder. So every run turns dumps off before it can hold
a secret, for the whole process (the password's bytes are not reliably wiped from Python's
memory, so there is no safe moment to turn them back on):

* POSIX: the core file size limit goes to 0 (soft and hard, so no child can raise it again);
* Linux also: ``prctl(PR_SET_DUMPABLE, 0)``, which stops a dump even where the limit does not
  apply (a ``core_pattern`` that pipes cores to a collector) and keeps other processes of the
  same user from attaching to read its memory;
* Windows: ``SetErrorMode`` without the fault dialog and its crash report.
"""

from __future__ import annotations

import ctypes
import sys

__all__ = ["forbid_core_dumps"]

_PR_SET_DUMPABLE = 4
_SEM_FAILCRITICALERRORS = 0x0001
_SEM_NOGPFAULTERRORBOX = 0x0002


def forbid_core_dumps() -> bool:
    """Turn core dumps off for this process; True when every step the platform offers worked."""
    if sys.platform == "win32":
        kernel32 = ctypes.windll.kernel32
        mode = kernel32.GetErrorMode()
        kernel32.SetErrorMode(mode | _SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX)
        return True
    import resource

    done = True
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        done = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            done = libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 and done
        except (OSError, AttributeError):
            done = False
    return done
