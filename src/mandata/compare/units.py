"""A document as the ordered units a comparison aligns: its parts (letter, annexes, resolutions,
body) and, in each, the paragraphs with the facts that do not depend on the language."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import cast

from mandata import lang
from mandata.analyze.paragraph import analyze_paragraph
from mandata.analyze.sessions import ordinals_both_ways
from mandata.compare.links import faulty_links
from mandata.compare.numbers import cardinals_in, numbers
from mandata.model import Document, Paragraph, ParagraphKind, Reference
from mandata.normalize import fold
from mandata.scan.dates import month_dates
from mandata.segment.blocks import NUMBERED

# The Assembly names itself or writes "its" as translators choose ("submit to the General
# Assembly at its eighty-second session", "que le presente en su octogésimo segundo período"):
# it is the author, not a fact a version can get wrong.
SELF_REFERENCES = frozenset({"un:general-assembly"})


@dataclass(frozen=True)
class Facts:
    """What a paragraph says in any language: compared between versions."""

    kind: str | None = None
    number: str | None = None
    action: str | None = None
    references: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()
    # months of a year without a day ("en mai 2024": "2024-05"), held against the other's dates
    months: frozenset[str] = frozenset()
    sessions: frozenset[int] = frozenset()
    entities: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    ordinals: frozenset[int] = frozenset()  # every ordinal in words, session or not
    # every number written in words, cardinal or ordinal ("ten", "الثلاث عشرة", "十七")
    in_words: frozenset[int] = frozenset()
    subparagraphs: int = 0
    footnotes: int = 0
    # every digit run the paragraph writes, its footnotes included ("913", "47", "21"), in
    # order: where a version cites a document the other only names, the other's text still
    # states its number
    runs: tuple[str, ...] = ()
    # the citations a version's own words contradict, and those they stand for (see
    # :mod:`mandata.compare.links`): a markup fault, not a different document
    mislinked: frozenset[str] = frozenset()
    length: int = 0  # characters of text: translations of one paragraph have related lengths
    pieces: int = 1  # paragraphs of the version read as this one (see :func:`merged`)


@dataclass
class Unit:
    """One paragraph of one version, where it stands and what it says."""

    part: str
    id: str
    position: int
    text: str
    facts: Facts


@dataclass
class Version:
    """One language version cut into parts, in document order."""

    language: str
    symbol: str | None
    parts: dict[str, list[Unit]] = field(default_factory=dict)

    def units(self) -> list[Unit]:
        """Every paragraph, parts in document order."""
        return [unit for part in self.parts.values() for unit in part]


def paragraph_facts(
    para: Paragraph, references: list[str], language: str | None, printed: Sequence[str] = ()
) -> Facts:
    """The language-independent facts of ``para`` (in ``language``); ``references`` are the
    targets it cites; ``printed``, citations as its words print them, whose digits are no
    numbers of its own either."""
    months = month_dates(para.text, language) if language and language in lang.LANGUAGES else []
    accounted = [*references, *printed, *para.dates, *(str(s) for s in para.sessions)]
    if para.number:
        accounted.append(para.number)
    accounted += [s.label for s in para.subparagraphs] + [f.marker for f in para.footnotes]
    counted: Counter[str] = numbers(para.text, accounted, language)
    ordinals, ordinals_in_words = (
        ordinals_both_ways(para.text, language) if language else (frozenset(), frozenset())
    )
    return Facts(
        kind=para.kind,
        number=para.number,
        action=para.action,
        references=frozenset(references),
        dates=frozenset(para.dates),
        months=frozenset(month for _, month in months),
        sessions=frozenset(para.sessions),
        entities=frozenset(para.entities) - SELF_REFERENCES,
        numbers=frozenset(_occurrences(counted)),
        ordinals=ordinals,
        in_words=cardinals_in(para.text, language) | ordinals_in_words if language else frozenset(),
        subparagraphs=len(para.subparagraphs),
        footnotes=len(para.footnotes),
        runs=tuple(digit_runs(" ".join(_texts(para)))),
        length=len(para.text) + sum(len(s.text) for s in para.subparagraphs),
    )


def _texts(para: Paragraph) -> list[str]:
    """The paragraph's text, its sub-paragraphs' and its footnotes'."""
    return [para.text, *(s.text for s in para.subparagraphs), *(f.text for f in para.footnotes)]


def digit_runs(text: str) -> list[str]:
    """The runs of digits in ``text``, without leading zeros, in order."""
    return [str(int(run)) for run in _DIGITS.findall(text)]


_DIGITS = re.compile(r"\d+")


def merged(units: Sequence[Unit]) -> Unit:
    """Consecutive paragraphs of one version taken as one: where another version's markup or
    parser made one paragraph of what this one splits ("(ii) ... (iii) ..." as one paragraph
    with its sub-paragraph, or a number alone and its text), the facts are those of the
    whole run."""
    if len(units) == 1:
        return units[0]
    first = units[0]
    facts = [u.facts for u in units]
    return Unit(
        first.part,
        "+".join(u.id for u in units),
        first.position,
        " ".join(u.text for u in units),
        merged_facts(facts),
    )


def merged_facts(facts: Sequence[Facts]) -> Facts:
    """The facts of consecutive paragraphs read as one paragraph."""
    counted: Counter[str] = Counter()
    for f in facts:
        counted.update(occurrence_value(v) for v in f.numbers)
    return Facts(
        kind=facts[0].kind,
        number=next((f.number for f in facts if f.number), None),
        action=next((f.action for f in facts if f.action), None),
        references=frozenset().union(*(f.references for f in facts)),
        dates=frozenset().union(*(f.dates for f in facts)),
        months=frozenset().union(*(f.months for f in facts)),
        sessions=frozenset().union(*(f.sessions for f in facts)),
        entities=frozenset().union(*(f.entities for f in facts)),
        numbers=frozenset(_occurrences(counted)),
        ordinals=frozenset().union(*(f.ordinals for f in facts)),
        in_words=frozenset().union(*(f.in_words for f in facts)),
        subparagraphs=sum(f.subparagraphs for f in facts),
        footnotes=sum(f.footnotes for f in facts),
        runs=tuple(r for f in facts for r in f.runs),
        length=sum(f.length for f in facts),
        pieces=sum(f.pieces for f in facts),
        mislinked=frozenset().union(*(f.mislinked for f in facts)),
    )


def _occurrences(counted: Counter[str]) -> list[str]:
    """A multiset as a set: "2015", "2015#2" for its second occurrence, and so on, so that a
    version that changed one of three 2015s differs from one that did not."""
    return [v if i == 1 else f"{v}#{i}" for v, n in counted.items() for i in range(1, n + 1)]


def occurrence_value(occurrence: str) -> str:
    """The number an occurrence of :func:`_occurrences` stands for: "2015#2" -> "2015"."""
    return occurrence.split("#", 1)[0]


# "A/34/45 (Supp)": the UN's links mark the Official Records supplement in some languages only;
# it is the same document
_SUPPLEMENT = re.compile(r"\s*\((?:supp|part\s*[ivx]+)\)\s*$", re.IGNORECASE)


def version(doc: Document) -> Version:
    """``doc`` cut into parts: ``letter``, ``annex N``, ``resolution N``, ``body``."""
    cited: dict[str, list[str]] = {}
    refs: dict[str, list[Reference]] = {}
    for ref in doc.references:
        if ref.paragraph:
            cited.setdefault(ref.paragraph, []).append(_SUPPLEMENT.sub("", ref.target))
            refs.setdefault(ref.paragraph, []).append(ref)
    out = Version(language=doc.language or "und", symbol=doc.symbol)
    groups: list[tuple[str, list[Paragraph]]] = []
    if doc.letter:
        groups.append(("letter", doc.letter.paragraphs))
    groups += [(f"annex {a.number}", a.paragraphs) for a in doc.annexes]
    groups += [
        (f"resolution {i}", r.preamble + r.operative) for i, r in enumerate(doc.resolutions, 1)
    ]
    groups.append(("body", doc.paragraphs))
    for part, paras in groups:
        units = [
            Unit(part, p.id, i, p.text, _facts(p, cited, refs, doc.language))
            for i, p in enumerate(paras, 1)
        ]
        if units:
            out.parts[part] = _numbers_carried(units)
    return out


def _facts(
    para: Paragraph,
    cited: dict[str, list[str]],
    refs: dict[str, list[Reference]],
    language: str | None,
) -> Facts:
    """The facts of ``para`` with the citations its words contradict (see
    :func:`mandata.compare.links.faulty_links`). The digits of a link's printed text are no
    numbers of the paragraph, whatever its target ("77/114" that the markup links to another
    resolution), where the text or a footnote prints it whole (not a link cut short: "76/1" of
    "76/172")."""
    texts = " ".join([para.text, *(f.text for f in para.footnotes)])
    printed = [
        r.text
        for r in refs.get(para.id or "", [])
        if r.text and re.search(rf"(?<![\d/]){re.escape(r.text)}(?![\d/])", texts)
    ]
    facts = paragraph_facts(para, cited.get(para.id or "", []), language, printed)
    faulty = faulty_links(refs.get(para.id or "", []), para, language)
    return replace(facts, mislinked=frozenset(faulty)) if faulty else facts


def _numbers_carried(units: list[Unit]) -> list[Unit]:
    """``units`` less the paragraphs that are a number alone followed by an unnumbered one (the
    UN's markup of some versions puts "1." in a paragraph of its own and the text in the next):
    the number goes to the next paragraph, which it numbers. A number alone before another
    number stays: a paragraph whose text the version lacks (see :func:`empty`)."""
    out: list[Unit] = []
    for i, unit in enumerate(units):
        after = units[i + 1] if i + 1 < len(units) else None
        if _number_alone(unit) and after is not None and not after.facts.number:
            after.facts = replace(after.facts, number=unit.facts.number)
            continue
        out.append(unit)
    return out


def empty(unit: Unit) -> bool:
    """Whether a paragraph of one piece has no text (the markup kept its number only)."""
    return unit.facts.pieces == 1 and not unit.text.strip()


def _number_alone(unit: Unit) -> bool:
    facts = unit.facts
    return not (unit.text.strip() or facts.subparagraphs or facts.footnotes) and bool(facts.number)


def text_facts(text: str, code: str) -> Facts:
    """The facts of one stand-alone paragraph or sentence ``text`` in language ``code``."""
    folded = fold(text)[0]
    numbered = NUMBERED.match(folded)
    folded = folded[numbered.end() :] if numbered else folded
    found = analyze_paragraph(folded, code)
    para = Paragraph(
        kind=cast(ParagraphKind, found.kind or "body"),
        text=folded,
        action=found.action,
        dates=found.dates,
        sessions=found.sessions,
        entities=found.entities,
    )
    return paragraph_facts(para, [r.target for r in found.references], code)
