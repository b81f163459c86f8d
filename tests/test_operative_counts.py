"""Operative paragraphs as the printed page numbers them (issue 13: counts equal to the UN's
markup, its own errors set aside): the tail of a paragraph's list opened by a joining word, an
item that is a sentence of its own, a footnote call wrapped with the sentence's stop, a
section's long title, a schedule of chemicals at a line's start, the titles of the Security
Council's groups of paragraphs and of a paragraph's items. Each text is set as the UN prints it
(from GA 77/73, 77/109, 77/118, 78/29, 78/320 and SC 2552 (2020), 2567 (2021))."""

from __future__ import annotations

import pytest

from mandata import lang
from mandata.model import Document, Paragraph, Subparagraph
from mandata.normalize import Line
from mandata.parse import parse_raw
from mandata.read import RawText
from mandata.segment.blocks import Block
from mandata.segment.frame import frame_kinds
from mandata.segment.masthead import Masthead
from mandata.segment.structure import _unlabelled_item, build


def parse(text: str, code: str) -> Document:
    return parse_raw(RawText(text, "text", "utf-8", None), language=code)


def operative(doc: Document) -> list[str]:
    return [p.number or "" for r in doc.resolutions for p in r.operative]


# --- the tail of an operative paragraph's list (78/29, paragraph 3) ----------------------------

TAILS = {
    "en": (
        "The General Assembly,\n\nRecalling its resolution 77/73,\n\n"
        "1.  Reaffirms its condemnation in the strongest possible terms of the use of\nchemical weapons by anyone under any circumstances;\n\n"
        "2.  Condemns in the strongest possible terms the use of chemical weapons\nreported in the Syrian Arab Republic;\n\n"
        "3.  Recalls the reports of the Investigation and Identification Team:\n\n"
        "    (a) The first report, of 8 April 2020, which concluded that there were reasonable\n"
        "grounds to believe that the Syrian Arab Air Force used chemical weapons;\n\n"
        "    (b) The third report of the Investigation and Identification Team,\n"
        "of 27 January 2023, on the attack of 7 April 2018 in Duma, Syrian Arab Republic;\n\n"
        "    and demands that the perpetrators be held accountable;\n\n"
        "    4.  Takes note with great concern in that regard of the reports of the mission;\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\nRappelant sa résolution 77/73,\n\n"
        "1.      Réaffirme sa condamnation catégorique de l’emploi d’armes chimiques par\nqui que ce soit et en quelque circonstance que ce soit ;\n\n"
        "2.      Condamne catégoriquement l’emploi d’armes chimiques signalé en\nRépublique arabe syrienne ;\n\n"
        "3.      Rappelle les rapports de l’Équipe d’enquête et d’identification :\n\n"
        "a) le premier rapport, en date du 8 avril 2020, selon lequel il existait des motifs\n"
        "raisonnables de croire que les Forces aériennes arabes syriennes avaient employé des armes "
        "chimiques ;\n\n"
        "e) le troisième rapport de l’Équipe d’enquête et d’identification, en\n"
        "date du 27 janvier 2023, sur l’attaque du 7 avril 2018 à Douma ;\n\n"
        "et exige que les responsables de ces actes soient amenés à en\nrépondre ;\n\n"
        "4.      Prend note avec une profonde préoccupation à cet égard des\nrapports de la mission ;\n"
    ),
    "es": (
        "La Asamblea General,\n\nRecordando su resolución 77/73,\n\n"
        "1.      Reafirma su condena en los términos más enérgicos del empleo de armas\nquímicas por cualquiera y en cualquier circunstancia;\n\n"
        "2.      Condena en los términos más enérgicos el empleo de armas químicas\nen la República Árabe Siria;\n\n"
        "3.      Recuerda los informes del Grupo de Investigación e Identificación:\n\n"
        "c) El primer informe del Grupo de Investigación e Identificación, de 8 de abril de "
        "2020, en que se llegó\na la conclusión de que había motivos fundados;\n\n"
        "e) El tercer informe del Grupo de Investigación e Identificación, de 27 de enero de "
        "2023, sobre Duma;\n\n"
        "y exige que se haga rendir cuentas a quienes las han empleado;\n\n"
        "4.      Toma nota con gran preocupación, a ese respecto, de los informes de la misión;\n"
    ),
    "ru": (
        "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 77/73,\n\n"
        "1.      вновь самым решительным образом осуждает применение химического\nоружия кем бы то ни было и при любых обстоятельствах;\n\n"
        "2.      самым решительным образом осуждает применение химического оружия\nв Сирийской Арабской Республике;\n\n"
        "3.      ссылается на доклады Группы по расследованию и идентификации:\n\n"
        "a) первый доклад от 8 апреля 2020 года, в котором сделан вывод о наличии разумных\n"
        "оснований полагать, что военно-воздушные силы применили химическое оружие;\n\n"
        "e) третий доклад Группы по расследованию и идентификации от 27 января 2023 года;\n\n"
        "и требует, чтобы виновные были привлечены к ответственности;\n\n"
        "4.      с глубокой обеспокоенностью принимает к сведению доклады миссии;\n"
    ),
}


@pytest.mark.parametrize("blank", [True, False])
@pytest.mark.parametrize("code", sorted(TAILS))
def test_the_tail_of_a_list_goes_on_with_its_numbered_paragraph(code: str, blank: bool) -> None:
    """With blank lines between the paragraphs, or none (77/73: the items and the tail
    indented alike)."""
    text = TAILS[code]
    tail = " ".join(text.split("\n\n")[-2].split()[:3])
    # each paragraph, item and the tail opened by an indent, with a blank line between them
    # (78/29) or none (77/73)
    head, _, body = text.partition("\n\n1.")
    chunks = ("1." + body).split("\n\n")
    indent, between = ("    ", "\n\n") if blank else ("        ", "\n")
    text = head + "\n\n" + between.join(indent + c.lstrip() for c in chunks)
    doc = parse(text, code)
    assert operative(doc) == ["1", "2", "3", "4"]
    assert tail in doc.resolutions[0].operative[2].subparagraphs[-1].text


def _built(text: str, code: str) -> Document:
    """The structure of ``text`` read a block a paragraph, an item or a tail (as the layout
    sets them apart when it indents each, 77/73), without the line rules' joins."""
    doc = Document(language=code)
    chunks = [c.strip() for c in text.split("\n\n") if c.strip()]
    blocks = [Block([Line(" ".join(c.split()), 0, 1)]) for c in chunks]
    for block, after in zip(blocks, [*chunks[1:], None], strict=True):
        block.frame, block.frame_end = frame_kinds(block.text, code, after)
    build(doc, blocks, Masthead(), code)
    return doc


@pytest.mark.parametrize("code", sorted(TAILS))
def test_a_tail_set_apart_goes_on_with_its_numbered_paragraph(code: str) -> None:
    doc = _built(TAILS[code], code)
    assert operative(doc) == ["1", "2", "3", "4"]
    third = doc.resolutions[0].operative[2]
    assert third.subparagraphs[-1].label == ""
    assert third.subparagraphs[-1].text.startswith(lang.get(code).joining_prefixes)


# --- an item that is a sentence of its own (77/109, 78/111) -------------------------------------

CLAUSE_ITEMS = {
    "ru": (
        "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 76/110,\n"
        "5.      постановляет, что Специальный комитет на своей сессии 2023 года:\n"
        "a) продолжит рассмотрение в приоритетном порядке вопросов о поддержании\n"
        "международного мира и безопасности;\n"
        "b) принимая во внимание статью 33 1) Устава Организации Объединенных Наций,\n"
        "предлагает также государствам-членам рассмотреть для будущих тематических\n"
        "дискуссий на предстоящих сессиях Специального комитета следующие иные мирные\n"
        "средства;\n"
        "6.      просит Генерального секретаря представить доклад;\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\nRappelant sa résolution 76/110,\n"
        "5.      Décide que le Comité spécial, à sa session de 2023 :\n"
        "a) Poursuivra, à titre prioritaire, l’examen des questions relatives au maintien\n"
        "de la paix et de la sécurité internationales ;\n"
        "b) Ayant à l’esprit le paragraphe 1 de l’Article 33 de la Charte des Nations Unies,\n"
        "invite également les États Membres à envisager les autres moyens pacifiques\n"
        "suivants ;\n"
        "6.      Prie le Secrétaire général de lui présenter un rapport ;\n"
    ),
    "es": (
        "La Asamblea General,\n\nRecordando su resolución 76/110,\n"
        "5.      Decide que el Comité Especial, en su período de sesiones de 2023:\n"
        "a) Siga examinando, con carácter prioritario, las cuestiones relativas al\n"
        "mantenimiento de la paz y la seguridad internacionales;\n"
        "b) Teniendo en cuenta el Artículo 33, párrafo 1, de la Carta de las Naciones Unidas,\n"
        "invita también a los Estados Miembros a que examinen los demás medios pacíficos\n"
        "siguientes;\n"
        "6.      Solicita al Secretario General que le presente un informe;\n"
    ),
}


@pytest.mark.parametrize("code", sorted(CLAUSE_ITEMS))
def test_an_ask_inside_an_item_goes_on_with_the_item(code: str) -> None:
    assert operative(parse(CLAUSE_ITEMS[code], code)) == ["5", "6"]


# --- a footnote call wrapped with the sentence's stop (78/320) ----------------------------------

WRAPPED_CALLS = {
    "ru": (
        "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 70/1,\n\n"
        "        13.     рекомендует соответствующим подразделениям Организации Объединенных "
        "Наций\nвключать вопросы устойчивого лесопользования в целях ускорения осуществления "
        "Повестки дня в\nобласти устойчивого развития на период до 2030 года\n8.\n\n"
        "\t103\u2011е\u00a0пленарное заседание\n\n\t13 августа 2024 года\n"
    ),
    "en": (
        "The General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "        13.     Recommends that the relevant entities of the United Nations system "
        "include\nsustainable forest management in their programmes, with a view to "
        "accelerating the 2030\nAgenda for Sustainable Development\n8.\n\n"
        "\t103rd plenary meeting\n\n\t13 August 2024\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\nRappelant sa résolution 70/1,\n\n"
        "        13.     Recommande aux entités compétentes des Nations Unies d’intégrer la "
        "gestion\ndurable des forêts dans leurs programmes, en vue d’accélérer la mise en "
        "œuvre du Programme\nde développement durable à l’horizon 2030\n8.\n\n"
        "\t103e\u00a0séance plénière\n\n\t13 août 2024\n"
    ),
}


@pytest.mark.parametrize("code", sorted(WRAPPED_CALLS))
def test_a_footnote_call_wrapped_to_a_line_of_its_own_is_no_paragraph(code: str) -> None:
    doc = parse(WRAPPED_CALLS[code], code)
    assert operative(doc) == ["13"]
    assert doc.resolutions[0].meeting


# --- the long title of a section (77/118, 78/68) ------------------------------------------------

SECTION_TITLES = {
    "fr": "Mise en œuvre de l’Accord de 1995 aux fins de l’application des dispositions de la "
    "Convention des Nations Unies sur le droit de la mer du 10 décembre 1982 relatives à la "
    "conservation et à la gestion des stocks de poissons dont les déplacements s’effectuent "
    "tant à l’intérieur qu’au‑delà de zones économiques exclusives (stocks chevauchants) et "
    "des stocks de poissons grands migrateurs",
    "es": "Cumplimiento del Acuerdo de 1995 sobre la Aplicación de las Disposiciones de la "
    "Convención de las Naciones Unidas sobre el Derecho del Mar de 10 de diciembre de 1982 "
    "relativas a la Conservación y Ordenación de las Poblaciones de Peces Transzonales y las "
    "Poblaciones de Peces Altamente Migratorios, comprendidas dentro y fuera de las zonas "
    "económicas exclusivas de los Estados ribereños",
    "en": "Implementation of the 1995 Agreement for the Implementation of the Provisions of the "
    "United Nations Convention on the Law of the Sea of 10 December 1982 relating to the "
    "Conservation and Management of Straddling Fish Stocks and Highly Migratory Fish Stocks, "
    "as they apply within and beyond the exclusive economic zones of the coastal States",
}
SECTION_TEXTS = {
    "fr": (
        "L’Assemblée générale,\n\nRappelant sa résolution 77/118,\n\nI\n\n"
        "1.      Demande à tous les États d’appliquer l’Accord ;\n\nII\n\n{title}\n\n"
        "2.      Réaffirme l’importance de l’Accord ;\n"
    ),
    "es": (
        "La Asamblea General,\n\nRecordando su resolución 77/118,\n\nI\n\n"
        "1.      Exhorta a todos los Estados a que apliquen el Acuerdo;\n\nII\n\n{title}\n\n"
        "2.      Reafirma la importancia del Acuerdo;\n"
    ),
    "en": (
        "The General Assembly,\n\nRecalling its resolution 77/118,\n\nI\n\n"
        "1.      Calls upon all States to implement the Agreement;\n\nII\n\n{title}\n\n"
        "2.      Reaffirms the importance of the Agreement;\n"
    ),
}


@pytest.mark.parametrize("code", sorted(SECTION_TEXTS))
def test_a_long_title_under_a_section_number_is_no_paragraph(code: str) -> None:
    title = SECTION_TITLES[code]
    assert len(title) > 300  # longer than a heading elsewhere
    doc = parse(SECTION_TEXTS[code].format(title=title), code)
    assert operative(doc) == ["1", "2"]


# --- a schedule of chemicals at a line's start (77/73) ------------------------------------------

SCHEDULES = {
    "en": (
        "The General Assembly,\n\nRecalling its resolution 76/64,\n\n"
        "4. Takes note of the reports which concluded there were reasonable\n"
        "grounds to believe that a toxic chemical or a vesicant chemical substance from\n"
        "1.A.04 scheduled chemicals under the Convention had been used as a weapon;\n"
        "5. Recalls the adoption of decision C-25/DEC.9;\n"
    ),
    "ru": (
        "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 76/64,\n\n"
        "4. принимает к сведению доклады, в которых сделан вывод о наличии разумных\n"
        "оснований полагать, что в качестве оружия использовалось токсичное химическое\n"
        "вещество из списка 1.A.04 Конвенции;\n"
        "5. ссылается на принятие решения C-25/DEC.9;\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\nRappelant sa résolution 76/64,\n\n"
        "4. Prend note des rapports selon lesquels il existait des motifs raisonnables de\n"
        "croire qu’un produit chimique toxique ou une substance chimique vésicante du tableau\n"
        "1.A.04 de la Convention avait été employé comme arme ;\n"
        "5. Rappelle l’adoption de la décision C-25/DEC.9 ;\n"
    ),
}


@pytest.mark.parametrize("code", sorted(SCHEDULES))
def test_a_schedule_of_chemicals_at_a_line_start_is_no_number(code: str) -> None:
    text = SCHEDULES[code]
    if code == "ru":  # the schedule wrapped to a line's start
        text = text.replace("из списка 1.A.04", "из списка\n1.A.04")
    assert operative(parse(text, code)) == ["4", "5"]


# --- the titles of the Security Council's groups of paragraphs and items ------------------------

SC_TITLES = {
    "en": (
        "The Security Council,\n\nRecalling its previous resolutions,\n\n"
        "18.\tDecides that the mandate of the Mission shall include the following tasks:\n\n"
        "(a) To support the authorities in the protection of civilians;\n\n"
        "(ii) To help build the capacities of the national human rights institution;\n\n"
        "Rule of law:\n\n"
        "(iii) To provide support to build the capacities of the criminal justice system;\n\n"
        "Reports:\n\n"
        "19.\tRequests the Secretary-General to report to the Security Council;\n\n"
        "20.\tDecides to remain actively seized of the matter.\n"
    ),
    "fr": (
        "Le Conseil de sécurité,\n\nRappelant ses résolutions antérieures,\n\n"
        "18.\tDécide que le mandat de la Mission comportera les tâches suivantes :\n\n"
        "a) Appuyer les autorités dans la protection des civils ;\n\n"
        "ii) Aider au renforcement des capacités de l’institution nationale des droits de "
        "l’homme ;\n\n"
        "État de droit :\n\n"
        "iii) Aider au renforcement des capacités du système de justice pénale ;\n\n"
        "Rapports :\n\n"
        "19.\tPrie le Secrétaire général de lui faire rapport ;\n\n"
        "20.\tDécide de rester activement saisi de la question.\n"
    ),
    "es": (
        "El Consejo de Seguridad,\n\nRecordando sus resoluciones anteriores,\n\n"
        "18.\tDecide que el mandato de la Misión comprenderá las siguientes tareas:\n\n"
        "a) Apoyar a las autoridades en la protección de los civiles;\n\n"
        "ii) Ayudar a fortalecer la capacidad de la institución nacional de derechos humanos;\n\n"
        "Estado de derecho:\n\n"
        "iii) Ayudar a fortalecer la capacidad del sistema de justicia penal;\n\n"
        "Informes:\n\n"
        "19.\tSolicita al Secretario General que lo informe;\n\n"
        "20.\tDecide seguir ocupándose activamente de la cuestión.\n"
    ),
}


@pytest.mark.parametrize("code", sorted(SC_TITLES))
def test_titles_ending_with_a_colon_head_paragraphs_and_items(code: str) -> None:
    assert operative(parse(SC_TITLES[code], code)) == ["18", "19", "20"]


# the title of an item and the text under it, as SC 2552 (2020) prints them in paragraph 31
LONG_ITEM_TITLES = {
    "fr": (
        "Aide à la mise en place de conditions de sécurité favorables à l’acheminement "
        "immédiat, complet, en toute sécurité et sans entrave de l’aide humanitaire",
        "Resserrer la collaboration avec tous les acteurs humanitaires, y compris les "
        "organismes des Nations Unies ;",
    ),
    "es": (
        "Facilitar la creación de un entorno seguro para la prestación inmediata, plena, sin "
        "riesgo y sin trabas de asistencia humanitaria",
        "Mejorar la coordinación con todos los agentes humanitarios, incluidos los organismos "
        "de las Naciones Unidas;",
    ),
    "en": (
        "Support for the creation of a secure environment for the immediate, full, safe and "
        "unhindered, civilian-led delivery of humanitarian assistance",
        "Enhance the coordination with all humanitarian actors, including United Nations agencies;",
    ),
}


@pytest.mark.parametrize("code", sorted(LONG_ITEM_TITLES))
def test_the_text_under_a_long_titled_item_belongs_to_its_item(code: str) -> None:
    title, text = LONG_ITEM_TITLES[code]
    assert len(title) > 100
    last = Paragraph("operative", "Decides ...", number="31")
    last.subparagraphs.append(Subparagraph("d", title))
    assert _unlabelled_item(last, Block([Line(text, 0, 1)]), code)


# --- a tail in lower case without a joining word (78/20, paragraph 4) --------------------------

LOWER_TAILS = {
    "fr": (
        "L’Assemblée générale,\n\nRappelant sa résolution 77/250,\n\n"
        "4.  Décide de convoquer, à Genève, un nouveau groupe de travail chargé d’examiner les "
        "points suivants :\n\n"
        "e) d’autres activités et mesures susceptibles de réduire le risque d’escalade "
        "involontaire et de conflit ;\n\n"
        "examine comment suivre et vérifier l’application de ces normes, règles et principes de "
        "comportement responsable ;\n\n"
        "5.  Décide que le groupe de travail lui présentera un rapport adopté par consensus ;\n"
    ),
    "en": (
        "The General Assembly,\n\nRecalling its resolution 77/250,\n\n"
        "4.  Decides to convene, in Geneva, a new open-ended working group to consider the "
        "following areas:\n\n"
        "(e) Other activities and measures that could reduce the risk of unintended "
        "escalation and conflict;\n\n"
        "to consider how the implementation of norms, rules and principles of responsible "
        "behaviours could be monitored;\n\n"
        "5.  Also decides that the open-ended working group shall submit a report adopted by "
        "consensus;\n"
    ),
    "es": (
        "La Asamblea General,\n\nRecordando su resolución 77/250,\n\n"
        "4.  Decide convocar, en Ginebra, un nuevo grupo de trabajo de composición abierta que "
        "examine las siguientes esferas:\n\n"
        "e) Otras actividades y medidas que podrían reducir el riesgo de escalada y conflicto "
        "involuntarios;\n\n"
        "para que estudie la manera de supervisar y verificar la aplicación de esas normas, "
        "reglas y principios;\n\n"
        "5.  Decide también que el grupo de trabajo de composición abierta le presente un "
        "informe aprobado por consenso;\n"
    ),
}


@pytest.mark.parametrize("code", sorted(LOWER_TAILS))
def test_a_tail_in_lower_case_goes_on_with_its_numbered_paragraph(code: str) -> None:
    doc = _built(LOWER_TAILS[code], code)
    assert operative(doc) == ["4", "5"]
    assert doc.resolutions[0].operative[0].subparagraphs[-1].label == ""


# --- a quoted statute's asterisk note without a rule over it (77/256 A) -----------------------

CALLED_NOTES = {
    "en": (
        "The General Assembly,\n\nRecalling its resolution 3357 (XXIX),\n\n"
        "1.      Decides to amend article 10 of the statute to read as follows:\n\n"
        "(c)     Allowances and benefits of staff which are determined by the General\n"
        "Assembly;*\n\n(d)\tStaff assessment.\n\n"
        "* Dependency allowances and language incentives for staff in the Professional\n"
        "and higher categories, education grant, home leave, repatriation grant and\n"
        "termination indemnity.\n\n"
        "2.      Reaffirms the authority and competence of the International Civil\n"
        "Service Commission;\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\nRappelant sa résolution 3357 (XXIX),\n\n"
        "1.      Décide de modifier l’article 10 du statut comme suit :\n\n"
        "c)\tLes indemnités et prestations auxquelles ont droit les fonctionnaires et qui sont "
        "fixées par l’Assemblée générale* ;\n\nd)\tLes contributions du personnel.\n\n"
        "* Indemnités pour charges de famille et primes de connaissances linguistiques pour les "
        "fonctionnaires de la catégorie des administrateurs, indemnité pour frais d’études et "
        "congé dans les foyers.\n\n"
        "2.\tRéaffirme qu’en vertu de l’alinéa c) de l’article 11 de son Statut, la Commission "
        "est habilitée à fixer les coefficients d’ajustement ;\n"
    ),
    "es": (
        "La Asamblea General,\n\nRecordando su resolución 3357 (XXIX),\n\n"
        "1.      Decide modificar el artículo 10 del estatuto para que diga lo siguiente:\n\n"
        "c)\tLas prestaciones y subsidios del personal que determine la Asamblea General*;\n\n"
        "d)\tLas contribuciones del personal.\n\n"
        "* Subsidios por familiares a cargo e incentivos lingüísticos para el personal del "
        "Cuadro Orgánico, subsidio de educación y licencia para visitar el país de origen.\n\n"
        "2.\tReafirma la autoridad y la competencia de la Comisión de Administración Pública "
        "Internacional;\n"
    ),
}


@pytest.mark.parametrize("code", sorted(CALLED_NOTES))
def test_a_called_note_under_its_paragraph_is_no_paragraph(code: str) -> None:
    assert operative(_built(CALLED_NOTES[code], code)) == ["1", "2"]


# --- the note under a table (77/258, paragraph 36) ----------------------------------------------

TABLE_NOTES = {
    "es": (
        "La Asamblea General,\n\nRecordando su resolución 76/246,\n\n"
        "36.\tAprueba los cambios en la plantilla que se indican en el cuadro siguiente;\n\n"
        "Reclasificación  Auxiliar Superior de Recursos Humanos  SG (CP)  1\n\n"
        "Abreviaciones: SG (CP) = Servicios Generales (categoría principal) y SG (OC) = "
        "Servicios Generales (otras categorías).\n\n"
        "37.\tAprueba las estimaciones por valor de 126.336.000 dólares;\n"
    ),
    "fr": (
        "L’Assemblée générale,\n\nRappelant sa résolution 76/246,\n\n"
        "36.\tApprouve les modifications du tableau des effectifs indiquées dans le tableau ci-après ;\n\n"
        "Reclassement  Assistant principal (ressources humaines)  G(1eC)  1\n\n"
        "Abréviations : G(1eC) = agent des services généraux (1re classe) ; G(AC) = agent des "
        "services généraux (Autres classes).\n\n"
        "37.\tApprouve le montant estimatif de 126 336 000 dollars ;\n"
    ),
    "ru": (
        "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 76/246,\n\n"
        "36.\tутверждает изменения в штатном расписании, указанные в таблице ниже;\n\n"
        "Реклассификация  Старший помощник по людским ресурсам  ОО (ВР)  1\n\n"
        "Сокращения: ОО (ВР) — категория общего обслуживания (высший разряд); ОО (ПР) — "
        "категория общего обслуживания (прочие разряды).\n\n"
        "37.\tутверждает сметные расходы в размере 126 336 000 долл. США;\n"
    ),
}


@pytest.mark.parametrize("code", sorted(TABLE_NOTES))
def test_the_note_under_a_table_is_no_paragraph(code: str) -> None:
    assert operative(_built(TABLE_NOTES[code], code)) == ["36", "37"]
