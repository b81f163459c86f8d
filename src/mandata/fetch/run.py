"""A fetch run: each document from the best source that has it, stored with its provenance.

The sources of a document, tried in order until one gives a good file:

- ``--format xml``: the UN XML only;
- ``--format pdf``: the ODS PDF, then the Digital Library's copy of it;
- ``--format docx`` / ``doc``: the ODS file;
- no ``--format``: the UN XML where it exists (GA from the 75th session, SC from 2020), else
  the PDF as above.

A document already in the store (same symbol, language and format asked) is skipped, so a run
killed midway and started again fetches only what is missing. A document that no source gives
is reported in one line that says what each source answered.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from mandata.errors import MandataError
from mandata.fetch import igov, ods, undl, unxml
from mandata.fetch.checks import check
from mandata.fetch.config import Services
from mandata.fetch.http import Client, DryRun, FetchError, NotFound, Response
from mandata.fetch.marc import Record, parse_search
from mandata.fetch.state import DAY, Enumeration, JsonCache
from mandata.fetch.store import Provenance, Store, file_name

EXTENSIONS = {"pdf": "pdf", "docx": "docx", "doc": "doc", "xml": "xml"}
SERVICE_NAMES = {"unxml": "UN XML", "ods": "ODS", "undl": "Digital Library", "igov": "IGov"}


@dataclass(frozen=True)
class Item:
    """One document to fetch: a symbol in a language, in a format (``auto``: the best)."""

    symbol: str
    language: str
    fmt: str = "auto"

    @property
    def key(self) -> str:
        return f"{self.symbol}|{self.language}|{self.fmt}"

    @property
    def label(self) -> str:
        return f"{self.symbol} [{self.language}]"


@dataclass
class Summary:
    """What a run did."""

    fetched: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    requests: int = 0
    started: float = field(default_factory=time.perf_counter)

    @property
    def paths(self) -> list[str]:
        """The stored documents of this run (fetched or already there), by readable name."""
        return [e["path"] for e in self.fetched + self.skipped if e.get("path")]

    def as_dict(self) -> dict[str, Any]:
        return {
            "fetched": len(self.fetched),
            "skipped": len(self.skipped),
            "failed": [{"document": d, "error": e} for d, e in self.failed],
            "warnings": self.warnings,
            "requests": self.requests,
            "seconds": round(time.perf_counter() - self.started, 2),
            "documents": [_short(e) for e in self.fetched + self.skipped],
        }


def _short(entry: dict[str, Any]) -> dict[str, Any]:
    keys = ("symbol", "language", "format", "service", "url", "path", "sha256")
    return {k: entry.get(k) for k in keys}


Progress = Callable[[int, int, str], None]


class Fetcher:
    """Fetches documents into a store through one polite client."""

    def __init__(
        self,
        store: Store,
        client: Client,
        services: Services,
        refresh: bool = False,
        metadata: bool = True,
        page_size: int = 100,
    ) -> None:
        self.store = store
        self.client = client
        self.services = services
        self.refresh = refresh
        self.metadata = metadata
        self.page_size = page_size
        self.summary = Summary()
        self.done = {} if refresh else store.done()
        self.records = JsonCache(store.state / "records.json")
        self.listings = JsonCache(store.state / "listings.json", max_age=DAY)

    # -- documents -----------------------------------------------------------------------

    def fetch(self, items: Iterable[Item], progress: Progress | None = None) -> Summary:
        """Fetch every item (skipping those already stored); failures are collected."""
        todo = list(dict.fromkeys(items))
        for n, item in enumerate(todo, 1):
            self._one(item)
            self.summary.requests = self.client.requests
            if progress:
                progress(n, len(todo), item.label)
        return self.summary

    def _one(self, item: Item) -> None:
        if item.key in self.done:
            self.summary.skipped.append(self.done[item.key])
            return
        record = self.record(item.symbol)
        errors: list[str] = []
        for service, attempt in self._sources(item):
            try:
                entry = attempt(item, record)
            except DryRun:
                continue
            except NotFound:
                errors.append(f"{SERVICE_NAMES[service]}: not found")
            except MandataError as err:
                errors.append(f"{SERVICE_NAMES[service]}: {err}")
            else:
                self.summary.fetched.append(entry)
                self.done[item.key] = entry
                return
        if not self.client.dry_run:
            self.summary.failed.append((item.label, "; ".join(errors) or "no source"))

    Attempt = Callable[[Item, Record | None], dict[str, Any]]

    def _sources(self, item: Item) -> list[tuple[str, Attempt]]:
        has_xml = unxml.folder(item.symbol) is not None
        if item.fmt == "xml":
            return [("unxml", self._from_unxml)] if has_xml else []
        if item.fmt in ("docx", "doc"):
            return [("ods", self._from_ods)]
        pdf: list[tuple[str, Fetcher.Attempt]] = [
            ("ods", self._from_ods),
            ("undl", self._from_undl),
        ]
        return ([("unxml", self._from_unxml)] if has_xml and item.fmt == "auto" else []) + pdf

    def _from_ods(self, item: Item, record: Record | None) -> dict[str, Any]:
        fmt = "pdf" if item.fmt == "auto" else item.fmt
        url = ods.file_url(self.services.ods, item.symbol, item.language, fmt)
        return self._keep(item, self.client.get(url), "ods", fmt, record)

    def _from_undl(self, item: Item, record: Record | None) -> dict[str, Any]:
        url = (
            undl.file_url(self.services.undl, record, item.symbol, item.language)
            if record
            else None
        )
        if url is None:
            raise NotFound("no Digital Library record")
        return self._keep(item, self.client.get(url), "undl", "pdf", record)

    def _from_unxml(self, item: Item, record: Record | None) -> dict[str, Any]:
        where = unxml.folder(item.symbol)
        assert where is not None
        entries = self._listing(where[0], where[1], item.language)
        entry = unxml.pick(entries, item.symbol, item.language)
        if entry is None:
            raise NotFound(f"not in the listing of {where[0]}/{where[1]}")
        return self._keep(item, self.client.get(entry.url), "unxml", "xml", record)

    def _keep(
        self, item: Item, response: Response, service: str, fmt: str, record: Record | None
    ) -> dict[str, Any]:
        """Check the body, store it under its hash and readable name, with its provenance."""
        check(response.body, fmt, response.content_type)
        name = f"{item.language}/{file_name(item.symbol, EXTENSIONS[fmt])}"
        provenance = _provenance(response, item.key, "document", service)
        provenance.path, provenance.symbol, provenance.language = name, item.symbol, item.language
        provenance.format = fmt
        provenance.metadata = self._metadata(record)
        return self.store.put(response.body, provenance).to_dict()

    def _metadata(self, record: Record | None) -> dict[str, Any] | None:
        if record is None:
            return None
        data = record.to_dict()
        if record.record_id:
            data["record_url"] = f"{self.services.undl}/record/{record.record_id}"
        return data

    # -- the Digital Library -------------------------------------------------------------

    def record(self, symbol: str) -> Record | None:
        """The Digital Library record of ``symbol`` (looked up once, then kept)."""
        cached = self.records.get(symbol)
        if cached is not None or not self.metadata:
            return Record.from_dict(cached) if cached else None
        url = undl.search_url(self.services.undl, undl.symbol_query(symbol), 10, 1)
        try:
            response = self.client.get(url)
            check(response.body, "marcxml", response.content_type)
            self._keep_raw(response, f"undl:record:{symbol}", "metadata", "undl")
            found = undl.find_record(parse_search(response.body)[1], symbol)
        except DryRun:
            return None
        except MandataError as err:
            self.summary.warnings.append(f"{symbol}: no Digital Library metadata: {err}")
            return None
        self.records.put(symbol, found.to_dict() if found else {})
        return found

    def enumerate(self, query: str) -> list[Record]:
        """Every record of a Digital Library search, page by page, resumable."""
        state = Enumeration.load(self.store.state, query, self.refresh)

        def page(start: str) -> bytes:
            url = undl.search_url(self.services.undl, query, self.page_size, int(start))
            response = self.client.get(url)
            check(response.body, "marcxml", response.content_type)
            self._keep_raw(response, f"undl:search:{query}:{start}", "metadata", "undl")
            return response.body

        with contextlib.suppress(DryRun):
            undl.enumerate_pages(state, self.page_size, page, lambda: state.save(self.store.state))
        records = [Record.from_dict(r) for r in state.records]
        self.records.put_many({s: r.to_dict() for r in records for s in r.symbols})
        return records

    def _listing(self, repository: str, directory: str, language: str) -> list[unxml.Entry]:
        url = unxml.listing_url(self.services.unxml, repository, directory, language)
        cached = None if self.refresh else self.listings.get(url)
        if cached is None:
            response = self.client.get(url)
            check(response.body, "json", response.content_type)
            entries = unxml.parse_listing(response.body)
            self._keep_raw(response, f"unxml:listing:{url}", "listing", "unxml")
            cached = [[e.name, e.url] for e in entries]
            self.listings.put(url, cached)
        return [unxml.Entry(name, link) for name, link in cached]

    def _keep_raw(self, response: Response, key: str, kind: str, service: str) -> None:
        """Keep what a service answered (a search page, a listing) with its provenance."""
        self.store.put(response.body, _provenance(response, key, kind, service))

    # -- IGov ----------------------------------------------------------------------------

    def decisions(self, session: int) -> Summary:
        """The decisions of ``session`` from IGov: the answer kept, each decision as a text."""
        url = igov.session_url(self.services.igov, session)
        try:
            response = self.client.get(url)
            found = igov.parse(response.body)
        except DryRun:
            return self.summary
        except MandataError as err:
            self.summary.failed.append((f"decisions of session {session}", str(err)))
            return self.summary
        self._keep_raw(response, f"igov:{session}", "decisions", "igov")
        for decision in found:
            self._decision(session, decision, response)
        self.summary.requests = self.client.requests
        return self.summary

    def _decision(self, session: int, decision: igov.Decision, response: Response) -> None:
        key = f"igov:{session}:{decision.number}"
        body = igov.decision_text(decision).encode("utf-8")
        provenance = _provenance(response, key, "document", "igov")
        provenance.path = f"decisions/{session}/{igov.file_name(decision)}"
        provenance.language, provenance.format = "en", "txt"
        provenance.metadata = {
            "decision": decision.number,
            "title": decision.title,
            "agenda": [{"item": decision.agenda_item}] if decision.agenda_item else [],
            "date": decision.date,
        }
        previous = self.done.get(key)
        if previous and previous.get("sha256") == hashlib.sha256(body).hexdigest():
            self.summary.skipped.append(previous)
            return
        self.summary.fetched.append(self.store.put(body, provenance).to_dict())


def _provenance(response: Response, key: str, kind: str, service: str) -> Provenance:
    return Provenance(
        key=key,
        kind=kind,
        service=service,
        url=response.url,
        final_url=response.final_url,
        fetched_at=response.fetched_at,
        status=response.status,
        content_type=response.content_type,
    )


__all__ = ["FetchError", "Fetcher", "Item", "Summary"]
