"""General Assembly decisions as the UN publishes them in JSON (the IGov records).

A decision has no document of its own: the Assembly's decisions are records of one JSON object
each (``ED_DecisionNumber`` "78/541", ``ED_Title``, ``ED_Session``, ``ED_Meeting`` with the
meetings and their dates, ``ED_AgendaItem``, ``ED_Plenary_Committee``, ``ED_DecisionText``: the
text in the past tense, "At its 50th plenary meeting, ..., the General Assembly ... decided to
include in the provisional agenda of its seventy-ninth session the item entitled ..."). This
module reads one record into a :class:`~mandata.model.Document` of type "decision", symbol
``A/DEC/78/541`` (a record of one part: ``A/DEC/78/528 A``; the parts "A and B" in one record:
``A/DEC/78/504``), one
operative paragraph per block of its text (a lettered clause "(a)", "b." is a paragraph of its
own), the footnotes the text writes inline "(Footnote: A/78/448, para.7.)" taken out as the
paragraph's footnotes. The analysis stage then finds in it what a resolution's operative
paragraphs would give: references, and the items it puts on or defers to a later session's
agenda (:mod:`mandata.analyze.mandates`).
"""

from __future__ import annotations

import json
import re
from typing import Any

from mandata.errors import UnreadableDocument
from mandata.model import Document, Footnote, Paragraph

_NUMBER = re.compile(r"^\s*(?P<session>\d{1,3})/(?P<number>\d{1,4})(?:\s+(?P<part>[A-Z])\s*$)?")
_SESSION = re.compile(r"(\d{1,3})")
_FOOTNOTE = re.compile(r"[\(\[]\s*foot\s*note\s*:\s*(?P<text>[^\)\]]*?\)?)\s*[\)\]]", re.I)
_CALL = re.compile(r"\[\d{1,3}\]")
_CLAUSE = re.compile(r"^\s*(?:\((?P<a>[a-z]{1,4})\)|(?P<b>[a-z])\.)\s+(?=[A-Z])")
_PART = re.compile(r"^(?P<part>[A-Z])\s*$")
_KEY = "ED_DecisionNumber"


def is_decision_json(data: bytes) -> bool:
    """A JSON object with a decision number: one decision record."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and f'"{_KEY}"'.encode() in data[:65536]


def read_decision(data: bytes, source: str | None = None) -> Document:
    """One decision record as a Document (not yet analysed)."""
    try:
        record = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise UnreadableDocument(
            f"{source or 'decision'}: not a JSON decision record: {err}"
        ) from None
    if not isinstance(record, dict) or not isinstance(record.get(_KEY), str):
        raise UnreadableDocument(f"{source or 'decision'}: no {_KEY} in the record")
    number = _NUMBER.match(record[_KEY])
    if number is None:
        raise UnreadableDocument(
            f"{source or 'decision'}: unreadable decision number {record[_KEY]!r}"
        )
    meetings = _meetings(record.get("ED_Meeting"))
    doc = Document(
        source=source,
        symbol=f"A/DEC/{int(number['session'])}/{int(number['number'])}{_part(number)}",
        language="en",
        body="GA",
        session=int(number["session"]),
        title=_clean(record.get("ED_Title")) or None,
        doc_type="decision",
        format="json",
        committee=_clean(record.get("ED_Plenary_Committee")) or None,
    )
    if meetings:
        doc.date = doc.adopted = meetings[0][0]
        doc.meeting = meetings[0][1]
    item = _clean(record.get("ED_AgendaItem"))
    doc.agenda_items = [item] if item else []
    doc.paragraphs = paragraphs(str(record.get("ED_DecisionText") or ""))
    return doc


def _part(number: re.Match[str]) -> str:
    """ " A" for the record of one part ("78/528 A"); a record of several parts ("78/504 A and
    B") is the decision's number alone."""
    return f" {number['part']}" if number["part"] else ""


def _meetings(value: Any) -> list[tuple[str | None, str | None]]:
    out = []
    for m in value if isinstance(value, list) else []:
        if isinstance(m, dict):
            date = str(m.get("ED_Date") or "")[:10] or None
            out.append((date, _clean(m.get("ED_Number")) or None))
    return sorted(out, key=lambda m: m[0] or "")


def _clean(value: Any) -> str:
    return " ".join(str(value or "").split())


def _lines(text: str) -> list[str]:
    """The text's lines, a line that a quotation runs over joined to the next."""
    out: list[str] = []
    for line in text.splitlines():
        if out and out[-1].count("“") > out[-1].count("”"):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def paragraphs(text: str) -> list[Paragraph]:
    """The operative paragraphs of a decision's text: one per block, footnotes taken out."""
    out: list[Paragraph] = []
    section = None
    for block in _lines(text):
        notes = [_clean(m["text"]).rstrip(")") for m in _FOOTNOTE.finditer(block)]
        body = _clean(_CALL.sub("", _FOOTNOTE.sub(" ", block)))
        body = re.sub(r"\s+([,.;:])", r"\1", body)
        if not body:
            continue
        part = _PART.match(body)
        if part:
            section = part["part"]
            continue
        clause = _CLAUSE.match(body)
        k = len(out) + 1
        para = Paragraph(kind="operative", text=body, id=f"op{k}", section=section)
        if clause:
            para.number = clause["a"] or clause["b"]
        para.footnotes = [Footnote(str(n), t) for n, t in enumerate(notes, start=1) if t]
        out.append(para)
    return out
