"""GA decisions: the JSON records (../shared/corpus/decisions) read into the registry, decision
texts in six languages that put an item on, or defer it to, a later session's provisional
agenda, and `agenda N` listing the items that decisions ordered, with their basis (#19)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from mandata.analyze.paragraph import analyze_paragraph
from mandata.cli import main
from mandata.parse import parse_file
from mandata.procedure.agenda import provisional_agenda
from mandata.read.decisions import is_decision_json, read_decision
from mandata.registry.ingest import ingest
from mandata.registry.store import Registry

# The same decision in each language: the Assembly defers an item to its eighty-first session.
DEFERRALS = {
    "en": "Decides to defer consideration of the item entitled “Question of the Comorian island "
    "of Mayotte” to its eighty-first session;",
    "fr": "Décide de reporter l’examen de la question intitulée « Question de l’île comorienne "
    "de Mayotte » à sa quatre-vingt-unième session ;",
    "es": "Decide aplazar el examen del tema titulado “Cuestión de la isla comorana de Mayotte” "
    "hasta su octogésimo primer período de sesiones;",
    "ru": "постановляет отложить рассмотрение пункта, озаглавленного «Вопрос о коморском "
    "острове Майотта», до своей восемьдесят первой сессии;",
    "ar": "تقرر أن ترجئ النظر في البند المعنون ”مسألة جزيرة مايوت القمرية“ إلى دورتها الحادية "
    "والثمانين؛",
    "zh": "决定将题为“科摩罗马约特岛问题”的项目推迟到第八十一届会议审议；",
}


@pytest.mark.parametrize("code", sorted(DEFERRALS))
def test_a_deferral_puts_the_item_on_a_later_agenda_in_every_language(code: str) -> None:
    facts = analyze_paragraph(DEFERRALS[code], code, session=80, kind="operative")
    (item,) = [m for m in facts.mandates if m.type == "agenda_item"]
    assert (item.session, item.action) == (81, "defer")
    quoted = re.search(r"[“«”]\s*(.+?)\s*[”»“]", DEFERRALS[code])
    assert quoted is not None and item.title == quoted[1]


def test_a_deferral_within_the_session_orders_nothing() -> None:
    text = (
        "Decided to defer until the first part of its resumed eightieth session consideration "
        "of the following documents:"
    )
    assert analyze_paragraph(text, "en", session=80, kind="operative").mandates == []


def test_defer_then_include_is_one_item() -> None:
    text = (
        "decided to defer consideration of the item entitled “Question of the Malagasy islands "
        "of Glorieuses, Juan de Nova, Europa and Bassas da India” and to include it in the "
        "provisional agenda of its eighty-first session."
    )
    (item,) = analyze_paragraph(text, "en", session=80, kind="operative").mandates
    assert (item.session, item.action) == (81, None)
    assert item.title and item.title.startswith("Question of the Malagasy islands")


def test_sub_item_of_an_item_in_the_draft_agenda() -> None:
    text = (
        "the General Assembly decided to include the sub-item entitled “Strengthening the role "
        "of mediation” of the item entitled “Prevention of armed conflict” in the draft agenda "
        "of its eighty-first session."
    )
    (item,) = analyze_paragraph(text, "en", session=80, kind="operative").mandates
    assert (item.session, item.title, item.parent) == (
        81,
        "Strengthening the role of mediation",
        "Prevention of armed conflict",
    )


RECORD = {
    "ED_DecisionNumber": "80/599 A and B",
    "ED_Title": "Observer status for the  Example Council in the General Assembly",
    "ED_Session": "80th session of the General Assembly",
    "ED_Meeting": [{"ED_Date": "2025-12-08T05:00:00.000Z", "ED_Number": "50th plenary meeting"}],
    "ED_AgendaItem": "170",
    "ED_Plenary_Committee": "Plenary",
    "ED_DecisionText": "A\n\nAt its 50th plenary meeting, on 8 December 2025, the General "
    "Assembly, on the recommendation of the Sixth Committee, (Footnote: A/80/600, para.7.)  "
    "decided to defer a decision on the request for observer status for the Example Council "
    "in the Assembly (Footnote: See A/80/141.)  until the eighty-first session of the Assembly.",
}


def test_a_decision_record_is_a_decision_document() -> None:
    data = json.dumps(RECORD).encode()
    assert is_decision_json(data) and not is_decision_json(b'{"symbol": "A/RES/1/1"}')
    doc = read_decision(data, "80_599.json")
    assert (doc.symbol, doc.doc_type, doc.session, doc.adopted) == (
        "A/DEC/80/599",
        "decision",
        80,
        "2025-12-08",
    )
    (para,) = doc.paragraphs
    assert para.section == "A" and "Footnote" not in para.text
    assert [f.text for f in para.footnotes] == ["A/80/600, para.7.", "See A/80/141."]


def test_the_deferred_request_is_the_decisions_own_item(tmp_path: Path) -> None:
    path = tmp_path / "80_599.json"
    path.write_text(json.dumps(RECORD), encoding="utf-8")
    (item,) = parse_file(path).mandates
    assert (item.session, item.action) == (81, "defer")
    assert item.title == "Observer status for the Example Council in the General Assembly"


def test_unreadable_record_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"ED_DecisionNumber": "no number"}', encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code != 0 and "Traceback" not in result.output


def _number(symbol: str) -> str:
    return symbol.removeprefix("A/DEC/")


def test_agenda_79_from_the_decisions_of_sessions_77_and_78(corpus: Path, tmp_path: Path) -> None:
    folders = [corpus / "decisions" / "77", corpus / "decisions" / "78"]
    with Registry(str(tmp_path / "r.db")) as registry:
        ingest(folders, registry, workers=1)
        entries = provisional_agenda(registry, 79)
    ordered = {e.title: e for e in entries if not e.expected}
    by_decision = {_number(b["symbol"] or ""): t for t, e in ordered.items() for b in e.basis}
    assert len(by_decision) >= 20
    # each basis names the item in its decision's text, ordered for the seventy-ninth session
    for number, title in by_decision.items():
        stem = number.replace("/", "_").replace(" ", "_")
        (path,) = (corpus / "decisions" / number[:2]).glob(f"{stem}*.json")
        text = " ".join(json.loads(path.read_text())["ED_DecisionText"].split())
        record_title = " ".join(json.loads(path.read_text())["ED_Title"].split())
        assert title in text or title == record_title, (number, title)
        assert re.search(r"seventy-ninth session", text), number
    assert ordered["Zone of peace, trust and cooperation of Central Asia"].basis[0]["symbol"] == (
        "A/DEC/78/567"
    )
    observer = ordered["Observer status for the Eurasian Economic Union in the General Assembly"]
    assert observer.basis[0]["how"] == "deferred"
    mediation = ordered[
        "Strengthening the role of mediation in the peaceful settlement of disputes, conflict "
        "prevention and resolution"
    ]
    assert mediation.parent == "Prevention of armed conflict"


def test_review_commands_fail_in_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "empty.db")
    for args in (["diff", "1/1", "2/2"], ["series", "99/99"], ["entity", "un:nobody"]):
        result = CliRunner().invoke(main, [*args, "--db", db])
        assert result.exit_code == 1, args
        assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


# The Assembly puts an item on the draft agenda of a later session, in each language.
DRAFT_AGENDA = {
    "en": "the General Assembly decided to include the item entitled “Question of the Comorian "
    "island of Mayotte” in the draft agenda of its eighty-first session.",
    "fr": "L’Assemblée générale a décidé d’inscrire la question intitulée « Question de l’île "
    "comorienne de Mayotte » au projet d’ordre du jour de sa quatre-vingt-unième session.",
    "es": "la Asamblea General decidió incluir el tema titulado “Cuestión de la isla comorana de "
    "Mayotte” en el proyecto de programa de su octogésimo primer período de sesiones.",
    "ru": "Генеральная Ассамблея постановила включить пункт, озаглавленный «Вопрос о коморском "
    "острове Майотта», в проект повестки дня своей восемьдесят первой сессии.",
    "ar": "قررت الجمعية العامة إدراج البند المعنون ”مسألة جزيرة مايوت القمرية“ في مشروع جدول "
    "الأعمال لدورتها الحادية والثمانين.",
    "zh": "大会决定将题为“科摩罗马约特岛问题”的项目列入第八十一届会议议程草案。",
}


@pytest.mark.parametrize("code", sorted(DRAFT_AGENDA))
def test_an_item_put_on_a_draft_agenda_in_every_language(code: str) -> None:
    facts = analyze_paragraph(DRAFT_AGENDA[code], code, session=80, kind="operative")
    (item,) = [m for m in facts.mandates if m.type == "agenda_item"]
    quoted = re.search(r"[“«”]\s*(.+?)\s*[”»“]", DRAFT_AGENDA[code])
    assert quoted is not None
    assert (item.session, item.action, item.title) == (81, None, quoted[1])


def test_an_item_included_at_the_session_itself_is_said_so(corpus: Path, tmp_path: Path) -> None:
    from mandata.procedure.agenda import render

    with Registry(str(tmp_path / "r.db")) as registry:
        ingest([corpus / "decisions" / "78" / "78_504_A_and_B.json"], registry, workers=1)
        text = render(78, provisional_agenda(registry, 78))
    (line,) = [x for x in text.splitlines() if "Mayotte" in x]
    assert "decision 78/504" in line and "included at the session itself" in line
