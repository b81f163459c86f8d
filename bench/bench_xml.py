"""The reader of the UN's XML against the text parser, per document, in one run (issue 13).

The same resolutions (GA 78 by default, six languages) are read from their AKN4UN XML by
mandata's reader, and parsed by the text parser from the plain text our printer makes of them
(scripts/unxml_print.py, as the evaluation does); both from memory, with the language given, with
the analysis (dates, sessions, entities, mandates) and without it (the structure alone). Rounds
alternate between the two and each takes the best of its rounds. The reader must be at least as
fast per document as the text parser: the ratio reader ÷ text parser is at most 1.

    python bench/bench_xml.py [--corpus DIR] [--collection ga/78] [--limit 40] [--repeat 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from corpus import default_corpus  # bench/corpus.py
from timing import best_of  # bench/timing.py

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from lxml import etree
from unxml_print import print_document, style_for

from mandata.parse import parse_akn, parse_raw
from mandata.read import RawText

LANGS = ("ar", "en", "es", "fr", "ru", "zh")


def load(base: Path, collection: str, limit: int) -> list[tuple[str, bytes, RawText]]:
    """(language, XML bytes, printed text) of the first ``limit`` files of each language."""
    out = []
    for code in LANGS:
        for path in sorted((base / collection / code).glob("*.xml"))[:limit]:
            data = path.read_bytes()
            root = etree.fromstring(data, etree.XMLParser(recover=True, resolve_entities=False))
            text = print_document(root, code, style_for(path.name, code))
            out.append((code, data, RawText(text, "text", "utf-8", None)))
    return out


def readable(docs: list[tuple[str, bytes, RawText]]) -> list[tuple[str, bytes, RawText]]:
    """The documents both sides read without an error (a parser fault is not a speed)."""
    out = []
    for code, data, raw in docs:
        try:
            parse_akn(data, language=code)
            parse_raw(raw, language=code)
        except Exception as err:  # reported, left out of the timing
            print(f"left out ({code}): {type(err).__name__}: {err}", file=sys.stderr)
            continue
        out.append((code, data, raw))
    return out


def timings(
    docs: list[tuple[str, bytes, RawText]], repeat: int, analysis: bool
) -> tuple[float, float]:
    """Seconds per document of the reader and of the text parser, best of interleaved rounds."""
    xml, text = [], []
    for _ in range(repeat):
        xml.append(
            best_of(1, lambda: [parse_akn(d, language=c, analysis=analysis) for c, d, _ in docs])
        )
        text.append(
            best_of(1, lambda: [parse_raw(r, language=c, analysis=analysis) for c, _, r in docs])
        )
    return min(xml) / len(docs), min(text) / len(docs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", default=default_corpus())
    ap.add_argument("--collection", default="ga/78")
    ap.add_argument("--limit", type=int, default=40, help="files of each language")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    script = Path(args.corpus) / "unxml" / "unpack"
    if not script.exists():
        print(f"bench_xml: no UN XML in {args.corpus} (set MANDATA_CORPUS)", file=sys.stderr)
        return 2
    base = Path(
        subprocess.run(
            ["bash", str(script)], capture_output=True, text=True, check=True
        ).stdout.split()[-1]
    )
    docs = readable(load(base, args.collection, args.limit))
    print(
        f"{len(docs)} documents of {args.collection} (six languages), best of {args.repeat} rounds"
    )
    for analysis in (True, False):
        xml, text = timings(docs, args.repeat, analysis)
        what = "with the analysis" if analysis else "structure only   "
        print(
            f"{what}: XML reader {1000 * xml:6.1f} ms/doc, text parser {1000 * text:6.1f} ms/doc,"
            f" ratio {xml / text:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
