"""Figures of the mandate review (#19) over a registry that holds the corpus.

    python scripts/eval_review.py series --db REGISTRY [--sample 30]
    python scripts/eval_review.py diff --db REGISTRY --unxml DIR [--pairs 20]
    python scripts/eval_review.py agenda --db REGISTRY [--session 79] [--items 20]
    python scripts/eval_review.py series-coverage --db REGISTRY

``series``: how many series, of what lengths and periodicities; and, as a check independent of
the series' own rule, every stored resolution whose preamble says "its resolution(s) N, ... on
cooperation between the United Nations and ..." with its own title: are the resolutions it
names in its series? Then a sample of series (members and the recalling paragraph) to read.

``series-coverage``: a measure of the series that does not use their rule: every stored resolution
whose preamble recalls earlier resolutions as the ones it renews (its first "Recalling / Reaffirming
its resolution(s) ..." paragraph naming resolutions of earlier sessions, or a paragraph recalling
"its previous resolutions on ..." with some of them named) is covered when it is in a series with
the latest of them (and, more loosely, with any); the misses are listed.

``diff``: pairs of consecutive resolutions of one series held as UN XML in sessions 77 and 78;
each pair is diffed in the six languages (the files parsed afresh; one alignment for the six,
:mod:`mandata.procedure.versions`), and each language's own alignment compared with it;
prints each pair's changed paragraphs for a person to check against the texts.

``agenda``: the items of a session's provisional agenda that decisions of the session before
put there, each checked against the decision's text (the item and the session named in it).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from mandata.parse import parse_file
from mandata.procedure.versions import agreement, diff_versions
from mandata.registry.store import Registry

_COOPERATION = re.compile(
    r"\bresolutions?\s+(?P<list>[^;]{0,900}?)\s+on\s+cooperation\s+between\s+the\s+United\s+"
    r"Nations\s+and\s+(?:the\s+)?(?P<org>[^,;]+)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\b(\d{2})/(\d{1,3})\b")


def series_figures(registry: Registry, sample: int) -> None:
    rows = registry.execute("SELECT id, title, periodicity, length FROM series")
    lengths = Counter(int(r["length"]) for r in rows)
    print(f"{len(rows)} series; periodicity {dict(Counter(r['periodicity'] for r in rows))}")
    print("lengths:", dict(sorted(lengths.items())))
    members = registry.execute("SELECT series_id, symbol, stored FROM series_members")
    series_of: dict[str, set[int]] = {}
    for m in members:
        series_of.setdefault(m["symbol"], set()).add(int(m["series_id"]))
    stored = sum(1 for m in members if m["stored"])
    print(f"{stored} stored resolutions in a series, {len(members) - stored} members cited only")
    _cooperation_check(registry, series_of)
    for r in sorted(rows, key=lambda r: (-int(r["length"]), r["id"]))[:sample]:
        syms = [m["symbol"] for m in members if m["series_id"] == r["id"]]
        print(
            f"- [{r['id']}] {r['title'][:90]} ({r['periodicity']}, {r['length']}): {' '.join(syms[-4:])}"
        )


def _cooperation_check(registry: Registry, series_of: dict[str, set[int]]) -> None:
    docs = registry.execute(
        "SELECT symbol, title, data FROM documents WHERE doc_type = 'resolution' AND language = 'en' "
        "AND title LIKE 'Cooperation between the United Nations and%'"
    )
    found = missing = 0
    for d in docs:
        mine = series_of.get(d["symbol"], set())
        org = d["title"].split(" and ", 1)[1].removeprefix("the ").casefold()
        paragraphs = [
            p["text"] for r in json.loads(d["data"])["resolutions"] for p in r["preamble"]
        ]
        for m in (m for text in paragraphs for m in _COOPERATION.finditer(text)):
            if not m["org"].strip().casefold().startswith(org[:30]):
                continue
            for s, n in _NUMBER.findall(m["list"]):
                symbol = f"A/RES/{s}/{n}"
                if symbol == d["symbol"]:
                    continue
                if series_of.get(symbol, set()) & mine:
                    found += 1
                else:
                    missing += 1
                    print(f"  not in the series of {d['symbol']}: {symbol}")
    print(
        f"cooperation resolutions: {len(docs)}; predecessors they recall in their series: "
        f"{found} of {found + missing}"
    )


_RENEWS = re.compile(
    r"^(?:Recalling|Reaffirming)\s+(?:also\s+|further\s+|in\s+particular\s+)?(?:all\s+)?its\s+"
    r"(?:previous\s+|relevant\s+|earlier\s+)?resolutions?\b",
    re.IGNORECASE,
)
_PREVIOUS = re.compile(r"\bits\s+(?:previous|earlier|prior)\s+resolutions\s+on\b", re.IGNORECASE)
_CITED = re.compile(r"(?<![\w/])(\d{2})/(\d{1,3})(?:\s+([A-Z])\b)?")
# what a citation is of: the last of these words before it ("its resolutions 70/46 ... and
# 75/59 ..., and its decision 76/516 of 6 December 2021": 76/516 is a decision)
_KIND = re.compile(r"\b(?:resolution|decision)s?\b", re.IGNORECASE)


# the subject a citation's clause names after its date (and the rest of its list): "76/172 of
# 16 December 2021 on the protection of migrants", "76/186 of 16 December 2021, entitled “...”"
_DATED = r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"
_SUBJECT = re.compile(
    rf"^{_DATED}(?:\s*,?\s*(?:and\s+)?\d{{1,4}}/\d{{1,3}}(?:\s+[A-Z]\b)?{_DATED})*\s*,?\s*"
    r"(?:on|entitled)\s+(?:the\s+)?[“\"]?(?P<subject>[^,;”\"(\d]+)"
)


def _long_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{4,}", text.casefold())}


def _another_subject(text: str, end: int, title: str) -> bool:
    """Whether the citation ending at ``end`` names a subject of its own that is not the
    resolution's title: "on <subject>" or "entitled “<subject>”" after its date, the shorter
    of the two sharing less than :data:`_SHARED` of its words with the other ("76/172 ... on
    the protection of migrants" in the resolution on international migration and
    development; "76/186 ..., entitled “Improving the coordination of efforts against
    trafficking in persons”" in the one on organ trafficking)."""
    m = _SUBJECT.match(text[end:])
    if not m:
        return False
    theirs, own = _long_words(m["subject"]), _long_words(title)
    short = min(len(theirs), len(own))
    return bool(theirs) and bool(own) and len(theirs & own) < _SHARED * short


_SHARED = 0.6


def _decision(text: str, at: int) -> bool:
    """Whether the citation at ``at`` names a decision: "decision(s)" is the last of the words
    "resolution(s)", "decision(s)" before it."""
    kinds = _KIND.findall(text, 0, at)
    return bool(kinds) and kinds[-1].casefold().startswith("decision")


_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "of", "and", "its", "resolution", "resolutions"}
    | {"also", "further", "in", "particular", "recalling", "reaffirming", "all"}
)  # the words of a bare list of citations: months, joining and leading words


def renewed(symbol: str, session: int, title: str, paragraphs: list[str]) -> list[str]:
    """The resolutions that a resolution's preamble recalls as those it renews, read from the
    words alone (not from the parser's references nor the series' rule): the first paragraph
    that opens "Recalling / Reaffirming [also, further] its resolution(s)", names one of the
    three sessions before, and is either a bare list (citations, dates and joining words) or
    holds most of the words of the resolution's own title; else one that recalls "its previous
    resolutions on ..." and names some. Of those, the ones of the latest session named. A
    decision cited in the paragraph ("and its decision 76/563 of 11 May 2022") is none, nor a
    resolution whose clause names another subject than the title (:func:`_another_subject`)."""
    own = {w for w in re.findall(r"[^\W\d_]{4,}", title.casefold())}
    for text in paragraphs:
        previous = bool(_PREVIOUS.search(text))
        if not (_RENEWS.match(text) or previous):
            continue
        cited = [
            f"A/RES/{m[1]}/{m[2]}" + (f" {m[3]}" if m[3] else "")
            for m in _CITED.finditer(text)
            if int(m[1]) < session
            and not _decision(text, m.start())
            and not _another_subject(text, m.end(), title)
        ]
        cited = [c for c in dict.fromkeys(cited) if c != symbol]
        recent = [c for c in cited if session - int(c.split("/")[2]) <= 3]
        if not recent and not (previous and cited):
            continue
        words = [w for w in re.findall(r"[^\W\d_]+", text.casefold()) if w not in _MONTHS]
        shared = own and len(own & set(words)) >= 0.6 * len(own)
        if previous or len(words) <= 2 or shared:
            top = max(int(c.split("/")[2]) for c in cited)
            return [c for c in cited if int(c.split("/")[2]) == top]
    return []


def series_coverage(registry: Registry) -> None:
    """Every stored resolution that recalls the resolutions it renews (:func:`renewed`): is it in
    a series with the latest of them (by session), or with any? Prints the misses."""
    members = registry.execute("SELECT series_id, symbol FROM series_members")
    series_of: dict[str, set[int]] = {}
    for m in members:
        series_of.setdefault(m["symbol"], set()).add(int(m["series_id"]))
    docs = registry.execute(
        "SELECT symbol, session, title, data FROM documents WHERE doc_type = 'resolution' "
        "AND language = 'en' AND symbol LIKE 'A/RES/%' AND session IS NOT NULL ORDER BY symbol"
    )
    seen: set[str] = set()
    total = latest = anywhere = 0
    misses = []
    for d in docs:
        if d["symbol"] in seen:
            continue
        seen.add(d["symbol"])
        data = json.loads(d["data"])
        paragraphs = [p["text"] for r in data.get("resolutions", []) for p in r.get("preamble", [])]
        cited = renewed(d["symbol"], int(d["session"]), d["title"] or "", paragraphs)
        if not cited:
            continue
        total += 1
        mine = series_of.get(d["symbol"], set())
        last = [c for c in cited if _held(series_of, c) & mine]
        latest += bool(last)
        anywhere += len(last) == len(cited)
        if not last:
            how = "in another series" if mine else "in no series"
            misses.append(f"  {d['symbol']} ({how}): recalls {', '.join(cited)}; {d['title'][:70]}")
    print(f"resolutions recalling those they renew: {total}")
    print(
        f"in a series with one of the latest recalled: {latest} of {total}; "
        f"with all of them: {anywhere} of {total}"
    )
    print(f"misses ({len(misses)}):")
    print("\n".join(misses))


def _held(series_of: dict[str, set[int]], symbol: str) -> set[int]:
    """The series that hold a resolution, as a whole or as one of its parts ("A/RES/55/33" is
    in the series that holds "A/RES/55/33 T", "A/RES/77/290 B" in the one that holds
    "A/RES/77/290")."""
    whole = symbol.split(" ")[0]
    out = set(series_of.get(symbol, set())) | series_of.get(whole, set())
    for k, ids in series_of.items():
        if k.startswith(whole + " "):
            out |= ids
    return out


LANGS = {"ar": "A", "en": "E", "es": "S", "fr": "F", "ru": "R", "zh": "C"}


def diff_figures(registry: Registry, unxml: Path, pairs: int) -> None:
    rows = registry.execute(
        "SELECT a.symbol AS old, b.symbol AS new FROM series_members a JOIN series_members b "
        "ON a.series_id = b.series_id AND b.position = a.position + 1 "
        "WHERE a.session = 77 AND b.session = 78 AND a.stored AND b.stored ORDER BY a.symbol"
    )
    done = agree = fitting = 0
    for r in rows:
        files = {c: (_file(unxml, r["old"], c), _file(unxml, r["new"], c)) for c in LANGS}
        if any(a is None or b is None for a, b in files.values()):
            continue
        docs = {c: (parse_file(a), parse_file(b)) for c, (a, b) in files.items()}  # type: ignore[arg-type]
        results = diff_versions(docs, "en")
        same = agreement(results, docs, "en")
        own = {c: r["own_alignment_agrees"] for c, r in results.items()}
        done += 1
        agree += all(same.values())
        fitting += all(own.values())
        en = results["en"]
        others = sorted(c for c, ok in same.items() if not ok)
        alone = sorted(c for c, ok in own.items() if not ok)
        print(
            f"{r['old']} -> {r['new']}: {en['summary']}; aligned otherwise: {others or 'none'}; "
            f"on their own words alone: {alone or 'none'}"
        )
        for p in en["paragraphs"]:
            if p["status"] != "unchanged":
                marks = " ".join(f"{op}{w}" for op, w in p["words"] if op != "=")
                print(f"    {p['status']} {p['old']}->{p['new']}: {marks[:160]}")
        if done >= pairs:
            break
    print(f"{done} pairs; the same alignment in all six languages: {agree}; each language on")
    print(f"its own words alone aligning alike: {fitting}")


_ORDINALS = {79: "seventy-ninth", 80: "eightieth", 81: "eighty-first"}


def agenda_figures(registry: Registry, session: int, items: int) -> None:
    """The items of ``session``'s provisional agenda that decisions of the session before put
    there, and for the first ``items`` of them whether the decision's paragraph names the item
    (or is the decision whose title it bears) and the session: a check against the texts."""
    from mandata.procedure.agenda import provisional_agenda

    entries = [e.to_dict() for e in provisional_agenda(registry, session)]
    bases = [
        (e, b)
        for e in entries
        for b in e["basis"]
        if b["doc_type"] == "decision" and b["decided_at"] == session - 1
    ]
    print(
        f"agenda {session}: {len(entries)} items; {len({id(e) for e, _ in bases})} put there by "
        f"decisions of session {session - 1} ({len(bases)} paragraphs)"
    )
    found = 0
    for e, b in bases[:items]:
        data = json.loads(
            registry.execute("SELECT data FROM documents WHERE id = :i", i=b["document"])[0]["data"]
        )
        text = " ".join(p["text"] for p in data["paragraphs"] if p["id"] == b["paragraph"])
        named = _plain(e["title"]) in _plain(text) or _plain(e["title"]) == _plain(
            data["title"] or ""
        )
        dated = _ORDINALS.get(session, "?") + " session" in text
        found += named and dated
        print(
            f"  {b['symbol']} {b['paragraph']} {b['how']}: named {named}, session {dated}: {e['title'][:70]}"
        )
    print(
        f"{found} of {min(items, len(bases))} checked name the item and the session in their text"
    )


def _plain(text: str) -> str:
    return re.sub(r"\W+", " ", text).casefold().strip()


def _file(unxml: Path, symbol: str, code: str) -> Path | None:
    m = re.fullmatch(r"A/RES/(\d+)/(\d+)", symbol)
    if not m:
        return None
    found = sorted((unxml / "ga" / m[1] / code).glob(f"A_RES_{m[1]}_{m[2]}-*{LANGS[code]}.xml"))
    return found[0] if found else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=["series", "series-coverage", "diff", "agenda"])
    ap.add_argument("--db", required=True)
    ap.add_argument("--unxml", type=Path, default=Path.home() / ".cache/mandata/unxml")
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--pairs", type=int, default=20)
    ap.add_argument("--session", type=int, default=79)
    ap.add_argument("--items", type=int, default=20)
    args = ap.parse_args(argv)
    with Registry(args.db) as registry:
        if args.what == "series":
            series_figures(registry, args.sample)
        elif args.what == "series-coverage":
            series_coverage(registry)
        elif args.what == "agenda":
            agenda_figures(registry, args.session, args.items)
        else:
            diff_figures(registry, args.unxml, args.pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
