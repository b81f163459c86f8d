"""The registry on SQLite and PostgreSQL: ingest, queries, search in six languages, reliability.

Every test that takes ``db_url`` runs on both backends: a SQLite file in ``tmp_path``, and a
PostgreSQL database of its own, created on the server of ``MANDATA_TEST_PG`` (default
``postgresql+psycopg://postgres@127.0.0.1:5432/test``) and dropped afterwards. Without a server the
PostgreSQL half is skipped with a reason. The corpus tests are skipped when the corpus is absent.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from conftest import EXAMPLES
from mandata.batch import iter_paths
from mandata.cli import main as cli_main
from mandata.parse import parse_file
from mandata.procedure import status
from mandata.registry import queries
from mandata.registry.ingest import IngestSummary, ingest
from mandata.registry.store import Registry
from mandata.registry.tokens import query_terms, terms

PG_URL = os.environ.get("MANDATA_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SEED = Path("seed/000_26fd981915cedf0e.txt")
LANGS = ["ar", "en", "es", "fr", "ru", "zh"]
EXAMPLE_SYMBOLS = ["A/80/191", "A/80/L.40", "A/RES/80/123"]
# ga80 drafts and the resolutions whose "[without reference to a Main Committee (A/80/L.x)]"
# line names them (ga80/linked/*.json holds no links, so the pairs come from those lines).
DRAFT_PAIRS = {
    "A/80/L.11": "A/RES/80/10",
    "A/80/L.13": "A/RES/80/107",
    "A/80/L.14": "A/RES/80/108",
    "A/80/L.4": "A/RES/80/3",
}
# Small ga78 resolutions: three say "peacekeeping", five do not; 78/256 cites 78/255.
GA78_SEARCH = [296, 291, 303, 124, 246, 117, 2, 12]
KILL_FILES = 100  # two batches of 50: the kill lands while the second one is parsed
ZH_CSTO = (
    "联合国\nA/80/999\n\n大会\n第八十届会议\n\n联合国与集体安全条约组织之间的合作\n\n"
    "1. 大会欢迎集体安全条约组织为促进区域和平所作的努力。\n\n2. 请秘书长提交报告。\n"
)


# --- Backends ---------------------------------------------------------------------------------

_pg_down: list[str] = []


@contextmanager
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database of its own (skip when no server answers), dropped after."""
    if _pg_down:
        pytest.skip(_pg_down[0])
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 5})
    name = f"mandata_t_{secrets.token_hex(6)}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as err:
        admin.dispose()
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        _pg_down.append(f"no PostgreSQL server at {PG_URL} (set MANDATA_TEST_PG): {first}")
        pytest.skip(_pg_down[0])
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def sqlite_url(tmp_path: Path, name: str = "registry.db") -> str:
    return f"sqlite:///{tmp_path / name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
    else:
        with pg_database() as url:
            yield url


@pytest.fixture
def open_registry(db_url: str) -> Iterator[Callable[..., Registry]]:
    """Open registries on the test's database; all are closed before the database is dropped."""
    opened: list[Registry] = []

    def _open(url: str = db_url) -> Registry:
        registry = Registry(url)
        opened.append(registry)
        return registry

    yield _open
    for registry in opened:
        registry.close()


@pytest.fixture
def registry(open_registry: Callable[..., Registry]) -> Registry:
    return open_registry()


def run_ingest(registry: Registry, paths: list[Path], **kwargs: Any) -> IngestSummary:
    kwargs.setdefault("workers", 1)
    return ingest([Path(p) for p in paths], registry, **kwargs)


def expected_counts(paths: list[Path]) -> dict[str, int]:
    """Documents, paragraphs, references and mandates, from the parser alone."""
    docs = [parse_file(p) for p in iter_paths(paths)]
    return {
        "documents": len(docs),
        "paragraphs": sum(len(list(d.all_paragraphs())) for d in docs),
        "references": sum(len(d.references) for d in docs),
        "mandates": sum(len(d.mandates) for d in docs),
    }


def ga78(corpus: Path, numbers: list[int]) -> list[Path]:
    return [corpus / "ga78" / f"A_RES_78_{n}.txt" for n in numbers]


def ga78_first(corpus: Path, n: int) -> list[Path]:
    files = sorted(
        (corpus / "ga78").glob("A_RES_78_*.txt"), key=lambda p: int(p.stem.rsplit("_", 1)[1])
    )
    return files[:n]


def cli_subprocess(db: str, files: list[Path], out: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "mandata.cli", "ingest", *map(str, files)]
    command += ["--db", db, "--workers", "1", "--json"]
    with out.open("wb") as handle:
        return subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT)


# --- 1. Counts, re-ingest, a changed file -----------------------------------------------------


def test_counts_equal_on_both_backends(tmp_path: Path, corpus: Path) -> None:
    paths = [EXAMPLES, corpus / SEED]
    with Registry(sqlite_url(tmp_path)) as lite:
        run_ingest(lite, paths)
        on_sqlite = queries.counts(lite)
    with pg_database() as url, Registry(url) as pg:
        run_ingest(pg, paths)
        on_pg = queries.counts(pg)
    assert on_sqlite == on_pg
    assert on_sqlite["documents"] == 19


def test_ingest_counts_and_reingest_is_noop(registry: Registry, corpus: Path) -> None:
    paths = [EXAMPLES, corpus / SEED]
    first = run_ingest(registry, paths)
    assert (first.files, first.added, first.replaced, first.failed) == (19, 19, 0, [])
    counts = queries.counts(registry)
    want = expected_counts(paths)
    assert {k: counts[k] for k in want} == want
    assert counts["failures"] == 0
    # The resolution names its draft and the draft's addendum in all six languages.
    assert {(r["draft"], r["resolution"]) for r in queries.draft_links(registry)} == {
        ("A/80/L.40", "A/RES/80/123"),
        ("A/80/L.40/Add.1", "A/RES/80/123"),
    }
    assert len(queries.draft_links(registry)) == 2

    again = run_ingest(registry, paths).as_dict()
    assert (again["added"], again["replaced"], again["unchanged"]) == (0, 0, 19)
    assert again["failed"] == []
    assert queries.counts(registry) == counts


def _hit_docs(registry: Registry, query: str, language: str | None = None) -> set[tuple]:
    hits = queries.search(registry, query, limit=10_000, language=language)
    return {(h.symbol, h.language) for h in hits}


def test_changed_file_replaces_its_document(registry: Registry, tmp_path: Path) -> None:
    copy = tmp_path / "examples"
    shutil.copytree(EXAMPLES, copy)
    assert run_ingest(registry, [copy]).added == 18
    before = queries.counts(registry)
    target = ("A/RES/80/123", "en")
    assert target in _hit_docs(registry, "customs", "en")
    assert _hit_docs(registry, "zeppelins") == set()

    path = copy / "en" / "resolution.txt"
    body = path.read_text("utf-8")
    assert body.count("customs") == 1  # in operative paragraph 4
    path.write_text(body.replace("customs", "zeppelins"), "utf-8")
    summary = run_ingest(registry, [copy])
    assert (summary.added, summary.replaced, summary.failed) == (0, 1, [])
    assert summary.as_dict()["unchanged"] == 17
    assert queries.counts(registry) == before
    assert _hit_docs(registry, "zeppelins") == {target}
    assert target not in _hit_docs(registry, "customs", "en")
    # The draft still says "customs".
    assert ("A/80/L.40", "en") in _hit_docs(registry, "customs", "en")


def test_search_finds_words_of_subparagraphs(registry: Registry) -> None:
    """Operative paragraph 3 (a)-(c) of the examples: "Transport and logistics connectivity"."""
    run_ingest(registry, [EXAMPLES / "en"])
    assert _hit_docs(registry, "logistics", "en") == {("A/80/L.40", "en"), ("A/RES/80/123", "en")}


# --- 2. show, documents, refs -----------------------------------------------------------------


def test_show_documents_refs(registry: Registry, corpus: Path) -> None:
    summary = run_ingest(registry, [EXAMPLES, corpus / SEED, *ga78(corpus, [255, 256])])
    assert summary.added == 21 and not summary.failed

    doc = queries.show(registry, "A/RES/80/123")
    assert doc is not None and (doc.symbol, doc.language) == ("A/RES/80/123", "en")
    for lang in LANGS:
        doc = queries.show(registry, "A/80/L.40", lang)
        assert doc is not None and (doc.symbol, doc.language) == ("A/80/L.40", lang)
    assert queries.show(registry, "NOPE") is None
    assert queries.show(registry, "A/RES/78/255", "fr") is None

    rows = queries.documents(registry, session=80)
    assert {(r["symbol"], r["language"]) for r in rows} == {
        (s, lang) for s in EXAMPLE_SYMBOLS for lang in LANGS
    }
    assert len(rows) == 18 and all(r["session"] == 80 for r in rows)
    assert {r["symbol"] for r in queries.documents(registry, session=78)} == {
        "A/RES/78/255",
        "A/RES/78/256",
    }
    seed = queries.documents(registry, session=64)
    assert [(r["symbol"], r["language"]) for r in seed] == [(None, "ar")]
    assert queries.documents(registry, session=80, language="fr", doc_type="resolution") == [
        r for r in rows if (r["symbol"], r["language"]) == ("A/RES/80/123", "fr")
    ]

    cited = queries.refs(registry, "A/RES/79/10")
    assert {(r["symbol"], r["language"]) for r in cited["cited_by"]} == {
        (s, lang) for s in EXAMPLE_SYMBOLS for lang in LANGS
    }
    assert cited["cites"] == []  # 79/10 itself is not stored

    dangling = queries.refs(registry, "A/RES/80/123")["cites"]
    targets = {r["target"] for r in dangling}
    assert {"A/RES/79/10", "A/RES/70/1"} <= targets
    # the request letter A/80/191, cited in a footnote, is stored; the resolutions are not
    assert {r["target"] for r in dangling if r["resolved"]} == {"A/80/191"}

    resolved = queries.refs(registry, "A/RES/78/256")["cites"]
    by_target: dict[str, set[bool]] = {}
    for r in resolved:
        by_target.setdefault(r["target"], set()).add(r["resolved"])
    assert by_target["A/RES/78/255"] == {True}
    assert all(v == {False} for t, v in by_target.items() if t != "A/RES/78/255")
    back = queries.refs(registry, "A/RES/78/255")["cited_by"]
    assert ("A/RES/78/256", "en") in {(r["symbol"], r["language"]) for r in back}


# --- 3. mandates ------------------------------------------------------------------------------


def test_mandates_of_session_82(registry: Registry) -> None:
    run_ingest(registry, [EXAMPLES])
    rows = status.mandates(registry, session=82)
    got = sorted((m["source"]["symbol"], m["type"]) for m in rows)
    assert got == sorted((s, t) for s in EXAMPLE_SYMBOLS for t in ("report", "agenda_item")), (
        "one report and one agenda item per document, each listed once"
    )
    for m in rows:
        assert sorted(m["languages"]) == LANGS, m
        assert m["session"] == 82
        if m["type"] == "report":
            assert m["addressee"] == "un:secretary-general"
        else:
            assert (
                m["title"]
                == "Cooperation between the United Nations and the Eurasian Economic Union"
            )
    reports = status.mandates(registry, session=82, type="report")
    assert {m["source"]["symbol"] for m in reports} == set(EXAMPLE_SYMBOLS)
    assert status.mandates(registry, session=83) == []


# --- 4. drafts --------------------------------------------------------------------------------


def test_draft_links_from_the_drafts_line(registry: Registry, corpus: Path) -> None:
    files = [
        corpus / "ga80" / (s.replace("/", "_") + ".txt")
        for pair in DRAFT_PAIRS.items()
        for s in pair
    ]
    summary = run_ingest(registry, files)
    assert summary.added == 8 and not summary.failed
    links = queries.draft_links(registry)
    assert sorted((r["draft"], r["resolution"], r["method"]) for r in links) == sorted(
        (d, r, "drafts_line") for d, r in DRAFT_PAIRS.items()
    )
    assert summary.drafts_linked == 0  # every draft is linked by its line, none by title
    # Ingesting again adds no link twice.
    run_ingest(registry, files)
    assert len(queries.draft_links(registry)) == len(DRAFT_PAIRS)


def test_replaced_resolution_leaves_no_stale_draft_link(registry: Registry, tmp_path: Path) -> None:
    """A resolution's links are those its stored language versions name, no more, no fewer."""
    folder = tmp_path / "res"
    for lang in ("en", "fr"):
        (folder / lang).mkdir(parents=True)
        shutil.copy(EXAMPLES / lang / "resolution.txt", folder / lang / "resolution.txt")
    run_ingest(registry, [folder])
    old = {"A/80/L.40", "A/80/L.40/Add.1"}
    assert {r["draft"] for r in queries.draft_links(registry)} == old

    def rename(lang: str, before: str) -> None:
        path = folder / lang / "resolution.txt"
        body = path.read_text("utf-8")
        assert body.count(before) == 1
        path.write_text(body.replace(before, "(A/80/L.41)"), "utf-8")
        assert run_ingest(registry, [folder]).replaced == 1

    rename("en", "(A/80/L.40 and Add.1)")  # the French version still names L.40
    links = queries.draft_links(registry)
    assert {r["draft"] for r in links} == old | {"A/80/L.41"}
    assert {(r["resolution"], r["method"]) for r in links} == {("A/RES/80/123", "drafts_line")}
    rename("fr", "(A/80/L.40 et Add.1)")
    assert queries.draft_links(registry) == [
        {"draft": "A/80/L.41", "resolution": "A/RES/80/123", "method": "drafts_line"}
    ]


# --- 5. search in six languages ---------------------------------------------------------------

# query, language, and the word forms that make a document "contain" the query
SEARCHES = [
    ("الأمن الجماعي", "ar", r"الأمن الجماعي", r"امن|أمن|جماع"),
    ("集体安全条约组织", "zh", r"集体安全条约组织", r"集体安全条约组织"),
    ("сотрудничества", "ru", r"сотрудничеств", r"сотрудничеств"),
    ("coopération", "fr", r"coop[ée]r", r"coop[ée]r"),
    ("cooperación", "es", r"cooper", r"cooper"),
    ("peacekeeping", "en", r"peace-?keep", r"peace-?keep"),
]


def _norm(text_: str) -> str:
    return unicodedata.normalize("NFC", text_).casefold()


@pytest.fixture
def search_set(registry: Registry, corpus: Path, tmp_path: Path) -> dict[str, tuple[str, str]]:
    """Seed, examples, every excerpt, eight ga78 resolutions and a tiny Chinese text ingested:
    source -> (language, text)."""
    zh = tmp_path / "zh_csto.txt"
    zh.write_text(ZH_CSTO, "utf-8")
    excerpts = sorted((corpus / "multi" / "excerpts").glob("*.txt"))
    assert {p.name[:2] for p in excerpts} >= set(LANGS)
    paths = [corpus / SEED, EXAMPLES, *excerpts, *ga78(corpus, GA78_SEARCH), zh]
    summary = run_ingest(registry, paths)
    assert not summary.failed
    rows = registry.execute("SELECT source, language FROM documents")
    assert len(rows) == summary.files
    return {r["source"]: (r["language"], Path(r["source"]).read_text("utf-8")) for r in rows}


def _hit_sources(registry: Registry, hits: list[queries.Hit]) -> set[str]:
    """The source of each hit, found by its paragraph and the text of its snippet."""
    out = set()
    for hit in hits:
        rows = registry.execute(
            "SELECT d.source, d.symbol, d.title, p.text FROM paragraphs p "
            "JOIN documents d ON d.id = p.document_id WHERE p.pid = :pid AND d.language = :lang",
            pid=hit.paragraph,
            lang=hit.language,
        )
        bare = hit.snippet.replace("[", "").replace("]", "").strip("…")
        found = {
            r["source"]
            for r in rows
            if (r["symbol"], r["title"]) == (hit.symbol, hit.title) and bare in r["text"]
        }
        assert len(found) == 1, (hit, found)
        out |= found
    return out


@pytest.mark.parametrize(
    ("query", "lang", "contains", "marked"), SEARCHES, ids=[s[1] for s in SEARCHES]
)
def test_search_in_six_languages(
    registry: Registry,
    search_set: dict[str, tuple[str, str]],
    query: str,
    lang: str,
    contains: str,
    marked: str,
) -> None:
    want = {
        source
        for source, (language, body) in search_set.items()
        if language == lang and re.search(contains, _norm(body))
    }
    assert want, "the test set has no document with the query"
    if lang == "en":
        assert len(want) == 3  # 78/291, 78/296 and 78/303
    hits = queries.search(registry, query, limit=10_000, language=lang)
    assert _hit_sources(registry, hits) == want
    for hit in hits:
        marks = re.findall(r"\[([^\[\]]+)\]", hit.snippet)
        assert any(re.search(marked, _norm(m)) for m in marks), hit.snippet
    if lang in ("ar", "zh", "ru"):
        # The script says which language the query is in: no language needed.
        unfiltered = queries.search(registry, query, limit=10_000)
        assert _hit_sources(registry, unfiltered) == want
    else:
        # A Latin query of unknown language gets its English, French and Spanish stems.
        unfiltered = queries.search(registry, query, limit=10_000)
        assert _hit_sources(registry, unfiltered) >= want


# --- 6. a killed ingest -----------------------------------------------------------------------


def _consistent(registry: Registry) -> dict[str, int]:
    """The counts, after checking that nothing points at a missing row."""
    for table in ("paragraphs", "references", "mandates"):
        orphans = registry.execute(
            f'SELECT COUNT(*) AS n FROM "{table}" x LEFT JOIN documents d '
            "ON d.id = x.document_id WHERE d.id IS NULL"
        )
        assert orphans[0]["n"] == 0, table
    sqlite = registry.engine.dialect.name == "sqlite"
    key = "rowid" if sqlite else "paragraph_id"
    indexed = registry.execute("SELECT COUNT(*) AS n FROM paragraph_search")[0]["n"]
    stray = registry.execute(
        f"SELECT COUNT(*) AS n FROM paragraph_search WHERE {key} NOT IN (SELECT id FROM paragraphs)"
    )[0]["n"]
    assert stray == 0
    rows = registry.execute(
        "SELECT p.text, d.language FROM paragraphs p JOIN documents d ON d.id = p.document_id"
    )
    assert indexed == sum(1 for r in rows if terms(r["text"], r["language"]))
    dupes = registry.execute(
        "SELECT document_id, position FROM paragraphs GROUP BY document_id, position "
        "HAVING COUNT(*) > 1"
    )
    assert dupes == []
    return queries.counts(registry)


def _children(pid: int) -> list[int]:
    """The processes that ``pid`` started (Linux)."""
    tasks = Path(f"/proc/{pid}/task")
    return [int(c) for t in tasks.iterdir() for c in (t / "children").read_text().split()]


def _wait_ended(pids: list[int], seconds: float = 30) -> None:
    """Wait until the processes are gone (a killed ingest's workers end with it)."""
    deadline = time.monotonic() + seconds
    while any(Path(f"/proc/{p}").exists() for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [p for p in pids if Path(f"/proc/{p}").exists()]
    for p in left:
        os.kill(p, signal.SIGKILL)
    assert not left, "the workers of a killed ingest went on running"


def test_killed_ingest_resumes(
    db_url: str, open_registry: Callable[..., Registry], corpus: Path, tmp_path: Path
) -> None:
    files = ga78_first(corpus, KILL_FILES)
    registry = open_registry()  # the schema exists before the subprocess starts
    proc = cli_subprocess(db_url, files, tmp_path / "ingest.out")
    committed = 0
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            committed = queries.counts(registry)["documents"]
            if committed > 0:
                workers = _children(proc.pid)
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.01)
    finally:
        if proc.poll() is None and committed == 0:
            proc.kill()
        proc.wait()
    output = (tmp_path / "ingest.out").read_text("utf-8", "replace")
    assert proc.returncode == -signal.SIGKILL, (
        f"the ingest ended ({proc.returncode}) before it could be killed between batches: "
        f"give it more files\n{output}"
    )
    registry.close()
    assert workers, "the parsing runs in a worker process, even with --workers 1"
    _wait_ended(workers)

    reopened = open_registry()
    counts = _consistent(reopened)
    assert 0 < counts["documents"] < len(files)
    assert counts["documents"] % 50 == 0, "whole batches only"

    summary = run_ingest(reopened, files)
    assert summary.skipped == counts["documents"]
    assert summary.added == len(files) - counts["documents"] - len(summary.failed)
    final = _consistent(reopened)
    want = expected_counts(files)
    assert final["documents"] == len(files) - len(summary.failed) == want["documents"]
    assert {k: final[k] for k in want} == want
    assert final["failures"] == 0


# --- 7. readers during an ingest --------------------------------------------------------------


def test_readers_keep_working_during_ingest(
    db_url: str, open_registry: Callable[..., Registry], corpus: Path, tmp_path: Path
) -> None:
    registry = open_registry()
    run_ingest(registry, [EXAMPLES])
    proc = cli_subprocess(db_url, ga78_first(corpus, KILL_FILES), tmp_path / "ingest.out")
    reads = during = 0
    try:
        while proc.poll() is None:
            hits = queries.search(registry, "Eurasian", language="en")
            doc = queries.show(registry, "A/RES/80/123", "ru")
            assert hits and doc is not None and doc.language == "ru"
            queries.search(registry, "resolution", limit=5)
            reads += 1
            during += proc.poll() is None
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    output = (tmp_path / "ingest.out").read_text("utf-8", "replace")
    assert proc.returncode == 0, output
    assert during >= 5, f"only {during} reads while the ingest ran"
    assert queries.counts(registry)["documents"] == 18 + KILL_FILES


# --- 8. corrupt files -------------------------------------------------------------------------


def test_corrupt_files_are_reported_and_cleared(
    registry: Registry, db_url: str, corpus: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("resolution", "draft_resolution", "request_letter"):
        shutil.copy(EXAMPLES / "en" / f"{name}.txt", folder / f"{name}.txt")
    pdf = corpus / "ga80" / "pdf" / "A_80_L.20.pdf"
    bad = {
        folder / "empty.txt": b"",
        folder / "truncated.pdf": pdf.read_bytes()[:2000],
        folder / "random.pdf": secrets.token_bytes(5000),
    }
    for path, content in bad.items():
        path.write_bytes(content)
    want = {str(p) for p in bad}

    summary = run_ingest(registry, [folder])
    assert {s for s, _ in summary.failed} == want
    assert all(error for _, error in summary.failed)
    assert summary.added == 3
    assert {f["source"] for f in registry.failures()} == want
    counts = queries.counts(registry)
    assert (counts["documents"], counts["failures"]) == (3, 3)

    result = CliRunner().invoke(cli_main, ["ingest", str(folder), "--db", db_url])
    assert result.exit_code == 1
    for source in want:
        assert f"failed: {source}" in result.stdout

    (folder / "empty.txt").write_bytes((EXAMPLES / "fr" / "resolution.txt").read_bytes())
    (folder / "truncated.pdf").write_bytes(pdf.read_bytes())
    summary = run_ingest(registry, [folder])
    assert [s for s, _ in summary.failed] == [str(folder / "random.pdf")]
    assert summary.added == 2
    assert [f["source"] for f in registry.failures()] == [str(folder / "random.pdf")]
    assert queries.counts(registry)["documents"] == 5


# --- 9. Dask ----------------------------------------------------------------------------------


def test_dask_engine_gives_the_same_counts(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed")
    with Registry(sqlite_url(tmp_path, "local.db")) as local:
        run_ingest(local, [EXAMPLES])
        want = queries.counts(local)
    with Registry(sqlite_url(tmp_path, "dask.db")) as dask:
        summary = run_ingest(dask, [EXAMPLES], engine="dask", scheduler="local", workers=2)
        assert (summary.added, summary.failed) == (18, [])
        assert queries.counts(dask) == want


# --- 10. the CLI ------------------------------------------------------------------------------


def _json(result: Any) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_cli_end_to_end(db_url: str) -> None:
    runner = CliRunner()
    done = _json(runner.invoke(cli_main, ["ingest", "--db", db_url, str(EXAMPLES), "--json"]))
    assert (done["files"], done["added"], done["failed"]) == (18, 18, [])

    docs = _json(runner.invoke(cli_main, ["documents", "--db", db_url, "--json"]))["documents"]
    assert {(d["symbol"], d["language"]) for d in docs} == {
        (s, lang) for s in EXAMPLE_SYMBOLS for lang in LANGS
    }

    found = _json(runner.invoke(cli_main, ["search", "Eurasian", "--db", db_url, "--json"]))
    assert found["query"] == "Eurasian" and found["results"]
    assert {r["symbol"] for r in found["results"]} <= set(EXAMPLE_SYMBOLS)
    assert all("[Eurasian]" in r["snippet"] for r in found["results"])

    refs = _json(runner.invoke(cli_main, ["refs", "A/RES/79/10", "--db", db_url, "--json"]))
    assert refs["symbol"] == "A/RES/79/10" and len(refs["cited_by"]) == 18

    out = _json(runner.invoke(cli_main, ["mandates", "--session", "82", "--db", db_url, "--json"]))
    assert len(out["mandates"]) == 6
    for m in out["mandates"]:
        assert {"type", "addressee", "session", "title", "parent", "source"} <= set(m)
        assert set(m["source"]) == {"symbol", "paragraph", "document", "doc_type"}
        assert m["session"] == 82 and m["source"]["symbol"] in EXAMPLE_SYMBOLS

    missing = runner.invoke(cli_main, ["show", "NOPE", "--db", db_url])
    assert missing.exit_code != 0
    assert isinstance(missing.exception, SystemExit)
    lines = missing.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mandata: error: ")


@pytest.mark.parametrize("command", [["documents"], ["show", "A/RES/80/123"], ["ingest", "x"]])
def test_cli_unreachable_database_is_one_line(command: list[str], tmp_path: Path) -> None:
    url = "postgresql+psycopg://postgres@127.0.0.1:1/x"
    args = [*command, "--db", url]
    if command[0] == "ingest":
        args = ["ingest", str(EXAMPLES / "en" / "resolution.txt"), "--db", url]
    result = CliRunner().invoke(cli_main, args)
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mandata: error: "), result.stderr
    assert "Traceback" not in result.output


def test_a_search_without_filters_ranks_like_one_with_them(registry: Registry) -> None:
    """A search with no filter ranks the index's rows alone and joins the page's paragraphs
    (#15): the same hits, in the same order, as the join of every match."""
    run_ingest(registry, [EXAMPLES])
    source, match, _, order = registry.search_index.select()
    joined = (
        f"SELECT p.pid, d.id FROM {source} JOIN documents d ON d.id = p.document_id "
        f"WHERE {match} ORDER BY {order}, p.id LIMIT :limit OFFSET :offset"
    )
    queries_ = ["resolution", "Secretary-General report", "décide", "asamblea general", "докладе"]
    queries_ += ["大会", "الأمين العام", "peace security", "session"]
    found = 0
    for query in queries_:
        q = registry.search_index.match(query_terms(query, None))
        for limit, offset in ((5, 0), (3, 2), (50, 0)):
            hits = queries.search(registry, query, limit=limit, offset=offset)
            want = registry.execute(joined, q=q, limit=limit, offset=offset)
            assert [(h.paragraph, h.document) for h in hits] == [
                (r["pid"], r["id"]) for r in want
            ], query
            found += len(hits)
    assert found > 50


@pytest.mark.parametrize("language", [None, "en"])
def test_a_search_ranks_a_bounded_pool_of_matches(
    registry: Registry, monkeypatch: pytest.MonkeyPatch, language: str | None
) -> None:
    """At most SEARCH_POOL matches are ranked (#15): the first the index finds, in the order
    the paragraphs were stored; the page is the best of them by the same rank as the join of
    every match; a page past the pool widens it."""
    run_ingest(registry, [EXAMPLES])
    source, match, _, order = registry.search_index.select()
    where = "d.language = 'en'" if language else "1=1"
    joined = (
        f"SELECT p.id, p.pid, d.id AS document FROM {source} JOIN documents d "
        f"ON d.id = p.document_id WHERE {match} AND {where} ORDER BY {order}, p.id"
    )
    monkeypatch.setattr(queries, "SEARCH_POOL", 4)
    checked = 0
    for query in ("resolution", "United Nations", "session"):
        q = registry.search_index.match(query_terms(query, None))
        ranked = registry.execute(joined, q=q)
        assert len(ranked) > 8, query  # more matches than the pool: the bound is what is tested
        for limit, offset in ((2, 0), (3, 1), (3, 5)):
            pool = sorted(r["id"] for r in ranked)[: max(4, limit + offset)]
            want = [(r["pid"], r["document"]) for r in ranked if r["id"] in pool]
            hits = queries.search(registry, query, limit=limit, offset=offset, language=language)
            assert [(h.paragraph, h.document) for h in hits] == want[offset : offset + limit]
            checked += len(hits)
    assert checked == 3 * (2 + 3 + 3)


def test_storing_no_documents_writes_nothing(registry: Registry) -> None:
    """An empty batch is no transaction's business: no row of NULLs in the sources (PostgreSQL
    refused it; SQLite stored it)."""
    assert registry.store_many([]) == []
    assert registry.execute("SELECT COUNT(*) AS n FROM sources")[0]["n"] == 0
    run_ingest(registry, [EXAMPLES / "en"])
    assert registry.store_many([]) == []
    assert queries.counts(registry)["documents"] == len(list(iter_paths([EXAMPLES / "en"])))
