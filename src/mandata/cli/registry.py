"""The commands over the registry: ``ingest`` fills it; ``documents``, ``show``, ``search``,
``refs`` read it; ``export`` writes a document or the whole registry as tables."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from mandata.cli.common import (
    DB_INT,
    PATHS,
    db_option,
    debug_option,
    document_summary,
    dump,
    fail,
    json_option,
    lang_option,
    languages,
    ocr_option,
    open_registry,
    parse_file,
    reading,
    set_debug,
    set_ocr,
)
from mandata.errors import MandataError
from mandata.names import one_line
from mandata.settings import MAX_WORKERS, workers_setting

if TYPE_CHECKING:
    from mandata.model import Document


@click.command()
@click.argument("paths", nargs=-1, required=True, type=PATHS)
@db_option
@click.option(
    "--workers",
    type=click.IntRange(min=1, max=MAX_WORKERS),
    default=None,
    help="Parsing processes.",
)
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local")
@click.option("--scheduler", help="Dask scheduler address (tcp://HOST:PORT), or 'local'.")
@click.option("--lang", "language", help="The language of every file, or one per path: ar,en,es.")
@json_option
@ocr_option
@debug_option
def ingest(
    paths: tuple[Path, ...],
    db: str | None,
    workers: int | None,
    engine: str,
    scheduler: str | None,
    language: str | None,
    as_json: bool,
    ocr: str | None,
    debug: bool,
) -> None:
    """Parse files and folders into the registry (skipping what is stored already)."""
    from mandata.registry.ingest import ingest as run
    from mandata.registry.progress import reporter

    set_debug(debug)
    set_ocr(ocr)
    try:
        codes = languages(language, len(paths))
        with open_registry(db) as registry, reporter(as_json) as progress:
            summary = run(
                paths,
                registry,
                workers=workers or workers_setting(),
                engine=engine,
                scheduler=scheduler,
                progress=progress,
                languages=codes if language else None,
            )
            _record_provenance(registry, paths)
    except MandataError as err:
        fail(str(err))
        return
    out = summary.as_dict()
    if as_json:
        click.echo(dump(out))
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


@click.command()
@db_option
@click.option("--session", type=DB_INT)
@click.option("--body")
@click.option("--doc-type")
@lang_option
@click.option("--limit", type=DB_INT, default=1000)
@json_option
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

    with reading(db) as registry:
        rows = queries.documents(
            registry, limit=limit, session=session, body=body, doc_type=doc_type, language=language
        )
    if as_json:
        click.echo(dump({"documents": rows}))
        return
    for row in rows:
        click.echo(
            f"{row['symbol'] or '-':24} {row['language'] or '-':3} {row['doc_type']:17} {row['title'] or ''}"
        )


@click.command()
@click.argument("symbol")
@db_option
@lang_option
@json_option
def show(symbol: str, db: str | None, language: str | None, as_json: bool) -> None:
    """One document of the registry."""
    from mandata.registry import queries

    with reading(db) as registry:
        doc = queries.show(registry, symbol, language)
    if doc is None:
        fail(f"{symbol}{' [' + language + ']' if language else ''} is not in the registry")
        return
    click.echo(dump(doc.to_dict()) if as_json else document_summary(doc.to_dict()))


@click.command()
@click.argument("query")
@db_option
@lang_option
@click.option("--session", type=DB_INT)
@click.option("--body")
@click.option("--doc-type")
@click.option("--action")
@click.option("--addressee")
@click.option("--limit", type=DB_INT, default=20)
@json_option
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

    with reading(db) as registry:
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
        click.echo(dump({"query": query, "results": [vars(h) for h in hits]}))
        return
    for hit in hits:
        click.echo(f"{hit.symbol or '-'} [{hit.language}] {hit.paragraph}: {hit.snippet}")


@click.command()
@click.argument("symbol")
@db_option
@json_option
def refs(symbol: str, db: str | None, as_json: bool) -> None:
    """What a document cites, and what cites it."""
    from mandata.registry import queries

    with reading(db) as registry:
        out = queries.refs(registry, symbol)
    if as_json:
        click.echo(dump(out))
        return
    click.echo(f"{symbol} cites:")
    for row in out["cites"]:
        state = "" if row["resolved"] else "  (not in the registry)"
        if row.get("superseded_by"):
            state += f"  (superseded by {row['superseded_by']})"
        click.echo(f"  {row['target']} ({row['type']}) in {row['paragraph']}{state}")
    click.echo(f"{symbol} is cited by:")
    for row in out["cited_by"]:
        click.echo(f"  {row['symbol']} [{row['language']}] {row['paragraph']}")


@click.command()
@click.argument("symbol", required=False)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "akn", "csv", "parquet"]), default="json"
)
@click.option("--lang", "language", help="The language version (default: English, else any).")
@click.option(
    "--out", type=click.Path(path_type=Path), help="File (json, akn) or folder (csv, parquet)."
)
@db_option
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
        fail(f"--format {fmt} exports one document: give its SYMBOL or a FILE", 2)
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
        fail(f"{out}: {err.strerror}")


def _export_source(target: str, language: str | None, db: str | None) -> Document | None:
    """The document to export: a file, parsed (``language`` its language if given), or a symbol
    in the registry (``language`` the version)."""
    if Path(target).is_file():
        try:
            return parse_file(Path(target), language=language)
        except MandataError as err:
            fail(str(err))
            return None
    from mandata.registry import queries

    with reading(db) as registry:
        doc = queries.show(registry, target, language)
    if doc is None:
        which = f" in {language}" if language else ""
        fail(f"{target}{which} is neither a file nor a symbol in the registry")
    return doc


def _export_tables(fmt: str, out: Path | None, db: str | None) -> None:
    from mandata.registry.tables import export_tables

    if out is None:
        fail(f"--format {fmt} writes one file per table: give the folder with --out", 2)
        return
    with reading(db) as registry:
        try:
            written = export_tables(registry, out, fmt)  # type: ignore[arg-type]
        except MandataError as err:
            fail(str(err))
            return
    for table, n in written.items():
        click.echo(f"{one_line(str(out / table))}.{fmt}: {n} rows")
