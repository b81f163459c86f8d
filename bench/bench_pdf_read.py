"""Benchmark: mandata.read on the corpus PDFs against bare pypdfium2 text extraction, and memory.

Reads every PDF in ``$MANDATA_CORPUS/ga80/pdf`` (default ``<repo>/../shared/corpus``) both ways,
rounds alternating between the two so that other load on the machine hits both alike, and prints
the best pages per second of each and their ratio. Beyond PDFium's own text, mandata.read measures
each printed line (a few PDFium calls per line: first and last characters, and the first of each
run of digits, for footnote calls), joins and cuts PDFium's lines where the page shows other
ones, and builds the layout; the ratio says what that geometry costs.

It also times the whole parse (structure only, no analysis) of the same PDFs, in the same rounds.
Then it reads a batch of 1,000 PDFs (the ga78 and ga80 PDFs over and over) through the reader and
the layout normalizer, and prints the process's resident memory after 100, 250, 500 and 1,000:
it must stay flat (nothing kept from one document to the next).

    .venv/bin/python bench/bench_pdf_read.py [rounds] [batch]
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from itertools import cycle, islice
from pathlib import Path

import pypdfium2 as pdfium

from mandata.layout import normalize_layout
from mandata.parse import parse_file
from mandata.read import read_file

CORPUS = Path(
    os.environ.get("MANDATA_CORPUS", Path(__file__).resolve().parents[1] / ".." / "shared/corpus")
)


def bare(path: Path) -> int:
    """Text of every page with pypdfium2 alone; returns the page count."""
    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(pdf)
    finally:
        pdf.close()


def mandata(path: Path) -> int:
    """Text and layout of every page through mandata.read; returns the page count."""
    pages = read_file(path).pages
    assert pages is not None
    return pages


def parse(path: Path) -> int:
    """The whole parse of a PDF, structure only (no analysis); returns the page count."""
    pages = parse_file(path, analysis=False).pages
    assert pages is not None
    return pages


def rate(reader: Callable[[Path], int], files: list[Path]) -> float:
    """Pages per second of one pass over ``files``."""
    start = time.perf_counter()
    pages = sum(reader(path) for path in files)
    return pages / (time.perf_counter() - start)


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def memory(files: list[Path], batch: int) -> list[tuple[int, float]]:
    """Resident memory after reading and normalizing 100, 250, 500 ... documents."""
    marks = {100, 250, 500, batch}
    out = []
    for k, path in enumerate(islice(cycle(files), batch), start=1):
        raw = read_file(path)
        assert raw.layout is not None
        normalize_layout(raw.text, raw.layout)
        if k in marks:
            gc.collect()
            out.append((k, rss_mb()))
    return out


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    batch = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    files = sorted((CORPUS / "ga80" / "pdf").glob("*.pdf"))
    if not files:
        sys.exit(f"no PDFs in {CORPUS / 'ga80' / 'pdf'} (set MANDATA_CORPUS)")
    pages = sum(bare(path) for path in files)  # warm the page cache
    ours = theirs = parsed = 0.0
    for _ in range(rounds):
        ours = max(ours, rate(mandata, files))
        theirs = max(theirs, rate(bare, files))
        parsed = max(parsed, rate(parse, files))
    print(f"{len(files)} PDFs, {pages} pages, best of {rounds} alternating rounds")
    print(f"pypdfium2 bare : {theirs:8.1f} pages/s")
    print(f"mandata.read   : {ours:8.1f} pages/s, ratio {ours / theirs:.2f} (mandata / bare)")
    print(f"geometry costs : {1000 / ours - 1000 / theirs:8.2f} ms a page")
    print(f"full parse     : {parsed:8.1f} pages/s, ratio {parsed / theirs:.2f} (structure only)")
    everything = sorted([*CORPUS.glob("ga78/pdf/*.pdf"), *files])
    print(f"memory over a batch of {batch} PDFs (read + layout normalizer):")
    for k, mb in memory(everything, batch):
        print(f"  after {k:5d}: {mb:7.1f} MB resident")


if __name__ == "__main__":
    main()
