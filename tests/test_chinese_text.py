"""Chinese resolutions printed as text (issue 13, measured on the UN XML of sessions 77-78):

- the leading phrase as the UN prints it in bold: 表示 with what it expresses ("表示深为关切",
  "表示赞赏地注意到"), 重申 with some of what it reaffirms ("重申深为关切"), a second verb joined by
  并 or 和 ("欢迎并鼓励"); a manner word after the verb belongs to its object ("请特别报告员");
- the action the English version gives: 强调 "Emphasizes" (强调指出 "Stresses"), 再次 before an
  ask "Reiterates its request" (再次请, 又再次促请);
- a line wrapped inside a bracket that closes after a number ("(COVID-" / "19)") opens no
  numbered paragraph (the same in English and French);
- the one unnumbered operative paragraph of a short resolution ends with "。" (its verb serves
  both parts in Chinese);
- a running head whose title holds "、" is page furniture.

The examples are written for these tests; none is copied from the corpus.
"""

from __future__ import annotations

import pytest

from mandata.model import Document, Resolution
from mandata.parse import parse_raw
from mandata.read import RawText
from mandata.segment.phrases import leading_phrase

HEADS = {
    "zh": [
        "联合国    A/RES/78/903",
        "大会    Distr.: General",
        "20 December 2023",
        "第七十八届会议",
        "议程项目18",
        "2023年12月19日大会决议",
        "78/903. 老龄问题",
        "大会，",
    ],
    "en": [
        "United Nations    A/RES/78/903",
        "General Assembly    Distr.: General",
        "20 December 2023",
        "Seventy-eighth session",
        "Agenda item 18",
        "Resolution adopted by the General Assembly on 19 December 2023",
        "78/903. Questions of ageing",
        "The General Assembly,",
    ],
    "fr": [
        "Nations Unies    A/RES/78/903",
        "Assemblée générale    Distr. générale",
        "20 décembre 2023",
        "Soixante-dix-huitième session",
        "Point 18 de l’ordre du jour",
        "Résolution adoptée par l’Assemblée générale le 19 décembre 2023",
        "78/903. Questions relatives au vieillissement",
        "L’Assemblée générale,",
    ],
}


def _document(code: str, lines: list[str]) -> Document:
    text = "\n".join([*HEADS[code], *lines]) + "\n"
    return parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)


def _resolution(code: str, lines: list[str]) -> Resolution:
    doc = _document(code, lines)
    assert len(doc.resolutions) == 1
    return doc.resolutions[0]


def _counts(res: Resolution) -> tuple[int, int]:
    return len(res.preamble), len(res.operative)


@pytest.mark.parametrize(
    ("text", "phrase", "action"),
    [
        ("表示深为关切地注意到冲突仍在持续，", "表示深为关切地注意到", "take_note"),
        ("表示严重关切的是，难民人数不断增加，", "表示严重关切的是", "express"),
        ("又表示赞赏各国作出的努力，", "又表示赞赏", "express"),
        ("重申深为关切一些地区的局势，", "重申深为关切", "reiterate"),
        ("重申坚决支持秘书长的斡旋，", "重申坚决支持", "reaffirm"),
        ("欢迎并鼓励各国开展合作；", "欢迎并鼓励", "welcome"),
        ("支持和鼓励区域组织的努力；", "支持和鼓励", "support"),
        ("请特别报告员向大会提交报告；", "请", "request"),
        ("又强调特别需要保护儿童；", "又强调", "emphasize"),
        ("强调指出必须加强合作，", "强调指出", "stress"),
        ("又再次请秘书长提供协助；", "又再次请", "reiterate"),
        ("再次强烈谴责一切恐怖主义行为，", "再次强烈谴责", "reiterate"),
        ("在这方面，回顾其以往各项决议，", "在这方面，回顾", "recall"),
        ("感到关切的是，儿童仍受影响，", "感到关切的是", "be_concerned"),
        ("决定设立一个工作组；", "决定", "decide"),
    ],
)
def test_the_chinese_leading_phrase_is_the_bold_one(text: str, phrase: str, action: str) -> None:
    found = leading_phrase(text, "zh")
    assert found is not None
    assert (found.text, found.action) == (phrase, action)


# A bracket cut after a hyphen, in a text wrapped without blank lines.
CUT_BRACKET = {
    "zh": [
        "回顾其以往各项决议，",
        "又表示注意到秘书长为应对冠状病毒病(COVID-",
        "19)而采取的举措，",
        "认识到老年人作出的贡献，",
        "1.\t鼓励会员国加紧努力；",
        "2.\t决定继续审议这一问题。",
    ],
    "en": [
        "Recalling its previous resolutions,",
        "Taking note also of the initiatives to respond to the coronavirus disease (COVID-",
        "19) pandemic,",
        "Recognizing the contributions of older persons,",
        "1. Encourages Member States to step up their efforts;",
        "2. Decides to continue its consideration of the question.",
    ],
    "fr": [
        "Rappelant ses résolutions antérieures,",
        "Prenant note également des initiatives prises face à la maladie à coronavirus (COVID-",
        "19),",
        "Considérant la contribution des personnes âgées,",
        "1. Encourage les États Membres à redoubler d’efforts ;",
        "2. Décide de poursuivre l’examen de la question.",
    ],
}


@pytest.mark.parametrize("code", sorted(CUT_BRACKET))
def test_a_line_cut_inside_a_bracket_goes_on(code: str) -> None:
    res = _resolution(code, CUT_BRACKET[code])
    assert _counts(res) == (3, 2)
    assert [p.number for p in res.operative] == ["1", "2"]


def test_the_one_unnumbered_operative_paragraph_ends_with_a_full_stop() -> None:
    res = _resolution(
        "zh", ["审议了全权证书委员会的报告及其中所载建议，", "核可全权证书委员会的报告。"]
    )
    assert _counts(res) == (1, 1)
    assert res.operative[0].action == "approve"


def test_a_running_head_whose_title_holds_a_chinese_comma_is_furniture() -> None:
    title = "通过全面、综合、平衡的办法应对老龄问题"
    head = [*HEADS["zh"][:6], f"78/903. {title}", "大会，"]
    first_page = [f"又回顾其20{n}年12月15日第{n + 55}/{n}号决议，" for n in range(10, 34)]
    body = [
        "回顾其以往各项决议，",
        *first_page,
        "",
        "23-25990 (C)   011223",
        "*2325990*",
        "",
        "A/RES/78/903",
        title,
        "",
        "23-25990",
        "2/3",
        "",
        "又表示注意到秘书长的报告，1",
        "__________________",
        "1 A/78/100。",
        "",
        title,
        "A/RES/78/903",
        "",
        "3/3",
        "23-25990",
        "",
        "还回顾其2022年12月15日第77/190号决议，",
        "1.\t鼓励会员国加紧努力；",
        "2.\t决定继续审议这一问题。",
    ]
    text = "\n".join([*head, *body]) + "\n"
    doc = parse_raw(RawText(text, "text", "utf-8", None), language="zh", analysis=True)
    res = doc.resolutions[0]
    assert _counts(res) == (3 + len(first_page), 2)
    assert all("通过全面" not in p.text for p in res.preamble)
    # the footnote that cites a symbol, next to the running head, is no furniture
    assert "A/78/100" in {r.target for r in doc.references}
