"""The ``mandata fetch`` command: options, the run, the report, and ``--ingest``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from mandata.errors import MandataError
from mandata.settings import redact, setting_value, workers_setting

if TYPE_CHECKING:  # the command's modules (and httpx) are imported when it runs, not before
    from mandata.fetch.http import Client
    from mandata.fetch.progress import Update
    from mandata.fetch.run import Fetcher, Summary
    from mandata.fetch.store import Store


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"mandata: error: {redact(message)}", err=True)
    sys.exit(code)


@click.command("fetch")
@click.argument("symbols", nargs=-1)
@click.option("--lang", "lang_spec", default="en", show_default=True, help="ar,en,... or all.")
@click.option(
    "--format", "fmt", type=click.Choice(["xml", "pdf", "docx", "doc"]), help="Default: best."
)
@click.option("--into", type=click.Path(path_type=Path), help="The store (MANDATA_FETCH_DIR).")
@click.option("--session", type=click.IntRange(1, 300), help="A General Assembly session.")
@click.option("--series", type=click.Choice(["res", "drafts", "decisions"]), default=None)
@click.option("--query", help="A Digital Library search: fetch every record it finds.")
@click.option("--cites", "cites_symbol", help="A document, and every document it cites.")
@click.option("--ingest", is_flag=True, help="Parse what was fetched into the registry.")
@click.option("--db", help="The registry for --ingest (MANDATA_DB, ./mandata.db).")
@click.option("--dry-run", is_flag=True, help="Print the requests instead of making them.")
@click.option("--refresh", is_flag=True, help="Fetch again what is stored, ask 404s again.")
@click.option("--no-metadata", is_flag=True, help="Skip the Digital Library's records.")
@click.option("--page-size", type=click.IntRange(1, 200), default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def fetch(
    symbols: tuple[str, ...],
    lang_spec: str,
    fmt: str | None,
    into: Path | None,
    session: int | None,
    series: str | None,
    query: str | None,
    cites_symbol: str | None,
    ingest: bool,
    db: str | None,
    dry_run: bool,
    refresh: bool,
    no_metadata: bool,
    page_size: int,
    as_json: bool,
) -> None:
    """Fetch documents from the UN's services (ODS, Digital Library, UN XML, IGov) into a
    content-addressed store: SYMBOL..., --session N [--series res|drafts|decisions],
    --query SEARCH or --cites SYMBOL."""
    from mandata.fetch import config, plan
    from mandata.fetch.progress import progress
    from mandata.fetch.run import Fetcher
    from mandata.fetch.store import Store

    modes = [bool(symbols), session is not None, query is not None, cites_symbol is not None]
    if sum(modes) != 1:
        _fail("give SYMBOL..., or one of --session, --query and --cites", 2)
    if series and session is None:
        _fail("--series goes with --session", 2)
    try:
        langs = plan.languages(lang_spec)
        store = Store(into or Path(setting_value("fetch_dir") or "fetched"))
        services = config.services()
        client = _client(store, dry_run, refresh)
    except MandataError as err:
        _fail(str(err))
        return
    fetcher = Fetcher(store, client, services, refresh, not no_metadata, page_size)
    try:
        with progress(as_json or dry_run) as update:
            if symbols:
                fetcher.fetch(plan.items(list(symbols), langs, fmt or "auto"), update)
            elif cites_symbol:
                plan.cites(fetcher, cites_symbol, langs, fmt or "auto", update)
            else:
                _search(fetcher, session, series or "res", query, langs, fmt or "auto", update)
    except MandataError as err:
        _fail(str(err))
    finally:
        client.close()
    if dry_run:
        return
    _report(fetcher.summary, store, as_json)
    failed = bool(fetcher.summary.failed)
    if ingest:
        failed = _ingest(store, fetcher.summary, db, as_json) or failed
    sys.exit(1 if failed else 0)


def _client(store: Store, dry_run: bool, refresh: bool) -> Client:
    from mandata.fetch import config
    from mandata.fetch.http import Client, NotFoundCache

    return Client(
        config.politeness(),
        NotFoundCache(store.state / "not-found.json"),
        dry_run=dry_run,
        use_cache=not refresh,
        echo=click.echo,
    )


def _search(
    fetcher: Fetcher,
    session: int | None,
    series: str,
    query: str | None,
    langs: list[str],
    fmt: str,
    update: Update | None,
) -> None:
    from mandata.fetch import plan

    if session is not None and series == "decisions":
        fetcher.decisions(session)
        return
    if query is not None:
        found = plan.search_symbols(fetcher, query)
    else:
        assert session is not None
        found = plan.session_symbols(fetcher, session, series)
    if fetcher.client.dry_run:
        click.echo("# then the following pages, and each document found, in each language")
        return
    fetcher.fetch(plan.items(found, langs, fmt), update)


def _report(summary: Summary, store: Store, as_json: bool) -> None:
    from mandata.fetch.run import SERVICE_NAMES

    out = summary.as_dict()
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    for entry in summary.fetched:
        where = entry.get("path") or entry.get("key")
        click.echo(f"  {where}  from {SERVICE_NAMES.get(entry['service'], entry['service'])}")
    click.echo(
        f"{out['fetched']} fetched, {out['skipped']} already there, {len(out['failed'])} failed "
        f"({out['requests']} requests in {out['seconds']} s) into {store.root}"
    )
    for document, error in summary.failed:
        click.echo(f"  failed: {document}: {error}")
    for warning in summary.warnings:
        click.echo(f"  warning: {warning}")


def _ingest(store: Store, summary: Summary, db: str | None, as_json: bool) -> bool:
    """Parse the documents of this run into the registry, with their provenance; whether
    anything failed."""
    from mandata.batch import SUFFIXES
    from mandata.fetch import provenance
    from mandata.registry.ingest import ingest as run_ingest
    from mandata.registry.progress import reporter
    from mandata.registry.store import Registry

    paths = [store.root / p for p in summary.paths]
    unread = [p for p in paths if p.suffix.lower() not in SUFFIXES]
    if unread:  # the UN XML, until mandata reads it (#13): not parsed as plain text
        click.echo(
            f"  warning: {len(unread)} files in a format mandata does not read yet "
            "are not ingested (fetch them with --format pdf)"
        )
        paths = [p for p in paths if p not in unread]
    if not paths:
        return False
    try:
        with Registry(db) as registry, reporter(as_json) as report:
            result = run_ingest(paths, registry, workers=workers_setting(), progress=report)
            recorded = provenance.record(registry, store.entries())
    except MandataError as err:
        _fail(str(err))
        return True
    out: dict[str, Any] = result.as_dict()
    if as_json:
        click.echo(json.dumps({"ingest": out, "provenance": recorded}, ensure_ascii=False))
    else:
        click.echo(
            f"ingest: {out['files']} files: {out['added']} added, {out['replaced']} replaced, "
            f"{out['unchanged']} unchanged, {len(out['failed'])} failed; "
            f"provenance of {recorded} files recorded"
        )
        for failure in out["failed"]:
            click.echo(f"  failed: {failure['error']}")
    return bool(out["failed"])
