"""The search tokenizer on digit-less symbol runs: the time per kB must stay flat.

A run of "/"-separated letters with no digit ("A/RES/RES/...") looks like a UN symbol up to its
end; a scan that checked for a digit ahead from each of its parts took time growing with the
square of the run (issue #12 item 12: an 89 kB document took 8 s to index, and every search that
hit it as long for its snippet). For runs of growing length, best of ``--repeat``: the index
terms of the run (``terms``), the same run inside prose (``tokens``, as snippets take it), and a
run that ends with a digit (one symbol). Time per kB is printed; flat means linear.

    python bench/bench_tokenizer.py [--repeat 3] [--sizes 10000,40000,160000,640000]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from timing import best_of  # bench/timing.py

from mandata.registry import tokens as search_tokens
from mandata.registry.tokens import terms, tokens

SIZES = (10_000, 40_000, 160_000, 640_000)


def run(size: int, tail: str = "") -> str:
    """``A/RES/RES/...`` of about ``size`` characters, then ``tail``."""
    return "A" + "/RES" * (size // 4) + tail


def cold(fn: Callable[[str, str], object], text: str) -> None:
    """``fn`` on ``text`` with the analyzer's memos emptied (each run analyzes the text anew)."""
    search_tokens._piece_caches.clear()
    search_tokens._caches.clear()
    fn(text, "en")


def main() -> int:
    ap = argparse.ArgumentParser(description="search tokenizer time per kB on symbol-like runs")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(f"{'input':12} {'size':>9} {'seconds':>9} {'ms per kB':>10}")
    cases = {
        "terms": lambda n: (terms, run(n)),
        "prose+run": lambda n: (tokens, f"The Assembly recalls {run(n)} and decides."),
        "with digit": lambda n: (terms, run(n, "/1")),
    }
    for name, make in cases.items():
        for size in (int(s) for s in args.sizes.split(",")):
            fn, text = make(size)
            seconds = best_of(args.repeat, lambda fn=fn, text=text: cold(fn, text))
            print(
                f"{name:12} {len(text):>9,} {seconds:>9.3f} {1000 * seconds / (len(text) / 1000):>10.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
