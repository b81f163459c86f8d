"""Ingest at scale: documents/s, memory of every process, database size and query times.

An archive of N documents is built by replicating the corpus texts (ga78, ga80, sc) under
distinct symbols (A/RES/78/1 becomes A/RES/78/1001, A/RES/78/2001...; S/RES/5 (1946) becomes
S/RES/1005 (1946)...), in folders of 10,000 files, in a cache folder; with ``--multilingual``, the
UN XML of GA 77-78 printed as text in six languages instead (a folder per language). Each size is ingested by
``mandata ingest`` in a process of its own (end to end: the file walk, the hashes, the parse in
the worker pool or on Dask, the writer) into a fresh PostgreSQL database and a fresh SQLite file.
Reported per run:

- documents/s over the whole run, and the rate and memory at every 10,000 documents;
- the peak resident memory (VmHWM) of the ingest process and of each worker;
- the database size; search p50/p95 (the queries of bench_registry.py, 20 hits); the wall time
  of ``mandata agenda N`` and ``mandata mandates --session N`` (cold processes, as a user runs
  them).

Each result is one JSON line appended to ``--out`` (and printed), so that a long run can be
followed and its figures kept as they come.

    python bench/bench_scale.py [--sizes 10000 30000 100000] [--dbs postgresql sqlite]
        [--engine local|dask] [--scheduler tcp://HOST:8786] [--workers 2] [--archive DIR]
        [--multilingual]

``--engine dask`` without ``--scheduler`` starts a Dask LocalCluster of ``--workers`` processes;
with ``--scheduler tcp://HOST:8786`` the ingest uses a running ``dask-scheduler`` and its
``dask-worker``s (which must see the archive at the same absolute path: a shared file system).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

import psutil
from bench_registry import QUERIES, drop_pg, pg_database  # bench/bench_registry.py
from corpus import corpus_texts, default_corpus  # bench/corpus.py
from timing import latencies_ms  # bench/timing.py

from mandata.parse import parse_file
from mandata.registry import queries
from mandata.registry.queries import link_drafts_by_title
from mandata.registry.series import build_series
from mandata.registry.store import Prepared, Registry, prepare

FOLDER = 10_000  # files per archive folder: a size is a number of whole folders
_PROGRESS = re.compile(r"ingest: (\d+)/(\d+) files")


# --- the archive ------------------------------------------------------------------------------


def _renumber(symbol: str, copy: int) -> tuple[str, str, str] | None:
    """The symbol of ``copy`` (its number raised by 1000 x copy), the text that prints the
    symbol in the original and in the copy (SC texts print "5 (1946)", not the symbol)."""
    sc = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", symbol)
    if sc:
        number = int(sc[1]) + 1000 * copy
        return f"S/RES/{number} ({sc[2]})", f"{sc[1]} ({sc[2]})", f"{number} ({sc[2]})"
    ga = re.fullmatch(r"(.*/)(L\.)?(\d+)", symbol)
    if ga:
        new = f"{ga[1]}{ga[2] or ''}{int(ga[3]) + 1000 * copy}"
        return new, symbol, new
    return None


def _file_name(symbol: str) -> str:
    sc = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", symbol)
    if sc:
        return f"S_RES_{int(sc[1]):04d}_{sc[2]}_EN_GOLD.txt"
    return symbol.replace("/", "_") + ".txt"


def _sources(corpus: Path, cache: Path, unxml: Path | None) -> list[dict[str, str]]:
    """The texts to replicate with the symbol each gives (read once, kept in the cache folder):
    the English corpus texts, or with ``unxml`` the UN XML of GA 77-78 in six languages printed
    as text (scripts/unxml_print.py), each version in a folder of its language."""
    listing = cache / "sources.json"
    if listing.exists():
        return list(json.loads(listing.read_text(encoding="utf-8")))
    out, seen = [], set()
    for path, code in _printed(unxml, cache / "printed") if unxml else _english(corpus):
        symbol = parse_file(path, language=code, analysis=False).symbol
        if symbol and (symbol, code) not in seen and _renumber(symbol, 1):
            seen.add((symbol, code))  # two texts read as one symbol would be one document
            out.append({"path": str(path), "symbol": symbol, "lang": code or ""})
    listing.write_text(json.dumps(out), encoding="utf-8")
    return out


def _english(corpus: Path) -> Iterator[tuple[Path, str | None]]:
    for path in corpus_texts(corpus):
        yield path, None


def _printed(unxml: Path, into: Path) -> Iterator[tuple[Path, str | None]]:
    """The UN XML of GA 77-78 printed as text, six languages interleaved."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from lxml import etree
    from unxml_print import print_document, style_for

    files = [
        (path, code)
        for session in ("77", "78")
        for code in ("ar", "en", "es", "fr", "ru", "zh")
        for path in sorted((unxml / "ga" / session / code).glob("*.xml"))
    ]
    for path, code in sorted(files, key=lambda f: (f[0].name, f[1])):
        out = into / code / f"{path.stem}.txt"
        if not out.exists():
            parser = etree.XMLParser(recover=True, resolve_entities=False)  # as eval_unxml.py
            root = etree.parse(str(path), parser).getroot()
            if root is None:
                continue
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(print_document(root, code, style_for(path.name, code)), "utf-8")
        yield out, code


def build_archive(corpus: Path, cache: Path, size: int, unxml: Path | None = None) -> list[Path]:
    """The folders holding the first ``size`` documents of the archive (built when missing)."""
    cache.mkdir(parents=True, exist_ok=True)
    sources = _sources(corpus, cache, unxml)
    folders = []
    for part in range((size + FOLDER - 1) // FOLDER):
        folder = cache / f"part{part:02d}"
        folders.append(folder)
        if (folder / ".done").exists():
            continue
        folder.mkdir(exist_ok=True)
        for n in range(part * FOLDER, (part + 1) * FOLDER):
            copy, source = divmod(n, len(sources))
            _write_copy(sources[source], copy, folder)
        (folder / ".done").write_text("", encoding="utf-8")
    return folders


def _write_copy(source: dict[str, str], copy: int, folder: Path) -> None:
    text = Path(source["path"]).read_text(encoding="utf-8")
    renumbered = _renumber(source["symbol"], copy)
    assert renumbered is not None
    symbol, old, new = renumbered
    if copy:
        text = re.sub(rf"(?<![\w/.]){re.escape(old)}(?!\w)", new, text)
    where = folder / source.get("lang", "")
    where.mkdir(exist_ok=True)
    (where / _file_name(symbol)).write_text(text, encoding="utf-8")


# --- a registry filled without parsing (the queries at a size) ---------------------------------


def prepared_sources(corpus: Path, cache: Path, dialect: str) -> list[tuple[str, Prepared]]:
    """Each source text of the archive with what an ingest worker prepares of it for
    ``dialect`` (parsed once by two processes for both databases, kept in the cache folder)."""
    kept = cache / f"prepared-{dialect}.pickle"
    if not kept.exists():
        sources = _sources(corpus, cache, None)
        both: dict[str, list[tuple[str, Prepared]]] = {"sqlite": [], "postgresql": []}
        with ProcessPoolExecutor(2) as pool:
            paths = [s["path"] for s in sources]
            for source, ready in zip(sources, pool.map(_prepare, paths, chunksize=20), strict=True):
                for name, prepared in ready.items():
                    both[name].append((source["symbol"], prepared))
        for name, out in both.items():
            with (cache / f"prepared-{name}.pickle").open("wb") as handle:
                pickle.dump(out, handle)
    with kept.open("rb") as handle:
        return list(pickle.load(handle))


def _prepare(path: str) -> dict[str, Prepared]:
    """What an ingest worker prepares of one file for each database."""
    doc = parse_file(path)
    data = doc.to_dict()
    return {name: prepare(doc, data, name) for name in ("sqlite", "postgresql")}


def fill(url: str, corpus: Path, cache: Path, size: int) -> dict[str, float]:
    """Store ``size`` documents as the archive names them (copy k of each source under its
    renumbered symbol) from what the workers prepared of the sources once: the registry an
    ingest of the archive makes, without its parse (the document JSON keeps the source's
    symbol). Then the ingest's closing passes (drafts by title, series), timed."""
    dialect = "sqlite" if url.startswith("sqlite") else "postgresql"
    ready = prepared_sources(corpus, cache, dialect)
    start = time.perf_counter()
    with Registry(url) as registry:
        batch: list[Any] = []
        for n in range(size):
            copy, k = divmod(n, len(ready))
            symbol, prepared = ready[k]
            renumbered = _renumber(symbol, copy)
            assert renumbered is not None
            row = (renumbered[0], *prepared.document[1:])
            batch.append((replace(prepared, document=row), f"copy{copy}/{symbol}", f"c{copy}"))
            if len(batch) == 200:
                registry.store_many(batch)
                batch = []
        registry.store_many(batch)
        stored = time.perf_counter()
        link_drafts_by_title(registry)
        linked = time.perf_counter()
        build_series(registry)
    done = time.perf_counter()
    return {
        "fill_s": round(stored - start, 1),
        "fill_docs_per_s": round(size / (stored - start), 1),
        "link_drafts_s": round(linked - stored, 1),
        "series_s": round(done - linked, 1),
    }


# --- memory of a process tree ------------------------------------------------------------------


class Watch:
    """Samples the peak resident memory (VmHWM) of a process and its descendants, and the
    progress the ingest prints; keeps the peaks at every 10,000 documents."""

    def __init__(self, pid: int, server: str | None = None) -> None:
        self.root = psutil.Process(pid)
        self.server = server  # what the database server's processes for this run show
        self.server_cpu: dict[int, float] = {}
        self.ticks = 0
        self.peaks: dict[int, int] = {}
        self.cpu: dict[int, float] = {}  # user + system seconds of each process, last seen
        self.names: dict[int, str] = {}
        self.done = 0
        self.marks: list[dict[str, Any]] = []
        self.started = time.perf_counter()
        self.stop = threading.Event()
        self.log: str | None = None  # a file the marks are appended to as they come

    def sample(self) -> None:
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return
        for proc in procs:
            try:
                peak = _hwm(proc.pid)
                times = proc.cpu_times()
                self.cpu[proc.pid] = times.user + times.system
                if proc.pid not in self.names:
                    self.names[proc.pid] = " ".join(proc.cmdline()[:3])[-60:]
            except (OSError, psutil.Error):
                continue
            self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), peak)

    def run(self) -> None:
        while not self.stop.is_set():
            self.sample()
            if self.server and self.ticks % 10 == 0:
                self.sample_server()
            self.ticks += 1
            time.sleep(0.5)

    def sample_server(self) -> None:
        """CPU seconds of the PostgreSQL backends serving this run's database."""
        for proc in psutil.process_iter(["cmdline", "cpu_times"]):
            line = " ".join(proc.info["cmdline"] or [])
            # "postgres: 15/main: postgres DBNAME 127.0.0.1(port) idle", not the ingest's own
            # processes, whose command line names the database too
            backend = line.startswith("postgres:")
            if backend and self.server and self.server in line and proc.info["cpu_times"]:
                times = proc.info["cpu_times"]
                self.server_cpu[proc.pid] = times.user + times.system

    def progress(self, done: int) -> None:
        if done // FOLDER > self.done // FOLDER:
            took = time.perf_counter() - self.started
            mark = {"docs": done, "seconds": round(took, 1), **self.memory(), **self.cpu_seconds()}
            self.marks.append(mark)
            if self.log:
                with open(self.log, "a", encoding="utf-8") as out:
                    out.write(json.dumps({"server": self.server, **mark}) + "\n")
        self.done = done

    def memory(self) -> dict[str, Any]:
        parent = self.peaks.get(self.root.pid, 0)
        workers = sorted(
            (mb for pid, mb in self.peaks.items() if pid != self.root.pid), reverse=True
        )
        return {"parent_mb": round(parent / 1024), "workers_mb": [round(w / 1024) for w in workers]}

    def cpu_seconds(self) -> dict[str, float]:
        """CPU seconds of the ingest process and of all its workers (sampled every 0.5 s: a
        worker's last half second may be missed)."""
        parent = self.cpu.get(self.root.pid, 0.0)
        return {
            "parent_cpu_s": round(parent, 1),
            "workers_cpu_s": round(sum(self.cpu.values()) - parent, 1),
            "server_cpu_s": round(sum(self.server_cpu.values()), 1),
        }


def _hwm(pid: int) -> int:
    """The peak resident set of a process, in kB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


# --- one run -------------------------------------------------------------------------------------


def run_ingest(
    folders: list[Path],
    url: str,
    workers: int,
    engine: str,
    scheduler: str | None,
    marks: str | None = None,
) -> dict[str, Any]:
    """``mandata ingest`` of the folders into ``url`` in a process of its own, watched."""
    cmd = [sys.executable, "-m", "mandata.cli", "ingest", *map(str, folders), "--db", url]
    cmd += ["--workers", str(workers), "--engine", engine]
    if scheduler:
        cmd += ["--scheduler", scheduler]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watch = Watch(proc.pid, url.rsplit("/", 1)[1] if url.startswith("postgresql") else None)
    watch.log = marks
    sampler = threading.Thread(target=watch.run, daemon=True)
    sampler.start()
    assert proc.stderr is not None and proc.stdout is not None
    for line in proc.stderr:
        found = _PROGRESS.search(line)
        if found:
            watch.progress(int(found[1]))
        elif "warning" not in line:
            print(f"  ingest: {line.rstrip()}", file=sys.stderr)
    summary = proc.stdout.read()
    proc.wait()
    took = time.perf_counter() - start
    watch.stop.set()
    sampler.join()
    if watch.server:
        watch.sample_server()
    return {
        "seconds": round(took, 1),
        "summary": summary.strip().splitlines()[0] if summary.strip() else "",
        "exit": proc.returncode,
        **watch.memory(),
        **watch.cpu_seconds(),
        "marks": watch.marks,
    }


def search_latency(url: str, rounds: int = 3) -> dict[str, float]:
    with Registry(url) as registry:
        p50, p95 = latencies_ms(lambda q: queries.search(registry, q, limit=20), QUERIES, rounds)
        slowest = sorted(QUERIES, key=lambda q: _one(registry, q))[-3:]
    return {
        "search_p50_ms": round(p50, 1),
        "search_p95_ms": round(p95, 1),
        "search_slowest": slowest,
    }


def _one(registry: Registry, query: str) -> float:
    start = time.perf_counter()
    queries.search(registry, query, limit=20)
    return time.perf_counter() - start


def command_seconds(args: list[str], url: str) -> float:
    """Wall time of a cold ``mandata`` command, best of three."""
    cmd = [sys.executable, "-m", "mandata.cli", *args, "--db", url]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
    return round(best, 2)


def db_size(url: str) -> dict[str, int]:
    with Registry(url) as registry:
        counts = queries.counts(registry)
        if url.startswith("sqlite"):
            size = Path(url.split("///", 1)[1]).stat().st_size
        else:
            size = registry.execute("SELECT pg_database_size(current_database()) AS n")[0]["n"]
    return {"db_mb": round(size / 2**20), **counts}


def measure(folders: list[Path], url: str, args: argparse.Namespace) -> dict[str, Any]:
    size = len(folders) * FOLDER
    out: dict[str, Any] = {"docs": size}
    if args.fill:
        out["fill"] = "prepared copies, no parse"
        out.update(fill(url, Path(args.corpus), _archive(args), size))
    else:
        out.update({"engine": args.engine, "workers": args.workers})
        marks = f"{args.out}.marks"
        out.update(run_ingest(folders, url, args.workers, args.engine, args.scheduler, marks))
        out["docs_per_s"] = round(size / out["seconds"], 1)
        # what the same run would do on two otherwise idle cores: all its CPU time (the
        # workers, the writer, the database server's backend) shared by two cores
        total = out["parent_cpu_s"] + out["workers_cpu_s"] + out["server_cpu_s"]
        out["cpu_s_total"] = round(total, 1)
        out["docs_per_s_2_idle_cores"] = round(2 * size / total, 1) if total else None
    out.update(db_size(url))
    out.update(search_latency(url))
    out["agenda_s"] = command_seconds(["agenda", str(args.session + 1)], url)
    out["mandates_s"] = command_seconds(["mandates", "--session", str(args.session)], url)
    return out


def _archive(args: argparse.Namespace) -> Path:
    return Path(args.archive) / ("multilingual" if args.multilingual else "english")


def one_run(size: int, db: str, args: argparse.Namespace) -> dict[str, Any]:
    unxml = Path(args.unxml) if args.multilingual else None
    folders = build_archive(Path(args.corpus), _archive(args), size, unxml)
    if db == "sqlite":
        path = Path(tempfile.mkdtemp(prefix="mandata-scale-")) / "registry.db"
        try:
            return {"db": db, **measure(folders, f"sqlite:///{path}", args)}
        finally:
            if not args.keep:
                path.unlink(missing_ok=True)
            else:
                print(f"kept {path}", file=sys.stderr)
    url, name = pg_database(args.pg)
    try:
        return {"db": db, **measure(folders, url, args)}
    finally:
        if not args.keep:
            drop_pg(args.pg, name)
        else:
            print(f"kept database {name}", file=sys.stderr)


def main() -> int:
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    ap = argparse.ArgumentParser(description="ingest, memory and queries at scale")
    ap.add_argument("--corpus", default=default_corpus())
    ap.add_argument("--archive", default=str(cache / "mandata" / "bench-archive"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--dbs", nargs="+", default=["postgresql", "sqlite"])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--engine", choices=["local", "dask"], default="local")
    ap.add_argument("--scheduler", help="a running dask-scheduler (tcp://HOST:8786)")
    ap.add_argument("--session", type=int, default=78, help="session of mandates --session")
    ap.add_argument(
        "--pg",
        default=os.environ.get(
            "MANDATA_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
        ),
    )
    ap.add_argument("--keep", action="store_true", help="keep the databases")
    ap.add_argument(
        "--fill",
        action="store_true",
        help="no ingest: store the archive's documents from what workers prepared of the "
        "sources once (the registry of that size in minutes), then measure the queries",
    )
    ap.add_argument(
        "--multilingual",
        action="store_true",
        help="replicate the UN XML of GA 77-78 printed as text in six languages, not the English "
        "corpus texts (the memory of a multilingual ingest)",
    )
    ap.add_argument(
        "--unxml",
        default=os.environ.get("MANDATA_UNXML", str(cache / "mandata" / "unxml")),
        help="the unpacked UN XML (../shared/corpus/unxml/unpack)",
    )
    ap.add_argument("--out", default="bench-scale.jsonl")
    args = ap.parse_args()
    if not corpus_texts(Path(args.corpus)):
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    machine = f"{os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GB, "
    machine += f"Python {sys.version.split()[0]}, load {os.getloadavg()[0]:.1f}"
    for size in args.sizes:
        for db in args.dbs:
            result = {"machine": machine, "run": uuid.uuid4().hex[:6], **one_run(size, db, args)}
            line = json.dumps(result)
            print(line, flush=True)
            with open(args.out, "a", encoding="utf-8") as out:
                out.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
