"""Commands of the mandate review (#19): ``series``, ``diff``, ``entity``, ``votes``. Thin: the
work is in :mod:`mandata.registry.series`, :mod:`mandata.procedure.renewal` and
:mod:`mandata.procedure.review`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from mandata.cli.common import dump, fail, reading
from mandata.errors import MandataError


@click.command()
@click.argument("query", required=False)
@click.option("--db", "db", help="Database URL or SQLite path (MANDATA_DB, ./mandata.db).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--rebuild", is_flag=True, help="Group the registry's resolutions into series again first."
)
def series(query: str | None, db: str | None, as_json: bool, rebuild: bool) -> None:
    """Series of recurring resolutions: those whose title holds QUERY's words, or the series of
    resolution QUERY (77/13, A/RES/77/13) with its timeline; every series without QUERY.
    ``--rebuild`` computes them again from the stored resolutions (ingest does it too)."""
    from mandata.procedure import review

    with reading(db) as registry:
        if rebuild:
            from mandata.registry.series import build_series

            built = build_series(registry)
            click.echo(f"{built} series rebuilt", err=True)
        found = review.find_series(registry, query)
        if query and review.resolution_symbol(query):
            timelines = [review.series_timeline(registry, int(s["id"])) for s in found]
            if not timelines:
                fail(f"{query} is in no series of the registry")
            _print_timelines([t for t in timelines if t], as_json)
            return
    if as_json:
        click.echo(dump({"series": found}))
        return
    for s in found:
        span = f"{s['first_session']}-{s['last_session']}"
        click.echo(
            f"{s['id']:>5} {s['length']:>3} {s['periodicity'] or '-':10} {span:8} {s['title']}"
        )


def _print_timelines(timelines: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        click.echo(dump({"series": timelines}))
        return
    for t in timelines:
        click.echo(f"{t['title']} ({t['periodicity'] or 'one session'}, {t['length']} resolutions)")
        for m in t["members"]:
            held = "" if m["stored"] else "  (cited only)"
            vote = (m.get("vote") or {}).get("outcome") or ""
            click.echo(
                f"  {m['session'] or '-':>3} {m['date'] or '':10} {m['symbol']:16} {vote}{held}"
            )
            for o in m["ordered"]:
                what = o["title"] or o["addressee"] or ""
                click.echo(
                    f"        {o['type']:11} session {o['session'] or '-'} {what} ({o['paragraph']})"
                )


@click.command()
@click.argument("old")
@click.argument("new")
@click.option("--db", "db", help="Database URL or SQLite path (MANDATA_DB, ./mandata.db).")
@click.option("--lang", "language", help="The language version to compare (default English).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def diff(old: str, new: str, db: str | None, language: str | None, as_json: bool) -> None:
    """What changed from resolution OLD to NEW (symbols in the registry, or two files):
    paragraphs added, removed and changed with the changed words marked, the mandates created,
    renewed, changed or ended, and whether the other languages align the paragraphs alike."""
    result = _from_files(old, new, language) or _from_registry(old, new, db, language)
    if as_json:
        click.echo(dump(result))
    else:
        _print_diff(result)


def _from_files(old: str, new: str, language: str | None) -> dict[str, Any] | None:
    if not (Path(old).is_file() and Path(new).is_file()):
        return None
    from mandata.parse import parse_file
    from mandata.procedure.renewal import diff_documents

    try:
        return diff_documents(
            parse_file(old, language=language), parse_file(new, language=language)
        )
    except MandataError as err:
        fail(str(err))
    return None


def _from_registry(old: str, new: str, db: str | None, language: str | None) -> dict[str, Any]:
    from mandata.procedure.review import diff_symbols

    with reading(db) as registry:
        result = diff_symbols(registry, old, new, language)
    if result is None:
        where = f" in {language}" if language else " in a common language"
        fail(f"the registry does not hold {old} and {new}{where}")
    assert result is not None
    return result


_MARK = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}


def _print_diff(result: dict[str, Any]) -> None:
    o, n = result["old"], result["new"]
    click.echo(f"{o['symbol']} ({o['date']}) -> {n['symbol']} ({n['date']}) [{result['language']}]")
    click.echo("  " + ", ".join(f"{v} {k}" for k, v in result["summary"].items()))
    agree = result.get("languages") or {}
    if len(agree) > 1:
        same = [c for c, ok in agree.items() if ok]
        click.echo(
            f"  the same alignment in {len(same)} of {len(agree)} languages: {' '.join(same)}"
        )
        alone = [c for c, ok in (result.get("own_alignments") or {}).items() if not ok]
        if alone:
            click.echo(f"  (on its own words alone, {' '.join(alone)} would align otherwise)")
    for p in result["paragraphs"]:
        if p["status"] == "unchanged":
            continue
        where = f"{p['old'] or '-'} -> {p['new'] or '-'}"
        text = "".join(_MARK[op].format(w) + " " for op, w in p["words"]).strip()
        click.echo(f"{p['status']:8} {where}: {text}")
    for m in result["mandates"]:
        x = m["new"] or m["old"]
        what = x["title"] or x["addressee"] or x["action"] or ""
        change = "; ".join(f"{k} {a} -> {b}" for k, (a, b) in (m.get("changes") or {}).items())
        click.echo(f"mandate {m['status']:8} {x['type']} {what} {change}".rstrip())


@click.command()
@click.argument("entity")
@click.option("--db", "db", help="Database URL or SQLite path (MANDATA_DB, ./mandata.db).")
@click.option("--lang", "language", default="en", help="The language of the names shown.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def entity(entity: str, db: str | None, language: str, as_json: bool) -> None:
    """The mandates ENTITY holds (un:secretary-general, FRA): by type and due session, the
    oldest, the most renewed, and those it shares with other entities."""
    from mandata.analyze.entities import entity_name
    from mandata.procedure.review import entity_mandates

    with reading(db) as registry:
        found = entity_mandates(registry, entity)
    if not found["total"]:
        fail(f"no mandate addressed to {entity} in the registry")
    if as_json:
        click.echo(dump(found))
        return

    def name(x: str) -> str:
        return entity_name(x, language) or entity_name(x, "en") or x

    click.echo(f"{name(entity)}: {found['total']} mandates {found['by_type']}")
    click.echo("due: " + ", ".join(f"{k}: {v}" for k, v in found["by_session"].items()))
    for g in found["most_renewed"][:10]:
        click.echo(f"  renewed {g['times']}x  {g['type']} {g['action'] or ''}  {g['title']}")
    for m in found["shared"][:10]:
        others = ", ".join(name(o) for o in m["shared_with"])
        click.echo(f"  shared with {others}: {m['source']['symbol']} {m['source']['paragraph']}")


@click.command()
@click.argument("what", nargs=-1, required=True)
@click.option("--db", "db", help="Database URL or SQLite path (MANDATA_DB, ./mandata.db).")
@click.option(
    "--source", default="unvotes", help="The name the imported roll calls are kept under."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def votes(what: tuple[str, ...], db: str | None, source: str, as_json: bool) -> None:
    """How resolution WHAT (77/13) was adopted: its vote and sponsors, and its roll calls; or
    ``votes import FILE...``: store the roll calls of R data files (un_roll_calls.rda, with
    un_roll_call_issues.rda for the issues) for resolutions the registry may not hold."""
    from mandata.procedure import review
    from mandata.registry.votes import import_roll_calls, votes_of

    with reading(db) as registry:
        try:
            if what[0] == "import":
                files = [Path(f) for f in what[1:]]
                if not files or not all(f.is_file() for f in files):
                    fail("votes import: give the R data files of the roll calls")
                click.echo(f"{import_roll_calls(registry, files, source)} roll calls stored")
                return
            found = votes_of(registry, review.resolution_symbol(what[0]) or what[0])
        except MandataError as err:
            fail(str(err))
            return
    if as_json:
        click.echo(dump(found))
        return
    _print_votes(found)


def _print_votes(found: dict[str, Any]) -> None:
    v = found["vote"] or {}
    if v.get("outcome"):
        counts = f" {v.get('in_favour')}-{v.get('against')}-{v.get('abstaining')}"
        click.echo(f"{found['symbol']}: {v['outcome']}{counts if v.get('voters') else ''}")
    for side, states in (v.get("voters") or {}).items():
        click.echo(f"  {side} ({len(states)}): {', '.join(states)}")
    if found["sponsors"]:
        click.echo(f"  sponsors ({len(found['sponsors'])}): {', '.join(found['sponsors'])}")
    for r in found["roll_calls"]:
        what = f" on {r['part']}" if r["part"] else ""
        click.echo(f"  roll call {r['roll_call']}{what} {r['date']} {', '.join(r['issues'])}")
    if not (v or found["sponsors"] or found["roll_calls"]):
        click.echo(f"{found['symbol']}: no vote known to the registry")
