"""A registry for the web tests: the shipped examples (six languages), the seed when the corpus
is present, and a hostile document whose text holds HTML and a script."""

from __future__ import annotations

from pathlib import Path

from conftest import EXAMPLES, corpus_dir
from mandata.registry.ingest import ingest
from mandata.registry.store import Registry
from mandata.web.app import Config, create_app

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


def build_registry(folder: Path) -> str:
    """Ingest the examples, the seed (if present) and the hostile document into a SQLite file
    under ``folder``; returns its path."""
    hostile = folder / "hostile" / "A_80_999.txt"
    hostile.parent.mkdir(parents=True)
    hostile.write_text(HOSTILE, encoding="utf-8")
    db = str(folder / "web.db")
    paths = [EXAMPLES, hostile.parent]
    seed = seed_path()
    if seed is not None:
        paths.append(seed)
    with Registry(db) as registry:
        summary = ingest(paths, registry, workers=1)
        assert not summary.failed, summary.failed
    return db


def make_app(db: str, token: str | None = TOKEN, upload_bytes: int = 512 * 1024):  # type: ignore[no-untyped-def]
    """The app over ``db`` with the test token and a small upload limit."""
    return create_app(Config(db=db, token=token, upload_bytes=upload_bytes))
