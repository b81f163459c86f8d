"""Does a PDF give the same paragraphs read by its layout as the texts made from it?

For every PDF of ``<corpus>/ga78/pdf`` and ``<corpus>/ga80/pdf`` it parses the PDF and compares
its paragraphs (kind, number, action of every preambular and operative paragraph) with those
parsed from

- ``text``: the corpus text extracted from the same PDF (``ga78/A_RES_78_1.txt``);
- ``pdftotext-raw``, ``pdftotext-layout``: Debian's poppler-utils ``pdftotext -raw`` and
  ``pdftotext -layout``;
- ``pdfminer``: pdfminer.six's ``extract_text``.

The exports are made once into a cache folder (``$XDG_CACHE_HOME/mandata/exports``, else
``~/.cache/mandata/exports``; never into the repository). It also counts the documents where a
paragraph's text holds a footnote's text (a footnote left inside the body).

    python scripts/eval_pdf.py [--corpus DIR] [--sources text,pdfminer,...] [--every N] [--show N]

Prints, for each source, the share of documents whose paragraphs equal the PDF's and, with
``--show``, the first N differences of each.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from baseline import enforce

from mandata.model import Document
from mandata.parse import parse_file

SOURCES = ("text", "pdftotext-raw", "pdftotext-layout", "pdfminer")
Paragraphs = list[tuple[str, str | None, str | None]]


def cache_dir() -> Path:
    """Where the exports are kept between runs."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mandata" / "exports"


def have_pdftotext() -> bool:
    return shutil.which("pdftotext") is not None


def _pdftotext(mode: str) -> Callable[[Path, Path], None]:
    def run(pdf: Path, out: Path) -> None:
        subprocess.run(["pdftotext", "-enc", "UTF-8", mode, str(pdf), str(out)], check=True)

    return run


def _pdfminer(pdf: Path, out: Path) -> None:
    from pdfminer.high_level import extract_text

    out.write_text(extract_text(str(pdf)), encoding="utf-8")


_MAKERS: dict[str, Callable[[Path, Path], None]] = {
    "pdftotext-raw": _pdftotext("-raw"),
    "pdftotext-layout": _pdftotext("-layout"),
    "pdfminer": _pdfminer,
}


def export(pdf: Path, source: str, cache: Path | None = None) -> Path:
    """The text of ``pdf`` as ``source`` exports it (made once, then read from the cache)."""
    folder = (cache or cache_dir()) / source / pdf.parent.parent.name
    out = folder / f"{pdf.stem}.txt"
    if not out.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = out.with_suffix(".part")
        _MAKERS[source](pdf, partial)
        partial.replace(out)
    return out


def paragraphs(doc: Document) -> Paragraphs:
    """What the comparison looks at: each paragraph's kind, number and action, in order."""
    return [
        (p.kind, p.number, p.action) for r in doc.resolutions for p in [*r.preamble, *r.operative]
    ]


def corpus_pdfs(corpus: Path, every: int = 1) -> list[Path]:
    """The ga78 and ga80 PDFs (every ``every``-th of them)."""
    pdfs = sorted([*corpus.glob("ga78/pdf/*.pdf"), *corpus.glob("ga80/pdf/*.pdf")])
    return pdfs[::every]


def printed_notes(pdf: Path, cache: Path | None = None) -> list[str]:
    """The footnotes of a PDF as ``pdftotext -raw`` prints them (read here, not by the
    parser): the lines after a separator rule up to the page's foot, grouped into notes at each
    line that opens with a marker, markers cut; each note whole (a title quoted in a note may
    also stand in the text, a whole note does not)."""
    notes: list[list[str]] = []
    taking = False
    for line in export(pdf, "pdftotext-raw", cache).read_text(encoding="utf-8").split("\n"):
        text = line.strip()
        if re.fullmatch(r"_{5,}", text):
            taking = True
            continue
        if "\f" in line or re.fullmatch(r"(?:\d+/\d+|\d{2}-\d{5}.*)", text):
            taking = False
        marker = re.match(r"^(?:\d{1,3}|\*+)\s+", text)
        if taking and text and (marker or not notes):
            notes.append([text[marker.end() :] if marker else text])
        elif taking and text:
            notes[-1].append(text)
    joined = ["".join("".join(note).split()) for note in notes]
    return [note for note in joined if len(note) >= 25]


def footnote_left_in_body(doc: Document, notes: list[str] | None = None) -> bool:
    """Whether a paragraph's text holds a footnote's text: one of ``notes`` (the printed
    footnotes, spaces taken out), else one of the document's own footnotes."""
    texts = (
        notes
        if notes is not None
        else ["".join(f.text.split()) for f in doc.footnotes if len(f.text) >= 12]
    )
    body = ["".join(p.text.split()) for r in doc.resolutions for p in [*r.preamble, *r.operative]]
    body += ["".join(p.text.split()) for p in doc.paragraphs]
    return any(t in b for t in texts for b in body)


@dataclass
class Tally:
    """Agreement of one source with the PDFs."""

    docs: int = 0
    agree: int = 0
    differences: list[str] = field(default_factory=list)


def source_path(pdf: Path, source: str, cache: Path | None = None) -> Path | None:
    """The text of ``pdf`` from ``source``; None when there is none (no corpus text)."""
    if source == "text":
        text = pdf.parent.parent / f"{pdf.stem}.txt"
        return text if text.exists() else None
    return export(pdf, source, cache)


def difference(pdf: Path, mine: Paragraphs, theirs: Paragraphs) -> str:
    """A short account of where two paragraph lists part."""
    lines = difflib.unified_diff([str(p) for p in mine], [str(p) for p in theirs], n=0)
    changed = [ln for ln in lines if ln[:1] in "+-" and ln[:3] not in ("+++", "---")]
    return f"{pdf.name}: {len(mine)} vs {len(theirs)}: " + "; ".join(changed[:4])


def evaluate(
    corpus: Path, sources: tuple[str, ...] = SOURCES, every: int = 1, cache: Path | None = None
) -> tuple[dict[str, Tally], list[str]]:
    """Compare every PDF with each source; also list the PDFs that leave a footnote's text
    inside a paragraph."""
    tallies = {source: Tally() for source in sources}
    leaks: list[str] = []
    for pdf in corpus_pdfs(corpus, every):
        doc = parse_file(pdf, analysis=False)
        notes = printed_notes(pdf, cache) if have_pdftotext() else None
        if footnote_left_in_body(doc, notes):
            leaks.append(pdf.name)
        mine = paragraphs(doc)
        for source in sources:
            path = source_path(pdf, source, cache)
            if path is None:
                continue
            theirs = paragraphs(parse_file(path, symbol=doc.symbol, analysis=False))
            tally = tallies[source]
            tally.docs += 1
            if mine == theirs:
                tally.agree += 1
            else:
                tally.differences.append(difference(pdf, mine, theirs))
    return tallies, leaks


def main() -> int:
    default = os.environ.get(
        "MANDATA_CORPUS", str(Path(__file__).parents[1] / ".." / "shared" / "corpus")
    )
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=default)
    ap.add_argument("--sources", default=",".join(SOURCES))
    ap.add_argument("--every", type=int, default=1, help="only every N-th PDF")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    sources = tuple(s for s in args.sources.split(",") if s)
    if not corpus_pdfs(corpus):
        print(f"no PDFs under {corpus} (set MANDATA_CORPUS or --corpus)", file=sys.stderr)
        return 2
    if any(s.startswith("pdftotext") for s in sources) and not have_pdftotext():
        print("pdftotext not found: install poppler-utils", file=sys.stderr)
        return 2
    tallies, leaks = evaluate(corpus, sources, args.every)
    for source, tally in tallies.items():
        share = tally.agree / max(tally.docs, 1)
        print(f"{source:17} same paragraphs as the PDF: {tally.agree}/{tally.docs} = {share:.2%}")
        for line in tally.differences[: args.show]:
            print("   ", line)
    print(f"documents with a footnote's text inside a paragraph: {len(leaks)} {leaks[:10]}")
    if args.every != 1 or set(sources) != set(SOURCES):
        return 0  # a part of the evaluation: the floors are for the whole
    return enforce("eval_pdf", figures(tallies, leaks))


def figures(tallies: dict[str, Tally], leaks: list[str]) -> dict[str, float]:
    """The figures that have a floor in scripts/baseline.json: the documents, each source's
    share of documents with the PDF's paragraphs, and whether no footnote text is left."""
    out = {source: t.agree / max(t.docs, 1) for source, t in tallies.items()}
    out["documents"] = float(tallies["text"].docs) if "text" in tallies else 0.0
    out["no footnote text in a paragraph"] = 0.0 if leaks else 1.0
    return out


if __name__ == "__main__":
    sys.exit(main())
