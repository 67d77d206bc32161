"""A passing AT-SPI walk means something only if ``walk_checks.check_walk`` reports what is
wrong: here on made-up walk results (no desktop needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from atspi_desktop import Walk
from walk_checks import check_walk

TITLE = "Private-key password"
REFUSED = "This password does not open the private key of this server."
Page = dict[str, Any]


def _page(text: str, *, politeness: str = "polite", error: bool = False, **seen: Any) -> Page:
    entry = {
        "page": text,
        "focus": "Password of the private key",
        "focused": ["password text", "Password of the private key"],
        "nameless": [],
        "keys": [],
        "politeness": politeness,
        "error": error,
    }
    entry.update(seen)
    return entry


def _walk(pages: list[Page], announcements: list[list[Any]]) -> Walk:
    result = {"pages": pages, "announcements": announcements, "error": None}
    return Walk(result, Path("/nonexistent"), 0)


def _heard(*texts: str) -> list[list[Any]]:
    return [[float(i), text, "polite"] for i, text in enumerate(texts)]


def test_a_clean_walk_has_nothing_to_report(qapp) -> None:  # type: ignore[no-untyped-def]
    pages = [_page(TITLE), _page(REFUSED, politeness="assertive", error=True)]
    assert check_walk(_walk(pages, _heard(f"{TITLE}. Setup checks.", REFUSED)), "en") == []


def test_an_error_said_politely_is_reported(qapp) -> None:  # type: ignore[no-untyped-def]
    pages = [_page(TITLE), _page(REFUSED, error=True)]
    (problem,) = check_walk(_walk(pages, _heard(TITLE, REFUSED)), "en")
    assert problem == f"{REFUSED}: announced polite, not assertive"


def test_a_nameless_object_and_a_focus_elsewhere_are_reported(qapp) -> None:  # type: ignore[no-untyped-def]
    pages = [
        _page(TITLE, nameless=["push button '' < filler ''"]),
        _page("Preparation", focused=["push button", "Cancel"], focus=None),
        _page("Ready to install", focus="Show files"),
    ]
    problems = check_walk(_walk(pages, _heard(TITLE, "Preparation", "Ready to install")), "en")
    assert problems == [
        f"{TITLE}: no name: [\"push button '' < filler ''\"]",
        "Preparation: focus on ['push button', 'Cancel']",
        "Ready to install: focus on ['password text', 'Password of the private key'], "
        "not on 'Show files'",
    ]


def test_pages_out_of_order_and_progress_twice_a_second_are_reported(qapp) -> None:  # type: ignore[no-untyped-def]
    pages = [_page(TITLE), _page("Preparation")]
    heard = [[0.0, "Preparation", "polite"], [1.0, TITLE, "polite"]]
    heard += [[2.0, "10 percent done", "polite"], [2.5, "20 percent done", "polite"]]
    problems = check_walk(_walk(pages, heard), "en")
    assert problems[0].startswith("pages not announced in order")
    assert problems[1] == "two progress announcements 0.50 s apart"
