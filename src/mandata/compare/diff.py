"""What differs between two aligned versions, and how much it matters.

Severity: ``high`` for what changes what a reader acts on (a paragraph missing, a different
number, date, session or cited document), ``medium`` for a different count of sub-paragraphs or
footnotes or a different State or organ named, ``low`` for a different verb (after the documented
equivalents of each language).

A verb is compared where both versions have one the analysis knows; numbers and entities where
each version has one the other lacks (see ``ONE_SIDED_STYLE``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from mandata.compare.actions import same_action
from mandata.compare.units import Facts, Unit

SEVERITY = {
    "missing_paragraph": "high",
    "reference": "high",
    "date": "high",
    "session": "high",
    "number": "high",
    "entity": "medium",
    "subparagraphs": "medium",
    "footnotes": "medium",
    "action": "low",
}
RANK = {"high": 0, "medium": 1, "low": 2}
# Kinds that differ only when each version has one the other lacks: a number one version writes
# in words, a State one version names by an adjective ("Israeli", "américain") or a pronoun ("Il"
# for the Security Council) are how translators write, not a different text.
ONE_SIDED_STYLE = frozenset({"number", "entity"})
# The Charter is often cited by a short form that is no citation of its own ("the Charter", "la
# Carta", "Устава") in one version and by its full name in another: cited in one version only,
# it is style, like a number written in words.
CHARTER = "Charter of the United Nations"
SET_FIELDS = (
    ("reference", "references"),
    ("date", "dates"),
    ("session", "sessions"),
    ("number", "numbers"),
    ("entity", "entities"),
)


@dataclass
class Place:
    """Where a difference stands in one version."""

    language: str
    part: str
    paragraph: str | None
    position: int | None
    text: str | None
    after: str | None = None  # where a paragraph this version lacks would stand


@dataclass
class Difference:
    """One difference between two versions, with both places and what each says."""

    kind: str
    severity: str
    left: Place
    right: Place
    left_only: list[str] = field(default_factory=list)
    right_only: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def line(self) -> str:
        """One line for a terminal: severity, kind, places and values."""
        where = f"{self.left.paragraph or '-'} / {self.right.paragraph or '-'}"
        values = ""
        if self.left_only or self.right_only:
            values = f": {self.left.language} {self.left_only} vs {self.right.language} {self.right_only}"
        return f"{self.severity:<6} {self.kind:<17} {where}{values}"


def fact_differences(a: Facts, b: Facts) -> list[tuple[str, list[str], list[str]]]:
    """The kinds on which two paragraphs' facts differ, with what each has that the other lacks."""
    out: list[tuple[str, list[str], list[str]]] = []
    for kind, name in SET_FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        if kind == "reference" and (CHARTER in x) != (CHARTER in y):
            x, y = x - {CHARTER}, y - {CHARTER}
        if x == y or (kind in ONE_SIDED_STYLE and not (x - y and y - x)):
            continue
        out.append((kind, sorted(map(str, x - y)), sorted(map(str, y - x))))
    if a.subparagraphs != b.subparagraphs:
        out.append(("subparagraphs", [str(a.subparagraphs)], [str(b.subparagraphs)]))
    if a.footnotes != b.footnotes:
        out.append(("footnotes", [str(a.footnotes)], [str(b.footnotes)]))
    if a.action and b.action and not same_action(a.action, b.action):
        out.append(("action", [a.action or "-"], [b.action or "-"]))
    return out


def _place(language: str, unit: Unit | None, other: Unit | None) -> Place:
    if unit is None:
        return Place(language, other.part if other else "", None, None, None)
    return Place(language, unit.part, unit.id, unit.position, unit.text)


def pair_differences(
    languages: tuple[str, str],
    pairs: list[tuple[Unit | None, Unit | None]],
) -> list[Difference]:
    """The differences along one aligned pair of versions; where one version lacks a paragraph,
    its place says after which of its paragraphs it would stand."""
    out: list[Difference] = []
    last: list[str | None] = [None, None]
    for left, right in pairs:
        l_place = _place(languages[0], left, right)
        r_place = _place(languages[1], right, left)
        if left is None or right is None:
            (l_place if left is None else r_place).after = last[0 if left is None else 1]
            out.append(Difference("missing_paragraph", "high", l_place, r_place))
        else:
            for kind, l_only, r_only in fact_differences(left.facts, right.facts):
                out.append(Difference(kind, SEVERITY[kind], l_place, r_place, l_only, r_only))
        last = [left.id if left else last[0], right.id if right else last[1]]
    return out
