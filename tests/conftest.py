"""Shared test fixtures: the corpus (skipped with a reason when absent) and golden files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden from the current output (review the diff before committing)",
    )


def corpus_dir() -> Path:
    """The corpus: MANDATA_CORPUS, else ../shared/corpus beside the project."""
    return Path(os.environ.get("MANDATA_CORPUS", ROOT.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def corpus() -> Path:
    path = corpus_dir()
    if not (path / "README.md").exists():
        pytest.skip(f"corpus not found at {path} (set MANDATA_CORPUS)")
    return path


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
