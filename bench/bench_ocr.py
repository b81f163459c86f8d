"""Benchmark: OCR of scanned pages (issue 18, issue 21 item 15), three measures in one run.

1. *Resolution*: pages of ga78 PDFs rendered at 150, 200, 300 and 400 dpi from the PDF itself
   (as a scan's page would be) and read by one single-threaded tesseract: seconds per page and
   word accuracy against the page's text layer (the share of the layer's words found in order,
   difflib). The resolution mandata renders at (read/ocr.py ``DPI``) is chosen from this table.
2. *Threads*: the same pages read one after the other by tesseract with its own threads (OpenMP,
   all cores), against one single-threaded tesseract per page with the pages in parallel (as
   mandata runs them: ``OMP_THREAD_LIMIT=1``, as many processes as cores); pages per second of
   each and their ratio.
3. *``--ocr auto`` on good PDFs*: the ga80 PDFs (a good text layer) parsed with ``ocr="never"``
   and ``ocr="auto"`` in alternating rounds; the ratio of the best times (the quality test of
   each page's layer is all that auto adds).

    .venv/bin/python bench/bench_ocr.py [pages] [rounds] [resolution|threads|auto ...]

The names at the end run only those parts (all three by default).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from difflib import SequenceMatcher
from pathlib import Path

import pypdfium2 as pdfium

from mandata.parse import parse_file
from mandata.read.ocr import render
from mandata.read.quality import measure

CORPUS = Path(
    os.environ.get("MANDATA_CORPUS", Path(__file__).resolve().parents[1] / ".." / "shared/corpus")
)
_WORD = re.compile(r"\w+")


def pages(count: int) -> list[tuple[bytes, int, str]]:
    """``count`` full pages of the ga78 PDFs: (PDF bytes, page index, text layer)."""
    out: list[tuple[bytes, int, str]] = []
    for path in sorted((CORPUS / "ga78/pdf").glob("*.pdf"))[::25]:
        data = path.read_bytes()
        pdf = pdfium.PdfDocument(data)
        for k in range(min(len(pdf), 2)):
            textpage = pdf[k].get_textpage()
            text = textpage.get_text_range()
            if len(text) > 2000:
                out.append((data, k, text))
        pdf.close()
        if len(out) >= count:
            break
    return out[:count]


def image(data: bytes, index: int, dpi: int) -> tuple[bytes, float]:
    pdf = pdfium.PdfDocument(data)
    try:
        return render(pdf[index], dpi)
    finally:
        pdf.close()


def tesseract(img: bytes, dpi: float, threads: int | None) -> str:
    env = dict(os.environ)
    env.pop("OMP_THREAD_LIMIT", None)
    if threads is not None:
        env["OMP_THREAD_LIMIT"] = str(threads)
    args = ["tesseract", "stdin", "stdout", "-l", "eng", "--dpi", str(round(dpi))]
    done = subprocess.run(args, input=img, capture_output=True, env=env, check=True)
    return done.stdout.decode("utf-8", "replace")


def accuracy(layer: str, ocr: str) -> float:
    want, got = _WORD.findall(layer.lower()), _WORD.findall(ocr.lower())
    matcher = SequenceMatcher(None, want, got, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks()) / max(len(want), 1)


def resolutions(sample: list[tuple[bytes, int, str]]) -> None:
    print("dpi   s/page  word accuracy (one thread)")
    for dpi in (150, 200, 300, 400):
        seconds = acc = 0.0
        for data, index, layer in sample:
            img, real = image(data, index, dpi)
            start = time.perf_counter()
            text = tesseract(img, real, 1)
            seconds += time.perf_counter() - start
            acc += accuracy(layer, text)
        n = len(sample)
        print(f"{dpi:4d}  {seconds / n:6.2f}  {acc / n:6.1%}", flush=True)


def threads(sample: list[tuple[bytes, int, str]]) -> None:
    images = [image(data, index, 300) for data, index, _ in sample]
    cores = os.cpu_count() or 1
    start = time.perf_counter()
    for img, dpi in images:
        tesseract(img, dpi, None)
    own = len(images) / (time.perf_counter() - start)
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=cores) as pool:
        list(pool.map(lambda item: tesseract(item[0], item[1], 1), images))
    parallel = len(images) / (time.perf_counter() - start)
    print(f"tesseract's own threads, pages one after the other: {own:.3f} pages/s")
    print(f"one thread a page, {cores} pages at a time (mandata): {parallel:.3f} pages/s")
    print(f"ratio: {parallel / own:.2f}x", flush=True)


def auto_cost(rounds: int) -> None:
    files = sorted((CORPUS / "ga80/pdf").glob("*.pdf"))
    best = {"never": float("inf"), "auto": float("inf")}
    for _ in range(rounds):
        for mode in ("never", "auto"):
            start = time.perf_counter()
            for path in files:
                parse_file(path, analysis=False, ocr=mode)
            best[mode] = min(best[mode], time.perf_counter() - start)
    texts = []
    for path in files:
        pdf = pdfium.PdfDocument(path)
        texts.extend(page.get_textpage().get_text_range() for page in pdf)
        pdf.close()
    test = min(_timed(lambda: [measure(t) for t in texts]) for _ in range(rounds))
    print(
        f"{len(files)} PDFs with a good text layer ({len(texts)} pages), best of {rounds} rounds:"
    )
    print(f"  --ocr never {best['never']:.2f} s, --ocr auto {best['auto']:.2f} s")
    print(f"  ratio auto/never: {best['auto'] / best['never']:.3f}")
    print(
        f"  the quality test alone (all auto adds): {test:.3f} s,"
        f" {1000 * test / len(texts):.2f} ms a page, {test / best['never']:.1%} of the parse",
        flush=True,
    )


def _timed(fn: object) -> float:
    assert callable(fn)
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    parts = set(sys.argv[3:]) or {"resolution", "threads", "auto"}
    sample = pages(count)
    if not sample:
        print(f"bench_ocr: no PDFs under {CORPUS / 'ga78/pdf'}", file=sys.stderr)
        return 1
    if "resolution" in parts:
        resolutions(sample)
    if "threads" in parts:
        threads(sample)
    if "auto" in parts:
        auto_cost(rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
