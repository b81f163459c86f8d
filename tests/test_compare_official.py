"""Comparing the six official versions of a resolution (issue 13, item 5): what one version's
markup or wording does differently is not reported high, what really differs is.

Each test builds the six versions of a short resolution of our own, paragraph by paragraph as
the UN's markup gives them (a paragraph may be split, a citation linked or not, a number alone
in a paragraph of its own), and compares them with English.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from mandata.analyze.paragraph import analyze_paragraph
from mandata.compare import Difference, compare_documents
from mandata.compare.diff import graded_differences
from mandata.compare.units import text_facts
from mandata.export.akn_un import cited
from mandata.model import Document, Footnote, Paragraph, Reference, Resolution

RECALLS = {
    "en": "Recalls its resolution 77/242 of 20 December 2022;",
    "ar": "تشير إلى قرارها 77/242 المؤرخ 20 كانون الأول/ديسمبر 2022؛",
    "es": "Recuerda su resolución 77/242, de 20 de diciembre de 2022;",
    "fr": "Rappelle sa résolution 77/242 du 20 décembre 2022 ;",
    "ru": "ссылается на свою резолюцию 77/242 от 20 декабря 2022 года;",
    "zh": "回顾其2022年12月20日第77/242号决议；",
}
# the second paragraph in two halves (the first ends with a comma, the second starts "and ...")
DECIDES = {
    "en": (
        "Decides to hold the conference on 9 June 2025,",
        "and to consider the report of the Secretary-General at its eightieth session;",
    ),
    "ar": (
        "تقرر عقد المؤتمر في 9 حزيران/يونيه 2025،",
        "والنظر في تقرير الأمين العام في دورتها الثمانين؛",
    ),
    "es": (
        "Decide celebrar la conferencia el 9 de junio de 2025,",
        "y examinar el informe del Secretario General en su octogésimo período de sesiones;",
    ),
    "fr": (
        "Décide de tenir la conférence le 9 juin 2025,",
        "et d’examiner le rapport du Secrétaire général à sa quatre-vingtième session ;",
    ),
    "ru": (
        "постановляет провести конференцию 9 июня 2025 года",
        "и рассмотреть доклад Генерального секретаря на своей восьмидесятой сессии;",
    ),
    "zh": ("决定于2025年6月9日举行会议，", "并在第八十届会议上审议秘书长的报告；"),
}
HOURS = {
    "en": "Decides that the meetings will be held from 3 to 6 p.m.;",
    "ar": "تقرر أن تعقد الجلسات من الساعة 15:00 إلى الساعة 18:00؛",
    "es": "Decide que las sesiones se celebren de las 15.00 a las 18.00 horas;",
    "fr": "Décide que les séances se tiendront de 15 heures à 18 heures ;",
    "ru": "постановляет, что заседания будут проводиться с 15 ч. 00 м. до 18 ч. 00 м.;",
    "zh": "决定会议于下午3时至下午6时举行；",
}
LANGS = ("en", "ar", "es", "fr", "ru", "zh")


@dataclass
class P:
    """One paragraph as a version's markup gives it: its number, its text, the documents its
    links cite (None: those the analysis reads in its text) and its footnotes."""

    number: str | None
    text: str
    links: list[str] | None = None
    footnotes: list[str] = field(default_factory=list)


def document(code: str, paragraphs: list[P]) -> Document:
    """A resolution in language ``code`` whose operative part is ``paragraphs``."""
    paras, refs = [], []
    for i, p in enumerate(paragraphs, 1):
        pid = f"op{i}"
        found = analyze_paragraph(p.text, code, kind="operative")
        notes = [Footnote(str(n), t) for n, t in enumerate(p.footnotes, 1)]
        paras.append(
            Paragraph(
                kind="operative",
                text=p.text,
                id=pid,
                number=p.number,
                action=found.action,
                footnotes=notes,
                dates=found.dates,
                sessions=found.sessions,
                entities=found.entities,
            )
        )
        targets = p.links if p.links is not None else [r.target for r in found.references]
        refs += [Reference("document", t, paragraph=pid) for t in targets]
    return Document(
        symbol="A/RES/78/999",
        language=code,
        resolutions=[Resolution(operative=paras)],
        references=refs,
    )


def whole(code: str) -> list[P]:
    """The resolution as one version gives it: two numbered paragraphs."""
    return [P("1", RECALLS[code]), P("2", " ".join(DECIDES[code]))]


def compared(changed: dict[str, list[P]]) -> list[Difference]:
    """The differences of the six versions, those of ``changed`` as given, the others whole."""
    docs = [document(c, changed.get(c) or whole(c)) for c in LANGS]
    return compare_documents(docs).differences


def high(differences: list[Difference]) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (d.right.language, d.kind, d.left_only, d.right_only)
        for d in differences
        if d.severity == "high"
    ]


def test_the_six_versions_compare_clean() -> None:
    assert compared({}) == []


def test_a_paragraph_one_version_splits_in_two_is_that_paragraph() -> None:
    # French markup: paragraph 2 in two paragraphs, the second unnumbered; the session its
    # second half states is not missing from the first half
    fr = [P("1", RECALLS["fr"]), P("2", DECIDES["fr"][0]), P(None, DECIDES["fr"][1])]
    ru = [P("1", RECALLS["ru"]), P("2", DECIDES["ru"][0]), P(None, DECIDES["ru"][1])]
    assert high(compared({"fr": fr, "ru": ru})) == []


def test_a_number_alone_in_a_paragraph_numbers_the_next() -> None:
    es = [P("1", ""), P(None, RECALLS["es"]), P("2", ""), P(None, " ".join(DECIDES["es"]))]
    assert compared({"es": es}) == []


def test_a_paragraph_whose_text_the_markup_lost_is_empty_not_missing() -> None:
    ar = [P("1", ""), P("2", " ".join(DECIDES["ar"]))]
    found = compared({"ar": ar})
    assert [(d.kind, d.severity, d.right.paragraph) for d in found] == [
        ("empty_paragraph", "medium", "op1")
    ]


def test_a_heading_one_version_gives_as_a_paragraph_is_low() -> None:
    zh = [P(None, "一般性规定"), *whole("zh")]
    found = compared({"zh": zh})
    assert [(d.kind, d.severity) for d in found] == [("missing_paragraph", "low")]


def test_a_citation_one_version_links_and_another_only_writes_is_low() -> None:
    # Russian markup: no link on "77/242"; English links a name to the 2030 Agenda
    ru = [P("1", RECALLS["ru"], links=[]), P("2", " ".join(DECIDES["ru"]))]
    en = [P("1", RECALLS["en"]), P("2", " ".join(DECIDES["en"]), links=["A/RES/70/1"])]
    found = compared({"ru": ru, "en": en})
    assert high(found) == []
    # the English link on a name is the English markup's alone: one low finding, not five
    alone = "the en version alone: ar, es, fr, ru, zh agree"
    assert [(d.kind, d.severity, d.note) for d in found] == [("reference", "low", alone)]


def test_a_corrigendum_one_version_cites_of_a_document_both_cite_is_low() -> None:
    note = {"en": "A/67/53 and A/67/53/Corr.1.", "fr": "A/67/53."}
    versions = {
        c: [
            P(
                "1",
                RECALLS[c],
                links=["A/RES/77/242", "A/67/53", *(["A/67/53/Corr.1"] if c == "en" else [])],
                footnotes=[note.get(c, note["fr"])],
            ),
            P("2", " ".join(DECIDES[c])),
        ]
        for c in LANGS
    }
    found = compared(versions)
    assert high(found) == []
    # the English alone cites the corrigendum: one low finding, noted as the English's own
    assert [(d.kind, d.severity, d.left_only, d.note) for d in found] == [
        ("reference", "low", ["A/67/53/Corr.1"], "the en version alone: ar, es, fr, ru, zh agree")
    ]


def test_a_date_one_version_omits_is_low_a_changed_date_is_high() -> None:
    ru = [P("1", "ссылается на свою резолюцию 77/242;"), P("2", " ".join(DECIDES["ru"]))]
    es_text = RECALLS["es"].replace("20 de diciembre", "21 de diciembre")
    es = [P("1", es_text), P("2", " ".join(DECIDES["es"]))]
    found = compared({"ru": ru, "es": es})
    assert [(d.right.language, d.kind, d.severity) for d in found] == [
        ("es", "date", "high"),
        ("ru", "date", "low"),
    ]


def test_a_changed_symbol_or_number_stays_high() -> None:
    zh = [P("1", RECALLS["zh"].replace("77/242", "77/243")), P("2", " ".join(DECIDES["zh"]))]
    fr_text = " ".join(DECIDES["fr"]).replace("9 juin 2025", "9 juin 2026")
    fr = [P("1", RECALLS["fr"]), P("2", fr_text)]
    # Arabic drops the citation from its text: the cited document is missing
    ar = [P("1", "تشير إلى قرارها المؤرخ 20 كانون الأول/ديسمبر 2022؛"), P("2", DECIDES["ar"][0])]
    found = high(compared({"zh": zh, "fr": fr, "ar": ar}))
    assert ("zh", "reference", ["A/RES/77/242"], ["A/RES/77/243"]) in found
    assert ("fr", "date", ["2025-06-09"], ["2026-06-09"]) in found
    assert ("ar", "reference", ["A/RES/77/242"], []) in found


def test_an_hour_written_without_its_half_of_the_day_is_the_same_hour() -> None:
    versions = {c: [P("1", RECALLS[c]), P("2", HOURS[c])] for c in LANGS}
    assert high(compared(versions)) == []
    versions["fr"] = [P("1", RECALLS["fr"]), P("2", HOURS["fr"].replace("15 heures", "16 heures"))]
    assert [d[:2] for d in high(compared(versions))] == [("fr", "number")]


def test_a_list_one_version_gives_as_many_paragraphs_is_one_paragraph() -> None:
    items = {
        "en": [f"({c}) Item {n} of the list;" for n, c in enumerate("abcdefg", 1)],
        "ar": [f"({c}) البند {n} من القائمة؛" for n, c in enumerate("أبجدهوز", 1)],
    }
    en = [
        P("1", RECALLS["en"]),
        P("2", "Requests the Secretary-General to act as follows: " + " ".join(items["en"])),
    ]
    ar = [
        P("1", RECALLS["ar"]),
        P("2", "تطلب إلى الأمين العام أن يتصرف على النحو التالي:"),
        *(P(None, item) for item in items["ar"]),
    ]
    result = compare_documents([document("en", en), document("ar", ar)])
    assert [d for d in result.differences if d.kind == "missing_paragraph"] == []


def test_a_citation_one_version_footnotes_at_another_mention_is_low() -> None:
    # the 2030 Agenda's footnote is called at its first mention: paragraph 1 in English,
    # paragraph 2 in French, where the French wording names it first
    def with_note(code: str, where: int) -> list[P]:
        paras = whole(code)
        paras[where] = P(paras[where].number, paras[where].text, None, ["Resolution 70/1."])
        paras[where].links = [*(["A/RES/77/242"] if where == 0 else []), "A/RES/70/1"]
        return paras

    versions = {c: with_note(c, 1 if c == "fr" else 0) for c in LANGS}
    found = compared(versions)
    assert high(found) == []
    assert [(d.right.language, d.kind, d.severity) for d in found if d.kind == "reference"] == [
        ("fr", "reference", "low"),
        ("fr", "reference", "low"),
    ]


def kinds(en: str, other: str, code: str) -> list[str]:
    """The kinds of high-severity difference between two stand-alone paragraphs."""
    facts = text_facts(en, "en"), text_facts(other, code)
    return [kind for kind, severity, _, _ in graded_differences(*facts) if severity == "high"]


def test_one_scale_word_for_both_ends_of_a_range_is_the_same_number() -> None:
    en = "Notes that between 691 million and 783 million people faced hunger in 2022;"
    fr = "Note qu’entre 691 et 783 millions de personnes ont souffert de la faim en 2022 ;"
    ru = "отмечает, что в 2022 году от голода страдали от 691 до 783 млн. человек;"
    assert kinds(en, fr, "fr") == kinds(en, ru, "ru") == []
    # a changed scale is a changed number
    es = "Observa que entre 691 y 783 mil personas padecieron hambre en 2022;"
    assert kinds(en, es, "es") == ["number"]


def test_a_year_given_by_its_last_two_digits_is_that_year() -> None:
    en = "Approves the budget for the biennium 2023/24;"
    ar = "توافق على ميزانية فترة السنتين 2023/2024؛"
    assert kinds(en, ar, "ar") == []
    assert kinds(en, ar.replace("2023/2024", "2023/2025"), "ar") == ["number"]


# another resolution altogether, as a language's file of the corpus may hold: other documents
# cited, other dates, other paragraphs
ANOTHER = {
    "ar": [
        "تشير إلى قرارها 70/15 المؤرخ 4 تشرين الثاني/نوفمبر 2015؛",
        "ترحب بتقرير الأمين العام المؤرخ 3 آذار/مارس 2021 عن الدول الجزرية الصغيرة؛",
        "تقرر أن تعقد اجتماعا رفيع المستوى في 17 أيار/مايو 2027؛",
        "تطلب إلى الأمين العام أن يقدم تقريرا في إطار البند المعنون ”المحيطات“؛",
    ],
    "ru": [
        "ссылается на свою резолюцию 70/15 от 4 ноября 2015 года;",
        "приветствует доклад Генерального секретаря от 3 марта 2021 года о малых островах;",
        "постановляет провести совещание высокого уровня 17 мая 2027 года;",
        "просит Генерального секретаря представить доклад по пункту, озаглавленному «Океаны»;",
    ],
    "zh": [
        "回顾其2015年11月4日第70/15号决议；",
        "欢迎秘书长2021年3月3日关于小岛屿的报告；",
        "决定于2027年5月17日举行高级别会议；",
        "请秘书长在题为“海洋”的项目下提交报告；",
    ],
}


@pytest.mark.parametrize("code", ["ar", "ru", "zh"])
def test_a_version_that_is_another_text_is_one_high_finding(code: str) -> None:
    versions = {c: [*whole(c), P("3", HOURS[c])] for c in LANGS}
    versions[code] = [P(str(n), t) for n, t in enumerate(ANOTHER[code], 1)]
    found = [d for d in compared(versions) if d.right.language == code]
    assert [(d.kind, d.severity) for d in found] == [("different_text", "high")]
    assert "not the same text" in found[0].note
    # the other versions, and a version whose one date changed, are compared paragraph by
    # paragraph
    assert [d for d in compared(versions) if d.right.language != code] == []
    fr = [*whole("fr"), P("3", HOURS["fr"].replace("15 heures", "16 heures"))]
    changed = compared({c: [*whole(c), P("3", HOURS[c])] for c in LANGS} | {"fr": fr})
    assert [h[:2] for h in high(changed)] == [("fr", "number")]


@pytest.mark.parametrize("code", ["ar", "fr", "zh"])
def test_a_stretch_of_paragraphs_whose_text_the_markup_lost_is_one_finding(code: str) -> None:
    # the markup kept the numbers of paragraphs 2 to 4 without their text and dropped
    # paragraph 5 altogether: one medium finding, not a high per paragraph
    def six(c: str) -> list[P]:
        return [
            *whole(c),
            P("3", HOURS[c]),
            P("4", RECALLS[c]),
            P("5", HOURS[c]),
            P("6", DECIDES[c][0]),
        ]

    lost = six(code)
    lost = [lost[0], P("2", ""), P("3", ""), P("4", ""), lost[5]]
    versions = {c: six(c) for c in LANGS} | {code: lost}
    found = compared(versions)
    assert [(d.right.language, d.kind, d.severity) for d in found] == [
        (code, "empty_paragraph", "medium")
    ]
    assert "op2..op4" in found[0].note
    # one paragraph whose text the markup lost is that one finding, as before
    one = [six(code)[0], P("2", ""), *six(code)[2:]]
    found = compared({c: six(c) for c in LANGS} | {code: one})
    assert [(d.kind, d.severity, d.right.paragraph) for d in found] == [
        ("empty_paragraph", "medium", "op2")
    ]


# "242/77" for 77/242, as an Arabic source written right to left prints it, and linked so
REVERSED = {
    "ar": RECALLS["ar"].replace("77/242", "242/77"),
    "fr": RECALLS["fr"].replace("77/242", "242/77"),
    "ru": RECALLS["ru"].replace("77/242", "242/77"),
}
# another body's decision, which one version's markup links as a General Assembly resolution
DECISION = {
    "en": "Recalls decision 13/18 of the Conference of the Parties to the Convention;",
    "ar": "تشير إلى المقرر 13/18 الصادر عن مؤتمر الأطراف في الاتفاقية؛",
    "es": "Recuerda la decisión 13/18 de la Conferencia de las Partes en el Convenio;",
    "fr": "Rappelle la décision 13/18 de la Conférence des Parties à la Convention ;",
    "ru": "ссылается на решение 13/18 Конференции Сторон Конвенции;",
    "zh": "回顾缔约方大会第13/18号决定；",
}


@pytest.mark.parametrize("code", ["ar", "fr", "ru"])
def test_a_citation_its_own_words_contradict_is_a_markup_fault(code: str) -> None:
    # the resolution's numbers in reverse: its date is of the seventy-seventh session
    reversed_ = [P("1", REVERSED[code], links=["A/RES/242/77"]), P("2", " ".join(DECIDES[code]))]
    found = [d for d in compared({code: reversed_}) if d.right.language == code]
    assert [(d.kind, d.severity, d.left_only, d.right_only) for d in found] == [
        ("markup_link", "low", ["A/RES/77/242"], ["A/RES/242/77"])
    ]
    assert "markup fault" in found[0].note
    # a decision linked as a resolution
    # (cited in a footnote of a paragraph that does not write its number)
    versions = {c: [*whole(c), P("3", HOURS[c], [], [DECISION[c]])] for c in LANGS}
    versions[code] = [*whole(code), P("3", HOURS[code], ["A/RES/13/18"], [DECISION[code]])]
    found = [d for d in compared(versions) if d.right.language == code]
    assert [(d.kind, d.severity, d.right_only) for d in found] == [
        ("markup_link", "low", ["A/RES/13/18"])
    ]
    # a resolution cited for another one, its date of the right session, stays high
    other = RECALLS[code].replace("77/242", "77/243")
    found = compared(
        {code: [P("1", other, links=["A/RES/77/243"]), P("2", " ".join(DECIDES[code]))]}
    )
    assert high(found) == [(code, "reference", ["A/RES/77/242"], ["A/RES/77/243"])]


def test_a_bracket_of_the_text_caught_in_a_link_is_not_the_symbol() -> None:
    href = "https://undocs.org/ru/NPT/CONF.2000/28(PartsIandII)/Corr.3)"
    assert cited(href) == [("document", "NPT/CONF.2000/28 (PartsIandII)/Corr.3")]
    assert cited("https://undocs.org/en/A/RES/1514(XV)") == [("ga_resolution", "A/RES/1514 (XV)")]


def test_one_scale_word_for_two_decimal_ends_of_a_range_is_the_same_number() -> None:
    en = "Notes that the debt stood between 5.8 trillion and 5.9 trillion dollars in 2022;"
    ar = "تلاحظ أن الديون تراوحت بين 5,8 و 5,9 تريليونات دولار في عام 2022؛"
    ru = "отмечает, что в 2022 году задолженность составляла от 5,8 до 5,9 трлн долл. США;"
    fr = "Note que la dette s’élevait à entre 5,8 et 5,9 billions de dollars en 2022 ;"
    assert kinds(en, ar, "ar") == kinds(en, ru, "ru") == kinds(en, fr, "fr") == []
    # a changed decimal is a changed number
    assert kinds(en, ru.replace("5,8", "5,7"), "ru") == ["number"]


def test_a_range_of_days_dated_at_either_end_is_the_same_range() -> None:
    en = "Notes the meetings held in Geneva from 4 to 20 February and from 4 to 13 March 2022;"
    zh = "注意到2022年2月4日至20日和3月4日至13日在日内瓦举行的会议；"
    ar = "تلاحظ الاجتماعات المعقودة في جنيف من 4 إلى 20 شباط/فبراير ومن 4 إلى 13 آذار/مارس 2022؛"
    fr = "Note les réunions tenues à Genève du 4 au 20 février et du 4 au 13 mars 2022 ;"
    assert kinds(en, zh, "zh") == kinds(en, ar, "ar") == kinds(en, fr, "fr") == []
    # a changed day is a changed date
    assert kinds(en, zh.replace("3月4日至13日", "3月4日至14日"), "zh") != []


QUESTION = {
    "fr": "Que veulent les petits États insulaires en développement ?",
    "ar": "ماذا تريد الدول الجزرية الصغيرة النامية؟",
    "zh": "小岛屿发展中国家想要什么？",
}


@pytest.mark.parametrize("code", ["fr", "ar", "zh"])
def test_a_question_one_version_gives_as_a_paragraph_is_a_heading(code: str) -> None:
    found = compared({code: [P(None, QUESTION[code]), *whole(code)]})
    assert [(d.kind, d.severity) for d in found] == [("missing_paragraph", "low")]


def test_a_decimal_part_with_trailing_zeros_is_the_same_number() -> None:
    en = "Recalls the target of 0.15 to 0.2 per cent, and notes that the share rose to 17.0 per cent;"
    fr = "Rappelle l’objectif de 0,15 à 0,20 pour cent, et note que la part est passée à 17 pour cent ;"
    es = "Recuerda la meta del 0,15 al 0,20 %, y observa que la proporción aumentó al 17,0 %;"
    ru = "ссылается на целевой показатель 0,15–0,20 процента и отмечает, что доля выросла до 17 процентов;"
    assert kinds(en, fr, "fr") == kinds(en, es, "es") == kinds(en, ru, "ru") == []
    assert kinds(en, fr.replace("0,20", "0,25"), "fr") == ["number"]


def test_numbers_listed_without_a_space_are_not_a_decimal() -> None:
    en = "Recalls rules 1 and 6, 2, 7, 10 and 11 of customary law;"
    fr = "Rappelle les règles 1 et 6, 2, 7,10 et 11 du droit coutumier ;"
    assert kinds(en, fr, "fr") == []


# the markup of one version links "77/114" to another resolution (and another version's markup
# leaves a citation its text writes unlinked): the digits of the link's text are no numbers
LINKED_ELSEWHERE = {
    "en": "Recalls paragraph 15 of its resolution 77/114 and its resolution 2819 (XXVI);",
    "ar": "تشير إلى الفقرة 15 من قرارها 77/114 وإلى قرارها 2819 (د-26)؛",
    "fr": "Rappelle le paragraphe 15 de sa résolution 77/114 et sa résolution 2819 (XXVI) ;",
}


@pytest.mark.parametrize("code", ["ar", "fr"])
def test_the_digits_a_link_prints_are_no_numbers(code: str) -> None:
    links = {
        "en": [("A/RES/76/122", "77/114"), ("A/RES/2819 (XXVI)", "2819 (XXVI)")],
        code: [("A/RES/77/114", "77/114")],  # the other one written, not linked
    }
    docs = []
    for c in ("en", code):
        doc = document(c, [P("1", LINKED_ELSEWHERE[c], links=[]), P("2", " ".join(DECIDES[c]))])
        doc.format = "akn"  # the UN's markup: its links are the references
        doc.references = [Reference("document", t, paragraph="op1", text=x) for t, x in links[c]]
        docs.append(doc)
    found = compare_documents(docs).differences
    assert not [d for d in found if d.kind == "number"]


# two citations, each linked in some versions and only written in the others: the markup of
# the English links the Council's resolution, the others' link the Commission's
CROSS_LINKED = {
    "en": "Recalls Economic and Social Council resolution 2017/18 of 6 July 2017 and "
    "Commission on Crime Prevention and Criminal Justice resolution 30/1 of 21 May 2021;",
    "ar": "تشير إلى قرار المجلس الاقتصادي والاجتماعي 2017/18 المؤرخ 6 تموز/يوليه 2017 وقرار "
    "لجنة منع الجريمة والعدالة الجنائية 30/1 المؤرخ 21 أيار/مايو 2021؛",
    "es": "Recuerda la resolución 2017/18 del Consejo Económico y Social, de 6 de julio de 2017, "
    "y la resolución 30/1 de la Comisión de Prevención del Delito y Justicia Penal, de 21 de "
    "mayo de 2021;",
    "fr": "Rappelle la résolution 2017/18 du Conseil économique et social en date du 6 juillet "
    "2017 et la résolution 30/1 de la Commission pour la prévention du crime et la justice "
    "pénale en date du 21 mai 2021 ;",
    "ru": "ссылается на резолюцию 2017/18 Экономического и Социального Совета от 6 июля 2017 "
    "года и резолюцию 30/1 Комиссии по предупреждению преступности и уголовному правосудию от "
    "21 мая 2021 года;",
    "zh": "回顾经济及社会理事会2017年7月6日第2017/18号决议和预防犯罪和刑事司法委员会2021年5月"
    "21日第30/1号决议；",
}


@pytest.mark.parametrize("code", ["ar", "es", "fr", "ru", "zh"])
def test_the_digits_of_a_citation_the_other_version_links_are_no_numbers(code: str) -> None:
    # each version writes both citations; the English links one, the other version the other:
    # a citation one version links and the other only writes (its number in the text) is low,
    # and its digits ("2017", "18"; "30", "1") are no numbers that differ
    links = {"en": ["E/RES/2017/18"], code: ["E/CN.15/RES/30/1"]}
    docs = [
        document(c, [P("1", CROSS_LINKED[c], links=links[c]), P("2", " ".join(DECIDES[c]))])
        for c in ("en", code)
    ]
    found = compare_documents(docs).differences
    assert high(found) == []
    assert {d.kind for d in found} == {"reference"}


# the notes of a table: the English markup gives the first as a paragraph and the others as
# its footnotes, another version's markup each as a paragraph of its own
TABLE_NOTES = {
    "en": ("a See A/78/500.", "b See A/78/600.", "c Amounts after recosting."),
    "ar": ("(أ) انظر A/78/500.", "(ب) انظر A/78/600.", "(ج) المبالغ بعد إعادة تقدير التكاليف."),
    "fr": ("a Voir A/78/500.", "b Voir A/78/600.", "c Montants après actualisation des coûts."),
    "zh": ("a 见A/78/500。", "b 见A/78/600。", "c 重计费用后的数额。"),
}


@pytest.mark.parametrize("code", ["ar", "fr", "zh"])
def test_a_table_note_the_other_version_gives_as_a_footnote_is_low(code: str) -> None:
    en = [*whole("en"), P(None, TABLE_NOTES["en"][0], footnotes=list(TABLE_NOTES["en"][1:]))]
    other = [*whole(code), *(P(None, note) for note in TABLE_NOTES[code])]
    found = compare_documents([document("en", en), document(code, other)]).differences
    assert high(found) == []
    notes = [d for d in found if d.kind == "missing_paragraph"]
    assert len(notes) == 2 and all(d.severity == "low" and "footnote" in d.note for d in notes)


def test_a_paragraph_one_version_lacks_after_a_footnote_stays_high() -> None:
    # a lettered paragraph one version lacks, where no footnote of the other stands for it
    en = [*whole("en"), P(None, "a See A/78/500.")]
    fr = [*whole("fr"), P(None, TABLE_NOTES["fr"][0]), P(None, "b Voir le rapport du Comité.")]
    found = compare_documents([document("en", en), document("fr", fr)]).differences
    assert [d.kind for d in found if d.severity == "high"] == ["missing_paragraph"]


# two paragraphs of the English that another version lacks, one after the other
LACKED = (
    P(None, "Welcoming the conference held in Geneva from 3 to 7 June 2024,"),
    P(None, "Noting the report of the Secretary-General on its outcome (A/79/101),"),
)


@pytest.mark.parametrize("code", ["ar", "fr", "zh"])
def test_paragraphs_one_version_lacks_one_after_another_are_one_finding(code: str) -> None:
    en = [P("1", RECALLS["en"]), *LACKED, P("2", " ".join(DECIDES["en"]))]
    found = compare_documents([document("en", en), document(code, whole(code))]).differences
    missing = [d for d in found if d.severity == "high"]
    assert [d.kind for d in missing] == ["missing_paragraph"]
    assert missing[0].left.paragraph == "op2" and missing[0].right.after == "op1"
    assert "2 consecutive paragraphs (op2..op3)" in missing[0].note


def test_paragraphs_one_version_lacks_apart_are_two_findings() -> None:
    en = [LACKED[0], P("1", RECALLS["en"]), LACKED[1], P("2", " ".join(DECIDES["en"]))]
    found = compare_documents([document("en", en), document("fr", whole("fr"))]).differences
    assert [d.kind for d in found if d.severity == "high"] == ["missing_paragraph"] * 2


# a section's heading, long and without final punctuation, that one version's markup gives as
# a paragraph numbered by its letter and the English's as a heading (no paragraph)
SECTION_HEADINGS = {
    "es": "Intensificar el apoyo a la acción climática, incluida su financiación, de conformidad "
    "con los compromisos y obligaciones existentes en virtud de la Convención Marco de las "
    "Naciones Unidas sobre el Cambio Climático y del Acuerdo de París, en los pequeños Estados",
    "fr": "Intensifier le soutien à l’action climatique, y compris son financement, conformément "
    "aux engagements et obligations existants au titre de la Convention-cadre des Nations Unies "
    "sur les changements climatiques et de l’Accord de Paris, dans les petits États insulaires",
    "ru": "Расширение поддержки деятельности в области климата, включая финансирование, в "
    "соответствии с существующими обязательствами по Рамочной конвенции Организации "
    "Объединенных Наций об изменении климата и Парижскому соглашению в малых островных государствах",
}


@pytest.mark.parametrize(("code", "label"), [("es", "B"), ("fr", "IV"), ("ru", "В")])
def test_a_long_section_heading_one_version_gives_as_a_paragraph_is_low(
    code: str, label: str
) -> None:
    assert len(SECTION_HEADINGS[code]) > 200
    other = [P(label, SECTION_HEADINGS[code]), *whole(code)]
    found = compare_documents([document("en", whole("en")), document(code, other)]).differences
    assert [(d.kind, d.severity) for d in found] == [("missing_paragraph", "low")]


# a footnote citing a report and its corrigendum, linked; another version's footnote gives the
# report alone, unlinked
CORRECTED = {
    "en": ("See A/78/480 and A/78/480/Corr.1.", ["A/78/480", "A/78/480/Corr.1"]),
    "ar": ("انظر A/78/480.", []),
    "fr": ("Voir A/78/480.", []),
    "ru": ("См. A/78/480.", []),
}


@pytest.mark.parametrize("code", ["ar", "fr", "ru"])
def test_a_corrigendum_of_a_document_the_other_version_writes_unlinked_is_low(code: str) -> None:
    docs = []
    for c in ("en", code):
        note, links = CORRECTED[c]
        paragraphs = [P("1", RECALLS[c], footnotes=[note]), P("2", " ".join(DECIDES[c]))]
        doc = document(c, paragraphs)
        doc.references = [Reference("document", t, paragraph="op1") for t in links]
        docs.append(doc)
    found = compare_documents(docs).differences
    assert high(found) == []
    assert {(d.kind, d.severity) for d in found} == {("reference", "low")}


@pytest.mark.parametrize(("code", "see"), [("fr", "Voir"), ("ru", "См."), ("zh", "见")])
def test_a_changed_symbol_beside_its_sibling_stays_high(code: str, see: str) -> None:
    # the other version cites the first addendum and misprints the second's symbol
    notes = {
        "en": (
            "See A/HRC/54/31/Add.1 and A/HRC/54/31/Add.2.",
            ["A/HRC/54/31/Add.1", "A/HRC/54/31/Add.2"],
        ),
        code: (
            f"{see} A/HRC/54/31/Add.1, A/HRC/31/Add.2.",
            ["A/HRC/54/31/Add.1", "A/HRC/31/Add.2"],
        ),
    }
    docs = []
    for c in ("en", code):
        note, links = notes[c]
        doc = document(c, [P("1", RECALLS[c], footnotes=[note]), P("2", " ".join(DECIDES[c]))])
        doc.references = [Reference("document", t, paragraph="op1") for t in links]
        docs.append(doc)
    assert "reference" in {k for _, k, _, _ in high(compare_documents(docs).differences)}
