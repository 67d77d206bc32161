"""OS errors reach the admin in their language: one helper maps errno to a translatable reason."""

from __future__ import annotations

import errno

import pytest
from i18n_catalogue import TRANSLATIONS, read_ts

from rms_wizard.core.common import messages
from rms_wizard.core.common.messages import Message, msg, os_error_message


def test_known_errno_gets_our_text_not_the_system_s() -> None:
    reason = os_error_message(OSError(errno.ENOSPC, "No space left on device"))
    assert str(reason) == "there is no space left on the disk"
    assert reason.context == "core"


def test_unknown_errno_keeps_the_system_text_untranslated() -> None:
    reason = os_error_message(OSError(errno.ECONNRESET, "Connection reset by peer"))
    assert str(reason) == "Connection reset by peer"
    assert reason.render(lambda ctx, text, n: "VERTAALD") == "Connection reset by peer"
    assert str(os_error_message(OSError("no errno at all"))) == "no errno at all"


def test_with_file_names_the_file_only() -> None:
    exc = PermissionError(errno.EACCES, "Permission denied", "/srv/rms/bin/DRMSServer.dll")
    assert str(os_error_message(exc, with_file=True)) == "access is denied (DRMSServer.dll)"
    assert str(os_error_message(exc)) == "access is denied"


def test_nested_reason_is_translated_inside_its_message() -> None:
    reason = os_error_message(OSError(errno.EROFS, "Read-only file system"))
    outer = msg("Cannot write %1: %2", "/x", reason)

    def translate(context: str, text: str, n: int) -> str:
        return {"the disk is read-only": "de schijf is alleen-lezen"}.get(text, text)

    assert outer.render(translate) == "Cannot write /x: de schijf is alleen-lezen"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_reason_is_in_the_catalogue(language: str) -> None:
    entries = {
        e.source: e
        for e in read_ts(TRANSLATIONS / f"rms_wizard_{language}.ts")
        if e.context == "core"
    }
    for text in messages._OS_ERRORS.values():
        assert entries[text].finished, text
    assert isinstance(os_error_message(OSError(errno.EIO, "x")), Message)
