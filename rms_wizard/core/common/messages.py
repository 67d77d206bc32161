"""Messages the core reports, translated where they are shown.

The core imports no Qt, yet what it says must reach the admin in Dutch or English. So the core
never formats user-facing text itself: it builds a :class:`Message` (a Qt translation context, the
English source text with Qt-style ``%1``/``%n`` placeholders, and the arguments) and the edges (GUI
pages, CLI) translate it through the one Qt catalogue. The source strings are marked with
:func:`QT_TRANSLATE_NOOP`, which ``pyside6-lupdate`` recognises by name, so the catalogue is
extracted from the core like from the widgets.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # sqlite3 is not loaded before the first paint (see tests/ui/test_startup.py)
    import sqlite3

#: The translation context every core message uses (one context keeps the catalogue tidy).
CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by lupdate; translation happens later, where it is shown."""
    del context
    return text


@dataclass(frozen=True)
class Message:
    """A user-facing message: translatable source text plus its arguments.

    ``text`` uses Qt placeholders: ``%1``, ``%2``... for ``args`` and ``%n`` for ``count``.
    """

    text: str
    args: tuple[str | Message, ...] = ()
    count: int | None = None
    context: str = CONTEXT

    def render(self, translate: Callable[[str, str, int], str] | None = None) -> str:
        """Render, optionally through ``translate(context, text, n)``; English when none is given."""
        n = -1 if self.count is None else self.count
        # No context: a verbatim text (the system's own words), never looked up in a catalogue.
        text = translate(self.context, self.text, n) if translate and self.context else self.text
        # An argument may itself be a message (a reason inside an error): translate it too.
        args = tuple(a.render(translate) if isinstance(a, Message) else a for a in self.args)
        return fill_placeholders(text, args, self.count)

    def __str__(self) -> str:
        return self.render()


#: What ends a filled-in sentence: a template's own full stop right after it is not repeated.
_SENTENCE_ENDS = (".", "!", "?", "\u2026")


def fill_placeholders(text: str, args: tuple[str, ...], count: int | None = None) -> str:
    """Replace ``%1``..``%9`` (highest first, so ``%1`` never eats ``%10``) and ``%n``.

    An argument that is a whole sentence ("... stop the RMS service first.") put before the
    template's own full stop ("%1. Once that is fixed, ...") keeps one full stop, not two."""
    for index in range(len(args), 0, -1):
        arg = args[index - 1]
        if arg.endswith(_SENTENCE_ENDS):
            text = text.replace(f"%{index}.", arg)
        text = text.replace(f"%{index}", arg)
    if count is not None:
        text = text.replace("%n", str(count))
    return text


def printable(text: str) -> str:
    """``text`` as valid Unicode: a file name's bytes that are no text (kept by Python as lone
    surrogates) are shown as ``\\xff`` escapes, so the text can be printed, logged and saved."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a lone surrogate that stands for no byte
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")
    return text


def msg(text: str, *args: object, count: int | None = None) -> Message:
    """Build a core :class:`Message`; every call site passes ``QT_TRANSLATE_NOOP("core", "...")``."""
    return Message(
        text=text,
        args=tuple(a if isinstance(a, Message) else printable(str(a)) for a in args),
        count=count,
    )


def verbatim(text: str) -> Message:
    """A text shown as it is (a system's own words, an unknown value): never translated."""
    return Message(text=text, context="")


# The reasons an operating-system call fails most often, in the admin's language. Looked up by
# errno, so they read the same on every platform; anything else keeps the system's own text.
_OS_ERRORS: dict[int, str] = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("core", "there is no space left on the disk"),
    errno.EACCES: QT_TRANSLATE_NOOP("core", "access is denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("core", "the operation is not permitted"),
    errno.ENOENT: QT_TRANSLATE_NOOP("core", "the file or folder does not exist"),
    errno.EIO: QT_TRANSLATE_NOOP("core", "a read or write error occurred on the disk"),
    errno.EROFS: QT_TRANSLATE_NOOP("core", "the disk is read-only"),
    errno.EEXIST: QT_TRANSLATE_NOOP("core", "the file or folder already exists"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("core", "a part of the path is not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("core", "it is a folder, not a file"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("core", "the folder is not empty"),
    errno.EBUSY: QT_TRANSLATE_NOOP("core", "the file or folder is in use"),
    errno.EMFILE: QT_TRANSLATE_NOOP("core", "too many files are open"),
    errno.ENFILE: QT_TRANSLATE_NOOP("core", "too many files are open"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("core", "the file name is too long"),
    errno.EXDEV: QT_TRANSLATE_NOOP("core", "a file cannot be moved to another disk"),
}
if hasattr(errno, "EDQUOT"):  # not on Windows
    _OS_ERRORS[errno.EDQUOT] = QT_TRANSLATE_NOOP("core", "the disk quota is exceeded")


def os_error_message(exc: OSError, *, with_file: bool = False) -> Message:
    """Why an operating-system call failed, translatable: the reason for ``exc.errno``.

    An errno without a translation keeps the system's text (``strerror``), else the exception's
    own. ``with_file`` adds the name of the file involved, when the exception has one.
    """
    text = _OS_ERRORS.get(exc.errno) if exc.errno is not None else None
    reason = msg(text) if text else verbatim(exc.strerror or str(exc) or type(exc).__name__)
    if with_file and exc.filename:
        raw = exc.filename
        path = os.fsdecode(raw) if isinstance(raw, str | bytes | os.PathLike) else str(raw)
        name = os.path.basename(path.rstrip("/\\")) or path
        return msg(QT_TRANSLATE_NOOP("core", "%1 (%2)"), reason, name)
    return reason


def database_error_message(exc: sqlite3.Error) -> Message:
    """Why SQLite failed, translatable where the reason is common (a full disk, a file that
    cannot be opened); otherwise SQLite's own words."""
    import sqlite3

    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == sqlite3.SQLITE_FULL:
        return msg(_OS_ERRORS[errno.ENOSPC])
    if primary == sqlite3.SQLITE_CANTOPEN:
        return msg(QT_TRANSLATE_NOOP("core", "the database file cannot be opened"))
    if primary == sqlite3.SQLITE_READONLY:
        return msg(_OS_ERRORS[errno.EROFS])
    return verbatim(printable(str(exc)) or type(exc).__name__)


@dataclass
class RmsError(Exception):
    """Base of every error the core raises on purpose: carries a translatable message.

    ``exit_code`` is the CLI's exit code for this kind of failure (2: bad input).
    """

    message: Message
    exit_code: int = 2
    details: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(str(self.message))

    def __str__(self) -> str:
        return str(self.message)


class BadInputError(RmsError):
    """The input (a folder, a file, an option) is not usable; nothing was changed."""


class OperationFailedError(RmsError):
    """An operation failed and was rolled back (exit code 3)."""

    def __init__(self, message: Message, details: list[str] | None = None) -> None:
        super().__init__(message, 3, details or [])


class InterruptedStateError(RmsError):
    """An interrupted update was found; ``recover`` must run first (exit code 4)."""

    def __init__(self, message: Message, details: list[str] | None = None) -> None:
        super().__init__(message, 4, details or [])
