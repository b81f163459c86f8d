"""Acceptance: the founding document (the Arabic request of 2009) parses into its structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.model import Document
from mandata.parse import parse_file


@pytest.fixture(scope="module")
def seed(corpus: Path) -> Document:
    return parse_file(corpus / "seed" / "000_26fd981915cedf0e.txt")


def test_masthead(seed: Document) -> None:
    assert seed.language == "ar"
    assert seed.original_language == "ru"
    assert seed.distribution == "general"
    assert seed.date == "2009-08-11"
    assert seed.session == 64
    assert seed.doc_type == "letter"
    assert seed.title == "التعاون بين الأمم المتحدة ومنظمة معاهدة الأمن الجماعي"


def test_letter(seed: Document) -> None:
    letter = seed.letter
    assert letter is not None
    assert letter.date == "2009-07-14"
    assert letter.addressee is not None and "الأمين العام" in letter.addressee
    assert letter.sender is not None and "للاتحاد الروسي" in letter.sender
    assert letter.signatory == "فيتالي تشوركين"
    assert len(letter.paragraphs) == 3
    assert letter.paragraphs[0].text.startswith("عملا")


def test_memorandum(seed: Document) -> None:
    memo = seed.annexes[0]
    assert (memo.number, memo.kind) == (1, "explanatory_memorandum")
    assert [p.number for p in memo.paragraphs] == ["1", "2", "3", "4", "5", "6"]
    fourth = memo.paragraphs[3].text
    assert "إمكانية استخدامها في عمليات حفظ السلام" in fourth, "paragraph 4 rejoined"


def test_draft_resolution(seed: Document) -> None:
    annex = seed.annexes[1]
    assert (annex.number, annex.kind) == (2, "draft_resolution")
    (res,) = seed.resolutions
    assert res.annex == 2 and res.draft
    assert res.title == "التعاون بين الأمم المتحدة ومنظمة معاهدة الأمن الجماعي"
    actions = [p.action for p in res.preamble]
    assert actions[:4] == ["recall", "recall", "welcome", "recall"]
    assert actions[4] in ("stress", "emphasize")
    assert [p.action for p in res.operative] == [
        "take_note",
        "note",
        "invite",
        "request",
        "decide",
    ]
    assert [p.number for p in res.operative] == ["1", "2", "3", "4", "5"]
    # the phrase as the UN's Arabic markup bolds it: without the preposition that follows (#21.5)
    assert res.preamble[1].phrase == "وإذ تشير أيضا"
    assert "**" not in res.operative[0].text and res.operative[0].text.startswith("تحيط علما")
