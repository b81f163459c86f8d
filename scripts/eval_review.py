"""Figures of the mandate review (#19) over a registry that holds the corpus.

    python scripts/eval_review.py series --db REGISTRY [--sample 30]
    python scripts/eval_review.py diff --db REGISTRY --unxml DIR [--pairs 20]
    python scripts/eval_review.py agenda --db REGISTRY [--session 79] [--items 20]
    python scripts/eval_review.py series-coverage --db REGISTRY
    python scripts/eval_review.py series-agreement --db REGISTRY --other REGISTRY [--other ...]

``series``: how many series, of what lengths and periodicities; and, as a check independent of
the series' own rule, every stored resolution whose preamble says "its resolution(s) N, ... on
cooperation between the United Nations and ..." with its own title: are the resolutions it
names in its series? Then a sample of series (members and the recalling paragraph) to read.

``series-coverage``: a measure of the series that does not use their rule: every stored resolution
whose preamble recalls earlier resolutions as the ones it renews (its first "Recalling / Reaffirming
its resolution(s) ..." paragraph naming resolutions of earlier sessions, or a paragraph recalling
"its previous resolutions on ..." with some of them named) is covered when it is in a series with
the latest of them (and, more loosely, with any); the misses are listed.

``series-agreement``: the series built from another language's versions (a registry of the
same resolutions in Arabic, say) against those of ``--db``: for each resolution both hold, are
the members of its series (their symbols) the same? Prints the share that agree and those that
do not, with the members each reading alone finds.

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
from itertools import pairwise
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
    r"(?:on|entitled)\s+(?:the\s+)?[“\"]?(?P<subject>[^,;”\"(\d]+"
    # a subject that lists its words ("on child, early and forced marriage"): read to its "and"
    r"(?:(?:,\s+[a-z]+)+\s+and\s+[^,;”\"(\d]+)?)"
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
    if bool(theirs) and bool(own) and len(theirs & own) < _SHARED * short:
        return True
    # the title with its head left out ("75/212 ... on the United Nations Conference on the
    # Midterm Comprehensive Review ..." in "Follow-up to the United Nations Conference on ...")
    head = next(iter(re.findall(r"[^\W\d_]{4,}", title.casefold())), None)
    return (
        head is not None
        and len(theirs) >= _HEAD_WORDS
        and head not in theirs
        and len(theirs - own) <= (1 - _TITLE_SHARED) * len(theirs)
    )


_HEAD_WORDS = 4  # the words (four letters or more) of a subject that the title's head leads


_SHARED = 0.6


# what a recalled resolution did once, said in the clause after its date: "76/296 of 21 July
# 2022, in which it endorsed the declaration ...", "76/254 ..., designating 15 March as ...",
# "76/301 ... calling for a high-level meeting", "52/15 ... proclaiming 2000 the International
# Year ...", "44/6 ..., in which it granted the Council of Europe a standing invitation to
# participate as an observer": it proclaimed, designated, declared, endorsed, convened,
# established, adopted, granted or called for something; not what a series says each time
# ("commending the articles to the attention of Governments", "in which it invited ... to
# cooperate with ...")
_DID = re.compile(
    r"^\s*,?\s*(?:(?:(?:in|by|through)\s+which|whereby)\s+it\s+(?:also\s+)?|which\s+)?"
    r"(?:proclaim|designat|declar|endors|conven|establish|adopt|grant|call(?:ed|ing)\s+for"
    # "in which it decided to devote two days of plenary meetings ... to", "by which it
    # recommended the use of the Mediation Rules": meetings held, a text recommended, once
    r"|decided\s+to\s+devote|recommend(?:ed|ing|s)?\s+the\s+use)\w*",
    re.IGNORECASE,
)


def _did_once(text: str, end: int) -> bool:
    """Whether the citation ending at ``end`` is followed (after its date) by a clause that says
    what that resolution did once (:data:`_DID`: "in which it endorsed the declaration entitled
    ...", "designating 15 March as the International Day ..."): an act a text does once, not
    the text renewed session after session, in whatever words (the Day's proclamation holds
    those of "Measures to combat Islamophobia"). What a series says each time ("commending the
    articles", "in which it invited ... to cooperate with ...") is none."""
    return bool(_DID.match(re.sub(rf"^{_DATED}", "", text[end:])))


_QUOTED_TITLE = re.compile(rf"^{_DATED}\s*,?\s*entitled\s+[“\"](?P<title>[^”\"]+)[”\"]")
# "76/6 of 15 November 2021, which welcomed ... the report of the Secretary-General entitled
# “Our Common Agenda”": a clause on what it did with a text of another title
_WELCOMED_TITLE = re.compile(
    rf"^{_DATED}\s*,\s*(?:in\s+which\s+it|which)\s+welcomed\b[^;“\"\d]{{0,150}}?\s+entitled\s+"
    r"[“\"](?P<title>[^”\"]+)[”\"]"
)


def _titled_otherwise(text: str, end: int, title: str) -> bool:
    """Whether the citation ending at ``end`` gives the title of the resolution it cites in
    quotes ("77/286 of 16 May 2023, entitled “World Sustainable Transport Day”") and that title
    is not the resolution's own, nor nearly (:func:`_another_title`): a quoted title is the
    whole title, read as such, not a subject in a few words."""
    m = _QUOTED_TITLE.match(text[end:]) or _WELCOMED_TITLE.match(text[end:])
    return bool(m) and _another_title(m["title"], title)


def _another_title(theirs: str, own: str) -> bool:
    """Whether two titles, each read whole, are of two subjects: they share less than
    :data:`_TITLE_SHARED` of the shorter one's words of four letters or more ("Quadrennial
    comprehensive policy review of operational activities for development of the United Nations
    system" holds all of "Operational activities for development of the United Nations system":
    one subject; "World Sustainable Transport Day" holds two of the three of "Strengthening the
    links between all modes of transport to achieve the Sustainable Development Goals": two)."""
    a, b = _long_words(theirs), _long_words(own)
    short = min(len(a), len(b))
    return short > 0 and len(a & b) < _TITLE_SHARED * short


_TITLE_SHARED = 0.9  # a title read whole, not a subject in a few words: nearly all its words


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


def renewed(
    symbol: str,
    session: int,
    title: str,
    paragraphs: list[str],
    titles: dict[str, str] | None = None,
    others: frozenset[str] = frozenset(),
) -> list[str]:
    """The resolutions that a resolution's preamble recalls as those it renews, read from the
    words alone (not from the parser's references nor the series' rule): the first paragraph
    that opens "Recalling / Reaffirming [also, further] its resolution(s)", names one of the
    three sessions before, and is either a bare list (citations, dates and joining words) or
    holds most of the words of the resolution's own title; else one that recalls "its previous
    resolutions on ..." and names some. Of those, the ones of the latest session named. A
    decision cited in the paragraph ("and its decision 76/563 of 11 May 2022") is none, nor a
    resolution whose clause names another subject than the title (:func:`_another_subject`).

    Given ``titles`` (the stored resolutions' titles by symbol), the reading also leaves out a
    resolution that recalls another subject's: one cited with a clause that says what it did once
    (:func:`_did_once`), with another title in quotes
    (:func:`_titled_otherwise`), or whose stored title is another (:func:`_another_title`): a
    paragraph whose latest resolutions are all such renews none of them. A resolution of
    ``others`` (another subject's predecessor: :func:`_claimed`) is none either, and a
    paragraph whose latest are all such is another subject's list: the reading goes on."""
    own = {w for w in re.findall(r"[^\W\d_]{4,}", title.casefold())}
    strict = titles is not None
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
            and not (strict and _did_once(text, m.end()))
            and not (strict and _titled_otherwise(text, m.end(), title))
        ]
        cited = [c for c in dict.fromkeys(cited) if c != symbol]
        recent = [c for c in cited if session - int(c.split("/")[2]) <= 3]
        if not recent and not (previous and cited):
            continue
        words = [w for w in re.findall(r"[^\W\d_]+", text.casefold()) if w not in _MONTHS]
        shared = own and len(own & set(words)) >= 0.6 * len(own)
        if not (previous or shared) and len(words) <= 2 and _another_rhythm(cited, title, titles):
            continue
        if previous or len(words) <= 2 or shared:
            top = max(int(c.split("/")[2]) for c in cited)
            latest = [c for c in cited if int(c.split("/")[2]) == top]
            if strict and all(_stored_otherwise(c, title, titles or {}) for c in latest):
                continue
            if strict and not (previous or shared) and _held_otherwise(cited, title, titles or {}):
                continue
            if all(c in others for c in latest):
                continue
            return [c for c in latest if c not in others]
    return []


def _held_otherwise(cited: list[str], title: str, titles: dict[str, str]) -> bool:
    """Whether the registry holds some of a bare list's resolutions, all under another title
    than the resolution's (:func:`_stored_otherwise`): "78/240 ... and 79/60 ..." in the
    modalities of a meeting (80/56), 78/240 on the legacy of nuclear weapons, is that subject's
    list."""
    held = [c for c in cited if titles.get(c) or titles.get(c.split(" ")[0])]
    return bool(held) and all(_stored_otherwise(c, title, titles) for c in held)


def _another_rhythm(cited: list[str], title: str, titles: dict[str, str] | None) -> bool:
    """Whether a bare list of three citations or more comes back at a slower rhythm (its
    usual step) than the stored resolutions of the resolution's own title (``titles``): the
    biennial reviews of the Counter-Terrorism Strategy ("62/272, 64/297, ..., 72/284 and
    75/291") in 77/113, the annual "Measures to eliminate international terrorism" (77/113,
    78/115, 80/171) are another subject's list."""
    if titles is None or len(cited) < 3:
        return False
    own = title.casefold()
    mine = sorted({int(s.split("/")[2]) for s, t in titles.items() if t.casefold() == own})
    theirs = sorted({int(c.split("/")[2]) for c in cited})
    if len(mine) < 2 or len(theirs) < 3:
        return False
    steps = Counter(b - a for a, b in pairwise(theirs))
    usual = max(steps.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    return usual > min(b - a for a, b in pairwise(mine))


def _claimed(
    claims: dict[str, list[str]], titles: dict[str, str], series_of: dict[str, set[int]]
) -> dict[str, frozenset[str]]:
    """The predecessors that each resolution claims (``claims``, read strictly) and that
    resolutions of another subject (their titles read whole, :func:`_another_title`) claim as
    well: the same list or resolution recalled bare by two texts ("Recalling its resolution
    76/132 of 16 December 2021," in the resolution on persons living with a rare disease and in
    the one proclaiming a Day for one of them). The words do not say whose it is; when one of
    the claimants is in a series with it, it is that one's, and another subject's predecessor
    for the others (returned for each of them)."""
    by: dict[str, list[str]] = {}
    for symbol, found in claims.items():
        for c in found:
            by.setdefault(c, []).append(symbol)
    out: dict[str, set[str]] = {}
    for c, who in by.items():
        held = [s for s in who if _held(series_of, c) & series_of.get(s, set())]
        for s in who:
            if s in held:
                continue
            if any(_another_title(titles.get(h, ""), titles.get(s, "")) for h in held):
                out.setdefault(s, set()).add(c)
    return {s: frozenset(c) for s, c in out.items()}


def _stored_otherwise(symbol: str, title: str, titles: dict[str, str]) -> bool:
    """Whether the registry holds the resolution ``symbol`` (or the whole of this part) under
    a title of another subject than ``title`` (:func:`_another_title`)."""
    theirs = titles.get(symbol) or titles.get(symbol.split(" ")[0])
    return theirs is not None and _another_title(theirs, title)


def series_coverage(registry: Registry) -> None:
    """Every stored resolution that recalls the resolutions it renews (:func:`renewed`): is it in
    a series with the latest of them (by session), or with any? Prints the misses. Then the
    same measure read strictly (:func:`renewed` given the stored titles): the resolutions whose
    recalled latest is of another subject are left out, and the misses that stay are listed
    apart."""
    members = registry.execute("SELECT series_id, symbol FROM series_members")
    series_of: dict[str, set[int]] = {}
    for m in members:
        series_of.setdefault(m["symbol"], set()).add(int(m["series_id"]))
    docs = registry.execute(
        "SELECT symbol, session, title, data FROM documents WHERE doc_type = 'resolution' "
        "AND language = 'en' AND symbol LIKE 'A/RES/%' AND session IS NOT NULL ORDER BY symbol"
    )
    titles = {d["symbol"]: d["title"] for d in docs if d["title"]}
    seen: set[str] = set()
    read: list[tuple[str, int, str, list[str]]] = []
    for d in docs:
        if d["symbol"] in seen:
            continue
        seen.add(d["symbol"])
        data = json.loads(d["data"])
        paragraphs = [p["text"] for r in data.get("resolutions", []) for p in r.get("preamble", [])]
        read.append((d["symbol"], int(d["session"]), d["title"] or "", paragraphs))
    claims = {args[0]: renewed(*args, titles=titles) for args in read}
    others = _claimed(claims, titles, series_of)
    loose, strict = _Coverage(), _Coverage()
    for args in read:
        loose.count(series_of, args[0], args[2], renewed(*args))
        mine = others.get(args[0], frozenset())
        found = renewed(*args, titles=titles, others=mine) if mine else claims[args[0]]
        strict.count(series_of, args[0], args[2], found)
    print(f"resolutions recalling those they renew: {loose.total}")
    print(
        f"in a series with one of the latest recalled: {loose.latest} of {loose.total}; "
        f"with all of them: {loose.anywhere} of {loose.total}"
    )
    print(f"misses ({len(loose.misses)}):")
    print("\n".join(loose.misses))
    print(
        f"read strictly (a recalled resolution that did something once, or whose quoted or "
        f"stored title is another, or that a resolution of another subject in a series with "
        f"it recalls alike, is no predecessor): "
        f"{strict.total} resolutions recalling those they renew "
        f"({loose.total - strict.total} fewer)"
    )
    print(
        f"in a series with one of the latest recalled: {strict.latest} of {strict.total}; "
        f"with all of them: {strict.anywhere} of {strict.total}"
    )
    print(f"misses read strictly ({len(strict.misses)}):")
    print("\n".join(strict.misses))


class _Coverage:
    """The counts of one reading of :func:`series_coverage`."""

    def __init__(self) -> None:
        self.total = self.latest = self.anywhere = 0
        self.misses: list[str] = []

    def count(
        self, series_of: dict[str, set[int]], symbol: str, title: str, cited: list[str]
    ) -> None:
        if not cited:
            return
        self.total += 1
        mine = series_of.get(symbol, set())
        last = [c for c in cited if _held(series_of, c) & mine]
        self.latest += bool(last)
        self.anywhere += len(last) == len(cited)
        if not last:
            how = "in another series" if mine else "in no series"
            self.misses.append(f"  {symbol} ({how}): recalls {', '.join(cited)}; {title[:70]}")


def _members_by_resolution(registry: Registry) -> dict[str, frozenset[str]]:
    """Each stored resolution's series, as its members' symbols (none: not in a series)."""
    rows = registry.execute("SELECT series_id, symbol, stored FROM series_members")
    by_series: dict[int, set[str]] = {}
    for r in rows:
        by_series.setdefault(int(r["series_id"]), set()).add(r["symbol"])
    out = {}
    for r in rows:
        if r["stored"]:
            out[r["symbol"]] = frozenset(by_series[int(r["series_id"])])
    stored = registry.execute(
        "SELECT DISTINCT symbol FROM documents WHERE doc_type = 'resolution' "
        "AND symbol LIKE 'A/RES/%'"
    )
    return {r["symbol"]: out.get(r["symbol"], frozenset()) for r in stored}


def series_agreement(reference: Registry, others: list[Path], listed: int) -> None:
    """For each registry in ``others``, the resolutions it holds with ``reference`` whose series
    have the same members (both in none counts as agreeing), and those in a series in either."""
    mine = _members_by_resolution(reference)
    for path in others:
        with Registry(str(path)) as other:
            theirs = _members_by_resolution(other)
        common = sorted(set(mine) & set(theirs))
        same = [s for s in common if mine[s] == theirs[s]]
        either = [s for s in common if mine[s] or theirs[s]]
        both = [s for s in either if mine[s] == theirs[s]]
        print(
            f"{path}: {len(same)} of {len(common)} resolutions with the same series members; "
            f"of the {len(either)} in a series in either reading, {len(both)}"
        )
        for s in [s for s in either if mine[s] != theirs[s]][:listed]:
            gone = sorted(mine[s] - theirs[s])
            more = sorted(theirs[s] - mine[s])
            print(f"  {s}: only in --db {' '.join(gone)[:150]}; only here {' '.join(more)[:150]}")


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
    ap.add_argument(
        "what", choices=["series", "series-coverage", "series-agreement", "diff", "agenda"]
    )
    ap.add_argument("--db", required=True)
    ap.add_argument("--other", type=Path, action="append", default=[])
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
        elif args.what == "series-agreement":
            series_agreement(registry, args.other, args.sample)
        elif args.what == "agenda":
            agenda_figures(registry, args.session, args.items)
        else:
            diff_figures(registry, args.unxml, args.pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
