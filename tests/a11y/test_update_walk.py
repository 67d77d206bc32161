"""Issue 18: the update of ``single-server-v1`` end to end, as a screen reader meets it.

Only through AT-SPI (see ``atspi_driver.py``): Next, "Back up now", Install and Finish are found
by role and name and pressed with ``doAction``; the password is typed with ``setTextContents``.
"""

from __future__ import annotations

import pytest
from atspi_desktop import Desktop, walk_wizard
from walk_checks import check_record, check_walk, state_of
from walk_paths import backup_and_install, to_password, type_password

from rms_wizard.core.install.models import Release
from rms_wizard.training.sandbox import get_scenario

SCENARIO = "single-server-v1"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_update_through_atspi(qapp, desktop: Desktop, language: str) -> None:  # type: ignore[no-untyped-def]
    """Every page announced in order and named throughout, the focus where it belongs; the
    sandbox ends exactly SP1 and the wizard closes with exit code 0."""
    steps = [
        *to_password(language),
        type_password(language, get_scenario(SCENARIO).key_password),
        *backup_and_install(language),
    ]
    walk = walk_wizard(desktop, f"update-{language}", steps, scenario=SCENARIO, language=language)
    assert check_walk(walk, language) == []
    assert state_of(walk.sandbox) is Release.SP1
    assert walk.exit_code == 0
    check_record(f"update-{language}", walk, language=language)
