"""Citations that a version's markup links to a target its own words contradict.

The UN's markup links each citation to the document it names; a link can be wrong where the
text around it says otherwise, and the comparison should then report the markup, not a
different document:

- a General Assembly resolution whose two numbers are written in reverse ("33/65" for 65/33,
  the right-to-left writing of an Arabic source), which the date the text gives it shows: a
  resolution of 6 December 2010 is of the sixty-fifth session, not the thirty-third;
- a decision of another body linked as a General Assembly resolution ("decisions 13/18 and
  14/12" of a Conference of the Parties linked as A/RES/13/18): the nearest citation word
  before the number is the language's word for a decision.

Such a citation, and the one it stands for, are reported low, with the reason.
"""

from __future__ import annotations

import re
from functools import cache

from mandata import lang
from mandata.model import Paragraph, Reference

# a General Assembly resolution of a regular session: "A/RES/65/33"
_GA = re.compile(r"^A/RES/(?P<session>\d+)/(?P<number>\d+)$")
FIRST_SESSION_YEAR = 1945  # session N is held from September 1945 + N to September 1946 + N
CONTEXT = 60  # characters before a citation read for the word that says what it cites


def faulty_links(refs: list[Reference], para: Paragraph, language: str | None) -> set[str]:
    """The targets of ``refs`` (the citations of ``para``) that the paragraph's own words
    contradict, with the target each stands for where the text shows it."""
    out: set[str] = set()
    for ref in refs:
        mirror = reversed_number(ref, para.dates)
        if mirror is not None:
            out |= {ref.target, mirror}
        elif language and linked_decision(ref, para, language):
            out.add(ref.target)
    return out


def reversed_number(ref: Reference, dates: list[str]) -> str | None:
    """The resolution ``ref`` stands for where its two numbers are written in reverse: the
    session it names does not fit the year of its date (else of any date of its paragraph),
    the reversed one does ("A/RES/33/65 of 6 December 2010" -> "A/RES/65/33"); else None."""
    found = _GA.match(ref.target)
    years = {int(d[:4]) for d in ([ref.date] if ref.date else dates) if d[:4].isdigit()}
    if found is None or not years:
        return None
    session, number = int(found["session"]), int(found["number"])
    if any(_of_session(y, session) for y in years) or not any(
        _of_session(y, number) for y in years
    ):
        return None
    return f"A/RES/{number}/{session}"


def _of_session(year: int, session: int) -> bool:
    """Whether a resolution of ``session`` can be dated in ``year``."""
    return year - FIRST_SESSION_YEAR in (session, session + 1)


def linked_decision(ref: Reference, para: Paragraph, language: str) -> bool:
    """Whether ``ref``, linked as a General Assembly resolution, is printed after the
    language's word for a decision, with no word for a resolution between them ("المقرر
    10/29", "décision 13/18"): the markup linked another body's decision as a resolution."""
    found = _GA.match(ref.target)
    if found is None:
        return False
    words = _words(language)
    number = ref.text or f"{found['session']}/{found['number']}"
    printed = re.compile(rf"(?<![\w/.]){re.escape(number)}(?![\w/])")
    for text in (para.text, *(f.text for f in para.footnotes)):
        where = printed.search(text)
        if where is None:
            continue
        at = where.start()
        window = text[max(0, at - CONTEXT) : at]
        last = {
            kind: max((m.end() for m in pattern.finditer(window)), default=-1)
            for kind, pattern in words.items()
        }
        return last["decision_word"] > last["resolution_word"]
    return False


@cache
def _words(language: str) -> dict[str, re.Pattern[str]]:
    table = lang.get(language).analysis
    return {n: re.compile(table[n], re.IGNORECASE) for n in ("resolution_word", "decision_word")}
