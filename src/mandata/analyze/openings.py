"""What a paragraph fixes: the opening of a regular session, by decision of the Assembly.

A paragraph that decides (``action`` "decide"), names one regular session, one date in the year
that session opens and a word of opening ("Decides that the fifty-third session of the General
Assembly shall open on Wednesday, 9 September 1998") fixes that session's opening (rule 1 yields
to it). Read once, when a document is prepared for the registry, and stored with its paragraph:
:func:`mandata.procedure.openings.fixed_openings` reads the stored fact.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from mandata import lang
from mandata.analyze.paragraph import analyze_paragraph

__all__ = ["fixed_opening"]


def fixed_opening(
    text: str, action: str | None, code: str | None, session: int | None
) -> tuple[int, dt.date] | None:
    """The session whose opening the paragraph ``text`` (its full text, in language ``code``,
    of a document of ``session``) fixes, and the date; None when it fixes none."""
    if action != "decide" or code is None or not _opening_word(code).search(text):
        return None
    facts = analyze_paragraph(text, code, session, "operative")
    dates = [dt.date.fromisoformat(d) for d in facts.dates]
    if len(facts.sessions) != 1 or not dates:
        return None
    fixed = facts.sessions[0]
    fitting = [d for d in dates if d.year == 1945 + fixed and d.month in (8, 9, 10)]
    return (fixed, fitting[0]) if len(fitting) == 1 else None


@cache
def _opening_word(code: str) -> re.Pattern[str]:
    return re.compile(lang.get(code).analysis["opening_word"], re.IGNORECASE)
