"""Cross-language comparison on the six-way aligned sentences, and on altered copies of them.

Reads ``<corpus>/multi/unpc-dev/sentences.6way.tsv``. First, every row's six texts are compared
as versions of one paragraph (English the reference): a row is clean when no difference is
reported. Then ``mandata.compare.alter`` changes one fact in one language of each row where it
can (a number, a date, a symbol, a session, a clause with a reference dropped) and counts the
alterations found with the right kind.

    python scripts/eval_compare.py [--corpus DIR] [--show N]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from mandata.compare.diff import fact_differences
from mandata.compare.units import Facts, text_facts

LANGS = ("en", "ar", "es", "fr", "ru", "zh")
Row = dict[str, str]

ROOT = Path(__file__).resolve().parents[1]


def rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {k: row[k] for k in LANGS}
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def kinds(en: Facts, other: Facts) -> list[str]:
    """The kinds of difference between the English facts and another language's."""
    return [kind for kind, _, _ in fact_differences(en, other)]


def clean_rate(
    data: list[Row], found: dict[tuple[int, str], list[str]] | None = None
) -> tuple[float, list[str]]:
    """Share of rows on which no language differs from English, and a line per difference;
    ``found``: the :func:`differences` of ``data``, when already made."""
    found = differences(data) if found is None else found
    alarms = [
        f"#{i} {code} {diff} | {data[i]['en'][:100]} | {data[i][code][:100]}"
        for (i, code), diff in found.items()
    ]
    return 1 - len({i for i, _ in found}) / len(data), alarms


def differences(data: list[Row]) -> dict[tuple[int, str], list[str]]:
    """(row, language) -> the kinds reported between that version and English, where any."""
    out: dict[tuple[int, str], list[str]] = {}
    for i, row in enumerate(data):
        en = text_facts(row["en"], "en")
        for code in LANGS[1:]:
            diff = kinds(en, text_facts(row[code], code))
            if diff:
                out[(i, code)] = diff
    return out


REVIEWED = ROOT / "tests" / "data" / "sixway_reviewed.tsv"


def reviewed(path: Path = REVIEWED) -> dict[tuple[int, str], tuple[str, str]]:
    """The differences a person read: (row, language) -> (verdict, reason)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return {
        (int(r["row"]), r["language"]): (r["verdict"], r["reason"])
        for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    }


def against_review(
    found: dict[tuple[int, str], list[str]], review: dict[tuple[int, str], tuple[str, str]]
) -> tuple[dict[str, set[int]], list[tuple[int, str]], list[tuple[int, str]]]:
    """Rows by verdict, the reported differences nobody reviewed, and the reviewed ones no
    longer reported."""
    rows: dict[str, set[int]] = {}
    for key in found.keys() & review.keys():
        rows.setdefault(review[key][0], set()).add(key[0])
    return rows, sorted(found.keys() - review.keys()), sorted(review.keys() - found.keys())


# Alterations: each takes a text and its facts and returns the altered text, or None where the
# text offers nothing to alter of that kind.
DIGITS = re.compile(r"\d+")


def _bump(text: str, token: str) -> str | None:
    """``text`` with the digit run ``token`` (as a whole run) changed to another value."""
    for m in DIGITS.finditer(text):
        if m.group() == token:
            return text[: m.start()] + str(int(token) * 10 + 7) + text[m.end() :]
    return None


def alter_number(text: str, facts: Facts) -> str | None:
    for value in sorted(facts.numbers):
        if value.isdigit():
            return _bump(text, value)
    return None


def alter_date(text: str, facts: Facts) -> str | None:
    for iso in sorted(facts.dates):
        year = iso[:4]
        if year in text:
            return text.replace(year, str(int(year) - 3), 1)
    return None


def alter_symbol(text: str, facts: Facts) -> str | None:
    for target in sorted(facts.references):
        runs = DIGITS.findall(target)
        if runs:
            bumped = _bump(text, max(runs, key=len))
            if bumped:
                return bumped
    return None


def alter_session(text: str, facts: Facts) -> str | None:
    for session in sorted(facts.sessions):
        bumped = _bump(text, str(session))
        if bumped:
            return bumped
    return None


def drop_reference_clause(text: str, facts: Facts) -> str | None:
    """Drop the clause (between punctuation) holding the first cited resolution's number."""
    for target in sorted(facts.references):
        runs = DIGITS.findall(target)
        if not runs:
            continue
        m = re.search(rf"(?<!\d){re.escape(max(runs, key=len))}(?!\d)", text)
        if not m:
            continue
        start = max(text.rfind(p, 0, m.start()) for p in ",;，；、،") + 1
        ends = [i for i in (text.find(p, m.end()) for p in ",;，；、،") if i >= 0]
        end = min(ends) if ends else len(text)
        return text[:start] + text[end + 1 :] if end < len(text) else text[:start]
    return None


ALTERATIONS: dict[str, tuple[str, Callable[[str, Facts], str | None]]] = {
    "number": ("number", alter_number),
    "date": ("date", alter_date),
    "symbol": ("reference", alter_symbol),
    "session": ("session", alter_session),
    "dropped clause": ("reference", drop_reference_clause),
}


def alteration_rate(
    data: list[Row], seed: int = 2026
) -> tuple[float, dict[str, tuple[int, int]], list[str]]:
    """Share of alterations detected with the expected kind; per alteration (hit, total)."""
    rng = random.Random(seed)
    tally: dict[str, list[int]] = {name: [0, 0] for name in ALTERATIONS}
    missed = []
    for row in data:
        code = rng.choice(LANGS[1:])
        en, original = text_facts(row["en"], "en"), text_facts(row[code], code)
        if kinds(en, original):
            continue  # already differs: an alteration could not be told from the alarm
        for name, (kind, alter) in ALTERATIONS.items():
            changed = alter(row[code], original)
            if changed is None or changed == row[code]:
                continue
            tally[name][1] += 1
            found = kinds(en, text_facts(changed, code))
            if kind in found:
                tally[name][0] += 1
            else:
                missed.append(f"{name} {code} {found} | {changed[:120]}")
    hits, total = sum(t[0] for t in tally.values()), sum(t[1] for t in tally.values())
    return hits / total if total else 1.0, {k: (v[0], v[1]) for k, v in tally.items()}, missed


def main() -> int:
    default = os.environ.get("MANDATA_CORPUS", str(ROOT.parent / "shared" / "corpus"))
    ap = argparse.ArgumentParser(description="cross-language comparison on six-way sentences")
    ap.add_argument("--corpus", default=default)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    path = Path(args.corpus) / "multi" / "unpc-dev" / "sentences.6way.tsv"
    if not path.is_file():
        print(
            f"corpus not found at {args.corpus} (set MANDATA_CORPUS or --corpus)", file=sys.stderr
        )
        return 2
    data = rows(path)
    found = differences(data)
    clean, alarms = clean_rate(data, found)
    dirty = round((1 - clean) * len(data))
    print(
        f"rows: {len(data)}; clean: {clean:.1%}; rows with a difference: {dirty} "
        f"({len(alarms)} version pairs)"
    )
    by_verdict, unreviewed, gone = against_review(found, reviewed())
    labels = {
        "real": "the texts differ",
        "damaged": "a corpus text is damaged",
        "false": "false alarm",
    }
    for verdict, numbers in sorted(by_verdict.items()):
        print(f"  {labels.get(verdict, verdict)} (read by a person): {len(numbers)} rows")
    false_rows = by_verdict.get("false", set()) | {i for i, _ in unreviewed}
    print(f"rows without a false alarm: {1 - len(false_rows) / len(data):.1%}")
    for i, code in unreviewed:
        print(f"NOT REVIEWED #{i} {code}: {data[i]['en'][:100]} | {data[i][code][:100]}")
    for i, code in gone:
        print(f"NO LONGER REPORTED #{i} {code}: {data[i]['en'][:100]} | {data[i][code][:100]}")
    for alarm in alarms[: args.show]:
        print("ALARM", alarm)
    found, by_kind, missed = alteration_rate(data)
    print(f"alterations detected with their kind: {found:.1%}")
    for kind, (hit, total) in sorted(by_kind.items()):
        print(f"  {kind}: {hit}/{total}")
    for miss in missed[: args.show]:
        print("MISSED", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
