"""Progress of a fetch: a rich progress bar on a terminal, a plain line every 5 s otherwise."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Update = Callable[[int, int, str], None]
_PLAIN_EVERY = 5.0


@contextmanager
def progress(quiet: bool = False) -> Iterator[Update | None]:
    """A callback ``update(done, total, label)``, or None when ``quiet``."""
    if quiet:
        yield None
    elif sys.stderr.isatty():
        yield from _rich()
    else:
        yield _plain()


def _rich() -> Iterator[Update]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (
        TextColumn("fetch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=None)

        def update(done: int, total: int, label: str) -> None:
            bar.update(task, completed=done, total=total, description=label)

        yield update


def _plain() -> Update:
    last = [0.0]

    def update(done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if now - last[0] < _PLAIN_EVERY and done < total:
            return
        last[0] = now
        print(f"fetch: {done}/{total} documents ({label})", file=sys.stderr, flush=True)

    return update
