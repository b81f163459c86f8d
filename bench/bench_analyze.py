"""Analysis speed, measured in one run against the parser alone.

1. Paragraphs per second of ``analyze_paragraph`` over every paragraph of the corpus texts.
2. The added cost of analysis in a batch parse: parse with analysis ÷ parse without, on one core.

    python bench/bench_analyze.py [--corpus DIR] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from corpus import corpus_texts, default_corpus  # bench/corpus.py
from timing import best_of_both  # bench/timing.py

from mandata.analyze.paragraph import analyze_paragraph
from mandata.parse import parse_file


def main() -> int:
    default = default_corpus()
    ap = argparse.ArgumentParser(description="analysis speed against the parser alone")
    ap.add_argument("--corpus", default=default)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    files = corpus_texts(corpus)
    if not files:
        print(f"corpus not found at {corpus}", file=sys.stderr)
        return 2
    docs = [parse_file(f, analysis=False) for f in files]
    paragraphs = [
        (p.text, d.language or "en", d.session, p.kind) for d in docs for p in d.all_paragraphs()
    ]

    def analyze_all() -> None:
        for text, code, session, kind in paragraphs:
            analyze_paragraph(text, code, session, kind)

    t_analyze, c_analyze = best_of_both(args.repeat, analyze_all)
    t_plain, c_plain = best_of_both(
        args.repeat, lambda: [parse_file(f, analysis=False) for f in files]
    )
    t_full, c_full = best_of_both(args.repeat, lambda: [parse_file(f) for f in files])
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(
        f"analyze: {len(paragraphs)} paragraphs in {t_analyze:.2f} s = {len(paragraphs) / t_analyze:.0f} paragraphs/s (CPU {c_analyze:.2f} s)"
    )
    print(
        f"parse without analysis: {t_plain:.2f} s; with analysis: {t_full:.2f} s; ratio {t_full / t_plain:.2f}x ({len(files)} documents, one core)"
    )
    print(
        f"CPU: without analysis {c_plain:.2f} s; with analysis {c_full:.2f} s; ratio {c_full / c_plain:.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
