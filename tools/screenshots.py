"""Render every page of every path of the wizard, in English and Dutch, to docs/screenshots/.

``make screenshots`` runs this offscreen (QT_QPA_PLATFORM=offscreen; real fonts are needed, see
TOOLCHAIN.md). The wizard runs for real, with the real core, on sandbox copies in a temporary
folder: what the pictures show is what an admin sees. Files are named
``docs/screenshots/<lang>/<path>-<nn>-<page>.png``.

Paths: ``update`` (RMS 1.0 to SP1, with a wrong password first and the update caught mid-way),
``modified`` (a customised server: the plan calls out the admin's file), ``fresh`` (no RMS),
``remove`` (SP1 found: restore the pre-SP1 backup), ``cancel`` (Cancel during the update),
``drill`` (a power-loss drill) and ``recover`` (the interrupted update found at the next start).
Then, per language, the sandbox and cluster pictures of ``tools/screenshots_sandbox.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
LANGUAGES = ("en", "nl")
TIMEOUT_S = 30.0
#: The clock the pictures are taken at: new backup folders are named after it, and a stamp that
#: changed from run to run would change every picture that shows one.
STAMP = "20260105-093000"
#: Where the sandboxes go: a fixed folder (not $TMPDIR), as its paths show in the pictures.
WORK = Path("/tmp/rms-wizard-screenshots")
#: ``--small-screen DIR``: the wizard at the size an 800 x 600 screen leaves it (its minimum),
#: pictures of the main paths into DIR, to look at (not for the docs).
SMALL: list[Path] = []


def fix_run(work: Path) -> None:
    """Make what the pages show the same on every run: ``work`` (a fixed folder, recreated) holds
    the sandboxes, settings and logs, and the clock that names new folders reads ``STAMP``."""
    from rms_wizard.ui.pages import backup_step

    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    os.environ["RMS_WIZARD_LOG_DIR"] = str(work / "logs")
    os.environ.pop("RMS_WIZARD_FAULT", None)
    backup_step.name_stamp = lambda: STAMP


class Session:
    """One wizard run on one sandbox, taking a picture of each page it reaches."""

    def __init__(self, app: QApplication, lang: str, path: str, scenario: str, work: Path) -> None:
        from rms_wizard.core.engine.setuplog import SetupLog
        from rms_wizard.training.sandbox import create_sandbox, get_scenario
        from rms_wizard.ui.state import WizardState
        from rms_wizard.ui.wizard import SetupWizard

        self.app = app
        self.lang = lang
        self.path = path
        self.count = 0
        self.root = work / lang / path / "RMS-sandbox"
        if not self.root.exists():
            create_sandbox(scenario, self.root)
        self.scenario = get_scenario(scenario)
        log = SetupLog([work / "logs" / f"rms-wizard-{lang}-{path}.log"])
        self.state = WizardState(
            root=self.root,
            sandbox=True,
            scenario_id=scenario,
            scenario=self.scenario,
            keep_statistics=self.scenario.keep_statistics,
            language=lang,
        )
        self.wizard = SetupWizard(self.state, log)
        self.wizard.show()
        _small_screen(self.wizard)
        self.settle()

    # ---- waiting without blocking the event loop

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def wait(self, condition: Callable[[], object], what: str) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while not condition():
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
            if time.monotonic() > deadline:
                raise SystemExit(
                    f"screenshots: {self.lang}/{self.path}: timed out waiting for {what}"
                )
        self.settle()

    # ---- driving

    def shot(self, name: str) -> None:
        self.settle()
        self.count += 1
        folder = (SMALL[0] if SMALL else OUT) / self.lang
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{self.path}-{self.count:02d}-{name}.png"
        if not self.wizard.grab().save(str(target), "PNG", 0):  # 0: smallest file
            raise SystemExit(f"screenshots: cannot write {target}")
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)

    def forward_button(self):  # type: ignore[no-untyped-def]
        for which in (
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
        ):
            button = self.wizard.button(which)
            if button.isVisible():
                return button
        raise SystemExit("screenshots: no forward button")

    def forward(self, page_id: int) -> None:
        self.wait(lambda: self.forward_button().isEnabled(), "the Next button")
        self.forward_button().click()
        self.wait(lambda: self.wizard.currentId() == page_id, f"page {page_id}")

    def detect(self) -> None:
        from rms_wizard.ui.page_id import PageId

        self.forward(PageId.DETECTION)
        self.wait(lambda: self.wizard.currentPage().isComplete(), "detection")

    def type_password(self, edit, text: str) -> None:  # type: ignore[no-untyped-def]
        edit.setFocus()
        edit.setText(text)

    def close(self) -> None:
        self.wizard.jobs.wait_all()
        self.wizard.hide()
        self.wizard.deleteLater()
        self.settle()


def hold_apply_at(step: int) -> tuple[threading.Event, threading.Event, Callable[[], None]]:
    """Hold the real apply at ``step`` (on its worker thread) until released; returns
    (reached, release, undo)."""
    import rms_wizard.core.engine.apply as core_apply

    real = core_apply.apply_update
    reached, release = threading.Event(), threading.Event()

    def held(root, *, progress, **kwargs):  # type: ignore[no-untyped-def]
        def hooked(event):  # type: ignore[no-untyped-def]
            progress(event)
            if event.step == step and not reached.is_set():
                reached.set()
                release.wait(TIMEOUT_S)

        return real(root, progress=hooked, **kwargs)

    core_apply.apply_update = held  # type: ignore[assignment]

    def undo() -> None:
        release.set()
        core_apply.apply_update = real

    return reached, release, undo


def to_preparation(s: Session, *, wrong_first: bool, shots: bool) -> None:
    from rms_wizard.ui.page_id import PageId

    s.detect()
    if shots:
        s.shot("detection")
    s.forward(PageId.PASSWORD)
    page = s.wizard.currentPage()
    if wrong_first:
        s.type_password(page.password_field.edit, "Contoso-2006")
        s.forward_button().click()
        s.wait(lambda: page.error_label.isVisible(), "the wrong-password message")
        s.shot("password-wrong")
    s.type_password(page.password_field.edit, s.scenario.key_password)
    if shots:
        s.shot("password")
    s.forward(PageId.PREPARATION)
    if shots:
        s.shot("preparation")
    prep = s.wizard.currentPage()
    prep.backup_step.make.click()
    s.wait(lambda: s.state.backup is not None and s.forward_button().isEnabled(), "the backup")
    if shots:
        s.shot("preparation-done")


def path_update(s: Session) -> None:
    from rms_wizard.ui.page_id import PageId

    s.shot("welcome")
    to_preparation(s, wrong_first=True, shots=True)
    s.forward(PageId.READY)
    s.shot("ready")
    reached, release, undo = hold_apply_at(9)
    try:
        s.forward_button().click()
        s.wait(reached.is_set, "the apply to reach step 9")
        s.shot("updating")
        release.set()
        s.wait(lambda: s.wizard.currentId() == PageId.FINISHED, "the finished page")
    finally:
        undo()
    s.shot("finished")


def path_modified(s: Session) -> None:
    from rms_wizard.ui.page_id import PageId

    to_preparation(s, wrong_first=False, shots=False)
    s.forward(PageId.READY)
    page = s.wizard.currentPage()
    page.filter.setCurrentIndex(page.filter.findData("keep-modified"))
    s.shot("ready-filtered")
    page.filter.setCurrentIndex(0)
    s.forward(PageId.FINISHED)
    s.shot("finished")


def path_fresh(s: Session) -> None:
    from rms_wizard.ui.page_id import PageId

    s.shot("welcome")
    s.detect()
    s.shot("detection")
    s.forward(PageId.READY)
    s.shot("ready")
    s.forward(PageId.FINISHED)
    s.shot("finished")


def path_remove(s: Session) -> None:
    from rms_wizard.ui.page_id import PageId

    s.detect()
    s.shot("detection")
    s.forward(PageId.MAINTENANCE)
    page = s.wizard.currentPage()
    page.restore_radio.click()
    s.type_password(page.password.edit, s.scenario.key_password)
    s.shot("maintenance")
    s.forward(PageId.REMOVE_READY)
    s.shot("ready")
    s.forward(PageId.FINISHED)
    s.shot("finished")


def path_cancel(s: Session) -> None:
    from rms_wizard.ui.page_id import PageId

    to_preparation(s, wrong_first=False, shots=False)
    s.forward(PageId.READY)
    original = QMessageBox.question
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)  # type: ignore[method-assign]
    # "Cancel and roll back?" is a message box of its own (it closes when the work ends): Yes.
    original_exec = QMessageBox.exec
    QMessageBox.exec = lambda self: QMessageBox.StandardButton.Yes  # type: ignore[method-assign,assignment,misc]
    reached, release, undo = hold_apply_at(6)
    try:
        s.forward_button().click()
        s.wait(reached.is_set, "the apply to reach step 6")
        s.wizard.button(QWizard.WizardButton.CancelButton).click()
        s.settle()
        s.shot("updating-cancelling")
        release.set()
        s.wait(lambda: s.wizard.currentId() == PageId.FINISHED, "the finished page")
    finally:
        undo()
        QMessageBox.question = original  # type: ignore[method-assign]
        QMessageBox.exec = original_exec  # type: ignore[method-assign]
    s.shot("finished")


def path_drill(s: Session) -> None:
    from rms_wizard.ui.page_id import PageId

    s.state.drill_fault = "kill-at-step:7"
    to_preparation(s, wrong_first=False, shots=False)
    s.forward(PageId.READY)
    s.forward(PageId.FINISHED)
    s.shot("finished-power-lost")


def path_recover(s: Session) -> None:
    from rms_wizard.ui.page_id import PageId

    s.detect()
    s.shot("detection")
    s.forward(PageId.RECOVERY)
    s.shot("recovery")
    s.forward(PageId.FINISHED)
    s.shot("finished")


PATHS: list[tuple[str, str, Callable[[Session], None]]] = [
    ("update", "single-server-v1", path_update),
    ("modified", "user-modified-config", path_modified),
    ("fresh", "no-rms", path_fresh),
    ("remove", "already-sp1", path_remove),
    ("cancel", "single-server-v1", path_cancel),
    ("drill", "single-server-v1", path_drill),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--small-screen", type=Path, metavar="DIR")
    args = parser.parse_args(argv)
    if args.small_screen is not None:
        SMALL.append(args.small_screen)
    work = WORK
    fix_run(work)

    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    QApplication.setStyle("Fusion")
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    from rms_wizard.i18n import install_translators

    try:
        for lang in args.lang or list(LANGUAGES):
            install_translators(lang)
            shutil.rmtree((SMALL[0] if SMALL else OUT) / lang, ignore_errors=True)
            for name, scenario, drive in PATHS:
                session = Session(app, lang, name, scenario, work)
                try:
                    drive(session)
                finally:
                    session.close()
                if name == "drill":
                    # The next start on the same sandbox finds the interrupted update.
                    recover = Session.__new__(Session)
                    _reopen(recover, app, lang, work / lang / "drill" / "RMS-sandbox", scenario)
                    try:
                        path_recover(recover)
                    finally:
                        recover.close()
            if SMALL:
                continue
            # The sandbox training, cluster, interop and clients pages: tools/screenshots_sandbox.py.
            from screenshots_sandbox import run as sandbox_shots

            sandbox_shots(app, lang, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _reopen(s: Session, app: QApplication, lang: str, root: Path, scenario: str) -> None:
    """A second start of the wizard on an existing sandbox (as after a power loss)."""
    from rms_wizard.core.engine.setuplog import SetupLog
    from rms_wizard.training.sandbox import get_scenario
    from rms_wizard.ui.state import WizardState
    from rms_wizard.ui.wizard import SetupWizard

    s.app, s.lang, s.path, s.count, s.root = app, lang, "recover", 0, root
    s.scenario = get_scenario(scenario)
    s.state = WizardState(
        root=root, sandbox=True, scenario_id=scenario, scenario=s.scenario, language=lang
    )
    s.wizard = SetupWizard(s.state, SetupLog([root.parent / f"rms-wizard-{lang}-recover.log"]))
    s.wizard.show()
    _small_screen(s.wizard)
    s.settle()


def _small_screen(wizard: QWizard) -> None:
    """With ``--small-screen``: the window as small as it gets (what fits 800 x 600)."""
    if SMALL:
        from rms_wizard.ui.window_size import MINIMUM_SIZE

        wizard.resize(*MINIMUM_SIZE)


if __name__ == "__main__":
    raise SystemExit(main())
