"""The UN's XML printed as PDFs (scripts/unxml_pdf.py), parsed, against the markup (issue 18).

For each language, a sample of session 78's resolutions (every k-th file, ``--limit`` of them) is
printed to PDF with the UN's layout and parsed with the language of its folder; the paragraph
counts of each resolution (preambular, operative) are compared with those of the markup itself
(mandata's reader of the XML), and, markup errors set aside, with the counts as the page prints
them (the yardstick of scripts/eval_unxml.py: an unnumbered part the markup sets apart inside a
numbered paragraph is part of it; where four of the five other markups agree on other counts,
theirs). ``--ocr`` first rasterizes each PDF at 300 dpi (an image-only PDF,
a scan) and parses it by OCR. Everything made goes to ~/.cache/mandata (never the repository).

    python scripts/eval_unxml_pdf.py [--lang L ...] [--limit 30] [--ocr] [--show 5]
        [--log FILE] [--report]

``--log FILE`` appends one JSON line per document and skips the documents already in it, so a long
run (the OCR one: hours of tesseract) can be stopped and resumed; the languages are interleaved
(one document of each in turn) so that every language has documents whenever the run stops.
``--report`` prints the figures from the log without parsing anything. ``--tesseract-cache DIR``
keeps tesseract's answer for each page image and arguments in DIR and reuses it, so that a change
to the reading of OCR output (read/hocr.py, the layout) can be measured again in minutes on the
same OCR; a change to what tesseract is asked (its mode, the rendering) misses the cache by
itself. It is an aid for development: the product never caches OCR.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_ocr import cache_tesseract, scan_of
from eval_unxml import _paragraph, _printed_count
from unxml_pdf import LANGS, OUT, UNXML, print_pdf, sample

from mandata.errors import MandataError
from mandata.langid import detect_language
from mandata.model import Document
from mandata.parse import parse_file

SCANS = Path.home() / ".cache/mandata/unxml-scan"


def counts(doc: Document) -> list[tuple[int, int]]:
    """Per resolution: the number of preambular and operative paragraphs."""
    return [(len(r.preamble), len(r.operative)) for r in doc.resolutions]


def printed_counts(doc: Document) -> list[tuple[int, int]]:
    """Per resolution: the markup's counts as the printed page numbers its paragraphs, the
    yardstick of scripts/eval_unxml.py: operative parts the markup sets apart without a number
    inside a numbered paragraph belong to it, a preambular paragraph marked operative is
    preambular."""
    out = []
    for r in doc.resolutions:
        summary = {"paragraphs": [_paragraph(p, []) for p in [*r.preamble, *r.operative]]}
        out.append((_printed_count(summary, "preambular"), _printed_count(summary, "operative")))
    return out


def yardstick(session: str, code: str, name: str) -> tuple[list[list[tuple[int, int]]], str | None]:
    """The counts a faithful reading of the printed page may give, and why they differ from the
    markup's own (None when they do not): this markup's counts as printed, and the counts at
    least four of the other five languages' markups agree on when they contradict this one (a
    markup error: the same resolution has the same paragraphs in every language; or this version
    really has its paragraphs otherwise, and the markup's own counts are right)."""
    symbol = name.rsplit("-", 1)[0]
    markup = parse_file(UNXML / "ga" / session / code / name, language=code, analysis=False)
    own = printed_counts(markup)
    votes: dict[tuple[tuple[int, int], ...], int] = {}
    for other in LANGS:
        if other == code:
            continue
        for xml in (UNXML / "ga" / session / other).glob(f"{symbol}-*.xml"):
            got = tuple(printed_counts(parse_file(xml, language=other, analysis=False)))
            votes[got] = votes.get(got, 0) + 1
    agreed = [c for c, n in votes.items() if n >= 4 and list(c) != own]
    if agreed:
        return [own, list(agreed[0])], f"other markups agree on {list(agreed[0])}"
    if own != counts(markup):
        return [own], f"the page prints {own}: the markup sets apart unnumbered parts"
    return [own], None


def evaluate(xml: Path, code: str, ocr: bool, session: str) -> dict[str, Any]:
    markup = parse_file(xml, language=code, analysis=False)
    written = detect_language(" ".join(p.text for p in markup.all_paragraphs())[:3000])
    if written not in (None, code):  # a file of another language in this language's folder
        return {"lang": code, "file": xml.name, "misfiled": written, "markup": counts(markup)}
    pdf = print_pdf(xml, code, OUT / session)
    source = scan_of(pdf, SCANS / code, 300) if ocr else pdf
    start = time.perf_counter()
    try:
        doc = parse_file(source, language=code, analysis=False, ocr="always" if ocr else "never")
    except MandataError as err:
        return {"lang": code, "file": xml.name, "error": str(err), "markup": counts(markup)}
    return {
        "lang": code,
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
    ap.add_argument("--log", type=Path, help="JSON lines, one per document; resumes from it")
    ap.add_argument("--report", action="store_true", help="only print the figures of --log")
    ap.add_argument("--tesseract-cache", type=Path, help="reuse tesseract's output kept here")
    args = ap.parse_args()
    if args.tesseract_cache:
        cache_tesseract(args.tesseract_cache)
    done = read_log(args.log)
    if not args.report:
        for code, xml in interleaved(args.session, args.lang, args.limit):
            if (code, xml.name) in done:
                continue
            result = evaluate(xml, code, args.ocr, args.session)
            done[(code, xml.name)] = result
            if args.log:
                with args.log.open("a", encoding="utf-8") as out:
                    out.write(json.dumps(result, ensure_ascii=False) + "\n")
            print(f"  {code} {xml.name}: {result.get('same')}", file=sys.stderr, flush=True)
    for code in args.lang:
        wanted = {xml.name for xml in sample(args.session, code, args.limit)}
        results = [r for (c, name), r in done.items() if c == code and name in wanted]
        report(code, results, args.show, args.session)
    return 0


def read_log(log: Path | None) -> dict[tuple[str, str], dict[str, Any]]:
    """The documents already evaluated in ``log`` (none when there is no log yet)."""
    if log is None or not log.exists():
        return {}
    done: dict[tuple[str, str], dict[str, Any]] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        if line.strip():
            result = json.loads(line)
            result["markup"] = [tuple(c) for c in result["markup"]]
            if "parsed" in result:
                result["parsed"] = [tuple(c) for c in result["parsed"]]
            done[(result["lang"], result["file"])] = result
    return done


def interleaved(session: str, langs: list[str], limit: int) -> Iterator[tuple[str, Path]]:
    """Each language's sample, one document of each language in turn."""
    samples = [[(code, xml) for xml in sample(session, code, limit)] for code in langs]
    for k in range(max((len(s) for s in samples), default=0)):
        for s in samples:
            if k < len(s):
                yield s[k]


def report(code: str, results: list[dict[str, Any]], show: int, session: str) -> None:
    """The language's figure, raw and with the markup errors set aside (the parse compared with
    the count the other markups agree on where this markup is outvoted), and its failures; a
    file of another language in the language's folder (the UN's: ga/77/zh holds an Arabic
    77/336) is left out and named."""
    for r in results:
        if r.get("misfiled"):
            print(f"    left out: {r['file']} is written in {r['misfiled']}, not {code}")
    results = [r for r in results if not r.get("misfiled")]
    n = len(results)
    same = sum(bool(r.get("same")) for r in results)
    judged = {r["file"]: yardstick(session, code, r["file"]) for r in results}
    fair = sum(r.get("parsed") in judged[r["file"]][0] for r in results)
    pages = sum(r.get("pages", 0) for r in results)
    seconds = sum(r.get("seconds", 0.0) for r in results)
    conf = [r["confidence"] for r in results if r.get("confidence") is not None]
    line = f"{code}: markup's paragraph counts on {same}/{n} = {same / max(n, 1):.1%}"
    line += f"; markup errors set aside {fair}/{n} = {fair / max(n, 1):.1%}"
    if pages:
        line += f"; OCR {pages} pages, {pages / max(seconds, 1e-9):.2f} pages/s"
        line += f", confidence {sum(conf) / max(len(conf), 1):.1f}"
    print(line, flush=True)
    for name, (_, why) in judged.items():
        if why is not None:
            print(f"    markup error: {name}: {why}")
    for r in [r for r in results if not r.get("same")][:show]:
        print(f"    {r['file']}: markup {r['markup']} parsed {r.get('parsed', r.get('error'))}")


if __name__ == "__main__":
    sys.exit(main())
