"""Citations read as what they are (issue 21, items 6 and 7; issue 13's spurious citations), on
sentences written for each language: another organ's numbers that look like the Assembly's, a
list that shares the organ of one of its items, a document symbol with its qualifier or printed
with a non-breaking hyphen, and a footnote call glued to the last resolution number cited."""

from __future__ import annotations

import pytest

from mandata.analyze.references import find_references
from mandata.parse import parse_raw
from mandata.read import RawText

RULE = "__________________"


def _targets(text: str, code: str) -> list[str]:
    return [r.target for r in find_references(text, code)]


def _assemblys(targets: list[str]) -> list[str]:
    return [t for t in targets if t.startswith("A/RES/")]


# a conference's or commission's numbers "9/4", "5/3": no Assembly session numbered its
# resolutions so (sessions 1-30 wrote "3380 (XXX)")
EARLY_SESSION = {
    "en": "Welcoming Conference resolution 9/4 and resolutions 5/3 and 6/2 adopted in Vienna,",
    "fr": "Se félicitant de la résolution 9/4 et des résolutions 5/3 et 6/2 adoptées à Vienne,",
    "es": "Acogiendo con beneplácito la resolución 9/4 y las resoluciones 5/3 y 6/2 aprobadas "
    "en Viena,",
    "ru": "приветствуя резолюцию 9/4 и резолюции 5/3 и 6/2, принятые в Вене,",
    "ar": "وإذ ترحب بالقرار 9/4 وبالقرارين 5/3 و 6/2 المتخذة في فيينا،",
    "zh": "欢迎在维也纳通过的第9/4号决议以及第5/3号和第6/2号决议，",
}


@pytest.mark.parametrize("code", sorted(EARLY_SESSION))
def test_numbers_of_sessions_before_the_31st_are_not_the_assemblys(code: str) -> None:
    targets = _targets(EARLY_SESSION[code], code)
    assert len(targets) == 3, targets
    assert _assemblys(targets) == [], targets


# a commission's resolution dated in a year whose Assembly session is its digits reversed
# ("27/2 of 18 May 2018": session 72 then), outside Arabic, whose old texts alone print numbers
# reordered
REVERSED = {
    "en": "Recalling Commission resolution 27/2 of 18 May 2018 and its resolution 72/1 of "
    "17 October 2017,",
    "fr": "Rappelant la résolution 27/2 de la Commission, en date du 18 mai 2018, et sa "
    "résolution 72/1 du 17 octobre 2017,",
    "es": "Recordando la resolución 27/2 de la Comisión, de 18 de mayo de 2018, y su "
    "resolución 72/1, de 17 de octubre de 2017,",
    "ru": "ссылаясь на резолюцию 27/2 Комиссии от 18 мая 2018 года и свою резолюцию 72/1 от "
    "17 октября 2017 года,",
}


@pytest.mark.parametrize("code", sorted(REVERSED))
def test_digits_are_reordered_only_where_the_language_prints_them_so(code: str) -> None:
    assert _assemblys(_targets(REVERSED[code], code)) == ["A/RES/72/1"]


def test_arabic_numbers_printed_reordered_are_still_read() -> None:
    text = "وإذ تشير إلى قرارها 50/59 المؤرخ 2 كانون الأول/ديسمبر 2004،"
    assert _targets(text, "ar") == ["A/RES/59/50"]


def test_arabic_digits_are_read_reversed_only_where_a_zero_opens_a_part() -> None:
    """ "27/5" of 18 May 2018 is a commission's (session 72 is its digits reversed, but the
    date's year is not); "05/95" of 2004 is 59/50 printed with its digits reversed."""
    text = (
        "وإذ تشير إلى القرار 27/5 المؤرخ 18 أيار/مايو 2018 الصادر عن اللجنة، وإلى قرارها 72/1 "
        "المؤرخ 17 تشرين الأول/أكتوبر 2017،"
    )
    assert _assemblys(_targets(text, "ar")) == ["A/RES/72/1"]
    text = "وإذ تشير إلى قرارها 05/95 المؤرخ 2 كانون الأول/ديسمبر 2004،"
    assert _targets(text, "ar") == ["A/RES/59/50"]


# a Council's list: the first item's date fits no session of the Assembly, so the whole list is
# the Council's (no "74/1" from "47/1 of 12 July 2021" in Arabic either)
COUNCIL_LIST = {
    "en": "Recalling the resolutions of the Council, most recently resolutions 50/3 of 7 July "
    "2022, 47/1 of 12 July 2021 and S-29/1 of 12 February 2021,",
    "fr": "Rappelant les résolutions du Conseil, dont les plus récentes sont les résolutions "
    "50/3 du 7 juillet 2022, 47/1 du 12 juillet 2021 et S-29/1 du 12 février 2021,",
    "es": "Recordando las resoluciones del Consejo, las más recientes de las cuales son las "
    "resoluciones 50/3, de 7 de julio de 2022, 47/1, de 12 de julio de 2021, y S-29/1, de "
    "12 de febrero de 2021,",
    "ru": "ссылаясь на резолюции Совета, последними из которых являются резолюции 50/3 от "
    "7 июля 2022 года, 47/1 от 12 июля 2021 года и S-29/1 от 12 февраля 2021 года,",
    "ar": "وإذ تشير إلى قرارات المجلس، وآخرها القرارات 50/3 المؤرخ 7 تموز/يوليه 2022 و 47/1 "
    "المؤرخ 12 تموز/يوليه 2021 و دإ-29/1 المؤرخ 12 شباط/فبراير 2021،",
}


@pytest.mark.parametrize("code", sorted(COUNCIL_LIST))
def test_a_list_keeps_the_organ_its_first_date_settles(code: str) -> None:
    targets = _targets(COUNCIL_LIST[code], code)
    assert len(targets) == 3, targets
    assert _assemblys(targets) == [], targets


# the organ named after the last number of a list is the list's; "the Council in its resolution"
# is the Council's
ORGAN_AFTER_LIST = {
    "fr": "Rappelant les résolutions 32/21, 38/6 et 44/16 du Conseil des droits de l’homme, "
    "créé par l’Assemblée générale dans sa résolution 60/251,",
    "es": "Recordando las resoluciones 32/21, 38/6 y 44/16 del Consejo de Derechos Humanos, "
    "creado por la Asamblea General en su resolución 60/251,",
    "ru": "ссылаясь на резолюции 32/21, 38/6 и 44/16 Совета по правам человека, учрежденного "
    "Генеральной Ассамблеей в ее резолюции 60/251,",
}


@pytest.mark.parametrize("code", sorted(ORGAN_AFTER_LIST))
def test_the_organ_after_a_list_is_the_whole_lists(code: str) -> None:
    assert _targets(ORGAN_AFTER_LIST[code], code) == [
        "A/HRC/RES/32/21",
        "A/HRC/RES/38/6",
        "A/HRC/RES/44/16",
        "A/RES/60/251",
    ]


COUNCIL_ITS = {
    "en": "Welcoming the work of the Mechanism established by the Human Rights Council in its "
    "resolution 39/2,",
    "fr": "Se félicitant des travaux du Mécanisme créé par le Conseil des droits de l’homme "
    "dans sa résolution 39/2,",
    "es": "Acogiendo con beneplácito la labor del Mecanismo establecido por el Consejo de "
    "Derechos Humanos en su resolución 39/2,",
}


@pytest.mark.parametrize("code", sorted(COUNCIL_ITS))
def test_the_council_in_its_resolution_is_the_councils(code: str) -> None:
    assert _targets(COUNCIL_ITS[code], code) == ["A/HRC/RES/39/2"]


# a document's qualifier is part of its symbol, as the UN links it ("A/77/6(Sect.26)")
QUALIFIED = {
    "en": "See A/77/6 (Sect. 26) and Official Records, Supplement No. 12 (A/73/12 (Part II)).",
    "fr": "Voir A/77/6 (Sect. 26) et Documents officiels, Supplément no 12 [A/73/12 (Part II)].",
    "zh": "见A/77/6 (Sect. 26)和《大会正式记录，补编第12号》(A/73/12( Part II))。",
    "ru": "См. A/77/6 (Sect. 26) и Официальные отчеты, Дополнение № 12 (A/73/12 (Part II)).",
}


@pytest.mark.parametrize("code", sorted(QUALIFIED))
def test_a_documents_qualifier_is_part_of_its_symbol(code: str) -> None:
    assert _targets(QUALIFIED[code], code) == ["A/77/6 (Sect. 26)", "A/73/12 (Part II)"]


# a non-breaking hyphen (U+2011) in a special session's symbol and between a joint symbol's
NON_BREAKING = {
    "fr": "Voir A/ES\u201110/273 et A/69/711\u2011S/2015/1, annexe.",
    "es": "Véase A/ES\u201110/273 y A/69/711\u2011S/2015/1, anexo.",
    "en": "See A/ES\u201110/273 and A/69/711\u2011S/2015/1, annex.",
}


@pytest.mark.parametrize("code", sorted(NON_BREAKING))
def test_a_non_breaking_hyphen_joins_a_symbol(code: str) -> None:
    refs = find_references(NON_BREAKING[code], code)
    assert [r.target for r in refs] == ["A/ES-10/273", "A/69/711", "S/2015/1"]
    assert refs[1].text == refs[2].text == "A/69/711-S/2015/1"


# the last footnote's call glued to the resolution number before it ("76/83²" printed
# "76/832"), other numbers on the page ending in the same digit ("70/262"); the footnote cites a
# symbol alone ("2 A/77/283."), which is no running head
GLUED_LAST = {
    "en": (
        "The General Assembly,\n\n"
        "Recalling its resolution 70/262 of 27 April 2016 on the review of the "
        "peacebuilding architecture,1\n\n"
        "1. Takes note of the report of the Secretary-General submitted pursuant to "
        "resolution 76/832;\n\n"
        f"{RULE}\n1 A/69/968-S/2015/490.\n2 A/77/283.\n"
    ),
    "es": (
        "La Asamblea General,\n\n"
        "Recordando su resolución 70/262, de 27 de abril de 2016, relativa al examen de la "
        "estructura para la consolidación de la paz1,\n\n"
        "1. Toma nota del informe del Secretario General presentado en cumplimiento de la "
        "resolución 76/832;\n\n"
        f"{RULE}\n1 A/69/968-S/2015/490.\n2 A/77/283.\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\n"
        "Rappelant sa résolution 70/262 du 27 avril 2016 sur l’examen du dispositif de "
        "consolidation de la paix1,\n\n"
        "1. Prend acte du rapport du Secrétaire général présenté en application de la "
        "résolution 76/832 ;\n\n"
        f"{RULE}\n1 A/69/968-S/2015/490.\n2 A/77/283.\n"
    ),
    "ru": (
        "Генеральная Ассамблея,\n\n"
        "ссылаясь на свою резолюцию 70/262 от 27 апреля 2016 года об обзоре архитектуры "
        "миростроительства1,\n\n"
        "1. принимает к сведению доклад Генерального секретаря, представленный во исполнение "
        "резолюции 76/832;\n\n"
        f"{RULE}\n1 A/69/968-S/2015/490.\n2 A/77/283.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(GLUED_LAST))
def test_the_last_footnotes_call_glued_to_a_resolution_number(code: str) -> None:
    doc = parse_raw(RawText(GLUED_LAST[code], "text", "utf-8", None), language=code)
    assert [n.marker for n in doc.footnotes] == ["1", "2"]
    targets = {r.target for r in doc.references}
    assert {"A/RES/70/262", "A/RES/76/83", "A/77/283"} <= targets, targets
    assert "A/RES/76/832" not in targets
    operative = doc.resolutions[0].operative[0]
    assert [n.marker for n in operative.footnotes] == ["2"]


# a call the line width sent to the start of the next line, which the export indented by a
# space ("... Agenda for Sustainable Development" / " 1, and ..."); in Russian, after the year's
# word closing a clause ("до 2030 года 1,")
WRAPPED_INDENTED = {
    "en": (
        "The General Assembly,\n\n"
        "Reaffirming the 2030 Agenda for Sustainable Development\n"
        " 1, and looking forward to its review,\n\n"
        "1. Takes note of the report of the Secretary-General;\n\n"
        f"{RULE}\n1 Resolution 70/1.\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\n"
        "Réaffirmant le Programme de développement durable à l’horizon 2030 et ses objectifs\n"
        " 1, et attendant avec intérêt son examen,\n\n"
        "1. Prend note du rapport du Secrétaire général ;\n\n"
        f"{RULE}\n1 Résolution 70/1.\n"
    ),
    "es": (
        "La Asamblea General,\n\n"
        "Reafirmando la Agenda 2030 para el Desarrollo Sostenible\n"
        " 1, y esperando con interés su examen,\n\n"
        "1. Toma nota del informe del Secretario General;\n\n"
        f"{RULE}\n1 Resolución 70/1.\n"
    ),
    "ru": (
        "Генеральная Ассамблея,\n\n"
        "подтверждая Повестку дня в области устойчивого развития на период до 2030 года 1, и с "
        "интересом ожидая ее обзора,\n\n"
        "1. принимает к сведению доклад Генерального секретаря;\n\n"
        f"{RULE}\n1 Резолюция 70/1.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(WRAPPED_INDENTED))
def test_a_call_on_an_indented_line_or_after_a_years_word(code: str) -> None:
    doc = parse_raw(RawText(WRAPPED_INDENTED[code], "text", "utf-8", None), language=code)
    first = doc.resolutions[0].preamble[0]
    assert [n.marker for n in first.footnotes] == ["1"]
    assert ("A/RES/70/1", first.id, "footnote") in {
        (r.target, r.paragraph, r.found_in) for r in doc.references
    }


# the parts after a resolution's first part, each a resolution of its own
PART_RANGES = {
    "en": "Recalling its resolutions 51/211 A to E of 18 December 1996 and 53/243 A and B,",
    "fr": "Rappelant ses résolutions 51/211 A à E du 18 décembre 1996 et 53/243 A et B,",
    "es": "Recordando sus resoluciones 51/211 A a E, de 18 de diciembre de 1996, y 53/243 A y B,",
    "ru": "ссылаясь на свои резолюции 51/211 A‑E от 18 декабря 1996 года и 53/243 A и B,",
    "ar": "وإذ تشير إلى قراراتها 51/211 ألف إلى هاء المؤرخة 18 كانون الأول/ديسمبر 1996 "
    "و 53/243 ألف وباء،",
    "zh": "回顾其1996年12月18日第51/211 A至E号和第53/243 A和B号决议，",
}


@pytest.mark.parametrize("code", sorted(PART_RANGES))
def test_every_part_a_citation_names(code: str) -> None:
    targets = _targets(PART_RANGES[code], code)
    assert [t for t in targets if t.startswith("A/RES/51/211")] == [
        f"A/RES/51/211 {letter}" for letter in "ABCDE"
    ], targets
    if code != "ar":  # "ألف وباء": the second part joined to its word
        assert [t for t in targets if t.startswith("A/RES/53/243")] == [
            "A/RES/53/243 A",
            "A/RES/53/243 B",
        ], targets


# the Assembly named right after another organ is the Assembly, not a possessive
ASSEMBLY_NAMED = {
    "zh": "欣见第四委员会根据报告及大会第73/91号决议召开联席会议，",
    "en": "Welcoming the joint meeting the Fourth Committee held under General Assembly "
    "resolution 73/91,",
    "fr": "Se félicitant de la réunion conjointe tenue par la Quatrième Commission en application "
    "de la résolution 73/91 de l’Assemblée générale,",
}


@pytest.mark.parametrize("code", sorted(ASSEMBLY_NAMED))
def test_the_assembly_named_after_another_organ(code: str) -> None:
    assert _targets(ASSEMBLY_NAMED[code], code) == ["A/RES/73/91"]


# a special session of the Human Rights Council keeps its prefix (the UN links A/HRC/RES/S-30/1)
HRC_SPECIAL = {
    "en": "Taking note of the report of the commission established pursuant to Human Rights "
    "Council resolution S-30/1,",
    "fr": "Prenant note du rapport de la commission créée en application de la résolution S-30/1 "
    "du Conseil des droits de l’homme,",
    "ar": "وإذ تحيط علما بتقرير اللجنة المنشأة عملا بقرار مجلس حقوق الإنسان دإ-30/1،",
}


@pytest.mark.parametrize("code", sorted(HRC_SPECIAL))
def test_a_councils_special_session_keeps_its_prefix(code: str) -> None:
    assert _targets(HRC_SPECIAL[code], code) == ["A/HRC/RES/S-30/1"]


# parts joined by a hyphen ("57/284 A-B"), and, in Russian, printed in the Cyrillic letters
# that look like them ("43/78 Н", "55/180 А")
HYPHENED_PARTS = {
    "en": "Recalling its resolutions 57/284 A-B of 20 December 2002 and 43/78 H,",
    "fr": "Rappelant ses résolutions 57/284 A-B du 20 décembre 2002 et 43/78 H,",
    "es": "Recordando sus resoluciones 57/284 A-B, de 20 de diciembre de 2002, y 43/78 H,",
    "ru": "ссылаясь на свои резолюции 57/284 A-B от 20 декабря 2002 года и 43/78 Н,",
}


@pytest.mark.parametrize("code", sorted(HYPHENED_PARTS))
def test_parts_joined_by_a_hyphen_or_printed_in_cyrillic(code: str) -> None:
    assert _targets(HYPHENED_PARTS[code], code) == [
        "A/RES/57/284 A",
        "A/RES/57/284 B",
        "A/RES/43/78 H",
    ]


# parts beyond H ("45/58 P", "46/36 I and J"), in a Chinese list too
LATE_PARTS = {
    "en": "Recalling its resolutions 45/58 P of 4 December 1990 and 46/36 I and J of "
    "6 December 1991,",
    "fr": "Rappelant ses résolutions 45/58 P du 4 décembre 1990 et 46/36 I et J du "
    "6 décembre 1991,",
    "zh": "回顾其1990年12月4日第45/58 P号和1991年12月6日第46/36 I和J号决议，",
}


@pytest.mark.parametrize("code", sorted(LATE_PARTS))
def test_parts_beyond_h(code: str) -> None:
    assert _targets(LATE_PARTS[code], code) == [
        "A/RES/45/58 P",
        "A/RES/46/36 I",
        "A/RES/46/36 J",
    ]


# an organ named before the word of the next list ("... 54/7 of 12 March 2010 and Human Rights
# Council resolutions 6/30 ...") is that list's, not the last item's of the list before it
# (English writes the organ before its citation word; the other languages after it or with a
# comma, which the reading already stops at); a list whose organ follows its last item still
# takes it
NEXT_LIST = (
    "Recalling Commission on the Status of Women resolutions 51/2 of 9 March 2007 and 54/7 of "
    "12 March 2010 and Human Rights Council resolutions 6/30 of 14 December 2007 and 23/25 of "
    "14 June 2013,"
)
AFTER_LIST = {
    "en": "Recalling resolutions 32/21, 38/6 and 44/16 of the Human Rights Council,",
    "fr": "Rappelant les résolutions 32/21, 38/6 et 44/16 du Conseil des droits de l’homme,",
    "es": "Recordando las resoluciones 32/21, 38/6 y 44/16 del Consejo de Derechos Humanos,",
}


def test_an_organ_before_the_next_lists_word_is_that_lists() -> None:
    refs = {r.target: r.type for r in find_references(NEXT_LIST, "en")}
    assert refs["A/HRC/RES/6/30"] == refs["A/HRC/RES/23/25"] == "hrc_resolution"
    assert not any(t.startswith("A/HRC/RES/5") for t in refs), refs


@pytest.mark.parametrize("code", sorted(AFTER_LIST))
def test_an_organ_after_a_lists_last_item_is_still_the_lists(code: str) -> None:
    targets = _targets(AFTER_LIST[code], code)
    assert targets == ["A/HRC/RES/32/21", "A/HRC/RES/38/6", "A/HRC/RES/44/16"], targets
