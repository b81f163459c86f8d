"""Parse speed and memory, each against a floor measured in the same run.

1. Text: every corpus text of ga78, ga80 and sc parsed on one core, against the floor of reading
   the same files and one ``re.findall(r"\\w+")`` pass over each. Prints documents/s, MB/s, ratio.
   Then ``mandata parse --jsonl --workers 1`` over the same files, start and JSON included.
2. Memory: a 10,000-document batch (the corpus texts repeated) through ``parse_many`` on all cores,
   output discarded; prints the peak resident memory of the parent and of the largest worker.
3. PDF: pages/s of the full parse of the corpus PDFs against pypdfium2's bare text extraction.

    python bench/bench_parse.py [--corpus DIR] [--batch 10000] [--repeat 3] [--text-only]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium
from corpus import corpus_texts, default_corpus  # bench/corpus.py
from timing import best_of, best_of_both  # bench/timing.py

from mandata.batch import parse_many
from mandata.parse import parse_file

WORD = re.compile(r"\w+")


def floor(paths: list[Path]) -> None:
    for path in paths:
        WORD.findall(path.read_text(encoding="utf-8"))


def parse_all(paths: list[Path], analysis: bool = False) -> None:
    for path in paths:
        parse_file(path, analysis=analysis)


def bench_text(paths: list[Path], repeat: int) -> None:
    size = sum(p.stat().st_size for p in paths) / 1e6
    parse_all(paths[:50])  # warm up: language tables, compiled patterns, lingua models
    t_floor, c_floor = best_of_both(repeat, lambda: floor(paths))
    t_parse, c_parse = best_of_both(repeat, lambda: parse_all(paths))
    t_full, c_full = best_of_both(repeat, lambda: parse_all(paths, analysis=True))
    print(f"text: {len(paths)} documents, {size:.1f} MB, one core")
    print(f"  floor (read + \\w+ findall): {t_floor:.2f} s (CPU {c_floor:.2f} s)")
    for label, took, cpu in (
        ("parse (structure)", t_parse, c_parse),
        ("parse + analysis", t_full, c_full),
    ):
        print(
            f"  {label}: {took:.2f} s = {len(paths) / took:.0f} docs/s, "
            f"{size / took:.2f} MB/s; ratio to floor {took / t_floor:.1f}x "
            f"(CPU {cpu:.2f} s, {cpu / c_floor:.1f}x)"
        )
    analysis, cpu = t_full - t_parse, c_full - c_parse
    print(
        f"  analysis: {analysis / t_parse:.2f}x the structure (CPU {cpu / c_parse:.2f}x; "
        "target at most 1.0x)"
    )


def bench_cli(paths: list[Path], repeat: int) -> None:
    """``mandata parse --jsonl --workers 1`` over the same files (start, analysis and JSON
    output included), against the floor."""
    cmd = [sys.executable, "-m", "mandata.cli", "parse", "--jsonl", "--workers", "1"]
    cmd += [str(p) for p in paths]

    def run() -> None:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False)

    t_floor, c_floor = best_of_both(repeat, lambda: floor(paths))
    took, cpu = best_of_both(repeat, run)
    print(
        f"  mandata parse --jsonl --workers 1: {took:.2f} s = {len(paths) / took:.0f} docs/s; "
        f"ratio to floor {took / t_floor:.1f}x (CPU {cpu:.2f} s, {cpu / c_floor:.1f}x)"
    )


def bench_memory(paths: list[Path], batch: int) -> None:
    files = [paths[i % len(paths)] for i in range(batch)]
    workers = os.cpu_count() or 1
    start = time.perf_counter()
    count = sum(1 for _ in parse_many(files, workers=workers))
    took = time.perf_counter() - start
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"batch: {count} documents on {workers} workers in {took:.1f} s ({count / took:.0f} docs/s)"
    )
    print(f"  peak memory: parent {parent:.0f} MB, largest worker {child:.0f} MB")


def bare_pdf(paths: list[Path]) -> int:
    pages = 0
    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        try:
            for page in pdf:
                page.get_textpage().get_text_range()
                pages += 1
        finally:
            pdf.close()
    return pages


def bench_pdf(paths: list[Path], repeat: int) -> None:
    pages = bare_pdf(paths)
    t_bare = best_of(repeat, lambda: bare_pdf(paths))
    t_parse = best_of(repeat, lambda: parse_all(paths))
    print(f"pdf: {len(paths)} files, {pages} pages")
    print(f"  pypdfium2 bare text: {pages / t_bare:.0f} pages/s")
    print(f"  full parse: {pages / t_parse:.0f} pages/s; ratio {t_parse / t_bare:.1f}x")


def main() -> int:
    default = default_corpus()
    ap = argparse.ArgumentParser(description="parse speed and memory against floors")
    ap.add_argument("--corpus", default=default)
    ap.add_argument("--batch", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--text-only", action="store_true", help="the text figures only")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"corpus not found at {corpus}", file=sys.stderr)
        return 2
    texts = corpus_texts(corpus)
    pdfs = sorted([*corpus.glob("ga80/pdf/*.pdf"), *corpus.glob("pdf/ga73/*.pdf")])
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    bench_text(texts, args.repeat)
    bench_cli(texts, args.repeat)
    if args.text_only:
        return 0
    bench_pdf(pdfs, args.repeat)
    bench_memory(texts, args.batch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
