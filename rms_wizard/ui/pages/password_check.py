"""The private-key password checked against the key of the server Setup runs on, on a worker.

One part for the two pages that ask for the password (the Password page before the backup, the
cluster page before the rollout): the check runs off the GUI thread, and its outcome goes into the
wizard state the same way on both (the password kept and redacted from the log, the trail's event).
Its texts keep the Password page's translation context, where they were first written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import SecretStr
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ...core.keys.private_key import WrongPasswordError
from ..jobs.password import PasswordResult, password_job
from ..jobs.worker import Failure, Worker
from ..state import Event

if TYPE_CHECKING:
    from .base import BasePage


def checking_text() -> str:
    """What a page shows while the check runs."""
    return QCoreApplication.translate(
        "PasswordPage", "Checking the password against the private key\u2026"
    )


def refusal_text(failure: Failure) -> str:
    """Why the check failed, in the current language: a wrong password, or the key's own error."""
    if failure.is_error(WrongPasswordError):
        return QCoreApplication.translate(
            "PasswordPage",
            "This password does not open the private key of this server. Check it (it "
            "is case-sensitive) and try again.",
        )
    return failure.text()


class PasswordCheck(QObject):
    """Checks a password for ``page``'s wizard state.

    ``verified(PasswordResult)`` comes once the state holds the password as verified (and the
    setup log redacts it); ``refused(Failure)`` once a wrong password is in the trail.
    """

    verified = Signal(object)
    refused = Signal(object)

    def __init__(self, page: BasePage) -> None:
        super().__init__(page)
        self._page = page
        self._worker: Worker | None = None
        self._pending: SecretStr | None = None

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.running

    def holds(self, password: SecretStr) -> bool:
        """The state has this very password, verified already."""
        state = self._page.state
        return (
            state.password_verified
            and state.password is not None
            and state.password.get_secret_value() == password.get_secret_value()
        )

    def start(self, password: SecretStr, *, remember: bool) -> bool:
        """Check ``password`` (and keep it in the keyring if ``remember``); False when the server
        has no private key to check it against, or a check already runs."""
        state = self._page.state
        install = state.install
        if self.running or install is None or install.private_key is None:
            return False
        worker = Worker(
            password_job(
                Path(install.private_key.path),
                password,
                remember=remember,
                sandbox=state.sandbox,
                identity=install.identity,
            ),
            name="password",
            log=self._page.setup_wizard().log,
        )
        worker.finished.connect(self._on_verified)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self._pending = password
        self._page.setup_wizard().jobs.start(worker)
        return True

    @Slot(object)
    def _on_verified(self, result: PasswordResult) -> None:
        state = self._page.state
        assert self._pending is not None
        state.password = self._pending
        state.password_verified = True
        self._page.setup_wizard().log.add_secret(self._pending)
        state.record(Event.PASSWORD_VERIFIED)
        self.verified.emit(result)

    @Slot(object)
    def _on_failed(self, failure: Failure) -> None:
        if failure.is_error(WrongPasswordError):
            self._page.state.record(Event.PASSWORD_WRONG)
        self.refused.emit(failure)
