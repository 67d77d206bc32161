"""What is wrong with a scenario file, in one translated line naming the field.

Pydantic's own messages are English only; a trainer reads ``goals.1.nl: this field is missing``
in the language of the wizard instead.
"""

from __future__ import annotations

from pydantic import ValidationError

from ..core.common.messages import QT_TRANSLATE_NOOP, Message, msg

#: Pydantic's error types, each with the problem in the trainer's words.
_PROBLEMS: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("core", "this field is missing"),
    "extra_forbidden": QT_TRANSLATE_NOOP("core", "this field is not part of a scenario"),
    "string_too_short": QT_TRANSLATE_NOOP("core", "the text is empty"),
    "too_short": QT_TRANSLATE_NOOP("core", "the list is empty"),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP(
        "core", "the value does not have the required form"
    ),
    "string_type": QT_TRANSLATE_NOOP("core", "a text is needed here"),
    "int_type": QT_TRANSLATE_NOOP("core", "a whole number is needed here"),
    "int_parsing": QT_TRANSLATE_NOOP("core", "a whole number is needed here"),
    "int_from_float": QT_TRANSLATE_NOOP("core", "a whole number is needed here"),
    "bool_type": QT_TRANSLATE_NOOP("core", "true or false is needed here"),
    "bool_parsing": QT_TRANSLATE_NOOP("core", "true or false is needed here"),
    "list_type": QT_TRANSLATE_NOOP("core", "a list is needed here"),
    "dict_type": QT_TRANSLATE_NOOP("core", "an object is needed here"),
    "model_type": QT_TRANSLATE_NOOP("core", "an object is needed here"),
    "model_attributes_type": QT_TRANSLATE_NOOP("core", "an object is needed here"),
    "greater_than_equal": QT_TRANSLATE_NOOP("core", "the number is too small"),
    "greater_than": QT_TRANSLATE_NOOP("core", "the number is too small"),
    "less_than_equal": QT_TRANSLATE_NOOP("core", "the number is too large"),
    "less_than": QT_TRANSLATE_NOOP("core", "the number is too large"),
    "literal_error": QT_TRANSLATE_NOOP("core", "the value is not one of the allowed values"),
    "enum": QT_TRANSLATE_NOOP("core", "the value is not one of the allowed values"),
    "value_error": QT_TRANSLATE_NOOP("core", "the combination of fields is not allowed"),
}
_OTHER = QT_TRANSLATE_NOOP("core", "the value is not allowed")


def field_path(location: tuple[int | str, ...]) -> str:
    """``("goals", 1, "nl")`` as ``goals.1.nl``; the whole file as ``(scenario)``."""
    return ".".join(str(part) for part in location) or "(scenario)"


def first_problem(exc: ValidationError, prefix: tuple[int | str, ...] = ()) -> Message:
    """The first error of ``exc`` as ``field: problem`` (a field path under ``prefix``)."""
    error = exc.errors()[0]
    # A validator of a union or a model adds a type name to the location: not a field.
    location = tuple(part for part in error["loc"] if not str(part)[:1].isupper())
    return msg(
        QT_TRANSLATE_NOOP("core", "%1: %2"),
        field_path(prefix + location),
        msg(_PROBLEMS.get(error["type"], _OTHER)),
    )


__all__ = ["field_path", "first_problem"]
