"""IGov: the General Assembly's decisions, which have no documents of their own.

``GET {MANDATA_IGOV_URL}/igov/api/decision/getbysession/{label}`` with a label such as
"79th session of the General Assembly" gives a JSON list of decisions: ``ED_DecisionNumber``,
``ED_Title``, ``ED_AgendaItem``, ``ED_Meeting`` (each with ``ED_Date``), ``ED_DecisionText``.
mandata keeps the answer as fetched, and writes each decision as a short text that its parser
reads (number, title, agenda item, the text), stored with the same provenance.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import quote

from mandata.fetch.checks import BadContent, check
from mandata.lang import ordinals


@dataclass(frozen=True)
class Decision:
    number: str
    title: str
    agenda_item: str | None
    date: str | None
    text: str


@cache
def _session_words() -> dict[int, str]:
    """Session number -> its English ordinal in one word ("sixty-fourth")."""
    words = ordinals.words("en")
    return {n: word for word, n in words.items() if word.replace("-", "").isalpha()}


def session_label(session: int) -> str:
    """``79`` -> "79th session of the General Assembly"."""
    suffix = (
        "th" if 10 <= session % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(session % 10, "th")
    )
    return f"{session}{suffix} session of the General Assembly"


def session_url(base: str, session: int) -> str:
    return f"{base}/igov/api/decision/getbysession/{quote(session_label(session))}"


def parse(body: bytes) -> list[Decision]:
    """The decisions of an answer; an entry without a number is left out."""
    check(body, "json")
    data = json.loads(body)
    if isinstance(data, dict):  # some answers wrap the list
        data = next((v for v in data.values() if isinstance(v, list)), None)
    if not isinstance(data, list):
        raise BadContent("an IGov answer that is not a list of decisions")
    return [d for d in (_decision(item) for item in data if isinstance(item, dict)) if d]


def _decision(item: dict[str, Any]) -> Decision | None:
    number = str(item.get("ED_DecisionNumber") or "").strip()
    if not number:
        return None
    meetings = item.get("ED_Meeting") or []
    first = meetings[0] if isinstance(meetings, list) and meetings else None
    date = None
    if isinstance(first, dict) and first.get("ED_Date"):
        date = str(first["ED_Date"])[:10]  # "2024-09-10T04:00:00.000Z": the day
    agenda = str(item.get("ED_AgendaItem") or "").strip() or None
    return Decision(
        number=number,
        title=" ".join(str(item.get("ED_Title") or "").split()),
        agenda_item=agenda,
        date=date,
        text=str(item.get("ED_DecisionText") or "").strip(),
    )


def decision_text(decision: Decision) -> str:
    """The decision as a text mandata's parser reads: the organ, the session in words (so that
    the masthead gives it), the agenda item, the number and title, the text."""
    lines = ["General Assembly", f"Decision {decision.number}"]
    session = decision.number.split("/")[0]
    words = _session_words().get(int(session)) if session.isdigit() else None
    if words:
        lines.append(f"{words.capitalize()} session")
    if decision.agenda_item:
        lines.append(f"Agenda item {decision.agenda_item}")
    lines += ["", f"{decision.number}. {decision.title}".rstrip(), "", decision.text, ""]
    return "\n".join(lines)


def file_name(decision: Decision) -> str:
    return "decision_" + decision.number.replace("/", "_").replace(" ", "_") + ".txt"
