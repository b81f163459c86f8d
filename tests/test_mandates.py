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
