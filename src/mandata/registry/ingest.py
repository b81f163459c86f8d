"""Ingest: files parsed in parallel, written into the registry by one writer in batches.

Files whose content (SHA-256) and parser version are already stored are skipped before parsing,
so a second run over the same files does nothing; a changed file replaces its document. Each
batch is one transaction: a run killed midway leaves whole batches behind, and the next run
parses only what is missing. A file that fails is recorded with its error and the run goes on.

The parsing runs in a process pool on this machine (``engine="local"``) or on a Dask
distributed cluster (``engine="dask"``, the scheduler's address, or ``"local"`` for a
``LocalCluster``); writing always happens here, through the one registry connection.

Parsing and writing overlap: even with one worker the parsing runs in its own process (a
pipeline: one parser, one writer), not between the writes in this one, and the pool is given
enough files to keep every worker busy while a batch is written (two batches in flight), so
that storing costs little more than parsing.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import Any

from mandata import PARSER_VERSION
from mandata.batch import internal_error, iter_paths
from mandata.errors import MandataError
from mandata.names import shown_name
from mandata.parse import parse_file
from mandata.read import special_file
from mandata.registry.queries import link_drafts_by_title
from mandata.registry.schema import documents, failures, items, paragraphs, sources
from mandata.registry.series import build_series
from mandata.registry.store import Entry, Prepared, Registry, RegistryError, prepare

Parsed = tuple[str, str, Prepared | None, str | None]
Progress = Callable[["IngestSummary"], None]


@dataclass
class IngestSummary:
    """What a run did, for the progress display and the final report."""

    files: int = 0
    skipped: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    drafts_linked: int = 0
    started: float = field(default_factory=time.perf_counter)

    @property
    def done(self) -> int:
        return self.skipped + self.added + self.replaced + self.unchanged + len(self.failed)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "added": self.added,
            "replaced": self.replaced,
            "unchanged": self.unchanged + self.skipped,
            "failed": [{"source": s, "error": e} for s, e in self.failed],
            "drafts_linked": self.drafts_linked,
            "seconds": round(self.seconds, 2),
        }


def file_hash(path: Path) -> str:
    """The SHA-256 of a file; OSError for what is no regular file (reading a FIFO would wait
    forever), opened without blocking."""
    digest = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb") as handle:
        what = special_file(os.fstat(fd).st_mode)
        if what is not None:
            raise OSError(f"{what}, not a document file")
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def parse_for_ingest(
    source: str, content_hash: str, dialect: str = "sqlite", language: str | None = None
) -> Parsed:
    """Parse one file in a worker: what the writer of a ``dialect`` registry stores for its
    document (rows, JSON, index entries; not the Document, slower to send), or its error;
    ``language`` is the file's when the user gave it."""
    try:
        doc = parse_file(source, language=language)
        ready = prepare(doc, doc.to_dict(), dialect)
    except MandataError as err:
        return source, content_hash, None, str(err)
    except Exception as err:  # a bug on one file must not stop the run: it is reported
        return source, content_hash, None, internal_error(source, err)
    return source, content_hash, ready, None


def ingest(
    paths: Iterable[Path],
    registry: Registry,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int = 50,
    progress: Progress | None = None,
    languages: Sequence[str | None] | None = None,
) -> IngestSummary:
    """Parse and store the documents under ``paths``; ``languages``, one per path, are the
    languages of their files (None: the file name's tag, else detected)."""
    summary = IngestSummary()
    paths = list(paths)
    codes = list(languages) if languages is not None else [None] * len(paths)
    # the files as text, and each one's language only where one was given: a list of Path
    # objects and of hashes would cost the ingest process 60 MB more at 100,000 files
    files: list[str] = []
    language_of: dict[str, str] = {}
    for given, code in zip(paths, codes, strict=True):
        for found in iter_paths([given]):
            # the workers may run elsewhere on Dask: give them absolute paths
            name = str(found.resolve() if engine == "dask" else found)
            files.append(name)
            if code is not None:
                language_of[name] = code
    summary.files = len(files)
    todo = _changed(files, registry, summary, language_of)
    batch: list[Entry] = []
    dialect = registry.engine.dialect.name
    parsing = _parse(todo, workers, engine, scheduler, dialect, 2 * batch_size)
    statistics = _Statistics()
    for path, content_hash, parsed, error in parsing:
        source = shown_name(path)  # the key stored: valid UTF-8 whatever the file name holds
        if parsed is None:
            summary.failed.append((source, error or "unknown error"))
            registry.record_failure(source, error or "unknown error")
        else:
            batch.append((parsed, source, content_hash))
        if len(batch) >= batch_size:
            _flush(registry, batch, summary)
            if statistics.due(summary.added + summary.replaced):
                registry.refresh_statistics(WRITER_TABLES)
        if progress:
            progress(summary)
    _flush(registry, batch, summary)
    summary.drafts_linked = link_drafts_by_title(registry)
    if summary.added or summary.replaced:
        build_series(registry)
        registry.refresh_statistics()
    if progress:
        progress(summary)
    return summary


def _changed(
    files: list[str], registry: Registry, summary: IngestSummary, language_of: dict[str, str]
) -> Iterator[tuple[str, str, str | None]]:
    """The files whose content or parser version differs from what is stored, with their
    hash and given language, as the parsing takes them (hashed then, not all first)."""
    known = registry.fingerprints()
    for path in files:
        source = shown_name(path)
        try:
            content_hash = file_hash(Path(path))
        except OSError as err:
            summary.failed.append((source, f"cannot read: {err.strerror or err}"))
            continue
        if known.get(source) == (content_hash, PARSER_VERSION):
            summary.skipped += 1
        else:
            yield path, content_hash, language_of.get(path)


# the tables the writer looks rows up in by key, batch after batch
WRITER_TABLES = tuple(t.name for t in (sources, documents, paragraphs, items, failures))


class _Statistics:
    """When a run refreshes the planner's statistics of ``WRITER_TABLES``: each time the
    documents it has written double, from 1,000 (a dozen times up to a million, each a sample
    of a few thousand rows a table). The database's own refresh may be off or behind a bulk
    load: PostgreSQL without it planned the writer's lookups by key in a registry it still
    took for empty as scans of the whole tables, 2,000 scans of ``sources`` and of
    ``documents`` in 100,000 documents, and its CPU a document grew from 1.7 to 5.0 ms."""

    FIRST = 1_000

    def __init__(self) -> None:
        self.next = self.FIRST

    def due(self, written: int) -> bool:
        if written < self.next:
            return False
        self.next = 2 * written
        return True


def _flush(registry: Registry, batch: list[Entry], summary: IngestSummary) -> None:
    """Store the batch in one transaction; when the database refuses it, store its documents
    one at a time, so that only a document the database refuses is recorded as a failure and
    the others, and the run, go on."""
    if not batch:
        return
    parts = [batch] if len(batch) == 1 else [batch, *([entry] for entry in batch)]
    for part in parts:
        try:
            outcomes = registry.store_many(part)
        except RegistryError as err:
            if len(part) == 1:  # this document: recorded (if the database is down, this fails)
                summary.failed.append((part[0][1], str(err)))
                registry.record_failure(part[0][1], str(err))
            continue
        for stored in outcomes:
            setattr(summary, stored.outcome, getattr(summary, stored.outcome) + 1)
        if len(part) > 1:  # the whole batch went in
            break
    batch.clear()


Todo = Iterable[tuple[str, str, str | None]]  # path, content hash, language given


def _parse(
    todo: Todo,
    workers: int,
    engine: str,
    scheduler: str | None,
    dialect: str,
    in_flight: int,
) -> Iterator[Parsed]:
    """The parsed files, in order. A single file is parsed here (no process to start for it);
    more go to a pool, even of one worker, so that they are parsed while batches are written."""
    job = partial(parse_for_ingest, dialect=dialect)
    if engine == "dask":
        yield from _parse_dask(todo, scheduler, workers, job, in_flight)
        return
    waiting = iter(todo)
    first = list(islice(waiting, 2))
    if len(first) < 2:
        for source, content_hash, language in first:
            yield job(source, content_hash, language=language)
    else:
        more = chain(first, waiting)
        yield from _parse_pool(more, max(workers, 1), job, max(in_flight, workers * 4))


Job = Callable[..., Parsed]


def _parse_pool(todo: Todo, workers: int, job: Job, in_flight: int) -> Iterator[Parsed]:
    """A process pool with at most ``in_flight`` files submitted and not yet taken (bounded
    memory): enough that the workers go on parsing while this process writes a batch."""
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_end_with, initargs=(os.getpid(),)
    ) as pool:
        pending: deque[Future[Parsed]] = deque()
        for source, content_hash, language in todo:
            pending.append(pool.submit(job, source, content_hash, language=language))
            if len(pending) >= in_flight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


_PR_SET_PDEATHSIG = 1


def _end_with(parent: int) -> None:
    """Run in each parsing worker: end it when the ingest that started it dies (on Linux), so
    that a killed ingest does not leave its workers waiting forever for files."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # no prctl: the worker is left as before
        return
    if os.getppid() != parent:  # the ingest died before the signal was asked for
        os._exit(0)


def _parse_dask(
    todo: Todo, scheduler: str | None, workers: int, job: Job, in_flight: int
) -> Iterator[Parsed]:
    """Parse on a Dask distributed cluster; results come back as they finish. At most
    ``in_flight`` files (or four per worker thread of the cluster, if more) are submitted and not
    yet taken, and each result is released once taken: the cluster holds a window of results,
    not every result of the run."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise MandataError(
            "the dask engine needs dask[distributed]: pip install 'mandata[dask]'"
        ) from None
    cluster = None
    if not scheduler or scheduler == "local":
        cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True)
        address: Any = cluster
    else:
        address = scheduler
    try:
        with Client(address) as client:
            window = max(in_flight, 4 * sum(client.nthreads().values()))
            waiting = iter(todo)
            running = as_completed()
            for source, content_hash, language in islice(waiting, window):
                running.add(client.submit(job, source, content_hash, language=language, pure=False))
            for future in running:
                result = future.result()
                future.release()
                for source, content_hash, language in islice(waiting, 1):
                    running.add(
                        client.submit(job, source, content_hash, language=language, pure=False)
                    )
                yield result
    except OSError as err:
        raise MandataError(f"cannot reach the Dask scheduler {scheduler}: {err}") from None
    finally:
        if cluster is not None:
            cluster.close()
