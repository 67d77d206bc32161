"""Trees for the CLI tests: built once per session (in-process, by the real core), copied per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from enginekit import Prepared, Templates, prepare


@pytest.fixture(scope="session")
def cli_templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("cli-templates"))


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory, cli_templates: Templates) -> Prepared:
    return prepare(tmp_path_factory.mktemp("prepared"), cli_templates)


@pytest.fixture
def log_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "logs"
    folder.mkdir()
    return folder
