"""The UN's XML printed as PDFs (scripts/unxml_pdf.py), parsed, against the markup (issue 18).

For each language, a sample of session 78's resolutions (every k-th file, ``--limit`` of them) is
printed to PDF with the UN's layout and parsed with the language of its folder; the paragraph
counts of each resolution (preambular, operative) are compared with those of the markup itself
(mandata's reader of the XML). ``--ocr`` first rasterizes each PDF at 300 dpi (an image-only PDF,
a scan) and parses it by OCR. Everything made goes to ~/.cache/mandata (never the repository).

    python scripts/eval_unxml_pdf.py [--lang L ...] [--limit 30] [--ocr] [--show 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_ocr import scan_of
from unxml_pdf import LANGS, OUT, print_pdf, sample

from mandata.errors import MandataError
from mandata.model import Document
from mandata.parse import parse_file

SCANS = Path.home() / ".cache/mandata/unxml-scan"


def counts(doc: Document) -> list[tuple[int, int]]:
    """Per resolution: the number of preambular and operative paragraphs."""
    return [(len(r.preamble), len(r.operative)) for r in doc.resolutions]


def evaluate(xml: Path, code: str, ocr: bool, session: str) -> dict[str, Any]:
    markup = parse_file(xml, language=code, analysis=False)
    pdf = print_pdf(xml, code, OUT / session)
    source = scan_of(pdf, SCANS / code, 300) if ocr else pdf
    start = time.perf_counter()
    try:
        doc = parse_file(source, language=code, analysis=False, ocr="always" if ocr else "never")
    except MandataError as err:
        return {"file": xml.name, "error": str(err), "markup": counts(markup)}
    return {
        "file": xml.name,
        "markup": counts(markup),
        "parsed": counts(doc),
        "same": counts(markup) == counts(doc),
        "pages": len(doc.ocr_pages),
        "seconds": time.perf_counter() - start,
        "confidence": doc.ocr_confidence,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", nargs="*", default=list(LANGS))
    ap.add_argument("--limit", type=int, default=30)
    ap.add_argument("--session", default="78")
    ap.add_argument("--ocr", action="store_true")
    ap.add_argument("--show", type=int, default=5)
    args = ap.parse_args()
    for code in args.lang:
        results = []
        for xml in sample(args.session, code, args.limit):
            results.append(evaluate(xml, code, args.ocr, args.session))
            print(f"  {code} {xml.name}: {results[-1].get('same')}", file=sys.stderr, flush=True)
        report(code, results, args.show)
    return 0


def report(code: str, results: list[dict[str, Any]], show: int) -> None:
    n = len(results)
    same = sum(bool(r.get("same")) for r in results)
    pages = sum(r.get("pages", 0) for r in results)
    seconds = sum(r.get("seconds", 0.0) for r in results)
    conf = [r["confidence"] for r in results if r.get("confidence") is not None]
    line = f"{code}: markup's paragraph counts on {same}/{n} = {same / max(n, 1):.1%}"
    if pages:
        line += f"; OCR {pages} pages, {pages / max(seconds, 1e-9):.2f} pages/s"
        line += f", confidence {sum(conf) / max(len(conf), 1):.1f}"
    print(line, flush=True)
    for r in [r for r in results if not r.get("same")][:show]:
        print(f"    {r['file']}: markup {r['markup']} parsed {r.get('parsed', r.get('error'))}")


if __name__ == "__main__":
    sys.exit(main())
