"""The ``compare`` command: the language versions of one document, or rows of aligned
segments."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from mandata.cli.common import (
    db_option,
    debug_option,
    dump,
    fail,
    internal_error,
    json_option,
    languages,
    parse_file,
    reading,
    set_debug,
)
from mandata.errors import MandataError
from mandata.names import one_line
from mandata.settings import max_bytes_setting

if TYPE_CHECKING:
    from mandata.model import Document


@click.command()
@click.argument("targets", nargs=-1)
@db_option
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
@json_option
@debug_option
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

    set_debug(debug)
    if (segments is None) == (not targets):
        fail("give the versions (FILE FILE... or a SYMBOL), or --segments FILE", 2)
    if segments is not None:
        sys.exit(_compare_segments(segments, as_json))
    failed: list[str] = []
    try:
        docs = _versions(targets, db, languages(language, len(targets)), failed)
        if failed and len(docs) < 2:
            sys.exit(2)  # each unreadable version has had its line; nothing is left to compare
        result = compare_documents(docs)
    except MandataError as err:
        fail(str(err), 2)
        return
    except Exception as err:  # a fault of mandata: one line, not a traceback
        fail(internal_error(" ".join(targets), err), 2)
        return
    if as_json:
        click.echo(dump(result.to_dict()))
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
        fail(str(err), 2)
        return 2
    differing = [(row, r) for row, r in results if r.differences]
    high = sum(1 for _, r in differing if _high(r))
    if as_json:
        out = [{"row": row.row, "id": row.id, **r.to_dict()} for row, r in results]
        click.echo(dump({"segments": shown_name(path), "rows": out}))
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

        with reading(db) as registry:
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
