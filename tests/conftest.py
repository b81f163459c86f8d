"""Shared test fixtures: the corpus (skipped with a reason when absent) and golden files."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

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


def load_script(name: str) -> ModuleType:
    """A script of ``scripts/`` as a module (the evaluation scripts are not in the package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
