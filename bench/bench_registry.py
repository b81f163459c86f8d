"""Registry figures, each against a peer measured in the same run.

1. Ingest of the corpus texts on SQLite and PostgreSQL, documents/s, as a ratio to the bare batch
   parse of the same files with the same number of workers (target: storing costs at most 50%
   more than parsing), with 1 and 2 workers (the speed-up).
2. Search latency, p50 and p95, over a registry of at least 100,000 paragraphs (the corpus stored
   again under new symbols), on SQLite and PostgreSQL.
3. Peak memory of the ingest (parent and largest worker).

    python bench/bench_registry.py [--corpus DIR] [--pg URL] [--copies 2] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path

from corpus import corpus_texts, default_corpus, store_copies  # bench/corpus.py
from sqlalchemy import create_engine, text
from timing import latencies_ms  # bench/timing.py

from mandata.batch import parse_many
from mandata.registry import queries
from mandata.registry.ingest import ingest
from mandata.registry.store import Registry

QUERIES = [
    "peacekeeping",
    "human rights",
    "sustainable development",
    "Secretary-General report",
    "climate change",
    "nuclear weapons",
    "women and girls",
    "refugees",
    "terrorism",
    "Security Council",
    "coopération",
    "cooperación",
    "сотрудничества",
    "الأمن الجماعي",
    "集体安全条约组织",
    "Palestine",
    "Olympic Truce",
    "drinking water",
    "ocean",
    "migration",
    "indigenous peoples",
    "decides to include",
    "provisional agenda",
    "budget",
    "Afghanistan",
]


def bare_parse(files: list[Path], workers: int) -> float:
    start = time.perf_counter()
    for _ in parse_many(files, workers=workers):
        pass
    return time.perf_counter() - start


def timed_ingest(files: list[Path], url: str, workers: int) -> float:
    with Registry(url) as registry:
        start = time.perf_counter()
        ingest(files, registry, workers=workers)
        return time.perf_counter() - start


def latency(url: str, rounds: int = 4) -> tuple[float, float]:
    with Registry(url) as registry:
        return latencies_ms(lambda q: queries.search(registry, q, limit=20), QUERIES, rounds)


def pg_database(server: str) -> tuple[str, str]:
    name = f"mandata_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return server.rsplit("/", 1)[0] + f"/{name}", name


def drop_pg(server: str, name: str) -> None:
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def ingest_rounds(
    files: list[Path], workers: int, tmp: Path, pg: str, rounds: int
) -> dict[str, list[float]]:
    """Seconds of each round of the bare parse and of the ingest into a fresh SQLite file and a
    fresh PostgreSQL database (left out when no server answers)."""
    times: dict[str, list[float]] = {"parse": [], "sqlite": [], "postgresql": []}
    for k in range(rounds):
        times["parse"].append(bare_parse(files, workers))
        url = f"sqlite:///{tmp / f'w{workers}-{k}.db'}"
        times["sqlite"].append(timed_ingest(files, url, workers))
        try:
            pg_url, name = pg_database(pg)
        except Exception:
            continue
        try:
            times["postgresql"].append(timed_ingest(files, pg_url, workers))
        finally:
            drop_pg(pg, name)
    return times


def ingest_line(workers: int, n: int, times: dict[str, list[float]]) -> str:
    """Documents/s of the best round of each, and the ingest's ratio to the bare parse (best
    against best, and the range of the ratios round by round)."""
    parse = times["parse"]
    out = f"workers {workers}: bare parse {n / min(parse):.0f} docs/s"
    for name, label in (("sqlite", "SQLite"), ("postgresql", "PostgreSQL")):
        runs = times[name]
        if not runs:
            out += f"; {label} not measured (no server)"
            continue
        ratios = [r / p for r, p in zip(runs, parse, strict=False)]
        out += (
            f"; {label} ingest {n / min(runs):.0f} docs/s ({min(runs) / min(parse):.2f}x parse, "
            f"rounds {min(ratios):.2f}-{max(ratios):.2f}x)"
        )
    return out


def pg_search(files: list[Path], pg: str, copies: int) -> None:
    """Search latency on PostgreSQL over the corpus stored again under new symbols."""
    try:
        pg_url, name = pg_database(pg)
    except Exception as err:
        print(f"PostgreSQL not reachable: {err}")
        return
    try:
        timed_ingest(files, pg_url, 2)
        total = store_copies(pg_url, files, copies, originals=False)["paragraphs"]
        p50, p95 = latency(pg_url)
        print(f"PostgreSQL search over {total} paragraphs: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    finally:
        drop_pg(pg, name)


def main() -> int:
    default = default_corpus()
    ap = argparse.ArgumentParser(description="registry speed, latency and memory")
    ap.add_argument("--corpus", default=default)
    ap.add_argument(
        "--pg",
        default=os.environ.get(
            "MANDATA_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        ),
    )
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3, help="rounds of each ingest measurement")
    args = ap.parse_args()
    files = corpus_texts(Path(args.corpus))
    if not files:
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; {len(files)} documents"
    )
    tmp = Path(tempfile.mkdtemp(prefix="mandata-bench-"))
    print(
        f"ingest: best of {args.rounds} rounds, the bare parse, SQLite and PostgreSQL interleaved "
        "in each round (a shared machine: a single run's ratio can be off by a third)"
    )
    for workers in (1, 2):
        times = ingest_rounds(files, workers, tmp, args.pg, args.rounds)
        print(ingest_line(workers, len(files), times))
    pg_search(files, args.pg, args.copies)
    sqlite_url = f"sqlite:///{tmp / 'w2-0.db'}"
    total = store_copies(sqlite_url, files, args.copies, originals=False)["paragraphs"]
    p50, p95 = latency(sqlite_url)
    print(f"SQLite search over {total} paragraphs: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: parent {parent:.0f} MB, largest worker {child:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
