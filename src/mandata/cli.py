"""The ``mandata`` command: a thin layer over the library.

Every user error (a bad file, an unknown language) prints one line on standard error and exits
non-zero; nothing here parses or stores anything itself.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from mandata import __version__, lang
from mandata.analyze.paragraph import analyze_paragraph
from mandata.batch import iter_paths, parse_many
from mandata.errors import MandataError
from mandata.langid import detect_language
from mandata.model import Document
from mandata.parse import STAGES, parse_file, run_stage
from mandata.settings import max_bytes_setting, redact, workers_setting


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"mandata: error: {redact(message)}", err=True)
    sys.exit(code)


class _OneLineErrors(click.Group):
    """A command group whose usage errors are one line, like every other error."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
        except click.ClickException as err:
            _fail(err.format_message().replace("\n", " "), err.exit_code)
        except click.exceptions.Abort:
            _fail("aborted", 1)
        except click.exceptions.Exit as done:
            sys.exit(done.exit_code)
        return None


@click.group(cls=_OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mandata")
def main() -> None:
    """United Nations parliamentary documents as structured, linked data."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the document as one JSON object.")
@click.option("--jsonl", is_flag=True, help="Parse many files; one JSON object per line.")
@click.option("--stage", type=click.Choice(STAGES), help="Print the output of one stage.")
@click.option("--symbol", help="The document's symbol, when the text does not give it.")
@click.option("--lang", "language", help="The document's language (ar en es fr ru zh).")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes for --jsonl (default: cores).",
)
@click.option(
    "--max-bytes", type=click.IntRange(min=1), default=None, help="Refuse files larger than this."
)
def parse(
    paths: tuple[Path, ...],
    as_json: bool,
    jsonl: bool,
    stage: str | None,
    symbol: str | None,
    language: str | None,
    workers: int | None,
    max_bytes: int | None,
) -> None:
    """Parse UN documents (text, PDF, DOCX, HTML) into their structure."""
    if not jsonl and len(paths) != 1:
        _fail("give one file, or use --jsonl for several", 2)
    try:
        limit = max_bytes if max_bytes is not None else max_bytes_setting()
        if jsonl:
            sys.exit(_parse_jsonl(paths, workers or workers_setting(), limit, language))
        if stage:
            out = run_stage(paths[0], stage, language, max_bytes=limit)
            click.echo(_dump(out) if as_json or stage == "segment" else out.get("text", ""))
            return
        doc = parse_file(paths[0], symbol=symbol, language=language, max_bytes=limit)
    except MandataError as err:
        _fail(str(err))
        return
    click.echo(_dump(doc.to_dict()) if as_json else _summary(doc.to_dict()))


def _parse_jsonl(
    paths: tuple[Path, ...], workers: int, limit: int | None, language: str | None
) -> int:
    failed = 0
    files = list(iter_paths(paths))
    for line, ok in parse_many(files, workers=workers, max_bytes=limit, language=language):
        failed += not ok
        click.echo(line)
    return 1 if failed else 0


def _summary(doc: dict[str, Any]) -> str:
    """A few lines a person reads: masthead, then the count of each part."""
    lines = [
        f"{doc['symbol'] or '(no symbol)'}  [{doc['language']}]  {doc['doc_type']}",
        f"title: {doc['title']}",
        f"date: {doc['date']}  session: {doc['session']}  body: {doc['body']}",
    ]
    letter = doc.get("letter")
    if letter:
        lines.append(f"letter dated {letter['date']}, signed {letter['signatory']}")
    for annex in doc["annexes"]:
        lines.append(
            f"annex {annex['number']} ({annex['kind']}): {len(annex['paragraphs'])} paragraphs"
        )
    for res in doc["resolutions"]:
        actions = ", ".join(p["action"] or "?" for p in res["operative"])
        lines.append(
            f"resolution {res['number'] or '(draft)'}: {len(res['preamble'])} preambular, "
            f"{len(res['operative'])} operative ({actions})"
        )
    return "\n".join(lines)


@main.command()
@click.option("--lang", "language", help="The language of the lines (default: detected per line).")
@click.option("--session", type=click.IntRange(min=1), help="The session the text belongs to.")
@click.option("--jsonl", is_flag=True, help="One JSON object per line (the default output).")
def analyze(language: str | None, session: int | None, jsonl: bool) -> None:
    """Analyse paragraphs read from standard input, one per line."""
    del jsonl  # the output is always JSON lines; the flag documents it
    try:
        if language:
            lang.get(language)
        for line in sys.stdin:
            text = line.strip()
            if not text:
                continue
            code = language or detect_language(text)
            if code is None:
                out: dict[str, Any] = {"text": text, "error": "language not recognised"}
            else:
                facts = analyze_paragraph(text, code, session)
                out = {"language": code, **facts.to_dict()}
                out["mandate"] = out["mandates"][0] if out["mandates"] else None
            click.echo(json.dumps(out, ensure_ascii=False))
    except MandataError as err:
        _fail(str(err))


def _db_option(func: Any) -> Any:
    return click.option(
        "--db", "db", help="Database URL or SQLite path (MANDATA_DB, ./mandata.db)."
    )(func)


def _json_option(func: Any) -> Any:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(func)


def _open(db: str | None) -> Any:
    from mandata.registry.store import Registry

    return Registry(db)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_db_option
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Parsing processes.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local")
@click.option("--scheduler", help="Dask scheduler address (tcp://HOST:PORT), or 'local'.")
@_json_option
def ingest(
    paths: tuple[Path, ...],
    db: str | None,
    workers: int | None,
    engine: str,
    scheduler: str | None,
    as_json: bool,
) -> None:
    """Parse files and folders into the registry (skipping what is stored already)."""
    from mandata.registry.ingest import ingest as run
    from mandata.registry.progress import reporter

    try:
        with _open(db) as registry, reporter(as_json) as progress:
            summary = run(
                paths,
                registry,
                workers=workers or workers_setting(),
                engine=engine,
                scheduler=scheduler,
                progress=progress,
            )
            _record_provenance(registry, paths)
    except MandataError as err:
        _fail(str(err))
        return
    out = summary.as_dict()
    if as_json:
        click.echo(_dump(out))
    else:
        click.echo(
            f"{out['files']} files in {out['seconds']} s: {out['added']} added, "
            f"{out['replaced']} replaced, {out['unchanged']} unchanged, {len(out['failed'])} failed, "
            f"{out['drafts_linked']} drafts linked by title"
        )
        for failure in out["failed"]:
            where = "" if failure["source"] in failure["error"] else f"{failure['source']}: "
            click.echo(f"  failed: {where}{failure['error']}")
    sys.exit(1 if out["failed"] else 0)


def _record_provenance(registry: Any, paths: tuple[Path, ...]) -> None:
    """Files fetched by ``mandata fetch`` keep where they came from (#17)."""
    from mandata.fetch.provenance import record_manifests

    record_manifests(registry, paths)


@main.command()
@_db_option
@click.option("--session", type=int)
@click.option("--body")
@click.option("--doc-type")
@click.option("--lang", "language")
@click.option("--limit", type=click.IntRange(min=1), default=1000)
@_json_option
def documents(
    db: str | None,
    session: int | None,
    body: str | None,
    doc_type: str | None,
    language: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """The documents the registry holds."""
    from mandata.registry import queries

    with _registry(db) as registry:
        rows = queries.documents(
            registry, limit=limit, session=session, body=body, doc_type=doc_type, language=language
        )
    if as_json:
        click.echo(_dump({"documents": rows}))
        return
    for row in rows:
        click.echo(
            f"{row['symbol'] or '-':24} {row['language'] or '-':3} {row['doc_type']:17} {row['title'] or ''}"
        )


@main.command()
@click.argument("symbol")
@_db_option
@click.option("--lang", "language")
@_json_option
def show(symbol: str, db: str | None, language: str | None, as_json: bool) -> None:
    """One document of the registry."""
    from mandata.registry import queries

    with _registry(db) as registry:
        doc = queries.show(registry, symbol, language)
    if doc is None:
        _fail(f"{symbol}{' [' + language + ']' if language else ''} is not in the registry")
        return
    click.echo(_dump(doc.to_dict()) if as_json else _summary(doc.to_dict()))


@main.command()
@click.argument("query")
@_db_option
@click.option("--lang", "language")
@click.option("--session", type=int)
@click.option("--body")
@click.option("--doc-type")
@click.option("--action")
@click.option("--addressee")
@click.option("--limit", type=click.IntRange(min=1), default=20)
@_json_option
def search(
    query: str,
    db: str | None,
    language: str | None,
    session: int | None,
    body: str | None,
    doc_type: str | None,
    action: str | None,
    addressee: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """Full-text search over the paragraphs, in any of the six languages."""
    from mandata.registry import queries

    with _registry(db) as registry:
        hits = queries.search(
            registry,
            query,
            limit=limit,
            language=language,
            session=session,
            body=body,
            doc_type=doc_type,
            action=action,
            addressee=addressee,
        )
    if as_json:
        click.echo(_dump({"query": query, "results": [vars(h) for h in hits]}))
        return
    for hit in hits:
        click.echo(f"{hit.symbol or '-'} [{hit.language}] {hit.paragraph}: {hit.snippet}")


@main.command()
@click.argument("symbol")
@_db_option
@_json_option
def refs(symbol: str, db: str | None, as_json: bool) -> None:
    """What a document cites, and what cites it."""
    from mandata.registry import queries

    with _registry(db) as registry:
        out = queries.refs(registry, symbol)
    if as_json:
        click.echo(_dump(out))
        return
    click.echo(f"{symbol} cites:")
    for row in out["cites"]:
        state = "" if row["resolved"] else "  (not in the registry)"
        click.echo(f"  {row['target']} ({row['type']}) in {row['paragraph']}{state}")
    click.echo(f"{symbol} is cited by:")
    for row in out["cited_by"]:
        click.echo(f"  {row['symbol']} [{row['language']}] {row['paragraph']}")


@main.command()
@_db_option
@click.option("--session", type=int)
@click.option("--addressee")
@click.option("--type", "type_", type=click.Choice(["report", "agenda_item", "directive"]))
@_json_option
def mandates(
    db: str | None, session: int | None, addressee: str | None, type_: str | None, as_json: bool
) -> None:
    """The mandates of the stored documents: reports due, agenda items, directives."""
    from mandata.registry import queries

    with _registry(db) as registry:
        rows = queries.mandates(registry, session=session, addressee=addressee, type=type_)
    if as_json:
        click.echo(_dump({"mandates": rows}))
        return
    for m in rows:
        what = m["title"] or m["action"] or m["periodicity"] or ""
        click.echo(
            f"{m['session'] or '-':>4} {m['type']:12} {m['addressee'] or '-':24} "
            f"{m['source']['symbol']} {m['source']['paragraph']} {what}"
        )


class _registry:
    """Open the registry for a read command, one error line if it cannot be opened."""

    def __init__(self, db: str | None) -> None:
        self.db = db

    def __enter__(self) -> Any:
        try:
            self.registry = _open(self.db)
        except MandataError as err:
            _fail(str(err))
        return self.registry

    def __exit__(self, *exc: object) -> None:
        self.registry.close()


@main.command()
@click.argument("number", type=click.IntRange(min=1, max=300))
@click.option("--db", "db", help="Also use the openings the registry's decisions fixed.")
@_json_option
def session(number: int, db: str | None, as_json: bool) -> None:
    """When regular session NUMBER opens (rule 1, or a date the Assembly fixed)."""
    from mandata.procedure.calendar import opening

    fixed = _fixed_openings(db)
    out = opening(number, fixed).to_dict()
    click.echo(
        _dump(out) if as_json else f"session {number} opens on {out['opening']} ({out['basis']})"
    )


def _fixed_openings(db: str | None) -> Any:
    if db is None:
        return None
    from mandata.procedure.openings import fixed_openings

    with _registry(db) as registry:
        return fixed_openings(registry)


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--db", "db", help="Check against the registry: fixed openings, items on agendas.")
@_json_option
def check(path: Path, db: str | None, as_json: bool) -> None:
    """Check a letter asking for an agenda item against rules 13, 14, 15 and 20."""
    from mandata.procedure.checks import check_in_registry, check_request

    try:
        doc = parse_file(path)
    except MandataError as err:
        _fail(str(err), 2)
        return
    if db is None:
        result = check_request(doc)
    else:
        with _registry(db) as registry:
            result = check_in_registry(doc, registry)
    if as_json:
        click.echo(_dump(result.to_dict()))
    else:
        verdict = "ok" if result.ok else "NOT ok"
        click.echo(
            f"{verdict}: rule {result.rule}, session {result.session} opening {result.opening}"
        )
        for c in result.checks:
            click.echo(f"  [{'ok' if c.ok else 'FAIL'}] {c.message}")
    sys.exit(0 if result.ok else 1)


@main.command()
@click.argument("targets", nargs=-1, required=True)
@_db_option
@_json_option
def compare(targets: tuple[str, ...], db: str | None, as_json: bool) -> None:
    """Compare the language versions of one document: FILE FILE... or a SYMBOL in the registry.

    Exits 1 when a difference of high severity is found."""
    from mandata.compare import compare_documents

    try:
        docs = _versions(targets, db)
        result = compare_documents(docs)
    except MandataError as err:
        _fail(str(err), 2)
        return
    if as_json:
        click.echo(_dump(result.to_dict()))
    else:
        click.echo(f"{result.symbol or '-'}: reference version {result.reference}")
        for pair in result.pairs:
            click.echo(f"  {pair.line()}")
        for diff in result.differences:
            click.echo(f"  {diff.line()}")
    sys.exit(1 if any(d.severity == "high" for d in result.differences) else 0)


def _versions(targets: tuple[str, ...], db: str | None) -> list[Document]:
    if len(targets) == 1 and not Path(targets[0]).exists():
        from mandata.registry import queries

        with _registry(db) as registry:
            docs = queries.versions(registry, targets[0])
        if not docs:
            raise MandataError(f"{targets[0]} is neither a file nor a symbol in the registry")
        return docs
    return [parse_file(Path(t)) for t in targets]


@main.command()
@click.argument("number", type=click.IntRange(min=1, max=300))
@click.option("--proposed", is_flag=True, help="Also the items only drafts and requests propose.")
@_db_option
@_json_option
def agenda(number: int, proposed: bool, db: str | None, as_json: bool) -> None:
    """The items the provisional agenda of session NUMBER must hold (rule 13 (c))."""
    from mandata.procedure.agenda import provisional_agenda, render

    with _registry(db) as registry:
        entries = provisional_agenda(registry, number, proposed)
    if as_json:
        click.echo(_dump({"session": number, "items": [e.to_dict() for e in entries]}))
    else:
        click.echo(render(number, entries))


@main.command()
@click.argument("query")
@click.option("--history", is_flag=True, help="Every session the item went through (the default).")
@_db_option
@_json_option
def item(query: str, history: bool, db: str | None, as_json: bool) -> None:
    """An agenda item (by its identity, in any language) and its life across sessions."""
    from mandata.procedure.lineage import item_history

    del history  # the history is what this command shows
    with _registry(db) as registry:
        found = item_history(registry, query)
    if not found:
        _fail(f"no item matches {query!r} in the registry")
        return
    if as_json:
        click.echo(_dump({"items": found}))
        return
    for entry in found:
        click.echo(f"{entry['title']}  ({entry['key']})")
        for e in entry["events"]:
            where = e["symbol"] or e["source"]
            click.echo(
                f"  session {e['session'] or '-':>3}  {e['event']:9} {where} {e['paragraph'] or ''} [{e['language']}]"
            )


@main.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on; 0 lets the system choose a free one (the address is printed).",
)
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the web UI and the JSON API (/api, OpenAPI at /api/docs) over the registry.

    Read-only unless MANDATA_TOKEN is set: then POST /api/documents stores uploads."""
    from mandata.settings import (
        token_setting,
        upload_bytes_setting,
        upload_seconds_setting,
        upload_workers_setting,
    )
    from mandata.web import server
    from mandata.web.app import Config, create_app

    try:
        uploads = (upload_bytes_setting(), upload_seconds_setting(), upload_workers_setting())
        app = create_app(Config(db, token_setting(), *uploads))
    except MandataError as err:
        _fail(str(err))
        return
    try:
        sock = server.listen(host, port)
    except OSError as err:
        _fail(f"cannot listen on {host}:{port}: {err.strerror or err}")
        return
    where = server.address(sock)
    click.echo(f"mandata: serving {app.state.registry.shown_url} on {where}", err=True)
    if not app.state.registry.execute("SELECT 1 AS x FROM documents LIMIT 1"):
        click.echo(
            "mandata: warning: the registry is empty: mandata ingest PATH fills it", err=True
        )
    server.run(app, sock)


@main.command()
@click.argument("symbol", required=False)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "akn", "csv", "parquet"]), default="json"
)
@click.option("--lang", "language", help="The language version (default: English, else any).")
@click.option(
    "--out", type=click.Path(path_type=Path), help="File (json, akn) or folder (csv, parquet)."
)
@_db_option
def export(
    symbol: str | None, fmt: str, language: str | None, out: Path | None, db: str | None
) -> None:
    """Export one document, a SYMBOL in the registry or a FILE (json, akn: Akoma Ntoso 3.0
    after AKN4UN), or the whole registry as tables (csv, parquet: documents, paragraphs,
    references, mandates in folder --out)."""
    if fmt in ("csv", "parquet"):
        _export_tables(fmt, out, db)
        return
    if symbol is None:
        _fail(f"--format {fmt} exports one document: give its SYMBOL or a FILE", 2)
        return
    from mandata.export.document import export_document

    doc = _export_source(symbol, language, db)
    if doc is None:
        return
    data = export_document(doc, fmt)[0]
    if out is None:
        sys.stdout.buffer.write(data if data.endswith(b"\n") else data + b"\n")
        return
    try:
        out.write_bytes(data)
    except OSError as err:
        _fail(f"{out}: {err.strerror}")


def _export_source(target: str, language: str | None, db: str | None) -> Document | None:
    """The document to export: a file, parsed (``language`` its language if given), or a symbol
    in the registry (``language`` the version)."""
    if Path(target).is_file():
        try:
            return parse_file(Path(target), language=language)
        except MandataError as err:
            _fail(str(err))
            return None
    from mandata.registry import queries

    with _registry(db) as registry:
        doc = queries.show(registry, target, language)
    if doc is None:
        which = f" in {language}" if language else ""
        _fail(f"{target}{which} is neither a file nor a symbol in the registry")
    return doc


def _export_tables(fmt: str, out: Path | None, db: str | None) -> None:
    from mandata.export.tables import export_tables

    if out is None:
        _fail(f"--format {fmt} writes one file per table: give the folder with --out", 2)
        return
    with _registry(db) as registry:
        try:
            written = export_tables(registry, out, fmt)  # type: ignore[arg-type]
        except MandataError as err:
            _fail(str(err))
            return
    for table, n in written.items():
        click.echo(f"{out / table}.{fmt}: {n} rows")


from mandata.fetch.command import fetch as _fetch  # noqa: E402  (#17)

main.add_command(_fetch)

if __name__ == "__main__":
    main()
