"""The plan request's options: Windows Installer's ``REINSTALLMODE`` letters, the rule that finds
an unversioned file changed by the admin, and the language of the product being installed."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, field_validator

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, msg
from ..install.pe_image import LANG_EN_US

#: Letters of ``REINSTALLMODE`` that decide about files; the others (``u m s v``) are about
#: registry entries, shortcuts and the cached package.
FILE_LETTERS = frozenset("poedca")
ALL_LETTERS = FILE_LETTERS | frozenset("umsv")
DEFAULT_MODE = "omus"


class ReinstallMode(BaseModel):
    """A ``REINSTALLMODE`` value: letters, case-insensitive and in any order.

    ``p`` reinstalls only missing files; ``o`` also older versions (the default rules); ``e`` also
    equal versions; ``d`` any different version; ``c`` a versioned file whose content does not
    match SP1's file of the same version (a damaged file); ``a`` every file. The letters add up:
    a file is reinstalled when any of them says so. ``u``, ``m``, ``s`` and ``v`` concern registry
    entries, shortcuts and the cached package: the wizard always rewrites its registry values and
    keeps no shortcuts or package cache, so they change nothing here.
    """

    model_config = ConfigDict(frozen=True)

    letters: str = DEFAULT_MODE

    @field_validator("letters")
    @classmethod
    def _known_letters(cls, letters: str) -> str:
        letters = letters.strip().lower()
        if not letters or set(letters) - ALL_LETTERS:
            raise ValueError(f"not a REINSTALLMODE: {letters!r}")
        return letters

    @classmethod
    def parse(cls, text: str) -> ReinstallMode:
        """The mode ``text`` names; a :class:`BadInputError` naming it when it names none."""
        cleaned = text.strip().lower()
        if not cleaned or set(cleaned) - ALL_LETTERS:
            raise BadInputError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "%1 is not a reinstall mode: use the letters p, o, e, d, c, a, u, m, s and v, such as omus or emus.",
                    ),
                    repr(text),
                )
            )
        return cls(letters=cleaned)

    @property
    def file_letters(self) -> frozenset[str]:
        return frozenset(self.letters) & FILE_LETTERS


class UserModifiedRule(StrEnum):
    """How an unversioned file is found changed by the admin (and so kept)."""

    CONTENT = "content"  # it differs from the file RMS 1.0 installed (the default)
    DATES = "dates"  # Windows Installer's rule: modified later than created


class PlanOptions(BaseModel):
    """How the plan applies the versioning rules: part of every plan request."""

    model_config = ConfigDict(frozen=True)

    reinstall_mode: ReinstallMode = ReinstallMode()
    user_modified: UserModifiedRule = UserModifiedRule.CONTENT
    #: The language of the product being installed (MSI's ProductLanguage): SP1's, English.
    product_language: int = LANG_EN_US
