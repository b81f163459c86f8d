"""The registry's search tokenizer: index terms of a text in any of the six languages.

Both databases index the terms made here (not their own text-search configurations), so SQLite
and PostgreSQL find the same paragraphs. ``tokens``/``terms`` analyze a text for the index;
``query_terms`` analyzes a search query into positions, each a list of alternative terms: the
caller ORs the alternatives of a position and ANDs the positions.

The text is scanned once into runs by script; the script, not ``language``, decides how a run is
analyzed, so mixed-script text (an English masthead in an Arabic document) works:

- Latin (en, fr, es): lower-cased, Snowball-stemmed with the stemmer of the document's language
  (English in an Arabic, Chinese or Russian document; with ``language=None``, the language whose
  function words are most frequent in the text), then accent-folded ("coopération" -> "cooper").
  A word with accents also gets the stem of its unaccented spelling when that differs
  ("sécurité" -> "secur" and "securit"), so a query typed without accents finds it. Words are
  split at apostrophes and hyphens ("l'homme" -> "l", "homme"; "l" is a stopword). A query whose
  language is unknown gets, for each Latin word, its stems in English, French and Spanish as
  alternatives: "coopération" finds French documents, "cooperación" Spanish ones.
- Cyrillic: lower-cased, ё folded to е, Snowball Russian stem ("сотрудничества",
  "сотрудничеству" -> "сотрудничеств").
- Arabic: normalized (tashkeel, dagger alef and tatweel removed; أ إ آ ٱ -> ا, ى -> ي, ة -> ه,
  ؤ -> و, ئ -> ي; presentation forms NFKC-folded), then light-stemmed, Light10 style (not the
  Snowball root stemmer): an article ال، بال، كال، لل with an optional conjunction و or ف
  (وال، فال، ولل ...) is removed when at least 2 letters remain; then, in order, the suffixes
  ها، ان، ات، ون، ين، يه، ه، ي (ية and ة after normalization) when at least 3 letters remain.
  A single-letter prefix (و، ف، ب، ك، ل, or a conjunction and a preposition: وب، فل ...) is not
  taken off the stem (it would turn لجنة into جنه and miss اللجنة): the stem of the word without
  it is a second term, at the same offsets, in the index and among a query word's alternatives.
  So "الأمن الجماعي" finds "للأمن الجماعي", "والأمن الجماعي" and "بالأمن الجماعي".
- Chinese (Han characters): jieba, with the UN terms of ``un_terms_zh.txt`` added to its
  dictionary and without its HMM (unknown words fall into single characters the same way in
  texts and queries, instead of being glued differently by context). The index keeps each word
  and every sub-word of two characters or more that jieba's dictionary knows ("集体安全条约组织",
  "集体安全", "集体", "安全", "条约", "组织"); a query keeps the words of the ordinary (coarser)
  segmentation. A single character is indexed only when it is a word by itself. jieba's
  dictionary is loaded lazily, once per process, without logging and without a cache file:
  building its prefix dictionary in memory takes about 0.5 s, no longer than loading jieba's
  marshal cache, so nothing is written to disk. The route through the dictionary is jieba's
  (``Tokenizer.cut(..., HMM=False)``, same words), computed here in one loop, twice as fast.
- Other letters (Greek, kana, ...): lower-cased and accent-folded, not stemmed.
- Numbers and symbols: a UN symbol (letters, digits, "." and "-" in "/"-separated parts, at least
  one digit) is one lower-case term ("a/res/59/50") and its trailing resolution number another
  ("59/50"; "1631" of "S/RES/1631"); "59/50" alone is one term. Digits of any script become
  ASCII; thousands separators go ("1 000", "1,000" -> "1000") and a decimal comma becomes a
  point; an ordinal suffix ("78th", "1er") is dropped.

A short stopword list per language is left out of the index and out of queries, except that a
query made only of stopwords keeps them all (it then matches nothing rather than everything).
The stop words and the Snowball stemmer of each language are language tables
(``mandata.lang``: ``stop_words``, ``stemmer``); the scripts' analyzers are here.
"""

from __future__ import annotations

import importlib
import logging
import math
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from mandata.lang import get as language_data

__all__ = [
    "ANALYZER_VERSION",
    "LANGUAGES",
    "Token",
    "iter_tokens",
    "query_terms",
    "terms",
    "tokens",
]

ANALYZER_VERSION = 1
"""Bumped whenever a text's terms change: an index built with another version must be rebuilt."""

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


@dataclass(frozen=True, slots=True)
class Token:
    """One index term and where its word is in the analyzed text."""

    term: str  # the indexed form (normalized, stemmed)
    start: int  # offsets in the input text, for snippets and highlighting
    end: int


# --- Scanning ---------------------------------------------------------------------------------

_LATIN = (
    "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
    "\ufb00-\ufb06\uff21-\uff3a\uff41-\uff5a"
)
_MARKS = "\u0300-\u036f"
_CYRILLIC = "\u0400-\u0482\u048a-\u052f"
_ARABIC = (
    "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\ufb50-\ufdf9\ufe70-\ufefc"
)
_ARABIC_MARKS = "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19"
_PART = rf"[{_DIGIT}A-Za-z]+(?:[.\-][{_DIGIT}A-Za-z]+)*"
_ORDINAL = "st|nd|rd|th|er|re|e|ème|eme|o|a|º|ª"

_WORDS = (
    rf"(?P<num>\d+(?:[.,\u066b\u066c\u00a0\u202f]\d+)*)(?:(?:{_ORDINAL})(?![^\W\d_]))?"
    rf"|(?P<lat>[{_LATIN}][{_LATIN}{_MARKS}]*)"
    rf"|(?P<cyr>[{_CYRILLIC}][{_CYRILLIC}{_MARKS}]*)"
    rf"|(?P<ara>[{_ARABIC}][{_ARABIC}{_ARABIC_MARKS}]*)"
    rf"|(?P<han>[{_HAN}]+)"
    r"|(?P<other>[^\W\d_]+)"
)
# A symbol is a run of "/"-separated parts with a digit somewhere in the run of symbol characters
# it starts (a look-ahead for that digit would rescan a digit-less run "A/RES/RES/..." from each
# of its parts: quadratic). The scan matches a symbol's shape; :func:`_scan` then checks the
# digit once per run, and reads a run without one with the other alternatives (_WORD_SCAN).
_SCAN = re.compile(rf"(?P<sym>(?<![{_DIGIT}A-Za-z]){_PART}(?:/{_PART})+)|{_WORDS}")
_WORD_SCAN = re.compile(_WORDS)
_SYMBOL_RUN = re.compile(rf"[{_DIGIT}A-Za-z.\-/]*")
_DIGIT_CHAR = re.compile(rf"[{_DIGIT}]")
_LATIN_WORD = re.compile(rf"[{_LATIN}]+")
_LATIN_LETTER = re.compile(rf"[{_LATIN}]")
_NON_LATIN_LETTER = re.compile(rf"[{_CYRILLIC}{_ARABIC}{_HAN}]")

# --- Stopwords (the language tables; Arabic ones normalized) ---------------------------------


@cache
def _stop(code: str) -> frozenset[str]:
    return frozenset(language_data(code).stop_words.split())


@cache
def _stop_latin_any() -> frozenset[str]:
    return _stop("en") | _stop("fr") | _stop("es")


# --- Folding ----------------------------------------------------------------------------------

_FOLD_SPECIAL = str.maketrans(
    {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "þ": "th"}
)


def _fold(word: str) -> str:
    """Lower-case ASCII-like form: accents and other combining marks removed."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _ascii_digits(s: str) -> str:
    if s.isascii():
        return s
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in s)


# --- Stemmers (PyStemmer objects are not shared between threads) ------------------------------

_local = threading.local()


def _stem(lang: str, word: str) -> str:
    stemmers: dict[str, Any] | None = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    stemmer = stemmers.get(lang)
    if stemmer is None:
        stemmer = stemmers[lang] = importlib.import_module("Stemmer").Stemmer(
            language_data(lang).stemmer
        )
    result: str = stemmer.stemWord(word)
    return result


# --- Word analyzers: (terms, is a stopword), memoized per language ----------------------------

_Analysis = tuple[tuple[str, ...], bool]
# Words analysed, kept per language (and for Chinese runs and subwords) up to this many each, then
# forgotten all at once: the words that recur come back within a few documents. About 300 bytes a
# word, so at most ~50 MB over every kind; 200,000 a kind let a parsing worker grow by 60 MB a
# language on a long multilingual ingest (#21 item 13).
_CACHE_LIMIT = 20_000
_caches: dict[str, dict[str, _Analysis]] = {}


def _memo(kind: str) -> dict[str, _Analysis]:
    cache = _caches.get(kind)
    if cache is None or len(cache) > _CACHE_LIMIT:
        cache = _caches[kind] = {}
    return cache


def _latin(word: str, lang: str) -> _Analysis:
    cache = _memo(lang)
    found = cache.get(word)
    if found is not None:
        return found
    low = word.lower()
    if not low.isascii():
        low = unicodedata.normalize("NFKC", low).lower()
    stem = _stem(lang, low)
    terms_ = [_fold(stem)]
    bare = _fold(low)
    if bare != low:
        other = _fold(_stem(lang, bare))
        if other != terms_[0]:
            terms_.append(other)
    result = (tuple(terms_), low in _stop(lang))
    cache[word] = result
    return result


def _latin_any(word: str) -> _Analysis:
    """A Latin query word of unknown language: its stems in English, French and Spanish."""
    alternatives: list[str] = []
    stop = False
    for lang in ("en", "fr", "es"):
        found, is_stop = _latin(word, lang)
        stop = stop or is_stop
        alternatives += [t for t in found if t not in alternatives]
    return tuple(alternatives), stop or word.lower() in _stop_latin_any()


def _cyrillic(word: str) -> _Analysis:
    cache = _memo("ru")
    found = cache.get(word)
    if found is not None:
        return found
    low = word.lower()
    if any("\u0300" <= c <= "\u036f" for c in low):
        low = unicodedata.normalize("NFC", low).replace("\u0301", "").replace("\u0300", "")
    low = low.replace("ё", "е")
    result = ((_stem("ru", low),), low in _stop("ru"))
    cache[word] = result
    return result


_AR_NORMALIZE = str.maketrans(
    {
        **{chr(c): None for c in range(0x064B, 0x0653)},
        **{chr(c): None for c in range(0x0610, 0x061B)},
        **{chr(c): None for c in (0x0640, 0x0653, 0x0654, 0x0655, 0x0670)},
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
    }
)
_AR_ARTICLE = re.compile("^[وف]?(?:[بك]?ال|لل)")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_AR_PREFIX = re.compile("^(?:[وف][بكل]?|[بكل])")


def _arabic_light(word: str) -> tuple[str, bool]:
    """Light10-style stem; whether an article was removed."""
    article = _AR_ARTICLE.match(word)
    removed = article is not None and len(word) - article.end() >= 2
    if removed and article is not None:
        word = word[article.end() :]
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
    return word, removed


def _arabic(word: str) -> _Analysis:
    cache = _memo("ar")
    found = cache.get(word)
    if found is not None:
        return found
    norm = word
    if any(c >= "\ufb50" for c in norm):
        norm = unicodedata.normalize("NFKC", norm).replace(" ", "")
    norm = norm.translate(_AR_NORMALIZE)
    if not norm:
        result: _Analysis = ((), True)
    else:
        stem, removed = _arabic_light(norm)
        out = [stem]
        prefix = None if removed else _AR_PREFIX.match(norm)
        if prefix is not None:
            # "وب", "فل" ... then the single letter: each when 3 letters or more remain.
            for cut in range(prefix.end(), 0, -1):
                if len(norm) - cut >= 3:
                    other = _arabic_light(norm[cut:])[0]
                    if other not in out:
                        out.append(other)
        result = (tuple(out), norm in _stop("ar"))
    cache[word] = result
    return result


def _other(word: str) -> _Analysis:
    term = "".join(_fold(unicodedata.normalize("NFKC", word).lower()).split())
    return ((term,) if term else ()), False


def _number(num: str) -> str:
    num = _ascii_digits(num)
    groups = re.split("[.,\u066b\u066c\u00a0\u202f]", num)
    if len(groups) == 1:
        return num
    if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return "".join(groups)
    return ".".join(groups)


_SYMBOL_TAIL = re.compile(r"(?:(?<=/)(\d+/\d+)|(?<=/res/)(\d+))$")


def _symbol(sym: str) -> tuple[str, str | None, int]:
    """The symbol's term, its trailing resolution number (or None) and where that starts."""
    term = _ascii_digits(sym).lower()
    tail = _SYMBOL_TAIL.search(term)
    if tail is None or tail.start() == 0:
        return term, None, 0
    return term, tail.group(), tail.start()


# --- Chinese (jieba) --------------------------------------------------------------------------

_jieba_lock = threading.Lock()
_jieba: Any = None
_han_cache: dict[str, tuple[tuple[str, int], ...]] = {}
_subword_cache: dict[str, tuple[tuple[str, int, int], ...]] = {}
_MAX_SUBWORD = 12


def _tokenizer() -> Any:
    """jieba's tokenizer with the UN terms, built on first use (no log, no cache file)."""
    global _jieba
    if _jieba is not None:
        return _jieba
    with _jieba_lock:
        if _jieba is None:
            jieba = importlib.import_module("jieba")
            logger = logging.getLogger("jieba")
            level = logger.level
            logger.setLevel(logging.WARNING)
            try:
                tk = jieba.Tokenizer()
                tk.FREQ, tk.total = tk.gen_pfdict(tk.get_dict_file())
                tk.initialized = True
                words = resources.files(__package__ or "mandata.registry").joinpath(
                    "un_terms_zh.txt"
                )
                for line in words.read_text(encoding="utf-8").splitlines():
                    line = line.strip()
                    if line and not line.startswith("#"):
                        word, _, freq = line.partition(" ")
                        tk.add_word(word, int(freq) if freq.strip() else None)
            finally:
                logger.setLevel(level)
            _jieba = tk
    return _jieba


def _han_words(run: str) -> tuple[tuple[str, int], ...]:
    """The words of a run of Han characters and where each starts in it.

    jieba's own segmentation without HMM (the most probable route through the dictionary's
    DAG), written out here in one loop: twice as fast as ``Tokenizer.cut``.
    """
    found = _han_cache.get(run)
    if found is not None:
        return found
    tk = _tokenizer()
    freq: dict[str, int] = tk.FREQ
    log = math.log
    logtotal = log(tk.total)
    n = len(run)
    score = [0.0] * (n + 1)
    ends = [0] * n
    for i in range(n - 1, -1, -1):
        best = -math.inf
        best_end = i + 1
        j = i + 1
        frag = run[i]
        while True:
            f = freq.get(frag)
            if f is None:
                break
            if f:
                s = log(f) - logtotal + score[j]
                if s >= best:
                    best, best_end = s, j
            j += 1
            if j > n:
                break
            frag = run[i:j]
        if best == -math.inf:
            best = score[i + 1] - logtotal
        score[i] = best
        ends[i] = best_end
    out: list[tuple[str, int]] = []
    i = 0
    while i < n:
        out.append((run[i : ends[i]], i))
        i = ends[i]
    result = tuple(out)
    if len(_han_cache) > _CACHE_LIMIT:
        _han_cache.clear()
    _han_cache[run] = result
    return result


def _subwords(word: str) -> tuple[tuple[str, int, int], ...]:
    """The words of two characters or more that jieba knows inside a longer word."""
    found = _subword_cache.get(word)
    if found is not None:
        return found
    freq = _tokenizer().FREQ
    n = len(word)
    out = []
    for i in range(min(n, _MAX_SUBWORD) - 1):
        for j in range(i + 2, min(n, i + _MAX_SUBWORD) + 1):
            if j - i < n and freq.get(word[i:j]):
                out.append((word[i:j], i, j))
    result = tuple(out)
    if len(_subword_cache) > _CACHE_LIMIT:
        _subword_cache.clear()
    _subword_cache[word] = result
    return result


def _han_index(run: str, offset: int, out: list[tuple[str, int, int]]) -> None:
    stop = _stop("zh")
    for word, pos in _han_words(run):
        start = offset + pos
        n = len(word)
        if n == 1:
            if word not in stop:
                out.append((word, start, start + 1))
            continue
        out.append((word, start, start + n))
        if n > 2:
            for sub, i, j in _subwords(word):
                out.append((sub, start + i, start + j))


# --- Texts ------------------------------------------------------------------------------------


def _check(language: str | None) -> str | None:
    if language is None or language in LANGUAGES:
        return language
    raise ValueError(f"unknown language {language!r}: one of {', '.join(LANGUAGES)} or None")


def _guess_latin(text: str) -> str:
    """The stemmer language for the Latin words of a text whose language is not given."""
    if len(_NON_LATIN_LETTER.findall(text)) > len(_LATIN_LETTER.findall(text)):
        return "en"
    counts = dict.fromkeys(("en", "fr", "es"), 0)
    stops = {lang: _stop(lang) for lang in counts}
    for word in _LATIN_WORD.findall(text.lower()):
        for lang in counts:
            if word in stops[lang]:
                counts[lang] += 1
    return max(counts, key=lambda k: (counts[k], k == "en"))


def _scan(text: str) -> Iterator[re.Match[str]]:
    """The words, numbers and symbols of ``text``, left to right, in linear time: a symbol's
    shape counts when the run of symbol characters it starts holds a digit (checked once per
    run); a run without one is read as words."""
    if "/" not in text:
        yield from _WORD_SCAN.finditer(text)
        return
    pos, run_end, last_digit = 0, -1, -1
    while (m := _SCAN.search(text, pos)) is not None:
        if m.lastgroup != "sym":
            yield m
            pos = m.end()
            continue
        start = m.start()
        if start >= run_end:  # a new run: where it ends, where its last digit is
            run_end = _end(_SYMBOL_RUN.match(text, start))
            digits = list(_DIGIT_CHAR.finditer(text, start, run_end))
            last_digit = digits[-1].start() if digits else -1
        if last_digit >= start:
            yield m
            pos = m.end()
            continue
        pos = start  # no digit from here to the run's end: words up to there
        while (w := _WORD_SCAN.search(text, pos)) is not None and w.start() < run_end:
            yield w
            pos = w.end()
        pos = max(pos, run_end)


def _end(m: re.Match[str] | None) -> int:
    assert m is not None  # the pattern matches the empty string
    return m.end()


def _index(text: str, language: str | None) -> list[tuple[str, int, int]]:
    latin = language if language in ("en", "fr", "es") else None if language is None else "en"
    out: list[tuple[str, int, int]] = []
    seen = _memo(latin) if latin is not None else {}  # the hot path: a word met before
    for m in _scan(text):
        kind = m.lastgroup
        if kind == "lat":
            if latin is None:
                latin = _guess_latin(text)
                seen = _memo(latin)
            word = m.group()
            found, stop = seen.get(word) or _latin(word, latin)
        elif kind == "cyr":
            found, stop = _cyrillic(m.group())
        elif kind == "ara":
            found, stop = _arabic(m.group())
        elif kind == "han":
            _han_index(m.group(), m.start(), out)
            continue
        elif kind == "num":
            out.append((_number(m.group("num")), m.start(), m.end("num")))
            continue
        elif kind == "sym":
            term, tail, at = _symbol(m.group())
            out.append((term, m.start(), m.end()))
            if tail is not None:
                out.append((tail, m.start() + at, m.end()))
            continue
        else:
            found, stop = _other(m.group())
        if not stop:
            start, end = m.span()
            for term in found:
                out.append((term, start, end))
    return out


def tokens(text: str, language: str | None) -> list[Token]:
    """Index terms of a text in one of the six languages (None: guess per script run)."""
    return [Token(t, s, e) for t, s, e in _index(text, _check(language))]


_SPACE = re.compile(r"[ \t\n\r\f\v]")


def iter_tokens(text: str, language: str | None, chunk: int = 4096) -> Iterator[Token]:
    """The tokens of :func:`tokens`, lazily: the text is analyzed a piece of about ``chunk``
    characters at a time (cut at whitespace, which no term spans), so that a caller that stops
    early (a snippet's window) does not analyze the rest of a long paragraph."""
    language = _check(language)
    latin = language or (_guess_latin(text) if _LATIN_LETTER.search(text) else "en")
    pos = 0
    while pos < len(text):
        space = _SPACE.search(text, pos + chunk)
        end = space.end() if space is not None else len(text)
        for term, start, stop in _index(text[pos:end], latin):
            yield Token(term, pos + start, pos + stop)
        pos = end


def terms(text: str, language: str | None) -> list[str]:
    """The terms of ``tokens(text, language)``.

    Indexing calls this for every paragraph, and scanning was most of its cost: the text is cut
    at whitespace and the terms of each piece are memoized ("Assembly,", "resolution" ...), so
    only pieces not met before are scanned. No term spans whitespace and the scan's look-arounds
    see whitespace and a piece's ends alike, so the terms are the same; a text with a no-break
    space (a thousands separator inside a number) or without a language is scanned whole.
    """
    language = _check(language)
    if language is None or "\u00a0" in text or "\u202f" in text:
        return [t for t, _, _ in _index(text, language)]
    cache = _piece_memo("en" if language not in ("fr", "es") else language)
    out: list[str] = []
    for piece in text.split():
        found = cache.get(piece)
        if found is None:
            found = cache[piece] = tuple(t for t, _, _ in _index(piece, language))
        out += found
    return out


_piece_caches: dict[str, dict[str, tuple[str, ...]]] = {}


def _piece_memo(latin: str) -> dict[str, tuple[str, ...]]:
    """The terms of whitespace-free pieces of text, by the stemmer language of Latin words
    (the only thing besides the piece that decides its terms)."""
    cache = _piece_caches.get(latin)
    if cache is None or len(cache) > _CACHE_LIMIT:
        cache = _piece_caches[latin] = {}
    return cache


def _query_words(query: str, language: str | None) -> Iterator[_Analysis]:
    latin = language if language in ("en", "fr", "es") else None if language is None else "en"
    for m in _scan(query):
        kind = m.lastgroup
        if kind == "lat":
            yield _latin(m.group(), latin) if latin is not None else _latin_any(m.group())
        elif kind == "cyr":
            yield _cyrillic(m.group())
        elif kind == "ara":
            yield _arabic(m.group())
        elif kind == "han":
            for word, _ in _han_words(m.group()):
                yield (word,), word in _stop("zh")
        elif kind == "num":
            yield (_number(m.group("num")),), False
        elif kind == "sym":
            term, number, _ = _symbol(m.group())
            # "A/RES/79/10" also finds "resolution 79/10"; a plain document symbol does not
            # (the short form of A/78/10 would be resolution 78/10)
            short = number is not None and "/res/" in term
            yield ((term, number) if short and number else (term,)), False
        else:
            yield _other(m.group())


def query_terms(query: str, language: str | None = None) -> list[list[str]]:
    """Terms of a search query: one list of alternative terms per query word.

    A text matches when each position has one of its alternatives among the text's terms. With
    ``language`` None the script of each word decides (Arabic -> ar, Han -> zh, Cyrillic -> ru);
    a Latin word then has its English, French and Spanish stems as alternatives. Stopwords are
    dropped unless the query has nothing else.
    """
    words = [(list(found), stop) for found, stop in _query_words(query, _check(language)) if found]
    if not all(stop for _, stop in words):
        words = [w for w in words if not w[1]]
    out: list[list[str]] = []
    for found, _ in words:
        if found not in out:
            out.append(found)
    return out
