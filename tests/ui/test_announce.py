"""Issue 18: what a screen reader is told without moving the focus (``ui/announce.py``): pages as
they are shown, phases, progress at most every 10 % and once a second, errors assertively."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QObject

from rms_wizard.ui import announce
from rms_wizard.ui.announce import ProgressThrottle, first_sentence
from rms_wizard.ui.announce_hooks import ProgressVoice
from rms_wizard.ui.page_id import PageId


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_progress_is_said_per_new_tenth_and_at_most_once_a_second() -> None:
    clock = FakeClock()
    throttle = ProgressThrottle(clock)
    said: list[tuple[float, int]] = []
    for done in range(3001):  # a fast run: one step a millisecond, 3 s in all
        clock.now += 0.001
        percent = throttle.percent_to_say(done, 3000)
        if percent is not None:
            said.append((clock.now, percent))
    # 10 % at 0.3 s, then the tenth reached a second later (43 %, 76 %): 100 % comes too soon.
    assert [p for _, p in said] == [10, 40, 70]
    times = [t for t, _ in said]
    assert all(b - a >= 1.0 for a, b in pairwise(times))


def test_a_slow_run_hears_every_tenth_once() -> None:
    clock = FakeClock()
    throttle = ProgressThrottle(clock)
    said = []
    for done in range(0, 101):
        clock.now += 0.5
        percent = throttle.percent_to_say(done, 100)
        if percent is not None:
            said.append(percent)
    assert said == [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    throttle.reset()
    assert throttle.percent_to_say(15, 100) == 10  # a new run starts again


def test_a_jump_says_the_tenth_reached_and_nothing_below_it() -> None:
    clock = FakeClock()
    throttle = ProgressThrottle(clock)
    assert throttle.percent_to_say(5, 100) is None
    assert throttle.percent_to_say(47, 100) == 40
    clock.now += 0.4
    assert throttle.percent_to_say(95, 100) is None  # too soon
    clock.now += 0.7
    assert throttle.percent_to_say(95, 100) == 90
    assert throttle.percent_to_say(3, 0) is None


def test_first_sentence() -> None:
    assert first_sentence("Setup found RMS 1.0. It can be updated.") == "Setup found RMS 1.0."
    assert first_sentence("Version 1.0 is old\nmore") == "Version 1.0 is old"
    assert first_sentence("Ready? Go.") == "Ready?"


def test_a_phase_is_said_when_it_changes_not_per_file(qapp) -> None:  # type: ignore[no-untyped-def]
    announce.RECORD.clear()
    clock = FakeClock()
    voice = ProgressVoice(QObject(), ProgressThrottle(clock))
    for step, name in enumerate(["a.dll", "b.dll", "c.dll"], 1):
        clock.now += 0.01
        voice.update(step, 40, "Installing %1", f"Installing {name}")
    clock.now += 2
    voice.update(39, 40, "Cleaning up", "Cleaning up")
    heard = [(a.kind, a.text, a.politeness) for a in announce.RECORD]
    assert heard == [
        ("phase", "Installing a.dll", "polite"),
        ("phase", "Cleaning up", "polite"),
        ("progress", "90 percent done", "polite"),
    ]


def test_phases_that_alternate_file_by_file_are_each_said_once(qapp) -> None:  # type: ignore[no-untyped-def]
    """Removing SP1 restores one file and removes the next: a reader hears each phase once,
    not one announcement per file."""
    announce.RECORD.clear()
    voice = ProgressVoice(QObject(), ProgressThrottle(FakeClock()))
    steps = [("Restoring %1", "a.dll"), ("Removing %1", "b.dll")] * 4
    for step, (key, name) in enumerate(steps, 1):
        voice.update(step, 100, key, key.replace("%1", name))
    phases = [a.text for a in announce.RECORD if a.kind == "phase"]
    assert phases == ["Restoring a.dll", "Removing b.dll"]
    voice.reset()  # a new run says its phases again
    voice.update(1, 100, "Restoring %1", "Restoring c.dll")
    assert announce.RECORD[-1].text == "Restoring c.dll"


def test_pages_announce_themselves_and_errors_interrupt(open_wizard, sandbox) -> None:  # type: ignore[no-untyped-def]
    announce.RECORD.clear()
    driver = open_wizard(sandbox("single-server-v1"), "single-server-v1")
    driver.wait(lambda: any(a.kind == "page" for a in announce.RECORD))
    first = next(a for a in announce.RECORD if a.kind == "page")
    assert first.text.startswith(driver.wizard.currentPage().title())
    assert first.politeness == "polite"
    driver.forward(PageId.DETECTION)
    title = driver.page().title()
    driver.wait(lambda: announce.RECORD[-1].kind == "page" and title in announce.RECORD[-1].text)
    driver.page().show_error("Something went wrong.")
    last = announce.RECORD[-1]
    assert (last.kind, last.text, last.politeness) == (
        "error",
        "Something went wrong.",
        "assertive",
    )
