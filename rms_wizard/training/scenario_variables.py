"""Scenario variables: values drawn per run, so two trainees never share a password or a name.

A scenario declares ``variables`` (``{"name": {"choices": [...]}}`` or ``{"pattern": "..."}``)
and uses them as ``${name}`` in any text of the file: the key password, the server and forest
names, which admin-changed file, the step at which a drill's fault strikes. :func:`draw_values`
draws them from a seed: the same seed gives the same values (a trainer reproduces a trainee's run),
a new seed each run gives each trainee other values.

In a pattern ``#`` is a digit and ``?`` an upper-case letter; every other character stands for
itself.
"""

from __future__ import annotations

import random
import re
import secrets
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..core.common.messages import QT_TRANSLATE_NOOP, BadInputError, msg

VARIABLE_NAME = r"^[a-z][a-z0-9_]*$"
_REFERENCE = re.compile(r"\$\{([^}]*)\}")
#: Seeds are small enough to read out loud and type again.
_SEED_LIMIT = 1_000_000


class Variable(BaseModel):
    """One value drawn per run: one of ``choices``, or a string made from ``pattern``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    choices: list[str] = Field(default=[], min_length=1)
    pattern: str | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _one_source(self) -> Variable:
        if ("choices" in self.model_fields_set) == (self.pattern is not None):
            raise ValueError("a variable has either choices or a pattern")
        return self

    def draw(self, rng: random.Random) -> str:
        if self.pattern is None:
            return rng.choice(self.choices)
        return "".join(_draw_char(char, rng) for char in self.pattern)


def _draw_char(char: str, rng: random.Random) -> str:
    if char == "#":
        return rng.choice("0123456789")
    if char == "?":
        return rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    return char


def new_seed() -> int:
    """A seed for a run nobody gave one: unpredictable, so each trainee gets other values."""
    return secrets.randbelow(_SEED_LIMIT)


def draw_values(variables: dict[str, Variable], seed: int) -> dict[str, str]:
    """The values of one run: a function of the seed alone (drawn in the names' order)."""
    rng = random.Random(seed)
    return {name: variables[name].draw(rng) for name in sorted(variables)}


def substitute(data: Any, values: dict[str, str], path: str = "") -> Any:
    """``data`` (parsed JSON) with every ``${name}`` in its strings replaced by its value."""
    if isinstance(data, str):

        def value_of(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in values:
                raise BadInputError(
                    msg(
                        QT_TRANSLATE_NOOP(
                            "core", "%1: the variable %2 is not declared in variables"
                        ),
                        path,
                        name,
                    )
                )
            return values[name]

        return _REFERENCE.sub(value_of, data)
    if isinstance(data, dict):
        return {
            key: substitute(item, values, f"{path}.{key}" if path else str(key))
            for key, item in data.items()
        }
    if isinstance(data, list):
        return [substitute(item, values, f"{path}.{index}") for index, item in enumerate(data)]
    return data


__all__ = [
    "VARIABLE_NAME",
    "Variable",
    "draw_values",
    "new_seed",
    "substitute",
]
