"""Scenario texts are translatable data: every title, goal, briefing and trap exists in both
languages, and the Dutch one is a translation (not the English copied), with the same names and
figures (passwords, server names, versions) as the English."""

from __future__ import annotations

import re

from pydantic import BaseModel

from rms_wizard.training.sandbox import list_scenarios
from rms_wizard.training.scenario_model import LocalText

#: Tokens that must survive translation unchanged: anything with a digit (RMS-ROOT01, 1.0, step 9,
#: Contoso-Root-2006!), and paths.
FIXED = re.compile(r"\S*[/\\]\S*|[\w.!-]*\d[\w.!-]*")


def _texts(value: object, where: str) -> list[tuple[str, LocalText]]:
    if isinstance(value, LocalText):
        return [(where, value)]
    if isinstance(value, BaseModel):
        return [
            found
            for name in type(value).model_fields
            for found in _texts(getattr(value, name), f"{where}.{name}")
        ]
    if isinstance(value, list | tuple):
        return [found for i, item in enumerate(value) for found in _texts(item, f"{where}[{i}]")]
    return []


def _fixed(text: str) -> list[str]:
    # Dutch joins a name to the noun after it ("1.0-server", "SP1-client"): compare the name only.
    return sorted(re.sub(r"(-[^\W\d_]+)+$", "", t.rstrip(".,;:")) for t in FIXED.findall(text))


def test_every_scenario_text_is_in_dutch_and_english() -> None:
    scenarios = list_scenarios()
    assert len(scenarios) >= 4
    bad = []
    for scenario in scenarios:
        texts = _texts(scenario, scenario.id)
        assert any(where.endswith(".title") for where, _ in texts), scenario.id
        for where, text in texts:
            if text.nl.strip() == text.en.strip() and re.search(r"[a-z]{4}", text.en):
                bad.append(f"{where}: Dutch is the English text: {text.en!r}")
            if _fixed(text.nl) != _fixed(text.en):
                bad.append(f"{where}: names/figures differ: {_fixed(text.en)} vs {_fixed(text.nl)}")
    assert not bad, "\n".join(bad)
