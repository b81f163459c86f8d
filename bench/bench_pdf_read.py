"""Benchmark: mandata.read on the corpus PDFs against bare pypdfium2 text extraction.

Reads every PDF in ``$MANDATA_CORPUS/ga80/pdf`` (default ``<repo>/../shared/corpus``) both ways,
several rounds, and prints the best pages per second of each and their ratio. The reader should
cost little beyond PDFium itself: it adds file checks, newline normalisation and the page join.

    .venv/bin/python bench/bench_pdf_read.py [rounds]
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

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
    """Text of every page through mandata.read; returns the page count."""
    pages = read_file(path).pages
    assert pages is not None
    return pages


def best_rate(reader: Callable[[Path], int], files: list[Path], rounds: int) -> float:
    """Best pages per second over ``rounds`` passes over ``files``."""
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        pages = sum(reader(path) for path in files)
        best = max(best, pages / (time.perf_counter() - start))
    return best


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    files = sorted((CORPUS / "ga80" / "pdf").glob("*.pdf"))
    if not files:
        sys.exit(f"no PDFs in {CORPUS / 'ga80' / 'pdf'} (set MANDATA_CORPUS)")
    pages = sum(bare(path) for path in files)  # warm the page cache
    ours = best_rate(mandata, files, rounds)
    theirs = best_rate(bare, files, rounds)
    print(f"{len(files)} PDFs, {pages} pages, best of {rounds} rounds")
    print(f"pypdfium2 bare : {theirs:8.1f} pages/s")
    print(f"mandata.read   : {ours:8.1f} pages/s")
    print(f"ratio          : {ours / theirs:8.2f} (mandata / bare)")


if __name__ == "__main__":
    main()
