"""Test-wide setup: offscreen Qt, English by default, and no silent skips in CI."""

from __future__ import annotations

import os

import pytest

# Without a display Qt aborts the whole process; offscreen renders with real fonts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Pin the language so asserted texts do not depend on the machine's locale.
os.environ.setdefault("RMS_WIZARD_LANG", "en")

REQUIRE_ALL = os.environ.get("RMS_WIZARD_REQUIRE_ALL") == "1"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Under RMS_WIZARD_REQUIRE_ALL=1 a skipped test is a failure: no capability goes untested."""
    outcome = yield
    report = outcome.get_result()
    if REQUIRE_ALL and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.longrepr = f"skipped under RMS_WIZARD_REQUIRE_ALL=1: {reason}"
