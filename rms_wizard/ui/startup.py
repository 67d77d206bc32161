"""What the wizard's first page needs before the real state exists: a cheap preview of the run.

Start-up paints the window first and builds the rest afterwards (see
:mod:`rms_wizard.ui.deferred_startup`): the first paint must not wait for pydantic, the core, keyring or
the other pages. The Welcome page is therefore built over a :class:`StartupPreview` -- the mode, the
root, the language and the scenario's texts read straight from its JSON file -- and gets the real
:class:`~rms_wizard.ui.state.WizardState` once a worker thread has made it (and the sandbox).

This module imports nothing but the standard library and :mod:`rms_wizard.core.common.paths` (a test
checks that the first paint imports no pydantic, keyring or core models).

:class:`PageFacts` is what the Welcome page and every page's sandbox banner read: both the preview and
the real state have it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..core.common.paths import SANDBOX_MARKER, resources_dir


class LocalizedText(Protocol):
    """A text in the product's languages (the core's ``LocalText``, or :class:`PreviewText`)."""

    def get(self, language: str) -> str: ...


class ScenarioFacts(Protocol):
    """The scenario's texts the Welcome page, the banner and the briefing show."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> LocalizedText: ...
    @property
    def briefing(self) -> LocalizedText: ...
    @property
    def goals(self) -> Sequence[LocalizedText]: ...
    @property
    def material(self) -> Sequence[LocalizedText]: ...


class PageFacts(Protocol):
    """What the Welcome page and the sandbox banner read: a :class:`StartupPreview` or the
    ``WizardState``."""

    @property
    def language(self) -> str: ...
    @property
    def sandbox(self) -> bool: ...
    @property
    def root(self) -> Path | None: ...
    @property
    def scenario(self) -> ScenarioFacts | None: ...
    @property
    def sandbox_folder(self) -> Path | None: ...


@dataclass(frozen=True)
class PreviewText:
    """A scenario text as its file has it (the same choice of language as ``LocalText.get``)."""

    en: str
    nl: str

    def get(self, language: str) -> str:
        return self.nl if language.startswith("nl") else self.en


@dataclass(frozen=True)
class ScenarioPreview:
    """A scenario's texts, read without validating the whole scenario (the core does that on the
    worker thread, and a scenario it rejects is reported then)."""

    id: str
    title: PreviewText
    briefing: PreviewText
    goals: tuple[PreviewText, ...] = ()
    material: tuple[PreviewText, ...] = ()


@dataclass
class StartupPreview:
    """The run as the first page shows it, until the real state is ready."""

    root: Path | None
    language: str
    sandbox: bool = False
    scenario_id: str | None = None
    scenario: ScenarioPreview | None = None
    #: Not known before the sandbox exists; the state locates a deployment's node later.
    sandbox_dir: Path | None = field(default=None)

    @property
    def sandbox_folder(self) -> Path | None:
        return self.sandbox_dir or self.root


def _text(value: Any) -> PreviewText:
    if not isinstance(value, dict):
        raise ValueError("not a text in both languages")
    en, nl = value.get("en"), value.get("nl")
    if not isinstance(en, str) or not isinstance(nl, str):
        raise ValueError("not a text in both languages")
    return PreviewText(en=en, nl=nl)


def preview_scenario(scenario_id: str) -> ScenarioPreview | None:
    """The texts of ``resources/scenarios/<scenario_id>.json``; None when there is no such file or
    it does not read as a scenario (the caller then lets the core say what is wrong)."""
    if not scenario_id or "/" in scenario_id or "\\" in scenario_id:
        return None
    path = resources_dir() / "scenarios" / f"{scenario_id}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("id") != scenario_id:
            return None
        return ScenarioPreview(
            id=scenario_id,
            title=_text(data.get("title")),
            briefing=_text(data.get("briefing")),
            goals=tuple(_text(goal) for goal in data.get("goals", [])),
            material=tuple(_text(item) for item in data.get("material", [])),
        )
    except (OSError, ValueError, TypeError):
        return None


def sandbox_marker_scenario(folder: Path) -> str | None:
    """The scenario named by a sandbox folder's marker file (None: no sandbox, or unreadable)."""
    try:
        data = json.loads((folder / SANDBOX_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    scenario = data.get("scenario") if isinstance(data, dict) else None
    return scenario if isinstance(scenario, str) else None


__all__ = [
    "LocalizedText",
    "PageFacts",
    "PreviewText",
    "ScenarioFacts",
    "ScenarioPreview",
    "StartupPreview",
    "preview_scenario",
    "sandbox_marker_scenario",
]
