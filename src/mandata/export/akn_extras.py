"""What the UN's AKN4UN metadata adds to a resolution's text: sponsors, the vote, the subjects.

The ``workflow`` names the draft's sponsors (step ``draftResolution``) and the States that joined
them (``draftResolutionAdditionalSponsors``), as one English list ("Andorra, Antigua and Barbuda
and Viet Nam"); ``analysis/parliamentary/voting`` records the outcome, the counts and the States
on each side; the ``classification`` from the library (``DHLAUTH``) gives the subject headings.
"""

from __future__ import annotations

from functools import cache

from lxml import etree

from mandata.entities import states
from mandata.export.akn_inline import clean
from mandata.model import Vote

_SPONSOR_STEPS = ("draftResolution", "draftResolutionAdditionalSponsors")
_SIDES = {"inFavour": "in_favour", "against": "against", "abstaining": "abstaining"}


def sponsors(meta: etree._Element) -> list[str]:
    """The sponsors, then the additional sponsors, each State once."""
    out: list[str] = []
    for outcome in _SPONSOR_STEPS:
        for step in meta.iterfind(".//{*}workflow/{*}step"):
            if step.get("outcome") == outcome:
                out.extend(n for n in split_names(step.get("by", "")) if n not in out)
    return out


def split_names(text: str) -> list[str]:
    """ "A, B and Trinidad and Tobago" -> ["A", "B", "Trinidad and Tobago"]: the list's last
    "and" is the one whose two sides are names of States (or, failing that, its last one)."""
    chunks = [c.strip() for c in clean(text).split(",") if c.strip()]
    if not chunks:
        return []
    last = chunks.pop()
    known = _known_names()
    if last.casefold() in known or " and " not in last:
        return [*chunks, last]
    pieces = last.split(" and ")
    splits = [(" and ".join(pieces[:k]), " and ".join(pieces[k:])) for k in range(1, len(pieces))]
    both = [s for s in splits if s[0].casefold() in known and s[1].casefold() in known]
    left, right = (both or splits)[-1]
    return [*chunks, left, right]


@cache
def _known_names() -> frozenset[str]:
    return frozenset(
        name.casefold().replace("’", "'") for _, code, name, _ in states.names() if code == "en"
    )


def vote(meta: etree._Element) -> Vote | None:
    """The vote: outcome, counts and the States of each side; None without a voting record."""
    voting = meta.find(".//{*}voting")
    if voting is None:
        return None
    out = Vote(outcome=voting.get("outcome") or None)
    for count in voting.iterfind("{*}count"):
        side = _SIDES.get(count.get("refersTo", ""))
        if side is None:
            continue
        value = count.get("value", "").strip()
        setattr(out, side, int(value) if value.isdigit() else None)
        names = [
            clean(o.text or "") for o in count.iter("{*}organization") if (o.text or "").strip()
        ]
        if names:
            out.voters[side] = names
    return out


def subjects(meta: etree._Element) -> list[str]:
    """The library's subject headings (``DHLAUTH`` classification), each once, not the agenda."""
    out: list[str] = []
    for box in meta.iterfind("{*}classification"):
        if box.get("source") != "DHLAUTH":
            continue
        for keyword in box.iterfind("{*}keyword"):
            value = clean(keyword.get("value", ""))
            if value and keyword.get("refersTo") != "agenda" and value not in out:
                out.append(value)
    return out
