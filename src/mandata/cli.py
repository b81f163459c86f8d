"""The ``mandata`` command: a thin layer over the library.

Every user error (a bad file, an unknown language) prints one line on standard error and exits
non-zero; nothing here parses or stores anything itself.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from mandata import __version__
from mandata.errors import MandataError, MandataWarning
from mandata.names import one_line
from mandata.settings import (
    MAX_BYTES,
    MAX_WORKERS,
    OCR_MODES,
    max_bytes_setting,
    redact,
    workers_setting,
)

if TYPE_CHECKING:
    from mandata.model import Document

# Each command imports what it uses when it runs: ``mandata --help`` and the registry's commands
# do not load the parser, the parser's commands not the readers of formats they are not given.
STAGES = ("read", "normalize", "segment")  # mandata.parse.STAGES, without importing the parser


def parse_file(path: Path, **options: Any) -> Document:
    """:func:`mandata.parse.parse_file`, the parser imported on first use."""
    from mandata.parse import parse_file as parse

    return parse(path, **options)


def internal_error(source: str, err: BaseException) -> str:
    """:func:`mandata.batch.internal_error` (its one line, its traceback logged)."""
    from mandata.batch import internal_error as line

    return line(source, err)


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"mandata: error: {one_line(redact(message))}", err=True)
    sys.exit(code)


def _debug_option(func: Any) -> Any:
    return click.option(
        "--debug", is_flag=True, help="Show the traceback of an internal error (on stderr)."
    )(func)


def _ocr_option(func: Any) -> Any:
    return click.option(
        "--ocr",
        type=click.Choice(OCR_MODES),
        default=None,
        help="Which PDF pages are read by OCR: auto (pages without a usable text layer; the "
        "default, or MANDATA_OCR), always, never.",
    )(func)


def _set_ocr(mode: str | None) -> None:
    """``--ocr`` for this command and the workers it starts (they inherit the environment); the
    setting is put back when the command ends, so that a caller running several commands in one
    process (tests, scripts) does not keep it."""
    if mode is None:
        return
    before = os.environ.get("MANDATA_OCR")
    os.environ["MANDATA_OCR"] = mode

    def restore() -> None:
        if before is None:
            os.environ.pop("MANDATA_OCR", None)
        else:
            os.environ["MANDATA_OCR"] = before

    click.get_current_context().call_on_close(restore)


def _debug(enabled: bool) -> None:
    """With ``--debug``, the log (an internal error's traceback) goes to standard error."""
    if not enabled:
        return
    log = logging.getLogger("mandata")
    for old in [h for h in log.handlers if getattr(h, "mandata_debug", False)]:
        log.removeHandler(old)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("mandata: debug: %(message)s"))
    handler.mandata_debug = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """Print a :class:`MandataWarning` as one ``mandata: warning:`` line; others as Python
    would."""
    if issubclass(category, MandataWarning):
        click.echo(f"mandata: warning: {one_line(str(message))}", err=True)
    else:
        _python_show_warning(message, category, filename, lineno, file, line)


_python_show_warning = warnings.showwarning


class _OneLineErrors(click.Group):
    """A command group whose usage errors are one line, like every other error, and whose
    warnings are one line each (in worker processes too: they inherit the hook)."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        with warnings.catch_warnings():
            warnings.simplefilter("always", MandataWarning)
            warnings.showwarning = _show_warning
            return self._main(*args, **kwargs)

    def _main(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().main(*args, **kwargs)
        except click.ClickException as err:
            _fail(err.format_message().replace("\n", " "), err.exit_code)
        except click.exceptions.Abort:
            _fail("aborted", 1)
        except click.exceptions.Exit as done:
            sys.exit(done.exit_code)
        return None


# Paths are checked by the readers, which say what is wrong in their own one-line errors (exit
# 1); click's own check would make an unreadable file a usage error (exit 2).
_PATHS = click.Path(path_type=Path, readable=False)


@click.group(cls=_OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mandata")
def main() -> None:
    """United Nations parliamentary documents as structured, linked data."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=_PATHS)
@click.option("--json", "as_json", is_flag=True, help="Print the document as one JSON object.")
@click.option("--jsonl", is_flag=True, help="Parse many files; one JSON object per line.")
@click.option("--stage", type=click.Choice(STAGES), help="Print the output of one stage.")
@click.option("--symbol", help="The document's symbol, when the text does not give it.")
@click.option(
    "--lang",
    "language",
    help="The language (ar en es fr ru zh), or one per path: ar,en,es (default: the file name's "
    "tag, else detected).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1, max=MAX_WORKERS),
    default=None,
    help="Processes for --jsonl (default: cores).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1, max=MAX_BYTES),
    default=None,
    help="Refuse files larger than this.",
)
@_ocr_option
@_debug_option
def parse(
    paths: tuple[Path, ...],
    as_json: bool,
    jsonl: bool,
    stage: str | None,
    symbol: str | None,
    language: str | None,
    workers: int | None,
    max_bytes: int | None,
    ocr: str | None,
    debug: bool,
) -> None:
    """Parse UN documents (text, PDF and scans, DOCX, DOC, RTF, WPD, HTML, Akoma Ntoso XML)
    into their structure."""
    _debug(debug)
    _set_ocr(ocr)
    if not jsonl and len(paths) != 1:
        _fail("give one file, or use --jsonl for several", 2)
    try:
        limit = max_bytes if max_bytes is not None else max_bytes_setting()
        codes = _languages(language, len(paths))
        if jsonl:
            sys.exit(_parse_jsonl(paths, workers or workers_setting(), limit, codes))
        language = codes[0]
        if stage:
            from mandata.parse import run_stage

            out = run_stage(paths[0], stage, language, max_bytes=limit)
            click.echo(_dump(out) if as_json or stage == "segment" else out.get("text", ""))
            return
        doc = parse_file(paths[0], symbol=symbol, language=language, max_bytes=limit)
    except MandataError as err:
        _fail(str(err))
        return
    except Exception as err:  # a fault of mandata on this file: one line, not a traceback
        _fail(internal_error(str(paths[0]), err))
        return
    click.echo(_dump(doc.to_dict()) if as_json else _summary(doc.to_dict()))


def _languages(value: str | None, count: int) -> list[str | None]:
    """``--lang`` for ``count`` paths (one code for all, or one per path); a list of the wrong
    length is a usage error, an unknown code a :class:`MandataError`."""
    from mandata.langtag import language_list

    try:
        return language_list(value, count)
    except ValueError as err:
        _fail(str(err), 2)
        raise


def _parse_jsonl(
    paths: tuple[Path, ...], workers: int, limit: int | None, codes: list[str | None]
) -> int:
    from mandata.batch import iter_paths, parse_many

    failed = 0
    files = [(f, code) for path, code in zip(paths, codes, strict=True) for f in iter_paths([path])]
    for line, ok in parse_many(
        [f for f, _ in files], workers=workers, max_bytes=limit, languages=[c for _, c in files]
    ):
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
    from mandata import lang
    from mandata.analyze.paragraph import analyze_paragraph
    from mandata.langid import detect_language

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


# The largest session number or count a read command takes: the registry keeps numbers as
# 32-bit integers (PostgreSQL's INTEGER), so a larger one is an invalid value (exit 2), not a
# database error.
_DB_INT = click.IntRange(min=1, max=2**31 - 1)


def _language_code(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``--lang`` of a read command: one of the six codes; an unknown one exits 1, as
    ``parse --lang`` does."""
    if value is not None:
        from mandata import lang

        try:
            lang.get(value)
        except MandataError as err:
            _fail(str(err))
    return value


_lang_option = click.option(
    "--lang", "language", callback=_language_code, help="A language: ar en es fr ru zh."
)


def _open(db: str | None) -> Any:
    from mandata.registry.store import Registry

    return Registry(db)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=_PATHS)
@_db_option
@click.option(
    "--workers",
    type=click.IntRange(min=1, max=MAX_WORKERS),
    default=None,
    help="Parsing processes.",
)
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local")
@click.option("--scheduler", help="Dask scheduler address (tcp://HOST:PORT), or 'local'.")
@click.option("--lang", "language", help="The language of every file, or one per path: ar,en,es.")
@_json_option
@_ocr_option
@_debug_option
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

    _debug(debug)
    _set_ocr(ocr)
    try:
        codes = _languages(language, len(paths))
        with _open(db) as registry, reporter(as_json) as progress:
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
@click.option("--session", type=_DB_INT)
@click.option("--body")
@click.option("--doc-type")
@_lang_option
@click.option("--limit", type=_DB_INT, default=1000)
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
@_lang_option
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
@_lang_option
@click.option("--session", type=_DB_INT)
@click.option("--body")
@click.option("--doc-type")
@click.option("--action")
@click.option("--addressee")
@click.option("--limit", type=_DB_INT, default=20)
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
        if row.get("superseded_by"):
            state += f"  (superseded by {row['superseded_by']})"
        click.echo(f"  {row['target']} ({row['type']}) in {row['paragraph']}{state}")
    click.echo(f"{symbol} is cited by:")
    for row in out["cited_by"]:
        click.echo(f"  {row['symbol']} [{row['language']}] {row['paragraph']}")


@main.command()
@_db_option
@click.option("--session", type=_DB_INT)
@click.option("--addressee")
@click.option("--type", "type_", type=click.Choice(["report", "agenda_item", "directive"]))
@_json_option
def mandates(
    db: str | None, session: int | None, addressee: str | None, type_: str | None, as_json: bool
) -> None:
    """The mandates of the stored documents: reports due, agenda items, directives."""
    from mandata.procedure import status

    with _registry(db) as registry:
        rows = status.mandates(registry, session=session, addressee=addressee, type=type_)
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
@click.argument("targets", nargs=-1)
@_db_option
@click.option(
    "--lang",
    "language",
    help="The language of each FILE, in order: ar,en,es (default: the file name's tag, else "
    "detected).",
)
@click.option(
    "--segments",
    type=click.Path(path_type=Path, readable=False, dir_okay=False),
    help="A TSV (a column per language, named on its first line) or TMX of aligned segments: "
    "each row compared on its own.",
)
@_json_option
@_debug_option
def compare(
    targets: tuple[str, ...],
    db: str | None,
    language: str | None,
    segments: Path | None,
    as_json: bool,
    debug: bool,
) -> None:
    """Compare the language versions of one document: FILE FILE... or a SYMBOL in the registry;
    or, with --segments, every row of a file of aligned segments.

    Exits 1 when a difference of high severity is found, or a file could not be read (the
    others are compared)."""
    from mandata.compare import compare_documents

    _debug(debug)
    if (segments is None) == (not targets):
        _fail("give the versions (FILE FILE... or a SYMBOL), or --segments FILE", 2)
    if segments is not None:
        sys.exit(_compare_segments(segments, as_json))
    failed: list[str] = []
    try:
        docs = _versions(targets, db, _languages(language, len(targets)), failed)
        if failed and len(docs) < 2:
            sys.exit(2)  # each unreadable version has had its line; nothing is left to compare
        result = compare_documents(docs)
    except MandataError as err:
        _fail(str(err), 2)
        return
    except Exception as err:  # a fault of mandata: one line, not a traceback
        _fail(internal_error(" ".join(targets), err), 2)
        return
    if as_json:
        click.echo(_dump(result.to_dict()))
    else:
        click.echo(f"{result.symbol or '-'}: reference version {result.reference}")
        _print_comparison(result)
    sys.exit(1 if failed or _high(result) else 0)


def _print_comparison(result: Any, indent: str = "  ") -> None:
    for pair in result.pairs:
        click.echo(f"{indent}{pair.line()}")
    for diff in result.differences:
        click.echo(f"{indent}{diff.line()}")


def _high(result: Any) -> bool:
    return any(d.severity == "high" for d in result.differences)


def _compare_segments(path: Path, as_json: bool) -> int:
    """Compare every row of a TSV or TMX of aligned segments; print the rows that differ (all
    rows with --json) and a count; 1 if any row differs at high severity."""
    from mandata.compare.segments import compare_segments, read_segments
    from mandata.names import shown_name
    from mandata.read import DEFAULT_MAX_BYTES

    try:
        rows = read_segments(str(path), max_bytes_setting() or DEFAULT_MAX_BYTES)
        results = list(compare_segments(rows, shown_name(path)))
    except MandataError as err:
        _fail(str(err), 2)
        return 2
    differing = [(row, r) for row, r in results if r.differences]
    high = sum(1 for _, r in differing if _high(r))
    if as_json:
        out = [{"row": row.row, "id": row.id, **r.to_dict()} for row, r in results]
        click.echo(_dump({"segments": shown_name(path), "rows": out}))
    else:
        for row, result in differing:
            ident = f" ({one_line(row.id)})" if row.id else ""
            click.echo(f"row {row.row}{ident}: reference version {result.reference}")
            _print_comparison(result)
        click.echo(
            f"{len(results)} rows compared, {len(differing)} with differences, {high} of high "
            f"severity; {len(rows) - len(results)} rows with fewer than two languages skipped"
        )
    return 1 if high else 0


def _versions(
    targets: tuple[str, ...], db: str | None, codes: list[str | None], failed: list[str]
) -> list[Document]:
    """The versions to compare: a symbol's in the registry, or the files given (each with its
    language code or None); a file that cannot be parsed is reported in one line (and in
    ``failed``) and the others are compared."""
    if len(targets) == 1 and not Path(targets[0]).exists():
        from mandata.registry import queries

        with _registry(db) as registry:
            docs = queries.versions(registry, targets[0])
        if not docs:
            raise MandataError(f"{targets[0]} is neither a file nor a symbol in the registry")
        return docs
    docs = []
    for target, code in zip(targets, codes, strict=True):
        try:
            docs.append(parse_file(Path(target), language=code))
        except MandataError as err:
            failed.append(str(err))
        except Exception as err:  # a fault of mandata on this file: reported, the rest compared
            failed.append(internal_error(target, err))
    for message in failed:
        click.echo(f"mandata: error: {one_line(message)}", err=True)
    return docs


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
    from mandata.langid import detect_language

    language = detect_language(query) or "en"
    if len(found) > 1:  # candidates, best first: the user picks one
        click.echo(f"{len(found)} items match {query!r}, best first:")
        for entry in found:
            sessions = ", ".join(map(str, entry["sessions"])) or "-"
            title = entry["titles"].get(language) or entry["title"]
            click.echo(f"  {title}  ({entry['key']})  sessions {sessions}")
        return
    for entry in found:
        click.echo(f"{entry['titles'].get(language) or entry['title']}  ({entry['key']})")
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
    from mandata.registry.tables import export_tables

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
        click.echo(f"{one_line(str(out / table))}.{fmt}: {n} rows")


from mandata.cli_review import register as _register_review  # noqa: E402  (#19)
from mandata.fetch.command import fetch as _fetch  # noqa: E402  (#17)

main.add_command(_fetch)
_register_review(main)

if __name__ == "__main__":
    main()
