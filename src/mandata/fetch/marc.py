"""The Digital Library's MARCXML, read with lxml: the fields mandata keeps of a record.

191 $a symbol, 245 title, 269 date, 650 subjects, 991 agenda ($a agenda document, $b item,
$c title, $d subject), 993 related documents (the draft, the committee's report, the meeting
record: told apart by their symbols), 996 the vote ($a as printed; $b yes, $c no,
$d abstentions, $e non-voting, $f total membership, as the Library's voting records code them),
856 the files ($u, one per language). A search answer starts with the comment
``<!-- Search-Engine-Total-Number-Of-Results: N -->`` that paging reads.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from lxml import etree

from mandata.fetch.checks import BadContent, check

_TOTAL = re.compile(rb"Search-Engine-Total-Number-Of-Results:\s*(\d+)")
_FILE_LANG = re.compile(r"-(AR|ZH|EN|FR|RU|ES)\.(?:pdf|docx?)(?:$|\?)", re.IGNORECASE)
_LANG_NAMES = {
    "arabic": "ar", "chinese": "zh", "english": "en",
    "french": "fr", "russian": "ru", "spanish": "es",
}  # fmt: skip
_VOTES = {"b": "yes", "c": "no", "d": "abstentions", "e": "non_voting", "f": "total"}


@dataclass
class Record:
    """What mandata keeps of one Digital Library record."""

    record_id: str | None = None
    symbol: str | None = None
    symbols: list[str] = field(default_factory=list)
    title: str | None = None
    date: str | None = None
    subjects: list[str] = field(default_factory=list)
    agenda: list[dict[str, str]] = field(default_factory=list)
    related: list[dict[str, str]] = field(default_factory=list)
    votes: dict[str, Any] | None = None
    files: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    @property
    def drafts(self) -> list[str]:
        return [r["symbol"] for r in self.related if r["kind"] == "draft"]


def parse_search(body: bytes) -> tuple[int | None, list[Record]]:
    """The total the search reports (None if it says none) and the records of this page."""
    check(body, "marcxml")
    found = _TOTAL.search(body[:4096])
    root = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
    records = [_record(r) for r in root.iter() if _local(r) == "record"]
    return (int(found.group(1)) if found else None), records


def _local(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _fields(record: etree._Element, tag: str) -> list[tuple[str, dict[str, list[str]]]]:
    """Each datafield ``tag``: its first indicator and its subfields by code."""
    out = []
    for datafield in record:
        if _local(datafield) != "datafield" or datafield.get("tag") != tag:
            continue
        subs: dict[str, list[str]] = {}
        for sub in datafield:
            if _local(sub) == "subfield" and sub.text and sub.text.strip():
                subs.setdefault(sub.get("code", ""), []).append(" ".join(sub.text.split()))
        out.append(((datafield.get("ind1") or " ").strip(), subs))
    return out


def _first(record: etree._Element, tag: str, code: str) -> str | None:
    for _, subs in _fields(record, tag):
        if subs.get(code):
            return subs[code][0]
    return None


def _record(record: etree._Element) -> Record:
    control = {c.get("tag"): (c.text or "").strip() for c in record if _local(c) == "controlfield"}
    symbols = [s for _, subs in _fields(record, "191") for s in subs.get("a", [])]
    return Record(
        record_id=control.get("001") or None,
        symbol=symbols[0] if symbols else None,
        symbols=symbols,
        title=_title(record),
        date=_date(_first(record, "269", "a")),
        subjects=[s for _, subs in _fields(record, "650") for s in subs.get("a", [])],
        agenda=[_agenda(subs) for _, subs in _fields(record, "991")],
        related=[r for r in (_related(subs) for _, subs in _fields(record, "993")) if r],
        votes=_votes(record),
        files=_files(record),
    )


def _title(record: etree._Element) -> str | None:
    for _, subs in _fields(record, "245"):
        parts = [subs[c][0] for c in ("a", "b", "c") if subs.get(c)]
        text = " ".join(parts).strip(" /:;,.")
        if text:
            return re.sub(r"\s+([:;,])", r"\1", text)
    return None


def _date(raw: str | None) -> str | None:
    """``2024-11-18``, ``20241118`` or ``2024-11`` as ISO; anything else as printed."""
    if not raw:
        return None
    digits = re.fullmatch(r"(\d{4})-?(\d{2})?-?(\d{2})?", raw.strip())
    if not digits:
        return raw.strip()
    return "-".join(p for p in digits.groups() if p)


def _agenda(subs: dict[str, list[str]]) -> dict[str, str]:
    names = {"a": "document", "b": "item", "c": "title", "d": "subject"}
    return {names[c]: subs[c][0] for c in names if subs.get(c)}


def _related(subs: dict[str, list[str]]) -> dict[str, str] | None:
    symbol = (subs.get("a") or [""])[0]
    if not symbol:
        return None
    return {"symbol": symbol, "kind": related_kind(symbol)}


def related_kind(symbol: str) -> str:
    """What a 993 symbol is: a draft (``/L.``), a meeting record (``/PV.``, ``/SR.``), a report
    (``A/79/480``), or another document."""
    if re.search(r"/L\.\d", symbol):
        return "draft"
    if re.search(r"/(PV|SR)\.\d", symbol):
        return "meeting"
    if re.fullmatch(r"A/(?:[A-Z0-9.]+/)?\d+/\d+(?:/Add\.\d+)?", symbol):
        return "report"
    return "other"


def _votes(record: etree._Element) -> dict[str, Any] | None:
    for _, subs in _fields(record, "996"):
        out: dict[str, Any] = {}
        if subs.get("a"):
            out["text"] = subs["a"][0]
        for code, name in _VOTES.items():
            value = (subs.get(code) or [""])[0]
            if value.isdigit():
                out[name] = int(value)
        if out:
            return out
    return None


def _files(record: etree._Element) -> dict[str, str]:
    files: dict[str, str] = {}
    for _, subs in _fields(record, "856"):
        url = (subs.get("u") or [""])[0]
        found = _FILE_LANG.search(url)
        label = (subs.get("y") or [""])[0].lower()
        lang = found.group(1).lower() if found else _LANG_NAMES.get(label)
        if url and lang and lang not in files:
            files[lang] = url
    return files


__all__ = ["BadContent", "Record", "parse_search", "related_kind"]
