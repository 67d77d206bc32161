"""Machine-readable views of core results (the CLI's ``--json``), shared by CLI and GUI reports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..core.common.messages import Message
from ..core.engine.plan import UpdatePlan
from ..core.install.models import InstallState

Render = Callable[[Message], str]


def state_json(state: InstallState, render: Render) -> dict[str, Any]:
    data = state.model_dump(mode="json", exclude={"problems", "status"})
    return {
        "state": state.status.value,
        "version": state.version.value if state.version else None,
        "role": state.identity.role.value if state.identity.role else None,
        **data,
        "problems": [render(p) for p in state.problems],
    }


def plan_json(plan: UpdatePlan, render: Render) -> dict[str, Any]:
    return {
        "kind": plan.kind.value,
        "from_release": plan.from_release.value if plan.from_release else None,
        "to_release": plan.to_release.value,
        "actions": [
            {
                "path": a.path,
                "component": a.component.value,
                "action": a.action.value,
                "installed_version": a.installed_version,
                "new_version": a.new_version,
                "reason": render(a.reason),
            }
            for a in plan.actions
        ],
        "counts": plan.counts(),
        "config_db_migration": (
            plan.config_db_migration.model_dump(mode="json") if plan.config_db_migration else None
        ),
        "recreate_logging_db": plan.recreate_logging_db,
        "notes": [render(n) for n in plan.notes],
    }
