"""``mandata fetch`` against a local server that plays ODS, the Digital Library, the UN XML
repositories and IGov (tests/fetchserver.py): no test touches the network."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fetchserver import (
    Reply,
    Server,
    akn,
    env,
    example,
    html_error,
    igov_decisions,
    json_reply,
    make_docx,
    make_pdf,
    marc_page,
    marc_record,
    pdf_reply,
    serve_listing,
    serve_ods,
    serve_record,
    xml_reply,
)
from mandata.cli import main
from mandata.fetch import igov, ods, undl

LANGS = ("ar", "en", "es", "fr", "ru", "zh")
RES = "A/RES/80/123"
TITLE = "Cooperation between the United Nations and the Eurasian Economic Union"


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.close()


def fetch(server: Server, *args: str, delay: float = 0.0, **extra: str) -> Result:
    """``mandata fetch ARGS`` in this process, pointed at ``server``."""
    return CliRunner().invoke(main, ["fetch", *args], env=env(server, delay, **extra))


def manifest(store: Path) -> list[dict]:
    return [json.loads(line) for line in (store / "manifest.jsonl").read_text().splitlines()]


def documents(store: Path) -> list[dict]:
    return [e for e in manifest(store) if e["kind"] == "document"]


def res_record(server: Server) -> str:
    record = marc_record(4090001, RES, TITLE, drafts=("A/80/L.40", "A/80/L.40/Add.1"),
                         meeting="A/80/PV.52", votes=(120, 3, 40))  # fmt: skip
    return serve_record(server, record, RES)


# -- by symbol ---------------------------------------------------------------------------


def test_six_languages_by_symbol_stored_by_hash_with_provenance(
    server: Server, tmp_path: Path
) -> None:
    res_record(server)
    bodies = {code: make_docx(example(code)) for code in LANGS}
    finals = {code: serve_ods(server, RES, code, body, "docx") for code, body in bodies.items()}
    store = tmp_path / "store"
    result = fetch(server, RES, "--lang", "all", "--format", "docx", "--into", str(store))
    assert result.exit_code == 0, result.output
    assert "6 fetched, 0 already there, 0 failed" in result.output
    entries = documents(store)
    assert sorted(e["language"] for e in entries) == sorted(LANGS)
    for entry in entries:
        body = bodies[entry["language"]]
        digest = hashlib.sha256(body).hexdigest()
        assert entry["sha256"] == digest
        assert (store / "objects" / digest[:2] / digest).read_bytes() == body
        assert (store / entry["path"]).read_bytes() == body
        assert entry["path"] == f"{entry['language']}/A_RES_80_123.docx"
        assert entry["service"] == "ods" and entry["status"] == 200
        assert entry["url"] == ods.file_url(server.url, RES, entry["language"], "docx")
        assert entry["final_url"] == finals[entry["language"]]  # the redirect was followed
        assert entry["content_type"].endswith("wordprocessingml.document")
        related = {r["symbol"]: r["kind"] for r in entry["metadata"]["related"]}
        assert related == {
            "A/80/L.40": "draft",
            "A/80/L.40/Add.1": "draft",
            "A/80/PV.52": "meeting",
        }
        assert entry["metadata"]["votes"] == {
            "text": "Recorded vote",
            "yes": 120,
            "no": 3,
            "abstentions": 40,
            "total": 193,
        }
    agent = server.log[0].headers["User-Agent"]
    assert agent.startswith("mandata/") and "mandata-tests@example.org" in agent
    assert server.log[0].headers["From"] == "mandata-tests@example.org"


def test_a_second_run_downloads_nothing_again(server: Server, tmp_path: Path) -> None:
    res_record(server)
    for code in ("en", "fr"):
        serve_ods(server, RES, code, make_pdf(example(code)))
    store = str(tmp_path / "store")
    assert fetch(server, RES, "--lang", "en,fr", "--into", store, "--format", "pdf").exit_code == 0
    before = len(server.log)
    again = fetch(server, RES, "--lang", "en,fr", "--into", store, "--format", "pdf")
    assert again.exit_code == 0
    assert "0 fetched, 2 already there, 0 failed (0 requests" in again.output
    assert len(server.log) == before


def test_the_xml_is_preferred_and_found_through_the_listing(server: Server, tmp_path: Path) -> None:
    symbol = "A/RES/79/10"
    serve_record(server, marc_record(4070001, symbol, "Cooperation with the CSTO"), symbol)
    serve_listing(server, "GAresolutions", "79session", "en", {
        "A_RES_79_1-2416433E.xml": akn("A/RES/79/1", "en"),
        "A_RES_79_10-2421660E.xml": akn(symbol, "en", "first issue"),
        "A_RES_79_10-2421660E_reissue.xml": akn(symbol, "en", "reissued"),
        "A_RES_79_10-2421660E - Copy.xml": akn(symbol, "en", "a stray copy"),
        "A_RES_79_100-2423545E.xml": akn("A/RES/79/100", "en"),
    })  # fmt: skip
    serve_listing(server, "GAresolutions", "79session", "fr", {})  # no French XML yet
    serve_ods(server, symbol, "fr", make_pdf("Résolution 79/10"))
    store = tmp_path / "store"
    result = fetch(server, symbol, "--lang", "en,fr", "--into", str(store))
    assert result.exit_code == 0, result.output
    by_lang = {e["language"]: e for e in documents(store)}
    assert by_lang["en"]["service"] == "unxml" and by_lang["en"]["path"] == "en/A_RES_79_10.xml"
    assert b"reissued" in (store / "en/A_RES_79_10.xml").read_bytes()
    assert by_lang["fr"]["service"] == "ods" and by_lang["fr"]["format"] == "pdf"


def test_xml_only_says_why_there_is_none(server: Server, tmp_path: Path) -> None:
    result = fetch(server, "A/80/L.40", "--format", "xml", "--into", str(tmp_path), "--no-metadata")
    assert result.exit_code == 1
    assert "failed: A/80/L.40 [en]: no source" in result.output


# -- by session, with paging --------------------------------------------------------------


def session_pages(
    server: Server, symbols: list[str], size: int, extra: str | None = None
) -> list[str]:
    """The Digital Library's pages of a session's resolutions; their URLs."""
    records = [marc_record(4000000 + n, s, f"Resolution {s}") for n, s in enumerate(symbols)]
    if extra:  # a loose match the series leaves out
        records.insert(1, marc_record(3999999, extra, "A draft the search also matched"))
    total = len(records)
    urls = []
    query = undl.series_query(79, "res")
    for start in range(1, total + 1, size):
        url = undl.search_url(server.url, query, size, start)
        server.route(
            url, xml_reply(marc_page(records[start - 1 : start - 1 + size], total, server.url))
        )
        urls.append(url)
    return urls


def test_session_enumerated_page_by_page(server: Server, tmp_path: Path) -> None:
    symbols = [f"A/RES/79/{n}" for n in range(1, 6)]
    pages = session_pages(server, symbols, 2, extra="A/79/L.3")
    for symbol in symbols:
        serve_ods(server, symbol, "en", make_pdf(f"Resolution {symbol}"))
    store = tmp_path / "store"
    result = fetch(server, "--session", "79", "--series", "res", "--format", "pdf",
                   "--page-size", "2", "--into", str(store))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [len(server.hits(u)) for u in pages] == [1, 1, 1]  # jrec 1, 3 and 5, each once
    assert sorted(e["symbol"] for e in documents(store)) == sorted(symbols)
    asked = " ".join(server.targets())
    assert "A%2FRES%2F79%2F6" not in asked and "L.3" not in asked  # no counting, no loose match
    searches = [e for e in manifest(store) if e["key"].startswith("undl:search:")]
    assert len(searches) == 3  # the pages are kept too, with their provenance


def test_decisions_from_igov(server: Server, tmp_path: Path) -> None:
    server.route(igov.session_url(server.url, 79), json_reply(igov_decisions(79)))
    store = tmp_path / "store"
    result = fetch(server, "--session", "79", "--series", "decisions", "--into", str(store))
    assert result.exit_code == 0, result.output
    texts = {e["metadata"]["decision"]: store / e["path"] for e in documents(store)}
    assert set(texts) == {"79/401", "79/502"}
    first = texts["79/401"].read_text()
    assert "Appointment of the members of the Credentials Committee" in first
    assert "Agenda item 3(a)" in first and "10 September 2024" in first
    from mandata.parse import parse_file

    parsed = parse_file(texts["79/401"])
    assert (
        parsed.session == 79
        and parsed.title == "Appointment of the members of the Credentials Committee"
    )
    assert any(e["kind"] == "decisions" and e["service"] == "igov" for e in manifest(store))


def test_igov_session_labels() -> None:
    labels = [igov.session_label(n) for n in (1, 2, 3, 11, 12, 13, 21, 22, 79, 80, 101, 111)]
    assert [label.split()[0] for label in labels] == [
        "1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "22nd", "79th", "80th", "101st", "111th",
    ]  # fmt: skip


# -- by citation ----------------------------------------------------------------------------


def test_cites_follows_the_references_one_level(server: Server, tmp_path: Path) -> None:
    serve_ods(server, RES, "en", make_pdf(example("en")))
    # the resolutions it cites, the report (op1) and the request letter (in a footnote)
    cited = ["A/RES/79/10", "A/RES/70/1", "S/RES/1631 (2005)", "A/80/304", "A/80/191"]
    for symbol in cited:
        # each cited text cites something else, which must not be fetched (one level)
        serve_ods(server, symbol, "en", make_pdf(f"{symbol}\nRecalling its resolution 60/1,"))
    store = tmp_path / "store"
    result = fetch(server, "--cites", RES, "--format", "pdf", "--no-metadata", "--into", str(store))
    assert result.exit_code == 0, result.output
    assert sorted(e["symbol"] for e in documents(store)) == sorted([RES, *cited])
    assert "60%2F1" not in " ".join(server.targets())


# -- politeness -------------------------------------------------------------------------------


def test_the_pause_between_calls_is_kept(server: Server, tmp_path: Path) -> None:
    symbols = [f"A/80/L.{n}" for n in range(1, 5)]
    for symbol in symbols:
        serve_ods(server, symbol, "en", make_pdf(symbol))
    result = fetch(server, *symbols, "--format", "pdf", "--no-metadata",
                   "--into", str(tmp_path), delay=0.3)  # fmt: skip
    assert result.exit_code == 0, result.output
    arrivals = [h.at for h in server.log]
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert len(gaps) == 7  # four redirects and four files, each hop a call of its own
    assert min(gaps) >= 0.3, gaps


def test_429_retry_after_is_honoured(server: Server, tmp_path: Path) -> None:
    url = ods.file_url(server.url, "A/80/L.9", "en", "pdf")
    server.route(
        url, Reply(429, b"slow down", {"Retry-After": "1"}), pdf_reply(make_pdf("A/80/L.9"))
    )
    result = fetch(server, "A/80/L.9", "--format", "pdf", "--no-metadata", "--into", str(tmp_path))
    assert result.exit_code == 0, result.output
    first, second = server.hits(url)
    assert second.at - first.at >= 1.0


def test_failures_are_retried_then_one_line_each(server: Server, tmp_path: Path) -> None:
    broken = ods.file_url(server.url, "A/80/L.7", "en", "pdf")
    server.route(broken, Reply(503, b"down"))
    serve_ods(server, "A/80/L.8", "en", make_pdf("A/80/L.8"))
    result = fetch(server, "A/80/L.7", "A/80/L.8", "--format", "pdf", "--no-metadata",
                   "--into", str(tmp_path))  # fmt: skip
    assert result.exit_code == 1
    assert len(server.hits(broken)) == 3  # MANDATA_FETCH_RETRIES=2: three tries
    failed = [line for line in result.output.splitlines() if "failed:" in line]
    assert len(failed) == 1
    assert "A/80/L.7 [en]: ODS:" in failed[0] and "HTTP 503 (gave up after 3 tries)" in failed[0]
    assert "1 fetched" in result.output and "Traceback" not in result.output


def test_a_slow_answer_times_out_and_is_retried(server: Server, tmp_path: Path) -> None:
    url = ods.file_url(server.url, "A/80/L.6", "en", "pdf")
    server.route(url, Reply(200, make_pdf("late"), delay=1.5), pdf_reply(make_pdf("A/80/L.6")))
    never = ods.file_url(server.url, "A/80/L.5", "en", "pdf")
    server.route(never, Reply(200, make_pdf("late"), delay=1.5))
    result = fetch(server, "A/80/L.6", "A/80/L.5", "--format", "pdf", "--no-metadata",
                   "--into", str(tmp_path), MANDATA_FETCH_TIMEOUT="0.5", MANDATA_FETCH_RETRIES="1")  # fmt: skip
    assert result.exit_code == 1
    assert len(server.hits(url)) == 2 and "1 fetched" in result.output
    assert (
        "A/80/L.5 [en]: ODS:" in result.output and "timed out (no answer in 0.5 s)" in result.output
    )


def test_a_truncated_body_is_refused(server: Server, tmp_path: Path) -> None:
    body = make_pdf("A/80/L.4")
    url = ods.file_url(server.url, "A/80/L.4", "en", "pdf")
    server.route(
        url, Reply(200, body[:200], {"Content-Type": "application/pdf"}, declared=len(body))
    )
    result = fetch(server, "A/80/L.4", "--format", "pdf", "--no-metadata", "--into", str(tmp_path))
    assert result.exit_code == 1
    assert "A/80/L.4 [en]: ODS:" in result.output and "truncated body" in result.output
    assert not list((tmp_path / "objects").rglob("*"))


def test_an_html_page_instead_of_a_pdf_is_refused(server: Server, tmp_path: Path) -> None:
    server.route(ods.file_url(server.url, "A/80/L.3", "en", "pdf"), html_error())
    result = fetch(server, "A/80/L.3", "--format", "pdf", "--no-metadata", "--into", str(tmp_path))
    assert result.exit_code == 1
    line = next(line for line in result.output.splitlines() if "failed:" in line)
    assert line.strip() == (
        "failed: A/80/L.3 [en]: ODS: an HTML page (text/html) instead of a PDF; "
        "Digital Library: not found"
    )
    assert not (tmp_path / "en").exists()


def test_wrong_xml_is_refused(server: Server, tmp_path: Path) -> None:
    serve_listing(server, "GAresolutions", "79session", "en",
                  {"A_RES_79_2-2418680E.xml": b"<?xml version='1.0'?><html-ish><p>no</p></html-ish>"})  # fmt: skip
    result = fetch(
        server, "A/RES/79/2", "--format", "xml", "--no-metadata", "--into", str(tmp_path)
    )
    assert result.exit_code == 1
    assert "UN XML: XML that is not Akoma Ntoso (its root is <html-ish>)" in result.output


def test_404s_are_remembered(server: Server, tmp_path: Path) -> None:
    url = ods.file_url(server.url, "A/80/L.99", "en", "pdf")
    args = ("A/80/L.99", "--format", "pdf", "--no-metadata", "--into", str(tmp_path))
    assert fetch(server, *args).exit_code == 1
    again = fetch(server, *args)
    assert again.exit_code == 1 and "ODS: not found" in again.output
    assert len(server.hits(url)) == 1
    fetch(server, *args, "--refresh")
    assert len(server.hits(url)) == 2  # --refresh asks again


def test_a_bot_firewall_page_leaves_the_metadata_out(server: Server, tmp_path: Path) -> None:
    url = undl.search_url(server.url, undl.symbol_query("A/80/L.2"), 10, 1)
    server.route(url, html_error())
    serve_ods(server, "A/80/L.2", "en", make_pdf("A/80/L.2"))
    result = fetch(server, "A/80/L.2", "--format", "pdf", "--into", str(tmp_path))
    assert result.exit_code == 0
    assert "warning: A/80/L.2: no Digital Library metadata: " in result.output
    assert "an HTML page (text/html) instead of MARCXML" in result.output


def test_dry_run_asks_nothing(server: Server, tmp_path: Path) -> None:
    result = fetch(server, RES, "--lang", "en,fr", "--into", str(tmp_path / "s"), "--dry-run")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert f"GET {undl.search_url(server.url, undl.symbol_query(RES), 10, 1)}" in lines
    assert f"GET {ods.file_url(server.url, RES, 'fr', 'pdf')}" in lines
    assert f"GET {server.url}/repos/UNxml/GAresolutions/contents/80session/French" in lines
    assert len(lines) == len(set(lines)) == 5  # the record once; a listing and ODS per language
    assert server.log == [] and not (tmp_path / "s" / "manifest.jsonl").exists()


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        (
            "MANDATA_FETCH_DELAY",
            "soon",
            "setting fetch_delay must be a number of seconds, not 'soon'",
        ),
        ("MANDATA_FETCH_DELAY", "-1", "setting fetch_delay must be at least 0, not -1"),
        ("MANDATA_ODS_URL", "ftp://example.org", "setting ods_url must be an http(s) URL"),
        ("MANDATA_FETCH_RETRIES", "2.5", "setting fetch_retries must be a whole number"),
    ],
)
def test_bad_settings_give_one_line(
    server: Server, tmp_path: Path, name: str, value: str, message: str
) -> None:
    args = ["fetch", RES, "--into", str(tmp_path)]
    result = CliRunner().invoke(main, args, env=env(server) | {name: value})
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


# -- resuming -------------------------------------------------------------------------------


def test_a_killed_session_fetch_continues_where_it_stopped(server: Server, tmp_path: Path) -> None:
    symbols = [f"A/RES/79/{n}" for n in range(1, 9)]
    pages = session_pages(server, symbols, 4)
    files = {}
    for symbol in symbols:
        target = f"/doc/{symbol.replace('/', '_')}.pdf"
        server.route(
            ods.file_url(server.url, symbol, "en", "pdf"), Reply(302, b"", {"Location": target})
        )
        server.route(
            target, Reply(200, make_pdf(symbol), {"Content-Type": "application/pdf"}, delay=0.3)
        )
        files[symbol] = target
    store = tmp_path / "store"
    args = [sys.executable, "-m", "mandata.cli", "fetch", "--session", "79", "--format", "pdf",
            "--page-size", "4", "--into", str(store)]  # fmt: skip
    environment = {**os.environ, **env(server, 0.05)}
    first = subprocess.Popen(args, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(_done(store)) < 3:
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait()
    done_before = _done(store)
    assert 3 <= len(done_before) < len(symbols)
    second = subprocess.run(args, env=environment, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stdout + second.stderr
    assert f"{len(done_before)} already there" in second.stdout
    assert sorted(e["symbol"] for e in documents(store)) == sorted(symbols)
    counts = {s: len(server.hits(t)) for s, t in files.items()}
    assert all(counts[s] == 1 for s in done_before), counts  # nothing downloaded twice
    assert sum(n > 1 for n in counts.values()) <= 1  # at most the one cut by the kill
    assert [len(server.hits(u)) for u in pages] == [1, 1]  # the enumeration was not redone


def _done(store: Path) -> set[str]:
    if not (store / "manifest.jsonl").is_file():
        return set()
    lines = (store / "manifest.jsonl").read_text().splitlines()
    return {json.loads(x)["symbol"] for x in lines if x.endswith("}") and '"kind": "document"' in x}


# -- into the registry, and onto the document page ------------------------------------------


@pytest.fixture(scope="module")
def fetched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path, str, Result]]:
    """A/RES/80/123 in six languages (DOCX from the examples), fetched once with --ingest."""
    server = Server()
    tmp_path = tmp_path_factory.mktemp("fetched")
    res_record(server)
    for code in LANGS:
        serve_ods(server, RES, code, make_docx(example(code)), "docx")
    store, db = tmp_path / "store", str(tmp_path / "fetched.db")
    result = fetch(server, RES, "--lang", "all", "--format", "docx", "--into", str(store),
                   "--ingest", "--db", db)  # fmt: skip
    yield server, store, db, result
    server.close()


def test_ingest_records_where_each_document_came_from(
    fetched: tuple[Server, Path, str, Result],
) -> None:
    from mandata.registry.store import Registry

    server, _, db, result = fetched
    assert result.exit_code == 0, result.output
    assert "ingest: 6 files: 6 added" in result.output and "provenance of 6 files" in result.output
    with Registry(db) as registry:
        rows = registry.execute(
            "SELECT d.symbol, d.language, p.service, p.url, p.final_url, p.http_status, "
            "p.content_type, p.undl_record FROM documents d "
            "JOIN provenance p ON p.content_hash = d.content_hash ORDER BY d.language"
        )
    assert [r["language"] for r in rows] == sorted(LANGS)
    for row in rows:
        assert row["symbol"] == RES and row["service"] == "ods" and row["http_status"] == 200
        assert row["url"] == ods.file_url(server.url, RES, row["language"], "docx")
        assert row["final_url"].startswith(server.url + "/doc/UNDOC/GEN/")
        record = json.loads(row["undl_record"])
        assert record["title"] == TITLE and record["date"] == "2025-12-01"
        assert record["agenda"][0]["item"] == "125 t"
        assert record["subjects"] == ["INTERNATIONAL COOPERATION", "REGIONAL ORGANIZATIONS"]


def test_plain_ingest_of_a_fetch_folder_records_provenance(
    fetched: tuple[Server, Path, str, Result], tmp_path: Path
) -> None:
    from mandata.registry.store import Registry

    _, store, _, result = fetched
    assert result.exit_code == 0, result.output
    db = str(tmp_path / "plain.db")
    ingested = CliRunner().invoke(main, ["ingest", "--db", db, str(store / "fr")])
    assert ingested.exit_code == 0, ingested.output
    with Registry(db) as registry:
        rows = registry.execute(
            "SELECT d.language, p.service FROM documents d "
            "JOIN provenance p ON p.content_hash = d.content_hash"
        )
    assert rows == [{"language": "fr", "service": "ods"}]


def test_the_document_page_shows_the_source_and_the_record(
    fetched: tuple[Server, Path, str, Result],
) -> None:
    from fastapi.testclient import TestClient

    from webapp import make_app

    server, _, db, result = fetched
    assert result.exit_code == 0, result.output
    with TestClient(make_app(db)) as client:
        page = client.get("/doc/A/RES/80/123", params={"lang": "fr"})
        assert page.status_code == 200
        html = page.text
    source = html[html.index('<aside class="source"') :]
    assert "Official Document System" in source
    assert ods.file_url(server.url, RES, "fr", "docx").replace("&", "&amp;") in source
    assert f'href="{server.url}/record/4090001"' in source
    # Not in the registry: their UN addresses, not a page that would say so (#12 item 1)
    undocs = "https://undocs.org/A/80"
    assert f'Draft</dt><dd><a href="{undocs}/L.40"><bdi>A/80/L.40</bdi>' in source
    assert f'Meeting record</dt><dd><a href="{undocs}/PV.52">' in source
    assert "Recorded vote 120 in favour, 3 against, 40 abstentions" in source
    assert "item 125 t: Cooperation between the United Nations and regional" in source
    assert "INTERNATIONAL COOPERATION; REGIONAL ORGANIZATIONS" in source


def test_a_document_ingested_from_elsewhere_has_no_source_block(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from webapp import build_registry, make_app

    db = build_registry(tmp_path)
    with TestClient(make_app(db)) as client:
        html = client.get("/doc/A/RES/80/123", params={"lang": "en"}).text
    assert "Digital Library record" not in html and 'class="source"' not in html


def test_the_migration_adds_the_provenance_table_to_an_older_registry(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine, inspect

    from mandata.registry import migrate
    from mandata.registry.store import Registry

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        config = migrate._config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql("DROP TABLE provenance")  # as 0001 left a registry before #17
    assert not inspect(engine).has_table("provenance")
    with Registry(url) as registry:
        assert inspect(registry.engine).has_table("provenance")
        assert registry.execute("SELECT version_num FROM alembic_version") == [
            {"version_num": migrate.head()}
        ]


def test_xml_is_ingested_only_once_mandata_reads_it(server: Server, tmp_path: Path) -> None:
    from mandata.batch import SUFFIXES
    from mandata.registry.store import Registry

    symbol = "A/RES/79/10"
    serve_listing(server, "GAresolutions", "79session", "en",
                  {"A_RES_79_10-2421660E.xml": akn(symbol, "en")})  # fmt: skip
    db = str(tmp_path / "x.db")
    result = fetch(
        server, symbol, "--no-metadata", "--into", str(tmp_path / "s"), "--ingest", "--db", db
    )
    assert result.exit_code == 0, result.output
    with Registry(db) as registry:
        stored = registry.execute("SELECT symbol FROM documents")
    if ".xml" in SUFFIXES:  # the UN XML reader (#13)
        assert stored == [{"symbol": symbol}]
    else:  # never read as plain text
        assert stored == [] and "1 files in a format mandata does not read yet" in result.output


def test_the_digital_librarys_drafts_settle_the_draft_links(tmp_path: Path) -> None:
    from sqlalchemy import insert

    from mandata.fetch import provenance
    from mandata.registry.schema import drafts
    from mandata.registry.store import Registry

    with Registry(str(tmp_path / "links.db")) as registry:
        with registry.writing() as conn:  # what the ingest had: a line, and two title guesses
            conn.execute(insert(drafts), [
                {"draft": "A/80/L.40", "resolution": RES, "method": "drafts_line"},
                {"draft": "A/C.3/80/L.9", "resolution": "A/RES/80/200", "method": "title"},
                {"draft": "A/C.3/80/L.12", "resolution": RES, "method": "title"},
            ])  # fmt: skip
        related = [
            {"symbol": s, "kind": "draft"} for s in ("A/80/L.40", "A/C.3/80/L.9", "A/C.3/80/L.12")
        ]
        entry = {"kind": "document", "sha256": "ab" * 32, "service": "ods", "url": "http://x/",
                 "fetched_at": "2025-12-10T09:00:00+00:00", "status": 200, "symbol": RES,
                 "language": "en", "metadata": {"related": [*related, {"symbol": "A/80/PV.52", "kind": "meeting"}]}}  # fmt: skip
        assert provenance.record(registry, [entry]) == 1
        links = registry.execute("SELECT draft, resolution, method FROM draft_links ORDER BY draft")
    assert links == [
        {"draft": "A/80/L.40", "resolution": RES, "method": "drafts_line"},  # kept, not doubled
        {"draft": "A/C.3/80/L.12", "resolution": RES, "method": "undl"},  # the guess confirmed
        {"draft": "A/C.3/80/L.9", "resolution": RES, "method": "undl"},  # the wrong guess replaced
    ]


def test_a_sessions_drafts_are_the_plenary_and_committee_l_documents(
    server: Server, tmp_path: Path
) -> None:
    drafts = ["A/79/L.1", "A/C.3/79/L.5", "A/C.3/79/L.5/Rev.1"]
    records = [marc_record(5000 + n, s, f"Draft {s}") for n, s in enumerate(drafts)]
    records.append(marc_record(5999, "A/RES/79/1", "A resolution the search also matched"))
    url = undl.search_url(server.url, undl.series_query(79, "drafts"), 100, 1)
    server.route(url, xml_reply(marc_page(records, len(records), server.url)))
    for symbol in drafts:
        serve_ods(server, symbol, "en", make_pdf(symbol))
    store = tmp_path / "store"
    result = fetch(
        server, "--session", "79", "--series", "drafts", "--format", "pdf", "--into", str(store)
    )
    assert result.exit_code == 0, result.output
    assert sorted(e["symbol"] for e in documents(store)) == sorted(drafts)
    assert len(server.hits(url)) == 1
