"""What differs between two aligned versions, and how much it matters.

Severity: ``high`` for what changes what a reader acts on (a paragraph missing, a different
number, date, session or cited document), ``medium`` for a different count of sub-paragraphs or
footnotes or a different State or organ named, ``low`` for a different verb (after the documented
equivalents of each language).

A verb is compared where both versions have one the analysis knows; numbers and entities where
each version has one the other lacks (see ``ONE_SIDED_STYLE``). ``TOLERANCES`` says what else a
kind forgives: the Charter or a document cited by its number alone in one version, a session
named by its ordinal without the word "session", digits grouped differently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from itertools import combinations, permutations
from typing import Any

from mandata.compare.actions import same_action
from mandata.compare.align import length_ratio, similarity
from mandata.compare.units import Facts, Unit, Version, empty, occurrence_value

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
    "empty_paragraph": "medium",
    "different_text": "high",
    "markup_link": "low",
}
NOTES = {
    "markup_link": "markup fault: a citation linked to a target its own words contradict (its "
    "numbers written in reverse for its date, or another body's decision linked as a resolution)"
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
# Kinds where a fact one version gives and the other omits is wording, a fact each gives
# differently a difference (issue 13: "a year the others give" is low).
ONE_SIDED_OMISSION = frozenset({"date", "session"})
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
    note: str = ""  # why a finding is what it is (a markup fault, a run of lost paragraphs)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def line(self) -> str:
        """One line for a terminal: severity, kind, places and values."""
        where = f"{self.left.paragraph or '-'} / {self.right.paragraph or '-'}"
        values = ""
        if self.left_only or self.right_only:
            values = f": {self.left.language} {self.left_only} vs {self.right.language} {self.right_only}"
        note = f" ({self.note})" if self.note else ""
        return f"{self.severity:<6} {self.kind:<17} {where}{values}{note}"


def fact_differences(a: Facts, b: Facts) -> list[tuple[str, list[str], list[str]]]:
    """The kinds on which two paragraphs' facts differ, with what each has that the other lacks."""
    return [(kind, a_only, b_only) for kind, _, a_only, b_only in graded_differences(a, b)]


Cited = tuple[frozenset[str], frozenset[str]]
NOWHERE: Cited = (frozenset(), frozenset())


def graded_differences(
    a: Facts, b: Facts, elsewhere: Cited = NOWHERE
) -> list[tuple[str, str, list[str], list[str]]]:
    """The kinds on which two paragraphs' facts differ, each with its severity and what each
    paragraph has that the other lacks. A kind may be reported twice: what really differs at
    its kind's severity, what only one version's wording or markup leaves out (see
    :func:`_omitted`) as low. ``elsewhere``: the documents each whole version cites."""
    out: list[tuple[str, str, list[str], list[str]]] = []
    a, b = _months_of_dates(*_day_ranges(a, b))
    for kind, name in SET_FIELDS:
        x, y = getattr(a, name), getattr(b, name)
        if x == y:
            continue
        a_only, b_only = TOLERANCES.get(kind, _as_is)(x - y, y - x, a, b)
        # what one version states that the other leaves out, once the numbers the other
        # writes in words are set aside: low
        one_sided = bool(a_only) != bool(b_only)
        if kind == "number" and one_sided and _left_by_words(x - y, y - x, a, b):
            out.append((kind, "low", sorted(map(str, a_only)), sorted(map(str, b_only))))
            continue
        if not (a_only or b_only) or (kind in ONE_SIDED_STYLE and not (a_only and b_only)):
            continue
        if kind == "reference" and (a.mislinked or b.mislinked):
            faulty = a.mislinked | b.mislinked
            a_bad, b_bad = a_only & faulty, b_only & faulty
            if a_bad or b_bad:
                out.append(("markup_link", "low", sorted(map(str, a_bad)), sorted(map(str, b_bad))))
        (a_only, b_only), (a_low, b_low) = _omitted(kind, a_only, b_only, (a, b), elsewhere)
        if a_only or b_only:
            out.append((kind, SEVERITY[kind], sorted(map(str, a_only)), sorted(map(str, b_only))))
        if a_low or b_low:
            out.append((kind, "low", sorted(map(str, a_low)), sorted(map(str, b_low))))
    if a.subparagraphs != b.subparagraphs and a.pieces == b.pieces == 1:
        out.append(("subparagraphs", "medium", [str(a.subparagraphs)], [str(b.subparagraphs)]))
    if a.footnotes != b.footnotes:
        out.append(("footnotes", "medium", [str(a.footnotes)], [str(b.footnotes)]))
    if a.action and b.action and not same_action(a.action, b.action):
        out.append(("action", "low", [a.action or "-"], [b.action or "-"]))
    return out


def _day_ranges(a: Facts, b: Facts) -> tuple[Facts, Facts]:
    """``a`` and ``b`` less the dates and day numbers of a range of days that the two
    versions date at different ends: "from 4 to 13 March 2022" gives 13 March and the day 4,
    "3月4日至13日" 4 March and the day 13. A date of one version and a date of the other in the
    same month and year, each's day a number the other states, are the same range."""
    a_dates, b_dates = set(a.dates - b.dates), set(b.dates - a.dates)
    a_numbers, b_numbers = set(a.numbers - b.numbers), set(b.numbers - a.numbers)
    changed = False
    for x in sorted(a_dates):
        for y in sorted(b_dates):
            if x[:7] != y[:7] or not (_day(x) and _day(y)):
                continue
            in_b = _number_of(_day(x), b_numbers)
            in_a = _number_of(_day(y), a_numbers)
            if in_a and in_b:
                a_dates.discard(x)
                b_dates.discard(y)
                a_numbers.discard(in_a)
                b_numbers.discard(in_b)
                changed = True
                break
    if not changed:
        return a, b
    return (
        replace(
            a,
            dates=frozenset(a.dates - (a.dates - b.dates - a_dates)),
            numbers=frozenset(a.numbers - (a.numbers - b.numbers - a_numbers)),
        ),
        replace(
            b,
            dates=frozenset(b.dates - (b.dates - a.dates - b_dates)),
            numbers=frozenset(b.numbers - (b.numbers - a.numbers - b_numbers)),
        ),
    )


def _months_of_dates(a: Facts, b: Facts) -> tuple[Facts, Facts]:
    """``a`` and ``b`` where one version gives a month of a year ("en mai 2024") and the other
    a date in it ("from 21 to 24 May 2024"): the month is the date without its day, which the
    first leaves out (a low omission of the date); its year is no number of its own, nor is the
    first day of the other's range (a number under the date's day that the first does not
    state). A month that no date of the other version falls in is not compared."""
    out = [a, b]
    for side in (0, 1):
        this, other = out[side], out[1 - side]
        for month in sorted(this.months - other.months):
            dated = sorted(d for d in other.dates - this.dates if d[:7] == month and _day(d))
            if not dated:
                continue
            year = _number_of(str(int(month[:4])), set(this.numbers - other.numbers))
            first = next(
                (
                    n
                    for n in sorted(other.numbers - this.numbers)
                    if occurrence_value(n).isdigit()
                    and 0 < int(occurrence_value(n)) < int(_day(dated[0]))
                ),
                None,
            )
            this = replace(this, numbers=this.numbers - {year or ""})
            other = replace(other, numbers=other.numbers - {first or ""})
        out[side], out[1 - side] = this, other
    return out[0], out[1]


def _day(date: str) -> str:
    """The day of an ISO date, without its leading zero ("2022-03-04" -> "4"); "" if none."""
    day = date[8:10]
    return str(int(day)) if len(date) == 10 and day.isdigit() else ""


def _number_of(value: str, numbers: set[str]) -> str | None:
    """The occurrence of ``value`` among ``numbers`` ("4#2" for the second 4), if any."""
    return next((n for n in sorted(numbers) if occurrence_value(n) == value), None)


def _omitted(
    kind: str, a_only: Only, b_only: Only, facts: tuple[Facts, Facts], elsewhere: Cited
) -> tuple[tuple[Only, Only], tuple[Only, Only]]:
    """What differs split in two: what really differs, and what one version only leaves out.

    A date or a session that one version gives and the other's wording omits (a year the
    others state, "its resolution 973 (X)" without "of 15 December 1955") is left out, not
    changed: where each version has one the other lacks, they differ. A document one version
    cites and the other does not is left out where the other's text writes its number (a
    citation one version's markup links and another's does not) or where the citing version's
    text does not (a link on a name, "the International Covenant on Civil and Political
    Rights"); it differs where the citing text writes its number and the other's does not.
    So is a corrigendum of a document the other cites, and a document the other version cites
    in another paragraph (its footnote called at another mention of it)."""
    none: Only = set()
    a, b = facts
    if kind in ONE_SIDED_OMISSION:
        if a_only and b_only:
            return (a_only, b_only), (none, none)
        return (none, none), (a_only, b_only)
    if kind == "reference":
        a_only, b_only = a_only - a.mislinked - b.mislinked, b_only - a.mislinked - b.mislinked
        a_low = {c for c in a_only if _unwritten(c, a, b) or _cited_by(c, b, elsewhere[1])}
        b_low = {c for c in b_only if _unwritten(c, b, a) or _cited_by(c, a, elsewhere[0])}
        return (a_only - a_low, b_only - b_low), (a_low, b_low)
    return (a_only, b_only), (none, none)


def _unwritten(cited: str, writing: Facts, other: Facts) -> bool:
    """Whether the citation of ``cited`` by ``writing`` alone is no difference of the texts:
    ``other`` writes its number too, or ``writing`` does not."""
    runs = _symbol_runs(cited)
    return bool(runs) and (_contains(other.runs, runs) or not _contains(writing.runs, runs))


def _cited_by(cited: str, other: Facts, elsewhere: frozenset[str]) -> bool:
    """Whether the other version cites ``cited`` in another paragraph, or cites the document
    of which ``cited`` is a corrigendum, addendum or revision ("A/67/53/Corr.1" where the
    other version's footnote gives "A/67/53" only; "(Part I)" as either gives it), or writes
    that document's number without citing it (a footnote "(см. S/C.3/32/Rev.1)" its markup
    leaves unlinked, against "S/C.3/32/Rev.1 and S/C.3/32/Rev.1/Corr.1")."""
    if cited in elsewhere:
        return True
    base = BRACKETED.sub("", cited).replace(" ", "")
    others = {BRACKETED.sub("", r).replace(" ", "") for r in other.references}
    while (shorter := ISSUE.sub("", base)) != base:
        base = shorter
        if base in others or _written_uncited(_symbol_runs(base), other):
            return True
    return False


def _written_uncited(runs: tuple[str, ...], other: Facts) -> bool:
    """Whether ``other`` writes the numbers ``runs`` of a document and cites no document whose
    numbers begin with them (where it cites "A/HRC/54/31/Add.1", its "A/HRC/31/Add.2" is a
    changed symbol, not "A/HRC/54/31" written unlinked)."""
    cited = [_symbol_runs(r) for r in other.references]
    return (
        len(runs) > 1
        and _contains(other.runs, runs)
        and not any(c[: len(runs)] == runs for c in cited)
    )


def _symbol_runs(symbol: str) -> tuple[str, ...]:
    """The numbers of a document symbol as its citation writes them: "A/HRC/RES/47/21" ->
    ("47", "21"), "A/RES/913 (X)" -> ("913",) (a session in roman numerals or a year in
    brackets is written in each language's own way)."""
    return tuple(str(int(r)) for r in DIGITS.findall(BRACKETED.sub("", symbol)))


def _contains(runs: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` occurs in ``runs`` as consecutive items."""
    k = len(part)
    return any(runs[i : i + k] == part for i in range(len(runs) - k + 1))


Only = set[Any]


def _as_is(a_only: Only, b_only: Only, a: Facts, b: Facts) -> tuple[Only, Only]:
    return a_only, b_only


def _references(a_only: Only, b_only: Only, a: Facts, b: Facts) -> tuple[Only, Only]:
    """Cited documents, less the Charter cited in one version only and the documents one
    version cites by a number that the other states without naming the document ("resolution
    2118" against "la résolution 2118 (2013)", "rules 1 and 2" against "第1和第2条")."""
    if (CHARTER in a_only) != (CHARTER in b_only):
        a_only, b_only = a_only - {CHARTER}, b_only - {CHARTER}
    return _unstated(a_only, b, a), _unstated(b_only, a, b)


def _unstated(cited: Only, stating: Facts, citing: Facts) -> Only:
    """``cited`` less the documents whose numbers ``stating`` gives as plain numbers, provided
    those numbers are all it states beyond ``citing`` (a version that cites "décision 267
    (20097)" where the other has "267 (2009)" states 20097 as well: a changed year)."""
    values = {occurrence_value(v) for v in stating.numbers}
    runs = {t: {str(int(r)) for r in DIGITS.findall(YEAR_SUFFIX.sub("", t))} for t in cited}
    stated = {t for t, numbers in runs.items() if numbers and numbers <= values}
    extra = {occurrence_value(v) for v in stating.numbers - citing.numbers}
    if stated and extra <= set().union(*(runs[t] for t in stated)):
        return cited - stated
    return cited


def _sessions(a_only: Only, b_only: Only, a: Facts, b: Facts) -> tuple[Only, Only]:
    """Sessions, less those the other version names by the same ordinal without the word for
    "session" ("the forty-fifth Pacific Islands Forum" against "الدورة الخامسة والأربعين")."""
    return a_only - b.ordinals, b_only - a.ordinals


def _numbers(a_only: Only, b_only: Only, a: Facts, b: Facts) -> tuple[Only, Only]:
    """Numbers, less those the other version writes in words ("the 13 steps" against "الخطوات
    الثلاث عشرة", "the 15th meeting" against "the fifteenth meeting") and those both versions
    state with their digits grouped differently: "2014 - 2020" against "20142020" (a dash lost),
    "1,630.8" against "630.8 1", "23:59" against "2359". Nor are the digits of a document the
    other version cites and this one writes without citing it (see :func:`_uncited_runs`)."""
    a_left = {v for v in a_only if not _in_words(v, b, a)} - _uncited_runs(a_only, a, b)
    b_left = {v for v in b_only if not _in_words(v, a, b)} - _uncited_runs(b_only, b, a)
    for one, many in ((a_left, b_left), (b_left, a_left)):
        for value in sorted(one):
            parts = (
                _regrouping(_digits(value), many)
                or _hour(value, many)
                or _year_end(value, many)
                or _shared_scale(value, many)
                or _shared_scale_decimal(value, many)
            )
            if parts:
                one.discard(value)
                many.difference_update(parts)
    return a_left, b_left


def _uncited_runs(values: Only, writing: Facts, citing: Facts) -> Only:
    """The occurrences among ``values`` that are the digits of a document ``citing`` cites and
    ``writing`` does not, where ``writing`` writes its numbers in that order: a citation one
    version's markup links, or its analysis reads as a citation, and the other only writes
    ("resolution 30/1 of 21 May 2021" linked to the Commission's report in one version, read
    as resolution 30/1 in another; "2017/18" an unlinked resolution of the Council). The
    citation is compared as such (``reference``); its digits are no numbers of their own."""
    runs: list[str] = []
    for cited in sorted(citing.references - writing.references):
        symbol = _symbol_runs(cited)[-2:]  # "E/CN.15/RES/30/1" is written "30/1"
        if len(symbol) > 1 and _contains(writing.runs, symbol):
            runs += symbol
    out: Only = set()
    for run in runs:
        found = sorted(v for v in values - out if occurrence_value(v) == run)
        if found:
            out.add(found[0])
    return out


def _left_by_words(a_only: Only, b_only: Only, a: Facts, b: Facts) -> bool:
    """Whether each version states numbers the other lacks and some of them the other writes
    in words: what is left once those are set aside is a number one version leaves out ("the
    Beijing Platform for Action (1995) and subsequent reviews Plus Ten (2005) and Fifteen
    (2010)" against "Beijing+10 en 2005 et Beijing+15 en 2010": 1995), low, where before it
    was a different number."""
    return bool(a_only and b_only) and (
        any(_in_words(v, b, a) for v in a_only) or any(_in_words(v, a, b) for v in b_only)
    )


def _in_words(value: str, other: Facts, stating: Facts) -> bool:
    """Whether ``other`` writes the number ``value`` in words and ``stating`` (which has it in
    digits) does not: where both write it in words as well ("GC(67)/RES/7 ... at its
    sixty-seventh session"), a 67 in digits one lacks is a changed number of its own."""
    number = occurrence_value(value)
    return number.isdigit() and int(number) in other.in_words - stating.in_words


def _year_end(value: str, values: set[str]) -> tuple[str, ...] | None:
    """The one of ``values`` that is the year whose last two digits ``value`` gives: "2023/24"
    against "2023/2024", "the 1990s" against "les années 90"."""
    number = occurrence_value(value)
    if not (number.isdigit() and len(number) == 2):
        return None
    found = sorted(v for v in values if _is_year(occurrence_value(v), number))
    return (found[0],) if found else None


def _is_year(candidate: str, end: str) -> bool:
    return len(candidate) == 4 and candidate[:2] in ("19", "20") and candidate.endswith(end)


def _shared_scale(value: str, values: set[str]) -> tuple[str, ...] | None:
    """The one of ``values`` that is ``value`` times a million, a billion or a trillion: one
    scale word for the two ends of a range ("between 691 million and 783 million" against
    "entre 691 et 783 millions")."""
    number = occurrence_value(value)
    if not number.isdigit():
        return None
    scaled = {str(int(number) * 10**k) for k in (6, 9, 12)}
    found = sorted(v for v in values if occurrence_value(v) in scaled)
    return (found[0],) if found else None


def _shared_scale_decimal(value: str, values: set[str]) -> tuple[str, ...] | None:
    """The two of ``values`` that are the whole and the decimal digits of ``value`` over a
    million, a billion or a trillion: one scale word for two decimal ends of a range
    ("between 5.8 trillion and 5.9 trillion" against "بين 5,8 و 5,9 تريليونات", whose "5,8"
    without its scale word is read as its digits 5 and 8)."""
    number = occurrence_value(value)
    if not number.isdigit():
        return None
    for k in (6, 9, 12):
        whole, part = divmod(int(number), 10**k)
        if not (whole and part):
            continue
        fraction = str(part).rjust(k, "0").rstrip("0")
        pieces = [str(whole), str(int(fraction))]
        if fraction.startswith("0") or pieces[0] == pieces[1]:
            continue
        found = [sorted(v for v in values if occurrence_value(v) == p) for p in pieces]
        if all(found):
            return found[0][0], found[1][0]
    return None


def _hour(value: str, values: set[str]) -> tuple[str, ...] | None:
    """The one of ``values`` that is the full hour ``value`` written without its half of the
    day: "from 3 to 6 p.m." gives 3 and 18:00 where "de 15 heures à 18 heures" gives 15:00 and
    18:00; "15:00" is the "3" (or "15") of the other version."""
    time = CLOCK.fullmatch(occurrence_value(value))
    if time is None or time["minute"] != "00":
        return None
    hour = int(time["hour"])
    bare = {str(hour), str(hour - 12)} if hour > 12 else {str(hour)}
    found = sorted(v for v in values if occurrence_value(v) in bare)
    return (found[0],) if found else None


def _digits(value: str) -> str:
    return "".join(DIGITS.findall(occurrence_value(value)))


def _regrouping(digits: str, values: set[str]) -> tuple[str, ...] | None:
    """Up to three of ``values`` whose digits, in some order, spell ``digits`` (only values
    whose digits occur in ``digits`` are tried: a table's many numbers stay cheap)."""
    pieces = {v: _digits(v) for v in sorted(values)}
    candidates = [v for v, d in pieces.items() if d and d in digits]
    for n in range(1, min(3, len(candidates)) + 1):
        for combo in combinations(candidates, n):
            if sum(len(pieces[v]) for v in combo) != len(digits):
                continue
            if any("".join(pieces[v] for v in p) == digits for p in permutations(combo)):
                return combo
    return None


Tolerance = Callable[[Only, Only, Facts, Facts], tuple[Only, Only]]
TOLERANCES: dict[str, Tolerance] = {
    "reference": _references,
    "session": _sessions,
    "number": _numbers,
}
DIGITS = re.compile(r"\d+")
YEAR_SUFFIX = re.compile(r"\s*\(\d{4}\)$")
BRACKETED = re.compile(r"\([^)]*\)")
CLOCK = re.compile(r"(?P<hour>\d\d):(?P<minute>\d\d)")
ISSUE = re.compile(r"/(?:Corr|Add|Rev)\.\d+$", re.IGNORECASE)


# A sentence or a clause ends with one of these (a heading with none): Latin, Arabic, Chinese
CLAUSE_END = frozenset(".;:,!?…؛،؟。；：，！？")
HEADING_LENGTH = 200


# A heading may ask a question ("What do small island developing States want?")
QUESTION_END = frozenset("?؟？")
QUESTION_HEADING_LENGTH = 120
# The label of a section of a document: a capital letter ("B.", "В.") or a roman numeral ("IV.")
SECTION_LABEL = re.compile(r"[A-ZА-Я]|[IVXLC]+")


def heading(unit: Unit) -> bool:
    """Whether a paragraph reads as a heading: short, citing nothing, ending with no
    punctuation ("Annexe", "Réseau de centres d’information des Nations Unies", "المادة 13",
    "Revised estimates for the period from 1 July 2023 to 30 June 2024"; a section's, numbered by
    a capital letter or a roman numeral, of any length), or a short question
    ("Que veulent les petits États insulaires en développement ?").
    The UN's markup gives a heading of some versions as a paragraph of its own and of others
    as a heading, which the comparison does not see: one version alone having it is no
    difference of the texts."""
    text = unit.text.strip().rstrip("\"'”’»)]  ")
    f = unit.facts
    question = bool(text) and text[-1] in QUESTION_END and len(text) <= QUESTION_HEADING_LENGTH
    # a section's heading, numbered by a capital letter or a roman numeral, may be long
    section = bool(f.number and SECTION_LABEL.fullmatch(f.number))
    return (
        (len(text) <= HEADING_LENGTH or section)
        and (question or not (text and text[-1] in CLAUSE_END))
        and not (f.references or f.subparagraphs)
    )


def _place(language: str, unit: Unit | None, other: Unit | None) -> Place:
    if unit is None:
        return Place(language, other.part if other else "", None, None, None)
    return Place(language, unit.part, unit.id, unit.position, unit.text)


def pair_differences(
    languages: tuple[str, str],
    pairs: list[tuple[Unit | None, Unit | None]],
) -> list[Difference]:
    """The differences along one aligned pair of versions; where one version lacks a paragraph,
    its place says after which of its paragraphs it would stand. A stretch where one version's
    markup lost the text of paragraphs is one finding (see :func:`_lost_runs`)."""
    found: list[list[Difference]] = []
    last: list[str | None] = [None, None]
    paired: tuple[Unit, Unit] | None = None  # the last pair of two paragraphs
    elsewhere = (_all_cited(a for a, _ in pairs), _all_cited(b for _, b in pairs))
    for left, right in pairs:
        l_place = _place(languages[0], left, right)
        r_place = _place(languages[1], right, left)
        here: list[Difference] = []
        if left is None or right is None:
            (l_place if left is None else r_place).after = last[0 if left is None else 1]
            here.append(_alone(left or right, l_place, r_place, paired, left is None))
        elif empty(left) != empty(right):  # a version's markup lost the text: not comparable
            here.append(Difference("empty_paragraph", "medium", l_place, r_place))
        else:
            for kind, severity, l_only, r_only in graded_differences(
                left.facts, right.facts, elsewhere
            ):
                note = NOTES.get(kind, "")
                here.append(Difference(kind, severity, l_place, r_place, l_only, r_only, note))
        found.append(here)
        last = [left.id if left else last[0], right.id if right else last[1]]
        if left is not None and right is not None:
            paired = (left, right)
    return _missing_runs(_lost_runs(pairs, found))


def _missing_runs(found: list[Difference]) -> list[Difference]:
    """``found`` with each run of consecutive paragraphs one version lacks (high) given as one
    finding: the first, noted with how many paragraphs the run holds and which. Paragraphs
    one version lacks one after another stand after the same paragraph of that version."""
    out: list[Difference] = []
    run: list[Difference] = []

    def close() -> None:
        if len(run) > 1:
            ids = [d.left.paragraph or d.right.paragraph or "-" for d in run]
            lacking = _lacking_place(run[0])
            note = (
                f"{len(run)} consecutive paragraphs ({_span(ids)}) the {lacking.language} "
                f"version lacks after {lacking.after or 'its beginning'}"
            )
            out.append(replace(run[0], note=note))
        else:
            out.extend(run)
        run.clear()

    for diff in found:
        if diff.kind == "missing_paragraph" and diff.severity == "high" and not diff.note:
            if run and _lacking(run[0]) != _lacking(diff):
                close()
            run.append(diff)
            continue
        close()
        out.append(diff)
    close()
    return out


def _lacking(diff: Difference) -> tuple[str, str | None]:
    """Which version lacks the paragraph of a ``missing_paragraph``, and after which of its
    paragraphs it would stand."""
    place = _lacking_place(diff)
    return place.language, place.after


def _lacking_place(diff: Difference) -> Place:
    """The place of a ``missing_paragraph`` in the version that lacks the paragraph."""
    return diff.left if diff.left.paragraph is None else diff.right


# Paragraphs (pairs) between two paragraphs of a stretch whose text one version's markup lost:
# its paragraphs left alone within this distance belong to the same stretch
LOST_REACH = 6


def _lost_runs(
    pairs: list[tuple[Unit | None, Unit | None]], found: list[list[Difference]]
) -> list[Difference]:
    """The differences of each pair, a stretch where one version's markup lost the text of its
    paragraphs (numbers kept without their text) as one ``empty_paragraph`` finding.

    Where the markup keeps a paragraph's number and loses its text, the text is often given
    to a neighbour or dropped with its paragraph, so that the paragraphs around the empty ones
    are left alone or paired with the wrong ones: their differences are those of the markup,
    not of the texts. A stretch starts and ends with an empty paragraph or one left alone, at
    least one of them empty, each within :data:`LOST_REACH` pairs of the next; everything
    found in it is one finding, which names the paragraphs it covers."""
    trouble = [i for i, here in enumerate(found) if any(_lost(d) for d in here)]
    stretches: list[list[int]] = []
    for i in trouble:
        if stretches and i - stretches[-1][-1] <= LOST_REACH:
            stretches[-1].append(i)
        else:
            stretches.append([i])
    spans = {
        s[0]: s[-1]
        for s in stretches
        if any(d.kind == "empty_paragraph" for i in s for d in found[i])
        and sum(len(found[i]) for i in range(s[0], s[-1] + 1)) > 1
    }
    out: list[Difference] = []
    i = 0
    while i < len(found):
        if i not in spans:
            out += found[i]
            i += 1
            continue
        end = spans[i]
        out.append(_lost_stretch(pairs[i : end + 1], found[i : end + 1]))
        i = end + 1
    return out


def _lost(diff: Difference) -> bool:
    return diff.kind == "empty_paragraph" or (
        diff.kind == "missing_paragraph" and diff.severity == "high"
    )


def _lost_stretch(
    pairs: list[tuple[Unit | None, Unit | None]], found: list[list[Difference]]
) -> Difference:
    """One finding for a stretch of paragraphs whose text one version's markup lost."""
    first = next(d for here in found for d in here)
    left = [u.id for u, _ in pairs if u is not None]
    right = [u.id for _, u in pairs if u is not None]
    emptied = [u.id for pair in pairs for u in pair if u is not None and empty(u)]
    alone = sum(1 for a, b in pairs if a is None or b is None)
    count = sum(len(here) for here in found)
    note = (
        f"markup error: the text of {len(emptied)} paragraphs lost ({_span(emptied)}); "
        f"{alone} paragraphs left alone and {count} differences in "
        f"{_span(left)} / {_span(right)}"
    )
    l_place = replace(first.left, paragraph=left[0] if left else first.left.paragraph)
    r_place = replace(first.right, paragraph=right[0] if right else first.right.paragraph)
    return Difference("empty_paragraph", SEVERITY["empty_paragraph"], l_place, r_place, note=note)


def _span(ids: list[str]) -> str:
    return "-" if not ids else ids[0] if len(ids) == 1 else f"{ids[0]}..{ids[-1]}"


# A version is another text than the reference where the documents and dates the two whole
# versions state have less than this share in common and their paragraphs, aligned, agree on
# less than COVER_FLOOR of the facts of the longer (translations of one text agree on most)
SHARED_FLOOR = 0.2
COVER_FLOOR = 0.6
SHARED_MINIMUM = 4  # documents and dates stated in all: fewer say too little to judge


def same_text(
    left: Sequence[Unit], right: Sequence[Unit], pairs: list[tuple[Unit | None, Unit | None]]
) -> bool:
    """Whether two versions are translations of one text, not two documents (a language's file
    that holds another resolution): the documents and dates they state overlap, or their
    aligned paragraphs agree on most of what they say."""
    stated = [
        frozenset().union(*(u.facts.references | u.facts.dates for u in side))
        for side in (left, right)
    ]
    everything = stated[0] | stated[1]
    if len(everything) < SHARED_MINIMUM:
        return True
    shared = len(stated[0] & stated[1]) / len(everything)
    ratio = length_ratio(left, right)
    agree = sum(similarity(a.facts, b.facts, ratio) for a, b in pairs if a and b)
    cover = agree / max(len(left), len(right), 1)
    return shared >= SHARED_FLOOR or cover >= COVER_FLOOR


def another_text(
    versions: tuple[Version, Version],
    pairs: list[tuple[Unit | None, Unit | None]],
    found: list[Difference],
) -> Difference:
    """The one finding for a version that is another text than the reference: high, with
    what the paragraph-by-paragraph comparison would have reported left out."""
    ref, other = versions
    left, right = (_place(v.language, next(iter(v.units()), None), None) for v in versions)
    aligned = sum(1 for a, b in pairs if a and b)
    note = (
        f"this version is not the same text: {len(ref.units())} paragraphs against "
        f"{len(other.units())}, few of the documents and dates they state in common, "
        f"{aligned} paragraphs paired poorly ({len(found)} differences not listed)"
    )
    return Difference("different_text", SEVERITY["different_text"], left, right, note=note)


def _all_cited(units: Iterable[Unit | None]) -> frozenset[str]:
    """Every document the paragraphs ``units`` cite."""
    return frozenset().union(*(u.facts.references for u in units if u is not None))


def _alone(
    unit: Unit | None,
    left: Place,
    right: Place,
    paired: tuple[Unit, Unit] | None = None,
    right_has: bool = True,
) -> Difference:
    """A paragraph one version has and the other lacks: missing (high), or a heading (low),
    or a number without its text (medium: the markup lost it), or a note the other version
    gives as a footnote (low, see :func:`_note_as_footnote`). ``paired``: the last pair before
    it; ``right_has``: the right version has the paragraph."""
    if unit is not None and empty(unit):
        return Difference("empty_paragraph", "medium", left, right)
    if unit is not None and paired is not None and _note_as_footnote(unit, paired, right_has):
        note = (
            "markup: a note that the other version gives as a footnote of "
            f"{paired[0 if right_has else 1].id}"
        )
        return Difference("missing_paragraph", "low", left, right, note=note)
    severity = "low" if unit is not None and heading(unit) else "high"
    return Difference("missing_paragraph", severity, left, right)


# A note of a table or an annex begins with its label: a letter, alone or in brackets ("b See
# A/78/634.", "(ب) انظر ...", "c 重计费用后的数额。")
NOTE_LABEL = re.compile(r"^\s*(?:\(\w\)|\w\)?)\s")


def _note_as_footnote(unit: Unit, paired: tuple[Unit, Unit], right_has: bool) -> bool:
    """Whether a paragraph one version alone has is a note the other version's markup gives as
    a footnote: it begins with a note's label (a letter), and the paragraph just before it
    has more footnotes in the other version than in this one (the notes of a table that one
    version's markup gives as paragraphs after it, another's as its footnotes)."""
    label = NOTE_LABEL.match(unit.text)
    if label is None or any(c.isdigit() or c == "_" for c in label.group()):
        return False
    own, other = (paired[1], paired[0]) if right_has else paired
    return other.facts.footnotes > own.facts.footnotes
