"""One full stop ends a sentence: never "first.." -- neither in a catalogue entry nor where a
whole-sentence reason is filled into a sentence that puts its own full stop after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from i18n_catalogue import TRANSLATIONS, read_ts

from rms_wizard import i18n
from rms_wizard.core.common.messages import QT_TRANSLATE_NOOP, fill_placeholders, msg
from rms_wizard.core.engine.rollback import incomplete_error
from rms_wizard.core.engine.sqlite_files import in_use_error


@pytest.mark.parametrize("name", ["rms_wizard_en.ts", "rms_wizard_nl.ts"])
def test_no_catalogue_entry_ends_in_two_full_stops(name: str) -> None:
    doubled = [
        text
        for entry in read_ts(TRANSLATIONS / name)
        for text in (entry.source, *entry.forms)
        if text.rstrip().endswith("..")  # a real ellipsis is "…", which is fine
    ]
    assert doubled == []


def test_a_whole_sentence_filled_in_before_a_full_stop_keeps_one() -> None:
    writer = in_use_error(Path("DRMS_Config.db")).message
    text = str(
        msg(QT_TRANSLATE_NOOP("core", "%1. Once that is fixed, run recover to finish."), writer)
    )
    assert text == (
        "RMS is still writing to its database DRMS_Config.db: stop the RMS service first. "
        "Once that is fixed, run recover to finish."
    )
    assert fill_placeholders("%1 is %2.", ("it", "1.0")) == "it is 1.0."  # no sentence: kept


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_live_writer_blocking_a_rollback_reads_with_single_full_stops(language: str) -> None:
    """The live writer's message as the reason a rollback could not finish, in both languages."""
    error = incomplete_error(RuntimeError("x"), [(3, in_use_error(Path("DRMS_Config.db")))])
    i18n.install_translators(language)
    try:
        text = i18n.tr_message(error.message)
    finally:
        i18n.install_translators("en")
    assert ".." not in text, text
    assert ("RMS-service" if language == "nl" else "RMS service") in text  # translated
