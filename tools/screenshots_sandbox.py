"""Screenshots of the sandbox training pages and of the cluster, interop and clients pages.

Called by ``tools/screenshots.py`` (``make screenshots``) for each language after its own paths,
and runnable on its own (``python tools/screenshots_sandbox.py [--lang en]``). The real wizard runs
on sandbox copies with the real core, offscreen. Files in ``docs/screenshots/<lang>/``:

* ``sandbox-01-picker.png`` (the scenario picker), ``sandbox-02-briefing.png`` (the briefing from
  the Help button, over the wizard), ``sandbox-03-finished-drill.png`` and
  ``sandbox-04-debrief.png`` (the disk-full drill: the failure, then the debrief),
  ``sandbox-05-debrief-cluster.png``;
* ``cluster-01-detection.png`` .. ``cluster-04-rollout-done.png`` (the cluster scenario);
* ``interop-01-cluster.png``, ``interop-02-mixed-clients.png``;
* ``clients-01-cluster.png``, ``clients-02-mixed-clients.png``, ``clients-03-updated.png``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget, QWizard  # noqa: E402
from screenshots import OUT, TIMEOUT_S, WORK, Session, fix_run  # noqa: E402


def save(session: Session, name: str, pixmap: QPixmap | None = None) -> None:
    """``docs/screenshots/<lang>/<name>.png`` from the wizard (or ``pixmap``)."""
    session.settle()
    folder = OUT / session.lang
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.png"
    image = pixmap if pixmap is not None else session.wizard.grab()
    if not image.save(str(target), "PNG", 0):
        raise SystemExit(f"screenshots: cannot write {target}")
    print(target.relative_to(ROOT))


def over(base: QWidget, dialog: QWidget) -> QPixmap:
    """``base`` with ``dialog`` drawn centred over it (offscreen windows are not composed)."""
    picture = base.grab()
    top = dialog.grab()
    painter = QPainter(picture)
    # Low in the window, where the pages leave room, so the page stays readable; a frame and a
    # shadow stand in for the window decoration an offscreen dialog does not have.
    position = QPoint(
        (picture.width() - top.width()) // 2, max(0, picture.height() - top.height() - 90)
    )
    painter.fillRect(QRect(position + QPoint(4, 4), top.size()), QColor(0, 0, 0, 60))
    painter.drawPixmap(position, top)
    painter.setPen(QColor("#5a6b82"))
    painter.drawRect(QRect(position, top.size()).adjusted(0, 0, -1, -1))
    painter.end()
    return picture


# ---------------------------------------------------------------------------- the shots


def picker(app: QApplication, lang: str) -> None:
    from rms_wizard.ui.scenario_picker import ScenarioPicker

    dialog = ScenarioPicker(language=lang)
    dialog.select("cluster")
    dialog.show()
    for _ in range(5):
        app.processEvents()
    folder = OUT / lang
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "sandbox-01-picker.png"
    if not dialog.grab().save(str(target), "PNG", 0):
        raise SystemExit(f"screenshots: cannot write {target}")
    print(target.relative_to(ROOT))
    dialog.hide()
    dialog.deleteLater()


def briefing(s: Session) -> None:
    """The Help button's briefing: the real message box, grabbed while it is open."""
    taken: list[QPixmap] = []

    def grab_and_close() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, grab_and_close)
            return
        s.settle()
        taken.append(over(s.wizard, box))
        box.close()

    QTimer.singleShot(50, grab_and_close)
    s.wizard.button(QWizard.WizardButton.HelpButton).click()  # modal: returns once closed
    if not taken:
        raise SystemExit("screenshots: the briefing did not open")
    save(s, "sandbox-02-briefing", taken[0])


def through_update(s: Session) -> None:
    """Detection, password, backup, plan, Install; waits for the finished page."""
    from rms_wizard.ui.page_id import PageId

    s.forward(PageId.PASSWORD)
    page = s.wizard.currentPage()
    s.type_password(page.password_field.edit, s.scenario.key_password)
    s.forward(PageId.PREPARATION)
    s.wizard.currentPage().backup_step.make.click()
    s.wait(lambda: s.state.backup is not None and s.forward_button().isEnabled(), "the backup")
    s.forward(PageId.READY)
    s.forward(PageId.FINISHED)


def debrief(s: Session, name: str) -> None:
    from rms_wizard.ui.page_id import PageId

    s.forward(PageId.DEBRIEF)
    page = s.wizard.currentPage()
    s.wait(lambda: page.debrief is not None, "the debrief")
    save(s, name)


def drill_path(s: Session) -> None:
    """disk-full: the briefing, the failed update (rolled back), the debrief."""
    briefing(s)
    s.detect()
    through_update(s)
    save(s, "sandbox-03-finished-drill")
    debrief(s, "sandbox-04-debrief")


#: The second wave of the ``cluster`` scenario: one root certification node per forest, side by side.
APPLYING_NODE, PARKED_NODE = "CON-RC-02", "FAB-RC-02"


def hold_rollout(step: int) -> tuple[threading.Event, threading.Event, Callable[[], None]]:
    """Hold the rollout in its second wave the same way on every run: ``PARKED_NODE`` just before
    its apply (taken out of rotation), then ``APPLYING_NODE`` at ``step`` of its apply. The two run
    side by side, so each waits for the other in a fixed order: the page shows the same states
    and the same last event whichever thread is faster. Returns (reached, release, undo)."""
    import rms_wizard.core.fleet.cluster_exec as cluster_exec

    real = cluster_exec.apply_update
    parked, reached, release = threading.Event(), threading.Event(), threading.Event()

    def held(root, *, progress, **kwargs):  # type: ignore[no-untyped-def]
        name = root.name.casefold()  # a node's install is nodes/<name> in the sandbox
        if name == PARKED_NODE.casefold():
            parked.set()
            release.wait(TIMEOUT_S)
        elif name == APPLYING_NODE.casefold():
            parked.wait(TIMEOUT_S)

            def hooked(event):  # type: ignore[no-untyped-def]
                progress(event)
                if event.step == step and not reached.is_set():
                    reached.set()
                    release.wait(TIMEOUT_S)

            return real(root, progress=hooked, **kwargs)
        return real(root, progress=progress, **kwargs)

    cluster_exec.apply_update = held  # type: ignore[assignment]

    def undo() -> None:
        release.set()
        cluster_exec.apply_update = real

    return reached, release, undo


def cluster_path(s: Session) -> None:
    from rms_wizard.ui.page_id import PageId

    s.detect()
    save(s, "cluster-01-detection")
    s.forward(PageId.INTEROP)
    save(s, "interop-01-cluster")
    s.forward(PageId.CLUSTER)
    page = s.wizard.currentPage()
    s.type_password(page.password_field.edit, s.scenario.key_password)
    save(s, "cluster-02-rollout")
    reached, release, undo = hold_rollout(step=5)
    try:
        page.start.click()
        s.wait(reached.is_set, f"{APPLYING_NODE} to reach step 5 while {PARKED_NODE} waits")
        save(s, "cluster-03-rollout-running")
        release.set()
        s.wait(lambda: page.result is not None, "the end of the rollout")
    finally:
        undo()
    page.tree.scrollToTop()
    save(s, "cluster-04-rollout-done")
    s.forward(PageId.CLIENTS)
    save(s, "clients-01-cluster")
    clients = s.wizard.currentPage()
    clients.update_button.click()
    s.wait(lambda: not clients.working and not clients.old_clients(), "the client update")
    debrief(s, "sandbox-05-debrief-cluster")


def mixed_path(s: Session) -> None:
    from rms_wizard.ui.page_id import PageId

    s.detect()
    s.forward(PageId.INTEROP)
    save(s, "interop-02-mixed-clients")
    through_update(s)
    s.forward(PageId.CLIENTS)
    save(s, "clients-02-mixed-clients")
    clients = s.wizard.currentPage()
    clients.update_button.click()
    s.wait(lambda: not clients.working and not clients.old_clients(), "the client update")
    save(s, "clients-03-updated")


PATHS: list[tuple[str, str, Callable[[Session], None]]] = [
    ("sandbox-drill", "disk-full", drill_path),
    ("sandbox-cluster", "cluster", cluster_path),
    ("sandbox-mixed", "mixed-clients", mixed_path),
]


def run(app: QApplication, lang: str, work: Path) -> None:
    """Every shot of this module in ``lang`` (the catalogues already installed)."""
    picker(app, lang)
    for name, scenario, drive in PATHS:
        session = Session(app, lang, name, scenario, work)
        try:
            drive(session)
        finally:
            session.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "nl"), action="append")
    args = parser.parse_args(argv)
    work = WORK  # the folder of tools/screenshots.py: the same paths in the pictures
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
        for lang in args.lang or ["en", "nl"]:
            install_translators(lang)
            run(app, lang, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
