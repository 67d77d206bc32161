"""Issue 18: the removal of SP1 and the wrong-password drill, as a screen reader meets them.

Only through AT-SPI, as the update in ``test_update_walk.py``: the same checks (every focusable
object named, the focus on each page where it belongs, the pages announced in order, progress at
most once a second), and the sandbox where the walk should leave it.
"""

from __future__ import annotations

import pytest
from atspi_desktop import Desktop, walk_wizard
from walk_checks import check_record, check_walk, state_of
from walk_paths import remove_sp1, wrong_password_drill

from rms_wizard.core.install.models import Release
from rms_wizard.training.sandbox import get_scenario


@pytest.mark.parametrize("language", ["en", "nl"])
def test_removing_sp1_through_atspi(qapp, desktop: Desktop, language: str) -> None:  # type: ignore[no-untyped-def]
    """SP1 found, the backup made before it restored: the sandbox ends exactly RMS 1.0."""
    scenario = "already-sp1"
    steps = remove_sp1(language, get_scenario(scenario).key_password)
    walk = walk_wizard(desktop, f"remove-{language}", steps, scenario=scenario, language=language)
    assert check_walk(walk, language) == []
    assert state_of(walk.sandbox) is Release.V1
    assert walk.exit_code == 0
    check_record(f"remove-{language}", walk, language=language)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_wrong_password_drill_through_atspi(qapp, desktop: Desktop, language: str) -> None:  # type: ignore[no-untyped-def]
    """The note's password is refused, assertively, every name still there and the focus back in
    the field; the right one proceeds, and the update ends exactly SP1."""
    scenario = get_scenario("wrong-password")
    assert scenario.drill is not None and scenario.drill.hint_password is not None
    wrong, right = scenario.drill.hint_password, scenario.key_password
    assert wrong != right
    steps = wrong_password_drill(language, wrong, right)
    walk = walk_wizard(
        desktop, f"wrong-password-{language}", steps, scenario=scenario.id, language=language
    )
    assert check_walk(walk, language) == []
    (refused,) = [seen for seen in walk.result["pages"] if seen["error"]]
    assert refused["politeness"] == "assertive"
    assert state_of(walk.sandbox) is Release.SP1
    assert walk.exit_code == 0
    check_record(f"wrong-password-{language}", walk, language=language)
