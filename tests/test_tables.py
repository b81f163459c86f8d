"""export_tables: the registry as CSV and Parquet tables, on SQLite and PostgreSQL.

The eighteen examples are ingested once per backend (a SQLite file, or a PostgreSQL database of
the module's own, made and dropped by ``test_registry.pg_database``) and exported in both formats;
the tests only read that export. Tests that write get a database of their own. The PostgreSQL half
is skipped with a reason when no server answers (``MANDATA_TEST_PG``), the corpus test when the
corpus is absent.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from conftest import EXAMPLES
from mandata.errors import MandataError
from mandata.registry import tables
from mandata.registry.store import Registry
from mandata.registry.tables import FORMATS, SCHEMAS, TABLES, ExportError, export_tables
from test_registry import LANGS, expected_counts, pg_database, run_ingest, sqlite_url

RESOLUTION = "A/RES/80/123"


@dataclass(frozen=True)
class Exported:
    """A registry, and its tables exported in both formats into ``out / fmt``."""

    registry: Registry
    out: Path
    counts: dict[str, dict[str, int]]

    def path(self, fmt: str, table: str) -> Path:
        return self.out / fmt / f"{table}.{fmt}"

    def csv(self, table: str) -> list[dict[str, str]]:
        return read_csv(self.path("csv", table))

    def parquet(self, table: str) -> list[dict[str, Any]]:
        return pq.read_table(self.path("parquet", table)).to_pylist()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def as_csv(value: Any) -> str:
    """A Parquet value as the CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return str(value)


def registry_counts(registry: Registry) -> dict[str, int]:
    return {t: int(registry.execute(f'SELECT COUNT(*) AS n FROM "{t}"')[0]["n"]) for t in TABLES}


def export_both(registry: Registry, out: Path) -> Exported:
    counts: dict[str, dict[str, int]] = {
        fmt: export_tables(registry, out / fmt, fmt) for fmt in FORMATS
    }
    return Exported(registry, out, counts)


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of the test's own on each backend."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
    else:
        with pg_database() as url:
            yield url


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def examples(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Exported]:
    """The examples ingested on one backend and exported as CSV and Parquet (read-only)."""
    with ExitStack() as stack:
        if request.param == "sqlite":
            url = sqlite_url(tmp_path_factory.mktemp("db"))
        else:
            url = stack.enter_context(pg_database())
        registry = stack.enter_context(Registry(url))
        summary = run_ingest(registry, [EXAMPLES])
        assert (summary.added, summary.failed) == (18, [])
        yield export_both(registry, tmp_path_factory.mktemp("tables"))


def rows_of(rows: list[dict[str, Any]], **wanted: Any) -> list[dict[str, Any]]:
    return [r for r in rows if all(r[k] == v for k, v in wanted.items())]


def example_paragraph(lang: str, number: str) -> str:
    """Operative paragraph ``number`` of the example resolution as printed, its sub-paragraphs
    on lines of their own (Arabic: "٣ - ..." then "(أ) ...")."""
    lines = (EXAMPLES / lang / "resolution.txt").read_text("utf-8").splitlines()
    start = next(k for k, line in enumerate(lines) if line.startswith(f"{number} - "))
    text = [lines[start].removeprefix(f"{number} - ")]
    for line in lines[start + 1 :]:
        if line.startswith("("):
            text.append(line)
        elif line:
            break
    return "\n".join(text)


# --- the examples on both backends --------------------------------------------------------------


def test_row_counts_are_the_registry_counts(examples: Exported) -> None:
    want = registry_counts(examples.registry)
    assert want == expected_counts([EXAMPLES])
    assert examples.counts == {"csv": want, "parquet": want}
    for table in TABLES:
        assert len(examples.csv(table)) == want[table]
        assert pq.read_metadata(examples.path("parquet", table)).num_rows == want[table]
    documents = examples.csv("documents")
    for table in ("paragraphs", "references", "mandates"):
        column = f"{table.rstrip('s')}_count"
        assert sum(int(d[column]) for d in documents) == want[table]


def test_files_have_the_declared_columns(examples: Exported) -> None:
    for table in TABLES:
        header = examples.path("csv", table).read_bytes().split(b"\r\n", 1)[0]
        assert header.decode("ascii").split(",") == SCHEMAS[table].names  # no BOM
        schema = pq.read_schema(examples.path("parquet", table)).remove_metadata()
        assert schema.equals(SCHEMAS[table])
    # null throughout in the examples, yet typed string (not the null type pyarrow would guess)
    mandates = pq.read_table(examples.path("parquet", "mandates"))
    assert mandates["periodicity"].null_count == mandates.num_rows
    # a report's subject is read in six languages (#21 item 10); the other mandates have none
    assert 0 < mandates["subject"].null_count < mandates.num_rows
    for column in ("subject", "periodicity"):
        assert mandates.schema.field(column).type == "string"


def test_documents_table(examples: Exported) -> None:
    rows = examples.parquet("documents")
    assert {(r["symbol"], r["language"]) for r in rows} == {
        (s, lang) for s in ("A/80/191", "A/80/L.40", RESOLUTION) for lang in LANGS
    }
    (ar,) = rows_of(rows, symbol=RESOLUTION, language="ar")
    assert ar["doc_key"] == f"{RESOLUTION}|ar"
    assert (ar["doc_type"], ar["body"], ar["session"]) == ("resolution", "GA", 80)
    assert (ar["date"], ar["adopted"]) == ("2025-12-05", "2025-12-01")
    assert ar["title"] == "التعاون بين الأمم المتحدة والاتحاد الاقتصادي الأوراسي"
    assert ar["source"].endswith("ar/resolution.txt") and len(ar["content_hash"]) == 64
    assert ar["ingested_at"].tzinfo is not None
    assert (ar["paragraph_count"], ar["mandate_count"]) == (13, 4)
    # From the stored JSON: the letter is a Russian original, the draft an English one.
    originals = {(r["symbol"], r["original_language"]) for r in rows}
    assert originals == {("A/80/191", "ru"), ("A/80/L.40", "en"), (RESOLUTION, None)}


def test_arabic_text_survives_byte_exact(examples: Exported) -> None:
    """Operative paragraph 7 has straight quotes, 3 has sub-paragraphs on lines of their own."""
    stored = {
        r["pid"]: r["text"]
        for r in examples.registry.execute(
            "SELECT p.pid, p.text FROM paragraphs p JOIN documents d ON d.id = p.document_id "
            "WHERE d.symbol = :symbol AND d.language = 'ar' ORDER BY p.position",
            symbol=RESOLUTION,
        )
    }
    op7, op3 = example_paragraph("ar", "٧"), example_paragraph("ar", "٣")
    assert '"التعاون بين الأمم المتحدة والاتحاد الاقتصادي الأوراسي"' in op7
    assert op3.count("\n") == 3 and "\n(ب) " in op3
    assert (stored["op7"], stored["op3"]) == (op7, op3)
    for rows in (examples.csv("paragraphs"), examples.parquet("paragraphs")):
        mine = rows_of(rows, symbol=RESOLUTION, language="ar")
        assert [r["pid"] for r in mine] == list(stored)
        by_pid = {r["pid"]: r for r in mine}
        assert (by_pid["op7"]["text"], by_pid["op3"]["text"]) == (op7, op3)
        assert by_pid["op7"]["action"] == "decide" and by_pid["op7"]["kind"] == "operative"
    raw = examples.path("csv", "paragraphs").read_bytes()
    assert ('"' + op7.replace('"', '""') + '"').encode("utf-8") in raw
    assert ('"' + op3 + '"').encode("utf-8") in raw


def test_paragraph_phrase_and_modifier(examples: Exported) -> None:
    rows = rows_of(examples.parquet("paragraphs"), symbol=RESOLUTION, language="en")
    assert [r["position"] for r in rows] == list(range(len(rows)))
    (pp4,) = rows_of(rows, pid="pp4")
    assert (pp4["phrase"], pp4["action"], pp4["modifier"]) == (
        "Noting with appreciation",
        "note",
        "with appreciation",
    )
    assert pp4["text"].startswith("Noting with appreciation the efforts")
    (op1,) = rows_of(rows, pid="op1")
    assert (op1["number"], op1["action"]) == ("1", "take_note")


def test_references_to_the_cited_resolution(examples: Exported) -> None:
    """The resolution recalls resolution 79/10 (not in the registry: unresolved)."""
    for rows, unresolved in (
        (examples.csv("references"), "false"),
        (examples.parquet("references"), False),
    ):
        cited = rows_of(rows, symbol=RESOLUTION, target="A/RES/79/10")
        assert sorted(r["language"] for r in cited) == LANGS
        for row in cited:
            assert (row["type"], row["paragraph"], row["date"], row["resolved"]) == (
                "ga_resolution",
                "pp2",
                "2024-11-18",
                unresolved,
            )
    sc = rows_of(
        examples.parquet("references"), symbol=RESOLUTION, language="zh", type="sc_resolution"
    )
    assert [(r["target"], r["date"], r["resolved"]) for r in sc] == [
        ("S/RES/1631 (2005)", "2005-10-17", False)
    ]


def test_mandates_report_and_agenda_item(examples: Exported) -> None:
    rows = examples.parquet("mandates")
    reports = rows_of(rows, symbol=RESOLUTION, type="report")
    assert sorted(r["language"] for r in reports) == LANGS
    for row in reports:
        assert (row["addressee"], row["session"], row["paragraph"]) == (
            "un:secretary-general",
            82,
            "op6",
        )
    (item,) = rows_of(rows, symbol=RESOLUTION, type="agenda_item", language="en")
    assert (item["session"], item["paragraph"], item["title"], item["parent"]) == (
        82,
        "op7",
        "Cooperation between the United Nations and the Eurasian Economic Union",
        "Cooperation between the United Nations and regional and other organizations",
    )
    (in_csv,) = rows_of(examples.csv("mandates"), symbol=RESOLUTION, type="report", language="ru")
    assert (in_csv["session"], in_csv["periodicity"]) == ("82", "")


def test_csv_and_parquet_give_the_same_rows(examples: Exported) -> None:
    for table in TABLES:
        from_parquet = [{k: as_csv(v) for k, v in r.items()} for r in examples.parquet(table)]
        assert from_parquet == examples.csv(table)


# --- writing ------------------------------------------------------------------------------------


def test_empty_registry_gives_typed_empty_tables(tmp_path: Path) -> None:
    with Registry(sqlite_url(tmp_path)) as registry:
        exported = export_both(registry, tmp_path / "not" / "yet" / "there")
    assert exported.counts == {fmt: dict.fromkeys(TABLES, 0) for fmt in FORMATS}
    for table in TABLES:
        header = exported.path("csv", table).read_bytes()
        assert header == ",".join(SCHEMAS[table].names).encode("ascii") + b"\r\n"
        parquet = pq.read_table(exported.path("parquet", table))
        assert parquet.num_rows == 0
        assert parquet.schema.remove_metadata().equals(SCHEMAS[table])
    assert sorted(p.name for p in (exported.out / "csv").iterdir()) == sorted(
        f"{t}.csv" for t in TABLES
    )


def test_out_is_a_file(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    out.write_text("keep me", "utf-8")
    with Registry(sqlite_url(tmp_path)) as registry:
        for fmt in FORMATS:
            with pytest.raises(ExportError, match="is a file") as err:
                export_tables(registry, out, fmt)
            assert isinstance(err.value, MandataError) and "\n" not in str(err.value)
    assert out.read_text("utf-8") == "keep me"


def test_export_replaces_its_tables(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    out.mkdir()
    (out / "documents.csv").write_text("old", "utf-8")
    (out / "notes.txt").write_text("mine", "utf-8")
    with Registry(sqlite_url(tmp_path)) as registry:
        run_ingest(registry, [EXAMPLES / "en"])
        assert export_tables(registry, out, "csv")["documents"] == 3
    assert len(read_csv(out / "documents.csv")) == 3
    assert (out / "notes.txt").read_text("utf-8") == "mine"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [*(f"{t}.csv" for t in TABLES), "notes.txt"]
    )


def test_tables_agree_while_an_ingest_writes(
    fresh_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Documents added between the export of documents and of paragraphs are in neither."""
    with Registry(fresh_url) as registry, Registry(fresh_url) as writer:
        run_ingest(registry, [EXAMPLES / "en"])
        before = registry_counts(registry)
        paragraph_rows = tables._ROWS["paragraphs"]

        def ingest_then_read(conn: Any) -> Iterator[tuple[Any, ...]]:
            assert run_ingest(writer, [EXAMPLES / "fr"]).added == 3
            yield from paragraph_rows(conn)

        monkeypatch.setitem(tables._ROWS, "paragraphs", ingest_then_read)
        counts = export_tables(registry, tmp_path / "out", "parquet")
        assert counts == before
        assert registry_counts(registry)["documents"] == 6


# --- the corpus ---------------------------------------------------------------------------------


def test_corpus_ga80_counts(fresh_url: str, tmp_path: Path, corpus: Path) -> None:
    """The last fifty ga80 resolutions (some cite others of them, 80/226 and 80/242): the tables
    hold what the parser found, and a reference is resolved when its target is stored."""
    paths = sorted(
        (corpus / "ga80").glob("A_RES_80_*.txt"), key=lambda p: int(p.stem.rsplit("_", 1)[1])
    )[-50:]
    with Registry(fresh_url) as registry:
        summary = run_ingest(registry, paths)
        assert (summary.added, summary.failed) == (50, [])
        exported = export_both(registry, tmp_path / "tables")
        want = registry_counts(registry)
    assert want == expected_counts(paths)
    assert exported.counts == {"csv": want, "parquet": want}
    documents = exported.parquet("documents")
    symbols = {d["symbol"] for d in documents}
    references = exported.parquet("references")
    assert all(r["resolved"] == (r["target"] in symbols) for r in references)
    assert any(r["resolved"] for r in references)
    paragraphs = exported.parquet("paragraphs")
    per_document: dict[str, int] = {}
    for row in paragraphs:
        per_document[row["doc_key"]] = per_document.get(row["doc_key"], 0) + 1
    assert per_document == {
        d["doc_key"]: d["paragraph_count"] for d in documents if d["paragraph_count"]
    }
    assert len(exported.csv("paragraphs")) == len(paragraphs) == want["paragraphs"]
