"""Test-wide setup: offscreen Qt, English by default, no silent skips in CI, and Qt's widgets
only for the runs that include a suite that makes widgets."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Without a display Qt aborts the whole process; offscreen renders with real fonts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Pin the language so asserted texts do not depend on the machine's locale.
os.environ.setdefault("RMS_WIZARD_LANG", "en")

REQUIRE_ALL = os.environ.get("RMS_WIZARD_REQUIRE_ALL") == "1"

#: The suites whose tests make widgets (pytest-qt's ``qtbot``/``qapp``, the wizard itself). A
#: test that makes widgets belongs in one of them: other runs have no pytest-qt and no QtWidgets.
QT_SUITES = ("ui", "a11y", "i18n")
TESTS = Path(__file__).resolve().parent

_APP: object = None
_WITH_QT = pytest.StashKey[bool]()


def _selects_a_qt_suite(config: pytest.Config, arg: str) -> bool:
    """Whether the path of ``arg`` (a file, folder or node id) holds or lies in a Qt suite; an
    argument that is not a path here counts as one (the safe side)."""
    path_text = arg.split("::", 1)[0]
    for base in (config.invocation_params.dir, config.rootpath):
        path = (base / path_text).resolve()
        if path.exists():
            suites = [TESTS / name for name in QT_SUITES]
            return any(path.is_relative_to(suite) or suite.is_relative_to(path) for suite in suites)
    return True


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Decide once, before any plugin is configured, whether this run needs Qt's widgets.

    pytest-qt imports QtWidgets when it is configured, so a run of only the core, CLI and report
    suites leaves the plugin out; ``--pyargs`` or an argument that is not a path keeps it.
    """
    with_qt = bool(config.option.pyargs) or any(
        _selects_a_qt_suite(config, arg) for arg in config.args
    )
    config.stash[_WITH_QT] = with_qt
    plugin = config.pluginmanager.get_plugin("pytest-qt")
    if not with_qt and plugin is not None:
        config.pluginmanager.unregister(plugin)


def pytest_configure(config: pytest.Config) -> None:
    """With a Qt suite in the run, make the run's one QApplication first.

    A test that calls the CLI's translator setup in-process would otherwise create a bare
    QCoreApplication, and every later widget test would abort the process.
    """
    if not config.stash.get(_WITH_QT, True):
        return
    global _APP
    from PySide6.QtWidgets import QApplication

    _APP = QApplication.instance() or QApplication([])


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Under RMS_WIZARD_REQUIRE_ALL=1 a skipped test is a failure: no capability goes untested."""
    outcome = yield
    report = outcome.get_result()
    if REQUIRE_ALL and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.longrepr = f"skipped under RMS_WIZARD_REQUIRE_ALL=1: {reason}"


# --- A real Secret Service: private D-Bus session bus + gnome-keyring-daemon ------------------
# (owned by rms_wizard/core/keys/secrets.py's tests; the helper is tests/keyring_daemon.py)


@pytest.fixture(scope="session")
def secret_service():  # type: ignore[no-untyped-def]  # yields keyring_daemon.KeyringDaemon
    """A private, unlocked gnome-keyring selected as the keyring backend for the session.

    Starts its own bus and keyring daemon (nothing touches the user's session), points
    ``DBUS_SESSION_BUS_ADDRESS`` of this process at that bus and selects
    ``keyring.backends.SecretService.Keyring``. The daemons get their own ``HOME`` and
    ``XDG_RUNTIME_DIR``; this process needs only the bus address, so its ``HOME`` stays put.
    Teardown restores the variable and the previous backend, stops both daemons and fails if
    ``pgrep`` still finds one. Skips (a failure under ``RMS_WIZARD_REQUIRE_ALL=1``) when
    dbus-daemon or gnome-keyring-daemon is not installed.
    """
    import keyring
    import keyring_daemon  # tests/ is on sys.path: pytest puts the rootdir conftest's folder there

    missing = keyring_daemon.missing_tools()
    if missing:
        pytest.skip(
            f"real-keyring tests need {' and '.join(missing)} on PATH "
            "(apt-get install --no-install-recommends gnome-keyring dbus-daemon)"
        )
    try:
        import jeepney  # noqa: F401  # the keyring's Secret Service client, also used by the helper
        from keyring.backends import SecretService
    except ImportError as exc:
        pytest.skip(f"real-keyring tests need the Secret Service client libraries: {exc}")

    previous_backend = keyring.get_keyring()
    previous_address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    daemon = keyring_daemon.start_keyring_daemon()
    try:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = daemon.bus_address
        keyring.set_keyring(SecretService.Keyring())
        yield daemon
    finally:
        keyring.set_keyring(previous_backend)
        if previous_address is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = previous_address
        daemon.stop()
        leftovers = daemon.leftover_pids()
        if leftovers:
            pytest.fail(f"keyring test daemons still running after teardown: PIDs {leftovers}")


@pytest.fixture(autouse=True)
def _close_setup_logs_left_open() -> Iterator[None]:
    """A setup log is a handler on the "rms_wizard" logger until it is closed; a test's wizard
    (the GUI closes its log only when the process ends) would otherwise receive every later
    test's lines."""
    yield
    setuplog = sys.modules.get("rms_wizard.core.engine.setuplog")
    if setuplog is None:
        return
    for handler in list(logging.getLogger(setuplog.LOGGER_NAME).handlers):
        if isinstance(handler, setuplog.SetupLog):
            handler.close()
