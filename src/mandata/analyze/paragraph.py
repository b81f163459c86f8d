"""One paragraph analysed: its action, what it cites, the dates, sessions and actors it names,
and the mandates it creates. The same facts in every language."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from mandata import lang
from mandata.analyze.entities import find_entities
from mandata.analyze.mandates import Context, find_mandates
from mandata.analyze.references import find_references
from mandata.analyze.sessions import find_sessions
from mandata.model import Mandate, Reference
from mandata.scan.dates import all_dates, impossible_dates
from mandata.segment.blocks import NUMBERED
from mandata.segment.phrases import leading_phrase


@dataclass
class ParagraphFacts:
    """What ``mandata analyze`` prints for one paragraph."""

    kind: str | None = None
    phrase: str | None = None
    action: str | None = None
    modifier: str | None = None
    references: list[Reference] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    sessions: list[int] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    mandates: list[Mandate] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def analyze_paragraph(
    text: str,
    code: str,
    session: int | None = None,
    kind: str | None = None,
    paragraph: str | None = None,
    context: Context | None = None,
) -> ParagraphFacts:
    """The facts of one paragraph in language ``code``; ``session`` is the document's session
    (for "at its next session"); ``kind`` the paragraph's kind when the document says it."""
    numbered = NUMBERED.match(text)
    body = text[numbered.end() :] if numbered else text
    phrase = leading_phrase(body.strip(), code)
    # where the leading phrase ends in the body (the phrase is read from its stripped text)
    lead = len(body) - len(body.lstrip()) + len(phrase.text) if phrase else 0
    kind = kind or ("operative" if numbered else (phrase.kind if phrase else None))
    kind = kind if kind in ("preambular", "operative") or not phrase else _kind_by_end(body, code)
    mentions = find_sessions(body, code, session)
    facts = ParagraphFacts(
        kind=kind,
        phrase=phrase.text if phrase else None,
        action=phrase.action_for(kind or "preambular") if phrase else None,
        modifier=phrase.modifier if phrase else None,
        references=find_references(body, code, paragraph),
        dates=list(dict.fromkeys(d.isoformat() for _, d in all_dates(body, code))),
        sessions=list(dict.fromkeys(m.session for m in mentions)),
        entities=find_entities(body, code, context.orgs if context else ()),
        problems=[f"impossible date: {d}" for d in impossible_dates(body, code)],
    )
    if kind == "operative":
        facts.mandates = find_mandates(
            body, code, facts.action, mentions, paragraph, session, context, lead
        )
    return facts


def _kind_by_end(text: str, code: str) -> str | None:
    """The kind of a paragraph whose leading phrase serves both (Chinese 回顾, 请): a comma ends
    a preambular paragraph, a semicolon or a full stop an operative one."""
    table = lang.get(code).analysis
    last = text.rstrip()[-1:]
    if last and last in table["preambular_end"]:
        return "preambular"
    if last and last in table["operative_end"]:
        return "operative"
    return None
