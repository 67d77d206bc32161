"""Issue 18: the wizard as a screen reader meets it, through the real AT-SPI bus.

The wizard runs as its own process (accessibility on, a sandbox); ``atspi_driver.py`` finds
controls by role and name, presses them, types through EditableText, and listens for
``object:announcement`` (Qt 6.11 sends QAccessibleAnnouncementEvent to AT-SPI as that event).
Each walk checks (``walk_checks.check_walk``): every focusable object on screen has a name; the
focus on each page is the expected one, never Cancel; the pages are announced in order with at
most one progress announcement a second; and the sandbox is where the walk should leave it (the
project's own verify). The walks: here the Welcome page; the update in ``test_update_walk.py``,
the removal and the wrong-password drill in ``test_remove_and_drill_walks.py``.
"""

from __future__ import annotations

import pytest
from atspi_desktop import Desktop, walk_wizard
from walk_checks import check_walk, state_of
from walk_paths import welcome

from rms_wizard.core.install.models import Release


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_welcome_page_through_atspi(qapp, desktop: Desktop, language: str) -> None:  # type: ignore[no-untyped-def]
    """Announced (title and first sentence), every focusable object named, focus not on Cancel."""
    walk = walk_wizard(
        desktop,
        f"welcome-{language}",
        [welcome(language)],
        scenario="single-server-v1",
        language=language,
    )
    assert check_walk(walk, language) == []
    page = walk.result["pages"][0]
    heard = walk.result["announcements"][0][1]
    assert heard.startswith(page["page"]), heard
    # The first sentence of the page's own text, not of the sandbox bar above it.
    assert "Windows Rights Management Services (RMS) 1.0" in heard, heard
    assert state_of(walk.sandbox) is Release.V1  # nothing changed by looking
