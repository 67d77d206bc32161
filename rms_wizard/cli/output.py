"""What a command prints and the code it exits with.

Exit codes: 0 done, 1 verify mismatch, 2 bad input or usage, 3 failed and rolled back,
4 interrupted state found (run ``recover``). Strings are marked with
``QT_TRANSLATE_NOOP("cli", ...)`` and translated when printed (:func:`translate`).
"""

from __future__ import annotations

import os
from typing import Any

from ..core.common.messages import Message

EXIT_OK, EXIT_MISMATCH, EXIT_BAD_INPUT, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 4


def emit(stream: Any, text: str) -> None:
    """Write and flush ``text``; a reader that went away (``| head -1``) ends the output quietly.

    The command itself goes on and ends with its usual exit code: whether anyone still reads its
    output does not change what it does. The stream is pointed at the null device, so neither a
    later write nor the interpreter's last flush fails on the closed pipe.
    """
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        _discard(stream)


def _discard(stream: Any) -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass  # not a real file (a test's StringIO): nothing is left to fail at exit


def translate(text: str, *args: object) -> str:
    """A string marked in the context "cli", in the process's language, ``%1``.. filled."""
    from ..i18n import translated

    return translated("cli", text, *args)


def render(message: Message) -> str:
    """A core message in the process's language."""
    from ..i18n import tr_message

    return tr_message(message)
