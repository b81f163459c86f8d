"""Mandates read as each version words them (issue 13, branch mand11). A Chinese 报告 that names a
report already written or a kind of reporting (研究报告的学术机构, 将报告转递, 改进报告方法, 报告义务,
报告中拟定的, 协助编写, 以备列入) asks for no report, while "在各自有关…的报告中，说明", "在下一个
拟议预算中报告" and "报告所有可行方案" do. English reads a report in "to consider including in their
reports", "in their respective reports to the General Assembly", "to update the General
Assembly", "to provide an update to the General Assembly", "to assess … and report thereon" and
past the quoted titles of an item, as the other versions do; Russian in "рассмотреть вопрос о
включении в свои доклады", "возможность включения в доклады", "представить Генеральной Ассамблее
… обновленную информацию" and past quoted titles, not in "препроводить этот доклад"; Spanish
as the English now reads. Russian "призывает также уважать" calls for something, as "призывает
уважать" does; French "Demande que soient fournies … des contributions volontaires" invites and
"Lance un appel pour que" calls for; Chinese 呼吁 before an actor (各国, 原籍国, …的会员国) calls upon.
Sentences of the UN's resolutions of sessions 77 and 78."""

from __future__ import annotations

import pytest

from mandata.analyze.paragraph import analyze_paragraph


def _types(text: str, code: str) -> list[str]:
    facts = analyze_paragraph(text, code, 77, "operative")
    return sorted(m.type for m in facts.mandates)


CASES = [
    # A/RES/77/109, op12: the academic institutions able to help prepare the Repertory's studies
    (
        "zh",
        "还鼓励会员国确定有能力协助编写《汇编》研究报告的学术机构并提供这些机构的详细联系信息，"
        "在这方面还欢迎秘书处又主动邀请国际法委员会委员推荐秘书处可为此目的与之联系的学术机构；",
        ["directive"],
    ),
    # A/RES/77/47, op6: to transmit the report (already written) to the Conference
    (
        "zh",
        "表示注意到秘书长根据第76/36号决议提出的报告所反映的会员国就实现彻底消除核武器目标，"
        "特别是就一项全面的核武器公约的内容提出的看法，并请秘书长将报告转递裁军谈判会议和"
        "裁军审议委员会，供其及早审议；",
        ["directive"],
    ),
    # A/RES/77/98, op32: to improve the reporting methods (its opening words)
    (
        "zh",
        "又请秘书长继续改进报告方法并扩大报告范围，为此提供资料说明上文第18和19段所述指控；",
        ["directive"],
    ),
    # A/RES/77/335, op26: the plenary meetings on the Council's report, a report others wrote
    (
        "zh",
        "请大会主席在秘书处的支持下恢复下列做法，即编写一份摘要，概述各代表团在专门讨论提交大会"
        "的安全理事会报告的大会全体会议上提出的建议，以便转递；",
        ["directive"],
    ),
    # A/RES/77/203, op30: to set out, in their respective reports, the progress made
    (
        "zh",
        "鼓励各国考虑在各自有关土著人民和妇女的报告中，说明在执行妇女地位委员会2005年3月11日"
        "题为“土著妇女：《北京宣言》和《行动纲要》十年审查之后”的第49/7号决议 以及2012年3月9日"
        "题为“土著妇女：消除贫穷和饥饿的主要行为者”的第56/4号决议 方面取得的进展和面临的挑战；",
        ["report"],
    ),
    # A/RES/77/206, op15: the proposals a special rapporteur set out in a report (报告中拟定的)
    (
        "zh",
        "请雇佣军问题工作组参考以雇佣军为手段阻挠人民行使自决权问题特别报告员在提交人权委员会"
        "第六十届会议的报告中拟定的关于新的雇佣军法律定义的提案 和不断演化的雇佣军现象及其有关"
        "形式，继续在加强防止和制裁招募、使用、资助和训练雇佣军行为的国际法律框架方面开展工作；",
        ["directive"],
    ),
    # A/RES/77/71, op19: to assist in preparing national reports (协助编写), no report asked
    (
        "zh",
        "鼓励有能力的国家、相关国际和区域组织以及民间社会与其他国家开展合作，应请求协助编写关于"
        "《行动纲领》和《国际追查文书》执行情况的国家综合报告；",
        ["directive"],
    ),
    # A/RES/77/191, op24: information for inclusion in the Secretary-General's report (以备列入)
    (
        "zh",
        "促请会员国和联合国系统各机构与民间社会和其他相关利益攸关方协商，继续提供信息，包括在"
        "相关的联合国论坛提供信息，介绍他们支持国际年及其后续进程各项目标、包括筹备国际年三十"
        "周年的活动，包括国家、区域和国际各级良好做法，以备列入秘书长的报告；",
        ["directive"],
    ),
    # A/RES/78/249, op12: to report in the next proposed budget (在…中报告)
    (
        "zh",
        "再次请秘书长继续努力酌情推动职位本国化，并在下一个拟议预算中报告有关情况；",
        ["report"],
    ),
    # A/RES/78/292, op6: 报告所有可行方案, the verb and its object (not 报告所述, described in it)
    (
        "zh",
        "表示注意到行预咨委会报告第32段，决定授权秘书长将有关借调现役军警人员的特别措施延长至"
        "2027年7月1日，并请秘书长向大会第八十一届会议报告所有可行方案，以解决《联合国工作人员"
        "条例和细则》与一些会员国关于本国借调到秘书处的现役军警人员的国家立法或做法之间的冲突；",
        ["report"],
    ),
    # the Russian of A/RES/77/47, op6: to transmit this report (этот доклад), already written
    (
        "ru",
        "принимает к сведению представленные государствами-членами мнения по поводу достижения "
        "цели полной ликвидации ядерного оружия, нашедшие отражение в докладе, представленном "
        "Генеральным секретарем во исполнение резолюции 76/36, и просит Генерального секретаря "
        "препроводить этот доклад Конференции по разоружению и Комиссии по разоружению, с тем "
        "чтобы они могли рассмотреть его скорейшим образом;",
        ["directive"],
    ),
    # A/RES/77/271, op12 (Russian): "призывает также уважать" (and also calls for respect), an
    # infinitive after "также": a call for something, which asks no one
    (
        "ru",
        "подтверждает необходимость действенного поощрения и защиты прав человека и основных "
        "свобод всех мигрантов, призывает уважать принцип защиты беженцев в Африке и выводить "
        "беженцев из бедственного положения, и призывает также уважать принцип невысылки беженцев "
        "в Африке;",
        [],
    ),
    # the same paragraph in English and Russian
    (
        "en",
        "Encourages States to consider including in their reports related to Indigenous Peoples "
        "and women information on the progress made and challenges in the implementation of "
        "Commission on the Status of Women resolutions 49/7 of 11 March 2005 and 56/4 of "
        "9 March 2012;",
        ["report"],
    ),
    (
        "ru",
        "рекомендует государствам рассмотреть вопрос о включении в свои доклады, касающиеся "
        "коренных народов и женщин, принадлежащих к коренным народам, информации о достигнутом "
        "прогрессе и проблемах в осуществлении резолюций Комиссии по положению женщин 49/7 от "
        "11 марта 2005 года и 56/4 от 9 марта 2012 года;",
        ["report"],
    ),
    # A/RES/77/225, op11 (Russian): to consider including updates in their reports to the Office
    (
        "ru",
        "рекомендует всем государствам рассмотреть возможность включения в доклады, "
        "представляемые Управлению Верховного комиссара Организации Объединенных Наций по правам "
        "человека, обновленной информации об усилиях, предпринимаемых ими в этой области, и в "
        "этой связи просит Верховного комиссара Организации Объединенных Наций по правам человека "
        "отражать эту обновленную информацию в своих докладах Совету по правам человека;",
        ["directive", "report"],
    ),
    # A/RES/77/110, op20: to comment in their respective reports to the Assembly
    (
        "en",
        "Invites the International Court of Justice, the United Nations Commission on "
        "International Trade Law and the International Law Commission to continue to comment, in "
        "their respective reports to the General Assembly, on their current roles in promoting "
        "the rule of law;",
        ["report"],
    ),
    # A/RES/77/297, op6: to update the Assembly at a session, in English and Russian
    (
        "en",
        "Requests the Secretary-General to update the General Assembly at its seventy-eighth "
        "session on the progress made in the establishment of the memorial wall.",
        ["report"],
    ),
    (
        "ru",
        "просит Генерального секретаря представить Генеральной Ассамблее на ее семьдесят "
        "восьмой сессии обновленную информацию о ходе возведения памятной стены.",
        ["report"],
    ),
    # A/RES/77/258, op21: to provide an update to the Assembly
    (
        "en",
        "Approves an extension of one year for the Secretary-General to conduct trading of "
        "derivative instruments, which had not been executed as at 30 September 2022, and "
        "requests the Secretary-General to provide an update to the General Assembly on the "
        "progress made thus far at its seventy-eighth session;",
        ["report"],
    ),
    # A/RES/77/278, op33: "report" after another verb the request gives
    (
        "en",
        "Requests the Secretary-General to assess the efficiency of the current administrative "
        "practices of the young professionals programme and report thereon in the context of his "
        "next report, including on possible measures to improve it;",
        ["report"],
    ),
    # A/RES/77/288, op9: two quoted titles between the verb and its report
    (
        "en",
        "Requests the Secretary-General to submit to the General Assembly at its eightieth "
        "session, under the sub-item entitled “Strengthening of international cooperation and "
        "coordination of efforts to study, mitigate and minimize the consequences of the "
        "Chernobyl disaster” of the item entitled “Strengthening of the coordination of "
        "humanitarian and disaster relief assistance of the United Nations, including special "
        "economic assistance”, a report on the implementation of the present resolution.",
        ["report"],
    ),
    (
        "ru",
        "просит Генерального секретаря представить Генеральной Ассамблее на ее семьдесят "
        "восьмой сессии по подпункту под названием «Укрепление международного сотрудничества и "
        "координация усилий в деле изучения, смягчения и минимизации последствий чернобыльской "
        "катастрофы» пункта, озаглавленного «Укрепление координации в области гуманитарной "
        "помощи и помощи в случае стихийных бедствий, предоставляемой Организацией Объединенных "
        "Наций, включая специальную экономическую помощь», доклад о ходе осуществления настоящей "
        "резолюции.",
        ["report"],
    ),
    # the Spanish of A/RES/77/203, op30 and A/RES/77/258, op21, read as the English now reads them
    (
        "es",
        "Alienta a los Estados a que consideren la posibilidad de incluir en sus informes "
        "relativos a los Pueblos Indígenas y las mujeres Indígenas información sobre los progresos "
        "realizados y las dificultades observadas en la aplicación de sendas resoluciones de la "
        "Comisión de la Condición Jurídica y Social de la Mujer;",
        ["report"],
    ),
    (
        "es",
        "Aprueba una prórroga de un año para que el Secretario General pueda llevar a cabo "
        "operaciones con instrumentos derivados, que al 30 de septiembre de 2022 no se habían "
        "ejecutado, y solicita al Secretario General que en su septuagésimo octavo período de "
        "sesiones le proporcione información actualizada sobre los progresos realizados hasta la "
        "fecha;",
        ["report"],
    ),
    # A/RES/77/290 B, op24: "Demande que soient fournies … des contributions volontaires" is
    # "Invites voluntary contributions", an ask (as "Demande que des contributions volontaires")
    (
        "fr",
        "Demande que soient fournies à la Force des contributions volontaires en espèces ou sous "
        "forme de services ou de fournitures pouvant être acceptés par le Secrétaire général, qui "
        "seront gérées selon la procédure et les pratiques qu’elle a établies ;",
        ["directive"],
    ),
    # A/RES/77/296, op12 and A/RES/77/199, op32: 呼吁 with an actor after it (各国, 原籍国) calls upon
    (
        "zh",
        "强调以包容、有韧性和可持续方式摆脱COVID-19疫情至关重要，并在这方面呼吁各国弘扬和平文化的"
        "价值观，特别是在打击日益严重的不平等、歧视、排斥、仇恨犯罪和暴力方面；",
        ["directive"],
    ),
    (
        "zh",
        "重申国际法规定的回返权利和自愿回返原则，呼吁原籍国和庇护国创造有利于自愿回返的条件，确认"
        "虽然自愿回返一直是预防性解决方法，但在适当可行的情况下就地安置和第三国重新安置，也是处理"
        "因原籍国的当前局势而无法回国的非洲难民境况的备选办法；",
        ["directive"],
    ),
    # A/RES/77/56, op8: 呼吁 before "…的会员国" (Appeals to the Member States of the region)
    ("zh", "呼吁亚洲及太平洋区域的会员国支持蒙古加入有关区域安全和经济安排的努力；", ["directive"]),
    # A/RES/77/169, op10: "Lance un appel pour que …" is "Calls for …", no one asked
    (
        "fr",
        "Lance un appel pour que le développement durable soit envisagé dans une perspective "
        "globale et intégrée et dans ses trois dimensions, afin d’encourager l’humanité à vivre en "
        "harmonie avec la nature et de l’inciter à agir pour rétablir la santé et l’intégrité des "
        "écosystèmes de la planète ;",
        [],
    ),
]


@pytest.mark.parametrize(
    ("code", "text", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)]
)
def test_report_as_the_version_words_it(code: str, text: str, expected: list[str]) -> None:
    assert _types(text, code) == expected
