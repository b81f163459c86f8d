"""OCR against the text layer (issue 18, acceptance 1): the ga78 PDFs rasterized and OCRed.

Each PDF of ../shared/corpus/ga78/pdf (a sample: every k-th file, ``--limit N`` of them) is
rendered at 300 dpi into an image-only PDF (a scan, in a cache folder, never in the repository),
parsed with ``ocr="always"`` and compared with the parse of the original's text layer
(``ocr="never"``):

- paragraph structure: per resolution, the number of preambular and operative paragraphs and
  their numbers, equal or not (per document);
- references: recall of the text layer's reference targets, over all documents, and the share of
  documents whose targets are all found;
- OCR pages per second, the mean confidence.

    python scripts/eval_ocr.py [--limit 40] [--dpi 300] [--show 5] [--corpus DIR] [--cache DIR]
        [--log RESULTS.jsonl] [--report RESULTS.jsonl] [--tesseract-cache DIR]

Each document's result is appended to ``--log`` as it is done (OCR is slow: a run may be cut
short), and ``--report`` prints the figures of such a log, whole or partial; documents already
in the log are not done again. ``--tesseract-cache DIR`` keeps tesseract's answer for each page
image and arguments and reuses it (a development aid: a change to the reading of OCR output is
measured again in minutes; the product never caches OCR).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from mandata.errors import MandataError
from mandata.model import Document
from mandata.parse import parse_file

CORPUS = Path(
    os.environ.get("MANDATA_CORPUS", Path(__file__).resolve().parents[2] / "shared/corpus")
)
CACHE = Path.home() / ".cache/mandata/ocr-eval"


def rasterize(data: bytes, dpi: int = 300) -> bytes:
    """An image-only PDF of ``data``: each page rendered in grey at ``dpi`` (a scan)."""
    pdf = pdfium.PdfDocument(data)
    images = [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in pdf]
    pdf.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return out.getvalue()


def cache_tesseract(folder: Path) -> None:
    """Answer each tesseract call from ``folder`` when the same image was read with the same
    arguments before; keep each new answer there."""
    from mandata.read import ocr

    folder.mkdir(parents=True, exist_ok=True)
    run = ocr._tesseract

    def cached(image: bytes, args: list[str], timeout: float) -> str:
        key = hashlib.sha256(image + "\0".join(args).encode()).hexdigest()
        kept = folder / f"{key}.txt"
        if kept.exists():
            return kept.read_text(encoding="utf-8")
        out = run(image, args, timeout)
        _write_atomically(kept, out.encode("utf-8"))
        return out

    ocr._tesseract = cached  # type: ignore[assignment]


def scan_of(path: Path, cache: Path, dpi: int) -> Path:
    """The rasterized copy of ``path`` (made once, kept in ``cache`` under the same name)."""
    target = cache / f"{dpi}dpi" / path.name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(target, rasterize(path.read_bytes(), dpi))
    return target


def _write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a file of its own renamed into place, so that
    several evaluations sharing a cache folder never read a half-written file."""
    part = target.with_name(f".{target.name}.{os.getpid()}.part")
    part.write_bytes(data)
    part.replace(target)


def structure(doc: Document) -> list[tuple[int, int, list[str | None]]]:
    """Per resolution: preambular count, operative count, operative numbers."""
    return [
        (len(r.preamble), len(r.operative), [p.number for p in r.operative])
        for r in doc.resolutions
    ]


def compare(original: Path, scan: Path) -> dict[str, Any]:
    """One document: the text layer's parse against the scan's."""
    layer = parse_file(original, ocr="never")
    start = time.perf_counter()
    try:
        ocred = parse_file(scan, ocr="always")
    except MandataError as err:
        return {"file": original.name, "error": str(err)}
    seconds = time.perf_counter() - start
    wanted = {r.target for r in layer.references}
    got = {r.target for r in ocred.references}
    return {
        "file": original.name,
        "same_structure": structure(layer) == structure(ocred),
        "layer": structure(layer),
        "ocr": structure(ocred),
        "refs": len(wanted),
        "found": len(wanted & got),
        "missing": sorted(wanted - got),
        "extra": sorted(got - wanted),
        "pages": len(ocred.ocr_pages),
        "seconds": seconds,
        "confidence": ocred.ocr_confidence,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--show", type=int, default=5)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--log", type=Path, default=None)
    ap.add_argument("--report", type=Path, default=None)
    ap.add_argument("--tesseract-cache", type=Path, help="reuse tesseract's output kept here")
    args = ap.parse_args()
    if args.tesseract_cache:
        cache_tesseract(args.tesseract_cache)
    if args.report:
        report([json.loads(line) for line in args.report.open(encoding="utf-8")], args.show)
        return 0
    folder = args.corpus / "ga78/pdf"
    files = sorted(folder.glob("A_RES_78_*.pdf"))
    if not files:
        print(f"eval_ocr: no PDFs in {folder}", file=sys.stderr)
        return 1
    step = max(1, len(files) // args.limit)
    sample = files[::step][: args.limit]
    results = []
    done = set()
    if args.log and args.log.exists():
        results = [json.loads(line) for line in args.log.open(encoding="utf-8")]
        done = {r["file"] for r in results}
    for path in sample:
        if path.name in done:
            continue
        result = compare(path, scan_of(path, args.cache, args.dpi))
        results.append(result)
        if args.log:
            with args.log.open("a", encoding="utf-8") as log:
                log.write(json.dumps(result) + "\n")
        flag = "error" if "error" in result else ("ok" if result["same_structure"] else "DIFF")
        print(f"  {path.name}: {flag}", file=sys.stderr, flush=True)
    report(results, args.show)
    return 0


def report(results: list[dict[str, Any]], show: int) -> None:
    done = [r for r in results if "error" not in r]
    same = sum(r["same_structure"] for r in done)
    refs = sum(r["refs"] for r in done)
    found = sum(r["found"] for r in done)
    complete = sum(r["found"] == r["refs"] for r in done)
    pages = sum(r["pages"] for r in done)
    seconds = sum(r["seconds"] for r in done)
    conf = [r["confidence"] for r in done if r["confidence"] is not None]
    n = len(results)
    print(f"documents: {n} ({n - len(done)} errors)")
    print(f"same paragraph structure as the text layer: {same}/{n} = {same / n:.1%}")
    print(f"references found: {found}/{refs} = {found / max(refs, 1):.1%}")
    print(f"documents with every reference: {complete}/{n} = {complete / n:.1%}")
    print(f"extra references: {sum(len(r['extra']) for r in done)}")
    print(f"OCR: {pages} pages in {seconds:.0f} s = {pages / max(seconds, 1e-9):.2f} pages/s")
    print(f"mean confidence: {sum(conf) / max(len(conf), 1):.1f}")
    for r in [r for r in results if "error" in r or not r["same_structure"]][:show]:
        print(f"  {r['file']}: {r.get('error') or (r['layer'], r['ocr'])}")
    for r in [r for r in done if r["missing"] or r["extra"]][:show]:
        print(f"  {r['file']}: missing {r['missing']} extra {r['extra']}")


if __name__ == "__main__":
    sys.exit(main())
