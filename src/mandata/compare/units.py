"""A document as the ordered units a comparison aligns: its parts (letter, annexes, resolutions,
body) and, in each, the paragraphs with the facts that do not depend on the language."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import cast

from mandata.analyze.paragraph import analyze_paragraph
from mandata.analyze.sessions import ordinals_in
from mandata.compare.numbers import numbers
from mandata.model import Document, Paragraph, ParagraphKind
from mandata.normalize import fold
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
    sessions: frozenset[int] = frozenset()
    entities: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    ordinals: frozenset[int] = frozenset()  # every ordinal in words, session or not
    subparagraphs: int = 0
    footnotes: int = 0


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


def paragraph_facts(para: Paragraph, references: list[str], language: str | None) -> Facts:
    """The language-independent facts of ``para`` (in ``language``); ``references`` are the
    targets it cites."""
    accounted = [*references, *para.dates, *(str(s) for s in para.sessions)]
    if para.number:
        accounted.append(para.number)
    accounted += [s.label for s in para.subparagraphs] + [f.marker for f in para.footnotes]
    counted: Counter[str] = numbers(para.text, accounted, language)
    return Facts(
        kind=para.kind,
        number=para.number,
        action=para.action,
        references=frozenset(references),
        dates=frozenset(para.dates),
        sessions=frozenset(para.sessions),
        entities=frozenset(para.entities) - SELF_REFERENCES,
        numbers=frozenset(_occurrences(counted)),
        ordinals=ordinals_in(para.text, language) if language else frozenset(),
        subparagraphs=len(para.subparagraphs),
        footnotes=len(para.footnotes),
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
    for ref in doc.references:
        if ref.paragraph:
            cited.setdefault(ref.paragraph, []).append(_SUPPLEMENT.sub("", ref.target))
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
        if paras:
            out.parts[part] = [
                Unit(part, p.id, i, p.text, paragraph_facts(p, cited.get(p.id, []), doc.language))
                for i, p in enumerate(paras, 1)
            ]
    return out


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
