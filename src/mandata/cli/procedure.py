"""The commands of the rules of procedure: ``mandates``, ``session``, ``check``, ``agenda``,
``item``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from mandata.cli.common import (
    DB_INT,
    db_option,
    dump,
    fail,
    json_option,
    lang_option,
    parse_file,
    reading,
)
from mandata.errors import MandataError


@click.command()
@db_option
@click.option("--session", type=DB_INT)
@click.option("--addressee")
@click.option("--type", "type_", type=click.Choice(["report", "agenda_item", "directive"]))
@json_option
def mandates(
    db: str | None, session: int | None, addressee: str | None, type_: str | None, as_json: bool
) -> None:
    """The mandates of the stored documents: reports due, agenda items, directives."""
    from mandata.procedure import status

    with reading(db) as registry:
        rows = status.mandates(registry, session=session, addressee=addressee, type=type_)
    if as_json:
        click.echo(dump({"mandates": rows}))
        return
    for m in rows:
        what = m["title"] or m["action"] or m["periodicity"] or ""
        click.echo(
            f"{m['session'] or '-':>4} {m['type']:12} {m['addressee'] or '-':24} "
            f"{m['source']['symbol']} {m['source']['paragraph']} {what}"
        )


@click.command()
@click.argument("number", type=click.IntRange(min=1, max=300))
@click.option("--db", "db", help="Also use the openings the registry's decisions fixed.")
@json_option
def session(number: int, db: str | None, as_json: bool) -> None:
    """When regular session NUMBER opens (rule 1, or a date the Assembly fixed)."""
    from mandata.procedure.calendar import opening

    fixed = _fixed_openings(db)
    out = opening(number, fixed).to_dict()
    click.echo(
        dump(out) if as_json else f"session {number} opens on {out['opening']} ({out['basis']})"
    )


def _fixed_openings(db: str | None) -> Any:
    if db is None:
        return None
    from mandata.procedure.openings import fixed_openings

    with reading(db) as registry:
        return fixed_openings(registry)


@click.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--db", "db", help="Check against the registry: fixed openings, items on agendas.")
@json_option
def check(path: Path, db: str | None, as_json: bool) -> None:
    """Check a letter asking for an agenda item against rules 13, 14, 15 and 20."""
    from mandata.procedure.checks import check_in_registry, check_request

    try:
        doc = parse_file(path)
    except MandataError as err:
        fail(str(err), 2)
        return
    if db is None:
        result = check_request(doc)
    else:
        with reading(db) as registry:
            result = check_in_registry(doc, registry)
    if as_json:
        click.echo(dump(result.to_dict()))
    else:
        verdict = "ok" if result.ok else "NOT ok"
        click.echo(
            f"{verdict}: rule {result.rule}, session {result.session} opening {result.opening}"
        )
        for c in result.checks:
            click.echo(f"  [{'ok' if c.ok else 'FAIL'}] {c.message}")
    sys.exit(0 if result.ok else 1)


@click.command()
@click.argument("number", type=click.IntRange(min=1, max=300))
@click.option("--proposed", is_flag=True, help="Also the items only drafts and requests propose.")
@lang_option
@db_option
@json_option
def agenda(
    number: int, proposed: bool, language: str | None, db: str | None, as_json: bool
) -> None:
    """The items the provisional agenda of session NUMBER must hold (rule 13 (c)), each item
    titled in the --lang version where one words it (else English)."""
    from mandata.procedure.agenda import provisional_agenda, render

    with reading(db) as registry:
        entries = provisional_agenda(registry, number, proposed, language)
    if as_json:
        click.echo(dump({"session": number, "items": [e.to_dict() for e in entries]}))
    else:
        click.echo(render(number, entries))


@click.command()
@click.argument("query")
@click.option("--history", is_flag=True, help="Every session the item went through (the default).")
@db_option
@json_option
def item(query: str, history: bool, db: str | None, as_json: bool) -> None:
    """An agenda item (by its identity, in any language) and its life across sessions."""
    from mandata.procedure.lineage import item_history

    del history  # the history is what this command shows
    with reading(db) as registry:
        found = item_history(registry, query)
    if not found:
        fail(f"no item matches {query!r} in the registry")
        return
    if as_json:
        click.echo(dump({"items": found}))
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
