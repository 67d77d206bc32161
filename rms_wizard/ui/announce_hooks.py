"""Where the wizard speaks (see :mod:`.announce`): each page as it is shown, the phases and the
progress of the work, and (called from the pages) errors and the Cancel question."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWizard, QWizardPage

from .announce import ProgressThrottle, announce, first_sentence


def page_summary(page: QWizardPage) -> str:
    """The page's title and the first sentence of its text (its subtitle, else its first label)."""
    title = page.title().strip()
    text = page.subTitle()
    if not text.strip():
        content = getattr(page, "scroll_area", None)  # not the sandbox bar above it
        where = content.widget() if content is not None else page
        for label in where.findChildren(QLabel):
            if label.isVisibleTo(page) and label.text().strip() and not label.buddy():
                text = label.text()
                break
    sentence = first_sentence(text)
    if not title:
        return sentence
    if not sentence:
        return title
    return f"{title}{'' if title[-1] in '.?!:' else '.'} {sentence}"


def announce_pages(wizard: QWizard) -> None:
    """Announce every page when it is shown (once it is filled: on the next event-loop turn).

    Pages shown in one turn (a restart shows its first page twice; Next pressed again before
    the turn) are one announcement, of the page shown then: never one page twice."""
    pending = False

    def say() -> None:
        nonlocal pending
        pending = False
        page = wizard.currentPage()
        if page is not None:
            announce(page, page_summary(page), kind="page")

    def shown(_page_id: int) -> None:
        nonlocal pending
        if not pending:
            pending = True
            QTimer.singleShot(0, wizard, say)

    wizard.currentIdChanged.connect(shown)


def announce_error(source: QObject, text: str) -> None:
    announce(source, text, kind="error", assertive=True)


def announce_question(source: QObject, text: str) -> None:
    announce(source, text, kind="question", assertive=True)


class ProgressVoice(QObject):
    """The work's progress as spoken: each new phase, and a percentage now and then."""

    def __init__(self, source: QObject, throttle: ProgressThrottle | None = None) -> None:
        super().__init__(source)
        self._source = source
        self._throttle = throttle if throttle is not None else ProgressThrottle()
        self._phases_said: set[str] = set()

    def reset(self) -> None:
        self._throttle.reset()
        self._phases_said.clear()

    def update(self, done: int, total: int, phase_key: str, phase_text: str) -> None:
        """``phase_key``: what the phase is regardless of its file ("Installing %1"): a phase is
        announced the first time it comes in a run, not for every file -- nor again each time
        the steps alternate between two phases (removing SP1 restores one file, removes the
        next)."""
        if phase_key and phase_key not in self._phases_said:
            self._phases_said.add(phase_key)
            announce(self._source, phase_text, kind="phase")
        percent = self._throttle.percent_to_say(done, total)
        if percent is not None:
            text = self.tr("%1 percent done").replace("%1", str(percent))
            announce(self._source, text, kind="progress")
