"""The private-key password kept in the keyring for one server: the one look-up.

The CLI's ``--password-from-keyring``, the cluster rollout (a password per node, looked up before
anything changes), ``replay`` and the wizard's keyring check all read it through here, so an empty
entry means the same thing everywhere: no password kept.
"""

from __future__ import annotations

from pydantic import SecretStr

from .messages import QT_TRANSLATE_NOOP, BadInputError, msg
from .secrets import SecretStore, account_for

__all__ = ["required_password", "stored_password"]


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
