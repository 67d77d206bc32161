"""The walkthroughs exist in both languages and show the screenshots of their own language."""

from __future__ import annotations

import re

import pytest
from i18n_catalogue import ROOT

DOCS = ROOT / "docs"
IMAGE = re.compile(r"!\[[^\]]+\]\(([^)]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]+\]\(#([^)]+)\)")


def _anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_walkthrough_shows_existing_screenshots_of_its_language(lang: str) -> None:
    text = (DOCS / f"walkthrough.{lang}.md").read_text(encoding="utf-8")
    images = IMAGE.findall(text)
    assert len(images) >= 15, "each step of the three paths shows its page"
    for image in images:
        assert image.startswith(f"screenshots/{lang}/"), image
        assert (DOCS / image).is_file(), f"{image} does not exist: run `make screenshots`"
    # the three paths: update, remove SP1 / restore, a sandbox session with a recovery
    for path in ("update-", "remove-", "drill-", "recover-"):
        assert any(f"/{path}" in image for image in images), path


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_walkthrough_links_to_its_own_headings(lang: str) -> None:
    text = (DOCS / f"walkthrough.{lang}.md").read_text(encoding="utf-8")
    anchors = {_anchor(h) for h in re.findall(r"^#+ (.+)$", text, flags=re.MULTILINE)}
    for target in LINK.findall(text):
        assert target in anchors, f"walkthrough.{lang}.md links to a missing heading: #{target}"


def test_both_walkthroughs_show_the_same_pages() -> None:
    def pages(lang: str) -> list[str]:
        text = (DOCS / f"walkthrough.{lang}.md").read_text(encoding="utf-8")
        return [image.rsplit("/", 1)[1] for image in IMAGE.findall(text)]

    assert pages("en") == pages("nl")
