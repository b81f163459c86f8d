"""Shared test fixtures: the corpus (skipped with a reason when absent) and golden files; the
tiers (markers) every test falls in, given here by fixture and file rather than test by test."""

from __future__ import annotations

import functools
import importlib.util
import inspect
import os
import re
import subprocess
import sys
from collections.abc import Callable
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
    "corpus": "reads the corpus (../shared/corpus or MANDATA_CORPUS): the `corpus` fixture, "
    "or a test whose code calls corpus(), corpus_dir() or corpus_pdfs()",
    "browser": "drives chromium: the `browser` fixture",
    "slow": "takes seconds: servers on real sockets, subprocesses, OCR, office converters, "
    "fuzzers, PostgreSQL",
}
# A test that reads the corpus without the fixture calls one of these.
_READS_CORPUS = re.compile(r"\b(?:corpus|corpus_dir|corpus_pdfs)\(")
# Files whose tests are slow as a whole, and single slow tests elsewhere (measured with
# ``pytest --durations``: each takes seconds on two cores). Every test on PostgreSQL is slow too.
SLOW_FILES = frozenset(
    {
        "test_cold_start.py",  # subprocesses, timed
        "test_fuzz.py",
        "test_legacy.py",  # LibreOffice and AbiWord
        "test_ocr.py",  # Tesseract
        "test_openapi.py",  # schemathesis over every operation
        "test_read_limits.py",  # files of hundreds of megabytes
        "test_registry_robust.py",  # processes taking turns, read-only registries
        "test_serve.py",  # real sockets, time limits, signals
    }
)
SLOW_TESTS = frozenset(
    {
        "test_analysis.py::test_analyze_command_reads_paragraphs_from_standard_input",
        "test_tokens.py::test_jieba_is_quiet_and_writes_no_cache",
        "test_bad_input.py::test_batch_subprocess",
        "test_bad_input.py::test_not_a_un_document",
        "test_bad_input.py::test_round_trip_on_un_like_text",
        "test_bad_input.py::test_subprocess_empty_and_binary",
        "test_bad_input.py::test_un_like_bytes_read_and_parse",
        "test_bad_input.py::test_un_like_text_parses_or_documented_error",
        "test_fetch.py::test_a_killed_session_fetch_continues_where_it_stopped",
        "test_file_names.py::test_a_fifo_given_directly_is_refused",
        "test_file_names.py::test_ingest_of_a_folder_with_a_latin1_name",
        "test_registry.py::test_dask_engine_gives_the_same_counts",
    }
)


def pytest_configure(config: pytest.Config) -> None:
    for name, meaning in MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {meaning}")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark each test with its tiers: by the fixtures it uses, its file, or its name."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        name = f"{item.path.name}::{item.name.split('[')[0]}"
        if "corpus" in fixtures or _reads_corpus(item):
            item.add_marker(pytest.mark.corpus)
        if "browser" in fixtures:
            item.add_marker(pytest.mark.browser)
        slow = item.path.name in SLOW_FILES or name in SLOW_TESTS
        if slow or "postgresql" in item.name.split("[", 1)[-1]:
            item.add_marker(pytest.mark.slow)


def _reads_corpus(item: pytest.Item) -> bool:
    function = getattr(item, "function", None)
    return function is not None and bool(_READS_CORPUS.search(_source(function)))


@functools.cache
def _source(function: Callable[..., object]) -> str:
    try:
        return inspect.getsource(function)
    except (OSError, TypeError):
        return ""


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
def unxml(corpus: Path) -> Path:
    """The UN XML laid out by the corpus's own unpack script (idempotent, about a second)."""
    script = corpus / "unxml" / "unpack"
    if not script.exists():
        pytest.skip(f"no UN XML in the corpus ({script} missing)")
    out = subprocess.run(["bash", str(script)], capture_output=True, text=True, check=True)
    return Path(out.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def load_script(name: str) -> ModuleType:
    """A script of ``scripts/`` as a module (the evaluation scripts are not in the package); the
    folder goes on the import path, as running the script puts it, for the modules it imports
    (``baseline``)."""
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
