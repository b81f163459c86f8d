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
- a running head whose title holds "、" is page furniture, a footnote citing a symbol beside it
  is not;
- in a wrapped text that indents its paragraphs' first lines, the indent says where a paragraph
  starts (Chinese and Russian: no capitals to tell).

The examples are written for these tests; none is copied from the corpus.
"""

from __future__ import annotations

import pytest

from mandata.analyze.paragraph import analyze_paragraph
from mandata.lang import folded_action
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
    "ru": [
        "Организация Объединенных Наций    A/RES/78/903",
        "Генеральная Ассамблея    Distr.: General",
        "20 December 2023",
        "Семьдесят восьмая сессия",
        "Пункт 18 повестки дня",
        "Резолюция, принятая Генеральной Ассамблеей 19 декабря 2023 года",
        "78/903. Вопросы старения",
        "Генеральная Ассамблея,",
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
        ("深为关切的是，儿童仍受影响，", "深为关切", "be_concerned"),
        ("决定设立一个工作组；", "决定", "decide"),
    ],
)
def test_the_chinese_leading_phrase_is_the_bold_one(text: str, phrase: str, action: str) -> None:
    found = leading_phrase(text, "zh")
    assert found is not None
    # the table's key, reported as the English module folds it (emphasize is reported stress)
    assert (found.text, found.action) == (phrase, folded_action(action))


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


def test_a_running_head_prints_on_one_line_a_title_the_first_page_wraps() -> None:
    # the title opens with a word the tables read as a leading phrase (通过, "through")
    title = "通过区域合作和国际合作等途径实现山区可持续发展"
    head = [*HEADS["zh"][:6], f"78/903. {title[:14]}", title[14:], "大会，"]
    body = [
        "回顾其以往各项决议，",
        *[f"又回顾其20{n}年12月15日第{n + 55}/{n}号决议，" for n in range(10, 34)],
        "",
        "23-25990 (C)   011223",
        "",
        "A/RES/78/903",
        title,
        "",
        "2/2",
        "又表示注意到秘书长的报告，",
        "1.\t鼓励会员国加紧努力；",
        "2.\t决定继续审议这一问题。",
    ]
    text = "\n".join([*head, *body]) + "\n"
    res = parse_raw(RawText(text, "text", "utf-8", None), language="zh").resolutions[0]
    assert _counts(res) == (26, 2)
    assert all("山区" not in p.text for p in res.preamble)


# A text wrapped without blank lines that indents the first line of each paragraph: a wrapped
# line that starts with a leading phrase after a comma goes on, an indented line that opens
# with no leading phrase starts a paragraph (Chinese and Russian have no capitals to tell).
INDENTED = {
    "zh": [
        "\t回顾其以往关于老龄问题的各项决议，特别是2021年12月1",
        "6日第76/138号决议，以及经济及社会理事会的相关决议，",
        "\t认识到老年人能够继续为社会运作和《2030年可持续发展议程",
        "》的执行作出重要贡献，并认识到老年人的权利需要得到保障，",
        "\t对许多卫生系统没有做好充分准备，无法应对人口迅速老龄化的需",
        "求深感关切，",
        "\t关切地注意到冠状病毒病疫情对老年人特别是老年妇女造成了格外",
        "严重的影响，各国应对疫情的措施应当顾及他们的特殊需要和脆弱性，",
        "强调指出需要确保在执行该议程的过程中考虑到老年人的各种需要，",
        "\t又认识到年龄歧视是一种普遍存在的偏见态度，这种态度可能认定",
        "忽视和歧视老年人是可以接受的，",
        "\t1.\t鼓励会员国在提交可持续发展高级别政治论坛的自愿国别评",
        "估中阐述老年人的境况；",
        "\t2.\t请秘书长就本决议的执行情况向大会第八十届会议提交一份",
        "报告。",
    ],
    "ru": [
        "\tссылаясь на свои предыдущие резолюции по вопросу о старении, в",
        "частности на резолюцию 76/138 от 16 декабря 2021 года и другие,",
        "\tпризнавая, что пожилые люди могут и далее вносить важный вклад",
        "в жизнь общества и в осуществление Повестки дня на период до 2030,",
        "\tмногие системы здравоохранения, по мнению Ассамблеи, не готовы к",
        "быстрому старению населения и к росту спроса на их услуги,",
        "\tс озабоченностью отмечая серьезные последствия пандемии для",
        "пожилых людей, в особенности для пожилых женщин во всех регионах,",
        "подчеркивая необходимость учитывать потребности пожилых людей,",
        "\tпризнавая также, что эйджизм является широко распространенным",
        "предубеждением, которое ведет к дискриминации пожилых людей,",
        "\t1.\tпризывает государства-члены рассказывать о положении пожилых",
        "людей в своих добровольных национальных обзорах на форуме;",
        "\t2.\tпросит Генерального секретаря представить доклад Генеральной",
        "Ассамблее на ее восьмидесятой сессии.",
    ],
}


@pytest.mark.parametrize("code", sorted(INDENTED))
def test_the_indent_of_a_paragraphs_first_line_decides_where_it_starts(code: str) -> None:
    lines = INDENTED[code]
    res = _resolution(code, lines)
    assert _counts(res) == (5, 2)
    opened = [ln.lstrip("\t") for ln in lines if ln.startswith("\t")]
    assert [p.text[:8] for p in res.preamble] == [ln[:8] for ln in opened[:5]]


# The same in a short text whose paragraphs are mostly one line each (too few lines wrapped at
# one width to tell the margin): the indent still decides.
INDENTED_SHORT = {
    "zh": [
        "\t回顾其以往关于老龄问题的各项决议，特别是第76/138号决议，以及经济及社会理事会",
        "的相关决议，",
        "\t对许多卫生系统没有做好充分准备，无法应对人口迅速老龄化的需",
        "求深感关切，",
        "\t认识到老年人能够继续为社会运作和《2030年可持续发展议程》的执行作出重要贡",
        "献，",
        "强调指出需要确保老年人的权利得到保障，",
        "\t又认识到年龄歧视是一种普遍存在的偏见态度，这种态度可能认定忽视和歧视老年人",
        "是可以接受的，",
        "\t1.\t鼓励会员国加紧努力；",
        "\t2.\t决定继续审议这一问题。",
    ],
    "ru": [
        "\tссылаясь на свои предыдущие резолюции по вопросу о старении, в частности на",
        "резолюцию 76/138,",
        "\tмногие системы здравоохранения, по мнению Ассамблеи, не готовы к быстрому",
        "старению населения,",
        "\tпризнавая, что пожилые люди вносят важный вклад в жизнь общества и в",
        "осуществление Повестки дня,",
        "подчеркивая необходимость учитывать их потребности,",
        "\tпризнавая также, что эйджизм является широко распространенным предубеждением,",
        "которое ведет к дискриминации,",
        "\t1.\tпризывает государства-члены продолжать усилия;",
        "\t2.\tпостановляет продолжить рассмотрение этого вопроса.",
    ],
}


@pytest.mark.parametrize("code", sorted(INDENTED_SHORT))
def test_the_indent_decides_in_a_short_text_too(code: str) -> None:
    lines = INDENTED_SHORT[code]
    res = _resolution(code, lines)
    opened = [ln.lstrip("\t") for ln in lines if ln.startswith("\t")]
    assert [p.text[:8] for p in res.preamble] == [ln[:8] for ln in opened[:4]]
    assert len(res.operative) == 2


def test_a_section_numbered_in_words_with_its_title_opens_its_own_preamble() -> None:
    lines = [
        "一 内部监督事务厅的活动",
        "",
        "回顾其以往各项决议，",
        "",
        "审议了内部监督事务厅的年度报告，",
        "",
        "1.\t重申监督厅的业务独立性；",
        "",
        "2.\t请秘书长确保提请有关主管注意相关决议；",
        "",
        "二 独立审计咨询委员会的活动",
        "",
        "回顾其2007年6月29日第61/275号决议，",
        "",
        "审议了独立审计咨询委员会的报告，",
        "",
        "1.\t赞赏地注意到独立审计咨询委员会的工作；",
        "",
        "2.\t重申其第61/275号决议附件所载的职权范围。",
    ]
    res = _resolution("zh", lines)
    assert _counts(res) == (4, 4)
    assert [p.section for p in res.preamble] == ["一", "一", "二", "二"]


@pytest.mark.parametrize(
    ("text", "mandates"),
    [
        # a report asked for "in the next report" or "in the report on ..."
        ("又请秘书长在下一次报告中说明这方面的挑战和最佳做法；", [("report", None)]),
        ("请秘书长在关于秘书处组成情况的报告中报告各会员国的任职人数；", [("report", None)]),
        # a report already made is no request for one
        ("请秘书长考虑在关于秘书处组成情况的报告中提出的建议；", [("directive", None)]),
        # the item to include in the provisional agenda of "its" session (其)
        (
            "决定在其第八十一届会议临时议程题为“区域合作”的项目下列入题为“联合国同某组织的合作”的分项。",
            [("agenda_item", 81)],
        ),
    ],
)
def test_chinese_mandates(text: str, mandates: list[tuple[str, int | None]]) -> None:
    facts = analyze_paragraph(text, "zh", session=79, kind="operative")
    assert [(m.type, m.session) for m in facts.mandates] == mandates


def test_a_list_item_joined_by_bing_goes_on_with_its_paragraph() -> None:
    # indented as a PDF's text export prints them (the indent says "a paragraph starts here")
    earlier = [
        (
            f"    又回顾其20{n}年12月15日关于老龄问题的第{n + 55}/{n}号决议以及经济及社会理事会",
            "的相关决议，",
        )
        for n in range(10, 24)
    ]
    lines = [
        "    回顾其以往各项决议，",
        "",
        *[line for first, second in earlier for line in (first, second, "")],
        "    又申明《行动纲领》立足于两个重点领域：",
        "",
        "    (a)\t投资于人民：消除贫困，建设能力，",
        "",
        "    (b)\t动员国际团结，重振全球伙伴关系，",
        "",
        "    并立足于《行动纲领》所载承诺和目标，",
        "",
        "    还申明《联合国宪章》的宗旨和原则，",
        "",
        "    1.\t鼓励会员国加紧努力；",
        "",
        "    2.\t决定继续审议这一问题。",
    ]
    res = _resolution("zh", lines)
    assert _counts(res) == (3 + len(earlier), 2)
    assert res.preamble[-1].text.startswith("还申明")


def test_a_line_that_opens_with_the_date_something_was_adopted_on_is_no_adoption_line() -> None:
    lines = [
        "回顾其以往各项决议，",
        "",
        "还满意地注意到2021年12月8日通过了政府专家组2021年会议的报告，",
        "2022年7月29日通过了政府专家组2022年会议的报告，",
        "",
        "提醒会员国注意其在2009年5月8日通过《宣言》和",
        "2016年6月10日通过《班吉宣言》时作出的承诺，",
        "",
        "1.\t促请所有国家加入《公约》；",
        "",
        "2.\t决定继续审议这一问题。",
    ]
    res = _resolution("zh", lines)
    assert _counts(res) == (3, 2)


def test_the_one_unnumbered_operative_paragraph_may_announce_its_items() -> None:
    lines = [
        "回顾其以往各项决议，",
        "",
        "决定：",
        "",
        "(a)\t将会议推迟至2025年举行；",
        "",
        "(b)\t请秘书长提供协助。",
    ]
    res = _resolution("zh", lines)
    assert _counts(res) == (1, 1)
    assert [s.label for s in res.operative[0].subparagraphs] == ["a", "b"]


# A budget resolution's heading between two operative paragraphs: its first word is a table
# verb in Chinese (批款, "appropriates") made a noun by 的; the heading is no paragraph.
BUDGET_HEADINGS = {
    "zh": [
        "审议了秘书长关于维持和平行动经费筹措的报告，",
        "",
        "1.\t注意到该特派团的财务状况；",
        "",
        "2.\t决定为2024年7月1日至2025年6月30日期间批款12 345 600美元；",
        "",
        "批款的筹措",
        "",
        "3.\t决定由会员国分摊上文第2段所述数额。",
    ],
    "en": [
        "Having considered the report of the Secretary-General on the financing of the mission,",
        "",
        "1.\tTakes note of the status of contributions to the mission;",
        "",
        "2.\tDecides to appropriate the amount of 12,345,600 dollars for the period;",
        "",
        "Financing of the appropriation",
        "",
        "3.\tDecides to apportion among Member States the amount set out in paragraph 2 above.",
    ],
    "fr": [
        "Ayant examiné le rapport du Secrétaire général sur le financement de la mission,",
        "",
        "1.\tPrend note de l'état des contributions à la mission ;",
        "",
        "2.\tDécide d'ouvrir un crédit de 12 345 600 dollars pour la période ;",
        "",
        "Financement des crédits ouverts",
        "",
        "3.\tDécide de répartir entre les États Membres le montant indiqué au paragraphe 2.",
    ],
}


@pytest.mark.parametrize("code", sorted(BUDGET_HEADINGS))
def test_a_budget_heading_opened_by_a_verb_made_a_noun_is_no_paragraph(code: str) -> None:
    res = _resolution(code, BUDGET_HEADINGS[code])
    assert _counts(res) == (1, 3)


def test_a_paragraph_that_names_its_object_before_its_verb_of_stance_opens_a_paragraph() -> None:
    # no blank line, no indent: 对 opens a paragraph when its first clause holds a verb of
    # stance (here on the next line too), and goes on with the paragraph when it does not
    lines = [
        "回顾其以往关于裁军的各项决议，特别是2022年12月7日第77/45号决议，以及",
        "其他有关决议，",
        "对许多国家迄今未能履行其在这方面作出的各项承诺以及裁军谈判进展甚微表",
        "示遗憾和关切，",
        "认识到所有国家都应当为实现这一目标作出努力，并为此加强彼此之间的合作，",
        "对话和协商仍然是解决这些问题的最佳途径，",
        "1.\t鼓励会员国加紧努力；",
        "2.\t决定继续审议这一问题。",
    ]
    res = _resolution("zh", lines)
    assert [p.text[:4] for p in res.preamble] == ["回顾其以", "对许多国", "认识到所"]
    assert len(res.operative) == 2


def test_a_paragraph_named_by_its_object_first_opens_after_a_page_break() -> None:
    # the page's last paragraph closes, the running head and a blank line follow, and the next
    # page opens with 对…表示遗憾，(the verb of stance on the next line)
    lines = [
        "回顾其以往关于裁军的各项决议，",
        "认识到所有国家都应当为实现这一目标作出努力，",
        "\f",
        "A/RES/78/903",
        "老龄问题",
        "",
        "对许多国家迄今未能履行其在这方面作出的各项承诺以及裁军谈判进展甚微表",
        "示遗憾和关切，",
        "",
        "1.\t鼓励会员国加紧努力；",
        "2.\t决定继续审议这一问题。",
    ]
    res = _resolution("zh", lines)
    assert [p.text[:4] for p in res.preamble] == ["回顾其以", "认识到所", "对许多国"]


@pytest.mark.parametrize(
    ("code", "opening", "first", "second"),
    [
        ("zh", "正式决定：", "1.\t将周转基金的数额定为1亿美元；", "2.\t授权秘书长垫付款项。"),
        ("zh", "决定：", "1.\t将会议延至下一届会议举行；", "2.\t请秘书长提出报告。"),
        ("en", "Resolves that:", "1.\tThe Fund shall be set at $100 million;", "2.\tIt ends."),
        ("fr", "Décide ce qui suit :", "1.\tLe Fonds est fixé à 100 millions ;", "2.\tFin."),
        ("ru", "постановляет, что:", "1.\tФонд устанавливается в размере 100 млн;", "2.\tКонец."),
    ],
)
def test_a_colon_over_the_first_numbered_paragraph_opens_the_operative_part(
    code: str, opening: str, first: str, second: str
) -> None:
    """A verb of either part in Chinese (正式决定, 决定) ending with a colon right over paragraph 1
    opens the operative part, as "Resolves that:" does: it is no preambular paragraph."""
    res = _resolution(code, [opening, first, second])
    assert _counts(res) == (0, 3)
    assert res.operative[0].text == opening
