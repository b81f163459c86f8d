"""Acceptance: the other-language excerpts of the corpus parse and give what they contain.

A/RES/52/7 in Chinese is complete; the Arabic, French, Spanish, Russian and Chinese excerpts of
A/RES/52/4, A/RES/55/15 and A/RES/53/15 are partial (a header and some preambular paragraphs).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.model import Document
from mandata.parse import parse_file


def _parse(corpus: Path, name: str) -> Document:
    return parse_file(corpus / "multi" / "excerpts" / name)


def test_chinese_resolution_52_7_complete(corpus: Path) -> None:
    doc = _parse(corpus, "zh_A-RES-52-7.txt")
    assert (doc.language, doc.doc_type) == ("zh", "resolution")
    (res,) = doc.resolutions
    assert res.number == "52/7" and not res.draft
    assert res.title == "联合国同各国议会联盟的合作"
    assert [p.action for p in res.preamble] == ["recall", "consider"]
    # "赞赏地注意到" is the UN's Chinese for "Notes with appreciation" (226 of 232 paragraphs of
    # sessions 77-78 whose English is paired: scripts/harvest_phrases.py)
    assert [p.action for p in res.operative] == ["note", "recommend", "request", "decide"]
    assert res.operative[0].modifier == "with appreciation"
    assert [p.number for p in res.operative] == ["1", "2", "3", "4"]
    assert [(f.marker, f.text) for f in doc.footnotes] == [("1/", "A/52/456。")]
    assert [f.marker for f in res.preamble[1].footnotes] == ["1/"]
    assert "1/" not in res.preamble[1].text
    assert doc.meeting == "第37次全体会议"
    assert doc.paragraphs == []


@pytest.mark.parametrize(
    ("name", "lang", "number", "actions"),
    [
        ("ar_A-RES-52-4.partial.txt", "ar", "52/4", ["recall", "consider", "take_into_account"]),
        # "Considérant" is the UN's French for "Recognizing" (417 of 544 paired paragraphs of
        # sessions 77-78, scripts/harvest_phrases.py): the action follows the English
        ("fr_A-RES-52-4.partial.txt", "fr", "52/4", ["recall", "consider", "recognize", "recall"]),
        ("zh_A-RES-52-4.partial.txt", "zh", "52/4", ["recall", "consider", "take_into_account"]),
        ("es_A-RES-55-15.partial.txt", "es", "55/15", ["recall", "consider", "recall", "recall"]),
        ("ru_A-RES-53-15.partial.txt", "ru", None, ["recall", "recall", "recall"]),
    ],
)
def test_partial_excerpts(
    corpus: Path, name: str, lang: str, number: str | None, actions: list[str]
) -> None:
    doc = _parse(corpus, name)
    assert doc.language == lang
    (res,) = doc.resolutions
    assert res.number == number
    got = [p.action for p in res.preamble]
    assert got[: len(actions)] == actions
    assert all(p.kind == "preambular" for p in res.preamble)


def test_spanish_masthead(corpus: Path) -> None:
    doc = _parse(corpus, "es_A-RES-55-15.partial.txt")
    assert doc.symbol == "A/RES/55/15"
    assert (doc.date, doc.session, doc.distribution) == ("2000-12-05", 55, "general")
    assert doc.drafts == ["A/55/L.21", "A/55/L.21/Add.1"]
    assert (
        doc.title
        == "Cooperación entre las Naciones Unidas y la Organización de los Estados Americanos"
    )


def test_russian_drafts_line_in_parentheses(corpus: Path) -> None:
    doc = _parse(corpus, "ru_A-RES-53-15.partial.txt")
    assert doc.drafts == ["A/53/L.14", "A/53/L.14/Add.1"]
    assert doc.title is not None and doc.title.startswith("Сотрудничество между")


def test_every_excerpt_parses(corpus: Path) -> None:
    for path in sorted((corpus / "multi" / "excerpts").glob("*.txt")):
        doc = parse_file(path)
        assert doc.language == path.name[:2], path.name
