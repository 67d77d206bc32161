"""Messages the core reports, translated where they are shown.

The core imports no Qt, yet what it says must reach the admin in Dutch or English. So the core
never formats user-facing text itself: it builds a :class:`Message` (a Qt translation context, the
English source text with Qt-style ``%1``/``%n`` placeholders, and the arguments) and the edges (GUI
pages, CLI) translate it through the one Qt catalogue. The source strings are marked with
:func:`QT_TRANSLATE_NOOP`, which ``pyside6-lupdate`` recognises by name, so the catalogue is
extracted from the core like from the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

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
        text = translate(self.context, self.text, n) if translate else self.text
        # An argument may itself be a message (a reason inside an error): translate it too.
        args = tuple(a.render(translate) if isinstance(a, Message) else a for a in self.args)
        return fill_placeholders(text, args, self.count)

    def __str__(self) -> str:
        return self.render()


def fill_placeholders(text: str, args: tuple[str, ...], count: int | None = None) -> str:
    """Replace ``%1``..``%9`` (highest first, so ``%1`` never eats ``%10``) and ``%n``."""
    for index in range(len(args), 0, -1):
        text = text.replace(f"%{index}", args[index - 1])
    if count is not None:
        text = text.replace("%n", str(count))
    return text


def msg(text: str, *args: object, count: int | None = None) -> Message:
    """Build a core :class:`Message`; every call site passes ``QT_TRANSLATE_NOOP("core", "...")``."""
    return Message(
        text=text,
        args=tuple(a if isinstance(a, Message) else str(a) for a in args),
        count=count,
    )


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
