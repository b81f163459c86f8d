"""Mandates in every language as in English (issue 13): reports due at a session, items for a
future agenda; Chinese numeral dates and the kind of a lone Chinese paragraph. Sentences written
for each language."""

from __future__ import annotations

import pytest

from mandata.analyze.paragraph import analyze_paragraph
from mandata.scan.dates import all_dates

# a report asked of the Secretary-General for the eightieth session, the session named before
# the verb as these languages often write it
REPORTS = {
    "en": "Requests the Secretary-General to submit to it at its eightieth session a report on "
    "the implementation of the present resolution;",
    "es": "Solicita al Secretario General que en su octogésimo período de sesiones le presente un "
    "informe sobre la aplicación de la presente resolución;",
    "fr": "Prie le Secrétaire général de lui rendre compte, à sa quatre-vingtième session, de "
    "l’application de la présente résolution ;",
    "ru": "просит Генерального секретаря доложить Генеральной Ассамблее на ее восьмидесятой "
    "сессии о ходе осуществления настоящей резолюции;",
    "ar": "تجدد طلبها إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتها الثمانين تقريرا عن "
    "تنفيذ هذا القرار؛",
    "zh": "又请秘书长与会员国协商，向大会第八十届会议报告本决议执行情况；",
}

# the Special Committee asked to report (Spanish "la informe al respecto")
COMMITTEE = {
    "en": "Requests the Special Committee to continue to examine the question and to report "
    "thereon to the General Assembly at its eightieth session;",
    "es": "Solicita al Comité Especial que siga examinando la cuestión y que en su octogésimo "
    "período de sesiones la informe al respecto;",
    "fr": "Prie le Comité spécial de poursuivre l’examen de la question et de lui rendre compte à "
    "sa quatre-vingtième session ;",
}

# an item for the agenda of the eighty-first session
AGENDA = {
    "en": "Decides to include in the provisional agenda of its eighty-first session, under the "
    "item entitled “Sustainable development”, the sub-item entitled “Mountain development”.",
    "es": "Decide incluir en el programa provisional de su octogésimo primer período de sesiones, "
    "en relación con el tema titulado “Desarrollo sostenible”, el subtema titulado “Desarrollo "
    "de las montañas”.",
    "fr": "Décide d’inscrire à l’ordre du jour provisoire de sa quatre-vingt-unième session, au "
    "titre de la question intitulée « Développement durable », la question subsidiaire "
    "intitulée « Développement des montagnes ».",
    "zh": "决定在大会第八十一届会议临时议程题为“可持续发展”的项目下列入题为“山区发展”的分项。",
}


def _mandates(text: str, code: str) -> list[tuple[str, int | None]]:
    facts = analyze_paragraph(text, code, 78, "operative")
    return [(m.type, m.session) for m in facts.mandates if m.type != "directive"]


@pytest.mark.parametrize("code", sorted(REPORTS))
def test_report_due_at_a_session(code: str) -> None:
    assert _mandates(REPORTS[code], code) == [("report", 80)]


@pytest.mark.parametrize("code", sorted(COMMITTEE))
def test_committee_asked_to_report(code: str) -> None:
    assert _mandates(COMMITTEE[code], code) == [("report", 80)]


@pytest.mark.parametrize("code", sorted(AGENDA))
def test_item_for_a_future_agenda(code: str) -> None:
    facts = analyze_paragraph(AGENDA[code], code, 78, "operative")
    items = [m for m in facts.mandates if m.type == "agenda_item"]
    assert [(m.session, bool(m.title), bool(m.parent)) for m in items] == [(81, True, True)]


def test_chinese_numeral_dates() -> None:
    text = "回顾其二〇〇九年七月十四日第63/308号决议和二〇二三年十二月二十二日的决定，"
    assert [d.isoformat() for _, d in all_dates(text, "zh")] == ["2009-07-14", "2023-12-22"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("回顾其第63/308号决议，", "preambular"),
        ("请秘书长向大会第八十届会议提交报告；", "operative"),
        ("决定继续处理此事项。", "operative"),
    ],
)
def test_chinese_kind_by_final_punctuation(text: str, kind: str) -> None:
    assert analyze_paragraph(text, "zh").kind == kind


# a second ask joined to the leading verb: English with "and", Chinese often by the comma alone
JOINED = {
    "en": (
        "Approves the activities of the Department, and encourages the Department to continue "
        "updating the website;"
    ),
    "fr": (
        "Approuve les activités du Département, et encourage le Département à continuer de "
        "mettre à jour le site ;"
    ),
    "zh": "核可新闻部开展的活动，鼓励新闻部继续更新网站；",
}


@pytest.mark.parametrize("code", sorted(JOINED))
def test_an_ask_joined_to_the_leading_verb(code: str) -> None:
    facts = analyze_paragraph(JOINED[code], code, 78, "operative")
    assert [(m.type, m.action) for m in facts.mandates] == [("directive", "encourage")]


# a second ask joined by the comma alone, or after the addressee's pronoun (Spanish "la alienta",
# French "l’encourage"), or by "e" before "i": as many asks in every language as the paragraph makes
COMMA_JOINED = {
    "en": "Welcomes the work of the Commission, encourages the Commission to continue it;",
    "ru": "приветствует работу Комиссии, призывает Комиссию продолжать ее;",
    "es": "Acoge con beneplácito la labor de la Comisión y la alienta a que la continúe;",
    "fr": "Se félicite des travaux de la Commission, et l’encourage à les poursuivre ;",
    "ar": "ترحب بعمل اللجنة، وتشجعها على مواصلته؛",
}


@pytest.mark.parametrize("code", sorted(COMMA_JOINED))
def test_an_ask_joined_by_a_comma_or_a_pronoun(code: str) -> None:
    facts = analyze_paragraph(COMMA_JOINED[code], code, 78, "operative")
    assert [m.type for m in facts.mandates] == ["directive"]


# a report requested by the leading verb after an additive is one ask, not a report and a directive
FURTHER_REQUESTS = {
    "en": "Further requests the Secretary-General to submit to it at its eightieth session a report "
    "on the implementation of the present resolution;",
    "fr": "Prie en outre le Secrétaire général de lui présenter à sa quatre-vingtième session un "
    "rapport sur l’application de la présente résolution ;",
    "es": "Solicita además al Secretario General que le presente en su octogésimo período de "
    "sesiones un informe sobre la aplicación de la presente resolución;",
}


@pytest.mark.parametrize("code", sorted(FURTHER_REQUESTS))
def test_a_further_request_for_a_report_is_one_ask(code: str) -> None:
    facts = analyze_paragraph(FURTHER_REQUESTS[code], code, 78, "operative")
    assert [(m.type, m.session) for m in facts.mandates] == [("report", 80)]


# a second ask after "in this regard" and its like, and only a whole verb ("les engagements"
# is no "les engage")
IN_THIS_REGARD = {
    "en": "Stresses the need to build resilience, and in this regard urges Member States to "
    "continue their efforts;",
    "fr": "Souligne qu’il faut renforcer la résilience, et exhorte à cet égard les États Membres "
    "à poursuivre leurs efforts ;",
    "es": "Destaca la necesidad de reforzar la resiliencia y, a este respecto, exhorta a los "
    "Estados Miembros a que prosigan sus esfuerzos;",
    "ru": "подчеркивает необходимость повышать устойчивость и в этой связи настоятельно "
    "призывает государства-члены продолжать свои усилия;",
    "zh": "强调必须增强抗灾能力，并在这方面敦促会员国继续努力；",
}


@pytest.mark.parametrize("code", sorted(IN_THIS_REGARD))
def test_an_ask_after_in_this_regard(code: str) -> None:
    facts = analyze_paragraph(IN_THIS_REGARD[code], code, 78, "operative")
    assert [m.type for m in facts.mandates] == ["directive"]


def test_a_noun_that_starts_like_a_verb_is_no_ask() -> None:
    text = (
        "Se félicite de l’aide et les engagements annoncés, et demande aux États d’y participer ;"
    )
    facts = analyze_paragraph(text, "fr", 78, "operative")
    assert [m.action for m in facts.mandates] == ["call_upon"]


# a report asked with the verb "to report" or far from the leading verb, as English reads it
REPORT_VERBS = {
    "ar": "تدعو الأمين العام إلى إبلاغ الجمعية العامة بالتقدم المحرز في تنفيذ هذا القرار؛",
    "es": "Solicita a los organismos especializados que informen anualmente al Secretario General "
    "sobre la aplicación de la presente resolución;",
    "fr": "Invite le Secrétaire général à faire figurer dans son rapport annuel des informations "
    "sur les progrès accomplis ;",
    "ru": "просит управляющую державу продолжать докладывать Генеральному секретарю о принятых "
    "мерах и достигнутом прогрессе;",
    "zh": "请管理国继续向秘书长报告为执行建议所采取的步骤和取得的进展；",
}


@pytest.mark.parametrize("code", sorted(REPORT_VERBS))
def test_a_report_asked_by_the_verb_to_report(code: str) -> None:
    facts = analyze_paragraph(REPORT_VERBS[code], code, 78, "operative")
    assert [m.type for m in facts.mandates] == ["report"]


REPORT_FAR = {
    "fr": "Prie le Secrétaire général de renforcer le soutien apporté au secrétariat, pour que "
    "celui-ci puisse fournir au Comité des services adéquats et efficaces de manière prévisible "
    "et durable et aider le Comité à faire le meilleur usage des compétences que ses membres "
    "mettent à sa disposition, et de lui en faire rapport à sa quatre-vingtième session ;",
    "ru": "просит Генерального секретаря усилить поддержку, оказываемую секретариату для "
    "адекватного и эффективного обслуживания Научного комитета на предсказуемой и стабильной "
    "основе и для действенной поддержки применения экспертных знаний, предоставляемых Комитету "
    "его членами, и представить Генеральной Ассамблее на ее восьмидесятой сессии доклад по этим "
    "вопросам;",
    "es": "Solicita al Secretario General que refuerce el apoyo que presta a la secretaría para "
    "que esta pueda prestar servicios adecuados y eficientes al Comité de manera previsible y "
    "sostenible y facilitar el uso de los valiosos conocimientos especializados que le ofrecen "
    "sus miembros, y que le presente en su octogésimo período de sesiones un informe al respecto;",
}


@pytest.mark.parametrize("code", sorted(REPORT_FAR))
def test_a_report_asked_far_from_the_leading_verb(code: str) -> None:
    facts = analyze_paragraph(REPORT_FAR[code], code, 78, "operative")
    assert [(m.type, m.session) for m in facts.mandates] == [("report", 80)]


# a joined verb read whole: "calls for" asks no one ("призывает к", "demande que"); the additive
# of the leading verb (又鼓励) is no second ask
ONE_OR_NONE = {
    ("ru", "подчеркивает важность запрета и призывает к его полному соблюдению;"): [],
    ("en", "Stresses the importance of the ban, and calls for its full implementation;"): [],
    ("fr", "Souligne l’importance de l’interdiction, et demande qu’elle soit respectée ;"): [],
    ("zh", "又鼓励会员国尽可能推动采用开放数据共享政策；"): ["encourage"],
    ("zh", "还请秘书长继续努力，并鼓励会员国提供支助；"): ["request", "encourage"],
}


@pytest.mark.parametrize(("code", "text"), sorted(ONE_OR_NONE))
def test_a_joined_verb_is_read_whole(code: str, text: str) -> None:
    facts = analyze_paragraph(text, code, 78, "operative")
    assert [m.action for m in facts.mandates] == ONE_OR_NONE[code, text]


# a resolution of the first sessions with its part, as each language prints it in a footnote
OLD_RESOLUTIONS = {
    "en": "See resolution 2200 A (XXI), annex.",
    "ar": "انظر القرار 2200 ألف (د-21)، المرفق.",
    "zh": "见第2200 A(XXI)号决议，附件。",
    "fr": "Voir résolution 2200 A (XXI), annexe.",
}


@pytest.mark.parametrize("code", sorted(OLD_RESOLUTIONS))
def test_an_old_resolution_with_its_part(code: str) -> None:
    facts = analyze_paragraph(OLD_RESOLUTIONS[code], code, 78, "preambular")
    assert [r.target for r in facts.references] == ["A/RES/2200 (XXI)"]


# the UN prints a non-breaking hyphen (U+2011) inside hyphenated ordinals
NB_HYPHEN = {
    "en": "Requests the Special Rapporteur to prepare, for submission to the General Assembly at "
    "its seventy\u2011ninth session, a report on the implementation of the present resolution;",
    "fr": "Prie la Rapporteuse spéciale d’établir, en vue de le lui présenter à sa "
    "soixante\u2011dix-neuvième session, un rapport sur l’application de la présente résolution ;",
}


@pytest.mark.parametrize("code", sorted(NB_HYPHEN))
def test_an_ordinal_with_a_non_breaking_hyphen(code: str) -> None:
    """ "soixante‑dix-neuvième" is the seventy-ninth session, not the nineteenth (#13)."""
    assert _mandates(NB_HYPHEN[code], code) == [("report", 79)]


# a second ask after an additive, a manner word or a sentence adverb ("and once again requests",
# "and therefore requests", "and strongly encourages"): an ask in every language
AFTER_AN_ADVERB = [
    (
        "en",
        "Welcomes the work of the Committee, and once again requests all States to cooperate "
        "fully with it;",
    ),
    (
        "en",
        "Reaffirms that the missions are useful, and therefore requests the Committee to "
        "undertake one mission a year;",
    ),
    (
        "en",
        "Notes the efforts made, and in this regard strongly encourages the financial "
        "institutions to assist developing countries;",
    ),
    (
        "es",
        "Acoge con beneplácito la labor del Comité y una vez más exhorta a todos los Estados a "
        "que cooperen plenamente con él;",
    ),
    (
        "fr",
        "Se félicite des travaux du Comité, et une fois de plus engage tous les États à "
        "coopérer pleinement avec lui ;",
    ),
    (
        "ru",
        "подтверждает, что миссии полезны, и поэтому просит Комитет ежегодно направлять одну "
        "миссию;",
    ),
    (
        "ru",
        "приветствует работу Комитета и вновь призывает все государства в полной мере "
        "сотрудничать с ним;",
    ),
    ("zh", "欢迎委员会的工作，因此再次吁请所有国家与其充分合作；"),
    ("ar", "ترحب بعمل اللجنة، ولذلك تهيب بجميع الدول أن تتعاون معها تعاونا كاملا؛"),
]


@pytest.mark.parametrize(("code", "text"), AFTER_AN_ADVERB)
def test_a_second_ask_after_an_adverb(code: str, text: str) -> None:
    facts = analyze_paragraph(text, code, 78, "operative")
    assert [m.type for m in facts.mandates] == ["directive"]


# a report asked after an item is included in a future agenda, in the same paragraph: both
REPORT_AFTER_AN_ITEM = {
    "en": "Decides to include in the provisional agenda of its eightieth session, under the item "
    "entitled “Development”, the sub-item entitled “Cooperation”, and requests the "
    "Secretary-General to submit to it at its eightieth session a report on cooperation.",
    "fr": "Décide d’inscrire à l’ordre du jour provisoire de sa quatre-vingtième session, au titre "
    "de la question intitulée « Développement », la question subsidiaire intitulée « Coopération "
    "», et prie le Secrétaire général de lui présenter à sa quatre-vingtième session un rapport "
    "sur la coopération.",
    "es": "Decide incluir en el programa provisional de su octogésimo período de sesiones, en "
    "relación con el tema titulado “Desarrollo”, el subtema titulado “Cooperación”, y solicita "
    "al Secretario General que le presente en su octogésimo período de sesiones un informe sobre "
    "la cooperación.",
    "zh": "决定在大会第八十届会议临时议程题为“发展”的项目下列入题为“合作”的分项，并请秘书长向"
    "大会第八十届会议提交关于合作的报告。",
}


@pytest.mark.parametrize("code", sorted(REPORT_AFTER_AN_ITEM))
def test_a_report_asked_after_an_item_for_the_agenda(code: str) -> None:
    facts = analyze_paragraph(REPORT_AFTER_AN_ITEM[code], code, 78, "operative")
    assert sorted((m.type, m.session) for m in facts.mandates) == [
        ("agenda_item", 80),
        ("report", 80),
    ]


# a report asked by a request in the noun ("reiterates its request that he submit ...")
REPORT_BY_A_REQUEST = {
    "en": "Reiterates its request that the Secretary-General submit to the General Assembly at "
    "its eightieth session a report on the status of the system.",
    "fr": "Réitère sa demande tendant à ce que le Secrétaire général lui présente à sa "
    "quatre-vingtième session un rapport sur l’état du système.",
    "es": "Reitera su solicitud de que el Secretario General le presente en su octogésimo período "
    "de sesiones un informe sobre el estado del sistema.",
    "ru": "вновь обращается с просьбой к Генеральному секретарю представить Генеральной "
    "Ассамблее на ее восьмидесятой сессии доклад о состоянии системы.",
}


@pytest.mark.parametrize("code", sorted(REPORT_BY_A_REQUEST))
def test_a_report_asked_by_a_request_in_the_noun(code: str) -> None:
    facts = analyze_paragraph(REPORT_BY_A_REQUEST[code], code, 78, "operative")
    assert [(m.type, m.session) for m in facts.mandates] == [("report", 80)]


# a list of reports to include on a website is no request for a report
def test_reports_to_include_on_a_website_are_no_report() -> None:
    text = (
        "Requests the Secretary-General to continue to include the full series of reports of "
        "the regional seminars on the website;"
    )
    facts = analyze_paragraph(text, "en", 78, "operative")
    assert [m.type for m in facts.mandates] == ["directive"]


# information asked in a coming report, the report named before or after the verb
IN_THE_NEXT_REPORT = {
    "en": "Requests the Secretary-General to provide, in his next report, a full explanation of "
    "the delays;",
    "es": "Solicita al Secretario General que, en su próximo informe, incluya una explicación "
    "completa de los retrasos;",
    "fr": "Prie le Secrétaire général de faire le point des retards dans son prochain rapport ;",
    "ru": "просит Генерального секретаря давать в его докладах полное объяснение причин задержек;",
    "zh": "请秘书长在其关于审计委员会建议执行情况的下次报告中充分说明延误的原因；",
}


@pytest.mark.parametrize("code", sorted(IN_THE_NEXT_REPORT))
def test_information_asked_in_the_next_report(code: str) -> None:
    facts = analyze_paragraph(IN_THE_NEXT_REPORT[code], code, 78, "operative")
    assert [m.type for m in facts.mandates] == ["report"]


# to inform the Assembly, or to report with no word for "a report"
TO_INFORM = [
    ("en", "Requests the Secretary-General to inform the General Assembly of the measures taken;"),
    (
        "es",
        "Alienta al Departamento a que defina propuestas concretas e informe al respecto al "
        "Comité en su octogésimo período de sesiones;",
    ),
    ("fr", "Prie le Secrétaire général de continuer de lui faire part de tout fait nouveau ;"),
    (
        "ru",
        "просит Генерального секретаря о том, чтобы он информировал Генеральную Ассамблею о "
        "ходе работы;",
    ),
    (
        "ru",
        "предлагает Генеральному секретарю продолжать сообщать Генеральной Ассамблее о ходе "
        "проведения Десятилетия;",
    ),
    ("zh", "请秘书长为数字化工作寻求更多自愿捐款，并报告有关情况；"),
    ("zh", "请秘书长报告为此采取的措施；"),
    ("zh", "又请秘书长继续努力，并向大会今后届会通报这方面的努力；"),
]


@pytest.mark.parametrize(("code", "text"), TO_INFORM)
def test_a_report_asked_as_to_inform_the_assembly(code: str, text: str) -> None:
    facts = analyze_paragraph(text, code, 78, "operative")
    assert [m.type for m in facts.mandates] == ["report"]


# an item for the agenda of "that session", named before the inclusion
AGENDA_OF_THAT_SESSION = {
    "en": "Decides to consider the report at its eightieth session and to include in the "
    "provisional agenda of its eightieth session the sub-item entitled “Cooperation”.",
    "es": "Decide examinar el informe en su octogésimo período de sesiones e incluir en el "
    "programa provisional de dicho período de sesiones un subtema titulado “Cooperación”.",
    "fr": "Décide d’examiner le rapport à sa quatre-vingtième session et d’inscrire à l’ordre du "
    "jour provisoire de la quatre-vingtième session une question subsidiaire intitulée "
    "« Coopération ».",
    "ru": "постановляет включить в предварительную повестку дня своих восьмидесятой и "
    "восемьдесят первой сессий пункт, озаглавленный «Сотрудничество».",
}


@pytest.mark.parametrize("code", sorted(AGENDA_OF_THAT_SESSION))
def test_an_item_for_the_agenda_of_that_session(code: str) -> None:
    facts = analyze_paragraph(AGENDA_OF_THAT_SESSION[code], code, 78, "operative")
    assert [m.type for m in facts.mandates] == ["agenda_item"]
    assert facts.mandates[0].session in (80, 81)


# a report due at two sessions, listed
TWO_SESSIONS = {
    "en": "Requests the Special Rapporteur to submit a report to the General Assembly at its "
    "seventy-ninth and eightieth sessions;",
    "fr": "Prie le Rapporteur spécial de lui présenter un rapport à ses soixante-dix-neuvième et "
    "quatre-vingtième sessions ;",
    "zh": "请特别报告员向大会第七十九届和第八十届会议提交报告；",
}


@pytest.mark.parametrize("code", sorted(TWO_SESSIONS))
def test_a_report_due_at_two_listed_sessions(code: str) -> None:
    facts = analyze_paragraph(TWO_SESSIONS[code], code, 78, "operative")
    assert sorted((m.type, m.session) for m in facts.mandates) == [
        ("report", 79),
        ("report", 80),
    ]


def test_chinese_sessions_listed_with_one_word_for_session() -> None:
    text = "请特别报告员向大会第七十九和八十届会议提交年度报告；"
    facts = analyze_paragraph(text, "zh", 78, "operative")
    assert sorted(m.session or 0 for m in facts.mandates) == [79, 80]


# a quoted item's title between the verb and the word "report"
TITLE_BETWEEN = {
    "en": "Requests the Secretary-General to submit to it at its eightieth session, under the "
    "sub-item entitled “Follow-up to and implementation of the Programme of Action for the "
    "Sustainable Development of Small Island Developing States and of the Mauritius "
    "Strategy”, a report on the implementation of the present resolution;",
    "es": "Solicita al Secretario General que en su octogésimo período de sesiones le presente, "
    "en relación con el subtema titulado “Seguimiento y aplicación del Programa de Acción para "
    "el Desarrollo Sostenible de los Pequeños Estados Insulares en Desarrollo y de la "
    "Estrategia de Mauricio”, un informe sobre la aplicación de la presente resolución;",
    "fr": "Prie le Secrétaire général de lui présenter à sa quatre-vingtième session, au titre "
    "de la question subsidiaire intitulée « Suivi et application du Programme d’action pour le "
    "développement durable des petits États insulaires en développement et de la Stratégie de "
    "Maurice », un rapport sur l’application de la présente résolution ;",
}


@pytest.mark.parametrize("code", sorted(TITLE_BETWEEN))
def test_a_report_asked_past_a_quoted_title(code: str) -> None:
    facts = analyze_paragraph(TITLE_BETWEEN[code], code, 78, "operative")
    assert [(m.type, m.session) for m in facts.mandates] == [("report", 80)]


# a second ask after the addressee's pronoun ("et le prie également de")
PRONOUN_THEN_ASK = {
    "en": "Requests the Secretary-General to provide the Office with resources, and also requests "
    "him to ensure that the Mechanism is funded;",
    "fr": "Prie le Secrétaire général de doter l’Office de ressources, et le prie également de "
    "veiller à ce que le Mécanisme soit financé ;",
    "es": "Solicita al Secretario General que dote a la Oficina de recursos y le solicita también "
    "que vele por que el Mecanismo esté financiado;",
}


@pytest.mark.parametrize("code", sorted(PRONOUN_THEN_ASK))
def test_a_second_ask_after_a_pronoun(code: str) -> None:
    facts = analyze_paragraph(PRONOUN_THEN_ASK[code], code, 78, "operative")
    assert [m.type for m in facts.mandates] == ["directive", "directive"]


# to keep the Assembly informed at a session: a report due then
KEEP_INFORMED = {
    "en": "Invites the Organization to keep the General Assembly informed at its eighty-first "
    "session of the implementation of the present resolution;",
    "ru": "предлагает Организации информировать Генеральную Ассамблею на ее восемьдесят первой "
    "сессии об осуществлении настоящей резолюции;",
    "zh": "邀请该组织向大会第八十一届会议通报本决议的执行情况；",
}


@pytest.mark.parametrize("code", sorted(KEEP_INFORMED))
def test_keeping_the_assembly_informed_is_a_report(code: str) -> None:
    facts = analyze_paragraph(KEEP_INFORMED[code], code, 78, "operative")
    assert [(m.type, m.session) for m in facts.mandates] == [("report", 81)]


# a verb that renders two English ones, told apart by its object: a call for something (an
# infinitive or a noun: no one is asked) or a call upon a named actor (a directive)
CALL_FOR = {
    "en": "Calls for the strengthening of regional cooperation in the field of energy;",
    "ru": "призывает укреплять региональное сотрудничество в области энергетики;",
    "zh": "呼吁加强能源领域的区域合作；",
}
CALL_UPON = {
    "en": "Calls upon Member States to strengthen regional cooperation in the field of energy;",
    "ru": "призывает государства-члены укреплять региональное сотрудничество в области энергетики;",
    "zh": "呼吁会员国加强能源领域的区域合作；",
}


@pytest.mark.parametrize("code", sorted(CALL_FOR))
def test_a_call_for_something_asks_no_one(code: str) -> None:
    facts = analyze_paragraph(CALL_FOR[code], code, 78, "operative")
    assert (facts.action, facts.mandates) == ("call_for", [])
    facts = analyze_paragraph(CALL_UPON[code], code, 78, "operative")
    assert facts.action == "call_upon"
    assert [m.type for m in facts.mandates] == ["directive"]


@pytest.mark.parametrize(
    ("code", "text", "action"),
    [
        (
            "ru",
            "призывает также незамедлительно принять меры по защите гражданских лиц;",
            "call_for",
        ),
        ("ru", "призывает власти провести расследование;", "call_upon"),
        (
            "ru",
            "призывает к тому, чтобы государства и организации продолжали оказывать помощь;",
            "call_upon",
        ),
        ("ru", "призывает к дальнейшему укреплению сотрудничества;", "call_for"),
        ("zh", "又呼吁各国政府和各组织提供自愿捐款；", "call_upon"),
        ("zh", "呼吁所有核武器国家采取切实步骤；", "call_for"),
    ],
)
def test_the_object_tells_the_call_apart(code: str, text: str, action: str) -> None:
    assert analyze_paragraph(text, code, 78, "operative").action == action


def test_a_joined_call_for_something_asks_no_one() -> None:
    text = (
        "приветствует усилия правительств и призывает активизировать сотрудничество в этой области;"
    )
    assert analyze_paragraph(text, "ru", 78, "operative").mandates == []


def test_an_ask_joined_by_as_well_as() -> None:
    text = (
        "приветствует усилия по разминированию на глобальном уровне, а также поощряет "
        "сотрудничество между Организацией Объединенных Наций и региональными центрами;"
    )
    facts = analyze_paragraph(text, "ru", 78, "operative")
    assert [(m.type, m.action) for m in facts.mandates] == [("directive", "encourage")]


# a report asked in the words of Russian texts: to account ("отчитываться"), to keep the
# Assembly informed ("держать … в курсе"), to include information far into national reports
RU_REPORTS = [
    "призывает все государства-члены отчитываться о ходе достижения этих целей;",
    "выражает признательность Консультативной комиссии и просит ее держать Генеральную "
    "Ассамблею в курсе своей деятельности;",
    "рекомендует правительствам включать информацию о прогрессе в деле искоренения насилия в "
    "отношении женщин, в том числе о передовой практике и усилиях по осуществлению, в свои "
    "национальные доклады договорным органам;",
]


@pytest.mark.parametrize("text", RU_REPORTS)
def test_russian_ways_to_ask_for_a_report(text: str) -> None:
    facts = analyze_paragraph(text, "ru", 78, "operative")
    assert [m.type for m in facts.mandates] == ["report"]


# "calls in this regard for": an aside between the verb and the preposition of a call for
# something, which asks no one; the verb with an actor after the aside still asks
ASIDE_THEN_FOR = {
    "en": "Stresses the importance of cooperation, and calls in this regard for the full "
    "implementation of the Convention;",
    "ru": "подчеркивает важность сотрудничества и призывает в этой связи к полному осуществлению "
    "Конвенции;",
    "ar": "تؤكد أهمية التعاون، وتدعو في هذا الصدد إلى التنفيذ الكامل للاتفاقية؛",
}


@pytest.mark.parametrize("code", sorted(ASIDE_THEN_FOR))
def test_a_call_for_something_after_an_aside(code: str) -> None:
    assert analyze_paragraph(ASIDE_THEN_FOR[code], code, 78, "operative").mandates == []


@pytest.mark.parametrize(
    ("text", "action", "asks"),
    [
        ("تدعو، في هذا السياق، إلى تعزيز الحوار بين جميع أصحاب المصلحة؛", "call_for", 0),
        ("تدعو في هذا الصدد الدول الأعضاء إلى تقديم الدعم؛", "invite", 1),
    ],
)
def test_arabic_invites_or_calls_for(text: str, action: str, asks: int) -> None:
    facts = analyze_paragraph(text, "ar", 78, "operative")
    assert (facts.action, len(facts.mandates)) == (action, asks)


# "to keep the Assembly informed", as French and Arabic word it (English and Russian above)
KEEP_IT_INFORMED = {
    "en": "Thanks the Commission, and requests it to continue its efforts and to keep the "
    "General Assembly informed of its activities;",
    "ru": "благодарит Комиссию и просит ее продолжать свои усилия и держать Генеральную "
    "Ассамблею в курсе своей деятельности;",
    "fr": "Remercie la Commission et prie celle-ci de poursuivre son action et de la tenir au "
    "courant de ses activités ;",
    "ar": "تشكر اللجنة، وتطلب إليها أن تواصل جهودها وأن تبقي الجمعية العامة على علم بأنشطتها؛",
}


@pytest.mark.parametrize("code", sorted(KEEP_IT_INFORMED))
def test_to_keep_the_assembly_informed_is_a_report(code: str) -> None:
    facts = analyze_paragraph(KEEP_IT_INFORMED[code], code, 78, "operative")
    assert [m.type for m in facts.mandates] == ["report"]


# information asked in future reports, and a report asked in the words each language uses
REPORT_WORDINGS = [
    (
        "ru",
        "просит, чтобы Генеральный секретарь, действуя в консультации с государствами-членами, "
        "представил Генеральной Ассамблее на ее восьмидесятой сессии доклад о ходе работы;",
    ),
    (
        "ru",
        "просит также Генерального секретаря в своих будущих докладах об обзоре реформы "
        "приводить число заявлений на одну вакантную должность;",
    ),
    ("ru", "просит далее Секретариат готовить доклады о поддержке осуществления Программы;"),
    (
        "fr",
        "Prie également le Secrétaire général de fournir, dans ses futurs rapports sur la "
        "réforme, le nombre de candidatures reçues par poste ;",
    ),
    (
        "fr",
        "Prie le Secrétaire général de continuer à fournir, dans des rapports sur la question, "
        "des informations sur les résultats obtenus ;",
    ),
    (
        "ar",
        "تطلب إلى الأمين العام أن يفيد في تقريره عن تكوين الأمانة العامة بحالة تمثيل كل دولة عضو؛",
    ),
    ("zh", "请秘书长继续改善会议设施，并至迟于大会第七十九届会议报告有关情况；"),
    ("zh", "请该办公室向预防犯罪和刑事司法委员会第三十四届会议报告本决议的执行情况；"),
    ("zh", "请该研究所向该办公室提供关于其活动情况的年度报告；"),
]


@pytest.mark.parametrize(("code", "text"), REPORT_WORDINGS)
def test_a_report_in_the_words_of_each_language(code: str, text: str) -> None:
    facts = analyze_paragraph(text, code, 78, "operative")
    assert [m.type for m in facts.mandates] == ["report"]


def test_a_chinese_session_report_cited_is_no_request() -> None:
    facts = analyze_paragraph("请秘书长考虑委员会第三十届会议报告所载建议；", "zh", 78, "operative")
    assert [m.type for m in facts.mandates] == ["directive"]


# a second ask "once again": English and Russian put the additive before the verb, Chinese
# before it too (再次), French after it ("et prie de nouveau"), where "Prie de nouveau" as a
# leading phrase reads otherwise (Reiterates its request)
AGAIN_THEN_ASK = [
    (
        "en",
        "Requests the Secretary-General to continue his efforts, and once again requests the "
        "specialized agencies to provide assistance to the Territory;",
        "request",
    ),
    (
        "ru",
        "просит Генерального секретаря продолжать свои усилия и вновь просит "
        "специализированные учреждения оказывать помощь территории;",
        "request",
    ),
    ("zh", "请秘书长继续努力，并再次请各专门机构向该领土提供援助；", "request"),
    (
        "fr",
        "Prie le Secrétaire général de poursuivre ses efforts, et prie de nouveau les "
        "institutions spécialisées de fournir une assistance au territoire ;",
        "request",
    ),
    (
        "fr",
        "Prie le Secrétaire général de poursuivre ses efforts, et invite de nouveau les "
        "institutions spécialisées à fournir une assistance au territoire ;",
        "invite",
    ),
    (
        "fr",
        "Prie le Secrétaire général de poursuivre ses efforts, et demande de nouveau aux "
        "institutions spécialisées de fournir une assistance au territoire ;",
        "call_upon",
    ),
]


@pytest.mark.parametrize(("code", "text", "second"), AGAIN_THEN_ASK)
def test_a_second_ask_once_again(code: str, text: str, second: str) -> None:
    facts = analyze_paragraph(text, code, 78, "operative")
    assert [m.action for m in facts.mandates] == ["request", second]


# an aside before the leading verb: one ask, wherever the language puts the aside (Chinese
# "在这方面，鼓励" is a leading phrase of its own, its verb also found after the comma)
ASIDE_THEN_ASK = {
    "en": "Encourages, in this regard, Member States to strengthen regional cooperation;",
    "fr": "À cet égard, encourage les États Membres à renforcer la coopération régionale ;",
    "es": "En este sentido, alienta a los Estados Miembros a que fortalezcan la cooperación "
    "regional;",
    "zh": "在这方面，鼓励会员国加强区域合作；",
}


@pytest.mark.parametrize("code", sorted(ASIDE_THEN_ASK))
def test_an_aside_before_the_leading_verb_is_one_ask(code: str) -> None:
    facts = analyze_paragraph(ASIDE_THEN_ASK[code], code, 78, "operative")
    assert [(m.type, m.action) for m in facts.mandates] == [("directive", "encourage")]


@pytest.mark.parametrize(
    "text",
    [
        "рекомендует государствам-членам укреплять региональное сотрудничество;",
        # the actor in a clause: the same "Encourages Member States to strengthen ..."
        "рекомендует, чтобы государства-члены укрепляли региональное сотрудничество;",
    ],
)
def test_russian_recommends_with_its_actor_in_a_clause(text: str) -> None:
    facts = analyze_paragraph(text, "ru", 78, "operative")
    assert [(m.type, m.action) for m in facts.mandates] == [("directive", "encourage")]


# "and therefore" before a second ask (Russian "и потому", as "и поэтому")
THEREFORE_THEN_ASK = {
    "en": "Recognizes the value of regional cooperation, and therefore encourages Member States "
    "to strengthen it;",
    "es": "Reconoce el valor de la cooperación regional, y por lo tanto alienta a los Estados "
    "Miembros a que la fortalezcan;",
    "fr": "Constate l’intérêt de la coopération régionale et, par conséquent, encourage les États "
    "Membres à la renforcer ;",
    "ru": "признает ценность регионального сотрудничества и потому рекомендует государствам-членам "
    "укреплять его;",
}


@pytest.mark.parametrize("code", sorted(THEREFORE_THEN_ASK))
def test_a_second_ask_after_therefore(code: str) -> None:
    facts = analyze_paragraph(THEREFORE_THEN_ASK[code], code, 78, "operative")
    assert [(m.type, m.action) for m in facts.mandates] == [("directive", "encourage")]


# a report the paragraph cites, by who submitted it, after an ask: no request for a report
CITED_REPORT_AFTER_ASK = {
    "en": "Calls upon all States to take effective measures, and in this regard takes note of the "
    "report submitted by the Group of Governmental Experts;",
    "fr": "Demande à tous les États de prendre des mesures efficaces et, à cet égard, prend note "
    "du rapport présenté par le Groupe d’experts gouvernementaux ;",
    "ru": "призывает все государства принять эффективные меры и в этой связи принимает к "
    "сведению доклад, представленный Группой правительственных экспертов;",
    "zh": "促请所有国家采取有效措施，并在这方面表示注意到政府专家组提交的报告；",
}


@pytest.mark.parametrize("code", sorted(CITED_REPORT_AFTER_ASK))
def test_a_report_cited_by_who_submitted_it_is_no_request(code: str) -> None:
    facts = analyze_paragraph(CITED_REPORT_AFTER_ASK[code], code, 78, "operative")
    assert [(m.type, m.action) for m in facts.mandates] == [("directive", "call_upon")]


# the time of a report ("when preparing the report"): an ask, no request for a report
WHEN_PREPARING_THE_REPORT = {
    "en": "Also requests the Secretary-General, in preparing the report, to consult Member States;",
    "fr": "Prie également le Secrétaire général de consulter les États Membres lorsqu’il "
    "établira le rapport ;",
    "zh": "又请秘书长在编写报告时与会员国协商；",
}


# a report to come, or one asked to be written in: a request for a report all the same
REPORT_TO_COME = {
    "en": "Encourages the Secretary-General to include information on Indigenous Peoples in his "
    "forthcoming annual report on progress towards the Goals;",
    "fr": "Encourage le Secrétaire général à faire figurer des informations sur les peuples "
    "autochtones dans son prochain rapport annuel sur les progrès accomplis ;",
    "zh": "鼓励秘书长将关于土著人民的资料纳入即将提交的关于目标进展情况的年度报告；",
}


@pytest.mark.parametrize("code", sorted(REPORT_TO_COME))
def test_a_report_to_come_is_a_request(code: str) -> None:
    facts = analyze_paragraph(REPORT_TO_COME[code], code, 78, "operative")
    assert [m.type for m in facts.mandates] == ["report"]


@pytest.mark.parametrize("code", sorted(WHEN_PREPARING_THE_REPORT))
def test_the_time_of_a_report_is_no_request(code: str) -> None:
    facts = analyze_paragraph(WHEN_PREPARING_THE_REPORT[code], code, 78, "operative")
    assert [(m.type, m.action) for m in facts.mandates] == [("directive", "request")]


# four sessions listed by their ordinals, the last of two words in Arabic
FOUR_SESSIONS = {
    "en": "Takes note of the reports of the Committee on its thirty-third, thirty-fourth, "
    "thirty-fifth and thirty-sixth sessions;",
    "fr": "Prend note des rapports du Comité sur ses trente-troisième, trente-quatrième, "
    "trente-cinquième et trente-sixième sessions ;",
    "ar": "تحيط علما بتقارير اللجنة عن دوراتها الثالثة والثلاثين والرابعة والثلاثين والخامسة "
    "والثلاثين والسادسة والثلاثين؛",
}


@pytest.mark.parametrize("code", sorted(FOUR_SESSIONS))
def test_four_sessions_listed_by_their_ordinals(code: str) -> None:
    facts = analyze_paragraph(FOUR_SESSIONS[code], code, 78, "operative")
    assert sorted(facts.sessions) == [33, 34, 35, 36]


# a decision, then a request for a report joined to it: the report is the request's (its
# addressee the Panel), and the decision asks nobody
DECIDES_THEN_REPORT = {
    "en": "Decides to extend until 30 June 2025 the mandate of the Panel of Experts established "
    "pursuant to resolution 1234 (2010), as renewed by its resolutions 1300 (2011), 1400 (2012), "
    "1500 (2013), 1600 (2014), 1700 (2015), 1800 (2016), 1900 (2017), 2000 (2018), 2100 (2019), "
    "2200 (2020), 2300 (2021), 2400 (2022) and 2450 (2023), reaffirms the mandate of the Panel as "
    "set out in those resolutions, and requests the Panel to provide to the Committee a final "
    "report with its findings and recommendations;",
    "fr": "Décide de proroger jusqu’au 30 juin 2025 le mandat du Groupe d’experts créé en "
    "application de la résolution 1234 (2010) et reconduit par ses résolutions 1300 (2011), "
    "1400 (2012), 1500 (2013), 1600 (2014), 1700 (2015), 1800 (2016), 1900 (2017), 2000 (2018), "
    "2100 (2019), 2200 (2020), 2300 (2021), 2400 (2022) et 2450 (2023), réaffirme le mandat du "
    "Groupe tel qu’il est défini dans ces résolutions et prie le Groupe de présenter au Comité un "
    "rapport final faisant état de ses conclusions et recommandations ;",
    "es": "Decide prorrogar hasta el 30 de junio de 2025 el mandato del Grupo de Expertos "
    "establecido en virtud de la resolución 1234 (2010) y renovado en sus resoluciones 1300 "
    "(2011), 1400 (2012), 1500 (2013), 1600 (2014), 1700 (2015), 1800 (2016), 1900 (2017), 2000 "
    "(2018), 2100 (2019), 2200 (2020), 2300 (2021), 2400 (2022) y 2450 (2023), reafirma el "
    "mandato del Grupo enunciado en esas resoluciones, y solicita al Grupo que presente al "
    "Comité un informe final con sus conclusiones y recomendaciones;",
    "ru": "постановляет продлить до 30 июня 2025 года мандат Группы экспертов, учрежденной "
    "резолюцией 1234 (2010) и продлевавшейся резолюциями 1300 (2011), 1400 (2012), 1500 (2013), "
    "1600 (2014), 1700 (2015), 1800 (2016), 1900 (2017), 2000 (2018), 2100 (2019), 2200 (2020), "
    "2300 (2021), 2400 (2022) и 2450 (2023), вновь подтверждает мандат Группы, изложенный в этих "
    "резолюциях, и просит Группу представить Комитету заключительный доклад с ее выводами и "
    "рекомендациями;",
}


@pytest.mark.parametrize("code", sorted(DECIDES_THEN_REPORT))
def test_a_report_is_the_request_of_the_last_ask_before_it(code: str) -> None:
    facts = analyze_paragraph(DECIDES_THEN_REPORT[code], code, 78, "operative")
    assert [m.type for m in facts.mandates] == ["report"]


# "Recommends that X do": an ask to X in every language, as the Russian "рекомендует" reads
RECOMMENDS = {
    "en": "Recommends that Member States strengthen their cooperation on the question;",
    "fr": "Recommande aux États Membres de renforcer leur coopération dans ce domaine ;",
    "es": "Recomienda a los Estados Miembros que refuercen su cooperación en la materia;",
    "ru": "рекомендует государствам-членам укреплять сотрудничество в этой области;",
    "ar": "توصي الدول الأعضاء بتعزيز تعاونها في هذا المجال؛",
    "zh": "建议会员国加强在这一问题上的合作；",
}


@pytest.mark.parametrize("code", sorted(RECOMMENDS))
def test_recommends_that_an_actor_do_asks_it(code: str) -> None:
    facts = analyze_paragraph(RECOMMENDS[code], code, 78, "operative")
    assert [m.type for m in facts.mandates] == ["directive"]


# Arabic: a second ask's verb, not a noun that begins as one ("وتوصياتها", and its
# recommendations, after "توصي", recommends)
def test_arabic_noun_is_no_second_ask() -> None:
    text = "تشجع الدول الأعضاء على النظر في نتائج الدراسة وتوصياتها؛"
    facts = analyze_paragraph(text, "ar", 78, "operative")
    assert [(m.type, m.action) for m in facts.mandates] == [("directive", "encourage")]


# an invitation, then a request for a report joined to it: the report is the Secretary-General's
INVITES_THEN_REPORT = {
    "en": "Invites the United Nations Children’s Fund to continue its support to national "
    "programmes, and requests the Secretary-General to submit a report on the question;",
    "fr": "Invite le Fonds des Nations Unies pour l’enfance à poursuivre son appui aux programmes "
    "nationaux, et prie le Secrétaire général de lui présenter un rapport sur la question ;",
    "es": "Invita al Fondo de las Naciones Unidas para la Infancia a que siga apoyando los "
    "programas nacionales, y solicita al Secretario General que le presente un informe sobre la "
    "cuestión;",
    "ru": "предлагает Детскому фонду Организации Объединенных Наций продолжать поддерживать "
    "национальные программы и просит Генерального секретаря представить доклад по этому "
    "вопросу;",
}


@pytest.mark.parametrize("code", sorted(INVITES_THEN_REPORT))
def test_a_report_is_asked_of_the_addressee_of_its_own_request(code: str) -> None:
    facts = analyze_paragraph(INVITES_THEN_REPORT[code], code, 78, "operative")
    reports = [m.addressee for m in facts.mandates if m.type == "report"]
    assert reports == ["un:secretary-general"]
    assert sorted(m.type for m in facts.mandates) == ["directive", "report"]


# a report asked at the end of a long paragraph, far from its asking verb (past 500 characters)
LONG_THEN_REPORT = {
    "en": "Requests the Secretary-General, in close cooperation with Member States, the "
    "specialized agencies, funds and programmes of the United Nations system, the regional "
    "commissions, the international financial institutions and other relevant stakeholders, "
    "including civil society, the private sector and academia, to continue to support the "
    "efforts of developing countries, in particular the least developed countries, landlocked "
    "developing countries and small island developing States, to strengthen their national "
    "statistical systems and to improve the collection, analysis and dissemination of data "
    "disaggregated by income, sex, age, disability and geographic location, and to report "
    "thereon to the General Assembly at its eightieth session;",
    "fr": "Prie le Secrétaire général, en étroite coopération avec les États Membres, les "
    "institutions spécialisées, fonds et programmes des Nations Unies, les commissions "
    "régionales, les institutions financières internationales et les autres parties prenantes "
    "concernées, notamment la société civile, le secteur privé et les milieux universitaires, "
    "de continuer d’appuyer les efforts des pays en développement, en particulier des pays les "
    "moins avancés, des pays en développement sans littoral et des petits États insulaires en "
    "développement, visant à renforcer leurs systèmes statistiques nationaux et à améliorer la "
    "collecte, l’analyse et la diffusion de données ventilées par revenu, sexe, âge, handicap et "
    "situation géographique, et de lui en rendre compte à sa quatre-vingtième session ;",
    "es": "Solicita al Secretario General que, en estrecha cooperación con los Estados Miembros, "
    "los organismos especializados, fondos y programas del sistema de las Naciones Unidas, las "
    "comisiones regionales, las instituciones financieras internacionales y otros interesados "
    "pertinentes, incluidos la sociedad civil, el sector privado y el mundo académico, siga "
    "apoyando los esfuerzos de los países en desarrollo, en particular los países menos "
    "adelantados, los países en desarrollo sin litoral y los pequeños Estados insulares en "
    "desarrollo, por fortalecer sus sistemas estadísticos nacionales y mejorar la reunión, el "
    "análisis y la difusión de datos desglosados por ingresos, sexo, edad, discapacidad y "
    "ubicación geográfica, y que la informe al respecto en su octogésimo período de sesiones;",
    "ru": "просит Генерального секретаря в тесном сотрудничестве с государствами-членами, "
    "специализированными учреждениями, фондами и программами системы Организации Объединенных "
    "Наций, региональными комиссиями, международными финансовыми учреждениями и другими "
    "соответствующими заинтересованными сторонами, включая гражданское общество, частный сектор "
    "и научные круги, продолжать поддерживать усилия развивающихся стран, в частности наименее "
    "развитых стран, развивающихся стран, не имеющих выхода к морю, и малых островных "
    "развивающихся государств, по укреплению их национальных статистических систем и улучшению "
    "сбора, анализа и распространения данных в разбивке по доходу, полу, возрасту, инвалидности "
    "и географическому положению и доложить об этом Генеральной Ассамблее на ее восьмидесятой "
    "сессии;",
}


@pytest.mark.parametrize("code", sorted(LONG_THEN_REPORT))
def test_a_report_asked_at_the_end_of_a_long_paragraph(code: str) -> None:
    assert _mandates(LONG_THEN_REPORT[code], code) == [("report", 80)]


# words of a report that ask none: French "rendre compte" of answering for one's acts, a duty to
# report the paragraph recalls, a report in a quoted title (French, Russian), the chapter of a
# report a text was put in (Arabic); English input to another's report
NO_REPORT_ASKED = [
    (
        "fr",
        "Exhorte les États à faire en sorte que les auteurs de représailles contre quiconque "
        "coopère avec les mécanismes internationaux aient à en rendre compte ;",
    ),
    (
        "fr",
        "Engage les autorités à enquêter sur ces violations, à en identifier les auteurs et à les "
        "amener à rendre compte de leurs actes ;",
    ),
    (
        "fr",
        "Exhorte les États parties à s’acquitter de leurs obligations, notamment celle de "
        "présenter les rapports prévus à l’article 19 de la Convention ;",
    ),
    (
        "fr",
        "Invite les États Membres à appuyer la Banque et décide d’inclure le sujet « Rapport sur "
        "les travaux de la Banque » dans la question subsidiaire intitulée « Suivi » ;",
    ),
    (
        "ru",
        "настоятельно призывает государства-участники строго соблюдать свои обязательства по "
        "Конвенции, включая их обязательство представлять доклады в соответствии со статьей 19;",
    ),
    (
        "ru",
        "призывает государства-члены продолжать предоставлять информацию о своей деятельности, с "
        "тем чтобы эту информацию можно было включить в доклад Генерального секретаря;",
    ),
    (
        "ar",
        "تطلب إلى الأمين العام أن يواصل مشاركته في أعمال اللجنة، وتلاحظ المناقشات التي جرت منذ "
        "إدراج الفقرة الفرعية (ع) في الفصل الرابع من تقرير اللجنة؛",
    ),
    (
        "en",
        "Requests the President to organize a thematic event in order to provide substantive input "
        "to the report of the Secretary-General to be submitted to the General Assembly;",
    ),
]


@pytest.mark.parametrize(("code", "text"), NO_REPORT_ASKED)
def test_report_words_that_ask_no_report(code: str, text: str) -> None:
    assert "report" not in [m.type for m in analyze_paragraph(text, code, 78).mandates]


def test_arabic_include_within_a_report_is_a_request() -> None:
    # "ضمن" (within) ends as "من" (of) does: a report within which to include is still asked
    text = "تطلب إلى الأمين العام أن يدرج ضمن تقريره معلومات عن تنفيذ هذا القرار؛"
    assert [m.type for m in analyze_paragraph(text, "ar", 78).mandates] == ["report"]


def test_a_misspelt_spanish_session_is_read_as_meant() -> None:
    # A/RES/78/142 op7: "octagésimo" for "octogésimo", the English "eighty-first session"
    text = (
        "Solicita al Secretario General que en su octagésimo primer período de sesiones la informe, "
        "en relación con el tema titulado “Desarrollo sostenible”, de los progresos realizados en "
        "la aplicación de la presente resolución."
    )
    assert _mandates(text, "es") == [("report", 81)]


# Chinese readings of reports and asks that the English makes otherwise (issue 13): the report
# that an ask only looks forward to, an urging, a clause of the means ("including through
# written reports"), reporting as a noun or a time, a report named as the place of what others
# wrote; and one ask repeated for more addressees
ZH_NO_REPORT = [
    "请裁军谈判会议审议区域裁军问题，并期待裁谈会就此提出报告；",
    "请秘书长继续定期向安全理事会通报本决议执行情况，包括进行口头通报和每90天提交书面报告；",
    "请秘书长继续采取必要措施，并通过提交安理会的报告向安理会充分通报在这方面的进展；",
    "促请会员国加强司法系统的能力，并在与执法机关配合和向其报告方面建立明确程序；",
    "请秘书长在向安全理事会作出相关报告前与建设和平委员会联络；",
    "请咨询小组就改进指数提出建议，并确保新增指标符合专家组报告中建议的数据标准；",
    "促请会员国支持加强该办事处，以便落实专家组在其报告中提出的有关建议；",
]


@pytest.mark.parametrize("text", ZH_NO_REPORT)
def test_chinese_report_words_that_ask_no_report(text: str) -> None:
    assert [m.type for m in analyze_paragraph(text, "zh", 78, "operative").mandates] == [
        "directive"
    ]


def test_chinese_urging_to_report_is_no_request() -> None:
    # "..., and urges prompt reporting by the Secretary-General": the call's and the urging's asks
    text = "促请各方充分配合特派团的工作，敦促秘书长迅速向安理会报告任何阻碍特派团的行为；"
    facts = analyze_paragraph(text, "zh", 78, "operative")
    assert [(m.type, m.action) for m in facts.mandates] == [
        ("directive", "call_upon"),
        ("directive", "urge"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "请秘书长在规定的报告中酌情通报最新情况；",
        "请各条约机构在各自报告中列入有关分析；",
    ],
)
def test_chinese_what_to_give_in_a_report_is_a_request(text: str) -> None:
    assert [m.type for m in analyze_paragraph(text, "zh", 78, "operative").mandates] == ["report"]


@pytest.mark.parametrize(
    "text",
    [
        # "Requests the Mission, within existing resources, Member States and ... to take"
        "请特派团在现有资源范围内，并请会员国和相关各方采取一切适当步骤保护人员安全；",
        # "Calls upon Member States to consider ratifying, and States parties to implement, ..."
        "促请会员国考虑批准或加入并促请缔约国有效执行该议定书；",
    ],
)
def test_chinese_verb_repeated_for_more_addressees_is_one_ask(text: str) -> None:
    assert len(analyze_paragraph(text, "zh", 78, "operative").mandates) == 1


def test_chinese_appeal_to_the_media_is_an_ask() -> None:
    text = "呼吁会员国继续努力，还呼吁媒体传播有关信息；"
    facts = analyze_paragraph(text, "zh", 78, "operative")
    assert [m.action for m in facts.mandates] == ["call_upon", "call_upon"]


# Issue 13, French and Russian: what each version reads as the English does (sentences written
# for the test, in each language's typography). Each paragraph, its mandates as (type, action).
AS_THE_ENGLISH = [
    # "Appelle" with an actor is "Calls upon" (with "à" alone, "Calls for": nothing asked)
    (
        "fr",
        "Appelle le Gouvernement de transition à organiser des élections libres avant la fin de "
        "l’année ;",
        [("directive", "call_upon")],
    ),
    (
        "fr",
        "Prend acte des progrès accomplis et appelle en outre les parties à reprendre le "
        "dialogue ;",
        [("directive", "call_upon")],
    ),
    ("fr", "Appelle à renforcer la coopération entre les bureaux régionaux ;", []),
    # the addressee's pronoun before "demande", its infinitive after it: an ask
    (
        "fr",
        "Rappelle que les États sont tenus de réadmettre leurs ressortissants, et leur demande de "
        "faciliter leur retour dans la dignité ;",
        [("directive", "call_upon")],
    ),
    # a verb of the table with its apostrophe typeset (’) where the table has (')
    (
        "fr",
        "Salue le travail de la Commission et continue d’exhorter celle-ci à redoubler d’efforts ;",
        [("directive", "urge")],
    ),
    # a manner word between the verb and its object (strongly calls upon)
    (
        "fr",
        "Condamne ces attaques et demande fermement à toutes les parties de respecter le "
        "cessez-le-feu ;",
        [("directive", "call_upon")],
    ),
    # no report: the Council kept informed ("la présente résolution" is no verb), recommendations
    # that reports already contain, accountability
    (
        "fr",
        "Prie le Secrétaire général de le tenir informé de l’application de la présente "
        "résolution, notamment au moyen d’exposés et de rapports écrits ;",
        [("directive", "request")],
    ),
    (
        "fr",
        "Demande aux autorités de donner suite aux recommandations figurant dans le rapport de la "
        "mission d’enquête ;",
        [("directive", "call_upon")],
    ),
    (
        "fr",
        "Demande aux organismes humanitaires de mieux rendre compte de leurs activités aux "
        "populations touchées ;",
        [("directive", "call_upon")],
    ),
    # "à nouveau" as "de nouveau": "Reiterates its call", which asks no one anew
    (
        "fr",
        "Demande à nouveau aux parties de s’abstenir de toute provocation dans la zone tampon ;",
        [],
    ),
    # an aside between the pronoun's "demande" and its infinitive
    (
        "fr",
        "Invite les États à tirer parti des outils numériques et leur demande donc de "
        "promouvoir des solutions ouvertes ;",
        [("directive", "invite"), ("directive", "call_upon")],
    ),
    # information asked in a coming report, with "expliquer" or "faire état de"
    (
        "fr",
        "Prie le Secrétaire général d’expliquer, dans son prochain rapport, les retards pris "
        "dans l’exécution du plan ;",
        [("report", None)],
    ),
    # "un compte rendu" (an account) is a report; the record of a meeting is none
    (
        "fr",
        "Prie le Secrétaire général de présenter au Conseil un compte rendu détaillé des "
        "progrès accomplis dans la mise en œuvre du plan ;",
        [("report", None)],
    ),
    (
        "fr",
        "Prie sa présidence d’organiser une table ronde et d’établir un compte rendu de la "
        "réunion ;",
        [("directive", "request")],
    ),
    # "Reiterates its strong encouragement": nothing asked anew
    (
        "fr",
        "Engage vivement une nouvelle fois les parties intéressées à assurer la cohérence de "
        "leurs programmes ;",
        [],
    ),
    (
        "ru",
        "вновь настоятельно рекомендует обеспечивать слаженность в осуществлении программ;",
        [],
    ),
    # "призывает" with an aside between dashes, then "к": calls for
    (
        "ru",
        "призывает — с учетом сохраняющейся напряженности в регионе — к принятию мер "
        "укрепления доверия;",
        [],
    ),
    # the addressee's pronoun inside the phrase; "incite" an actor (encourages) or a thing
    (
        "fr",
        "Salue la coopération entre les deux organisations et continue de les encourager à "
        "l’approfondir ;",
        [("directive", "encourage")],
    ),
    (
        "fr",
        "Estime qu’il faut renforcer les capacités de ces États, et incite les donateurs à leur "
        "fournir un appui technique ;",
        [("directive", "encourage")],
    ),
    ("fr", "Prend note des efforts accomplis et incite au renforcement de la coopération ;", []),
    # a relative clause on the text named before: "..., dont elle encourage l’application"
    (
        "fr",
        "Se félicite de l’adoption du nouveau cadre mondial, dont elle encourage l’application "
        "intégrale et effective ;",
        [("directive", "encourage")],
    ),
    # a State's return ("отчет") is a report as "доклад" is
    (
        "ru",
        "призывает государства-члены ежегодно представлять Генеральному секретарю отчеты о своих "
        "расходах на эти цели;",
        [("report", None)],
    ),
    # a long object between "включать" and the report it goes into
    (
        "ru",
        "просит Генерального секретаря включать информацию и соответствующие рекомендации по "
        "вопросам, касающимся положения детей и молодежи в районах, затронутых вооруженными "
        "конфликтами, в том числе о мерах, принятых для обеспечения их участия в мирных "
        "процессах и в восстановлении, в свои доклады;",
        [("report", None)],
    ),
    (
        "ru",
        "продолжает настоятельно призывать все государства сотрудничать с Механизмом;",
        [("directive", "urge")],
    ),
    # in their future reports to the General Assembly
    (
        "ru",
        "предлагает специальным докладчикам освещать эти вопросы в своих будущих докладах "
        "Генеральной Ассамблее;",
        [("report", None)],
    ),
    # "призывает" with adverbs joined by "и" and an infinitive: calls for, nothing asked
    (
        "ru",
        "призывает более решительно и без промедления принимать меры по защите мигрантов;",
        [],
    ),
]


# a council's requests for a report (issue 13): the Arabic masculine verb ("يطلب", the Council;
# "تطلب", the Assembly) and "مجلس الأمن تقريرا" (no report "from" it, as "من تقرير" is); the
# Council provided with a report; the Spanish "lo informe" (to report to the Council) on a
# subject or at intervals, and a report provided ("que proporcione ... un informe")
COUNCIL_REPORTS = [
    (
        "ar",
        "يطلب إلى الأمين العام أن يقدم إلى مجلس الأمن تقريرا كل ستين يوما عن التقدم المحرز في "
        "تنفيذ ولاية البعثة؛",
    ),
    (
        "ar",
        "يطلب إلى فريق الخبراء أن يوافي المجلس، بعد التشاور مع اللجنة، بتقرير نهائي في موعد "
        "أقصاه 1 آذار/مارس 2026؛",
    ),
    (
        "es",
        "Solicita al Secretario General que lo informe cada dos meses sobre la evolución de la "
        "situación en la región;",
    ),
    (
        "es",
        "Solicita al Grupo de Expertos que proporcione al Comité un informe final a más tardar el "
        "1 de marzo de 2026;",
    ),
    (
        "es",
        "Solicita al Secretario General que en sus futuros informes incluya información sobre el "
        "despliegue de la misión;",
    ),
]


@pytest.mark.parametrize(("code", "text", "expected"), AS_THE_ENGLISH)
def test_french_and_russian_read_as_the_english(
    code: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    facts = analyze_paragraph(text, code, 78, "operative")
    assert [(m.type, m.action) for m in facts.mandates] == expected


@pytest.mark.parametrize(("code", "text"), COUNCIL_REPORTS)
def test_a_council_asks_for_a_report(code: str, text: str) -> None:
    facts = analyze_paragraph(text, code, None, "operative")
    assert [m.type for m in facts.mandates] == ["report"]


# the Council informed of an event, which the English asks as no report ("to inform it
# immediately"): a directive
COUNCIL_INFORMED = [
    (
        "es",
        "Solicita al Secretario General que lo informe inmediatamente si se produce cualquier "
        "violación del alto el fuego;",
    ),
]


@pytest.mark.parametrize(("code", "text"), COUNCIL_INFORMED)
def test_a_council_kept_informed_is_no_report(code: str, text: str) -> None:
    facts = analyze_paragraph(text, code, None, "operative")
    assert [m.type for m in facts.mandates] == ["directive"]


# a second Arabic ask after "وفي هذا الصدد،" (and in this regard,), "كما" (as also), or the
# comma or the semicolon alone
ARABIC_SECOND_ASKS = [
    "يؤكد أهمية الحوار بين الأطراف، وفي هذا الصدد، يهيب بجميع الأطراف أن تتعاون مع المبعوث الخاص؛",
    "يرحب بالاتفاق المبرم بين الطرفين، كما يشجعهما على تنفيذه تنفيذا كاملا؛",
    "يدين الهجمات على المدنيين، يهيب بجميع الأطراف أن تحترم القانون الدولي الإنساني؛",
    "يشدد على ضرورة إجراء انتخابات حرة؛ يدعو الحكومة إلى تهيئة الظروف اللازمة لذلك؛",
]


@pytest.mark.parametrize("text", ARABIC_SECOND_ASKS)
def test_an_arabic_ask_after_an_aside_kama_or_a_mark(text: str) -> None:
    facts = analyze_paragraph(text, "ar", None, "operative")
    assert [m.type for m in facts.mandates] == ["directive"]


def test_russian_report_named_after_a_long_quoted_title() -> None:
    """The report the request names after the sub-item's title and its item's ("… по подпункту
    под названием «…(«…»)…» в рамках пункта, озаглавленного «…», доклад"): a title with a
    title of its own inside runs past 250 characters."""
    text = (
        "просит Генерального секретаря представить Генеральной Ассамблее на ее восемьдесят "
        "первой сессии по подпункту под названием «Осуществление Программы действий для "
        "развивающихся стран, не имеющих выхода к морю («Венская программа»), и последующая "
        "деятельность в рамках Программы действий по обеспечению устойчивого развития "
        "развивающихся стран, не имеющих выхода к морю, на десятилетие» в рамках пункта, "
        "озаглавленного «Группы стран, находящихся в особом положении», доклад об "
        "осуществлении настоящей резолюции;"
    )
    assert _mandates(text, "ru") == [("report", 81)]
