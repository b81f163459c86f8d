"""Parser outputs before and after a change: the same, byte for byte?

``write`` parses every text of the corpus (ga78, ga80, sc, multi/excerpts, seed; the six-way
aligned sentences of multi/unpc-dev through the paragraph analysis; and a sample of the UN XML
of sessions 77-78 and SC 2020-2021 printed as text in six languages, as scripts/eval_unxml.py
prints it) and writes one JSON line per input: its name and the parser's JSON output. ``diff``
compares two such files and prints the inputs whose output differs (the first difference of
each), and the count; it exits 1 when any differs.

Run ``write`` with the code before the change (a checkout of it on PYTHONPATH) and after:

    PYTHONPATH=/tmp/before/src python scripts/diff_outputs.py write /tmp/before.jsonl
    python scripts/diff_outputs.py write /tmp/after.jsonl
    python scripts/diff_outputs.py diff /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path

from mandata.analyze.paragraph import analyze_paragraph
from mandata.parse import parse_file, parse_raw
from mandata.read import RawText

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("ar", "en", "es", "fr", "ru", "zh")
Job = tuple[str, str, str]  # kind, name, what to parse (a path, or a sentence and its language)


def corpus_jobs(corpus: Path, unxml_every: int) -> Iterator[Job]:
    for folder in ("ga78", "ga80", "sc", "multi/excerpts", "seed"):
        for path in sorted((corpus / folder).glob("*.txt")):
            yield "file", f"{folder}/{path.name}", str(path)
    tsv = corpus / "multi" / "unpc-dev" / "sentences.6way.tsv"
    if tsv.exists():
        with tsv.open(encoding="utf-8", newline="") as handle:
            for n, row in enumerate(csv.DictReader(handle, delimiter="\t")):
                for code in LANGS:
                    if row.get(code):
                        yield "sentence", f"unpc-dev/{n}/{code}", json.dumps([row[code], code])
    unxml = Path(os.environ.get("MANDATA_UNXML", Path.home() / ".cache" / "mandata" / "unxml"))
    for collection in ("ga/77", "ga/78", "sc/2020", "sc/2021"):
        for code in LANGS:
            files = sorted((unxml / collection / code).glob("*.xml"))
            for path in files[::unxml_every]:
                yield "unxml", f"unxml/{collection}/{code}/{path.name}", f"{path}|{code}"


def run(job: Job) -> str:
    kind, name, what = job
    try:
        out = _output(kind, what)
    except Exception as err:  # an error is an output too: it must not change either
        out = {"error": f"{type(err).__name__}: {err}"}
    return json.dumps({"input": name, "output": out}, ensure_ascii=False, sort_keys=True)


def _output(kind: str, what: str) -> object:
    if kind == "file":
        return parse_file(what).to_dict()
    if kind == "sentence":
        text, code = json.loads(what)
        return analyze_paragraph(text, code, None).to_dict()
    sys.path.insert(0, str(ROOT / "scripts"))
    from lxml import etree
    from unxml_print import print_document, style_for

    path, code = what.rsplit("|", 1)
    root = etree.parse(path, etree.XMLParser(recover=True, resolve_entities=False)).getroot()
    text = print_document(root, code, style_for(Path(path).name, code))
    return parse_raw(RawText(text, "text", "utf-8", None), source=path, language=code).to_dict()


def write(out: Path, corpus: Path, workers: int, unxml_every: int) -> int:
    jobs = list(corpus_jobs(corpus, unxml_every))
    with Pool(workers) as pool, out.open("w", encoding="utf-8") as handle:
        for line in pool.imap(run, jobs, chunksize=8):
            handle.write(line + "\n")
    print(f"{len(jobs)} outputs written to {out}")
    return 0


def diff(before: Path, after: Path) -> int:
    old = _read(before)
    new = _read(after)
    changed = [name for name in old if name in new and old[name] != new[name]]
    missing = sorted(set(old) ^ set(new))
    for name in changed[:20]:
        a, b = old[name], new[name]
        at = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
        print(
            f"{name}: differs at {at}: {a[max(0, at - 60) : at + 60]!r} -> {b[max(0, at - 60) : at + 60]!r}"
        )
    print(
        f"{len(old)} inputs before, {len(new)} after: {len(changed)} outputs differ, "
        f"{len(missing)} inputs in one file only"
    )
    return 1 if changed or missing else 0


def _read(path: Path) -> dict[str, str]:
    out = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            name = json.loads(line)["input"]
            out[name] = line
    return out


def main() -> int:
    default = os.environ.get("MANDATA_CORPUS", str(ROOT.parent / "shared" / "corpus"))
    ap = argparse.ArgumentParser(description="parser outputs before and after a change")
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="parse the corpus, one JSON line per input")
    w.add_argument("out", type=Path)
    w.add_argument("--corpus", type=Path, default=Path(default))
    w.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    w.add_argument("--unxml-every", type=int, default=10, help="every Nth UN XML file")
    d = sub.add_parser("diff", help="compare two outputs of write")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.command == "write":
        if not (args.corpus / "ga78").exists():
            print(f"corpus not found at {args.corpus}", file=sys.stderr)
            return 2
        return write(args.out, args.corpus, args.workers, args.unxml_every)
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
