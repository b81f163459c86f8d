"""Six-way agreement: the same sentence in six languages gives the same facts.

Reads ``<corpus>/multi/unpc-dev/sentences.6way.tsv`` (sentences of UN documents aligned across
the six languages). A row is compared when its English text opens a preambular or operative
paragraph, or names a session, a date or a cited document. For each other language, the row
agrees when the action (or an equivalent its language module documents), the references, the
dates and the sessions are those of the English text.

    python scripts/eval_sixway.py [--corpus DIR] [--show N] [--lang L]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baseline import enforce

from mandata.analyze.paragraph import ParagraphFacts, analyze_paragraph
from mandata.compare import same_action
from mandata.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
OTHERS = ("ar", "es", "fr", "ru", "zh")
FIELDS = ("action", "references", "dates", "sessions")


@dataclass
class Agreement:
    rows: int = 0
    agree: Counter[str] = field(default_factory=Counter)
    by_field: dict[str, Counter[str]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def rate(self, code: str) -> float:
        return self.agree[code] / self.rows if self.rows else 1.0


def facts(text: str, code: str) -> ParagraphFacts:
    return analyze_paragraph(fold(text)[0], code)


def selected(en: ParagraphFacts) -> bool:
    return bool(en.action or en.sessions or en.dates or en.references)


def differences(en: ParagraphFacts, other: ParagraphFacts) -> list[str]:
    out = []
    if not same_action(en.action, other.action):
        out.append("action")
    if {r.target for r in en.references} != {r.target for r in other.references}:
        out.append("references")
    if set(en.dates) != set(other.dates):
        out.append("dates")
    if set(en.sessions) != set(other.sessions):
        out.append("sessions")
    return out


def evaluate(corpus: Path, show_lang: str | None = None) -> Agreement:
    path = corpus / "multi" / "unpc-dev" / "sentences.6way.tsv"
    result = Agreement(by_field={code: Counter() for code in OTHERS})
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            en = facts(row["en"], "en")
            if not selected(en):
                continue
            result.rows += 1
            for code in OTHERS:
                diff = differences(en, facts(row[code], code))
                if not diff:
                    result.agree[code] += 1
                    continue
                result.by_field[code].update(diff)
                if show_lang in (None, code):
                    result.misses.append(f"{code} {diff} | {row['en'][:90]} | {row[code][:90]}")
    return result


def main() -> int:
    default = os.environ.get("MANDATA_CORPUS", str(ROOT.parent / "shared" / "corpus"))
    ap = argparse.ArgumentParser(description="six-way agreement of the analysis")
    ap.add_argument("--corpus", default=default)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--lang", default=None)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    if not (corpus / "multi" / "unpc-dev").is_dir():
        print(f"corpus not found at {corpus} (set MANDATA_CORPUS or --corpus)", file=sys.stderr)
        return 2
    result = evaluate(corpus, args.lang)
    print(f"rows compared: {result.rows}")
    for code in OTHERS:
        fields = ", ".join(f"{k} {v}" for k, v in sorted(result.by_field[code].items()))
        print(f"{code}: {result.rate(code):.1%} agree with English ({fields or 'no difference'})")
    for miss in result.misses[: args.show]:
        print("DIFF", miss)
    return enforce("eval_sixway", figures(result))


def figures(result: Agreement) -> dict[str, float]:
    """The figures that have a floor in scripts/baseline.json: the rows, each language's rate."""
    return {"rows": result.rows, **{code: result.rate(code) for code in OTHERS}}


if __name__ == "__main__":
    sys.exit(main())
