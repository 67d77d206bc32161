"""Why a registry export is refused, and what regedit would do with the same file."""

from __future__ import annotations

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, msg

# Why a registry export is refused. Each reason is shown after "line N:" in the message below.
R_NOT_TEXT = QT_TRANSLATE_NOOP("core", "not UTF-16 or UTF-8 text")
R_ODD_UTF16 = QT_TRANSLATE_NOOP("core", "the UTF-16 text is truncated (odd number of bytes)")
R_MISSING_HEADER = QT_TRANSLATE_NOOP("core", "missing header")
R_UNEXPECTED_LINE = QT_TRANSLATE_NOOP("core", "expected a [key], a value or a ; comment")
R_UNTERMINATED_KEY = QT_TRANSLATE_NOOP("core", "unterminated key name")
R_BAD_KEY_PATH = QT_TRANSLATE_NOOP("core", "bad key path")
R_VALUE_OUTSIDE_KEY = QT_TRANSLATE_NOOP("core", "value outside any key")
R_VALUE_UNDER_DELETED_KEY = QT_TRANSLATE_NOOP("core", "value under a deleted key")
R_DUPLICATE_VALUE = QT_TRANSLATE_NOOP("core", "the value appears twice in its key")
R_UNTERMINATED_STRING = QT_TRANSLATE_NOOP("core", "unterminated string")
R_BAD_ESCAPE = QT_TRANSLATE_NOOP("core", 'bad escape sequence (only \\\\ and \\" are allowed)')
R_MISSING_EQUALS = QT_TRANSLATE_NOOP("core", "expected = after the value name")
R_UNKNOWN_TYPE = QT_TRANSLATE_NOOP("core", "unknown value type")
R_BAD_DWORD = QT_TRANSLATE_NOOP("core", "bad dword value")
R_BAD_HEX_TYPE = QT_TRANSLATE_NOOP("core", "bad hex(...) type")
R_BAD_HEX = QT_TRANSLATE_NOOP("core", "bad hex data")
R_DANGLING_CONTINUATION = QT_TRANSLATE_NOOP("core", "hex data ends with a continuation")
R_TRAILING_TEXT = QT_TRANSLATE_NOOP("core", "unexpected text after the value")
R_TRAILING_TEXT_KEY = QT_TRANSLATE_NOOP("core", "unexpected text after the key name")
R_CUT_VALUE = QT_TRANSLATE_NOOP(
    "core", "the file ends inside this value (its last line stops before the value does)"
)


# What regedit does where the parser refuses: said after the reason, so the admin knows what an
# import by hand would have done with the same file.
W_NOT_IMPORTED = QT_TRANSLATE_NOOP("core", "regedit would not import this file at all")
W_SKIPS_LINE = QT_TRANSLATE_NOOP("core", "regedit would skip this line and import the rest")
W_SKIPS_KEY = QT_TRANSLATE_NOOP("core", "regedit would skip this key and its values")
W_IGNORES_VALUE = QT_TRANSLATE_NOOP("core", "regedit would ignore this value")
W_LAST_WINS = QT_TRANSLATE_NOOP("core", "regedit would keep the last one")
W_CUT = QT_TRANSLATE_NOOP(
    "core", "regedit would import what comes before the cut and silently lose the rest"
)
_REGEDIT_DOES = {
    R_NOT_TEXT: W_NOT_IMPORTED,
    R_MISSING_HEADER: W_NOT_IMPORTED,
    R_ODD_UTF16: W_CUT,
    R_DANGLING_CONTINUATION: W_CUT,
    R_CUT_VALUE: W_CUT,
    R_UNTERMINATED_KEY: W_SKIPS_KEY,
    R_BAD_KEY_PATH: W_SKIPS_KEY,
    R_TRAILING_TEXT_KEY: W_SKIPS_KEY,
    R_VALUE_OUTSIDE_KEY: W_IGNORES_VALUE,
    R_VALUE_UNDER_DELETED_KEY: W_IGNORES_VALUE,
    R_DUPLICATE_VALUE: W_LAST_WINS,
}


class RegParseError(BadInputError):
    """A registry export is malformed or truncated; nothing was read from it.

    ``line`` is the 1-based line number, ``reason`` the translatable reason on its own and
    ``regedit`` what regedit would do with the same file (the full message embeds both).
    """

    source: str
    line: int
    reason: Message
    regedit: Message

    def __init__(self, source: str, line: int, reason: str) -> None:
        self.source = source
        self.line = line
        self.reason = msg(reason)
        self.regedit = msg(_REGEDIT_DOES.get(reason, W_SKIPS_LINE))
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP("core", "The registry export %1 is not valid: line %2: %3 (%4)."),
                source,
                line,
                self.reason,
                self.regedit,
            )
        )

    def __reduce__(self) -> tuple[type[RegParseError], tuple[str, int, str]]:
        # Rebuild from the parts (the default would call __init__ with the message text only).
        return type(self), (self.source, self.line, self.reason.text)
