"""The private-key password kept in the keyring for one server: the one look-up, and the one way
it is kept.

The CLI's ``--password-from-keyring``, the cluster rollout (a password per node, looked up before
anything changes), ``replay`` and the wizard's keyring check all read it through here, so an empty
entry means the same thing everywhere: no password kept. The wizard's "remember" check box and an
answer file's ``use_keyring`` keep it through :func:`keep_password`.
"""

from __future__ import annotations

from pydantic import SecretStr

from ..common.messages import QT_TRANSLATE_NOOP, BadInputError, Message, RmsError, msg
from ..install.models import ServerIdentity
from .secrets import SecretStore, account_for

__all__ = ["keep_password", "required_password", "stored_password"]


def stored_password(store: SecretStore, server: str, cluster_id: str | None) -> SecretStr | None:
    """The password kept for ``server`` (of ``cluster_id``), or None when none (or an empty one)
    is kept."""
    found = store.get(account_for(server, cluster_id))
    if found is None or not found.get_secret_value():
        return None
    return found


def required_password(store: SecretStore, server: str, cluster_id: str | None) -> SecretStr:
    """:func:`stored_password`, or a one-line error naming the server and the keyring."""
    found = stored_password(store, server, cluster_id)
    if found is None:
        raise BadInputError(
            msg(
                QT_TRANSLATE_NOOP(
                    "cli", "No password for server %1 is stored in the keyring (%2)."
                ),
                server,
                store.backend_name(),
            )
        )
    return found


def keep_password(
    identity: ServerIdentity, password: SecretStr, *, sandbox: bool
) -> Message | None:
    """Keep ``password`` in the keyring for the server ``identity`` names (the sandbox's own
    service for a sandbox). Returns why it was not kept (a note, not a failure), or None."""
    try:
        SecretStore(sandbox=sandbox).store(
            account_for(identity.name, identity.cluster_id), password
        )
    except RmsError as exc:
        return exc.message
    return None
