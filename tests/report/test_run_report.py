"""rms_wizard/run_report.py in-process: escaping, atomic writing, redaction, language, outcomes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import SecretStr

from rms_wizard.core.common.messages import QT_TRANSLATE_NOOP, msg
from rms_wizard.core.engine.plan import PlanKind, PlannedFile, UpdatePlan
from rms_wizard.core.engine.setuplog import SetupLog
from rms_wizard.core.install.labels import action_label, component_label, role_label, yes_no
from rms_wizard.core.install.models import (
    ComponentId,
    ComponentInfo,
    FileAction,
    InstallState,
    InstallStatus,
    Release,
    ServerIdentity,
    ServerRole,
)
from rms_wizard.i18n import install_translators, tr_message
from rms_wizard.run_report import (
    RunOperation,
    RunOutcome,
    RunRecord,
    RunTracker,
    render_run_report,
    write_run_report,
)

HOSTILE = '<script>alert("x")</script>&amp;'
TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


@pytest.fixture(scope="module", autouse=True)
def catalogues() -> None:
    """The .qm files as `make setup` builds them: compiled when missing or older than the .ts."""
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool = Path(sys.executable).with_name("pyside6-lrelease")
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(autouse=True)
def english() -> object:
    install_translators("en")
    yield
    install_translators("en")


def _record(**extra: object) -> RunRecord:
    state = InstallState(
        root="/srv/rms",
        status=InstallStatus.INSTALLED,
        version=Release.V1,
        identity=ServerIdentity(name=HOSTILE, forest="<forest>"),
    )
    fields: dict[str, object] = {"root": "/srv/<rms>", **extra}
    return RunRecord(operation=RunOperation.UPDATE, before=state, **fields)  # type: ignore[arg-type]


def test_every_value_is_escaped() -> None:
    record = _record(
        message=msg(QT_TRANSLATE_NOOP("core", "The folder %1 does not exist."), HOSTILE)
    )
    record.finish(RunOutcome.REFUSED, 2)
    html = render_run_report(record)
    assert "<script" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;amp;" in html
    assert "/srv/&lt;rms&gt;" in html and "&lt;forest&gt;" in html
    assert 'class="outcome bad"' in html


@pytest.mark.parametrize(
    ("outcome", "css"),
    [
        (RunOutcome.DONE, "ok"),
        (RunOutcome.FAILED, "bad"),
        (RunOutcome.CANCELLED, "bad"),
        (RunOutcome.INTERRUPTED, "bad"),
        (RunOutcome.ERROR, "bad"),
        (None, "neutral"),
    ],
)
def test_outcome_box(outcome: RunOutcome | None, css: str) -> None:
    record = _record()
    if outcome is not None:
        record.finish(outcome, 0)
    assert f'class="outcome {css}"' in render_run_report(record)


def test_written_atomically_over_an_old_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.html"
    target.write_text("old report", encoding="utf-8")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_run_report(target, _record())
    assert target.read_text(encoding="utf-8") == "old report"  # the old one is untouched
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary file left
    monkeypatch.undo()
    written = write_run_report(target, _record())
    assert written == target
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_redact_scrubs_the_page(tmp_path: Path) -> None:
    record = _record(root="/srv/Geheim-123")
    log = SetupLog([])
    log.add_secret(SecretStr("Geheim-123"))
    text = write_run_report(tmp_path / "r.html", record, redact=log.redact).read_text("utf-8")
    assert "Geheim-123" not in text


def test_dutch_run_gets_a_dutch_page() -> None:
    install_translators("nl")
    record = _record(language="nl")
    record.message = msg(QT_TRANSLATE_NOOP("core", "New in SP1."))
    record.finish(RunOutcome.DONE, 0)
    html = render_run_report(record)
    assert '<html lang="nl">' in html
    assert "Nieuw in SP1." in html  # a core message, through the one catalogue
    assert "Windows RMS SP1 Setup: rapport van de uitvoering" in html  # the report's own texts
    assert "<h2>Resultaat</h2>" in html and "Update naar RMS SP1" in html


# One planned file per action, each of another component: every label shows up once.
_PLANNED = {
    FileAction.ADD: ComponentId.SERVER,
    FileAction.REPLACE: ComponentId.LOGGING,
    FileAction.KEEP: ComponentId.CLIENT,
    FileAction.KEEP_MODIFIED: ComponentId.ADMIN,
}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                '<th scope="row">Role</th><td>Licensing-only server</td>',
                '<th scope="row">Sandbox (training)</th><td>Yes</td>',
                '<span class="act keep-modified">Keep (changed by you)</span>',
                '<span class="act add">Add</span>',
                "<td>Administration</td>",
                "<td>Component: Logging</td>",
                "<td>not installed</td>",
            ],
        ),
        (
            "nl",
            [
                '<th scope="row">Rol</th><td>Server voor alleen licentieverlening</td>',
                '<th scope="row">Sandbox (oefenen)</th><td>Ja</td>',
                '<span class="act keep-modified">Behouden (door u gewijzigd)</span>',
                '<span class="act add">Toevoegen</span>',
                "<td>Beheer</td>",
                "<td>Onderdeel: Logboekregistratie</td>",
                "<td>niet geïnstalleerd</td>",
            ],
        ),
    ],
)
def test_values_read_as_the_wizard_and_the_cli_label_them(
    language: str, expected: list[str]
) -> None:
    install_translators(language)
    before = InstallState(
        root="/srv/rms",
        status=InstallStatus.NONE,
        identity=ServerIdentity(name="RMS-LIC01", role=ServerRole.LICENSING),
    )
    after = before.model_copy(
        update={
            "status": InstallStatus.INSTALLED,
            "version": Release.SP1,
            "components": [ComponentInfo(id=ComponentId.LOGGING, installed=True)],
        }
    )
    plan = UpdatePlan(
        kind=PlanKind.UPDATE,
        from_release=Release.V1,
        actions=[
            PlannedFile(
                path=f"bin/{action.value}.dll",
                component=component,
                action=action,
                new_sha256="0" * 64,
                size=1,
                reason=msg(QT_TRANSLATE_NOOP("core", "New in SP1.")),
            )
            for action, component in _PLANNED.items()
        ],
    )
    record = RunRecord(
        operation=RunOperation.UPDATE,
        root="/srv/rms",
        language=language,
        sandbox=True,
        before=before,
        after=after,
        plan=plan,
    )
    record.finish(RunOutcome.DONE, 0)
    html = render_run_report(record)
    for snippet in expected:
        assert snippet in html, snippet
    # Exactly the labels the wizard and the CLI show, from the one table in core/install/labels.py.
    labels = [
        role_label(ServerRole.LICENSING.value),
        yes_no(True),
        *(action_label(a.value) for a in _PLANNED),
        *(component_label(c.value) for c in _PLANNED.values()),
    ]
    for label in labels:
        assert f">{tr_message(label)}</" in html, tr_message(label)


def test_tracker_without_a_report_writes_nothing(tmp_path: Path) -> None:
    from rms_wizard.training.sandbox import create_sandbox

    root = tmp_path / "s"
    create_sandbox("no-rms", root)
    log = SetupLog([tmp_path / "run.log"])
    tracker = RunTracker(RunOperation.PLAN, root, log)
    state = tracker.detect_before()
    assert state is not None and state.status is InstallStatus.NONE
    assert tracker.record.sandbox is True
    assert tracker.finish(RunOutcome.DONE, 0) is None
    assert tracker.record.after is None  # a plan changes nothing: no second detection
    log.close()
    assert "detect: root=" in (tmp_path / "run.log").read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*.html"))
