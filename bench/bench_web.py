"""Web throughput and latency, each endpoint against a static file served in the same run.

The registry holds the whole corpus (ga78, ga80 with its PDFs, sc, multi/excerpts, seed), ingested
into a fresh SQLite file in a temporary folder, or reused with ``--db PATH`` (ingested there first
if the file does not exist yet, so the next run skips it). ``mandata serve`` runs as a separate
process on 127.0.0.1 and a free port; this process is the load generator: asyncio + httpx with
``--concurrency`` connections for ``--seconds`` per endpoint, after ``--warmup`` seconds. Every
latency is recorded. Endpoints:

1. ``/doc/A/RES/80/N?lang=en``: a sample of the 80th-session resolutions, English;
2. ``/search?q=...``: the HTML search page (hits and facets), the queries of bench_registry.py
   (English, French, Spanish, Russian, Arabic, Chinese);
3. ``/api/search?q=...``: the JSON search, the same queries.

The floor is ``/static/style.css`` through the same server and client, measured before and after
the endpoints; each endpoint's req/s is given as a ratio to the mean of the two.

    python bench/bench_web.py [--corpus DIR] [--db PATH] [--seconds 10] [--concurrency 8] [--json]

Only loopback requests: the client ignores proxy settings, follows no redirects and refuses any
URL whose host is not 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import math
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
from bench_registry import QUERIES  # bench/bench_registry.py
from corpus import default_corpus  # bench/corpus.py

from mandata.errors import MandataError
from mandata.registry import queries
from mandata.registry.ingest import ingest
from mandata.registry.store import Registry

HOST = "127.0.0.1"
# The whole corpus of parseable documents (ga80 is read recursively: its pdf/ folder too).
CORPUS_FOLDERS = ("ga78", "ga80", "sc", "multi/excerpts", "seed")
NOTE = (
    "shared, noisy machine: server and load generator share the same cores and other load; "
    "read the ratios to the same-run static floor rather than the absolute figures, "
    "and expect even those to move between runs"
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def corpus_paths(corpus: Path) -> list[Path]:
    return [corpus / name for name in CORPUS_FOLDERS if (corpus / name).is_dir()]


def build_registry(db: Path, corpus: Path, workers: int) -> dict[str, Any]:
    paths = corpus_paths(corpus)
    log(f"ingesting {', '.join(str(p) for p in paths)} into {db} ({workers} workers)...")
    db.parent.mkdir(parents=True, exist_ok=True)
    with Registry(str(db)) as registry:
        summary = ingest(paths, registry, workers=workers).as_dict()
    summary["failed"] = len(summary["failed"])
    log(
        f"ingest: {summary['files']} files in {summary['seconds']} s, {summary['added']} added, "
        f"{summary['failed']} failed"
    )
    return summary


def resolution_sample(db: Path, size: int) -> list[str]:
    """A fixed sample of the English 80th-session resolutions the registry holds."""
    with Registry(str(db)) as registry:
        rows = queries.documents(registry, limit=100_000, session=80, language="en")
    symbols = sorted(
        {r["symbol"] for r in rows if (r["symbol"] or "").startswith("A/RES/80/")},
        key=lambda s: (len(s), s),
    )
    if len(symbols) <= size:
        return symbols
    return sorted(random.Random(80).sample(symbols, size), key=lambda s: (len(s), s))


def query_hits(db: Path) -> dict[str, int]:
    """How many hits (up to 20, the page size) each query finds: a query with none is cheap."""
    with Registry(str(db)) as registry:
        return {q: len(queries.search(registry, q, 20)) for q in QUERIES}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def server_command(db: Path, port: int) -> list[str]:
    script = Path(sys.executable).with_name("mandata")
    cli = (
        [str(script)]
        if script.exists()
        else [sys.executable, "-c", "from mandata.cli import main; main()"]
    )
    return [*cli, "serve", "--db", str(db), "--host", HOST, "--port", str(port)]


def loopback_only(request: httpx.Request) -> None:
    if request.url.host != HOST:
        raise RuntimeError(f"refusing a non-loopback request: {request.url}")


async def _loopback_only(request: httpx.Request) -> None:
    loopback_only(request)


def wait_ready(base: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> dict[str, Any]:
    """The registry counts, once ``/api/health`` answers."""
    deadline = time.monotonic() + timeout
    with httpx.Client(
        base_url=base, trust_env=False, timeout=10, event_hooks={"request": [loopback_only]}
    ) as client:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited with code {proc.returncode}")
            try:
                response = client.get("/api/health")
                if response.status_code == 200:
                    counts: dict[str, Any] = response.json()["data"]["counts"]
                    return counts
            except httpx.TransportError:
                pass
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer /api/health within {timeout:.0f} s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@dataclass
class Result:
    name: str
    example: str
    urls: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)  # ms, of the 200 answers
    errors: int = 0
    statuses: dict[str, int] = field(default_factory=dict)

    @property
    def requests(self) -> int:
        return len(self.latencies) + self.errors

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        """Nearest-rank percentile of the latencies, ms."""
        xs = sorted(self.latencies)
        return xs[max(0, math.ceil(q * len(xs)) - 1)] if xs else float("nan")

    def as_dict(self, floor: float | None) -> dict[str, Any]:
        return {
            "endpoint": self.name,
            "example": self.example,
            "urls": self.urls,
            "seconds": round(self.seconds, 2),
            "requests": self.requests,
            "errors": self.errors,
            "non_200": self.statuses,
            "rps": round(self.rps, 1),
            "p50_ms": round(self.pct(0.50), 2),
            "p95_ms": round(self.pct(0.95), 2),
            "p99_ms": round(self.pct(0.99), 2),
            "ratio_to_floor": round(self.rps / floor, 3) if floor else None,
        }


async def load(
    client: httpx.AsyncClient, urls: list[str], seconds: float, concurrency: int, result: Result
) -> None:
    """``concurrency`` clients, each taking the next URL in turn, until the time is up."""
    turn = itertools.cycle(urls)
    deadline = time.perf_counter() + seconds

    async def one_client() -> None:
        while time.perf_counter() < deadline:
            url = next(turn)
            start = time.perf_counter()
            try:
                response = await client.get(url)
                status = str(response.status_code)
            except httpx.HTTPError as err:
                status = type(err).__name__
            took = (time.perf_counter() - start) * 1000
            if status == "200":
                result.latencies.append(took)
            else:
                result.errors += 1
                result.statuses[status] = result.statuses.get(status, 0) + 1

    start = time.perf_counter()
    await asyncio.gather(*(one_client() for _ in range(concurrency)))
    result.seconds = time.perf_counter() - start


async def measure(
    base: str, plan: list[tuple[str, list[str]]], args: argparse.Namespace
) -> list[Result]:
    limits = httpx.Limits(
        max_connections=args.concurrency, max_keepalive_connections=args.concurrency
    )
    task = asyncio.current_task()
    if task is not None:  # SIGTERM cancels the run cleanly (Ctrl-C is asyncio.run's own)
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    results = []
    async with httpx.AsyncClient(
        base_url=base,
        trust_env=False,  # no proxy from the environment: straight to 127.0.0.1
        follow_redirects=False,
        limits=limits,
        timeout=60,
        event_hooks={"request": [_loopback_only]},
    ) as client:
        for name, urls in plan:
            log(f"{name}: warm-up {args.warmup:g} s, then {args.seconds:g} s...")
            await load(
                client, urls, args.warmup, args.concurrency, Result(name, urls[0], len(urls))
            )
            result = Result(name, urls[0], len(urls))
            await load(client, urls, args.seconds, args.concurrency, result)
            results.append(result)
    return results


def report(header: dict[str, Any], results: list[Result], as_json: bool) -> None:
    floors = [r for r in results if r.name.startswith("static")]
    floor = sum(r.rps for r in floors) / len(floors)
    if as_json:
        out = {
            **header,
            "floor_rps": round(floor, 1),
            "endpoints": [r.as_dict(floor) for r in results],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    machine, settings, counts = header["machine"], header["settings"], header["registry"]
    print(f"machine: {machine['cores']} cores, Python {machine['python']}; {NOTE}")
    print(
        f"registry: {counts['documents']} documents, {counts['paragraphs']} paragraphs (SQLite); "
        f"{settings['concurrency']} connections, {settings['seconds']:g} s per endpoint "
        f"after {settings['warmup']:g} s warm-up"
    )
    if header["ingest"]:
        done = header["ingest"]
        print(
            f"ingest: {done['files']} files in {done['seconds']} s, {done['added']} added, "
            f"{done['failed']} failed"
        )
    hits = settings["queries"]
    empty = [q for q, n in hits.items() if not n]
    print(
        f"/doc: {settings['docs']} A/RES/80 resolutions in turn; search: {len(hits)} queries in "
        f"turn (ar en es fr ru zh), {len(empty)} without hits{': ' if empty else ''}"
        + ", ".join(empty)
    )
    print(
        f"{'endpoint':<28} {'urls':>4} {'requests':>8} {'errors':>6} {'req/s':>8} "
        f"{'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'x floor':>8}"
    )
    for r in results:
        print(
            f"{r.name:<28} {r.urls:>4} {r.requests:>8} {r.errors:>6} {r.rps:>8.1f} "
            f"{r.pct(0.5):>8.1f} {r.pct(0.95):>8.1f} {r.pct(0.99):>8.1f} {r.rps / floor:>8.3f}"
        )
        if r.statuses:
            print(f"{'':<28} non-200: {r.statuses}")
    drift = floors[-1].rps / floors[0].rps if floors[0].rps else float("nan")
    print(
        f"floor: /static/style.css, mean {floor:.1f} req/s (last/first {drift:.2f}); "
        "x floor = req/s of the endpoint / floor"
    )


def main() -> int:
    default = default_corpus()
    ap = argparse.ArgumentParser(description="web requests per second and latency")
    ap.add_argument("--corpus", default=default)
    ap.add_argument("--db", type=Path, help="SQLite registry to reuse (ingested first if absent)")
    ap.add_argument("--workers", type=int, default=2, help="ingest processes")
    ap.add_argument("--seconds", type=float, default=10.0, help="measured seconds per endpoint")
    ap.add_argument("--warmup", type=float, default=2.0, help="warm-up seconds per endpoint")
    ap.add_argument("--concurrency", type=int, default=8, help="connections")
    ap.add_argument("--docs", type=int, default=50, help="resolutions in the /doc sample")
    ap.add_argument("--json", action="store_true", help="print JSON")
    args = ap.parse_args()
    corpus = Path(args.corpus)

    # SIGTERM as Ctrl-C: either way the server is stopped below
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.default_int_handler)
    tmp = Path(tempfile.mkdtemp(prefix="mandata-bench-web-"))
    proc: subprocess.Popen[bytes] | None = None
    try:
        ingested = None
        if args.db is not None and args.db.exists():
            db = args.db.resolve()
            log(f"reusing the registry {db} (no ingest)")
        else:
            if not corpus_paths(corpus):
                print(f"corpus not found at {corpus}", file=sys.stderr)
                return 2
            db = (args.db or tmp / "registry.db").resolve()
            ingested = build_registry(db, corpus, args.workers)
        try:
            symbols = resolution_sample(db, args.docs)
            hits = query_hits(db)
        except MandataError as err:
            print(err, file=sys.stderr)
            return 2
        if not symbols:
            print(f"no A/RES/80/* resolutions in {db}", file=sys.stderr)
            return 2

        port = free_port()
        base = f"http://{HOST}:{port}"
        server_log = tmp / "server.log"
        env = {k: v for k, v in os.environ.items() if k != "MANDATA_TOKEN"}  # read-only server
        with server_log.open("wb") as out:
            proc = subprocess.Popen(
                server_command(db, port), stdout=out, stderr=subprocess.STDOUT, env=env
            )
        try:
            counts = wait_ready(base, proc)
        except RuntimeError:
            log(server_log.read_text(errors="replace")[-2000:])
            raise
        log(f"server on {base} (pid {proc.pid})")

        floor = ["/static/style.css"]
        plan = [
            ("static (floor, before)", floor),
            ("/doc/A/RES/80/N?lang=en", [f"/doc/{s}?lang=en" for s in symbols]),
            ("/search?q=", [f"/search?q={quote(q)}" for q in QUERIES]),
            ("/api/search?q=", [f"/api/search?q={quote(q)}" for q in QUERIES]),
            ("static (floor, after)", floor),
        ]
        try:
            results = asyncio.run(measure(base, plan, args))
        except asyncio.CancelledError:
            raise KeyboardInterrupt from None
        finally:  # the loop's handler is gone with the loop
            signal.signal(signal.SIGTERM, signal.default_int_handler)
        if proc.poll() is not None:
            log(f"warning: the server exited during the run (code {proc.returncode})")
        header = {
            "note": NOTE,
            "machine": {"cores": os.cpu_count(), "python": sys.version.split()[0]},
            "registry": {"db": str(db), **counts},
            "ingest": ingested,
            "settings": {
                "concurrency": args.concurrency,
                "seconds": args.seconds,
                "warmup": args.warmup,
                "docs": len(symbols),
                "queries": hits,
            },
        }
        report(header, results, args.json)
        return 0
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    finally:
        if proc is not None:
            stop(proc)
        with contextlib.suppress(OSError):
            shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(main())
