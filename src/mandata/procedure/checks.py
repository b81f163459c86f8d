"""Checks of a letter that asks for an item on the agenda (rules 13, 14, 15 and 20).

- Rule 14: "Any Member ... may, at least thirty days before the date fixed for the opening of a
  regular session, request the inclusion of supplementary items in the agenda."
- Rule 15: "Additional items of an important and urgent character, proposed for inclusion in the
  agenda less than thirty days before the opening of a regular session or during a regular
  session, may be placed on the agenda if the General Assembly so decides by a majority of the
  members present and voting. No additional item may ... be considered until seven days have
  elapsed since it was placed on the agenda, unless the General Assembly, by a two-thirds
  majority ... decides otherwise, and until a committee has reported upon the question."
- Rule 20: "Any item proposed for inclusion in the agenda shall be accompanied by an explanatory
  memorandum and, if possible, by basic documents or by a draft resolution."
- Rule 13 (c): the provisional agenda already holds the items the Assembly ordered at a previous
  session: asking for one of them again is needless.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mandata.model import Document
from mandata.procedure.calendar import opening

if TYPE_CHECKING:
    from mandata.registry.store import Registry

MIN_DAYS_RULE_14 = 30


@dataclass
class Check:
    rule: int | str
    ok: bool
    message: str


@dataclass
class CheckResult:
    """What ``mandata check`` prints."""

    ok: bool = False
    rule: int | None = None
    session: int | None = None
    opening: str | None = None
    letter_date: str | None = None
    days_before_opening: int | None = None
    checks: list[Check] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "rule": self.rule,
            "session": self.session,
            "opening": self.opening,
            "letter_date": self.letter_date,
            "days_before_opening": self.days_before_opening,
            "checks": [vars(c) for c in self.checks],
        }


def check_request(
    doc: Document,
    fixed: dict[int, tuple[dt.date, str]] | None = None,
    on_agenda: list[dict[str, Any]] | None = None,
) -> CheckResult:
    """Check a letter asking for an item; ``fixed`` are openings the registry knows, and
    ``on_agenda`` the agenda decisions of the registry on the same item (see
    :func:`mandata.procedure.agenda_entries`)."""
    result = CheckResult()
    letter = doc.letter
    session = (doc.request or {}).get("session") or doc.session
    if letter is None or letter.date is None or session is None:
        missing = (
            "a letter" if letter is None else "its date" if letter.date is None else "the session"
        )
        result.checks.append(
            Check(14, False, f"Rules 14 and 15: cannot tell {missing} of the request")
        )
        return result
    start = opening(session, fixed)
    letter_date = dt.date.fromisoformat(letter.date)
    days = (start.opening - letter_date).days
    result.session, result.opening = session, start.opening.isoformat()
    result.letter_date, result.days_before_opening = letter.date, days
    result.rule = 14 if days >= MIN_DAYS_RULE_14 else 15
    result.checks.append(_timing(result.rule, days, session, start.opening))
    result.checks.extend(_rule_20(doc))
    result.checks.extend(_already_on_agenda(on_agenda or [], session))
    result.ok = all(c.ok for c in result.checks)
    return result


def check_in_registry(doc: Document, registry: Registry) -> CheckResult:
    """:func:`check_request` against what ``registry`` knows: the openings its decisions fixed
    and its decisions on the same item (by identity, in any language)."""
    from mandata.procedure.openings import fixed_openings
    from mandata.registry.queries import item_decisions

    entries = item_decisions(registry, doc.title, doc.language) if doc.title else None
    return check_request(doc, fixed_openings(registry), entries)


def _timing(rule: int, days: int, session: int, start: dt.date) -> Check:
    when = f"the opening of session {session} on {start.isoformat()}"
    if rule == 14:
        return Check(
            14,
            True,
            f"Rule 14: a supplementary item may be requested at least {MIN_DAYS_RULE_14} days before "
            f"{when}; this letter is {days} days before it.",
        )
    timing = (
        f"{days} days before {when}"
        if days >= 0
        else f"{-days} days after {when}, during the session"
    )
    return Check(
        15,
        True,
        f"Rule 15: requested {timing}, less than {MIN_DAYS_RULE_14} days before: an additional item. "
        "It must be of an important and urgent character; the Assembly includes it by a majority "
        "of the members present and voting; it is not considered until seven days after its "
        "inclusion and a committee's report, unless the Assembly decides otherwise by a two-thirds "
        "majority.",
    )


def _rule_20(doc: Document) -> list[Check]:
    memo = next((a for a in doc.annexes if a.kind == "explanatory_memorandum"), None)
    draft = next((a for a in doc.annexes if a.kind == "draft_resolution"), None)
    checks = [
        Check(
            20,
            memo is not None,
            f"Rule 20: an explanatory memorandum accompanies the request (annex {memo.number})."
            if memo
            else "Rule 20: every item proposed must be accompanied by an explanatory memorandum; "
            "none was found.",
        )
    ]
    checks.append(
        Check(
            20,
            True,
            f"Rule 20: a draft resolution accompanies the request (annex {draft.number})."
            if draft
            else "Rule 20: no draft resolution or basic documents accompany the request (asked "
            "for 'if possible', so not required).",
        )
    )
    return checks


def _already_on_agenda(entries: list[dict[str, Any]], session: int) -> list[Check]:
    same = [e for e in entries if e.get("session") == session]
    if not same:
        return []
    basis = ", ".join(f"{e['symbol']} {e['paragraph']}" for e in same)
    return [
        Check(
            "13(c)",
            False,
            f"Rule 13 (c): the item is already on the provisional agenda of session {session}, "
            f"ordered by {basis}; it need not be requested.",
        )
    ]
