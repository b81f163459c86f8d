"""Progress of an ingest: a rich progress bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

_PLAIN_EVERY = 5.0


@contextmanager
def reporter(quiet: bool = False) -> Iterator[Callable[[Any], None] | None]:
    """A progress callback for :func:`mandata.registry.ingest.ingest`."""
    if quiet:
        yield None
    elif sys.stderr.isatty():
        yield from _rich()
    else:
        yield _plain()


def _rich() -> Iterator[Callable[[Any], None]]:
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (
        TextColumn("ingest"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} files"),
        TextColumn("{task.fields[rate]:.0f} docs/s"),
        TextColumn("{task.fields[errors]} errors"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("ingest", total=None, rate=0.0, errors=0)

        def update(summary: Any) -> None:
            rate = summary.done / summary.seconds if summary.seconds else 0.0
            bar.update(
                task,
                total=summary.files,
                completed=summary.done,
                rate=rate,
                errors=len(summary.failed),
            )

        yield update


def _plain() -> Callable[[Any], None]:
    last = [0.0]

    def update(summary: Any) -> None:
        now = time.perf_counter()
        if now - last[0] < _PLAIN_EVERY and summary.done < summary.files:
            return
        last[0] = now
        rate = summary.done / summary.seconds if summary.seconds else 0.0
        print(
            f"ingest: {summary.done}/{summary.files} files, {rate:.0f} docs/s, "
            f"{len(summary.failed)} errors",
            file=sys.stderr,
            flush=True,
        )

    return update
