"""The Document and its parts: the one contract between parsing and everything after it.

Every class is a plain dataclass; :meth:`Document.to_dict` gives the JSON form documented in the
README (``SCHEMA_VERSION`` is bumped when a field is renamed or removed; new fields may be added) and
:meth:`Document.from_dict` reads it back, so that parse -> JSON -> load -> JSON is the identity.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

SCHEMA_VERSION = 1

ParagraphKind = Literal["preambular", "operative", "body"]
DOC_TYPES = (
    "resolution",
    "draft_resolution",
    "decision",
    "draft_decision",
    "letter",
    "report",
    "agenda",
    "other",
)


@dataclass
class Footnote:
    """A footnote, attached to the paragraph whose text calls its ``marker``."""

    marker: str
    text: str


@dataclass
class Subparagraph:
    """A lettered or numbered sub-paragraph: "(a)", "(i)", "(一)"; may nest."""

    label: str
    text: str
    subparagraphs: list[Subparagraph] = field(default_factory=list)


@dataclass
class Reference:
    """Something a paragraph cites (filled by the analysis stage): ``type`` (ga_resolution,
    sc_resolution, ga_decision, document, charter, rule_of_procedure, other), ``target`` in
    canonical form ("A/RES/59/50", "S/RES/1631 (2005)"), the ``date`` the text gives it, the id
    of its ``paragraph`` and the ``text`` of the citation as printed. ``found_in`` says where the
    citation stands: "text" (the paragraph's own text) or "footnote" (a footnote the paragraph
    calls); None when not known."""

    type: str
    target: str
    date: str | None = None
    paragraph: str | None = None
    text: str | None = None
    found_in: str | None = None


@dataclass
class Mandate:
    """What a paragraph asks for (filled by the analysis stage).

    ``type`` is "report" (``addressee``, ``session`` or ``periodicity``, ``subject``),
    "agenda_item" (``session``, ``title``, ``parent``: the item it goes under) or "directive"
    (``addressee``, ``action``: another ask to a named actor). ``paragraph`` is the paragraph id.
    """

    type: str
    addressee: str | None = None
    session: int | None = None
    periodicity: str | None = None
    subject: str | None = None
    title: str | None = None
    parent: str | None = None
    action: str | None = None
    paragraph: str | None = None


@dataclass
class Vote:
    """How a resolution was adopted, as the UN's markup records it: the ``outcome``
    ("adoptedWithoutVote", "adoptedRecordedVote"...), the counts and the States of each side."""

    outcome: str | None = None
    in_favour: int | None = None
    against: int | None = None
    abstaining: int | None = None
    voters: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Paragraph:
    """One paragraph of a resolution, letter or annex.

    ``phrase`` is the leading phrase as printed ("Referring also to", "وإذ تشير أيضا إلى");
    ``action`` its canonical key, the same in every language ("recall", "take_note");
    ``modifier`` the manner words set apart from the key ("with appreciation"); ``number`` the
    printed number of an operative paragraph (or of a numbered paragraph of a letter or annex).
    ``span`` is [start, end) in the text as read, before normalization; ``page`` the 1-based page.
    """

    kind: ParagraphKind
    text: str
    id: str = ""
    number: str | None = None
    phrase: str | None = None
    action: str | None = None
    modifier: str | None = None
    section: str | None = None
    subparagraphs: list[Subparagraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    page: int | None = None
    span: list[int] | None = None
    dates: list[str] = field(default_factory=list)
    sessions: list[int] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)


@dataclass
class Resolution:
    """A resolution or decision text: adopted, or a draft (also when inside an annex)."""

    number: str | None = None
    part: str | None = None
    title: str | None = None
    draft: bool = False
    annex: int | None = None
    preamble: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    meeting: str | None = None  # the closing meeting line of this text (each part has its own)


@dataclass
class Letter:
    """A letter (usually to the Secretary-General) and what it says."""

    date: str | None = None
    addressee: str | None = None
    sender: str | None = None
    signatory: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Annex:
    """An annex of a letter or report. A draft resolution annex has its text in ``resolutions``."""

    number: int
    title: str | None = None
    kind: str = "other"
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Document:
    """One language version of one UN document, as parsed."""

    source: str | None = None
    symbol: str | None = None
    language: str | None = None
    original_language: str | None = None
    distribution: str | None = None
    date: str | None = None
    body: str | None = None
    session: int | None = None
    agenda_items: list[str] = field(default_factory=list)
    title: str | None = None
    doc_type: str = "other"
    adopted: str | None = None
    drafts: list[str] = field(default_factory=list)
    meeting: str | None = None
    committee: str | None = None
    sponsors: list[str] = field(default_factory=list)
    vote: Vote | None = None
    subjects: list[str] = field(default_factory=list)
    letter: Letter | None = None
    annexes: list[Annex] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    mandates: list[Mandate] = field(default_factory=list)
    request: dict[str, Any] | None = None
    format: str | None = None
    encoding: str | None = None
    pages: int | None = None
    ocr_pages: list[int] = field(default_factory=list)
    ocr_confidence: float | None = None
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (plain dicts, lists, strings, numbers, None)."""
        out = _plain(self)
        assert isinstance(out, dict)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Read back what :meth:`to_dict` wrote."""
        return _load(cls, data)

    def all_paragraphs(self) -> list[Paragraph]:
        """Every paragraph in document order: letter, annexes, resolutions, loose paragraphs."""
        out: list[Paragraph] = []
        if self.letter:
            out.extend(self.letter.paragraphs)
        for annex in self.annexes:
            out.extend(annex.paragraphs)
        for res in self.resolutions:
            out.extend(res.preamble)
            out.extend(res.operative)
        out.extend(self.paragraphs)
        return out


T = TypeVar("T")


_FIELDS: dict[type, tuple[str, ...]] = {}


_SCALARS = (str, int, float, bool, type(None))
_SCALARS_SET = frozenset(_SCALARS)


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies (the model holds only dataclasses, lists,
    dicts and JSON scalars); scalars first, as most values are."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is list:
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    if kind is dict:
        return {k: v if type(v) in _SCALARS else _plain(v) for k, v in value.items()}
    convert = _CONVERTERS.get(kind)
    if convert is not None:
        return convert(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _converter(kind)(value)
    return value


_CONVERTERS: dict[type, Callable[[Any], dict[str, Any]]] = {}


def _converter(cls: type) -> Callable[[Any], dict[str, Any]]:
    """The dict form of a dataclass ``cls`` as one function made for its fields (a dict display
    reading each field by name: a quarter less time than a loop over the fields)."""
    names = _field_names(cls)
    items = ", ".join(
        f"{name!r}: (v if type(v := value.{name}) in scalars else plain(v))" for name in names
    )
    space: dict[str, Any] = {"scalars": _SCALARS_SET, "plain": _plain}
    exec(f"def convert(value):\n    return {{{items}}}\n", space)
    convert: Callable[[Any], dict[str, Any]] = space["convert"]
    _CONVERTERS[cls] = convert
    return convert


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _load(cls: type[T], data: dict[str, Any]) -> T:
    """Build dataclass ``cls`` from its dict form, recursing into nested dataclasses."""
    kwargs: dict[str, Any] = {}
    for name in _field_names(cls):
        if name not in data:
            continue
        value = data[name]
        inner = _NESTED_TYPES.get((cls.__name__, name))
        if inner is not None and value is not None:
            value = (
                [_load(inner, v) for v in value] if isinstance(value, list) else _load(inner, value)
            )
        kwargs[name] = value
    return cls(**kwargs)


_NESTED_TYPES: dict[tuple[str, str], type] = {
    ("Document", "letter"): Letter,
    ("Document", "annexes"): Annex,
    ("Document", "resolutions"): Resolution,
    ("Document", "paragraphs"): Paragraph,
    ("Document", "footnotes"): Footnote,
    ("Document", "references"): Reference,
    ("Document", "mandates"): Mandate,
    ("Document", "vote"): Vote,
    ("Letter", "paragraphs"): Paragraph,
    ("Annex", "paragraphs"): Paragraph,
    ("Resolution", "preamble"): Paragraph,
    ("Resolution", "operative"): Paragraph,
    ("Paragraph", "subparagraphs"): Subparagraph,
    ("Paragraph", "footnotes"): Footnote,
    ("Subparagraph", "subparagraphs"): Subparagraph,
}
