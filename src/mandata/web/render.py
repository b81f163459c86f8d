"""What the pages show, computed before the templates see it: a paragraph cut into its leading
phrase, its citations and plain text; the parts of a document; the names of the entities (the
UN's own names, in the page's language, instead of identifiers); charts as shapes to draw.

Nothing here builds HTML: templates escape every piece of text they print.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mandata import lang
from mandata.analyze.entities import entity_name
from mandata.export.akn_meta import ACTORS
from mandata.model import Document, Mandate, Paragraph, Reference, Resolution

# The languages in the UN's order (Arabic, Chinese, English, French, Russian, Spanish), each by
# its own name.
LANGUAGE_NAMES = {code: lang.get(code).native_name for code in ("ar", "zh", "en", "fr", "ru", "es")}
RTL = frozenset(code for code in lang.LANGUAGES if lang.get(code).right_to_left)
DOCUMENT_TYPES = frozenset({"ga_resolution", "sc_resolution", "ga_decision", "document"})
"""Reference types whose target is a UN document symbol (a link); the Charter and the rules of
procedure are cited, not linked."""


def direction(language: str | None) -> str:
    """``rtl`` for Arabic, ``ltr`` otherwise."""
    return "rtl" if language in RTL else "ltr"


@dataclass(frozen=True)
class Segment:
    """A piece of a paragraph's text: plain, the leading phrase, or a citation of ``target``."""

    text: str
    kind: str = "text"  # text | phrase | ref (a document symbol) | cite (the Charter, a rule)
    target: str | None = None


@dataclass
class ShownParagraph:
    """A paragraph ready to show: its segments and the mandates it creates."""

    paragraph: Paragraph
    segments: list[Segment]
    mandates: list[Mandate] = field(default_factory=list)


@dataclass
class Part:
    """A titled group of paragraphs: the letter, an annex, a resolution's preamble or operative
    part, or the loose body."""

    title: str
    kind: str
    paragraphs: list[ShownParagraph]


def segments(para: Paragraph, references: list[Reference]) -> list[Segment]:
    """``para``'s text cut at its leading phrase and at each citation printed in it."""
    text = para.text
    marks: list[tuple[int, int, str, str | None]] = []
    if para.phrase:
        at = text.find(para.phrase)
        if 0 <= at < 12:
            marks.append((at, at + len(para.phrase), "phrase", None))
    for ref in references:
        if not ref.text:
            continue
        at = text.find(ref.text)
        if at >= 0:
            kind = "ref" if ref.type in DOCUMENT_TYPES else "cite"
            marks.append((at, at + len(ref.text), kind, ref.target))
    out, pos = [], 0
    for start, end, kind, target in sorted(marks):
        if start < pos:
            continue
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], kind, target))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def parts(doc: Document) -> list[Part]:
    """The document's paragraphs grouped as printed, each cut into segments."""
    by_para: dict[str, list[Reference]] = {}
    for ref in doc.references:
        by_para.setdefault(ref.paragraph or "", []).append(ref)
    asks: dict[str, list[Mandate]] = {}
    for m in doc.mandates:
        asks.setdefault(m.paragraph or "", []).append(m)

    def shown(paras: list[Paragraph]) -> list[ShownParagraph]:
        return [
            ShownParagraph(p, segments(p, by_para.get(p.id, [])), asks.get(p.id, [])) for p in paras
        ]

    out: list[Part] = []
    if doc.letter and doc.letter.paragraphs:
        out.append(Part("letter", "letter", shown(doc.letter.paragraphs)))
    for annex in doc.annexes:
        title = f"annex {annex.number}" + (f": {annex.title}" if annex.title else "")
        inside = [r for r in doc.resolutions if r.annex == annex.number]
        if annex.paragraphs or inside:
            out.append(Part(title, "annex", shown(annex.paragraphs)))
        out += _resolution_parts(inside, shown)
    out += _resolution_parts([r for r in doc.resolutions if not r.annex], shown)
    if doc.paragraphs:
        out.append(Part("text", "body", shown(doc.paragraphs)))
    return [p for p in out if p.paragraphs or p.kind == "annex"]


def _resolution_parts(
    resolutions: list[Resolution], shown: Callable[[list[Paragraph]], list[ShownParagraph]]
) -> list[Part]:
    out = []
    for res in resolutions:
        name = "draft resolution" if res.draft else "resolution"
        name += f" {res.number}" if res.number else ""
        out.append(Part(f"{name}: preamble", "preamble", shown(res.preamble)))
        out.append(Part(f"{name}: operative part", "operative", shown(res.operative)))
    return out


@dataclass(frozen=True)
class EntityLabel:
    """How a page shows an entity: its ``name`` in language ``lang``, and its identifier ``id``
    (kept for the tooltip; the JSON gives the identifier alone)."""

    name: str
    lang: str | None
    id: str


def entity_label(identifier: str, language: str | None = "en") -> EntityLabel:
    """An entity's UN name in ``language`` (the page's), else in English, else the identifier
    itself: "un:secretary-general" is "Secretary-General", "Генеральный секретарь", "秘书长"."""
    code = language if language in LANGUAGE_NAMES else "en"
    for each in dict.fromkeys((code, "en")):
        name = entity_name(identifier, each)
        if name:
            return EntityLabel(name, each, identifier)
    return EntityLabel(identifier, None, identifier)


def body_label(body: str, language: str | None = "en") -> EntityLabel:
    """A document's ``body`` ("GA", "SC", "ECOSOC", "HRC") as the organ's name."""
    organ = ACTORS.get(body)
    return entity_label(organ[1], language) if organ else EntityLabel(body, None, body)


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: where it stands, how high, and what it shows."""

    x: float
    y: float
    width: float
    height: float
    label: str
    value: int
    series: str


def session_chart(rows: list[dict[str, Any]], height: float = 160.0) -> dict[str, Any]:
    """Bars of reports and agenda items due per session (rows of
    :func:`mandata.registry.queries.sessions`), oldest session first."""
    rows = sorted(
        (r for r in rows if r["reports_due"] or r["agenda_items_due"]), key=lambda r: r["session"]
    )
    top = max([max(r["reports_due"], r["agenda_items_due"]) for r in rows] or [1]) or 1
    bar, gap = 14.0, 10.0
    bars: list[Bar] = []
    for i, r in enumerate(rows):
        x = 40 + i * (2 * bar + gap)
        for j, (series, value) in enumerate(
            (("reports", r["reports_due"]), ("items", r["agenda_items_due"]))
        ):
            h = height * value / top
            bars.append(
                Bar(x + j * bar, 10 + height - h, bar - 1, h, str(r["session"]), value, series)
            )
    width = 40 + len(rows) * (2 * bar + gap) + 20
    return {"bars": bars, "width": width, "height": height + 40, "top": top, "base": 10 + height}


@dataclass(frozen=True)
class Node:
    """A document in the citation graph, where it is drawn and where it links to."""

    x: float
    y: float
    symbol: str
    role: str  # center | cites | cited_by
    stored: bool


def citation_graph(found: dict[str, Any], held: bool, row: float = 26.0) -> dict[str, Any]:
    """A three-column drawing of :func:`mandata.registry.queries.refs`: what the document cites
    on the left, the document in the middle (``held`` when the registry holds it), what cites
    it on the right."""
    cites = sorted(
        {r["target"]: r["resolved"] for r in found["cites"] if r["type"] in DOCUMENT_TYPES}.items()
    )
    cited_by = sorted({r["symbol"] for r in found["cited_by"] if r["symbol"]})
    rows = max(len(cites), len(cited_by), 1)
    height = 20 + rows * row
    center = Node(360, 24 + height / 2, found["symbol"], "center", held)
    nodes = [center]
    nodes += [Node(110, 44 + i * row, s, "cites", ok) for i, (s, ok) in enumerate(cites)]
    nodes += [Node(610, 44 + i * row, s, "cited_by", True) for i, s in enumerate(cited_by)]
    return {"nodes": nodes, "center": center, "width": 720, "height": height + 34}
