"""Which of the six official languages a text is written in.

The script decides for Arabic, Chinese and Russian (no other official language uses it); among the
Latin-script languages, lingua (restricted to English, French and Spanish, plus a few neighbours so
that a German or Italian text is not forced into one of them) decides on a sample of the body.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from functools import cache
from typing import Any

# The sample detection reads: lines, longest first, until there are _SAMPLE_CHARS characters.
# lingua's cost grows with the square of a line's and of a word's length, so the sample is cut
# at _MAX_SAMPLE characters and its words at _MAX_WORD (a longer run of letters is no word of the
# six languages: a hash, an address, junk): detection takes the same time on any input.
_SAMPLE_CHARS = 800
_MAX_SAMPLE = 4000
_MAX_WORD = 40
_LONG_WORD = re.compile(rf"\S{{{_MAX_WORD + 1},}}")


_SCRIPTS = {
    "ar": re.compile("[\u0600-\u06ff\ufb50-\ufeff]"),
    "zh": re.compile("[\u3400-\u4dbf\u4e00-\u9fff]"),
    "ru": re.compile("[\u0400-\u04ff]"),
    "latin": re.compile("[A-Za-z\u00c0-\u024f]"),
}


def _script_counts(text: str) -> dict[str, int]:
    return {script: len(pattern.findall(text)) for script, pattern in _SCRIPTS.items()}


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH,
        Language.FRENCH,
        Language.SPANISH,
        Language.GERMAN,
        Language.ITALIAN,
        Language.PORTUGUESE,
    ).build()


_LINGUA = {"ENGLISH": "en", "FRENCH": "fr", "SPANISH": "es"}


def detect_language(text: str) -> str | None:
    """The official language of ``text`` (``ar``, ``en``, ``es``, ``fr``, ``ru``, ``zh``) or None."""
    sample = _body_sample(text)
    counts = _script_counts(sample)
    script = max(counts, key=lambda k: counts[k])
    if counts[script] < 3:
        return None
    if script != "latin":
        return script
    clear = _by_function_words(sample)
    if clear is not None:
        return clear
    found = _detector().detect_language_of(sample)
    return _LINGUA.get(found.name) if found is not None else None


_WORD = re.compile(r"[^\W\d_]+")
_DECISIVE_HITS = 25
_DECISIVE_SHARE = 0.75


def _by_function_words(sample: str) -> str | None:
    """English, French or Spanish when their function words leave no doubt (three times as
    many as the other two together); else None, and lingua decides."""
    seen = Counter(_WORD.findall(sample.casefold()))
    counts = {code: sum(seen[w] for w in _function_words(code)) for code in _LINGUA.values()}
    best = max(counts, key=lambda k: counts[k])
    total = sum(counts.values())
    if counts[best] >= _DECISIVE_HITS and counts[best] >= _DECISIVE_SHARE * total:
        return best
    return None


@cache
def _function_words(code: str) -> tuple[str, ...]:
    from mandata import lang

    return lang.get(code).function_words


def _body_sample(text: str) -> str:
    """The longest lines first (the body, not the often English masthead): about
    ``_SAMPLE_CHARS`` characters, at most ``_MAX_SAMPLE``, and ``_MAX_WORD`` in a word."""
    lines = heapq.nlargest(_SAMPLE_CHARS, text.splitlines(), key=len)
    out: list[str] = []
    size = 0
    for line in lines:
        piece = _LONG_WORD.sub(_cut_word, line[: _MAX_SAMPLE - size])
        out.append(piece)
        size += len(piece)
        if size >= _SAMPLE_CHARS:
            break
    return "\n".join(out)


def _cut_word(match: re.Match[str]) -> str:
    return match.group()[:_MAX_WORD]
