"""Parse many files in parallel, streaming one JSON line per document with bounded memory.

A process pool parses; the parent keeps at most a few tasks per worker in flight and writes
results in input order. A file that fails gives ``{"source": ..., "error": ...}`` and the batch
goes on, whatever the failure: a bad file, or a fault of mandata on that file (an "internal
error", whose traceback is logged at debug level).
"""

from __future__ import annotations

import gc
import json
import logging
import os
import stat
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import cache
from pathlib import Path

from mandata.errors import MandataError, MandataWarning
from mandata.names import shown_name
from mandata.parse import parse_file
from mandata.read import special_file
from mandata.read.decisions import is_decision_json
from mandata.read.text import label_of

SUFFIXES = frozenset({".txt", ".pdf", ".docx", ".doc", ".rtf", ".wpd", ".html", ".htm", ".xml"})
_IN_FLIGHT_PER_WORKER = 4
_LOG = logging.getLogger("mandata")


def iter_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files given, and the documents under directories given (recursively, sorted; links to
    folders are not followed). What a folder walk skips is said in a :class:`MandataWarning`:
    a folder it cannot read, and a link, FIFO or device named like a document."""
    for path in paths:
        try:
            folder = path.is_dir()
        except OSError:  # a path that cannot be looked at: the reader says why
            folder = False
        if folder:
            yield from sorted(_documents_under(path))
        else:
            yield path


def _documents_under(root: Path) -> Iterator[Path]:
    """The regular files (or links to them) with a document's suffix under folder ``root``."""
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError as err:
            _skipped(folder, f"cannot read the folder ({err.strerror or type(err).__name__})")
            continue
        for entry in listed:
            path = folder / entry.name
            if entry.is_dir(follow_symlinks=False):
                folders.append(path)
            elif Path(entry.name).suffix.lower() in SUFFIXES or _decision_record(path):
                problem = _not_a_document_file(entry)
                if problem is None:
                    yield path
                else:
                    _skipped(path, problem)


def _decision_record(path: Path) -> bool:
    """A ``.json`` file holding one GA decision record (:mod:`mandata.read.decisions`); other
    JSON in a folder is no document and is passed over."""
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as f:
            return is_decision_json(f.read(65536))
    except OSError:
        return False


def _not_a_document_file(entry: os.DirEntry[str]) -> str | None:
    """Why a directory entry named like a document cannot be read as one, or None."""
    try:
        mode = entry.stat().st_mode  # follows a link
    except OSError:
        return "a link to nothing" if entry.is_symlink() else "gone"
    if stat.S_ISDIR(mode):
        return "a link to a folder (not followed)"
    return special_file(mode)


def _skipped(path: Path, why: str) -> None:
    warnings.warn(f"skipped {shown_name(path)}: {why}", MandataWarning, stacklevel=2)


def parse_one(
    source: str, max_bytes: int | None = None, language: str | None = None
) -> tuple[str, bool]:
    """One file as one JSON line (the document with its ``source``, or the error), and whether
    it parsed. An unexpected exception (a fault of mandata on this file) is reported like any
    other error, in one line; its traceback goes to the log (``--debug`` shows it)."""
    try:
        doc = parse_file(source, language=language, max_bytes=max_bytes)
    except MandataError as err:
        failure = {"source": shown_name(source), "error": str(err)}
        return json.dumps(failure, ensure_ascii=False), False
    except Exception as err:  # a bug on one file must not stop the batch: it is reported
        failure = {"source": shown_name(source), "error": internal_error(shown_name(source), err)}
        return json.dumps(failure, ensure_ascii=False), False
    doc.source = shown_name(source)
    _freeze_tables()
    return json.dumps(doc.to_dict(), ensure_ascii=False), True


@cache  # once a process: the first call freezes, the others find it done
def _freeze_tables() -> None:
    """Once a process has parsed a document, the language tables and compiled patterns it
    loaded live as long as the process: moved out of the collector's generations
    (``gc.freeze``), no full collection traverses them again (they were most of its work, 3-4
    per cent of a batch's time). The documents parsed after are collected as before."""
    gc.freeze()


def internal_error(source: str, err: BaseException) -> str:
    """The one-line message of an unexpected exception while reading ``source``; the traceback
    is logged (at debug level) for whoever asked for it."""
    _LOG.debug("internal error on %s", source, exc_info=err)
    detail = " ".join(str(err).split())[:200]
    return f"{label_of(source)}: internal error: {type(err).__name__}: {detail}".rstrip(": ")


def parse_many(
    paths: Iterable[Path],
    workers: int | None = None,
    max_bytes: int | None = None,
    language: str | None = None,
    languages: Iterable[str | None] | None = None,
) -> Iterator[tuple[str, bool]]:
    """JSON lines for ``paths`` with their success, in order, parsed over ``workers``
    processes; ``language`` is every file's, or ``languages`` each one's (None: detected)."""
    workers = workers or os.cpu_count() or 1
    coded = (
        zip(paths, languages, strict=True)
        if languages is not None
        else ((path, language) for path in paths)
    )
    if workers == 1:
        for path, code in coded:
            yield parse_one(str(path), max_bytes, code)
        return
    window = workers * _IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[tuple[str, bool]]] = deque()
        for path, code in coded:
            pending.append(pool.submit(parse_one, str(path), max_bytes, code))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
