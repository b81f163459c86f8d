"""Comparison cost, measured in one run against parsing one version.

The six example resolutions (13 paragraphs each) are lengthened to 31 paragraphs in every
language by repeating their operative paragraphs under new numbers, written to a temporary
directory. Then, best of ``--repeat``:

1. parsing the English version (with analysis);
2. comparing the six versions already parsed (alignment and differences);
3. parsing the six versions and comparing them (what ``mandata compare FILE...`` does).

The issue's target: (2) under 5 times (1).

    python bench/bench_compare.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

from timing import best_of  # bench/timing.py

from mandata.compare import compare_documents
from mandata.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "ar", "es", "fr", "ru", "zh")
OPERATIVE = re.compile(r"^(\d+)([.\-] ?|\s*-\s*|、|．)", re.M)


def lengthen(text: str, times: int = 4) -> str:
    """The resolution with its operative paragraphs repeated ``times`` times, renumbered."""
    lines = text.split("\n")
    notes = next((i for i, line in enumerate(lines) if line.startswith("___")), len(lines))
    numbered: list[int] = []
    for i, line in enumerate(lines[:notes]):
        m = OPERATIVE.match(line)
        if m and int(m.group(1)) == len(numbered) + 1:  # "52-е пленарное заседание" is not one
            numbered.append(i)
    first, last = numbered[0], numbered[-1]
    block = lines[first : last + 1]
    body: list[str] = []
    count = 0
    for _ in range(times):
        for line in block:
            m = OPERATIVE.match(line)
            if m:
                count += 1
                line = f"{count}{m.group(2)}{line[m.end() :]}"
            body.append(line)
        body.append("")
    return "\n".join(lines[:first] + body + lines[last + 1 :])


def main() -> int:
    ap = argparse.ArgumentParser(description="comparison cost against parsing one version")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for code in LANGS:
            path = Path(tmp) / code / "resolution.txt"
            path.parent.mkdir()
            path.write_text(
                lengthen((ROOT / "examples" / code / "resolution.txt").read_text("utf-8")), "utf-8"
            )
            paths.append(path)
        docs = [parse_file(p) for p in paths]
        sizes = {len(d.resolutions[0].preamble + d.resolutions[0].operative) for d in docs}
        result = compare_documents(docs)
        parse_one = best_of(args.repeat, lambda: parse_file(paths[0]))
        compare = best_of(args.repeat, lambda: compare_documents(docs))
        both = best_of(args.repeat, lambda: compare_documents([parse_file(p) for p in paths]))
    print(
        f"versions: 6 of {sorted(sizes)} paragraphs; differences found: {len(result.differences)}"
    )
    print(f"parse one version:            {parse_one * 1000:8.1f} ms")
    print(
        f"compare six parsed versions:  {compare * 1000:8.1f} ms  = {compare / parse_one:.2f} x parse"
    )
    print(f"parse six and compare:        {both * 1000:8.1f} ms  = {both / parse_one:.2f} x parse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
