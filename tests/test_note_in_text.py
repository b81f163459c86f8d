"""A note the text itself sets under a short rule (a quoted statute's asterisk note, in the
middle of the operative part) ends at the next numbered paragraph after a blank line: the rest
of the resolution, its second part included, is text, not footnotes (issue 21, item 2)."""

from __future__ import annotations

import pytest

from mandata.parse import parse_raw
from mandata.read import RawText

RULE = "____________"

TEXTS = {
    "en": (
        "The General Assembly,\n\nRecalling its resolution 3357 (XXIX),\n\n"
        "1. Decides to amend article 11 of the statute to read:\n\n"
        "“(a) The rates of allowances and benefits;*\n\n{rule}\n\n"
        "* Dependency allowances, education grant and home leave.\n\n"
        "2. Reaffirms the authority of the Commission;\n\n"
        "3. Requests the Commission to report to the General Assembly at its seventy-eighth "
        "session.\n\n56th plenary meeting\n30 December 2022\n\nB\n\n"
        "The General Assembly,\n\nRecalling its resolution 44/198,\n\n"
        "1. Approves the proposals of the Commission.\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\nRappelant sa résolution 3357 (XXIX),\n\n"
        "1. Décide de modifier l’article 11 du statut comme suit :\n\n"
        "« a) Le montant des indemnités et prestations ;*\n\n{rule}\n\n"
        "* Indemnités pour charges de famille, indemnité pour frais d’études et congé dans les "
        "foyers.\n\n2. Réaffirme l’autorité de la Commission ;\n\n"
        "3. Prie la Commission de lui faire rapport à sa soixante-dix-huitième session.\n\n"
        "56e séance plénière\n30 décembre 2022\n\nB\n\n"
        "L’Assemblée générale,\n\nRappelant sa résolution 44/198,\n\n"
        "1. Approuve les propositions de la Commission.\n"
    ),
    "zh": (
        "大会，\n\n回顾其第3357(XXIX)号决议，\n\n1.\t决定将规约第11条修正如下：\n\n"
        "“(a)\t津贴和福利金的数额；*\n\n{rule}\n\n"
        "* 扶养津贴、教育补助金和回籍假。\n\n2.\t重申委员会的权力；\n\n"
        "3.\t请委员会向大会第七十八届会议提出报告；\n\n第56次全体会议\n2022年12月30日\n\nB\n\n"
        "大会，\n\n回顾其第44/198号决议，\n\n1.\t核准委员会的提议。\n"
    ),
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_a_note_inside_the_text_does_not_swallow_what_follows(code: str) -> None:
    text = TEXTS[code].format(rule=RULE)
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code)
    assert [len(r.operative) for r in doc.resolutions] == [3, 1]
    assert doc.resolutions[1].part == "B"
    # the note is a footnote, and holds its own text only
    assert [n.marker for n in doc.footnotes] == ["*"]
    assert "2022" not in doc.footnotes[0].text and len(doc.footnotes[0].text) < 100


RUSSIAN = (
    "Генеральная Ассамблея,\nссылаясь на свою резолюцию 3357 (XXIX),\n"
    "        1.      постановляет внести поправки в статью 11 статута, чтобы она гласила:\n"
    "\tb)\tставки надбавок и пособий;*\n\t{rule}\n"
    "        * Надбавки на иждивенцев и поощрение за знание языков для персонала категории "
    "специалистов и\nвыше, субсидия на образование и выплаты в связи с отпуском на родину.\n"
    "        2.      подтверждает полномочия и компетенцию Комиссии;\n"
    "        3.      просит Комиссию представить доклад Генеральной Ассамблее на ее "
    "семьдесят восьмой сессии.\n"
)


@pytest.mark.parametrize("code", [*sorted(TEXTS), "ru"])
def test_a_note_inside_the_text_without_blank_lines(code: str) -> None:
    """The same in text without blank lines (77/256 in Russian): the numbered paragraph right
    under an asterisk note is the text going on."""
    if code == "ru":
        text = RUSSIAN.format(rule=RULE)
    else:
        text = TEXTS[code].format(rule=RULE).partition("\n\n56")[0].replace("\n\n", "\n") + "\n"
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code)
    assert len(doc.resolutions[0].operative) == 3
    assert [n.marker for n in doc.footnotes] == ["*"]
