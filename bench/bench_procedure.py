"""The procedure engine over a large registry, against a plain count measured in the same run.

Builds a SQLite registry of at least 10,000 documents (the corpus texts stored again under new
symbols), then times ``mandata agenda 81`` and the mandates calendar of session 81 (with its
statuses) against ``SELECT count(*) FROM mandates``.

    python bench/bench_procedure.py [--corpus DIR] [--copies 6]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from corpus import corpus_texts, default_corpus, store_copies  # bench/corpus.py
from timing import best_of  # bench/timing.py

from mandata.procedure import status
from mandata.procedure.agenda import provisional_agenda
from mandata.registry.store import Registry


def main() -> int:
    default = default_corpus()
    ap = argparse.ArgumentParser(description="agenda and mandates calendar over a large registry")
    ap.add_argument("--corpus", default=default)
    ap.add_argument("--copies", type=int, default=6)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    files = corpus_texts(corpus)
    if not files:
        print(f"corpus not found at {corpus}", file=sys.stderr)
        return 2
    url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='mandata-proc-')) / 'big.db'}"
    documents = store_copies(url, files, args.copies, originals=True)["documents"]
    with Registry(url) as registry:
        t_count = best_of(5, lambda: registry.execute("SELECT count(*) AS n FROM mandates"))
        t_agenda = best_of(3, lambda: provisional_agenda(registry, 81))
        t_calendar = best_of(3, lambda: status.mandates(registry, session=81))
        n = registry.execute("SELECT count(*) AS n FROM mandates")[0]["n"]
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"registry: {documents} documents, {n} mandates (SQLite)")
    print(f"count(*) over the mandates: {t_count * 1000:.1f} ms")
    print(f"agenda 81: {t_agenda * 1000:.0f} ms ({t_agenda / t_count:.0f}x the count)")
    print(
        f"mandates calendar of session 81: {t_calendar * 1000:.0f} ms ({t_calendar / t_count:.0f}x the count)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
