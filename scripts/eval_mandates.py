"""Precision and recall of report and agenda-item mandates against the hand-verified sample.

``tests/data/mandates_gold.json`` lists operative paragraphs of the ga78 and ga80 texts with the
mandates a person read in them (and paragraphs that create none). For each, the document is
parsed and its paragraph with that number compared: a mandate counts as found when its type
and session agree (and, for an agenda item, its title).

    python scripts/eval_mandates.py [--corpus DIR] [--show]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baseline import enforce

from mandata.model import Document
from mandata.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "mandates_gold.json"
TYPES = ("report", "agenda_item")


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    matched: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


def _norm(title: str | None) -> str:
    return " ".join((title or "").replace("“", "").replace("”", "").split()).casefold()


def _key(m: dict[str, Any]) -> tuple[str, int | None, str]:
    title = _norm(m.get("title")) if m["type"] == "agenda_item" else ""
    return (m["type"], m.get("session"), title)


def _ours(doc: Document, number: str) -> list[dict[str, Any]]:
    ids = {p.id for r in doc.resolutions for p in r.operative if p.number == number}
    return [vars(m) for m in doc.mandates if m.paragraph in ids and m.type in TYPES]


def evaluate(corpus: Path) -> Score:
    """Compare the mandates mandata finds with the hand-verified ones."""
    score = Score()
    docs: dict[str, Document] = {}
    for case in json.loads(GOLD.read_text(encoding="utf-8")):
        source = case["source"]
        if source not in docs:
            docs[source] = parse_file(corpus / source)
        want = Counter(_key(m) for m in case["mandates"] if m["type"] in TYPES)
        got = Counter(_key(m) for m in _ours(docs[source], case["paragraph"]))
        both = want & got
        score.gold += sum(want.values())
        score.found += sum(got.values())
        score.matched += sum(both.values())
        if want != got:
            score.misses.append(
                f"{source} para {case['paragraph']}: want {sorted(want.elements(), key=str)} "
                f"got {sorted(got.elements(), key=str)}"
            )
    return score


def main() -> int:
    default = os.environ.get("MANDATA_CORPUS", str(ROOT.parent / "shared" / "corpus"))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", default=default)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not (corpus / "ga78").is_dir():
        print(f"corpus not found at {corpus} (set MANDATA_CORPUS or --corpus)", file=sys.stderr)
        return 2
    score = evaluate(corpus)
    print(f"mandates in the sample: {score.gold}; found: {score.found}; right: {score.matched}")
    print(f"precision {score.precision:.1%}, recall {score.recall:.1%}")
    if args.show:
        for miss in score.misses:
            print("MISS", miss)
    return enforce("eval_mandates", figures(score))


def figures(score: Score) -> dict[str, float]:
    """The figures that have a floor in scripts/baseline.json."""
    return {"sample mandates": score.gold, "precision": score.precision, "recall": score.recall}


if __name__ == "__main__":
    sys.exit(main())
