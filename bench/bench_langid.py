"""Language detection on one-line inputs: the time per MB must stay flat as the line grows.

Detection reads a bounded sample of the text (issue #12: lingua's cost grows with the square of
a line or word handed to it whole; a 200 kB word took 20 s). Two kinds of one-line input, each
of 50 kB, 200 kB, 1 MB and 10 MB:

- ``word``: one run of letters with no space (the worst case for lingua);
- ``prose``: the English examples joined into one line and repeated (real text in one line, as
  a web page or a word processor may give it).

For each, best of ``--repeat``: ``detect_language`` alone, and the whole parse of the line
(read, normalize, detect, segment, analyse) from the text already in memory. Time per MB is
given for both; flat means linear.

    python bench/bench_langid.py [--repeat 3] [--sizes 50000,200000,1000000,10000000]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from timing import best_of  # bench/timing.py

from mandata.langid import detect_language
from mandata.parse import parse_raw
from mandata.read import RawText

ROOT = Path(__file__).resolve().parents[1]
SIZES = (50_000, 200_000, 1_000_000, 10_000_000)


def one_line(kind: str, size: int) -> str:
    """A line of ``size`` characters: one word, or English prose."""
    if kind == "word":
        return ("mandatesandresolutions" * (size // 22 + 1))[:size]
    prose = " ".join(
        (ROOT / "examples" / "en" / f"{name}.txt").read_text("utf-8").replace("\n", " ")
        for name in ("resolution", "draft_resolution", "request_letter")
    )
    return (prose * (size // len(prose) + 1))[:size]


def main() -> int:
    ap = argparse.ArgumentParser(description="language detection time per MB on one-line input")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    detect_language("Warm the detector up: its models load on first use.")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(
        f"{'input':6} {'size':>10} {'detect s':>9} {'detect s/MB':>12} {'parse s':>8} {'parse s/MB':>11}"
    )
    for kind in ("word", "prose"):
        for size in sizes:
            text = one_line(kind, size)
            raw = RawText(text, "text", "utf-8", None)
            t_detect = best_of(args.repeat, lambda: detect_language(text))  # noqa: B023
            t_parse = best_of(args.repeat, lambda: parse_raw(raw))  # noqa: B023
            mb = size / 1e6
            print(
                f"{kind:6} {size:>10} {t_detect:>9.4f} {t_detect / mb:>12.4f} "
                f"{t_parse:>8.2f} {t_parse / mb:>11.2f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
