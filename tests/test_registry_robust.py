"""The registry under hostile conditions (issue 12: items 6, 11-15, 19; issue 21: item 13).

Passwords hidden wherever a database URL is shown, poison documents, concurrent processes on one
registry, read-only registry files, odd option values, and the search tokenizer's cost. Tests
that take ``db_url`` run on SQLite and on a fresh PostgreSQL database (see test_registry.py).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from conftest import EXAMPLES
from mandata.cli import main as cli_main
from mandata.registry import queries
from mandata.registry.store import Registry
from mandata.web.app import Config, create_app
from test_registry import (  # noqa: F401
    db_url,
    expected_counts,
    ga78_first,
    open_registry,
    pg_database,
    registry,
    run_ingest,
)

SECRET = "s3cr3t-Pa55"


def with_password(url: str) -> str:
    """``url`` with a password (the test server trusts every local connection: any password)."""
    return make_url(url).set(password=SECRET).render_as_string(hide_password=False)


def one_error_line(result: object) -> str:
    stderr: str = result.stderr  # type: ignore[attr-defined]
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mandata: error: "), stderr
    assert "Traceback" not in result.output  # type: ignore[attr-defined]
    return lines[0]


# --- 13. credentials are never shown ----------------------------------------------------------


def test_redact_hides_every_form_of_password() -> None:
    from mandata.settings import redact, redact_url

    shown = redact(
        f"cannot open postgresql+psycopg://me:{SECRET}@db.example:5432/un: refused; "
        f"dsn host=db password={SECRET} user=me; 'mysql://u:{SECRET}@h/x'"
    )
    assert SECRET not in shown
    assert "postgresql+psycopg://me:***@db.example:5432/un" in shown
    assert "password=***" in shown and "mysql://u:***@h/x" in shown
    assert redact_url(f"postgresql://u:{SECRET}@h/db") == "postgresql://u:***@h/db"
    assert redact("user@example.org wrote sqlite:///tmp/x.db") == (
        "user@example.org wrote sqlite:///tmp/x.db"
    )


@pytest.mark.parametrize(
    "command",
    [["documents"], ["search", "peace"], ["mandates"], ["show", "A/RES/1/1"], ["ingest", "FILE"]],
)
def test_cli_errors_hide_the_password(command: list[str]) -> None:
    url = f"postgresql+psycopg://postgres:{SECRET}@127.0.0.1:1/x"
    args = [str(EXAMPLES / "en" / "resolution.txt") if a == "FILE" else a for a in command]
    result = CliRunner().invoke(cli_main, [*args, "--db", url])
    assert result.exit_code == 1
    line = one_error_line(result)
    assert SECRET not in result.output
    assert "postgres:***@127.0.0.1:1/x" in line


def test_api_write_error_hides_the_password() -> None:
    with pg_database() as url:
        secret_url = with_password(url)
        create_app(Config(db=secret_url)).state.registry.close()  # the schema, then read-only
        name = make_url(url).database
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on'))
        admin.dispose()
        app = create_app(Config(db=secret_url, token="tok"))
        try:
            with TestClient(app) as client:
                letter = (EXAMPLES / "en" / "resolution.txt").read_bytes()
                answer = client.post(
                    "/api/documents",
                    files={"file": ("resolution.txt", letter, "text/plain")},
                    headers={"Authorization": "Bearer tok"},
                )
        finally:
            app.state.registry.close()
    assert answer.status_code >= 400
    message = answer.json()["error"]["message"]
    assert "read-only" in message and "postgres:***@" in message, message
    assert SECRET not in answer.text


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_serve_start_line_hides_the_password() -> None:
    with pg_database() as url:
        command = [sys.executable, "-m", "mandata.cli", "serve", "--db", with_password(url)]
        proc = subprocess.Popen(
            [*command, "--port", str(free_port())],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert proc.stderr is not None
            first = proc.stderr.readline()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    assert first.startswith("mandata: serving postgresql+psycopg://postgres:***@"), first
    assert SECRET not in first


# --- 11. a poison document -------------------------------------------------------------------

LONG_SYMBOL = "A/80/L.40" + "/Add.1" * 60  # 369 characters: over the old VARCHAR(200)
LONG_WORD = "peacekeeping" * 200  # one word of 2,400 bytes: over PostgreSQL's lexeme limit
POISON_SYMBOL = "A/RES/80/999"


def poisoned() -> str:
    """A resolution of our own with a NUL byte, a word of 2,400 bytes and references and a
    draft symbol of 369 characters."""
    text = (EXAMPLES / "en" / "resolution.txt").read_text("utf-8")
    text = text.replace("A/RES/80/123\n", f"{POISON_SYMBOL}\n", 1)
    text = text.replace("(A/80/L.40 and Add.1)", f"({LONG_SYMBOL})", 1)
    return text.replace(
        "Recalling also its resolution 79/10",
        f"Recalling also\x00 its resolution {LONG_SYMBOL} and {LONG_WORD} 79/10",
        1,
    )


def good_and_poisoned(corpus: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in ga78_first(corpus, 20):
        shutil.copy(path, folder / path.name)
    (folder / "zz_poisoned.txt").write_text(poisoned(), "utf-8")
    return folder


def test_poison_document_is_stored_valid(
    registry: Registry,  # noqa: F811
    corpus: Path,
    tmp_path: Path,
) -> None:
    summary = run_ingest(registry, [good_and_poisoned(corpus, tmp_path)], batch_size=50)
    assert summary.failed == [] and summary.added == 21
    counts = queries.counts(registry)
    assert (counts["documents"], counts["failures"]) == (21, 0)
    hits = queries.search(registry, "Eurasian", language="en")
    assert [h.symbol for h in hits if h.symbol == POISON_SYMBOL], "the poisoned document is found"
    assert queries.search(registry, LONG_WORD) == []  # a word no index holds: no hit, no error
    targets = {r["target"] for r in queries.refs(registry, POISON_SYMBOL)["cites"]}
    assert LONG_SYMBOL in targets
    doc = queries.show(registry, POISON_SYMBOL, "en")
    assert doc is not None and "\x00" not in doc.to_dict().__repr__()


_REFUSE = {
    "sqlite": [
        f"CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.symbol = '{POISON_SYMBOL}' "
        "BEGIN SELECT RAISE(ABORT, 'refused by the database'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.symbol = '" + POISON_SYMBOL + "' THEN RAISE EXCEPTION 'refused by the database'; "
        "END IF; RETURN NEW; END $$",
        "CREATE TRIGGER refuse BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION refuse()",
    ],
}


def test_a_refused_document_fails_alone(
    registry: Registry,  # noqa: F811
    corpus: Path,
    tmp_path: Path,
) -> None:
    """A document the database refuses (a trigger stands for whatever it may refuse) costs its
    batch nothing: the batch is stored one document at a time, the run goes on, and only that
    document is recorded as a failure."""
    with registry.writing() as conn:
        for sql in _REFUSE[registry.engine.dialect.name]:
            conn.exec_driver_sql(sql)
    summary = run_ingest(registry, [good_and_poisoned(corpus, tmp_path)], batch_size=50)
    assert summary.added == 20
    assert [Path(s).name for s, _ in summary.failed] == ["zz_poisoned.txt"]
    assert "refused by the database" in summary.failed[0][1]
    counts = queries.counts(registry)
    assert (counts["documents"], counts["failures"]) == (20, 1)
    again = run_ingest(registry, [tmp_path / "in"], batch_size=50)  # a rerun: only the bad one
    assert (again.skipped, again.added, len(again.failed)) == (20, 0, 1)


# --- 12. the search tokenizer on symbol-like runs ----------------------------------------------


def test_digitless_symbol_runs_are_words() -> None:
    from mandata.registry.tokens import terms, tokens

    assert terms("A/RES/RES/RES peace/security", "en") == ["res", "res", "res", "peac", "secur"]
    assert terms("A/RES/RES/1 S/RES/1631", "en") == ["a/res/res/1", "1", "s/res/1631", "1631"]
    # a million characters: hours with a scan ahead for a digit from each part ("a": stopword)
    count = (
        "from mandata.registry.tokens import terms; print(len(terms('A' + '/RES' * 250_000, 'en')))"
    )
    found = subprocess.run(
        [sys.executable, "-c", count], capture_output=True, text=True, timeout=120
    )
    assert found.stdout.strip() == "250000", found.stderr
    assert [t.term for t in tokens("x A/RES/RES/y 1/2", "en")] == ["x", "res", "res", "y", "1/2"]


def test_snippets_analyze_only_their_window(monkeypatch: pytest.MonkeyPatch) -> None:
    from mandata.registry import tokens as search_tokens

    analyzed: list[int] = []
    index = search_tokens._index

    def counting(text_: str, language: str | None) -> list[tuple[str, int, int]]:
        analyzed.append(len(text_))
        return index(text_, language)

    monkeypatch.setattr(search_tokens, "_index", counting)
    paragraph = "The Assembly welcomes peacekeeping. " + "Recalling its resolutions. " * 40_000
    parts = queries.snippet_parts(paragraph, "en", {"peacekeep"})
    assert ("peacekeeping", True) in parts
    assert sum(analyzed) < 20_000 < len(paragraph)


# --- 14. concurrent processes on one registry --------------------------------------------------


def test_concurrent_ingests_converge(db_url: str, corpus: Path, tmp_path: Path) -> None:  # noqa: F811
    """Two ingests of the same files into one new registry, and a reader beside them: the
    migrations run once, the writers take turns, every process exits 0, and the registry holds
    what one ingest stores."""
    files = [EXAMPLES, *ga78_first(corpus, 10)]
    ingest = [sys.executable, "-m", "mandata.cli", "ingest", *map(str, files), "--db", db_url]
    read = [sys.executable, "-m", "mandata.cli", "documents", "--db", db_url]
    procs = [
        subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for command in ([*ingest, "--workers", "1"], [*ingest, "--workers", "1"], read)
    ]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    assert not any("Traceback" in e for e in errors), errors
    with Registry(db_url) as opened:
        counts = queries.counts(opened)
        sources = opened.execute("SELECT COUNT(*) AS n FROM sources")[0]["n"]
    want = expected_counts(files)
    assert {k: counts[k] for k in want} == want
    assert counts["failures"] == 0 and sources == want["documents"]


OPEN_AT = """
import sys, time
from mandata.registry.store import Registry
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
Registry(sys.argv[1]).close()
"""


def test_first_opens_of_a_new_registry_take_turns(db_url: str) -> None:  # noqa: F811
    """Processes that open one new registry at the same instant: one migrates it, the others
    wait for it and find the schema current (no "table already exists", no error)."""
    at = str(time.time() + 4)  # every process has started and imported by then
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_AT, db_url, at], stderr=subprocess.PIPE, text=True
        )
        for _ in range(6)
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, errors
    with Registry(db_url) as opened:
        assert queries.counts(opened)["documents"] == 0


# --- 15. read-only registries ------------------------------------------------------------------

NOBODY = 65534


@pytest.fixture
def read_only_registry() -> Iterator[tuple[Path, list[str]]]:
    """A registry file in a folder that the commands run may read but not write, and the
    prefix that runs a command as such a user: when the tests run as root (who may write
    anything), the commands run as nobody (through ``setpriv``), in a folder of their own
    outside pytest's (which pytest keeps closed to other users)."""
    base = Path(tempfile.mkdtemp(prefix="mandata-ro-"))
    try:
        folder = base / "ro"
        folder.mkdir()
        db = folder / "registry.db"
        with Registry(str(db)) as opened:
            run_ingest(opened, [EXAMPLES / "en"])
        base.chmod(0o755)
        folder.chmod(0o555)
        db.chmod(0o444)
        prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        if os.geteuid() != 0:
            prefix = []
        elif shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: no user to whom the file is read-only")
        yield db, prefix
    finally:
        for path in (base, *base.rglob("*")):
            path.chmod(0o755)
        shutil.rmtree(base)


@pytest.mark.parametrize(
    "command", [["documents"], ["search", "Eurasian"], ["show", "A/RES/80/123"]]
)
def test_read_commands_open_a_read_only_registry(
    command: list[str], read_only_registry: tuple[Path, list[str]]
) -> None:
    db, as_reader = read_only_registry
    run = [*as_reader, sys.executable, "-m", "mandata.cli", *command, "--db", str(db)]
    done = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "A/RES/80/123" in done.stdout or "Eurasian" in done.stdout
    write = [*as_reader, sys.executable, "-m", "mandata.cli", "ingest", str(EXAMPLES / "fr")]
    refused = subprocess.run([*write, "--db", str(db)], capture_output=True, text=True)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr, refused.stderr
    assert refused.stderr.count("mandata: error:") == 1, refused.stderr


def test_serve_reads_a_read_only_registry(read_only_registry: tuple[Path, list[str]]) -> None:
    db, as_reader = read_only_registry
    port = free_port()
    command = [*as_reader, sys.executable, "-m", "mandata.cli", "serve", "--db", str(db)]
    proc = subprocess.Popen(
        [*command, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        first = proc.stderr.readline()
        assert first.startswith("mandata: serving"), first + proc.stderr.read()
        body = ""
        for _ in range(100):
            try:
                url = f"http://127.0.0.1:{port}/api/documents"
                with urllib.request.urlopen(url, timeout=5) as answer:
                    body = answer.read().decode()
                break
            except OSError:
                time.sleep(0.1)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert "A/RES/80/123" in body


# --- 19. odd option values ---------------------------------------------------------------------

HUGE = str(10**20)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["search", "peace", "--lang", "xx"], 1),
        (["show", "A/RES/80/123", "--lang", "xx"], 1),
        (["documents", "--lang", "xx"], 1),
        (["documents", "--limit", HUGE], 2),
        (["documents", "--session", HUGE], 2),
        (["search", "peace", "--limit", HUGE], 2),
        (["search", "peace", "--session", HUGE], 2),
        (["mandates", "--session", HUGE], 2),
        (["ingest", "EXAMPLES", "--workers", HUGE], 2),
        (["ingest", "EXAMPLES", "--db", f"mysql://u:{SECRET}@db.example/un"], 1),
        (["documents", "--db", "foo:///x"], 1),
    ],
)
def test_odd_values_are_one_line_errors(args: list[str], code: int, db_url: str) -> None:  # noqa: F811
    args = [str(EXAMPLES / "en") if a == "EXAMPLES" else a for a in args]
    db = [] if "--db" in args else ["--db", db_url]
    result = CliRunner().invoke(cli_main, [*args, *db])
    assert result.exit_code == code, result.output
    one_error_line(result)
    assert SECRET not in result.output


def test_a_word_no_index_holds_finds_nothing(db_url: str) -> None:  # noqa: F811
    with Registry(db_url) as opened:
        run_ingest(opened, [EXAMPLES / "en"])
    for word in ("peace" * 410, "和平" * 400):  # 2,050 and 2,400 bytes
        result = CliRunner().invoke(cli_main, ["search", f"security {word}", "--db", db_url])
        assert result.exit_code == 0 and result.stdout == "", result.output


def test_keys_of_any_length_are_stored(
    registry: Registry,  # noqa: F811
) -> None:
    """A symbol, and an agenda item's title, longer than a unique index takes (2,704 bytes on
    PostgreSQL): stored under a key that stays unique, found by the whole symbol."""
    import secrets

    from mandata.parse import parse_file
    from mandata.registry.items import item_key

    doc = parse_file(EXAMPLES / "en" / "resolution.txt")
    doc.symbol = "A/RES/80/999" + "/Add.1" * 500  # 3,012 characters
    title = " ".join(secrets.token_hex(4) for _ in range(500))  # 4,499 characters, no entity
    (item,) = [m for m in doc.mandates if m.type == "agenda_item"]
    item.title = title
    stored = registry.store(doc, "long.txt", "0" * 64)
    assert stored.outcome == "added" and len(stored.doc_key) <= 600
    shown = queries.show(registry, doc.symbol, "en")
    assert shown is not None and shown.symbol == doc.symbol
    key = item_key(title, "en")
    assert len(key) <= 600 and key != item_key(title + " x", "en")
    found = queries.item_decisions(registry, title, "en")
    assert [d["symbol"] for d in found] == [doc.symbol]
