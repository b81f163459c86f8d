"""Series of recurring resolutions: the same text renewed session after session.

Most General Assembly resolutions renew an earlier one: the same title, and a preamble that
recalls the predecessors ("Referring further to its resolutions 64/256 of 2 March 2010, ...
and 75/276 of 28 April 2021 on cooperation between the United Nations and the Collective
Security Treaty Organization"). Two resolutions are in one series when

- both are stored and their titles are the same (case, punctuation and years aside), or
- one recalls the other in a run of citations that ends with its own title ("... 75/276 of
  28 April 2021 on <title>"): a predecessor the registry does not hold joins the series by its
  symbol and the date the citation gives.

The series' periodicity is the usual gap between its sessions (1 annual, 2 biennial, 3
triennial). :func:`build_series` computes every series from the registry and stores them
(tables ``series`` and ``series_members``, migration 0004); it runs after each ingest.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Any

from sqlalchemy import delete, insert

from mandata import lang
from mandata.registry.schema import series as series_table
from mandata.registry.schema import series_members
from mandata.registry.store import Registry

# How often a series comes back, by the number of sessions between two of its resolutions.
PERIODS = {1: "annual", 2: "biennial", 3: "triennial"}

_WORDS = re.compile(r"[^\w]+", re.UNICODE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_GA_SYMBOL = re.compile(r"^A/RES/(?P<session>\d{1,3})/\d+")
_GLUE_WORDS = 3  # "of", "and", "its resolution": more words are a subject of their own
_BEFORE = 80  # characters before a title where the words that introduce it are looked for
_RUN_GAP = 60  # characters between two citations of one run ("..., 65/122 of 13 December 2010, ")


@cache
def _organ_names() -> frozenset[str]:
    """The organs' names in every language ("General Assembly"): a title that is one of them
    is masthead text read as a title, no subject of a series."""
    out = set()
    for code in lang.LANGUAGES:
        for name in lang.get(code).enacting:
            key = title_key(str(name))
            out |= {key, key.partition(" ")[2]}
    return frozenset(out)


def _subject(title: str | None) -> str | None:
    """The title as a series subject, or None when it is no subject (an organ's name)."""
    key = title_key(title or "")
    return key if key and key not in _organ_names() else None


def title_key(title: str) -> str:
    """A title as a series knows it: case, punctuation, years and the spellings of letters
    (:func:`fold_letters`) aside."""
    return " ".join(_WORDS.sub(" ", _YEAR.sub(" ", fold_letters(title.casefold()))).split())


# Arabic letters that the Assembly's texts spell one way one year and another the next: a hamza
# on its seat or not ("مصائد"/"مصايد", "أ"/"ا"), the final "ى"/"ي", "ة"/"ه". One character each,
# so that a folded text keeps the positions of the text.
_LETTER_FOLDS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ئ": "ي", "ى": "ي", "ؤ": "و", "ة": "ه"}
)


def fold_letters(text: str) -> str:
    """The text with the letters of :data:`_LETTER_FOLDS` folded, of the same length."""
    return text.translate(_LETTER_FOLDS)


@dataclass
class Member:
    """One resolution of a series: stored in the registry, or known by a citation only."""

    symbol: str
    session: int | None
    date: str | None = None
    title: str | None = None
    stored: bool = False
    basis: str = "registry"  # "registry": a stored resolution; "recalled": known from a citation


@dataclass(frozen=True)
class Cited:
    """A GA resolution a preambular paragraph cites: ``bare`` when nothing but its date follows
    it in its clause ("79/77 of 2 December 2024,", not "79/1 entitled “Pact for the Future”"),
    ``alone`` when the paragraph recalls it and nothing else ("Recalling its resolution 79/77
    of 2 December 2024,")."""

    symbol: str
    date: str | None
    bare: bool
    alone: bool
    operative: bool = False  # cited by an operative paragraph ("... of resolution 79/129 of ...")
    # the later of two resolutions a paragraph recalls and nothing else ("Recalling its
    # resolutions 75/36 of 7 December 2020 and 76/231 of 24 December 2021,"): the earlier
    paired: str | None = None


@dataclass
class _Resolution:
    symbol: str
    session: int | None
    date: str | None
    title: str
    recalled: list[tuple[str, str | None]] = field(default_factory=list)
    returns: int | None = None  # sessions until the item it puts on an agenda comes back
    cited: list[Cited] = field(default_factory=list)  # the GA resolutions its preamble cites
    runs: list[list[tuple[str, str | None]]] = field(default_factory=list)  # runs of them
    # its preamble and GA citations (:func:`_preamble`), kept compressed: read again only under
    # another title, they were 600 MB of the series pass at 30,000 documents (#15)
    packed: bytes = b""
    latest: list[tuple[str, str | None]] = field(default_factory=list)  # named_latest, recent
    bare_runs: list[list[tuple[str, str | None]]] = field(default_factory=list)  # lists alone
    clause_runs: list[list[tuple[str, str | None]]] = field(default_factory=list)  # lists ending
    # the texts "including" after a title of one word ("relating to multilingualism, including
    # resolutions ..."): of many subjects, read by :func:`mixed_members`
    including: list[tuple[str, str | None]] = field(default_factory=list)

    @property
    def preamble(self) -> dict[str, Any]:
        """What :func:`recalled` reads of the resolution (empty when it has no title)."""
        return json.loads(zlib.decompress(self.packed)) if self.packed else {}


def _resolutions(registry: Registry) -> dict[str, _Resolution]:
    """Every stored GA resolution (its English version where there is one), with the
    predecessors it recalls."""
    rows = registry.stream(  # one document's JSON at a time: gigabytes at 100,000 (#15)
        "SELECT symbol, language, session, adopted, date, title, data FROM documents "
        "WHERE doc_type = 'resolution' AND symbol LIKE 'A/RES/%' AND title IS NOT NULL "
        "ORDER BY symbol, CASE WHEN language = 'en' THEN 0 ELSE 1 END, language"
    )
    out: dict[str, _Resolution] = {}
    for r in rows:
        if r["symbol"] in out:
            continue
        title = r["title"] if _subject(r["title"]) else ""
        res = _Resolution(r["symbol"], r["session"], r["adopted"] or r["date"], title)
        data = json.loads(r["data"])
        res.recalled = recalled(data, title) if title else []
        if title:  # "..., the most recent of which was resolution 76/163": the latest alone
            res.latest = [
                c
                for c in named_latest(data, title)
                if c not in res.recalled and _recent(c[0], r["session"])
            ]
        res.returns = _returns(data, r["session"])
        res.bare_runs = bare_runs(data) if title else []
        res.clause_runs = clause_runs(data) if title else []
        res.including = recalled(data, title, including=True) if title else []
        res.cited = preamble_citations(data, title) if title else []
        res.runs = citation_runs(data) if title else []
        res.packed = zlib.compress(json.dumps(_preamble(data)).encode(), 1) if title else b""
        out[r["symbol"]] = res
    return out


def _preamble(data: dict[str, Any]) -> dict[str, Any]:
    """What :func:`recalled` reads of a document (its language, preambles and GA citations),
    kept to read it again under another title (:func:`renamed`)."""
    return {
        "language": data.get("language"),
        "references": [r for r in data.get("references", []) if r.get("type") == "ga_resolution"],
        "resolutions": [{"preamble": r.get("preamble", [])} for r in data.get("resolutions", [])],
    }


def _returns(data: dict[str, Any], session: int | None) -> int | None:
    """In how many sessions the item a resolution puts on a provisional agenda comes back
    (79/10 includes the sub-item in the agenda of the 81st session: 2)."""
    ahead = [
        m["session"] - session
        for m in data.get("mandates", [])
        if m.get("type") == "agenda_item" and m.get("session") and session
    ]
    return min((a for a in ahead if a > 0), default=None)


def recalled(
    data: dict[str, Any], title: str, including: bool = False
) -> list[tuple[str, str | None]]:
    """The GA resolutions (symbol, date) that a document's preamble recalls under its own
    title: the run of citations just before the title in a preambular paragraph (or just after
    it where the language puts the title first: Chinese "题为“<title>”的…第64/256号、…决议").
    With ``including``, only what a title of one word leaves out: the texts of its run
    "including" after it ("relating to multilingualism, including resolutions 56/262 ...,
    76/268 ... and 78/245 ...": :func:`mixed_members`)."""
    words = [re.escape(w) for w in _WORDS.split(title_key(title)) if w]
    if len(words) < 2 and not (words and len(title_key(title)) >= _ONE_WORD):
        return []  # a title of one short word names no subject of its own
    # a title of one word ("Multilingualism") is read with the run before it alone: the texts
    # "including" after it ("relating to multilingualism, including resolutions 56/262, 72/90 A
    # and B, ...") touch the subject, they are no series (Chinese, one "word" for want of
    # spaces, aside)
    lone = len(words) < 2 and not _HAN.search(title)
    # a title that ends with a bracket ("... (COVID-19)") ends after it, where the words
    # that follow a title are looked for
    close = r"\W*?\)" if title.rstrip().endswith(")") else ""
    pattern = re.compile(r"\W+".join(words) + close, re.IGNORECASE)
    code = data.get("language") or "en"
    _, after, _ = _bounds(code)
    out: list[tuple[str, str | None]] = []
    paragraphs = list(_preamble_citations(data))
    for text, mine in paragraphs:
        for m in pattern.finditer(fold_letters(text)):
            start = max(0, m.start() - _BEFORE)
            b = _before_title(unglue(text[start : m.start()]), code)
            if b and after.search(text[m.end() : m.end() + 20]):
                # "46/8 of 16 October 1991 and all its subsequent resolutions on <title>"
                # the run ends where the words that lead to the title begin ("75/183 of 16
                # December 2020 on the question of a <title>")
                end = start + (b.start("since") if b.groupdict().get("since") else b.start())
                if not including:
                    out.extend(_run_before(text, end, mine, code))
                then = _bounds(code)[2].match(text[m.end() :])
                if then and lone == including:  # "... on <title>, including its resolution ..."
                    out.extend(_run_after(text, m.end() + then.end(), mine, code))
    if including:
        return list(dict.fromkeys(out))
    # the title nowhere: read "on <the title, some of its words left out>", else "concerning
    # <the title's words in another order>"
    for near in (_near_titles, _reordered_titles):
        if out:
            break
        for text, mine in paragraphs:
            for stop, b_start in near(text, mine, title, code):
                out.extend(_run_before(text, b_start, mine, code))
                then = _bounds(code)[2].match(text[stop:])
                if then:
                    out.extend(_run_after(text, stop + then.end(), mine, code))
    return list(dict.fromkeys(out))


_REORDERED_LENGTH = (
    3  # a subject in the title's words reordered is this many times its length at most
)


def _reordered_titles(
    text: str, mine: list[dict[str, Any]], title: str, code: str
) -> Iterator[tuple[int, int]]:
    """The places after a citation (or at the paragraph's start) where the paragraph names the
    resolution's subject with every word of the title of four letters or more, at least
    :data:`_NEAR_WORDS` of them, in another order and among others ("76/139 ..., concerning the
    proclamation of, preparations for and observance of the International Year of the Family
    and its tenth, twentieth and thirtieth anniversaries" for "Preparations for and observance of
    the thirtieth anniversary of the International Year of the Family"; not Chinese, whose
    characters, written without spaces, say too little): where the subject ends (the last place in its clause, before the
    next citation, where what follows a title may follow) and where the words that lead to it
    begin. A word of another form (:func:`_variant`) or behind one of the language's
    ``series_prefixes`` (the Arabic "و", on either) is the title's, and the words that lead to
    the subject may be glued to it (``series_glued``: "المتعلقة بإعلان"); the subject is no longer than
    :data:`_REORDERED_LENGTH` times the title, and does not hold the title in its own order
    (which the other readings judge: "... in the context of the quadrennial comprehensive policy
    review of <title>" is another subject)."""
    _, after, _ = _bounds(code)
    if _HAN.search(title):  # Chinese, without spaces: its characters say too little
        return
    prefixes = re.compile(lang.get(code).analysis["series_prefixes"])
    own = {prefixes.sub("", w) for w in title_key(title).split() if len(w) > 3}
    if len(own) < _NEAR_WORDS:
        return
    # the title in its own order is the other readings' to judge ("on the repositioning of ...
    # in the context of the quadrennial comprehensive policy review of <title>": another subject)
    whole = re.compile(r"\W+".join(re.escape(w) for w in title_key(title).split()), re.IGNORECASE)
    # a preposition glued to the subject's first word (the Arabic "المتعلقة بإعلان ...")
    glued = re.compile(r"(?<![\w“\"«])(?:" + lang.get(code).analysis["series_glued"] + r")(?=\w)")
    places = sorted(at for r in mine if (at := text.find(r["text"])) >= 0)
    starts = [0] + [at + len(r["text"]) for r in mine if (at := text.find(r["text"])) >= 0]
    for stop in starts:
        span = text[stop : stop + _RUN_GAP + _BEFORE]
        candidates = sorted(
            {stop + m.start() for m in re.finditer(r"(?<![\w“\"«])[“\"«]?[^\W\d_]", span)}
            | {stop + m.end() for m in glued.finditer(span)}
        )
        for p in candidates:
            window = text[max(0, p - _BEFORE) : p]
            b = _before_title(unglue(window), code)
            if not b or (p - len(window) + b.start()) < stop:
                continue
            limit = min([a for a in places if a > p] + [len(text)])
            clause = re.search(r"[;；.。]", text[p:limit])
            limit = p + clause.start() if clause else limit
            ends = [
                p + m.start()
                for m in re.finditer(r"(?=[,，،;；؛.。:(的]|\s+and\b|$)", text[p:limit])
            ]
            ends = [e for e in ends if after.search(text[e : e + 20])]
            end = max(ends, default=None)
            if end is None or end - p > _REORDERED_LENGTH * len(title):
                continue
            if whole.search(fold_letters(text[p:end])):
                continue
            words = [prefixes.sub("", w) for w in title_key(text[p:end]).split()]
            if all(w in words or any(_variant(x, [w], code) for x in words) for w in own):
                yield end, p - len(window) + b.start()
                break


# the letters a title of one word has at least ("Commodities"; a Chinese title, written without
# spaces, is one "word")
_ONE_WORD = 8


_NEAR_WORDS = 4  # the title's words (of four letters or more) a shortened title keeps at least
_NEAR_SHARE = 0.6  # and the share of its main title's (before a colon) it keeps
_TOKENS = re.compile(r"\([^()]{0,60}\)|[^\W_]+|[,;.:]")


def _near_titles(
    text: str, mine: list[dict[str, Any]], title: str, code: str
) -> Iterator[tuple[int, int]]:
    """The places after a citation where the paragraph names the resolution's subject in the
    title's words with some left out (where they end, and where the words that lead to them
    begin): "76/87 of 9 December 2021 on the implementation of the Declaration by the
    specialized agencies and the international institutions associated with the United
    Nations" (the title: "... of the Declaration on the Granting of Independence to Colonial
    Countries and Peoples by the specialized agencies ..."), a subtitle left out ("on the
    intensification of efforts to eliminate all forms of violence against women and girls"),
    a bracket added ("on Human Settlements (Habitat II)"), a year the title's key leaves out
    ("the Geneva Conventions of 1949"). The words come in the title's order, from its first
    word of four letters or more ("on combating sand and dust storms" is not the title
    "International Day of Combating Sand and Dust Storms"), at least :data:`_NEAR_WORDS` of
    four letters or more and :data:`_NEAR_SHARE` of those of the title before its colon, and
    what follows is what follows a title."""
    own = [w for w in _WORDS.split(title_key(title)) if w]
    if len({w for w in own if len(w) > 3}) < _NEAR_WORDS:
        return  # what it keeps are the title's words of four letters or more: too few to yield
    _, after, _ = _bounds(code)
    main = {w for w in _WORDS.split(title_key(re.split(r"\s*:\s", title)[0])) if len(w) > 3}
    head = next((w for w in own if len(w) > 3 and w.isalpha()), None)
    # after each citation, and at the paragraph's start ("Recalling its relevant resolutions on
    # <title>, including its resolutions ...")
    starts = [0] + [at + len(r["text"]) for r in mine if (at := text.find(r["text"])) >= 0]
    for stop in starts:
        for w in re.finditer(
            r"(?<![\w“\"«])[“\"«]?[^\W\d_]", text[stop : stop + _RUN_GAP + _BEFORE]
        ):
            p = stop + w.start()
            window = text[max(0, p - _BEFORE) : p]
            b = _before_title(unglue(window), code)
            if not b or (p - len(window) + b.start()) < stop:
                continue
            end, kept = _follow(text, p, own, _acronyms(title), code)
            if (
                len(set(kept)) >= _NEAR_WORDS
                and kept[0] == head  # "Follow-up to <X>", "International Day of <X>": not X
                and len(set(kept) & main) >= _NEAR_SHARE * len(main)
                and after.search(text[end : end + 20])
            ):
                yield end, p - len(window) + b.start()
                break


def _follow(
    text: str, at: int, own: list[str], acronyms: frozenset[str] = frozenset(), code: str = "en"
) -> tuple[int, list[str]]:
    """How far from ``at`` the text follows the title's words ``own`` in their order (some of
    the title's left out, none of its own but a bracket's and years): the end, and the words of
    four letters or more it kept, in order. A word of another form than the title's
    ("environment" for "environmental", "роли" for "роль": :func:`_variant`) is the title's word; the title's
    acronym in brackets (``acronyms``: "... and INTERPOL" for "... and the International
    Criminal Police Organization (INTERPOL)") stands for the name before it, whose words count
    as kept."""
    k, end, kept = 0, at, [""]
    for t in _TOKENS.finditer(text, at):
        token = t[0]
        if token in ",":
            continue
        if token in ";.:":
            break
        if token.startswith("("):
            words = [w for w in _WORDS.split(title_key(token)) if w]
            if all(w in own[k:] for w in words):
                k = max(own.index(w, k) for w in words) + 1 if words else k
                end = t.end()
            continue
        word = title_key(token)
        if not word:  # a year
            continue
        word = word if word in own[k:] else _variant(word, own[k:], code) or word
        if word not in own[k:]:
            break
        at_word = own.index(word, k)
        if word in acronyms:  # the name the acronym stands for, left out before it
            kept.extend(w for w in own[k:at_word] if len(w) > 3)
        k = at_word + 1
        end = t.end()
        if len(word) > 3:
            kept.append(word)
    return end, kept[1:] or kept


_STEM = 8  # letters two forms of one word share at least ("environment", "environmental")
_STEM_SHARE = 0.75  # and the share of the shorter form they share


def _variant(word: str, own: list[str], code: str = "en") -> str | None:
    """The first of the title's words ``own`` that ``word`` is another form of: the two share
    their first :data:`_STEM` letters or more, and three quarters of the shorter
    ("environment" and "environmental", "environnement" and "environnemental"; not
    "development" and "developing"); or, in a language that declines its words, the two are
    one stem of :data:`_STEM_LETTERS` letters or more with one of the language's endings each
    (``series_endings``: the title's "Роль Организации ..." recalled "о роли Организации
    ...", "Детские ... браки" as "о детских ... браках")."""
    endings = _endings(code)
    for w in own:
        common = len(_common_prefix(word, w))
        if common >= _STEM and common >= _STEM_SHARE * min(len(word), len(w)):
            return w
        # the stem ends where both words' rests are endings ("детск-их", "детск-ие")
        for n in range(common, _STEM_LETTERS - 1, -1):
            if endings.fullmatch(word[n:]) and endings.fullmatch(w[n:]):
                return w
    return None


_STEM_LETTERS = 3  # the letters a declined word's stem keeps at least ("рол-ь", "рол-и")


@cache
def _endings(code: str) -> re.Pattern[str]:
    """The language's ``series_endings``: what a declined word may end with after its stem."""
    return re.compile(lang.get(code).analysis["series_endings"], re.IGNORECASE)


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


_ACRONYM = re.compile(r"\(\s*([^\W\d_]{2,15})\s*\)")


def _acronyms(title: str) -> frozenset[str]:
    """The acronyms a title gives in brackets after a name ("(INTERPOL)"), as title keys."""
    return frozenset(title_key(m[1]) for m in _ACRONYM.finditer(title) if m[1].isupper())


def _preamble_citations(data: dict[str, Any]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Each preambular paragraph's text with the GA resolutions it cites (those whose words the
    reading kept, to find them in the text)."""
    refs = [r for r in data.get("references", []) if r.get("type") == "ga_resolution"]
    for res in data.get("resolutions", []):
        for para in res.get("preamble", []):
            mine = [r for r in refs if r.get("paragraph") == para.get("id") and r.get("text")]
            yield para.get("text", ""), mine


# a footnote number glued to one of the last two words before a title ("3on the")
_GLUED_NOTE = re.compile(r"(?<=\s)\d{1,3}(?=[^\W\d_]+(?:\W+[^\W\d_]+)?\W*$)")


def unglue(window: str) -> str:
    """The words before a title with a footnote mark glued to one of the last two taken out
    ("all previous resolutions 3on the follow-up", a PDF's superscript read into the line),
    blanked rather than cut so that positions in the window stay those of the text."""
    return _GLUED_NOTE.sub(lambda m: " " * len(m[0]), window)


@cache
def _bounds(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What stands just before and just after a title recalled as a subject ("on <title>,"),
    and what names a predecessor after it (", including its resolution")."""
    table = lang.get(code).analysis
    flags = re.IGNORECASE
    return (
        re.compile(table["series_title_before"], flags),
        re.compile(table["series_title_after"], flags),
        re.compile(table["series_title_then"], flags),
    )


def _before_title(window: str, code: str) -> re.Match[str] | None:
    """The words that lead to a title at the end of ``window`` (the language's
    ``series_title_before``: "on the"), or before the words that name the periodic review of its
    subject (``series_review``: "75/233 of 21 December 2020 on the quadrennial comprehensive
    policy review of <title>"): the review is the series' text of its session, which the
    annual texts skip (73/248, 74/238, 76/220 and 77/184 "on <title>", 75/233 the review)."""
    before = _bounds(code)[0]
    found = before.search(window)
    if found is None and (review := _review(code).search(window)):
        found = before.search(window[: review.start()])
    return found


@cache
def _review(code: str) -> re.Pattern[str]:
    return re.compile(lang.get(code).analysis["series_review"], re.IGNORECASE)


@cache
def _dates(code: str) -> re.Pattern[str]:
    return re.compile(lang.get(code).date, re.IGNORECASE)


def _glue(gap: str, code: str) -> bool:
    """Whether the text between two citations (or the last one and the title) only joins
    them: a date, "of", "and", "resolution", not a subject of its own ("on regional
    disarmament, and")."""
    return _words(gap, code) <= _GLUE_WORDS


def _run_glue(gap: str, code: str) -> bool:
    """Whether the text between two citations of a run only joins them (:func:`_glue`), Chinese
    counted by its characters besides the words around each number ("号、2013年12月16日第",
    not "号决议、附件载有…案文的2007年12月6日第": a clause, which Chinese writes as one word), and
    naming no section of the resolution before it (the language's ``series_section``: "号决议第二节、
    第": a list of sections of texts, as "section II of its resolution" is in English)."""
    return (
        _glue(gap, code)
        and _lead_words(gap, code, characters=True) <= _GLUE_WORDS
        and not _section(code).search(gap)
    )


@cache
def _section(code: str) -> re.Pattern[str]:
    return re.compile(lang.get(code).analysis["series_section"])


def _run_before(
    text: str, end: int, refs: list[dict[str, Any]], code: str
) -> list[tuple[str, str | None]]:
    """The citations that end just before ``end``, each within a short gap of the next."""
    found = []
    for r in refs:
        at = text.rfind(r["text"], 0, end)
        if at >= 0:
            found.append((at, at + len(r["text"]), r))
    found.sort(key=lambda f: -f[0])
    out, limit = [], end
    closed = _closed(code)
    for start, stop, r in found:
        if limit - stop > _RUN_GAP or not _glue(text[stop:limit], code):
            break
        if closed.search(text[stop:limit]):  # "第64/256号决议和关于<title>的": another run's
            break
        out.append((r["target"], r.get("date")))
        limit = start
    return out


@cache
def _closed(code: str) -> re.Pattern[str]:
    """The language's ``series_run_closed``: the word that closes a list of citations where the
    run comes after the title (Chinese "…第75/276号决议"): a citation before it and the title
    is no part of the title's run."""
    return re.compile(lang.get(code).analysis["series_run_closed"])


_LIST_GLUE = 2  # "of" and "and": the words between two citations of one list


def _run_after(
    text: str, start: int, refs: list[dict[str, Any]], code: str, glue: int = _GLUE_WORDS
) -> list[tuple[str, str | None]]:
    """The citations that begin just after ``start``, each within a short gap of the last."""
    found = []
    for r in refs:
        at = text.find(r["text"], start)
        if at >= 0:
            found.append((at, at + len(r["text"]), r))
    found.sort(key=lambda f: f[0])
    out, limit = [], start
    for begin, stop, r in found:
        if begin - limit > _RUN_GAP or _words(text[limit:begin], code) > glue:
            break
        out.append((r["target"], r.get("date")))
        limit = stop
    return out


@cache
def _latest_bounds(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = lang.get(code).analysis
    return (
        re.compile(table["series_latest"], re.IGNORECASE),
        re.compile(table["series_and_previous"], re.IGNORECASE),
    )


@cache
def _latest_among(code: str) -> re.Pattern[str]:
    """The language's ``series_latest_among``: the words before a citation that name it the
    latest of the Assembly's own resolutions on the subject and another organ's ("all its
    relevant resolutions, as well as those of the Human Rights Council ..., including most
    recently Council resolution 51/31 of 7 October 2022 and General Assembly resolution")."""
    return re.compile(lang.get(code).analysis["series_latest_among"], re.IGNORECASE)


def named_latest(data: dict[str, Any], title: str | None = None) -> list[tuple[str, str | None]]:
    """The GA resolutions (symbol, date) a preamble names as the latest of its own previous
    ones without their title: "its previous resolutions on the subject, the most recent of
    which was resolution 76/163 of 16 December 2021" (or "..., including most recently Council
    resolution 51/31 ... and General Assembly resolution 76/170", the latest of its own and
    another organ's; or "..., in particular resolutions 71/59
    of 5 December 2016, 73/43 of 5 December 2018 and 75/46 of 7 December 2020": the run that
    follows), or a paragraph that recalls one resolution followed by nothing but "and all its
    previous relevant resolutions" ("Recalling its resolution 79/6 of 29 October 2024 and all
    its previous relevant resolutions,", ", as well as its previous resolutions on the
    question,"). Where the words name a subject ("... on the subject of chemical weapons,
    in particular resolution 76/29"; "79/5 ... on science, technology and innovation for
    development and its previous resolutions on the issue"; "... and all relevant resolutions
    on the girl child"), it must be the resolution's ``title`` or nearly (:func:`_alike`):
    another subject's resolution is no predecessor."""
    code = data.get("language") or "en"
    latest, previous = _latest_bounds(code)
    out: list[tuple[str, str | None]] = []
    for text, mine in _preamble_citations(data):
        for r in mine:
            at = text.find(r["text"])
            if at < 0:
                continue
            end = at + len(r["text"])
            after = _dates(code).sub(" ", text[end:])
            window = text[max(0, at - 300) : at]
            named = latest.search(window) or _latest_among(code).search(window)
            if named and _fits(named, title):
                # "resolutions 71/59 of ..., 73/43 of ... and 75/46 of ...": the list, each
                # joined to the next by "of" and "and" alone
                # naming two of one session ("76/180 ..., 75/287 ..., 75/238 ...": the
                # situation in Myanmar besides the Rohingya's) the list holds other subjects:
                # the first named alone is the latest
                many = named.groupdict().get("many")
                run = _run_after(text, at, mine, code, _LIST_GLUE) if many else []
                out.extend(
                    run if run and _one_a_session(run) else [(str(r["target"]), r.get("date"))]
                )
                continue
            rest = previous.match(after)
            if not rest or not _fits(rest, title):
                continue
            # "..., entitled “<another title>”, as well as its resolution 79/196 of ... and its
            # previous resolutions,": a clause of its own, the citations before it no part of it
            lead = _clause_lead(code).search(text[:at])
            if (
                _words(text[:at], code) <= _LEAD_WORDS
                and _alone_in_clause(text, at, end, rest, mine)
            ) or (lead is not None and _alone_in_clause(text, at, end, rest, mine, lead.start())):
                out.append((str(r["target"]), r.get("date")))
    return list(dict.fromkeys(out))


@cache
def _clause_lead(code: str) -> re.Pattern[str]:
    """The language's ``series_clause_lead``: the lead of a clause of its own within a
    paragraph (", as well as its resolution"), at the end of the text before a citation."""
    return re.compile(lang.get(code).analysis["series_clause_lead"], re.IGNORECASE)


def _alone_in_clause(
    text: str,
    at: int,
    end: int,
    rest: re.Match[str],
    mine: list[dict[str, Any]],
    since: int = 0,
) -> bool:
    """Whether the citation at ``at`` is the only one of its clause, the words ``rest`` read
    after it ("and all relevant resolutions on the girl child,"): another may follow in a
    clause of its own (", and recalling its resolution 66/170 ..."), not stand before it;
    those of the paragraph's footnote, not in its text, do not count; nor do those before
    ``since``, where the citation's clause begins (", as well as its resolution ...")."""
    marks = len(re.findall(r"[,;.:]", rest[0]))  # dates hold none of these
    stops = [m.end() for m in re.finditer(r"[,;.:]", text[end:])]
    close = end + (stops[marks - 1] if marks and len(stops) >= marks else len(text) - end)
    places = [p for o in mine if (p := text.find(o["text"])) >= 0 and p != at]
    return all(p >= close or p < since for p in places)


def _fits(found: re.Match[str], title: str | None) -> bool:
    """Whether the subjects a reading names (its groups ``subject`` and ``topic``, where it has
    them) are the resolution's title, or nearly: all but a tenth of the shorter one's words."""
    named = [v for k, v in found.groupdict().items() if k.startswith(("subject", "topic")) and v]
    if not named:
        return True
    return title is not None and all(
        _alike(_title_words(title), _title_words(subject)) for subject in named
    )


_LEAD_WORDS = 4  # "Recalling also its resolution(s)": the words before a citation recalled alone
_CLAUSE_END = re.compile(r"[,;.:،؛，；。]")


def preamble_citations(data: dict[str, Any], title: str | None = None) -> list[Cited]:
    """The GA resolutions that a document's paragraphs cite, each marked bare or alone
    (:class:`Cited`; an operative paragraph's never alone): what names a predecessor without
    its title (#19). Given the resolution's ``title``, one resolution recalled with a clause
    that names the item it ordered under that title is alone too (:func:`_described`)."""
    code = data.get("language") or "en"
    refs = [r for r in data.get("references", []) if r.get("text") and r.get("target")]
    out = []
    for res in data.get("resolutions", []):
        for kind, para in [("preamble", p) for p in res.get("preamble", [])] + [
            ("operative", p) for p in res.get("operative", [])
        ]:
            text = _with_subparagraphs(para)
            mine = [r for r in refs if r.get("paragraph") == para.get("id")]
            ga = [r for r in mine if r.get("type") == "ga_resolution"]
            where = _places(text, ga)
            for r in ga:
                at = where[id(r)]
                if at < 0:
                    continue
                end = at + len(r["text"])
                clause = text[end:]
                clause = clause[: m.start()] if (m := _CLAUSE_END.search(clause)) else clause
                # "76/235 A of 24 December 2021 and 76/235 B of ...": the next part of the same
                # resolution ends the clause of the first
                base = _PART.sub(r"\g<base>", str(r["target"]))
                parts = [
                    p
                    for o in ga
                    if o is not r
                    and _PART.sub(r"\g<base>", str(o["target"])) == base
                    and (p := where[id(o)]) >= end
                ]
                clause = clause[: min(parts) - end] if parts else clause
                bare = _words(clause, code) <= (2 if parts else 1)  # "of" and "and"
                alone = bare and kind == "preamble" and _alone(text, at, end, mine, code)
                if not alone and kind == "preamble" and title and len(mine) == 1:
                    alone = _described(text, at, end, title, code)
                paired = _paired(text, r, mine, code) if kind == "preamble" else None
                out.append(
                    Cited(str(r["target"]), r.get("date"), bare, alone, kind == "operative", paired)
                )
    return out


def _paired(text: str, r: dict[str, Any], mine: list[dict[str, Any]], code: str) -> str | None:
    """The earlier of two resolutions of two sessions that a paragraph recalls and nothing else
    (its lead, each citation's "of" and date, "and" between), when ``r`` is the later:
    "Recalling its resolutions 72/7 of 17 November 2017 and 75/272 of 16 April 2021,"."""
    if len(mine) != 2 or not all(o.get("date") for o in mine):
        return None
    sessions = [_session(str(o.get("target"))) for o in mine]
    if None in sessions or sessions[0] == sessions[1]:
        return None
    if _session(str(r.get("target"))) != max(s for s in sessions if s is not None):
        return None
    rest = text
    for o in mine:
        rest = rest.replace(o["text"], " ", 1)
    if _lead_words(rest, code) > _LEAD_WORDS + 3:  # "of" each, "and" between
        return None
    return next(str(o.get("target")) for o in mine if o is not r)


def _places(text: str, refs: list[dict[str, Any]]) -> dict[int, int]:
    """Where each citation stands in the paragraph (-1: not found); citations read with the same
    words ("76/235" for "76/235 A" and "76/235 B") take their occurrences in turn."""
    out, seen = {}, Counter[str]()
    for r in refs:
        at = -1
        for _ in range(seen[r["text"]] + 1):
            at = text.find(r["text"], at + 1)
            if at < 0:
                break
        seen[r["text"]] += 1
        out[id(r)] = at
    return out


def _alone(text: str, at: int, end: int, mine: list[dict[str, Any]], code: str) -> bool:
    """Whether a paragraph recalls one resolution and nothing else: one citation with its lead
    and its date ("Recalling its resolution 79/77 of 2 December 2024,"), or the parts of one
    resolution, each with its date, joined by "and" ("Recalling also its resolutions 76/235 A
    of 24 December 2021 and 76/235 B of 29 June 2022,")."""
    if len(mine) == 1:
        return _lead_words(text[:at], code) <= _LEAD_WORDS and _words(text[end:], code) <= 1
    if len({_PART.sub(r"\g<base>", str(r.get("target"))) for r in mine}) != 1:
        return False
    rest = text
    for r in mine:
        rest = rest.replace(r["text"], " ", 1)
    return _words(rest, code) <= _LEAD_WORDS + 2 * len(mine) - 1  # "of" each, "and" between


_QUOTED = re.compile(r"[“\"«]\s*([^”\"»]{3,300}?)\s*[”\"»]")


def _described(text: str, at: int, end: int, title: str, code: str) -> bool:
    """Whether a paragraph recalls one resolution and, in a clause of the language's
    ``series_which``, the item it ordered under the title of the resolution recalling it: its
    lead, the citation and its date, then "in which it decided to include in the provisional
    agenda of its seventy-eighth session the sub-item entitled “<title>”" (76/13 in 78/10).
    A clause that only shares the title's words says what another resolution did ("in which it
    proclaimed 2022 the International Year of Sustainable Mountain Development": 76/129 is no
    predecessor of "Sustainable mountain development"). A clause that says what a series says
    each time ("in which it encouraged Member States to promote the rehabilitation and
    reintegration of offenders and requested ... on reducing reoffending", not one of the
    language's ``series_once``: proclaimed, designated, endorsed, convened, established ...) and
    holds the title's words (:func:`_holds_title`) names the predecessor too."""
    which = re.compile(lang.get(code).analysis["series_which"], re.IGNORECASE)
    rest = _dates(code).sub(" ", text[end:])
    lead = which.match(rest)
    if _lead_words(text[:at], code) > _LEAD_WORDS or not lead:
        return False
    own = title_key(title)
    if any(title_key(q[1]) == own for q in _QUOTED.finditer(rest)):
        return True
    once = re.compile(lang.get(code).analysis["series_once"], re.IGNORECASE)
    return not once.match(rest[lead.end() :]) and _holds_title(rest, title, code)


_WHICH_SHARE = 0.75  # of the title's words (four letters or more) a clause holds at least


def _holds_title(clause: str, title: str, code: str) -> bool:
    """Whether ``clause`` holds :data:`_NEAR_WORDS` of the title's words of four letters or more
    and :data:`_WHICH_SHARE` of them, in any order and form (:func:`_variant`)."""
    own = {w for w in title_key(title).split() if len(w) > 3}
    words = title_key(clause).split()
    held = [w for w in own if w in words or any(_variant(x, [w], code) for x in words)]
    return len(held) >= _NEAR_WORDS and len(held) >= _WHICH_SHARE * len(own)


def _lead_words(lead: str, code: str, characters: bool = False) -> int:
    """The words of the lead before a citation, those it may hold besides its verb, "also" and
    "its resolution" aside ("Recalling in particular its resolution": the language's
    ``series_lead_aside``)."""
    aside = re.compile(lang.get(code).analysis["series_lead_aside"], re.IGNORECASE)
    return _words(aside.sub(" ", lead), code, characters)


def _with_subparagraphs(para: dict[str, Any]) -> str:
    """A paragraph's text with its subparagraphs' ("(b) Cash advances ... in accordance with
    resolution 79/261 of 24 December 2024;"), whose citations are the paragraph's."""
    parts = [para.get("text", "")]
    for sub in para.get("subparagraphs") or []:
        parts.append(_with_subparagraphs(sub))
    return " ".join(p for p in parts if p)


def citation_runs(data: dict[str, Any]) -> list[list[tuple[str, str | None]]]:
    """The runs of GA resolutions (symbol, date) that the preambular paragraphs cite one after
    the other, nothing but dates and joining words between two ("its resolutions 75/34 of 7
    December 2020, 76/21 of 6 December 2021 and 77/39 of 7 December 2022")."""
    code = data.get("language") or "en"
    refs = [r for r in data.get("references", []) if r.get("type") == "ga_resolution"]
    out = []
    for res in data.get("resolutions", []):
        for para in res.get("preamble", []):
            text = para.get("text", "")
            found = []
            for r in refs:
                at = (
                    text.find(r["text"])
                    if r.get("paragraph") == para.get("id") and r.get("text")
                    else -1
                )
                if at >= 0 and r.get("target"):
                    found.append((at, at + len(r["text"]), r))
            # several citations read at one place (a range "47/54 A to G", or parts read from
            # one number) say nothing of which the run names
            starts = Counter(f[0] for f in found)
            found = [f for f in found if starts[f[0]] == 1]
            run: list[tuple[str, str | None]] = []
            last, described = None, False
            for start, stop, r in sorted(found, key=lambda f: f[0]):
                gap = text[last:start] if last is not None else ""
                # a citation the words before it describe, its list closed after it
                # ("附件载有…案文的…第62/68号决议，以及…"), stands alone
                if last is not None and (
                    start - last > _RUN_GAP
                    or not _run_glue(gap, code)
                    or (described and _closed(code).search(gap))
                ):
                    out.append(run)
                    run = []
                run.append((str(r["target"]), r.get("date")))
                last, described = stop, bool(_described_before(code).search(text[:start]))
            if run:
                out.append(run)
    return [run for run in out if len(run) > 1]


def bare_runs(data: dict[str, Any]) -> list[list[tuple[str, str | None]]]:
    """The runs of citations that are all a preambular paragraph says ("Recalling its
    resolutions 67/202 of 21 December 2012, 69/210 of 19 December 2014 and 71/221 of 21
    December 2016,"): besides the citations and their dates, the few words that lead the
    paragraph, one joining word a citation ("of") and one more ("and"); a subject named in
    the list ("... and 76/169 on the protection of human rights while countering terrorism")
    makes it another list; a decision after it (:func:`_decision_after`) does not, nor the words
    the language's leads hold besides the English one's (:func:`_lead_words`: "وإذ تشير إلى
    قراراتها", and the "و" before each citation of an Arabic list)."""
    code = data.get("language") or "en"
    out = []
    for text, mine, runs in _preamble_runs(data):
        if len(runs) != 1 or len(runs[0]) < 3 or len(runs[0]) != len(mine):
            continue
        rest = text
        for r in mine:
            rest = rest.replace(r["text"], " ", 1)
        rest = _decision_after(code).sub(" ", rest)
        if _lead_words(rest, code, characters=True) <= _LEAD_WORDS + len(mine) + 1:
            out.append(runs[0])
    return out


def _preamble_runs(
    data: dict[str, Any],
) -> Iterator[tuple[str, list[dict[str, Any]], list[list[tuple[str, str | None]]]]]:
    """Each preambular paragraph of a stored document: its text, the General Assembly
    resolutions it cites (with their printed text), and the runs of citations they make."""
    code = data.get("language") or "en"
    refs = [r for r in data.get("references", []) if r.get("type") == "ga_resolution"]
    for res in data.get("resolutions", []):
        for para in res.get("preamble", []):
            mine = [r for r in refs if r.get("paragraph") == para.get("id") and r.get("text")]
            one = {"language": code, "references": mine, "resolutions": [{"preamble": [para]}]}
            yield para.get("text", ""), mine, citation_runs(one)


_CLAUSE_MARK = re.compile(r"[,;:،؛，；：、]")


def clause_runs(data: dict[str, Any]) -> list[list[tuple[str, str | None]]]:
    """The runs of three citations or more that end a preambular paragraph which says more
    than them, where neither the words after the run nor those that lead to it (from the last
    mark of a clause before it) name a subject: "..., the annex to which contains the text of
    the articles on ..., as well as 65/28 of 6 December 2010, 68/114 of 16 December 2013,
    71/143 of 13 December 2016 and 74/189 of 18 December 2019,", "its resolutions 69/126 ...,
    72/122 ... and 75/143 ... commending the articles to the attention of Governments", "its
    resolutions 67/7 ..., 69/8 ... and 75/7 ..., in which it invited the specialized agencies
    ... to cooperate with ...". What a run names that way is the series' history only at one
    rhythm with the resolution and in step of dates (:func:`history`); a run followed by "on
    <subject>" or "entitled ..." (or, in Chinese, led to by "关于<subject>的", between two of its
    citations or before them) is another list.
    The paragraphs :func:`bare_runs` reads are left to it."""
    code = data.get("language") or "en"
    before = _bounds(code)[0]
    bare = {tuple(run) for run in bare_runs(data)}
    out = []
    for text, mine, runs in _preamble_runs(data):
        if not runs or tuple(runs[-1]) in bare:
            continue
        places = {str(r["target"]): text.find(r["text"]) for r in mine}
        ends = {str(r["target"]): places[str(r["target"])] + len(r["text"]) for r in mine}
        run = _glued_tail(runs[-1], text, places, ends, code)
        if len(run) < _STEPS:
            continue
        first, last = run[0][0], run[-1][0]
        if places.get(first, -1) < 0 or any(p > places[last] for p in places.values()):
            continue  # the run's end is not the paragraph's last citation
        after = _dates(code).sub(" ", text[ends[last] :])
        lead = text[: places[first]]
        marks = list(_CLAUSE_MARK.finditer(lead))
        lead = lead[marks[-1].end() :] if marks else lead
        gaps = [text[ends[a] : places[b]] for (a, _), (b, _) in pairwise(run)]
        if _names_subject(after[:_BEFORE], before) or any(
            _names_subject(gap, before, True) for gap in [lead, *gaps]
        ):
            continue
        out.append(run)
    return out


def _glued_tail(
    run: list[tuple[str, str | None]],
    text: str,
    places: dict[str, int],
    ends: dict[str, int],
    code: str,
) -> list[tuple[str, str | None]]:
    """The end of a run from where each citation is joined to the next by its date and joining
    words alone, Chinese counted by its characters ("第61/36号决议、附件载有…的2007年12月6日第
    62/68号决议": a clause of many characters, which Chinese writes as one "word"), and not
    described by the words before it (the language's ``series_described_before``)."""
    out = run[-1:]
    for (a, date), (b, _) in reversed(list(pairwise(run))):
        if a not in ends or b not in places or places[b] < ends[a]:
            break
        if _lead_words(text[ends[a] : places[b]], code, characters=True) > _GLUE_WORDS:
            break
        out.insert(0, (a, date))
    described = _described_before(code)
    while out and described.search(text[: places.get(out[0][0], 0)]):
        # "附件载有…案文的2007年12月6日第62/68号决议，以及…": the resolution is described, alone
        # in a list that "决议" closes; "关于<subject>的…第65/28号、…": the words describe the run
        if len(out) < 2 or not _closed(code).search(text[ends[out[0][0]] : places[out[1][0]]]):
            return []
        out = out[1:]
    return out


@cache
def _described_before(code: str) -> re.Pattern[str]:
    """The language's ``series_described_before``: the end of the text before a citation that
    the words before it describe (Chinese "…的2007年12月6日第")."""
    return re.compile(lang.get(code).analysis["series_described_before"])


def _names_subject(text: str, before: re.Pattern[str], anywhere: bool = False) -> bool:
    """Whether the words that lead to a title (the language's ``series_title_before``: "on",
    "entitled", "关于") stand among the first few of ``text`` (or ``anywhere`` in it)."""
    ends = [m.end() for m in re.finditer(r"\w+", text)]
    if anywhere:  # and after each Chinese character: Chinese runs its words together
        ends += [k + 1 for k, c in enumerate(text) if _HAN.match(c)]
    return any(before.search(text[:end] + " ") for end in (ends if anywhere else ends[:3]))


@cache
def _decision_after(code: str) -> re.Pattern[str]:
    """The language's ``series_decision_after``: a decision the list of resolutions ends with
    ("..., 73/14 of 26 November 2018 and 75/8 of 23 November 2020 and its decision 71/556 of 8
    September 2017,"), its date left to :func:`_words`: it names no resolution of another
    subject, and the list stays bare."""
    return re.compile(lang.get(code).analysis["series_decision_after"], re.IGNORECASE)


_STEPS = 3  # the steps of a bare run, to the resolution that recalls it, that show its rhythm


def history(
    res: _Resolution,
    stored: dict[str, _Resolution],
    mates: list[Member],
    runs: list[list[tuple[str, str | None]]] | None = None,
) -> list[tuple[str, str | None]]:
    """The series' history that a paragraph recalling nothing but a run of citations gives
    (:func:`bare_runs`): when its last resolutions and the one recalling them come at one
    rhythm (its last :data:`_STEPS` steps alike: "... 69/235, 71/242, 73/247 and 75/231" in
    77/180; or the run's alike and the resolution later: :func:`_step`), the run is its
    predecessors (from where it names one resolution a session: :func:`_tail`). Not when a resolution of the run the registry holds
    has another subject (a list of the texts on a subject's framework: "..., 71/263 and
    77/278" on the Ethics Office, 77/278 on human resources management), nor when the
    resolution is in a series of another rhythm already (``mates``, the stored resolutions of
    its title: an annual series recalling a biennial subject's list). Given ``runs`` (those
    that end a paragraph which says more, :func:`clause_runs`, read for a resolution that
    nothing else gives a predecessor or a mate), the same of them."""
    rhythm = periodicity(mates) if len(mates) > 1 else None
    out: list[tuple[str, str | None]] = []
    for whole in res.bare_runs if runs is None else runs:
        run = _tail(whole, rhythm)
        found = [_session(s) for s, _ in run] + [res.session]
        sessions = [x for x in found if x is not None]
        if len(sessions) < len(found) or len(run) < _STEPS:
            continue
        step = _step(sessions)
        if step is None or (rhythm is not None and PERIODS[step] != rhythm):
            continue
        if not _dated_in_step(res, run[-1:] if _late(sessions) else run[-_STEPS:]):
            continue
        if all(_same_subject(res, stored.get(s)) for s, _ in whole):
            out.extend(run)
    return out


_UNEVEN = 4  # the citations of a bare list of an uneven rhythm, at least


def uneven_history(
    res: _Resolution, stored: dict[str, _Resolution]
) -> list[tuple[str, str | None]]:
    """The history that a bare list of an uneven rhythm gives a resolution that nothing else
    gives a predecessor or a mate (:func:`history` reads the lists of one rhythm): a list of
    :data:`_UNEVEN` citations or more, one a session, where the subject came back every one to
    three sessions (:data:`PERIODS`) to the resolution, after a founding text that may be older
    (its first citation: "1759 (XVII) of 26 October 1962, 69/246 ..., 70/11 ..., 71/260 ...,
    72/252 ... and 74/248 ..." in 77/252, renewed at 77; "68/215, 69/223, 71/231, 73/260, 74/222
    and 76/208" in 77/168), each dated citation in step of dates with the resolution (as many
    years before as sessions, give or take :data:`_STEP_DAYS`) and none that the registry holds
    of another subject. A list with a longer pause ("51/122, 54/68, 59/2, 66/71, ..." on outer
    space in 77/120, on space and global health; "62/217, 68/50, 74/82 and 76/22" in 77/41) is
    the texts a new subject builds on, no series; nor is a list whose rhythm quickened after
    three steps of one (:func:`_quickened`)."""
    out: list[tuple[str, str | None]] = []
    for run in res.bare_runs:
        if len(run) < _UNEVEN or not _one_a_session(run):
            continue
        found = [_session(s) for s, _ in run[1:]] + [res.session]
        sessions = [x for x in found if x is not None]
        if len(sessions) < len(found):
            continue
        first = _session(run[0][0])
        if first is not None and first >= sessions[0]:
            continue
        if first is not None and sessions[0] - first <= max(PERIODS):
            sessions.insert(0, first)  # no founding text: the first step is one of the rhythm's
        steps = [b - a for a, b in pairwise(sessions)]
        if not all(0 < step <= max(PERIODS) for step in steps) or _quickened(steps):
            continue
        if not _dated_in_step(res, run):
            continue
        if all(_same_subject(res, stored.get(s)) for s, _ in run):
            out.extend(run)
    return out


def _quickened(steps: list[int]) -> bool:
    """Whether a list's steps held one rhythm for :data:`_STEPS` steps and then came back sooner
    ("67, 69, 71, 73, 74, 75": biennial, then annual): a series of one rhythm and texts of
    another subject between, not one subject's uneven rhythm."""
    return any(
        len(set(steps[k - _STEPS : k])) == 1 and steps[k] < steps[k - 1]
        for k in range(_STEPS, len(steps))
    )


def mixed_members(stored: dict[str, _Resolution]) -> None:
    """The resolutions of a mixed list that the registry's other texts recall under the
    resolution's title: a title of one word recalls the run before it ("2 (I) ..., 50/11 ...
    and other subsequent resolutions relating to multilingualism"), not the texts "including"
    after it, which touch the subject in many ("..., including resolutions 56/262 ..., 72/90 A
    and B ..., 76/268 of 10 June 2022, 77/128 A and B ..., 77/335 ..."); of those, one that
    another stored text recalls under the same title ("Reaffirming also its resolution 76/268
    of 10 June 2022 on multilingualism, ...") is of the series' subject, and the resolution
    recalls it as one of its own (added to its ``recalled``)."""
    wanted: dict[str, list[_Resolution]] = {}
    for res in stored.values():
        if res.including:
            wanted.setdefault(res.title, []).append(res)
    # for each title, the texts that recall each resolution under it: a preamble decoded once
    # for all the titles
    named_by: dict[str, dict[str, set[str]]] = {title: {} for title in wanted}
    for other in stored.values():
        if not other.packed:
            continue
        preamble = other.preamble
        for title, named in named_by.items():
            for symbol, _ in recalled(preamble, title):
                named.setdefault(symbol, set()).add(other.symbol)
    for title, mine in wanted.items():
        named = named_by[title]
        for res in mine:
            res.recalled += [
                c
                for c in res.including
                if named.get(c[0], set()) - {res.symbol}
                and c not in res.recalled
                and _same_subject(res, stored.get(c[0]))
            ]


def _tail(
    run: list[tuple[str, str | None]], rhythm: str | None = None
) -> list[tuple[str, str | None]]:
    """The end of a run after the last session it names several resolutions of (the parts of
    one count as it): after "..., 69/193 and 69/196 of 18 December 2014, 70/178 and 70/182 of
    17 December 2015" (several subjects, and which is the series' unknown) comes "71/209 ...,
    72/196 ..., ... and 76/187", one a session. A run that names several of a session has
    mixed subjects, so its end is the history only when it is longer than a clean run need be
    (:data:`_STEPS` and one more), or as long as a clean run when the resolution's own title
    makes a series of that end's ``rhythm`` already ("..., 72/77 and 72/78 of 7 December 2017,
    73/6 of ... and 73/91 of ..., 74/82 ..., 75/92 ... and 76/76 ..." renewed by an annual
    series at 77): empty otherwise."""
    bases: dict[int | None, set[str]] = {}
    for symbol, _ in run:
        bases.setdefault(_session(symbol), set()).add(_PART.sub(r"\g<base>", symbol))
    doubled = [x for x, found in bases.items() if x is not None and len(found) > 1]
    if not doubled:
        return run
    last = max(doubled)
    out = [(s, d) for s, d in run if (x := _session(s)) is not None and x > last]
    if len(out) == _STEPS and rhythm is not None:
        sessions = [x for s, _ in out if (x := _session(s)) is not None]
        steps = {b - a for a, b in pairwise(sessions)}
        return out if len(steps) == 1 and PERIODS.get(steps.pop()) == rhythm else []
    return out if len(out) > _STEPS else []


def _step(sessions: list[int]) -> int | None:
    """The rhythm of a run's sessions and the resolution's that ends them: its last
    :data:`_STEPS` steps alike ("69, 71, 73, 75" and 77: 2); or the run's own last steps alike
    and the resolution later than the rhythm, within :data:`PERIODS` ("68, 70, 72, 74" and 77:
    the biennial series renewed three years on)."""
    steps = [b - a for a, b in pairwise(sessions)]
    if len(set(steps[-_STEPS:])) == 1 and steps[-1] in PERIODS:
        return steps[-1]
    own = steps[-_STEPS - 1 : -1]
    if len(own) == _STEPS and len(set(own)) == 1 and own[0] < steps[-1] <= max(PERIODS):
        return own[0]
    # a rhythm that changed: a long run whose last two steps, to the resolution, are alike and
    # longer than the one before ("70, 71, 72, 73, 75" and 77: annual, then biennial)
    if len(steps) > _STEPS and steps[-1] == steps[-2] in PERIODS and steps[-3] < steps[-1]:
        return steps[-1]
    return None


def _late(sessions: list[int]) -> bool:
    """Whether the resolution ending ``sessions`` came later than the run's rhythm (the run
    "73, 74, 75, 76" and the resolution 78): the one before it (76/257 of March 2022, late
    itself) is the one its date is in step with, not the earlier ones of the rhythm."""
    steps = [b - a for a, b in pairwise(sessions)]
    return len(set(steps[-_STEPS:])) > 1


def _dated_in_step(res: _Resolution, run: list[tuple[str, str | None]]) -> bool:
    """Whether the resolution comes as many years (give or take :data:`_STEP_DAYS`) after
    each dated resolution of ``run`` as sessions: a list of Decembers (global health, "...,
    75/130 of 14 December 2020 and 76/257 of 29 March 2022") is not the history of a text of
    May 2023. A date the list gives to resolutions of two sessions ("71/66 of 5 December 2016
    73/66 of ...", a comma missing: the reading gave 73/66 the date before) is no one's."""
    when = _day(res.date)
    shared = Counter(d for _, d in run if d)
    for symbol, date in run:
        if date and shared[date] > 1 and len({_session(s) for s, d in run if d == date}) > 1:
            continue
        then, session = _day(date), _session(symbol)
        if when is None or then is None or session is None or res.session is None:
            continue
        if abs((when - then).days - 365.25 * (res.session - session)) > _STEP_DAYS:
            return False
    return True


_PART_LETTER = re.compile(r"[A-Z]")


def _words(text: str, code: str, characters: bool = False) -> int:
    """The words of ``text`` once its dates are taken out; a capital letter alone is the part
    of a resolution a citation names ("75/245 B of 16 April 2021", "57/284 A and B"), no word.
    With ``characters``, Chinese (written without spaces) counts each of its characters: a
    title in quotes is as many words as it has characters, not one."""
    found = re.findall(r"[^\W\d_]+", _dates(code).sub(" ", text))
    return sum(
        (len(_HAN.findall(w)) if characters else 0) or 1
        for w in found
        if not _PART_LETTER.fullmatch(w)
    )


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def session_of(symbol: str) -> int | None:
    """The session of a GA resolution's symbol ("A/RES/79/10": 79), else None."""
    m = _GA_SYMBOL.match(symbol)
    return int(m["session"]) if m else None


_session = session_of


class Groups:
    """Union-find over string keys (symbols here, agenda item keys in procedure/agenda.py)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


@dataclass
class Series:
    """Resolutions that renew one another, oldest first."""

    key: str
    title: str
    members: list[Member]
    periodicity: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "periodicity": self.periodicity,
            "length": len(self.members),
            "members": [m.__dict__ for m in self.members],
        }


def find_series(registry: Registry) -> list[Series]:
    """Every series of two resolutions or more that the registry's resolutions make. Stored
    resolutions are grouped (same title, or one recalls the other); a predecessor known only
    from a citation then joins the series of each resolution that recalls it, without linking
    them (an omnibus text of the 1990s, "55/33", is the predecessor of several series)."""
    stored = _resolutions(registry)
    groups = Groups()
    by_title: dict[str, str] = {}
    for res in stored.values():
        groups.find(res.symbol)
        subject = _subject(res.title)
        if subject:
            groups.join(res.symbol, by_title.setdefault(subject, res.symbol))
    mates: dict[str, list[Member]] = {}
    for res in stored.values():
        mates.setdefault(groups.find(res.symbol), []).append(Member(res.symbol, res.session))
    mixed_members(stored)
    for res in stored.values():
        res.recalled += [c for c in res.latest if _same_subject(res, stored.get(c[0]))]
        mine = mates[groups.find(res.symbol)]
        res.recalled += [c for c in history(res, stored, mine) if c not in res.recalled]
        if not res.recalled and len(mine) == 1:  # nothing else: a run that ends a paragraph
            res.recalled += history(res, stored, mine, res.clause_runs)
        if not res.recalled and len(mine) == 1:  # nor that: a list of an uneven rhythm
            res.recalled += uneven_history(res, stored)
        for symbol, _ in res.recalled:
            if symbol in stored and symbol != res.symbol:
                groups.join(symbol, res.symbol)
    renamed(stored, groups)
    members: dict[str, dict[str, Member]] = {}
    for res in stored.values():
        group = members.setdefault(groups.find(res.symbol), {})
        group[res.symbol] = Member(res.symbol, res.session, res.date, res.title, True)
    for res in stored.values():
        group = members[groups.find(res.symbol)]
        for symbol, date in res.recalled:
            if symbol not in stored:
                held = group.setdefault(
                    symbol, Member(symbol, _session(symbol), date, basis="recalled")
                )
                held.date = held.date or date
    recalled_alone(stored, {s: members[groups.find(s)] for s in stored})
    for res in stored.values():
        runs_with_members(res, members[groups.find(res.symbol)], stored)
    returning = {res.symbol: res.returns for res in stored.values()}
    for group in members.values():
        merge_parts(group)
        fill_gaps(group, stored, returning)
        rhythm = _rhythm(sorted(group.values(), key=_when), returning)
        for symbol in [m.symbol for m in group.values() if m.stored]:
            runs_with_members(stored[symbol], group, stored, rhythm)  # with the gaps filled
        merge_parts(group)
    return _assemble([list(g.values()) for g in members.values()], returning)


_RENAMED_SHARE = 0.9  # of the shorter title's words that the other title holds


def renamed(stored: dict[str, _Resolution], groups: Groups) -> None:
    """A series whose title changed: a resolution whose preamble recalls a stored resolution
    under that one's own, older title, as the latest of its run and the session just before
    the resolutions it recalls under its own title begin ("its resolutions 71/205, ... and
    77/229 on the situation of human rights in the temporarily occupied Autonomous Republic of
    Crimea ..., as well as its resolutions 78/221 ... and 79/184 ... on <its own title>"),
    joins that resolution's series. The titles must share nearly all their words (the shorter
    one's, :data:`_RENAMED_SHARE`): two countries' situations ("... in the Syrian Arab
    Republic", "... in the Islamic Republic of Iran") are two series."""
    by_session: dict[int, dict[str, list[_Resolution]]] = {}  # session -> title -> its texts
    for old in stored.values():
        if old.session is not None:
            by_session.setdefault(old.session, {}).setdefault(old.title, []).append(old)
    others = _AlikeTitles(by_session)
    for res in stored.values():
        if not res.title or res.session is None:
            continue
        first = min([x for s, _ in res.recalled if (x := _session(s))] + [res.session])
        preamble: dict[str, Any] | None = None  # decoded once, where a title is alike
        for session in range(first - max(PERIODS), first):
            for title in others.of(res.title, session):
                preamble = res.preamble if preamble is None else preamble
                run = [s for s, _ in recalled(preamble, title)]
                latest = max((_session(s) or 0 for s in run), default=None)
                for old in by_session[session][title] if latest == session else ():
                    if old.symbol in run:
                        groups.join(old.symbol, res.symbol)


class _AlikeTitles:
    """The titles of a session's resolutions that are alike another title but not the same
    (:func:`_alike`, :func:`title_key`), worked out once a title and session: :func:`renamed`
    compared every resolution with every other, hours at 100,000 documents (#15)."""

    def __init__(self, by_session: dict[int, dict[str, list[_Resolution]]]) -> None:
        self.by_session = by_session
        self.known: dict[tuple[str, int], list[str]] = {}
        self.read: dict[str, tuple[str, frozenset[str]]] = {}

    def of(self, title: str, session: int) -> list[str]:
        found = self.known.get((title, session))
        if found is None:
            key, words = self._read(title)
            found = [
                other
                for other in self.by_session.get(session, {})
                if self._read(other)[0] != key and _alike(words, self._read(other)[1])
            ]
            self.known[(title, session)] = found
        return found

    def _read(self, title: str) -> tuple[str, frozenset[str]]:
        if title not in self.read:
            self.read[title] = (title_key(title), _title_words(title))
        return self.read[title]


def _same_subject(res: _Resolution, latest: _Resolution | None) -> bool:
    """Whether the resolution a text names as its latest predecessor without its title (a
    misprinted number names another subject's: "the most recent of which was resolution
    78/178" on the rights of the child, 78/178 on social integration) can be: one the registry
    does not hold, or one whose title is the same or nearly."""
    if latest is None:
        return True
    same = title_key(latest.title) == title_key(res.title)
    return same or _alike(_title_words(res.title), _title_words(latest.title))


def _title_words(title: str) -> frozenset[str]:
    return frozenset(w for w in title_key(title).split() if len(w) > 3)


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two titles share nearly all the words of the shorter (:data:`_RENAMED_SHARE`)."""
    short = min(len(a), len(b))
    return short >= 2 and len(a & b) >= _RENAMED_SHARE * short


def recalled_alone(stored: dict[str, _Resolution], groups: dict[str, dict[str, Member]]) -> None:
    """A recent resolution that a paragraph recalls and nothing else ("Recalling its
    resolution 79/77 of 2 December 2024,") joins the series of the resolution recalling it,
    as the predecessor it renews; when that resolution has a series already, only if it was
    adopted as many years before as sessions (give or take :data:`_STEP_DAYS`: "Recalling
    also its resolution 79/601 of 25 March 2025," in a series of Decembers is another
    subject), while a resolution alone may have come late (77/288 of May 2023 on Chernobyl,
    three years after 74/114 of December 2019). The same resolution recalled so by resolutions of two
    series (76/132 on rare diseases, by the next one on rare diseases and by the one that
    proclaims a Day for one of them) goes to those that are already a series, and to none
    when that does not decide."""
    citing: dict[str, list[tuple[str, Cited]]] = {}
    # the series a resolution known by citation is in already (recalled under a title)
    held = {m: id(g) for g in groups.values() for m in g if m not in stored}
    for res in stored.values():
        me = [Member(res.symbol, res.session, res.date, stored=True)]
        alone = _stored_in(groups[res.symbol]) == 1
        for c in res.cited:
            years = (res.session or 0) - (_session(c.symbol) or 0)
            if (c.alone or c.paired) and c.symbol not in stored and _recent(c.symbol, res.session):
                # the later of two recalled together: always in step, both dates known
                if c.paired and not c.alone:
                    if not (res.date and _in_step(c.date, me, years)):
                        continue
                    mine = id(groups[res.symbol])
                    if held.get(c.symbol, mine) != mine or (
                        c.paired in stored and id(groups[c.paired]) != mine
                    ):
                        continue  # another series' two (78/240 and 79/60 in 80/56)
                if not alone and not _in_step(c.date, me, years):
                    continue
                citing.setdefault(c.symbol, []).append((res.symbol, c))
    for symbol, found in citing.items():
        by_group = {id(groups[s]): (groups[s], c) for s, c in found}
        if len(by_group) > 1:
            by_group = {k: v for k, v in by_group.items() if _stored_in(v[0]) > 1}
        if len(by_group) == 1:
            ((group, c),) = by_group.values()
            group.setdefault(symbol, Member(symbol, _session(symbol), c.date, basis="recalled"))


def runs_with_members(
    res: _Resolution,
    group: dict[str, Member],
    stored: dict[str, _Resolution],
    rhythm: int | None = None,
) -> None:
    """A run of citations that names two members of the resolution's series or more ("...,
    77/39 of 7 December 2022, 78/18 of 4 December 2023 and 79/17 of 2 December 2024,") is the
    series' history, though no title ends it: the resolutions it names join the series; so
    does a run of three or more that names one member and steps by the series' ``rhythm``
    ("70/160, 72/183, 74/161, 76/158 and 78/207" in a biennial series). A run that names two
    resolutions of one session ("69/193 and 69/196 of 18 December 2014, 70/178
    and 70/182") recalls several subjects at once, and adds nothing."""
    for run in res.runs:
        known = [s for s, _ in run if s in group and s != res.symbol]
        if not _one_a_session(run) or not (len(known) >= 2 or (known and _in_rhythm(run, rhythm))):
            continue
        for symbol, date in run:
            if symbol not in stored and symbol != res.symbol:
                held = group.setdefault(
                    symbol, Member(symbol, _session(symbol), date, basis="recalled")
                )
                held.date = held.date or date


def _in_rhythm(run: list[tuple[str, str | None]], rhythm: int | None) -> bool:
    """Whether the run's sessions, three or more, step by ``rhythm`` one after the other."""
    sessions = sorted(x for s, _ in run if (x := _session(s)) is not None)
    steps = {b - a for a, b in pairwise(sessions)}
    return rhythm is not None and len(sessions) >= 3 and steps == {rhythm}


def _crowded(
    run: list[tuple[str, str | None]], session: int, members: list[Member], rhythm: int
) -> set[str]:
    """The resolutions of ``session`` in the series' step of dates that the run names when it
    names more than one (the parts of one count as it)."""
    mine = {s for s, d in run if _session(s) == session and _in_step(d, members, rhythm)}
    return mine if len({_PART.sub(r"\g<base>", s) for s in mine}) > 1 else set()


def _one_a_session(run: list[tuple[str, str | None]]) -> bool:
    """Whether the run names one resolution a session at most (the parts of one, "55/33 P",
    count as it)."""
    bases = {_PART.sub(r"\g<base>", s) for s, _ in run}
    sessions = [_session(s) for s in bases]
    return len(sessions) == len(set(sessions))


def _stored_in(group: dict[str, Member]) -> int:
    return sum(1 for m in group.values() if m.stored)


def _recent(symbol: str, session: int | None) -> bool:
    """Whether ``symbol`` is of one of the sessions a series' rhythm comes back from (one to
    three sessions before ``session``): an older resolution recalled alone is a founding
    text or another subject, not the one this renews."""
    cited = _session(symbol)
    return cited is not None and session is not None and 0 < session - cited <= max(PERIODS)


def fill_gaps(
    group: dict[str, Member],
    stored: dict[str, _Resolution],
    returning: dict[str, int | None],
) -> None:
    """The member the series' rhythm expects before a stored one and the registry does not
    hold: where a series of one rhythm (annual: 77, 78, 80) has no member at the session
    before one of its resolutions (79), the one resolution of that session that resolution's
    preamble cites by its date alone (80/70: "Recalling its resolution 79/77 of 2 December
    2024,"), adopted in the series' step of dates, is its predecessor. One cited with a
    subject of its own ("79/1 entitled ..."), out of step (79/323 of August 2025 in a series
    of Decembers) or in a list that names several of that session is none; two that are,
    and the gap stays."""
    members = sorted(group.values(), key=_when)
    rhythm = _rhythm(members, returning)
    if rhythm is None:
        return
    sessions = {m.session for m in members if m.session}
    for m in members:
        res = stored.get(m.symbol)
        gap = (m.session or 0) - rhythm
        if res is None or gap in sessions or not any(s < gap for s in sessions):
            continue
        if gap - max(s for s in sessions if s < gap) < rhythm:
            continue  # a member just before the gap (74, 77 in a biennial series): no gap
        # a list that names several resolutions of the gap's session ("79/245 A, 79/257 and
        # 79/258 A of 24 December 2024") does not say which is the predecessor
        mixed = {s for run in res.runs for s in _crowded(run, gap, members, rhythm)}
        there = {
            c.symbol: c
            for c in res.cited
            if _session(c.symbol) == gap
            and c.bare
            and not c.operative
            and c.symbol not in mixed
            and _in_step(c.date, members, rhythm)
        }
        if not there:
            there = _cited_in_operative(res, gap, members, rhythm)
        if not there:
            there = _same_place(res, gap, group, members, rhythm)
        if len(there) == 1:
            (c,) = there.values()
            if c.symbol not in stored:
                group[c.symbol] = Member(c.symbol, gap, c.date, basis="recalled")
                sessions.add(gap)


def _cited_in_operative(
    res: _Resolution, gap: int, members: list[Member], rhythm: int
) -> dict[str, Cited]:
    """The gap's predecessor where the preamble names none of the gap's session: the one
    resolution of that session the whole text cites, when an operative paragraph cites it bare
    and in the series' step ("consistent with the call contained in paragraphs 14 and 15 of
    General Assembly resolution 79/129 of 4 December 2024,"); none when the text cites two of
    that session or more, in any paragraph."""
    of_gap = {_PART.sub(r"\g<base>", c.symbol) for c in res.cited if _session(c.symbol) == gap}
    if len(of_gap) != 1:
        return {}
    return {
        c.symbol: c
        for c in res.cited
        if _session(c.symbol) == gap
        and c.operative
        and c.bare
        and _in_step(c.date, members, rhythm)
    }


def _same_place(
    res: _Resolution, gap: int, group: dict[str, Member], members: list[Member], rhythm: int
) -> dict[str, Cited]:
    """The gap's predecessor in a crowded run that names each session's resolutions together,
    under one date: where the run names as many together of another session as of the gap's
    and one of those is the series' member, the gap's resolution at the same place ("77/120
    and 77/121 of 12 December 2022 and 79/86 and 79/87 of 4 December 2024" with 77/121 a
    member: 79/87). None when that does not decide (lists of other lengths, "78/242 A, 78/252,
    78/253 and 78/257 of 22 December 2023, 79/245 A, 79/257 and 79/258 A of 24 December 2024";
    members at two places)."""
    found: dict[str, Cited] = {}
    for run in res.runs:
        together: dict[tuple[int, str | None], list[tuple[str, str | None]]] = {}
        for symbol, date in _shared_dates(run):  # one session, one date ("77/120 and 77/121 of")
            if (x := _session(symbol)) is not None:
                together.setdefault((x, date), []).append((symbol, date))
        theirs = [same for (x, _), same in together.items() if x == gap]
        if len(theirs) != 1 or len(theirs[0]) < 2:
            continue
        (there,) = theirs
        places = {
            k
            for (x, _), same in together.items()
            if x != gap and len(same) == len(there)
            for k, (symbol, _) in enumerate(same)
            if symbol in group
        }
        if len(places) == 1:
            symbol, date = there[places.pop()]
            if _in_step(date, members, rhythm):
                found[symbol] = Cited(symbol, date, bare=True, alone=False)
    return found


def _shared_dates(run: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """The run with each citation given the date printed after it ("77/120 and 77/121 of 12
    December 2022": both of 12 December 2022)."""
    out, date = [], None
    for symbol, when in reversed(run):
        date = when or date
        out.append((symbol, date))
    return out[::-1]


_STEP_DAYS = 75  # how far from a year (or two, three) after another member a member may be


def _in_step(date: str | None, members: list[Member], rhythm: int) -> bool:
    """Whether a resolution of ``date`` comes in the series' step: ``rhythm`` years (give or
    take :data:`_STEP_DAYS`) after or before a member of known date. A series renewed each
    December does not skip to a resolution of March (79/276 on the Decade of Action on
    Nutrition, cited by the 2025 resolution on the right to food). Unknown dates pass."""
    when = _day(date)
    known = [d for m in members if (d := _day(m.date)) is not None]
    if when is None or not known:
        return True
    step = 365.25 * rhythm
    return any(abs(abs((when - d).days) - step) <= _STEP_DAYS for d in known)


def _day(date: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(date[:10]) if date else None
    except ValueError:
        return None


def _when(m: Member) -> tuple[int, str]:
    return (m.session or 0, m.date or "")


def _rhythm(members: list[Member], returning: dict[str, int | None]) -> int | None:
    """The sessions between two members: the latest agenda order's, else the usual gap."""
    returns = [returning.get(m.symbol) for m in members if returning.get(m.symbol)]
    if returns:
        return returns[-1]
    name = periodicity(members)
    return next((k for k, v in PERIODS.items() if v == name), None)


_PART = re.compile(r"^(?P<base>.+/\d+)\s+[A-Z]$")


def merge_parts(group: dict[str, Member]) -> None:
    """One member for a resolution of several parts: a citation of the whole ("55/33") where
    another names the part ("55/33 T", an omnibus text's part on the series' subject) is that
    part, not a member of its own; and a citation of a first part ("77/253 A") where the
    registry holds the resolution under its number alone ("77/253") is that resolution."""
    parts = {m["base"] for s in group if (m := _PART.match(s))}
    for symbol in [s for s, m in group.items() if s in parts and not m.stored]:
        del group[symbol]
    # the first part cited ("77/253 A of 30 December 2022") of a resolution the registry holds
    # under its number alone (published before it had a second part) is that resolution
    for symbol in [s for s, m in group.items() if not m.stored and s.endswith(" A")]:
        base = group.get(symbol[:-2])
        if base is not None and base.stored:
            del group[symbol]


def _assemble(groups: list[list[Member]], returning: dict[str, int | None]) -> list[Series]:
    """The series of two members or more; the periodicity is the one the latest resolution
    that orders the item again gives (the sessions until it comes back), else the usual gap
    between the members' sessions."""
    out = []
    for group in groups:
        if len(group) < 2:
            continue
        group.sort(key=lambda m: (m.session or 0, m.date or "", _number(m.symbol)))
        title = [m.title for m in group if m.stored and m.title][-1] or ""
        returns = [returning.get(m.symbol) for m in group if returning.get(m.symbol)]
        rhythm = PERIODS.get(returns[-1] or 0) if returns else None
        out.append(Series(title_key(title), title, group, rhythm or periodicity(group)))
    return sorted(out, key=lambda s: s.key)


def _number(symbol: str) -> int:
    m = re.search(r"/(\d+)(?:\s|$)", symbol)
    return int(m[1]) if m else 0


def periodicity(members: list[Member]) -> str | None:
    """The usual gap between the series' sessions: annual, biennial, triennial (or irregular)."""
    sessions = sorted({m.session for m in members if m.session})
    gaps = Counter(b - a for a, b in pairwise(sessions))
    if not gaps:
        return None
    gap, _ = max(gaps.items(), key=lambda kv: (kv[1], -kv[0]))
    return PERIODS.get(gap, "irregular")


def build_series(registry: Registry) -> int:
    """Compute every series and store them, replacing what was stored; returns how many."""
    found = find_series(registry)
    with registry.writing() as conn:
        conn.execute(delete(series_members))
        conn.execute(delete(series_table))
        for s in found:
            sid = conn.execute(
                insert(series_table)
                .values(
                    key=s.key[:400],
                    title=s.title,
                    periodicity=s.periodicity,
                    length=len(s.members),
                    first_session=min((m.session for m in s.members if m.session), default=None),
                    last_session=max((m.session for m in s.members if m.session), default=None),
                )
                .returning(series_table.c.id)
            ).scalar_one()
            rows = [_member_row(sid, k, m) for k, m in enumerate(s.members)]
            conn.execute(insert(series_members), rows)
    return len(found)


def _member_row(sid: int, position: int, m: Member) -> dict[str, Any]:
    return {
        "series_id": sid,
        "position": position,
        "symbol": m.symbol,
        "session": m.session,
        "date": m.date,
        "title": m.title,
        "stored": m.stored,
        "basis": m.basis,
    }


def latest_in_series(
    registry: Registry, targets: list[str], citing: str | None = None
) -> dict[str, list[dict[str, Any]]]:
    """For each cited resolution, the members of its series in order (symbol, session, date).
    A resolution in several series (an omnibus text recalled by each) takes the one that holds
    the citing document, and none when that does not decide."""
    if not targets:
        return {}
    names = {f"t{k}": t for k, t in enumerate(targets)}
    marks = ", ".join(f":{k}" for k in names)
    rows = registry.execute(
        "SELECT c.symbol AS cited, m.series_id, m.symbol, m.session, m.date FROM series_members c "
        "JOIN series_members m ON m.series_id = c.series_id "
        f"WHERE c.symbol IN ({marks}) ORDER BY c.symbol, m.series_id, m.position",
        **names,
    )
    found: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for r in rows:
        found.setdefault(r["cited"], {}).setdefault(int(r["series_id"]), []).append(
            {"symbol": r["symbol"], "session": r["session"], "date": r["date"]}
        )
    out = {}
    for cited, by_series in found.items():
        mine = [m for m in by_series.values() if any(x["symbol"] == citing for x in m)]
        chosen = mine or (list(by_series.values()) if len(by_series) == 1 else [])
        if len(chosen) == 1:
            out[cited] = chosen[0]
    return out


def superseded_by(
    cited: str,
    members: list[dict[str, Any]],
    citing: str | None,
    date: str | None,
    session: int | None,
) -> str | None:
    """The newest member of ``cited``'s series (``members`` in order) adopted before the citing
    document (by dates where both are known, else by sessions), when it comes after ``cited``:
    the text that replaced it. None when ``cited`` was the latest."""
    symbols = [m["symbol"] for m in members]
    if cited not in symbols:
        return None
    before = [
        k for k, m in enumerate(members) if m["symbol"] != citing and _before(m, date, session)
    ]
    if not before or before[-1] <= symbols.index(cited):
        return None
    return str(symbols[before[-1]])


def _before(member: dict[str, Any], date: str | None, session: int | None) -> bool:
    if date and member["date"]:
        return bool(member["date"] <= date)
    return session is not None and member["session"] is not None and member["session"] < session
