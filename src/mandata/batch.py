"""Parse many files in parallel, streaming one JSON line per document with bounded memory.

A process pool parses; the parent keeps at most a few tasks per worker in flight and writes
results in input order. A file that fails gives ``{"source": ..., "error": ...}`` and the batch
goes on.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from mandata.errors import MandataError
from mandata.parse import parse_file

SUFFIXES = frozenset({".txt", ".pdf", ".docx", ".html", ".htm", ".xml"})
_IN_FLIGHT_PER_WORKER = 4


def iter_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files given, and the documents under directories given (recursively, sorted)."""
    for path in paths:
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if sub.is_file() and sub.suffix.lower() in SUFFIXES:
                    yield sub
        else:
            yield path


def parse_one(
    source: str, max_bytes: int | None = None, language: str | None = None
) -> tuple[str, bool]:
    """One file as one JSON line (the document with its ``source``, or the error), and whether
    it parsed."""
    try:
        doc = parse_file(source, language=language, max_bytes=max_bytes)
    except MandataError as err:
        return json.dumps({"source": source, "error": str(err)}, ensure_ascii=False), False
    doc.source = source
    return json.dumps(doc.to_dict(), ensure_ascii=False), True


def parse_many(
    paths: Iterable[Path],
    workers: int | None = None,
    max_bytes: int | None = None,
    language: str | None = None,
) -> Iterator[tuple[str, bool]]:
    """JSON lines for ``paths`` with their success, in order, parsed over ``workers``
    processes."""
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        for path in paths:
            yield parse_one(str(path), max_bytes, language)
        return
    window = workers * _IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[tuple[str, bool]]] = deque()
        for path in paths:
            pending.append(pool.submit(parse_one, str(path), max_bytes, language))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
