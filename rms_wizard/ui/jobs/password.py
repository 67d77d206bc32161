"""The private key's password and the keyring: the password page's jobs."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, SecretStr

from ...core.common.messages import Message, RmsError
from ...core.common.progress import CancelToken, ProgressCallback
from ...core.install.models import ServerIdentity
from .worker import Job


class PasswordResult(BaseModel):
    """The password opened the key; whether it was stored in the keyring, and if not, why."""

    stored: bool = False
    note: Message | None = None


def password_job(
    key_path: Path, password: SecretStr, *, remember: bool, sandbox: bool, identity: ServerIdentity
) -> Job:
    """Open the real private key with ``password``; then remember it in the keyring if asked."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> PasswordResult:
        del progress, cancel
        from ...core.keys.keyring_lookup import keep_password
        from ...core.keys.private_key import verify_private_key_password

        verify_private_key_password(key_path, password)
        if not remember:
            return PasswordResult()
        note = keep_password(identity, password, sandbox=sandbox)
        return PasswordResult(stored=note is None, note=note)

    return run


class KeyringInfo(BaseModel):
    """The keyring as the password page shows it."""

    backend: str
    insecure_reason: Message | None = None
    stored: SecretStr | None = None
    problem: Message | None = None


def keyring_job(*, sandbox: bool, identity: ServerIdentity) -> Job:
    """The keyring backend, whether it is safe, and the password stored for this server."""

    def run(progress: ProgressCallback, cancel: CancelToken) -> KeyringInfo:
        del progress, cancel
        from ...core.keys.keyring_lookup import stored_password
        from ...core.keys.secrets import SecretStore

        store = SecretStore(sandbox=sandbox)
        assessment = store.assessment()
        info = KeyringInfo(backend=str(assessment.backend.name), insecure_reason=assessment.reason)
        if assessment.reason is None and identity.name:
            try:
                info.stored = stored_password(store, identity.name, identity.cluster_id)
            except RmsError as exc:
                info.problem = exc.message
        return info

    return run


__all__ = ["KeyringInfo", "PasswordResult", "keyring_job", "password_job"]
