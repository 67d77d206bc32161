"""Fixtures of the translation tests."""

from __future__ import annotations

import pytest
from i18n_catalogue import compile_stale


@pytest.fixture(scope="session")
def compiled_catalogues() -> None:
    """The .qm files exist and are not older than the committed .ts files."""
    compile_stale()
