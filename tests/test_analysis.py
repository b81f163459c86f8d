"""The analysis stage on the founding document and on sentences written for each language."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.analyze.paragraph import analyze_paragraph
from mandata.parse import parse_file


@pytest.fixture(scope="module")
def seed(corpus: Path):  # type: ignore[no-untyped-def]
    return parse_file(corpus / "seed" / "000_26fd981915cedf0e.txt")


def test_seed_references(seed) -> None:  # type: ignore[no-untyped-def]
    refs = {(r.target, r.date, r.paragraph) for r in seed.references}
    assert ("A/RES/59/50", "2004-12-02", "pp1") in refs
    assert ("S/RES/1631 (2005)", "2005-10-17", "pp4") in refs
    rules = {(r.target, r.paragraph) for r in seed.references if r.type == "rule_of_procedure"}
    assert rules == {("rule 14", "letter.p1"), ("rule 20", "letter.p2")}


def test_seed_mandates(seed) -> None:  # type: ignore[no-untyped-def]
    by_paragraph = {(m.paragraph, m.type): m for m in seed.mandates}
    report = by_paragraph[("op4", "report")]
    assert (report.addressee, report.session) == ("un:secretary-general", 65)
    item = by_paragraph[("op5", "agenda_item")]
    assert item.session == 65
    assert item.title == "التعاون بين الأمم المتحدة ومنظمة معاهدة الأمن الجماعي"
    assert ("op2", "directive") in by_paragraph and ("op3", "directive") in by_paragraph
    assert by_paragraph[("op2", "directive")].addressee == "un:secretary-general"
    assert ("op4", "directive") not in by_paragraph, "the request for a report is no directive"


def test_seed_request(seed) -> None:  # type: ignore[no-untyped-def]
    request = seed.request
    assert request is not None
    assert request["rule"] == 14 and request["letter_date"] == "2009-07-14"
    assert request["session"] == 64
    assert set(request["requesters"]) == {"RUS", "ARM", "BLR", "KAZ", "KGZ", "TJK", "UZB"}
    assert request["explanatory_memorandum"] and request["draft_resolution"]


SAME_SENTENCE = {
    "en": "Recalling its resolution 79/10 of 18 November 2024 and Security Council resolution 1631 (2005) of 17 October 2005, adopted at its seventy-ninth session,",
    "fr": "Rappelant sa résolution 79/10 du 18 novembre 2024 et la résolution 1631 (2005) du Conseil de sécurité, en date du 17 octobre 2005, adoptée à sa soixante-dix-neuvième session,",
    "es": "Recordando su resolución 79/10, de 18 de noviembre de 2024, y la resolución 1631 (2005) del Consejo de Seguridad, de 17 de octubre de 2005, aprobada en su septuagésimo noveno período de sesiones,",
    "ru": "ссылаясь на свою резолюцию 79/10 от 18 ноября 2024 года и резолюцию 1631 (2005) Совета Безопасности от 17 октября 2005 года, принятую на ее семьдесят девятой сессии,",
    "ar": "وإذ تشير إلى قرارها 10/79 المؤرخ 18 تشرين الثاني/نوفمبر 2024 وإلى قرار مجلس الأمن 1631 (2005) المؤرخ 17 تشرين الأول/أكتوبر 2005، المتخذ في دورتها التاسعة والسبعين،",
    "zh": "回顾其2024年11月18日第79/10号决议和安全理事会2005年10月17日第1631(2005)号决议，该决议在第七十九届会议上通过，",
}


@pytest.mark.parametrize("code", sorted(SAME_SENTENCE))
def test_the_same_facts_in_every_language(code: str) -> None:
    facts = analyze_paragraph(SAME_SENTENCE[code], code)
    assert facts.action == "recall"
    # Chinese marks no kind on the verb (回顾 opens both parts): its final comma says it.
    assert facts.kind == "preambular"
    refs = {(r.target, r.date) for r in facts.references}
    assert refs == {("A/RES/79/10", "2024-11-18"), ("S/RES/1631 (2005)", "2005-10-17")}
    assert facts.sessions == [79]
    assert set(facts.dates) == {"2024-11-18", "2005-10-17"}


def test_unknown_phrase_gives_no_action() -> None:
    facts = analyze_paragraph("Flabbergasts the delegations with a new proposal,", "en")
    assert facts.action is None and facts.phrase is None


def test_impossible_date_is_reported_not_invented() -> None:
    facts = analyze_paragraph("Recalling its resolution 78/1 of 31 February 2024,", "en")
    assert facts.dates == []
    assert facts.problems == ["impossible date: 31 February 2024"]
    assert [r.date for r in facts.references] == [None]


def test_next_session_resolved_against_the_document() -> None:
    facts = analyze_paragraph(
        "Decides to consider the question at its next session;", "en", session=80
    )
    assert facts.sessions == [81]


SESSION_LISTS = {
    "en": "Takes note of the reports submitted at the sixty-eighth, sixty-ninth and seventieth sessions of the Commission;",
    "fr": "Prend note des rapports présentés à ses soixante-huitième, soixante-neuvième et soixante-dixième sessions ;",
    "es": "Toma nota de los informes presentados en sus períodos de sesiones sexagésimo octavo, sexagésimo noveno y septuagésimo;",
    "ru": "принимает к сведению доклады, представленные на ее шестьдесят восьмой, шестьдесят девятой и семидесятой сессиях;",
    "ar": "يحيط علما بالتقارير المقدمة في الدورات الثامنة والستين والتاسعة والستين والسبعين للجنة؛",
    "zh": "注意到提交委员会第六十八、第六十九和第七十届会议的报告；",
}


@pytest.mark.parametrize("code", sorted(SESSION_LISTS))
def test_sessions_listed_with_commas(code: str) -> None:
    facts = analyze_paragraph(SESSION_LISTS[code], code)
    assert sorted(facts.sessions) == [68, 69, 70]


@pytest.mark.parametrize(
    ("code", "text", "sessions"),
    [
        ("es", "en sus períodos de sesiones 14º y 15º, que se celebrarán en 2015 y 2016", [14, 15]),
        ("fr", "à ses quatorzième et quinzième sessions, en 2015 et 2016", [14, 15]),
        ("ru", "связанные с двадцать шестой сессией Совета управляющих", [26]),
        ("es", "los viajes de representantes al 11° período de sesiones del Foro", [11]),
        ("ar", "أن تنظر، في دورتيْها الرابعة عشرة والخامسة عشرة", [14, 15]),
    ],
)
def test_session_forms(code: str, text: str, sessions: list[int]) -> None:
    assert sorted(analyze_paragraph(text, code).sessions) == sessions


@pytest.mark.parametrize(
    ("code", "text", "dates"),
    [
        (
            "en",
            "signed on February 12, 2015 and the Protocol of September 5th, 2014",
            ["2015-02-12", "2014-09-05"],
        ),
        ("en", "a table row: May 5 2014 Containership", []),  # no comma: not a date
        (
            "es",
            "a partir del 30 mayo de 2014 y firmado el 12 de febrero 2015",
            ["2014-05-30", "2015-02-12"],
        ),
    ],
)
def test_date_forms(code: str, text: str, dates: list[str]) -> None:
    assert analyze_paragraph(text, code).dates == dates


def test_analyze_command_reads_paragraphs_from_standard_input() -> None:
    import json

    from click.testing import CliRunner

    from mandata.cli import main

    lines = "\n".join(
        [
            "Requests the Secretary-General to submit to the General Assembly at its next session a report on the implementation of the present resolution;",
            'تقرر أن تدرج في جدول الأعمال المؤقت لدورتها الحادية والثمانين البند الفرعي المعنون "التعاون بين الأمم المتحدة والاتحاد الاقتصادي الأوراسي"؛',
            "Flabbergasts the delegations with a proposal of the Secretary-General,",
            "Der Bundestag hat heute das Gesetz beschlossen, das die Steuern senkt.",
        ]
    )
    result = CliRunner().invoke(main, ["analyze", "--session", "80"], input=lines + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[0]["language"] == "en" and rows[0]["action"] == "request"
    assert rows[0]["mandate"]["type"] == "report" and rows[0]["mandate"]["session"] == 81
    assert rows[0]["mandate"]["addressee"] == "un:secretary-general"
    assert rows[1]["language"] == "ar" and rows[1]["mandate"]["type"] == "agenda_item"
    assert rows[1]["mandate"]["session"] == 81
    assert rows[2]["action"] is None and rows[2]["mandates"] == []
    assert rows[3] == {
        "text": "Der Bundestag hat heute das Gesetz beschlossen, das die Steuern senkt.",
        "error": "language not recognised",
    }
