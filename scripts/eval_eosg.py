"""Compare mandata's paragraphs with the UN EOSG labels for the same documents.

For every raw text in ``<corpus>/ga78`` that has labels in ``<corpus>/eosg`` (documents whose labels
carry no ``action_verb`` at all are left out), it counts the top-level operative paragraphs
(``paragraph_level`` 1) and the preambular paragraphs (``paragraph_level`` null with an
``action_verb``) on both sides, and compares each paragraph's first word with the label's
``action_verb``'s first word, pairing paragraphs in order within each kind.

    python scripts/eval_eosg.py [--corpus DIR] [--show N] [--pdf]

Prints the rates and, with ``--show``, the first N disagreements of each kind. With ``--pdf`` it
parses the official PDFs of the same resolutions (``<corpus>/ga78/pdf``) instead of the texts.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baseline import enforce

from mandata import lang
from mandata.model import Document, Paragraph
from mandata.parse import parse_file

# Documents whose counts differ because of the labels, each checked by hand (see docs/figures.md).
LABEL_ERRORS: dict[str, str] = {
    "A_RES_78_3": "labels count the 78 paragraphs of the annexed political declaration as "
    "operative paragraphs of the resolution, whose one operative paragraph adopts it",
    "A_RES_78_20": "labels call the tail of operative paragraph 4 ('and to consider how ...', "
    "after its sub-paragraphs) a preambular paragraph",
    "A_RES_78_186": "labels call the single, unnumbered operative paragraph ('Takes note of the "
    "report ...') preambular",
    "A_RES_78_223": "labels count the numbered items of the provisional agenda and workshop list "
    "quoted in paragraphs 11 and 12 as operative paragraphs",
    "A_RES_78_282": "labels put operative paragraph 6 at paragraph_level 5",
    "A_RES_78_318": "labels call an item of a list in the operative part ('Round table 2: ...') "
    "a preambular paragraph",
}


@dataclass
class Tally:
    docs: int = 0
    left_out: int = 0
    count_agree: int = 0
    preambular_agree: int = 0
    operative_agree: int = 0
    words: int = 0
    word_agree: int = 0
    count_misses: list[str] = field(default_factory=list)
    word_misses: list[str] = field(default_factory=list)


ENACTING = re.compile(r"^The (General Assembly|Security Council|Economic and Social Council),?$")
# Closing lines that the labels call preambular paragraphs: "50th (resumed) plenary meeting", a date.
CLOSING = re.compile(r"plenary meeting$|^\d{1,2} [A-Z][a-z]+ \d{4}$")


def labels(path: Path, literal: bool) -> tuple[list[str], list[str]] | None:
    """The preambular and operative action verbs of a labelled document, in order.

    ``literal``: preambular paragraphs are those with ``paragraph_level`` null and an
    ``action_verb`` (the issue's definition); otherwise every paragraph the labels call
    preambular, but the enacting formula ("" stands for a missing verb).
    """
    rows = json.loads(path.read_text(encoding="utf-8"))
    if not any(r.get("action_verb") for r in rows):
        return None
    paras = [r for r in rows if r.get("type") == "paragraph"]
    if literal:
        pre = [r["action_verb"] for r in paras if r["paragraph_level"] is None and r["action_verb"]]
    else:
        pre = [
            r.get("action_verb") or ""
            for r in paras
            if r["paragraph_type"] == "preambular"
            and r["paragraph_level"] is None
            and not ENACTING.match(r["text"].strip())
            and not CLOSING.search(r["text"].strip())
            and any(ch.isalpha() for ch in r["text"])
        ]
    op = [
        f"{(r.get('prefix') or '').strip().rstrip('.')}\t{r.get('action_verb') or ''}"
        for r in paras
        if r["paragraph_level"] == 1
    ]
    return pre, op


def first_word(text: str | None) -> str:
    return text.split()[0].strip(",;:.").casefold() if text and text.split() else ""


def verb_word(para: Paragraph) -> str:
    """The first word of a paragraph's verb: its phrase without additives and manner words."""
    if not para.phrase:
        return first_word(para.text)
    data = lang.get("en")
    skip = {w for a in data.additives for w in a.split()}
    skip |= {w for m in data.modifiers for w in m.split()}
    words = [w for w in para.phrase.split() if w.casefold() not in skip]
    return first_word(words[0] if words else para.phrase)


def ours(doc: Document, literal: bool) -> tuple[list[Paragraph], list[Paragraph]]:
    pre = [p for r in doc.resolutions for p in r.preamble if not literal or p.action]
    op = [p for r in doc.resolutions for p in r.operative]
    return pre, op


def _by_number(mine: list[Paragraph], theirs: list[str]) -> list[tuple[Paragraph, str]]:
    """Operative paragraphs paired by their printed number (the first of each number), so that
    a paragraph missing on one side does not shift the others; unnumbered ones in order."""
    labelled: dict[str, str] = {}
    for item in theirs:
        number, _, verb = item.partition("\t")
        labelled.setdefault(number, verb)
    pairs = []
    seen: set[str] = set()
    for k, para in enumerate(mine):
        key = para.number if para.number else ""
        if key and key in labelled and key not in seen:
            seen.add(key)
            pairs.append((para, labelled[key]))
        elif not key and k < len(theirs):
            pairs.append((para, theirs[k].partition("\t")[2]))
    return pairs


def compare(
    name: str, doc: Document, want: tuple[list[str], list[str]], tally: Tally, literal: bool
) -> None:
    got = ours(doc, literal)
    tally.docs += 1
    tally.preambular_agree += len(got[0]) == len(want[0])
    tally.operative_agree += len(got[1]) == len(want[1])
    if len(got[0]) == len(want[0]) and len(got[1]) == len(want[1]):
        tally.count_agree += 1
    else:
        tally.count_misses.append(
            f"{name}: preambular {len(got[0])} vs {len(want[0])}, "
            f"operative {len(got[1])} vs {len(want[1])}"
        )
    for kind, pairs in (
        ("pp", zip(got[0], want[0], strict=False)),
        ("op", _by_number(got[1], want[1])),
    ):
        for k, (para, verb) in enumerate(pairs):
            if not verb:
                continue
            tally.words += 1
            if verb_word(para) == first_word(verb):
                tally.word_agree += 1
            else:
                tally.word_misses.append(f"{name} {kind}{k + 1}: {para.text[:60]!r} vs {verb!r}")


def evaluate(corpus: Path, literal: bool = False, pdf: bool = False) -> Tally:
    """Parse every labelled ga78 text (or its PDF) and compare it with its labels."""
    tally = Tally()
    paths = (corpus / "ga78" / "pdf").glob("*.pdf") if pdf else (corpus / "ga78").glob("*.txt")
    for path in sorted(paths):
        label_path = corpus / "eosg" / f"{path.stem}.json"
        if not label_path.exists():
            continue
        want = labels(label_path, literal)
        if want is None:
            tally.left_out += 1
            continue
        compare(path.stem, parse_file(path, analysis=False), want, tally, literal)
    return tally


def main() -> int:
    default = os.environ.get(
        "MANDATA_CORPUS", str(Path(__file__).parents[1] / ".." / "shared" / "corpus")
    )
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=default)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument(
        "--literal",
        action="store_true",
        help="count preambular paragraphs as the issue defines them (labels with an action_verb)",
    )
    ap.add_argument("--pdf", action="store_true", help="parse the PDFs of ga78/pdf, not the texts")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not (corpus / "eosg").is_dir() or not (corpus / "ga78").is_dir():
        print(f"corpus not found at {corpus} (set MANDATA_CORPUS or --corpus)", file=sys.stderr)
        return 2
    tally = evaluate(corpus, args.literal, args.pdf)
    print(
        f"documents compared: {tally.docs} (left out, no action_verb in labels: {tally.left_out})"
    )
    print(
        f"paragraph counts agree: {tally.count_agree}/{tally.docs} = {tally.count_agree / max(tally.docs, 1):.2%}"
    )
    for kind, agree in (
        ("preambular", tally.preambular_agree),
        ("operative", tally.operative_agree),
    ):
        print(f"{kind} counts agree: {agree}/{tally.docs} = {agree / max(tally.docs, 1):.2%}")
    print(
        f"first word agrees: {tally.word_agree}/{tally.words} = {tally.word_agree / max(tally.words, 1):.2%}"
    )
    unexplained = [m for m in tally.count_misses if m.split(":")[0] not in LABEL_ERRORS]
    explained = len(tally.count_misses) - len(unexplained)
    print(
        f"disagreements explained by label errors: {explained}; "
        f"agreement without them: {tally.count_agree}/{tally.docs - explained}"
    )
    for miss in tally.count_misses[: args.show]:
        reason = LABEL_ERRORS.get(miss.split(":")[0])
        print("COUNT", miss, f"[label error: {reason}]" if reason else "[unexplained]")
    for miss in tally.word_misses[: args.show]:
        print("WORD ", miss)
    if args.literal:
        return 0  # the issue's own counting: no floor
    return enforce("eval_eosg --pdf" if args.pdf else "eval_eosg", figures(tally))


def figures(tally: Tally) -> dict[str, float]:
    """The figures that have a floor in scripts/baseline.json."""
    docs = max(tally.docs, 1)
    return {
        "documents": tally.docs,
        "first words": tally.word_agree / max(tally.words, 1),
        "paragraph counts": tally.count_agree / docs,
        "operative counts": tally.operative_agree / docs,
        "preambular counts": tally.preambular_agree / docs,
    }


if __name__ == "__main__":
    sys.exit(main())
