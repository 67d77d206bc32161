"""The one place where passwords meet the system keyring: :class:`SecretStore` wraps ``keyring``.

The policy that decides which backends may hold the password (an allow-list of encrypting backends
outside the sandbox) is :func:`~rms_wizard.core.keys.keyring_policy.assess_backend`, and nothing else
decides it.

The private-key password is a pydantic :class:`~pydantic.SecretStr` from end to end and never
reaches an exception text, its ``args``, a ``repr``, a chained exception or a traceback's locals.
Errors raised on purpose are :class:`~rms_wizard.core.common.messages.RmsError` subclasses carrying a
translatable :class:`~rms_wizard.core.common.messages.Message`. To keep the backends' exceptions (and the
frames that hold the password) out of the error, the helpers return an outcome and the public
functions raise *after* the ``except`` block: the raised error has no ``__context__`` at all. The
private key itself is :mod:`.private_key`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail
from pydantic import SecretStr

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, OperationFailedError, msg
from .keyring_policy import BackendAssessment, assess_backend

__all__ = [
    "SANDBOX_SERVICE",
    "SERVICE",
    "BackendAssessment",
    "InsecureKeyringError",
    "KeyringError",
    "KeyringReadError",
    "SecretStore",
    "account_for",
    "assess_backend",
]

#: Keyring service name of the real wizard.
SERVICE = "rms-wizard"
#: Keyring service name of the sandbox (a ``SecretStore(sandbox=True)`` only ever uses this one).
SANDBOX_SERVICE = f"{SERVICE}-sandbox"
_SANDBOX_SUFFIX = "-sandbox"


class InsecureKeyringError(BadInputError):
    """The keyring backend would not keep the password safe, so nothing was stored."""


class KeyringError(OperationFailedError):
    """The keyring backend failed (locked, unreachable...); the message never holds the password."""


class KeyringReadError(BadInputError):
    """The keyring could not be read (locked, unreachable...): nothing was done yet, so this is
    a refusal (exit 2), not a failed change; the message never holds the password."""


# --------------------------------------------------------------------------------------------
# Keyring
# --------------------------------------------------------------------------------------------


def account_for(server_name: str, cluster_id: str | None) -> str:
    """The keyring user name of one RMS server: ``server`` or ``server@cluster`` (case-folded).

    Windows server names and cluster ids compare case-insensitively, so ``RMS01`` and ``rms01``
    share one entry. A server name never holds ``@`` or white space, which keeps the account
    unambiguous whatever the cluster id holds.
    """
    server = server_name.strip().casefold()
    if not server or "@" in server or any(ch.isspace() or not ch.isprintable() for ch in server):
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "The server name %1 is not valid."), server_name)
        )
    cluster = (cluster_id or "").strip().casefold()
    if any(not ch.isprintable() for ch in cluster):
        raise BadInputError(
            msg(QT_TRANSLATE_NOOP("core", "The cluster id %1 is not valid."), cluster_id)
        )
    return f"{server}@{cluster}" if cluster else server


def _describe_failure(exc: BaseException, secret: str) -> str:
    """A backend error as text for the admin, with no chance of carrying the password."""
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if secret and secret in text:
        return type(exc).__name__
    return text


def _call_backend(action: Callable[[], object], secret: str = "") -> tuple[object, str | None]:
    """Run one backend call: its result and None, or None and a safe failure description.

    Backends raise anything (keyring errors, D-Bus and OS errors); the exception stays inside
    this frame so the caller raises a clean, context-free error.
    """
    try:
        return action(), None
    except Exception as exc:
        return None, _describe_failure(exc, secret)


class SecretStore:
    """Store, read and delete the private-key password of RMS servers in the system keyring.

    The service name is ``service`` (default :data:`SERVICE`), or its sandbox twin
    (:data:`SANDBOX_SERVICE` by default) with ``sandbox=True``: a sandbox store never reads or
    writes the real service. The user name is :func:`account_for` of the server.

    The backend is ``keyring.get_keyring()`` at each call, judged by :func:`assess_backend`. On an
    insecure backend :meth:`store` raises :class:`InsecureKeyringError` (callers may carry on
    without remembering the password), :meth:`get` returns None and :meth:`delete` does nothing:
    this store never writes to nor reads from an insecure backend.
    """

    __slots__ = ("_base_service", "sandbox", "service")

    def __init__(self, service: str = SERVICE, *, sandbox: bool = False) -> None:
        if not service.strip():
            raise ValueError("the keyring service name must not be empty")
        self._base_service = service
        self.sandbox = sandbox
        self.service = _sandbox_service(service) if sandbox else service

    def __repr__(self) -> str:
        return f"SecretStore(service={self.service!r}, sandbox={self.sandbox!r})"

    account_for = staticmethod(account_for)

    # -- backend policy -----------------------------------------------------------------------

    def assessment(self) -> BackendAssessment:
        """The current backend judged by :func:`assess_backend`."""
        backend, failure = _call_backend(keyring.get_keyring)
        if failure is not None or not isinstance(backend, KeyringBackend):
            return BackendAssessment(
                fail.Keyring(),  # type: ignore[no-untyped-call]  # keyring's own class
                msg(
                    QT_TRANSLATE_NOOP("core", "The keyring could not be initialised: %1."),
                    failure or "-",
                ),
            )
        return assess_backend(backend, sandbox=self.sandbox)

    def backend_name(self) -> str:
        """The backend passwords go to, for display (e.g. ``"SecretService Keyring"``)."""
        return str(self.assessment().backend.name)

    def is_secure(self) -> bool:
        return self.assessment().is_secure

    def insecure_reason(self) -> Message | None:
        """Why the backend is refused, or None when it is secure."""
        return self.assessment().reason

    # -- operations ---------------------------------------------------------------------------

    def store(self, account: str, password: SecretStr) -> None:
        """Remember ``password`` for ``account``; refuses an insecure backend."""
        assessment = self.assessment()
        if assessment.reason is not None:
            raise InsecureKeyringError(assessment.reason)
        backend = assessment.backend
        service = self.service
        _, failure = _call_backend(
            lambda: backend.set_password(service, account, password.get_secret_value()),
            password.get_secret_value(),
        )
        if failure is not None:
            raise KeyringError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "The keyring %1 could not store the password for %2: %3."
                    ),
                    backend.name,
                    account,
                    failure,
                )
            )

    def get(self, account: str) -> SecretStr | None:
        """The stored password of ``account``, or None (also on an insecure backend)."""
        assessment = self.assessment()
        if assessment.reason is not None:
            return None
        backend = assessment.backend
        service = self.service
        value, failure = _call_backend(lambda: backend.get_password(service, account))
        if failure is not None:
            raise KeyringReadError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "The keyring %1 could not read the password for %2: %3."
                    ),
                    backend.name,
                    account,
                    failure,
                )
            )
        return SecretStr(value) if isinstance(value, str) else None

    def delete(self, account: str) -> None:
        """Forget the password of ``account``; no error when none is stored."""
        assessment = self.assessment()
        if assessment.reason is not None:
            return
        backend = assessment.backend
        service = self.service
        _, failure = _call_backend(lambda: _delete_if_present(backend, service, account))
        if failure is not None:
            raise KeyringError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "core", "The keyring %1 could not delete the password for %2: %3."
                    ),
                    backend.name,
                    account,
                    failure,
                )
            )

    def delete_all_sandbox(self, accounts: Iterable[str]) -> None:
        """Sandbox reset: delete ``accounts`` from the sandbox service, and from nothing else.

        Works on a sandbox store and on a normal one alike: either way only the sandbox twin of
        the service is touched. Every account is tried; the first failure is raised afterwards
        with the failed accounts in ``details``.
        """
        target = self if self.sandbox else SecretStore(self._base_service, sandbox=True)
        assert target.service.endswith(_SANDBOX_SUFFIX)
        first: KeyringError | None = None
        failed: list[str] = []
        for account in accounts:
            try:
                target.delete(account)
            except KeyringError as exc:
                first = first or exc
                failed.append(account)
        if first is not None:
            raise KeyringError(first.message, details=failed)


def _sandbox_service(service: str) -> str:
    return service if service.endswith(_SANDBOX_SUFFIX) else service + _SANDBOX_SUFFIX


def _delete_if_present(backend: KeyringBackend, service: str, account: str) -> None:
    try:
        backend.delete_password(service, account)
    except keyring.errors.PasswordDeleteError:
        # Backends say "not found" this way, but also report real failures with it: only a
        # confirmed absence is success; otherwise the delete error itself is the one to report.
        if not _is_absent(backend, service, account):
            raise


def _is_absent(backend: KeyringBackend, service: str, account: str) -> bool:
    try:
        return backend.get_password(service, account) is None
    except Exception:
        return False
