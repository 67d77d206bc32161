"""The wizard's paths as AT-SPI walks (steps for ``atspi_driver.py``), in the wizard's words.

Each page step names where the focus should start: the page's first input (the language, the
password field, the backup folder, the plan's filter), else the forward button (Next, Finish).
"""

from __future__ import annotations

from walk_checks import (
    Step,
    button,
    next_button,
    page,
    press,
    press_next,
    spoken,
    type_into,
)

#: The language list shows each language in its own words: its current one is the combo's name.
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands"}


def welcome(language: str, *, wait_for_next: bool = True) -> Step:
    """The Welcome page, once the wizard has made its other pages (Next is enabled then);
    ``wait_for_next=False``: only heard and looked at (a walk whose Next has lost its name)."""
    return page(
        language,
        "WelcomePage",
        "Welcome to the Windows RMS Service Pack 1 Setup Wizard",
        focus=LANGUAGE_NAMES[language],
        ready=("push button", next_button(language)) if wait_for_next else None,
    )


def password_field(language: str) -> str:
    return spoken(language, "PasswordPage", "Password of the private key")


def type_password(language: str, password: str) -> Step:
    return type_into("password text", password_field(language), password)


def finish(language: str) -> str:
    return button(language, "QWizard", "&Finish")


def to_detection(language: str) -> list[Step]:
    """The Welcome page, Next, the detection (Next is enabled once it is done)."""
    return [
        welcome(language),
        press_next(language),
        page(language, "DetectionPage", "Detecting the installation", focus=next_button(language)),
    ]


def to_password(language: str) -> list[Step]:
    """From the Welcome page to the password page, its field focused."""
    return [
        *to_detection(language),
        press_next(language),
        page(
            language,
            "PasswordPage",
            "Private-key password",
            focus=password_field(language),
            # the keyring is asked in the background; then the check box says which one it is
            ready=("check box", remember_in_keyring(language)),
        ),
    ]


def remember_in_keyring(language: str) -> str:
    """The start of the check box's name once the keyring is known: "... keyring (" + which."""
    text = spoken(language, "PasswordPage", "&Remember the password in the keyring (%1)")
    return text.split("%1")[0]


def backup_and_install(language: str) -> list[Step]:
    """From the password page's Next to the debrief's Finish: back up, install, debrief."""
    return [
        press_next(language),
        page(
            language,
            "PreparationPage",
            "Preparation",
            focus=spoken(language, "PreparationPage", "Backup &folder:"),
        ),
        press("push button", button(language, "PreparationPage", "Back up now")),
        press_next(language),
        page(
            language,
            "ReadyPage",
            "Ready to install",
            focus=spoken(language, "ReadyPage", "Show files"),
        ),
        press("push button", button(language, "ReadyPage", "&Install")),
        page(language, "UpdatingPage", "Updating", passing=True),
        page(language, "FinishedPage", "Completing the Setup Wizard", focus=next_button(language)),
        press_next(language),
        page(language, "DebriefPage", "Debrief", focus=finish(language)),
        press("push button", finish(language)),
    ]


def remove_sp1(language: str, password: str) -> list[Step]:
    """SP1 found: restore the backup made before SP1 (its key's password typed on the
    Maintenance page), the summary, Remove SP1, the debrief's Finish."""
    restore = spoken(language, "RestoreCard", "Restore the backup made before SP1")
    return [
        *to_detection(language),
        press_next(language),
        # the backup made before SP1 was found: its choice is made, the focus on it
        page(language, "MaintenancePage", "Remove Service Pack 1", focus=restore),
        type_into(
            "password text",
            spoken(language, "RestoreCard", "Password of the private key"),
            password,
        ),
        press_next(language),  # the backup and the password are verified, then the summary
        page(
            language,
            "RemoveReadyPage",
            "Ready to remove SP1",
            focus=spoken(language, "RemoveReadyPage", "Remove SP1"),
        ),
        press("push button", spoken(language, "RemoveReadyPage", "Remove SP1")),
        page(language, "UpdatingPage", "Removing SP1", passing=True),
        page(language, "FinishedPage", "Completing the Setup Wizard", focus=next_button(language)),
        press_next(language),
        page(language, "DebriefPage", "Debrief", focus=finish(language)),
        press("push button", finish(language)),
    ]


def wrong_password_drill(language: str, wrong: str, right: str) -> list[Step]:
    """The password on the note (``wrong``) is refused: the error interrupts, the field has the
    focus again; the right one proceeds, and the update goes on as in :func:`backup_and_install`."""
    refused = (
        "This password does not open the private key of this server. Check it (it is "
        "case-sensitive) and try again."
    )
    return [
        *to_password(language),
        type_password(language, wrong),
        press_next(language),
        page(language, "PasswordPage", refused, focus=password_field(language), error=True),
        type_password(language, right),
        *backup_and_install(language),
    ]
