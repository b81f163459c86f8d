"""`mandata compare` on the six official versions of each UN resolution (issue 13, item 5).

For each resolution of a collection of the UN's XML (General Assembly session 78 by default),
the six language versions are read (``--source xml``: by mandata's reader of the markup, with the
analysis; ``--source text``: printed as text by scripts/unxml_print.py and parsed by the text
parser, as eval_unxml.py does) and compared with :func:`mandata.compare.compare_documents`
(English the reference). The versions are official translations of one text: a high-severity
difference is either a real divergence of the texts or a fault of the reading. The target is at
most one high-severity difference for every ten documents; each remaining one is listed, to be
judged.

    python scripts/eval_compare_unxml.py [--collection ga/78] [--source xml|text] [--limit N]
        [--workers N] [--show N] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_unxml import LANGS, _corpus, unxml_dir
from unxml_print import print_document, style_for

from mandata.compare import compare_documents
from mandata.model import Document
from mandata.parse import parse_file, parse_raw
from mandata.read import RawText

# The last letter of a UN file name gives its language ("A_RES_78_10-2323443F.xml": French)
FILE_LANGUAGE = {"A": "ar", "E": "en", "S": "es", "F": "fr", "R": "ru", "C": "zh"}


def file_language(name: str) -> str | None:
    """The language a UN file name gives: "A_RES_78_68-2324915F.xml" -> "fr"."""
    stem = name.rsplit(".", 1)[0]
    return FILE_LANGUAGE.get(stem[-1:]) if stem else None


def resolution_key(name: str) -> str:
    """ "A_RES_78_10-2323443E.xml" -> "A_RES_78_10" (the same for the six versions)."""
    return name.split("-")[0]


def groups(base: Path, collection: str, limit: int) -> list[dict[str, str]]:
    """The versions of each resolution: language -> file, for those with all six."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for code in LANGS:
        for path in sorted((base / collection / code).glob("*.xml")):
            found[resolution_key(path.name)][code] = str(path)
    complete = [v for _, v in sorted(found.items(), key=lambda kv: _order(kv[0])) if len(v) == 6]
    return complete[: limit or None]


def _order(key: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", key))


def read(path: str, code: str, source: str) -> Document:
    if source == "xml":
        return parse_file(path, language=code, analysis=True)
    root = etree.parse(path, etree.XMLParser(recover=True, resolve_entities=False)).getroot()
    text = print_document(root, code, style_for(Path(path).name, code))
    return parse_raw(RawText(text, "text", "utf-8", None), source=path, language=code)


def compare_one(versions: dict[str, str], source: str) -> dict[str, Any]:
    """The comparison of one resolution's six versions: its high-severity differences."""
    name = Path(versions["en"]).name
    # a folder's file in another language (the corpus's Russian 78/68 is the French file) is
    # not a version of that language: it is left out and said
    wrong = [c for c in LANGS if file_language(Path(versions[c]).name) not in (c, None)]
    try:
        docs = [read(versions[code], code, source) for code in LANGS if code not in wrong]
        result = compare_documents(docs)
    except Exception as err:  # one document's failure is counted, the run goes on
        return {"file": name, "error": f"{type(err).__name__}: {err}".splitlines()[0][:300]}
    return {
        "file": name,
        "symbol": result.symbol,
        "left_out": {c: Path(versions[c]).name for c in wrong},
        "severity": dict(Counter(d.severity for d in result.differences)),
        "high": [
            {
                "kind": d.kind,
                "language": d.right.language,
                "paragraph": d.left.paragraph or d.right.paragraph,
                "left_only": d.left_only,
                "right_only": d.right_only,
                "left": (d.left.text or "")[:200],
                "right": (d.right.text or "")[:200],
            }
            for d in result.differences
            if d.severity == "high"
        ],
    }


def report(results: list[dict[str, Any]], show: int) -> None:
    done = [r for r in results if "error" not in r]
    high = [h | {"file": r["file"]} for r in done for h in r["high"]]
    print(f"resolutions compared: {len(done)} (failed: {len(results) - len(done)})")
    print(
        f"high-severity differences: {len(high)} ({len(high) / max(1, len(done)):.2f} a document)"
    )
    severity: Counter[str] = Counter()
    for r in done:
        severity.update(r["severity"])
    print(
        "by severity: "
        + ", ".join(
            f"{s} {severity[s]} ({severity[s] / max(1, len(done)):.2f} a document)"
            for s in ("high", "medium", "low")
        )
    )
    for r in done:
        for code, file in r.get("left_out", {}).items():
            print(f"  left out {r['file']} {code}: the corpus gives {file}, another language")
    by_kind = Counter(h["kind"] for h in high)
    by_lang = Counter(h["language"] for h in high)
    print("by kind: " + ", ".join(f"{k} {n}" for k, n in by_kind.most_common()))
    print("by language: " + ", ".join(f"{k} {n}" for k, n in by_lang.most_common()))
    for r in results:
        if "error" in r:
            print(f"  error {r['file']}: {r['error']}")
    for h in high[:show]:
        print(
            f"  {h['file']} {h['language']} {h['paragraph']} {h['kind']}: "
            f"en {h['left_only']} vs {h['language']} {h['right_only']}"
        )


def cli() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", help="the corpus folder (MANDATA_CORPUS, ../shared/corpus)")
    ap.add_argument("--collection", default="ga/78")
    ap.add_argument("--source", choices=("xml", "text"), default="xml")
    ap.add_argument("--limit", type=int, default=0, help="resolutions to compare (0: all)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--show", type=int, default=0, help="list N high-severity differences")
    ap.add_argument("--json", dest="json_out", help="write the per-resolution results here")
    args = ap.parse_args()
    corpus = _corpus(args.corpus)
    if not (corpus / "unxml" / "unpack").exists():
        print(f"eval_compare_unxml: no UN XML in {corpus} (set MANDATA_CORPUS)", file=sys.stderr)
        return 1
    todo = groups(unxml_dir(corpus), args.collection, args.limit)
    sources = [args.source] * len(todo)
    if args.workers <= 1:
        results = [compare_one(v, s) for v, s in zip(todo, sources, strict=True)]
    else:
        with ProcessPoolExecutor(max_workers=args.workers) as pool:
            results = list(pool.map(compare_one, todo, sources, chunksize=4))
    report(results, args.show)
    if args.json_out:
        Path(args.json_out).write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in results) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(cli())
