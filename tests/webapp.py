"""A registry for the web tests: the shipped examples (six languages), the seed when the corpus
is present, and a hostile document whose text holds HTML and a script; and a deliberately slow
parser for the tests of uploads parsed off the event loop."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from conftest import EXAMPLES, corpus_dir
from mandata.model import Document
from mandata.registry.ingest import ingest
from mandata.registry.store import Registry
from mandata.web.app import Config, create_app
from mandata.web.workers import parse_upload

TOKEN = "test-token-7f3a"
HOSTILE_SYMBOL = "A/80/999"
HOSTILE = """United Nations\tA/80/999
General Assembly\tDistr.: General
1 October 2025

Eightieth session

<script>alert("mandata")</script> <b>Bold</b> & co

Letter dated 1 October 2025 from the Permanent Representative of Austria to the United Nations addressed to the Secretary-General

I have the honour to transmit <script>alert(1)</script> and <img src=x onerror=alert(2)> as text, with R&D.

(Signed) Jane Doe
"""


def seed_path() -> Path | None:
    """The founding document, when the corpus is here."""
    path = corpus_dir() / "seed" / "000_26fd981915cedf0e.txt"
    return path if path.exists() else None


def build_registry(folder: Path, url: str | None = None) -> str:
    """Ingest the examples, the seed (if present) and the hostile document into the registry
    ``url`` (by default a SQLite file under ``folder``); returns the registry's URL or path."""
    hostile = folder / "hostile" / "A_80_999.txt"
    hostile.parent.mkdir(parents=True)
    hostile.write_text(HOSTILE, encoding="utf-8")
    db = url or str(folder / "web.db")
    paths = [EXAMPLES, hostile.parent]
    seed = seed_path()
    if seed is not None:
        paths.append(seed)
    with Registry(db) as registry:
        summary = ingest(paths, registry, workers=1)
        assert not summary.failed, summary.failed
    return db


def make_app(db: str, token: str | None = TOKEN, upload_bytes: int = 512 * 1024, **more: Any):  # type: ignore[no-untyped-def]
    """The app over ``db`` with the test token and a small upload limit (``more``: other
    fields of :class:`Config`)."""
    return create_app(Config(db=db, token=token, upload_bytes=upload_bytes, **more))


_SLOW = re.compile(rb"SLOW (\d+(?:\.\d+)?)\n")


def slow(seconds: float, data: bytes) -> bytes:
    """An upload that :func:`slow_parse` takes ``seconds`` to parse."""
    return b"SLOW %g\n" % seconds + data


def slow_parse(data: bytes, name: str, symbol: str | None, limit: int) -> Document:
    """The upload parser, made slow on purpose for an upload made by :func:`slow`: the CPU is
    kept busy for the seconds it asks before the rest is parsed (what a document that is slow
    to parse does to a worker)."""
    if (asked := _SLOW.match(data)) is not None:
        until = time.monotonic() + float(asked[1])
        while time.monotonic() < until:
            sum(range(10_000))
        data = data[asked.end() :]
    return parse_upload(data, name, symbol, limit)
