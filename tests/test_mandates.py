"""Acceptance: report and agenda-item mandates of the English corpus against a hand-verified
sample (tests/data/mandates_gold.json: 155 paragraphs of 64 documents, read by a person), and the
mandates of the founding document."""

from __future__ import annotations

from pathlib import Path

from conftest import load_script
from mandata.analyze.paragraph import analyze_paragraph


def test_precision_and_recall_on_the_hand_verified_sample(corpus: Path) -> None:
    script = load_script("eval_mandates")
    score = script.evaluate(corpus)
    below = load_script("baseline").below("eval_mandates", script.figures(score))
    assert not below, (below, score.misses)


def test_report_at_the_next_session_is_resolved() -> None:
    text = "Requests the Secretary-General to submit a report to the General Assembly at its next session;"
    facts = analyze_paragraph(text, "en", session=80, kind="operative")
    (mandate,) = facts.mandates
    assert (mandate.type, mandate.session) == ("report", 81)


def test_agenda_item_with_parent() -> None:
    text = (
        "Decides to include in the provisional agenda of its eighty-second session, under the "
        "item entitled “Cooperation between the United Nations and regional and other "
        "organizations”, the sub-item entitled “Cooperation between the United Nations and the "
        "Eurasian Economic Union”."
    )
    facts = analyze_paragraph(text, "en", session=80, kind="operative")
    (mandate,) = facts.mandates
    assert mandate.type == "agenda_item" and mandate.session == 82
    assert (
        mandate.parent
        == "Cooperation between the United Nations and regional and other organizations"
    )
    assert mandate.title == "Cooperation between the United Nations and the Eurasian Economic Union"


def test_no_mandate_from_taking_note_of_a_report() -> None:
    text = (
        "Takes note of the report of the Secretary-General submitted at its seventy-ninth session;"
    )
    assert analyze_paragraph(text, "en", session=80, kind="operative").mandates == []


def test_periodic_report() -> None:
    text = "Requests the Secretary-General to report annually to the General Assembly on the implementation of the present resolution;"
    (mandate,) = analyze_paragraph(text, "en", session=80, kind="operative").mandates
    assert (mandate.type, mandate.session, mandate.periodicity) == ("report", None, "annual")


def _types(text: str, session: int = 80) -> list[tuple[str, int | None]]:
    facts = analyze_paragraph(text, "en", session=session, kind="operative")
    return [(m.type, m.session) for m in facts.mandates]


def test_reporting_a_case_to_the_authorities_is_no_report() -> None:
    """States asked to report crimes, cases or suspected practices, or a reporting form to use,
    owe the Assembly no report: the ask is a directive (the other five versions read it so)."""
    for text in (
        "Encourages Member States to train border officials and to report suspected or "
        "confirmed cases of smuggling of cultural property;",
        "Calls upon States to protect witnesses and to encourage them to report to the "
        "appropriate authorities cases in which they believe that children are at risk;",
        "Invites Member States to provide information on their holdings and to make use of "
        "the standardized reporting form;",
        "Calls upon Member States to provide the Secretary-General with the data requested, "
        "including nil reports if appropriate;",
    ):
        assert _types(text) == [("directive", None)], text


def test_the_secretary_general_reporting_violations_is_a_report() -> None:
    text = "Requests the Secretary-General to continue to report violations of the agreement on a monthly basis;"
    assert _types(text) == [("report", None)]


def test_a_report_asked_after_another_verb() -> None:
    """ "to assess and report on", "and report in the context of", the Council's "calls on" and
    "to continue to inform it of": each asks for a report."""
    assert _types(
        "Requests the Secretary-General, during the eighty-first session of the General "
        "Assembly, to assess and report on the options for remote registration of delegates;"
    ) == [("report", 81)]
    assert _types(
        "Requests the Secretary-General to finalize the staffing strategy, apply it and report "
        "in the context of the next budget submission;"
    ) == [("report", None)]
    assert _types(
        "Calls on Member States to report to the Committee on the steps they have taken to "
        "implement the travel ban;"
    ) == [("report", None)]
    assert _types(
        "Requests the Secretary-General to continue to inform it of progress in implementing "
        "the mandate of the Mission;"
    ) == [("report", None)]


def test_a_second_ask_after_a_reason_or_a_topic() -> None:
    """ "..., and for that reason encourages the Council to ...", "..., and with regard to the
    Repertoire calls upon the Secretary-General to ...": each a second ask, as the other five
    versions read it."""
    assert _types(
        "Stresses the need to pursue practical steps towards accountability, and for that reason "
        "encourages the Security Council to take appropriate action;"
    ) == [("directive", None)]
    assert _types(
        "Reiterates the responsibility of the Secretary-General for the quality of the "
        "publication, and with regard to the Supplement calls upon the Secretary-General to "
        "continue to follow the modalities set out in his report;"
    ) == [("directive", None)]
