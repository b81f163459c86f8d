"""When a regular session of the General Assembly opens (rule 1 of the rules of procedure).

Rule 1 (A/520/Rev.20): "The General Assembly shall meet every year in regular session commencing
on the Tuesday of the third week in September, counting from the first week that contains at
least one working day." This wording dates from resolution 57/301 of 13 March 2003 and applies
from the fifty-eighth session; before it, a session opened on the Tuesday following the second
Monday of September. Session N opens in the year 1945 + N. The Assembly can fix another date for
one session: those decisions are in :data:`FIXED_OPENINGS`, which the registry extends with the
decisions it holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

FIRST_SESSION_OF_RULE_1 = 58  # resolution 57/301 of 13 March 2003

# Openings the Assembly fixed otherwise: session -> (date, the decision that fixed it).
FIXED_OPENINGS: dict[int, tuple[dt.date, str]] = {
    53: (dt.date(1998, 9, 9), "A/RES/52/232"),
}


@dataclass(frozen=True)
class Opening:
    """The opening of a regular session and what it rests on."""

    session: int
    opening: dt.date
    basis: str

    def to_dict(self) -> dict[str, object]:
        return {
            "session": self.session,
            "opening": self.opening.isoformat(),
            "year": self.opening.year,
            "basis": self.basis,
        }


def rule_1_opening(session: int) -> dt.date:
    """The opening that rule 1 gives (or, before the 58th session, the rule it replaced)."""
    year = 1945 + session
    september = dt.date(year, 9, 1)
    if session < FIRST_SESSION_OF_RULE_1:
        second_monday = september + dt.timedelta(days=(7 - september.weekday()) % 7 + 7)
        return second_monday + dt.timedelta(days=1)
    # the first week (Monday to Sunday) that holds a working day of September
    if september.weekday() < 5:
        first_week = september - dt.timedelta(days=september.weekday())
    else:
        first_week = september + dt.timedelta(days=7 - september.weekday())
    return first_week + dt.timedelta(weeks=2, days=1)


def opening(session: int, fixed: dict[int, tuple[dt.date, str]] | None = None) -> Opening:
    """The opening of regular session ``session``: a date the Assembly fixed, else rule 1."""
    if session < 1:
        raise ValueError(f"no session {session}: sessions are numbered from 1")
    known = {**FIXED_OPENINGS, **(fixed or {})}
    if session in known:
        date, decision = known[session]
        return Opening(session, date, f"fixed by {decision}")
    rule = "rule 1" if session >= FIRST_SESSION_OF_RULE_1 else "rule 1 before resolution 57/301"
    return Opening(session, rule_1_opening(session), rule)


def session_on(date: dt.date) -> int:
    """The regular session in progress or next to open on ``date``."""
    session = date.year - 1945
    return session if date >= rule_1_opening(session) else session - 1
