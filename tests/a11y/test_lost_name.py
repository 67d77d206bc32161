"""Issue 18: "the same test fails if any interactive widget loses its name (check it by removing
one)". The Welcome walk of ``test_screen_reader_walks`` runs once more with one button's name taken
away inside the wizard (``RMS_WIZARD_A11Y_UNNAME``, see ``rms_wizard/ui/a11y_probe.py``): its
check must report that button, and only it, as nameless.
"""

from __future__ import annotations

from atspi_desktop import Desktop, walk_wizard
from walk_checks import check_walk
from walk_paths import welcome

from rms_wizard.ui.a11y_probe import UNNAME_ENV


def test_a_button_that_lost_its_name_fails_the_welcome_walk(qapp, desktop: Desktop) -> None:  # type: ignore[no-untyped-def]
    language = "en"
    walk = walk_wizard(
        desktop,
        f"lost-name-{language}",
        [welcome(language, wait_for_next=False)],  # Next is there, but not by its name
        scenario="single-server-v1",
        language=language,
        extra_env={UNNAME_ENV: "nextButton"},
    )
    (page,) = walk.result["pages"]
    # What the walk's check says of names (its focus check is the other test's business).
    names = [problem for problem in check_walk(walk, language) if ": no name: " in problem]
    assert names == [f"{page['page']}: no name: {page['nameless']}"]
    # The button Next, and nothing else: the same walk without the switch finds no nameless
    # object (test_screen_reader_walks::test_the_welcome_page_through_atspi).
    (nameless,) = page["nameless"]
    assert nameless.startswith("push button ''"), nameless
