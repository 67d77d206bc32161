"""Issue 14, item 20: wording a real walk tripped over, kept as it now reads.

* A drill's goals do not give the trap away: the trainee is told what to achieve, not that the
  disk fills up or the power goes ("See the update fail half-way" did).
* The interop page's change lines ("Server enrolls over the internet: Yes → No. …") go on with an
  explanation that fits both values: it says *whether* the server has to, not that it must.
"""

from __future__ import annotations

import pytest

from rms_wizard.core.fleet.interop import feature_info
from rms_wizard.training.sandbox import get_scenario

#: Words that name the fault a drill injects, per language.
TRAP_WORDS = {
    "disk-full": {
        "en": ("disk", "full", "space", "fail", "half"),
        "nl": ("schijf", "vol ", "ruimte", "mislukt", "halverwege"),
    },
    "power-loss": {
        "en": ("power", "crash", "fail", "half", "restart"),
        "nl": ("stroom", "crash", "mislukt", "halverwege", "herstart"),
    },
}


@pytest.mark.parametrize("scenario", sorted(TRAP_WORDS))
@pytest.mark.parametrize("language", ["en", "nl"])
def test_drill_goals_do_not_give_the_trap_away(scenario: str, language: str) -> None:
    goals = [goal.get(language).lower() for goal in get_scenario(scenario).goals]
    assert len(goals) >= 2
    for goal in goals:
        named = [word for word in TRAP_WORDS[scenario][language] if word in goal]
        assert not named, f"{scenario} ({language}): the goal {goal!r} names {named}"


def test_the_internet_enrollment_line_explains_instead_of_contradicting() -> None:
    explanation = str(feature_info("server_enrolls_over_internet").explanation)
    assert explanation.startswith("Whether the server has to contact Microsoft")
    assert "every RMS 1.0 server has to; an SP1 server can enroll offline" in explanation
    assert not explanation.startswith("The server must")
