"""The cluster rollout as a screen reader hears it (see :mod:`.announce`): each wave once, as it
starts; the servers done at most every 10 % and once a second (:class:`~.announce_hooks.
ProgressVoice`); and the end of the run: done or stopped politely, a failure assertively (as the
pages' inline errors). The cluster page's status line shows the same words."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from ..core.fleet.rollout_result import NodeProgress
from ..i18n import tr_message
from .announce import announce
from .announce_hooks import ProgressVoice, announce_error
from .rollout_run import RolloutRun
from .rollout_session import RolloutSession


class RolloutVoice(QObject):
    """Speaks for ``source`` (the cluster page) of the runs of ``run`` on ``session``."""

    def __init__(self, source: QObject, run: RolloutRun, session: RolloutSession) -> None:
        super().__init__(source)
        self._source = source
        self._session = session
        self._voice = ProgressVoice(source)
        run.progressed.connect(self._on_progress)
        run.ended.connect(self._on_ended)

    @Slot(object)
    def _on_progress(self, event: NodeProgress) -> None:
        session = self._session
        line = session.wave_line(event.wave)
        if session.plan is None or line is None or session.stopping:
            return
        # A wave whose servers are left as they are (the rollout failed before it) is not said.
        starts = event.status not in ("not-started", "skipped")
        key = f"wave {event.wave}" if starts else ""
        self._voice.update(session.servers_done, session.plan.node_count, key, tr_message(line))

    @Slot()
    def _on_ended(self) -> None:
        """The run has its result or its failure (a next run says its waves again)."""
        session = self._session
        self._voice.reset()
        failure = session.failure
        if failure is not None:
            if failure.kind == "cancelled":
                announce(self._source, failure.text(), kind="result")
            else:
                announce_error(self._source, failure.text())
            return
        line = session.outcome_line()
        if line is None:
            return
        text, style = tr_message(line[0]), line[1]
        if style == "error":
            announce_error(self._source, text)
        else:
            announce(self._source, text, kind="result")


__all__ = ["RolloutVoice"]
