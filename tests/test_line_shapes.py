"""Paragraph boundaries decided by the shape of the text's lines, in six languages (issues 13,
14 items 4-5, 21 items 3-4).

The same resolution is printed the ways real texts print it: wrapped with blank lines between
paragraphs, wrapped with the first line of each paragraph indented and no blank line, one
paragraph a line. A wrapped line that starts with a leading phrase ("отмечая", 鼓励, "وإذ تشير")
inside a paragraph goes on with it; a line of its own is a paragraph, whatever its case. The
example documents are written for these tests in each language's typography; none is copied
from the corpus.
"""

from __future__ import annotations

import pytest

from mandata.model import Document
from mandata.parse import parse_raw
from mandata.read import RawText

# Each document: the masthead lines, the enacting formula, then paragraphs as printed lines
# (wrapped by hand so that a line inside a paragraph starts with a leading phrase).
DOCS: dict[str, tuple[list[str], str, list[list[str]]]] = {
    "ru": (
        [
            "Организация Объединенных Наций    A/RES/78/901",
            "Генеральная Ассамблея    Distr.: General",
            "20 December 2023",
            "Семьдесят восьмая сессия",
            "Пункт 18 повестки дня",
            "Резолюция, принятая Генеральной Ассамблеей 19 декабря 2023 года",
            "78/901. Сотрудничество в области цифровых технологий",
        ],
        "Генеральная Ассамблея,",
        [
            [
                "ссылаясь на свою резолюцию 77/150 от 14 декабря 2022 года о сотрудничестве,",
                "отмечая при этом усилия государств-членов по укреплению сотрудничества",
                "в этой области,",
            ],
            [
                "признавая необходимость доступа к широкополосной связи и цифровой",
                "грамотности, а также включения цифровых знаний в систему образования,",
                "принимая во внимание международные усилия по решению этих проблем,",
            ],
            ["с удовлетворением отмечая работу Комиссии по науке и технике,"],
            [
                "1. приветствует усилия государств-членов по расширению доступа к Интернету,",
                "отмечает усилия, прилагаемые в этих целях государством пребывания;",
            ],
            [
                "2. просит Генерального секретаря представить доклад об осуществлении",
                "настоящей резолюции на ее семьдесят девятой сессии;",
            ],
            ["3. постановляет продолжать активно заниматься этим вопросом."],
        ],
    ),
    "zh": (
        [
            "联合国    A/RES/78/901",
            "大会    Distr.: General",
            "20 December 2023",
            "第七十八届会议",
            "议程项目18",
            "2023年12月19日大会决议",
            "78/901. 数字技术领域的合作",
        ],
        "大会，",
        [
            [
                "回顾其2022年12月14日关于利用信息和通信技术促进可持续发展的第77/150号决",
                "议以及该议题下的以往各项决议，",
                "注意到会员国为加强这方面合作所作的努力以及各区域委员会在这方面的贡献，",
            ],
            [
                "认识到必须获得宽带接入和技术设备，必须推动数字包容和数字素养，必须将数",
                "字知识纳入教育体系以加强教育工作者和学习者的能力，",
                "鼓励会员国为此加强国际合作，包括通过南南合作和三角合作加强这方面合作，",
            ],
            ["满意地注意到科学和技术促进发展委员会在信息社会世界首脑会议后续行动方面的工作，"],
            [
                "1.\t欢迎会员国为扩大互联网接入和缩小发展中国家与发达国家之间数字鸿沟所作",
                "的努力，",
                "请会员国继续加强这方面的合作，并与所有利益攸关方分享最佳做法和经验教训；",
            ],
            ["2.\t请秘书长向大会第七十九届会议提交关于本决议执行情况的报告；"],
            ["3.\t决定继续积极处理此案。"],
        ],
    ),
    "ar": (
        [
            "الأمم المتحدة    A/RES/78/901",
            "الجمعية العامة    Distr.: General",
            "20 December 2023",
            "الدورة الثامنة والسبعون",
            "البند 18 من جدول الأعمال",
            "قرار اتخذته الجمعية العامة في 19 كانون الأول/ديسمبر 2023",
            "78/901 - التعاون في مجال التكنولوجيات الرقمية",
        ],
        "إن الجمعية العامة،",
        [
            [
                "إذ تشير إلى قرارها 77/150 المؤرخ 14 كانون الأول/ديسمبر 2022 بشأن التعاون،",
                "وإذ تلاحظ في هذا الصدد الجهود التي تبذلها الدول الأعضاء لتعزيز التعاون",
                "في هذا المجال،",
            ],
            [
                "وإذ تسلم بضرورة الوصول إلى النطاق العريض وبالمهارات الرقمية، وبإدماج",
                "المعارف الرقمية في نظم التعليم،",
                "وإذ تضع في اعتبارها الجهود الدولية المبذولة لمعالجة هذه المشاكل،",
            ],
            ["وإذ تلاحظ مع الارتياح عمل لجنة تسخير العلم والتكنولوجيا لأغراض التنمية،"],
            [
                "1 - ترحب بالجهود التي تبذلها الدول الأعضاء لتوسيع نطاق الوصول إلى الإنترنت،",
                "تشجع الدول الأعضاء على مواصلة تعزيز التعاون في هذا المجال؛",
            ],
            [
                "2 - تطلب إلى الأمين العام أن يقدم إليها في دورتها التاسعة والسبعين تقريرا",
                "عن تنفيذ هذا القرار؛",
            ],
            ["3 - تقرر أن تبقي المسألة قيد نظرها الفعلي."],
        ],
    ),
    "fr": (
        [
            "Nations Unies    A/RES/78/901",
            "Assemblée générale    Distr. générale",
            "20 décembre 2023",
            "Soixante-dix-huitième session",
            "Point 18 de l’ordre du jour",
            "Résolution adoptée par l’Assemblée générale le 19 décembre 2023",
            "78/901. Coopération dans le domaine des technologies numériques",
        ],
        "L’Assemblée générale,",
        [
            [
                "Rappelant sa résolution 77/150 du 14 décembre 2022 sur la coopération,",
                "Notant à cet égard les efforts que font les États Membres pour renforcer",
                "la coopération dans ce domaine,",
            ],
            [
                "Consciente qu’il faut garantir l’accès au haut débit et aux compétences",
                "numériques, et intégrer les savoirs numériques dans l’enseignement,",
                "Considérant les efforts internationaux faits pour régler ces problèmes,",
            ],
            ["Notant avec satisfaction les travaux de la Commission de la science,"],
            [
                "1. Salue les efforts faits par les États Membres pour élargir l’accès à",
                "Internet ; Encourage les États Membres à poursuivre leur coopération ;",
            ],
            [
                "2. Prie le Secrétaire général de lui présenter à sa soixante-dix-neuvième",
                "session un rapport sur l’application de la présente résolution ;",
            ],
            ["3. Décide de rester activement saisie de la question."],
        ],
    ),
}
COUNTS = (3, 3)  # preambular, operative


def _print(code: str, style: str) -> str:
    """The document printed in ``style``: "blank" (wrapped, blank lines between paragraphs),
    "indent" (wrapped, first lines indented by a tab, no blank line), "one" (a paragraph a
    line, no blank line)."""
    head, formula, paragraphs = DOCS[code]
    out = [*head, "", formula, "" if style == "blank" else None]
    for lines in paragraphs:
        if style == "one":
            out.append(" ".join(lines) if code != "zh" else "".join(lines))
            continue
        first, *rest = lines
        out.extend([("\t" if style == "indent" else "") + first, *rest])
        if style == "blank":
            out.append("")
    return "\n".join(line for line in out if line is not None) + "\n"


def _parse(code: str, style: str) -> Document:
    text = _print(code, style)
    return parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)


def _counts(doc: Document) -> tuple[int, int]:
    assert len(doc.resolutions) == 1
    res = doc.resolutions[0]
    return len(res.preamble), len(res.operative)


@pytest.mark.parametrize("code", sorted(DOCS))
def test_blank_lines_between_paragraphs_a_phrase_inside_goes_on(code: str) -> None:
    """Blank lines separate the paragraphs: a line after another is its paragraph's, even when
    it starts with a leading phrase after a comma."""
    assert _counts(_parse(code, "blank")) == COUNTS


@pytest.mark.parametrize("code", sorted(DOCS))
def test_indented_first_lines_at_the_margin(code: str) -> None:
    """A word processor's export: each paragraph's first line indented by a tab, the others at
    the margin, no blank line."""
    assert _counts(_parse(code, "indent")) == COUNTS


@pytest.mark.parametrize("code", sorted(DOCS))
def test_one_paragraph_a_line(code: str) -> None:
    """A paragraph a line, no blank lines (French, Russian paragraphs in lower case too): a
    line after a closed one is a paragraph."""
    doc = _parse(code, "one")
    assert _counts(doc) == COUNTS
    phrases = [p.action for p in doc.resolutions[0].preamble]
    assert None not in phrases, phrases


# A web page's text: a paragraph a line, the preamble in lower case after the formula's comma.
_LONG = {
    "fr": (
        "L’Assemblée générale,",
        [
            "rappelant sa résolution 77/150 du 14 décembre 2022 sur les technologies de "
            "l’information et des communications au service du développement durable, ainsi que "
            "ses résolutions antérieures sur la question, et les textes adoptés à Genève et à Tunis,",
            "consciente qu’il faut garantir à tous l’accès au haut débit, aux appareils et aux "
            "compétences numériques, et intégrer les savoirs numériques dans l’enseignement pour "
            "renforcer les capacités des enseignants et des apprenants dans tous les pays,",
            "notant avec satisfaction les travaux que la Commission de la science et de la "
            "technique au service du développement a consacrés à la suite donnée au Sommet "
            "mondial sur la société de l’information, aux niveaux régional et international,",
        ],
        "1. Prie le Secrétaire général de lui présenter à sa soixante-dix-neuvième session un "
        "rapport sur l’application de la présente résolution.",
    ),
    "es": (
        "La Asamblea General,",
        [
            "recordando su resolución 77/150, de 14 de diciembre de 2022, relativa a las "
            "tecnologías de la información y las comunicaciones para el desarrollo sostenible, y "
            "sus resoluciones anteriores sobre la cuestión, así como los documentos de Ginebra,",
            "consciente de que es necesario garantizar a todos el acceso a la banda ancha, a los "
            "dispositivos y a las competencias digitales, e integrar los conocimientos digitales "
            "en la enseñanza para fortalecer la capacidad de docentes y estudiantes,",
            "observando con satisfacción la labor que la Comisión de Ciencia y Tecnología para el "
            "Desarrollo ha dedicado al seguimiento de la Cumbre Mundial sobre la Sociedad de la "
            "Información, en los planos regional e internacional,",
        ],
        "1. Solicita al Secretario General que le presente en su septuagésimo noveno período "
        "de sesiones un informe sobre la aplicación de la presente resolución.",
    ),
    "ru": (
        "Генеральная Ассамблея,",
        [
            "ссылаясь на свою резолюцию 77/150 от 14 декабря 2022 года об использовании "
            "информационно-коммуникационных технологий в целях устойчивого развития, а также на "
            "предыдущие резолюции по этому вопросу и документы, принятые в Женеве и Тунисе,",
            "сознавая необходимость обеспечить всем доступ к широкополосной связи, устройствам и "
            "цифровым навыкам и включить цифровые знания в систему образования для наращивания "
            "потенциала педагогов и учащихся во всех странах,",
            "с удовлетворением отмечая работу Комиссии по науке и технике в целях развития по "
            "осуществлению решений Всемирной встречи на высшем уровне по вопросам "
            "информационного общества на региональном и международном уровнях,",
        ],
        "1. просит Генерального секретаря представить ей на ее семьдесят девятой сессии "
        "доклад об осуществлении настоящей резолюции.",
    ),
}


@pytest.mark.parametrize("code", sorted(_LONG))
def test_one_paragraph_a_line_in_lower_case(code: str) -> None:
    """Lines wider than a page, no blank lines: each line after a closed one is a paragraph,
    though it starts in lower case (#21 item 4)."""
    formula, preamble, operative = _LONG[code]
    text = "\n".join([formula, *preamble, operative]) + "\n"
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)
    assert _counts(doc) == (3, 1)


# A blank line inside a paragraph, where an export split its text boxes (pdfminer): the line
# before it closes nothing, so the paragraph goes on whatever the next line starts with.
_SPLIT = {
    "en": (
        "The General Assembly,",
        "Taking note of the report of the Secretary-General on the situation in the Middle",
        "East,",
        "Recalling Security Council resolution 497 (1981) of 17 December 1981,",
    ),
    "fr": (
        "L’Assemblée générale,",
        "Prenant note du rapport du Secrétaire général sur la situation au Moyen-Orient et en",
        "Afrique du Nord,",
        "Rappelant la résolution 497 (1981) du Conseil de sécurité, en date du 17 décembre 1981,",
    ),
    "es": (
        "La Asamblea General,",
        "Tomando nota del informe del Secretario General sobre la situación en el Oriente",
        "Medio,",
        "Recordando la resolución 497 (1981) del Consejo de Seguridad, de 17 de diciembre de 1981,",
    ),
    "ru": (
        "Генеральная Ассамблея,",
        "принимая к сведению доклад Генерального секретаря о положении на Ближнем Востоке и в",
        "Северной Африке,",
        "ссылаясь на резолюцию 497 (1981) Совета Безопасности от 17 декабря 1981 года,",
    ),
}


@pytest.mark.parametrize("code", sorted(_SPLIT))
def test_a_blank_line_inside_a_paragraph(code: str) -> None:
    formula, first, rest, second = _SPLIT[code]
    operative = _LONG.get(code, _LONG["fr"])[2] if code != "en" else "1. Decides to remain seized."
    text = "\n\n".join([formula, first, rest, second, operative]) + "\n"
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)
    assert _counts(doc) == (2, 1)
    assert doc.resolutions[0].preamble[0].text.endswith(rest)


# A title of 60-odd columns that closes nothing, then a blank line: the title ends there (a GA
# decision as IGov gives it; the rule above must not join them).
_TITLED = {
    "en": (
        "79/401. Appointment of the members of the Credentials Committee",
        "At its 1st plenary meeting, on 10 September 2024, the General Assembly appointed a "
        "Credentials Committee.",
    ),
    "fr": (
        "79/401. Nomination des membres de la Commission de vérification des pouvoirs",
        "À sa 1re séance plénière, le 10 septembre 2024, l’Assemblée générale a nommé une "
        "Commission de vérification des pouvoirs.",
    ),
    "es": (
        "79/401. Nombramiento de los miembros de la Comisión de Verificación de Poderes",
        "En su 1ª sesión plenaria, celebrada el 10 de septiembre de 2024, la Asamblea General "
        "nombró una Comisión de Verificación de Poderes.",
    ),
}


@pytest.mark.parametrize("code", sorted(_TITLED))
def test_a_title_before_a_blank_line_ends_there(code: str) -> None:
    title, body = _TITLED[code]
    text = f"General Assembly\nSeventy-ninth session\n\n{title}\n\n{body}\n"
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)
    assert doc.title == title.split(". ", 1)[1]
