"""The GUI's start: QApplication, catalogues (app + qtbase), the wizard on a real or sandbox install.

* ``rms-wizard``: the install on this computer (none on Linux: the wizard says so and stops there);
* ``rms-wizard --root DIR``: the server folder ``DIR`` (a sandbox folder is recognised as one);
* ``rms-wizard --sandbox SCENARIO``: a fresh copy of a training scenario under the user data folder
  (``sandboxes/<scenario>-<timestamp>``); ``--sandbox`` alone asks :func:`choose_scenario`.

The window is painted before the wizard's state exists (:func:`create_wizard` with ``defer``): the
first page needs only the arguments, the catalogues and a preview read from the scenario's file;
the state, the sandbox and the other pages are made after the first paint (issue 8: start-up).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..core.engine.setuplog import SetupLog
    from ..core.fleet.answers import AnswerFile
    from .startup import StartupPreview
    from .state import WizardState
    from .wizard import SetupWizard


def _has_display() -> bool:
    if sys.platform.startswith("linux"):
        return bool(
            os.environ.get("DISPLAY")
            or os.environ.get("WAYLAND_DISPLAY")
            or os.environ.get("QT_QPA_PLATFORM")
        )
    return True


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace:
    """The options before a command, as the CLI reads them (one definition for both); ``--scenarios
    DIR`` is taken while parsing, and imports the core only then: the first paint imports none."""
    from ..cli.global_options import add_global_options

    parser = argparse.ArgumentParser(prog="rms-wizard")
    add_global_options(parser)
    return parser.parse_args(list(argv))


def choose_scenario(parent: QWidget | None = None, language: str | None = None) -> str | None:
    """The scenario for ``--sandbox`` without a name (the picker dialog); None when cancelled."""
    from .scenario_picker import choose_scenario as pick

    return pick(parent, language)


def sandboxes_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("rms-wizard", appauthor=False)) / "sandboxes"


def new_sandbox_folder(scenario_id: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = sandboxes_dir() / f"{scenario_id}-{stamp}"
    suffix = 1
    while folder.exists():
        suffix += 1
        folder = sandboxes_dir() / f"{scenario_id}-{stamp}-{suffix}"
    return folder


def real_install_root() -> Path | None:
    """The install on this computer. The wizard changes installs through a server folder (the
    mock layout); a live Windows install is not one, so there is none to offer here."""
    return None


def build_state(
    args: argparse.Namespace, language: str, sandbox_folder: Path | None = None
) -> WizardState:
    """The wizard's state for the command line; may raise RmsError (e.g. an unknown scenario).
    A new sandbox is made in ``sandbox_folder`` (default: a new folder under the user's data).
    Runs on start-up's worker thread: no widget here, but the scenario picker for a bare
    ``--sandbox`` (:func:`create_wizard` asks before)."""
    from ..core.common.paths import is_sandbox
    from ..training.sandbox import create_sandbox, sandbox_scenario
    from .state import WizardState

    if args.sandbox is not None:
        scenario_id = args.sandbox or choose_scenario(None, language)
        if scenario_id is None:
            raise SystemExit(0)
        folder = sandbox_folder or new_sandbox_folder(scenario_id)
        scenario = create_sandbox(scenario_id, folder, getattr(args, "seed", None))
        return WizardState(
            root=folder,
            sandbox=True,
            scenario_id=scenario.id,
            scenario=scenario,
            drill_fault=scenario.drill.fault if scenario.drill is not None else None,
            keep_statistics=scenario.keep_statistics,
            language=language,
        )
    if args.root:
        root = Path(args.root).resolve()
        if is_sandbox(root):
            # An existing sandbox (e.g. after a power-loss drill): sandbox mode; its drill strikes
            # only if it was never handed out (sandbox_flow.drill_for_this_run).
            from ..training.trail import read_trail

            scenario = sandbox_scenario(root)  # with the values of its own run
            return WizardState(
                root=root,
                sandbox=True,
                scenario_id=scenario.id,
                scenario=scenario,
                language=language,
                keep_statistics=scenario.keep_statistics,
                events=read_trail(root),  # what was done before: the debrief counts it too
            )
        return WizardState(root=root, language=language)
    return WizardState(root=real_install_root(), language=language)


def startup_preview(args: argparse.Namespace, language: str) -> StartupPreview | None:
    """What the first page shows, read cheaply (no core, no pydantic); None when the arguments
    need the core to say what is wrong with them (an unknown scenario, a damaged sandbox)."""
    from ..core.common.paths import SANDBOX_MARKER
    from .startup import StartupPreview, preview_scenario, sandbox_marker_scenario

    if args.sandbox:
        scenario = preview_scenario(args.sandbox)
        if scenario is None:
            return None
        return StartupPreview(
            root=new_sandbox_folder(scenario.id),
            language=language,
            sandbox=True,
            scenario_id=scenario.id,
            scenario=scenario,
        )
    if args.root:
        root = Path(args.root).resolve()
        marker_scenario = sandbox_marker_scenario(root)
        if marker_scenario is None:
            if (root / SANDBOX_MARKER).exists():
                return None  # a marker that does not read: the core says so
            return StartupPreview(root=root, language=language)
        scenario = preview_scenario(marker_scenario)
        if scenario is None:
            return None
        return StartupPreview(
            root=root, language=language, sandbox=True, scenario_id=scenario.id, scenario=scenario
        )
    return StartupPreview(root=real_install_root(), language=language)


def create_wizard(
    argv: Sequence[str], log: SetupLog | None = None, *, defer: bool = False
) -> SetupWizard:
    """Parse the GUI arguments and build the wizard (the QApplication must exist).

    With ``defer`` (the GUI's start, :func:`run_gui`) the wizard is only its window and the
    Welcome page when this returns; once that page is painted, the state (and the sandbox) is
    made on a worker thread and the other pages follow (``SetupWizard.ready``). Without it the
    wizard is whole on return (tests, tools). An error in the arguments is raised either way; one
    met while making the sandbox is raised here without ``defer``, and shown on the Welcome page
    with it.
    """
    from PySide6.QtWidgets import QApplication

    from ..core.engine.setuplog import SetupLog
    from ..i18n import choose_language, follow_answer_file, install_translators
    from .appearance import follow_platform
    from .wizard import SetupWizard

    args = parse_gui_args(argv)
    if args.reduce_motion:
        from .widgets.motion import use_reduced_motion

        use_reduced_motion()
    QApplication.setStyle("Fusion")
    follow_platform()  # a dark or high-contrast palette when the platform asks for one
    language = choose_language(args.lang)
    install_translators(language)
    answers = _answers_of(args)  # its errors in the language chosen so far
    if answers is not None:
        language = follow_answer_file(answers.language, args.lang)
    log = log or SetupLog.open_for_run(args.log, "gui")
    if args.sandbox == "":  # the picker is a dialog: asked here, on the GUI thread
        args.sandbox = choose_scenario(None, language)
        if args.sandbox is None:
            raise SystemExit(0)
    preview = startup_preview(args, language)
    sandbox_folder = preview.root if preview is not None and args.sandbox else None

    def prepare() -> WizardState:
        state = build_state(args, language, sandbox_folder)
        state.log_path = log.path
        if args.report:
            state.report_path = Path(args.report).resolve()
        if args.save_answers:
            state.save_answers_path = Path(args.save_answers).resolve()
        if answers is not None:
            from .answers_record import apply_to_state

            apply_to_state(state, answers)
        return state

    if preview is None:
        return SetupWizard(prepare(), log)  # raises the core's own error about the arguments
    wizard = SetupWizard(preview, log, prepare=prepare)
    if not defer:
        wizard.finish_startup()
    return wizard


def _answers_of(args: argparse.Namespace) -> AnswerFile | None:
    """``--answers FILE``, read and checked (an error is the core's one line); its recorded root
    is the server when no ``--root`` or ``--sandbox`` names one."""
    if not args.answers:
        return None
    from ..core.fleet.answers import load_answers

    answers = load_answers(Path(args.answers))
    if answers.root and not args.root and args.sandbox is None:
        args.root = answers.root
    return answers


def _install_excepthook(log: SetupLog) -> None:
    """An exception escaping a slot: logged with its traceback, shown as a message with the log's
    location -- never as a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        log.line(
            "unexpected error:\n" + log.redact("".join(traceback.format_exception(kind, exc, tb)))
        )
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("App", "Unexpected problem"),
                QCoreApplication.translate(
                    "App", "An unexpected problem occurred. The details are in the log %1"
                ).replace("%1", str(log.path)),
            )

    sys.excepthook = hook


def run_gui(argv: Sequence[str]) -> int:
    """Open the wizard; returns the process exit code."""
    if not _has_display():
        sys.stderr.write(
            "rms-wizard: no display found (set DISPLAY, or QT_QPA_PLATFORM=offscreen).\n"
        )
        return 2
    from PySide6.QtWidgets import QApplication

    from ..core.common.messages import RmsError
    from ..core.engine.setuplog import SetupLog
    from ..i18n import tr_message
    from .autoclose import install_autoclose

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("rms-wizard")
    args = parse_gui_args(argv)
    log = SetupLog.open_for_run(args.log, "gui")
    try:
        wizard = create_wizard(argv, log, defer=True)
    except RmsError as exc:
        text = tr_message(exc.message)
        log.line(f"error: {text}")
        sys.stderr.write(f"rms-wizard: {text}\n")
        return exc.exit_code
    _install_excepthook(log)
    # Hidden test/benchmark switches (nothing without their variables). Armed only now: a Python
    # application-wide event filter makes PySide build the Python type of every object that gets
    # an event -- building the Welcome page's language list alone would cost ~40 ms more -- so it
    # watches from the show on, where the first paint is.
    install_autoclose(app)
    if os.environ.get("RMS_WIZARD_A11Y_UNNAME"):  # a hidden test switch: see ui/a11y_probe.py
        from .a11y_probe import install_unname_probe

        install_unname_probe(app)
    from .stop_signals import install_stop_signals

    stops = install_stop_signals(wizard)  # SIGTERM/SIGHUP: a confirmed Cancel
    wizard.show()
    code = int(app.exec())
    if stops is not None:
        stops.uninstall()
    wizard.wait_for_startup()  # closed while start-up was still making the sandbox
    log.close()
    # 0 for a completed run however the window was closed (see ui.leaving).
    return wizard.exit_code if wizard.exit_code is not None else code
