"""Read scanned PDF pages by OCR: pages rendered by PDFium, read by tesseract (docs/ocr.md).

Each page is rendered in grey at :data:`DPI` (chosen by measurement: bench/bench_ocr.py) and
handed to a ``tesseract`` process of its own as a PGM image on its standard input; tesseract
answers in hOCR, which gives each printed line with its box, baseline and font height, and each
word with its box and confidence. The lines become the same geometry as a text layer's
(:class:`OcrLine`: edges, baseline, size, raised footnote calls), so an OCRed page goes through
the same layout reading as any other (running heads, footnotes, paragraph starts). Tesseract's
page analysis finds the columns of a two-column page and gives their lines column by column.

Pages run in parallel, one single-threaded tesseract per page (``OMP_THREAD_LIMIT=1``):
tesseract's own threads are several times slower than that on a machine with few cores (#21
item 15; measured in bench/bench_ocr.py). Rendering stays in the calling thread (PDFium is not
thread-safe) and runs only as far ahead as there are free workers, so memory holds a few pages
whatever the document's length. Each tesseract has a time and a memory limit, and the document a
time limit (``MANDATA_OCR_SECONDS``); a huge scan stops with a message that says so.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import cache, partial

import pypdfium2 as pdfium

from mandata import lang
from mandata.errors import TooLarge, UnreadableDocument
from mandata.read.bandsymbol import reread_band
from mandata.read.hocr import OcrLine, OcrPage, Scan, find_rules, finish, image_height, rows
from mandata.read.lostlines import recover
from mandata.settings import ocr_seconds_setting, ocr_workers_setting

__all__ = ["DPI", "OcrLine", "OcrPage", "ocr_pages", "tesseract_available"]

DPI = 300
# A page rendered larger than this many pixels is rendered at a lower resolution (a poster or
# an engineering drawing would otherwise take gigabytes).
MAX_PIXELS = 60_000_000
# Each tesseract process: at most this much memory, and this long for a page.
_MEMORY = 2 * 1024**3
_PAGE_SECONDS = 180
_SCRIPT = re.compile(r"^Script: (\w+)", re.MULTILINE)
# Tesseract's page segmentation modes: its own page analysis (columns, blocks), the default.
_PAGE_ANALYSIS = 3
# A gutter between two columns: a strip at least this wide (inches) in the middle fifth of the
# page where at most this share of the dark pixels of the strip's neighbourhood stand.
_GUTTER, _GUTTER_INK = 0.12, 0.05
_DARK = bytes(1 if v < 140 else 0 for v in range(256))


@cache
def tesseract_available() -> bool:
    """Whether the ``tesseract`` program is on the PATH."""
    return shutil.which("tesseract") is not None


def packs_installed() -> frozenset[str]:
    """The language packs tesseract has."""
    try:
        out = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())


# --- rendering ---------------------------------------------------------------------------------


def render(page: pdfium.PdfPage, dpi: int = DPI) -> tuple[bytes, float]:
    """The page as a grey PGM image and the resolution it was rendered at (lower than ``dpi``
    for a page so large that it would exceed :data:`MAX_PIXELS`)."""
    width, height = float(page.get_width()), float(page.get_height())
    scale = dpi / 72
    pixels = width * height * scale * scale
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        w, h, stride = bitmap.width, bitmap.height, bitmap.stride
        buffer = memoryview(bitmap.buffer)
        rows = b"".join(buffer[r * stride : r * stride + w] for r in range(h))
    finally:
        bitmap.close()
    return b"P5\n%d %d\n255\n" % (w, h) + rows, scale * 72


# --- tesseract ---------------------------------------------------------------------------------


def _limits() -> None:  # pragma: no cover - runs in the child process
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (_MEMORY, _MEMORY))


def _tesseract(image: bytes, args: list[str], timeout: float) -> str:
    """Run tesseract on an image (stdin) with ``args``; its standard output, or an error."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", *args],
            input=image,
            capture_output=True,
            timeout=timeout,
            env=env,
            preexec_fn=_limits if os.name == "posix" else None,
            check=False,
        )
    except subprocess.TimeoutExpired as err:
        raise _PageTimeout(str(err)) from err
    if done.returncode != 0:
        raise _PageFailed(done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:])
    return done.stdout.decode("utf-8", "replace")


class _PageTimeout(Exception):
    pass


class _PageFailed(Exception):
    pass


def script_of(image: bytes, dpi: float) -> str | None:
    """The script tesseract's orientation and script detection sees ("Latin", "Han", ...)."""
    try:
        out = _tesseract(image, ["--psm", "0", "--dpi", str(round(dpi)), "-l", "osd"], 60)
    except (_PageTimeout, _PageFailed):
        return None
    found = _SCRIPT.search(out)
    return found.group(1) if found else None


def read_page(
    image: bytes,
    dpi: float,
    pack: str,
    timeout: float = _PAGE_SECONDS,
    psm: int = _PAGE_ANALYSIS,
    lost_lines: bool = False,
    band_packs: tuple[str, ...] = (),
) -> Scan:
    """OCR one rendered page with language pack ``pack``: its lines and its separator rules.
    ``psm`` is tesseract's page segmentation mode (the language's, :data:`_PAGE_ANALYSIS` on a
    page of two columns, whose column order only the page analysis finds); ``lost_lines`` looks
    for the lines the page analysis skipped and reads them again (the language's
    ``ocr_lost_lines``, :mod:`mandata.read.lostlines`); ``band_packs`` read the lines of the
    page's top and bottom bands again in those packs when they may hold the symbol and the job
    number in another script (the language's ``ocr_band_packs``, :mod:`mandata.read.bandsymbol`)."""
    if psm != _PAGE_ANALYSIS and two_columns(image):
        psm = _PAGE_ANALYSIS
    hocr = _tesseract(image, _hocr_args(pack, dpi, psm), timeout)
    found = rows(hocr)
    read_line = partial(_read_line, dpi=dpi, timeout=timeout)
    if lost_lines:
        found = recover(image, found, dpi, partial(read_line, pack=pack))
    if band_packs:
        head, foot = (partial(read_line, pack=band) for band in band_packs)
        found = reread_band(image, found, head, foot)
    return Scan(found, find_rules(image), image_height(image), dpi)


# tesseract's mode for a strip of a page read as one line of text
_ONE_LINE = 7


def _hocr_args(pack: str, dpi: float, psm: int) -> list[str]:
    """tesseract's arguments for hOCR with each character's box, in ``pack`` at ``dpi``, in
    page segmentation mode ``psm`` (left out for the page analysis, its default)."""
    mode = [] if psm == _PAGE_ANALYSIS else ["--psm", str(psm)]
    return ["-l", pack, "--dpi", str(round(dpi)), *mode, "-c", "hocr_char_boxes=1", "hocr"]


def _read_line(strip: bytes, dpi: float, pack: str, timeout: float) -> str:
    """tesseract's hOCR of a strip of a page read as one line of text."""
    return _tesseract(strip, _hocr_args(pack, dpi, _ONE_LINE), timeout)


def two_columns(pgm: bytes) -> bool:
    """Whether a grey PGM page shows two columns of text: a vertical strip in the middle fifth
    of the page, a gutter, that holds almost no ink where the columns either side of it hold
    much (a masthead or title across both columns leaves a few dark pixels in it; a page of one
    column has every line across its middle)."""
    header, data = pgm.split(b"\n", 3)[:3], pgm.split(b"\n", 3)[3]
    width, height = (int(v) for v in header[1].split())
    dpi = width / 8.27
    ink = [
        data[x : height * width : width].translate(_DARK).count(1)
        for x in range(int(width * 0.3), int(width * 0.7))
    ]
    middle = ink[len(ink) // 4 : len(ink) * 3 // 4]  # the middle fifth of the page
    sides = sorted(ink)[len(ink) // 2]  # the median column, on the text of either side
    if sides == 0:
        return False
    gutter = int(_GUTTER * dpi)
    run = 0
    for dark in middle:
        run = run + 1 if dark <= _GUTTER_INK * sides else 0
        if run >= gutter:
            return True
    return False


# --- a document --------------------------------------------------------------------------------


def pack_of(code: str) -> str:
    """Tesseract's language pack for a mandata language."""
    return lang.get(code).ocr_pack


def probe_pack(script: str | None) -> str:
    """The packs to read a page of unknown language in, from its script: the languages that
    write in it (all Latin-script packs for "Latin"), English when the script is unknown."""
    codes = [c for c in lang.LANGUAGES if lang.get(c).ocr_script == script]
    return "+".join(pack_of(c) for c in codes) if codes else pack_of("en")


@dataclass
class _Budget:
    """The document's time limit, and what to say when it runs out."""

    label: str
    seconds: int
    total: int
    start: float

    def left(self) -> float:
        return self.seconds - (time.monotonic() - self.start)

    def exceeded(self, done: int) -> TooLarge:
        return TooLarge(
            f"{self.label}: OCR stopped at its time limit of {self.seconds} s after {done} of"
            f" {self.total} scanned pages (set MANDATA_OCR_SECONDS to allow more)"
        )


def ocr_pages(
    pdf: pdfium.PdfDocument, indices: list[int], code: str | None, label: str
) -> dict[int, OcrPage]:
    """OCR the pages ``indices`` (0-based) of ``pdf``, in language ``code`` (None: found from
    the first page's script and text). Pages run in parallel, within the document's time limit."""
    budget = _Budget(label, ocr_seconds_setting(), len(indices), time.monotonic())
    out: dict[int, Scan] = {}
    todo = list(indices)
    if code is None and todo:
        first = todo.pop(0)
        out[first], code = _probe(pdf, first, budget)
    pack = pack_of(code) if code else pack_of("en")
    data = lang.get(code) if code else None
    psm = data.ocr_psm if data else _PAGE_ANALYSIS
    lost = data.ocr_lost_lines if data else False
    band = data.ocr_band_packs if data else ()
    workers = max(1, min(ocr_workers_setting(), len(todo)))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        running: dict[Future[Scan], int] = {}
        images = _images(pdf, todo)
        for index, (image, dpi) in images:
            if len(running) >= workers:
                _collect(running, out, budget)
            running[pool.submit(read_page, image, dpi, pack, _timeout(budget), psm, lost, band)] = (
                index
            )
        while running:
            _collect(running, out, budget)
    return finish({k: out[k] for k in sorted(out)})


def _images(
    pdf: pdfium.PdfDocument, indices: list[int]
) -> Iterator[tuple[int, tuple[bytes, float]]]:
    for index in indices:
        page = pdf[index]
        try:
            yield index, render(page)
        finally:
            page.close()


def _timeout(budget: _Budget) -> float:
    return max(1.0, min(_PAGE_SECONDS, budget.left()))


def _collect(running: dict[Future[Scan], int], out: dict[int, Scan], budget: _Budget) -> None:
    """Wait for at least one page and store what has finished; stop at the time limit."""
    done, _ = wait(list(running), timeout=max(0.0, budget.left()), return_when=FIRST_COMPLETED)
    if not done:
        for future in running:
            future.cancel()
        raise budget.exceeded(len(out))
    for future in done:
        index = running.pop(future)
        try:
            out[index] = future.result()
        except _PageTimeout as err:
            if budget.left() <= 1:
                raise budget.exceeded(len(out)) from err
            raise _page_error(budget.label, index, "took too long") from err
        except _PageFailed as err:
            raise _page_error(budget.label, index, f"tesseract failed ({err})") from err


def _page_error(label: str, index: int, why: str) -> UnreadableDocument:
    return UnreadableDocument(f"{label}: OCR of page {index + 1} {why}")


def _probe(pdf: pdfium.PdfDocument, index: int, budget: _Budget) -> tuple[Scan, str | None]:
    """OCR the first scanned page of a document of unknown language: in the packs of the
    script it shows, then the language its text reads as."""
    from mandata.langid import detect_language

    page = pdf[index]
    try:
        image, dpi = render(page)
    finally:
        page.close()
    try:
        result = read_page(image, dpi, probe_pack(script_of(image, dpi)), _timeout(budget))
    except _PageTimeout as err:
        raise _page_error(budget.label, index, "took too long") from err
    except _PageFailed as err:
        raise _page_error(budget.label, index, f"tesseract failed ({err})") from err
    code = detect_language("\n".join(" ".join(w.text for w in row.words) for row in result.rows))
    return result, code
