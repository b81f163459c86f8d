"""The UN's XML as the yardstick of the text parser, in every language (issue 13).

Each XML version of the UN's resolutions (General Assembly sessions 77 and 78, Security Council
2020-2021; six languages) is printed as plain text by our own printer (scripts/unxml_print.py,
which varies line width, blank lines, footnotes, page furniture and the cover page from document
to document), parsed by mandata's text parser with the language of its folder, and compared with
what mandata's reader of the markup gives for the same file:

- preambular and operative paragraph counts (per document: equal or not);
- the leading phrase of each paragraph (equal to the markup's italic or bold span); for the
  Security Council also "equal, or the markup's emphasized verb opening ours (Council style)":
  the Council's printed style emphasizes the verb alone ("*Reaffirming* its strong commitment",
  "*Calls* upon"), so a markup phrase that is the first words of ours, ours adding at most three
  words (six characters in Chinese), counts as equal in that row; the strict row is kept;
- the action key of each paragraph equal to the English markup's for the same paragraph
  (paragraphs paired by position within their kind, when the two markups have as many);
- references: recall of the markup's citation links (footnotes included), for resolutions and
  for all documents; spurious: cited by the text and in no language version's markup;
- masthead facts: issue date, session, adoption date, agenda items, draft symbols;
- mandates: each paragraph gives the English version's mandates (type and due session);
- no document without a resolution; symbols with parts read with their parts (issue 21).

Paragraphs of the printed text are matched to the markup's by the start of their words, so that
a merged or a split paragraph costs the paragraphs it touches and no more.

    python scripts/eval_unxml.py [--collections ga/77 ga/78 sc/2020 sc/2021] [--lang L ...]
        [--limit N] [--workers N] [--show N] [--list] [--json OUT]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import traceback
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baseline import enforce
from unxml_print import print_document, style_for

from mandata.analyze.references import OLD_GA
from mandata.langid import detect_language
from mandata.model import Document, Paragraph, Reference
from mandata.normalize import fold
from mandata.parse import parse_file, parse_raw
from mandata.read import RawText

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("ar", "en", "es", "fr", "ru", "zh")
COLLECTIONS = ("ga/77", "ga/78", "sc/2020", "sc/2021")
SCOPES = {
    "GA 77+78": ("ga/77", "ga/78"),
    "GA 77": ("ga/77",),
    "GA 78": ("ga/78",),
    "SC 2020-2021": ("sc/2020", "sc/2021"),
}
RESOLUTION_TYPES = ("ga_resolution", "sc_resolution")
# citations with no UN document symbol to compare with the markup's links: the Charter, rules
# of procedure, and resolutions or decisions of organs named only by their words ("decision
# 15/4" of a Conference of the Parties)
UNLINKED = ("charter", "rule_of_procedure", "other_resolution", "other_decision")
# the UN's markup links no decision of the General Assembly, the Economic and Social Council or
# the Human Rights Council (none of A/DEC, E/DEC, A/HRC/DEC in the 4,700 files of sessions
# 77-78, in any language): a decision the text cites cannot be spurious against it, nor missed
UNJUDGED = ("ga_decision", "ecosoc_decision", "hrc_decision")
# the Security Council's documents only: see _verb_opening
COUNCIL_PHRASE = (
    "leading phrase equal, or the markup's emphasized verb opening ours (Council style)"
)
MASTHEAD = ("date", "session", "adopted", "agenda_items", "drafts")


# --- one document: read, print, parse, summarize -----------------------------------------------


def evaluate(path: str, collection: str, code: str) -> dict[str, Any]:
    """The per-document result: the markup's summary and the printed text's, or the error."""
    out: dict[str, Any] = {"file": Path(path).name, "collection": collection, "lang": code}
    try:
        markup = parse_file(path, language=code, analysis=code == "en")
        if code == "en":  # the markup's citations are its links, not what the analysis adds
            links = parse_file(path, language=code, analysis=False).references
            markup.references = _links_only(markup.references, links)
    except Exception as err:  # the markup itself: counted apart, not the parser's fault
        out["markup_error"] = _one_line(err)
        return out
    written = detect_language(" ".join(p.text for p in markup.all_paragraphs())[:3000])
    if written not in (None, code):  # a file of another language in this language's folder
        out["markup_error"] = f"the file is written in {written}, not {code}"
        return out
    out["markup"] = summarize(markup)
    try:
        root = etree.parse(path, etree.XMLParser(recover=True, resolve_entities=False)).getroot()
        text = print_document(root, code, style_for(Path(path).name, code))
        parsed = parse_raw(RawText(text, "text", "utf-8", None), source=path, language=code)
    except Exception as err:  # a parser crash: a failure of this document, the run goes on
        out["error"] = _one_line(err)
        out["traceback"] = traceback.format_exc(limit=-3)
        return out
    out["parsed"] = summarize(parsed)
    out["pairs"] = align(out["markup"]["paragraphs"], out["parsed"]["paragraphs"], code)
    return out


def _links_only(found: list[Reference], links: list[Reference]) -> list[Reference]:
    """The markup's references without the citations of the old numbering that the reader keeps
    from the analysis where no link covers them ("1759 (د-17)"): the measure's references are
    the markup's links (and the unlinked kinds it sets apart), not the analysis's readings."""
    linked = {(r.paragraph, _squeezed(r.target)) for r in links}
    return [
        r
        for r in found
        if not (
            r.type == "ga_resolution"
            and OLD_GA.fullmatch(r.text or "")
            and (r.paragraph, _squeezed(r.target)) not in linked
        )
    ]


def _squeezed(target: str) -> str:
    return re.sub(r"\s+", "", target).upper()


def _one_line(err: BaseException) -> str:
    return f"{type(err).__name__}: {err}".splitlines()[0][:300]


def summarize(doc: Document) -> dict[str, Any]:
    """What the comparison needs of a Document."""
    mandates: dict[str, list[list[Any]]] = defaultdict(list)
    for m in doc.mandates:
        mandates[m.paragraph or ""].append([m.type, m.session])
    paragraphs = [
        _paragraph(p, mandates.get(p.id, []))
        for res in doc.resolutions
        for p in [*res.preamble, *res.operative]
    ]
    return {
        "symbol": doc.symbol,
        "parts": [res.part for res in doc.resolutions],
        "resolutions": len(doc.resolutions),
        "paragraphs": paragraphs,
        "refs": sorted(
            {key(linked_as(r)) for r in doc.references if r.type not in UNLINKED + UNJUDGED}
        ),
        "resolution_refs": sorted(
            {key(r.target) for r in doc.references if r.type in RESOLUTION_TYPES}
        ),
        "masthead": {
            "date": doc.date,
            "session": doc.session,
            "adopted": doc.adopted,
            "agenda_items": doc.agenda_items,
            "drafts": doc.drafts,
        },
    }


def _paragraph(p: Paragraph, mandates: list[list[Any]]) -> dict[str, Any]:
    return {
        "id": p.id,
        "kind": p.kind,
        "number": p.number,
        "start": p.text[:60],
        "end": p.text[-12:],
        "phrase": p.phrase,
        "action": p.action,
        "mandates": sorted(mandates, key=str),
    }


def linked_as(ref: Reference) -> str:
    """The symbol the markup links a citation by: a document with a joint symbol
    ("A/70/95-S/2015/446", one document) by its first one."""
    parts = re.split(r"-(?=[A-Z]{1,4}/)", ref.text or "") if ref.type == "document" else []
    return parts[0] if len(parts) > 1 and key(ref.target) != key(parts[0]) else ref.target


def key(target: str) -> str:
    """A cited symbol as a comparison key: no spaces, upper case."""
    return re.sub(r"\s+", "", target).upper()


def align(markup: list[dict[str, Any]], parsed: list[dict[str, Any]], code: str) -> list[int]:
    """For each markup paragraph, the index of the printed text's paragraph that starts with
    the same words (-1: none)."""
    size = 12 if code == "zh" else 28

    def start(p: dict[str, Any]) -> str:
        return re.sub(r"[\W\d_]+", "", p["start"].casefold())[:size]

    out = [-1] * len(markup)
    matcher = SequenceMatcher(None, [start(p) for p in markup], [start(p) for p in parsed], False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            out[block.a + k] = block.b + k
    return out


# --- the whole run -----------------------------------------------------------------------------


def unxml_dir(corpus: Path) -> Path:
    """The UN XML laid out by the corpus's unpack script (idempotent)."""
    script = corpus / "unxml" / "unpack"
    done = subprocess.run(["bash", str(script)], capture_output=True, text=True, check=True)
    return Path(done.stdout.strip().splitlines()[-1])


def jobs(
    base: Path, collections: Iterable[str], langs: Iterable[str], limit: int
) -> list[tuple[str, str, str]]:
    out = []
    for collection in collections:
        for code in langs:
            files = sorted((base / collection / code).glob("*.xml"))
            out += [(str(f), collection, code) for f in files[: limit or None]]
    return out


def run(todo: list[tuple[str, str, str]], workers: int) -> list[dict[str, Any]]:
    if workers <= 1:
        return [evaluate(*job) for job in todo]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(evaluate, *zip(*todo, strict=True), chunksize=8))


# --- scoring -----------------------------------------------------------------------------------


class Tally:
    """Counts of agreement per (scope, metric, language), and the disagreements."""

    def __init__(self) -> None:
        self.ok: Counter[tuple[str, str, str]] = Counter()
        self.total: Counter[tuple[str, str, str]] = Counter()
        self.misses: list[dict[str, Any]] = []

    def add(
        self, scopes: list[str], metric: str, code: str, good: bool, miss: dict[str, Any]
    ) -> None:
        for scope in scopes:
            self.total[scope, metric, code] += 1
            self.ok[scope, metric, code] += good
        if not good:
            self.misses.append({"metric": metric, "lang": code, **miss})

    def count(self, scopes: list[str], metric: str, code: str, n: int = 1) -> None:
        for scope in scopes:
            self.total[scope, metric, code] += n


def group_of(result: dict[str, Any]) -> str:
    symbol = (result.get("markup") or {}).get("symbol") or result["file"]
    return f"{result['collection']}|{key(symbol)}"


def score(results: list[dict[str, Any]]) -> Tally:
    tally = Tally()
    groups: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for r in results:
        groups[group_of(r)][r["lang"]] = r
    for versions in groups.values():
        cited = set().union(
            *(set((v.get("markup") or {}).get("refs", [])) for v in versions.values())
        )
        cited = {target for target in cited if not _no_document(target)}
        english = versions.get("en")
        for r in versions.values():
            scopes = [s for s, cols in SCOPES.items() if r["collection"] in cols]
            _score_document(tally, scopes, r, english, cited)
            if "markup" in r and "error" not in r and r["markup"]["resolutions"]:
                _counts_set_aside(tally, scopes, r, versions)
    return tally


def _score_document(
    tally: Tally,
    scopes: list[str],
    r: dict[str, Any],
    english: dict[str, Any] | None,
    cited: set[str],
) -> None:
    code, where = r["lang"], {"document": r["file"]}
    tally.count(scopes, "documents", code)
    if "markup_error" in r:
        tally.add(scopes, "markup unreadable", code, False, {**where, "got": r["markup_error"]})
        return
    good = "error" not in r
    tally.add(scopes, "parser failures", code, good, {**where, "got": r.get("error")})
    markup = r["markup"]
    if not good or not markup["resolutions"]:
        return
    parsed = r["parsed"]
    _counts(tally, scopes, r, markup, parsed)
    _phrases(tally, scopes, r, markup, parsed)
    _references(tally, scopes, r, markup, parsed, cited)
    _masthead(tally, scopes, r, markup, parsed)
    _structure(tally, scopes, r, markup, parsed)
    if english is not None and "markup" in english:
        _as_english(tally, scopes, r, english["markup"])


def _counts(
    tally: Tally,
    scopes: list[str],
    r: dict[str, Any],
    markup: dict[str, Any],
    parsed: dict[str, Any],
) -> None:
    for kind, metric in (
        ("preambular", "preambular count equal"),
        ("operative", "operative count equal"),
    ):
        want = sum(p["kind"] == kind for p in markup["paragraphs"])
        got = sum(p["kind"] == kind for p in parsed["paragraphs"])
        tally.add(
            scopes,
            metric,
            r["lang"],
            want == got,
            {"document": r["file"], "expected": want, "got": got},
        )


def _phrases(
    tally: Tally,
    scopes: list[str],
    r: dict[str, Any],
    markup: dict[str, Any],
    parsed: dict[str, Any],
) -> None:
    for p, j in zip(markup["paragraphs"], r["pairs"], strict=True):
        if not p["phrase"]:
            continue
        got = parsed["paragraphs"][j]["phrase"] if j >= 0 else None
        good = _same_phrase(p["phrase"], got)
        miss = {"document": r["file"], "paragraph": p["id"], "expected": p["phrase"], "got": got}
        tally.add(scopes, "leading phrase equal", r["lang"], good, miss)
        if r["collection"].startswith("sc/"):
            good = good or _verb_opening(p["phrase"], got, r["lang"])
            tally.add(scopes, COUNCIL_PHRASE, r["lang"], good, miss)


def _same_phrase(want: str, got: str | None) -> bool:
    """Whether two leading phrases are the same words, as the text parser reads characters:
    the markup keeps what printing adds and the parser folds away (Arabic short vowels and
    shadda, tatweel: "تسلّم" is the parser's "تسلم"; full-width forms)."""

    return got is not None and _norm_phrase(want) == _norm_phrase(got)


def _verb_opening(want: str, got: str | None, code: str) -> bool:
    """Whether the markup's phrase opens ours and ours adds at most three words to it (six
    characters in Chinese, written without spaces: words of two characters): the Security
    Council's printed style emphasizes the verb alone ("*Reaffirming* its strong commitment",
    "*Calls* upon", "*表示*严重关切") where the General Assembly's emphasizes the whole phrase the
    tables hold ("*Reaffirming its strong commitment*")."""
    if got is None:
        return False
    mine, theirs = _norm_phrase(want), _norm_phrase(got)
    if code == "zh":
        mine, theirs = mine.replace(" ", ""), theirs.replace(" ", "")
        return theirs.startswith(mine) and len(theirs) - len(mine) <= 6
    words, ours = mine.replace(",", " ").split(), theirs.replace(",", " ").split()
    return ours[: len(words)] == words and len(ours) - len(words) <= 3


def _norm_phrase(s: str) -> str:
    return " ".join(fold(s)[0].split()).rstrip(" ,،，:;؛").casefold()


def _references(
    tally: Tally,
    scopes: list[str],
    r: dict[str, Any],
    markup: dict[str, Any],
    parsed: dict[str, Any],
    cited: set[str],
) -> None:
    code, where = r["lang"], {"document": r["file"]}
    found = set(parsed["refs"])
    for target in markup["refs"]:
        if _no_document(target):
            tally.add(scopes, "markup links to no document", code, False, {**where, "got": target})
    for target in markup["resolution_refs"]:
        if _no_document(target):
            continue
        tally.add(
            scopes, "cited resolutions found", code, target in found, {**where, "expected": target}
        )
    for target in markup["refs"]:
        if _no_document(target):
            continue
        tally.add(
            scopes, "cited documents found", code, target in found, {**where, "expected": target}
        )
    for target in parsed["refs"]:
        good = target in cited or _part_unlinked(target) in cited
        tally.add(scopes, "citations not spurious", code, good, {**where, "got": target})


def _no_document(target: str) -> bool:
    """A link of the markup to a General Assembly resolution that cannot exist: "A/RES/14/221"
    (the Assembly numbered the resolutions of its sessions 1 to 30 "3380 (XXX)"; "14/221" is
    another organ's, a conference's or a commission's, that the markup took for the Assembly's).
    Not expected of the text, and not a proof that a reading as the Assembly's is right."""
    m = re.fullmatch(r"A/RES/(\d+)/\d+[A-Z]?", target)
    return m is not None and int(m[1]) < 31


def _part_unlinked(target: str) -> str:
    """ "A/RES/50/70M" as the markup links it when the part stands after the link
    ("50/70</a> M"; its reader takes the printed part for A-L only): "A/RES/50/70"."""
    return re.sub(r"^(A/RES/(?:E?S-)?\d+/\d+)[A-Z]$", r"\1", target)


def _masthead(
    tally: Tally,
    scopes: list[str],
    r: dict[str, Any],
    markup: dict[str, Any],
    parsed: dict[str, Any],
) -> None:
    every = True
    for fact in MASTHEAD:
        want, got = markup["masthead"][fact], parsed["masthead"][fact]
        if want in (None, []):
            continue
        good = want == got
        every &= good
        miss = {"document": r["file"], "paragraph": fact, "expected": want, "got": got}
        tally.add(scopes, f"masthead: {fact}", r["lang"], good, miss)
    tally.add(scopes, "masthead: all five", r["lang"], every, {"document": r["file"]})


def _structure(
    tally: Tally,
    scopes: list[str],
    r: dict[str, Any],
    markup: dict[str, Any],
    parsed: dict[str, Any],
) -> None:
    code, where = r["lang"], {"document": r["file"]}
    tally.add(scopes, "a resolution found", code, parsed["resolutions"] > 0, where)
    parts = [p for p in markup["parts"] if p]
    if parts:
        good = (
            key(parsed["symbol"] or "") == key(markup["symbol"] or "")
            and parsed["parts"] == markup["parts"]
        )
        miss = {
            **where,
            "expected": [markup["symbol"], markup["parts"]],
            "got": [parsed["symbol"], parsed["parts"]],
        }
        tally.add(scopes, "symbol with parts read with its parts", code, good, miss)


def _as_english(
    tally: Tally, scopes: list[str], r: dict[str, Any], english: dict[str, Any]
) -> None:
    """Action and mandates of each paragraph, against the English markup's same paragraph
    (the n-th preambular or operative paragraph of both, when both markups have as many)."""
    mine, theirs = r["markup"]["paragraphs"], english["paragraphs"]
    for kind in ("preambular", "operative"):
        here = [(k, p) for k, p in enumerate(mine) if p["kind"] == kind]
        there = [p for p in theirs if p["kind"] == kind]
        if len(here) != len(there):
            tally.count(
                scopes, "paragraphs not paired with English (markup differs)", r["lang"], len(here)
            )
            continue
        for (k, p), en in zip(here, there, strict=True):
            j = r["pairs"][k]
            _paragraph_as_english(
                tally, scopes, r, p, en, r["parsed"]["paragraphs"][j] if j >= 0 else None
            )


def _paragraph_as_english(
    tally: Tally,
    scopes: list[str],
    r: dict[str, Any],
    p: dict[str, Any],
    en: dict[str, Any],
    got: dict[str, Any] | None,
) -> None:
    miss = {"document": r["file"], "paragraph": p["id"]}
    if en["action"]:
        action = got["action"] if got else None
        tally.add(
            scopes,
            "action as the English",
            r["lang"],
            action == en["action"],
            {**miss, "expected": en["action"], "got": action},
        )
    mandates = got["mandates"] if got else []
    if p["kind"] == "operative" and (en["mandates"] or mandates):
        good = mandates == en["mandates"]
        tally.add(
            scopes,
            "mandates as the English",
            r["lang"],
            good,
            {**miss, "expected": en["mandates"], "got": mandates},
        )


# --- the table ---------------------------------------------------------------------------------


def _counts_set_aside(
    tally: Tally, scopes: list[str], r: dict[str, Any], versions: dict[str, dict[str, Any]]
) -> None:
    """Paragraph counts with the markup's own errors set aside: where at least four of the other
    five languages' markups agree on a count that this language's markup contradicts, that count
    is a yardstick too (the markup numbers a heading as a paragraph, or drops one), and the
    document is listed as a markup error; the markup's own count as printed stays right (the
    version really has its paragraphs otherwise: one Arabic paragraph where the others have two,
    or the file holds another resolution, and the parse read what the page prints). Elsewhere the
    same as the plain count rows."""
    for metric, found in (
        ("operative parts the markup sets apart unnumbered", _unnumbered_parts(r["markup"])),
        (
            "preambular paragraphs the markup marks operative",
            _preamble_marked_operative(r["markup"]),
        ),
    ):
        if found:
            where = {"document": r["file"], "expected": 0, "got": found}
            tally.add(scopes, metric, r["lang"], False, where)
    for kind in ("preambular", "operative"):
        want = _printed_count(r["markup"], kind)
        others = [
            _printed_count(v["markup"], kind)
            for code, v in versions.items()
            if code != r["lang"] and v.get("markup") and v["markup"]["resolutions"]
        ]
        agreed, votes = Counter(others).most_common(1)[0] if others else (want, 0)
        where = {"document": r["file"], "expected": agreed, "got": want}
        right = {want}
        if votes >= 4 and agreed != want:
            tally.add(scopes, f"{kind} markup contradicted by the others", r["lang"], False, where)
            right.add(agreed)
        got = _kind_count(r["parsed"], kind)
        where = {"document": r["file"], "expected": agreed if votes >= 4 else want, "got": got}
        metric = f"{kind} count equal, markup errors set aside"
        tally.add(scopes, metric, r["lang"], got in right, where)
        tally.add(scopes, f"{metric}, {_layout(r)}", r["lang"], got in right, where)


def _layout(r: dict[str, Any]) -> str:
    """How the printer laid the document's paragraphs out: apart (blank lines between them, the
    first line indented, or a paragraph a line) or run together (wrapped lines, neither blank
    lines nor indents: where no capital letter opens a paragraph, as in Arabic, or a lower-case
    participle does, as in Russian, a line that opens with a paragraph's opening words may open
    one or go on inside one, and only the text can tell)."""
    style = style_for(r["file"], r["lang"])
    together = style.width and not style.blank and not style.indent
    return "run together" if together else "apart"


def _kind_count(doc: dict[str, Any], kind: str) -> int:
    return sum(p["kind"] == kind for p in doc["paragraphs"])


def _printed_count(doc: dict[str, Any], kind: str) -> int:
    """The markup's count of ``kind`` as the printed page numbers it: operative paragraphs
    the markup sets apart without a number inside a numbered one are not counted, and a
    preambular paragraph the markup marks operative is counted preambular."""
    moved = _preamble_marked_operative(doc)
    if kind == "operative":
        return _kind_count(doc, kind) - _unnumbered_parts(doc) - moved
    return _kind_count(doc, kind) + moved


def _operatives(doc: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """The operative paragraphs of each resolution of the document, in order."""
    by_resolution: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in doc["paragraphs"]:
        if p["kind"] == "operative":
            by_resolution[p["id"].rpartition(".")[0]].append(p)
    return list(by_resolution.values())


def _preamble_marked_operative(doc: dict[str, Any]) -> int:
    """Unnumbered operative paragraphs of the markup before operative paragraph 1 that end with
    a comma (",", the Arabic "،", the Chinese "，"), as a preambular paragraph does ("Aiming to
    further strengthen links ...," over "1. Decides ..."): the printed operative part begins
    at its number 1 ("Resolves that:" before it, which ends with a colon, stays operative)."""
    count = 0
    for paragraphs in _operatives(doc):
        first = next((k for k, p in enumerate(paragraphs) if p.get("number")), None)
        if first is None or _integer(paragraphs[first]["number"]) != 1:
            continue
        count += sum(
            p.get("end", "").rstrip(' \t\n”’"»)0123456789').endswith((",", "،", "，"))
            for p in paragraphs[:first]
        )
    return count


def _unnumbered_parts(doc: dict[str, Any]) -> int:
    """Operative paragraphs of the markup that the printed page sets inside another, read from
    the markup's own numbers: the page numbers its paragraphs 1, 2, 3..., and what the markup
    sets between paragraphs n and n + 1 (or after the last one) without a number, or with a
    number out of that sequence, is part of paragraph n (the schedule lines after "as
    follows:", a clause "and its request that ..." after a list, "Panel 1: ...", the "4." of a
    quoted article). In a resolution numbered otherwise, a paragraph that the markup numbers
    with a list's later label ("(b)", "(e)": its "(a)" is in the paragraph before) and an
    unnumbered one under a paragraph that ends with a colon are parts of the one before.
    A markup that leaves every paragraph unnumbered, or numbers them by letters from "(a)",
    is left as it is."""
    return sum(
        _parts_in_sequence(paragraphs)
        if any(_integer(p.get("number")) for p in paragraphs)
        else _parts_in_list(paragraphs)
        for paragraphs in _operatives(doc)
    )


def _parts_in_sequence(paragraphs: list[dict[str, Any]]) -> int:
    numbers = [p.get("number") for p in paragraphs]
    values = [_integer(n) for n in numbers]
    count, last = 0, None
    for i, value in enumerate(values):
        if value is not None and (last is None or value in (last + 1, 1)):
            last = value  # the next paragraph, or the first of a section numbered anew
            continue
        if last is None or any(n and v is None for n, v in zip(numbers[:i], values, strict=False)):
            continue
        later = [v for v in values[i + 1 :] if v is not None]
        if last + 1 in later or (value is None and not later):
            count += 1
        elif value is not None:
            last = value  # a number the markup skipped (its own numbering error): counted
    return count


_LABEL = r"\s*\(?[a-z]\)\.?\s*"
_LATER_LABEL = r"\s*\(?[b-z]\)\.?\s*"


def _parts_in_list(paragraphs: list[dict[str, Any]]) -> int:
    count, lettered = 0, False
    for before, p in itertools.pairwise(paragraphs):
        lettered = lettered or bool(re.fullmatch(_LABEL, before.get("number") or ""))
        if (not lettered and re.fullmatch(_LATER_LABEL, p.get("number") or "")) or (
            not p.get("number") and before.get("end", "").rstrip().endswith((":", "："))
        ):
            count += 1
    return count


def _integer(number: str | None) -> int | None:
    """A paragraph number as printed ("12."), as an integer; None for "(e)", "A." or none."""
    found = re.fullmatch(r"\s*(\d+)\.?\s*", number or "")
    return int(found.group(1)) if found else None


ROWS = (
    ("documents", "n"),
    ("parser failures", "bad"),
    ("markup unreadable", "bad"),
    ("preambular count equal", "%"),
    ("operative count equal", "%"),
    ("preambular markup contradicted by the others", "bad"),
    ("operative markup contradicted by the others", "bad"),
    ("operative parts the markup sets apart unnumbered", "bad"),
    ("preambular paragraphs the markup marks operative", "bad"),
    ("preambular count equal, markup errors set aside", "%"),
    ("operative count equal, markup errors set aside", "%"),
    ("preambular count equal, markup errors set aside, apart", "%"),
    ("preambular count equal, markup errors set aside, run together", "%"),
    ("operative count equal, markup errors set aside, apart", "%"),
    ("operative count equal, markup errors set aside, run together", "%"),
    ("leading phrase equal", "%"),
    (COUNCIL_PHRASE, "%"),
    ("action as the English", "%"),
    ("cited resolutions found", "%"),
    ("cited documents found", "%"),
    ("citations not spurious", "%"),
    ("markup links to no document", "bad"),
    ("masthead: date", "%"),
    ("masthead: session", "%"),
    ("masthead: adopted", "%"),
    ("masthead: agenda_items", "%"),
    ("masthead: drafts", "%"),
    ("masthead: all five", "%"),
    ("mandates as the English", "%"),
    ("a resolution found", "%"),
    ("symbol with parts read with its parts", "x/y"),
    ("paragraphs not paired with English (markup differs)", "n"),
)


def table(tally: Tally, scope: str, langs: Iterable[str]) -> str:
    langs = list(langs)
    lines = [f"| {scope} | " + " | ".join(langs) + " |", "|---|" + "---|" * len(langs)]
    for metric, kind in ROWS:
        cells = [_cell(tally, scope, metric, code, kind) for code in langs]
        if any(c != "" for c in cells):
            lines.append(f"| {metric} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _cell(tally: Tally, scope: str, metric: str, code: str, kind: str) -> str:
    total = tally.total[scope, metric, code]
    ok = tally.ok[scope, metric, code]
    if kind == "n":
        return str(total) if total else ""
    if kind == "bad":
        return str(total - ok) if total else ""
    if not total:
        return ""
    return f"{ok}/{total}" if kind == "x/y" else f"{100 * ok / total:.1f}%"


def _corpus(value: str | None) -> Path:
    return Path(value or os.environ.get("MANDATA_CORPUS") or ROOT.parent / "shared" / "corpus")


def cli() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", help="the corpus folder (MANDATA_CORPUS, ../shared/corpus)")
    ap.add_argument("--collections", nargs="+", default=list(COLLECTIONS))
    ap.add_argument("--lang", nargs="+", default=list(LANGS), dest="langs")
    ap.add_argument("--limit", type=int, default=0, help="files per collection and language")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--show", type=int, default=0, help="show N disagreements of each metric")
    ap.add_argument("--list", action="store_true", help="list every disagreement")
    ap.add_argument("--json", dest="json_out", help="write the per-document results here")
    args = ap.parse_args()
    corpus = _corpus(args.corpus)
    if not (corpus / "unxml" / "unpack").exists():
        print(f"eval_unxml: no UN XML in {corpus} (set MANDATA_CORPUS)", file=sys.stderr)
        return 1
    base = unxml_dir(corpus)
    langs = sorted(set(args.langs) | {"en"})  # English is the reference of actions and mandates
    results = run(jobs(base, args.collections, langs, args.limit), args.workers)
    tally = score(results)
    shown = list(args.langs)
    for scope, cols in SCOPES.items():
        if any(c in args.collections for c in cols):
            print(table(tally, scope, shown), end="\n\n")
    _disagreements(tally, args.show, args.list)
    if args.json_out:
        Path(args.json_out).write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in results) + "\n", encoding="utf-8"
        )
    whole = not args.limit and set(SCOPES["GA 77+78"]) <= set(args.collections)
    return enforce("eval_unxml", figures(tally)) if whole and set(LANGS) <= set(shown) else 0


def figures(tally: Tally, scope: str = "GA 77+78") -> dict[str, float]:
    """The figures that have a floor in scripts/baseline.json: each row's share over GA 77+78,
    per language ("preambular count equal ar"); only a run over the whole of both sessions in
    the six languages is held to them."""
    return {
        f"{metric} {code}": tally.ok[s, metric, code] / total
        for (s, metric, code), total in tally.total.items()
        if s == scope and total
    }


def _disagreements(tally: Tally, show: int, every: bool) -> None:
    if not show and not every:
        return
    by_metric: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for miss in tally.misses:
        by_metric[miss["metric"]].append(miss)
    for metric, misses in by_metric.items():
        print(f"## {metric}: {len(misses)}")
        for miss in misses if every else misses[:show]:
            where = f"{miss['lang']} {miss['document']} {miss.get('paragraph') or ''}".strip()
            print(f"  {where}: expected {miss.get('expected')!r}, got {miss.get('got')!r}")


if __name__ == "__main__":
    sys.exit(cli())
