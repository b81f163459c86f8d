"""Shared test fixtures: the corpus (skipped with a reason when absent) and golden files; the
tiers (markers) every test falls in, given here by fixture and file rather than test by test."""

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


# The tiers. ``make test-fast`` runs what is in none of them (under a minute on two cores);
# ``make test-slow`` the rest; ``make check`` (CI) all.
MARKERS = {
    "corpus": "reads the corpus (../shared/corpus or MANDATA_CORPUS): the `corpus` fixture",
    "browser": "drives chromium: the `browser` fixture",
    "slow": "takes seconds: a server on real sockets, a fuzzer, OCR, printing PDFs, a whole "
    "registry",
}
# Tests that read the corpus without the fixture.
CORPUS_READERS = frozenset({"test_bad_input.py::test_truncated_corpus_pdf"})
# Files whose tests are slow as a whole, and single slow tests elsewhere (measured with
# ``pytest --durations``: each takes seconds on two cores).
SLOW_FILES: frozenset[str] = frozenset()
SLOW_TESTS: frozenset[str] = frozenset()


def pytest_configure(config: pytest.Config) -> None:
    for name, meaning in MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {meaning}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark each test with its tiers: by the fixtures it uses, its file, or its name."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        name = f"{item.path.name}::{item.name.split('[')[0]}"
        if "corpus" in fixtures or name in CORPUS_READERS:
            item.add_marker(pytest.mark.corpus)
        if "browser" in fixtures:
            item.add_marker(pytest.mark.browser)
        if item.path.name in SLOW_FILES or name in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)


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
