"""Pieces of a paragraph that pdfminer.six sets apart as text boxes after a comma (issue 14,
item 2): our own resolutions in English, French and Spanish typography, written as pdfminer
writes UN pages (a blank line between its boxes, a justified line with wide spaces).

- A preambular paragraph whose first line runs to the margin and ends with a comma, its last
  line in a box of its own that opens with a capital ("Welcoming ... Group on Oceans," /
  "Climate and Security, chaired by ..."): one paragraph, not two.
- An operative paragraph whose justified line pdfminer cut in two ("other relevant
  stakeholders," / "including civil society, fishers’ organizations,") goes on at the comma
  with a capitalised line ("Indigenous Peoples, ..."): an operative paragraph does not end
  at a comma, even after a line that ends short of the margin.
- A paragraph number written after the paragraph's first line, which ends with a comma
  ("Invites the Secretary-General, in cooperation with Member States," / "4."): the
  number is the next of the operative part, so it is this paragraph's.
- The document's own symbol alone between blank lines in the middle of a page: the running
  head, whose box pdfminer wrote there, not a paragraph.
- A lettered item whose label stands in a box of its own ("(b)"), whose text breaks off after
  a comma and goes on, after a blank line, with a capitalised piece ("Small Island ...
  States and"): still the item of its operative paragraph.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.model import Document
from mandata.parse import parse_file

TEXTS = {
    "en": """United Nations A/RES/80/61
General Assembly Distr.: General
12 December 2025
Eightieth session
Agenda item 19
Resolution adopted by the General Assembly on 9 December 2025

80/61. Sustainable coastal fisheries

The General Assembly,

Recalling  its  resolution  78/70  of  5  December  2023  on  sustainable  coastal  fisheries,

Welcoming  the  establishment  of  the  Joint  Working  Group  on  Oceans,  Coastal

Climate and Security, chaired by the Deputy Secretary-General,

Noting with concern the decline of many coastal fish stocks in recent years,

1.  Encourages  States  to  cooperate  in  the  sustainable  management  of  coastal
fisheries,  including  through  regional  fisheries  bodies,  the  exchange  of  data  on
catches  and  fleets,  joint  research  on  the  state  of  shared  stocks  and  the  training
of  fisheries  officers,  and  to  strengthen  the  participation  of  fishing  communities
in  the  decisions  that  concern  them,  in  particular  women  and  young  fishers;

2. Calls upon States:

(a) To strengthen the monitoring of their coastal fisheries;

(b)

To  involve  all  relevant  stakeholders,  bringing  together  Governments,  the
regional  fisheries  bodies,  civil  society  organizations,  academic  institutions,  the
scientific  community,  fishing  communities,  women  fishers,

Small Island Developing States and

coastal communities in the management of fisheries;

3.

Requests  the  Secretary-General  to  bring  the  present  resolution  to  the
attention  of  all  Member  States,  the  organizations  of  the  United  Nations  system  and
other  relevant  stakeholders,
including  civil  society,  fishers’  organizations,
Indigenous  Peoples,  local  communities,  the  private  sector  and  academia,  for
appropriate observance.

Invites  the  Secretary-General,  in  cooperation  with  Member  States,
4.
regional
bodies  and  universities,  to  support  the  training  of  fisheries  officers  in  developing  States;

5. Decides to include in the provisional agenda of its eighty-second session the item

A/RES/80/61

entitled “Sustainable coastal fisheries”.

52nd plenary meeting
9 December 2025
""",
    "fr": """Nations Unies A/RES/80/61
Assemblée générale Distr. générale
12 décembre 2025
Quatre-vingtième session
Point 19 de l’ordre du jour
Résolution adoptée par l’Assemblée générale le 9 décembre 2025

80/61. Pêche côtière durable

L’Assemblée générale,

Rappelant  sa  résolution  78/70  du  5  décembre  2023  sur  la  pêche  côtière  durable,  et

Se  félicitant  de  la  création  du  Groupe  de  travail  commun  sur  les  Océans,

Climat et Sécurité, présidé par la Vice-Secrétaire générale,

Notant avec préoccupation le déclin de nombreux stocks de poissons côtiers,

1.  Encourage  les  États  à  coopérer  à  la  gestion  durable  de  la  pêche  côtière,
notamment  par  l’intermédiaire  des  organismes  régionaux  des  pêches,  l’échange  de
données  sur  les  captures  et  les  flottes,  la  recherche  commune  sur  l’état  des
stocks  partagés  et  la  formation  des  agents  des  pêches,  et  à  renforcer  la  place
des  communautés  de  pêcheurs  dans  les  décisions  qui  les  concernent  ;

2. Demande aux États :

a) De renforcer la surveillance de leur pêche côtière ;

b)

D’associer  toutes  les  parties  prenantes,  en  réunissant  les  gouvernements,  les
organismes  régionaux  des  pêches,  les  organisations  de  la  société  civile,  les
institutions  universitaires,  la  communauté  scientifique,  les  femmes  pêcheuses,

Petits États insulaires en développement et

les communautés côtières à la gestion des pêches ;

3.

Prie  le  Secrétaire  général  de  porter  la  présente  résolution  à  l’attention  de
tous  les  États  Membres,  des  organismes  des  Nations  Unies  et  des  autres  parties
prenantes  concernées,
notamment  la  société  civile,  les  organisations  de  pêcheurs,
Peuples  autochtones,  les  communautés  locales,  le  secteur  privé  et  les  milieux
universitaires, pour qu’ils la célèbrent comme il se doit.

Invite  le  Secrétaire  général,  en  coopération  avec  les  États  Membres,
4.
régionaux,
les  organismes  à  appuyer  la  formation  des  agents  des  pêches  des  États  en  développement ;

5. Décide d’inscrire à l’ordre du jour provisoire de sa quatre-vingt-deuxième session la

A/RES/80/61

question intitulée « Pêche côtière durable ».

52e séance plénière
9 décembre 2025
""",
    "es": """Naciones Unidas A/RES/80/61
Asamblea General Distr. general
12 de diciembre de 2025
Octogésimo período de sesiones
Tema 19 del programa
Resolución aprobada por la Asamblea General el 9 de diciembre de 2025

80/61. Pesca costera sostenible

La Asamblea General,

Recordando  su  resolución  78/70,  de  5  de  diciembre  de  2023,  relativa  a  la  pesca,

Acogiendo  con  beneplácito  el  establecimiento  del  Grupo  de  Trabajo  sobre  Océanos,

Clima y Seguridad, presidido por la Vicesecretaria General,

Observando con preocupación la disminución de muchas poblaciones de peces costeros,

1.  Alienta  a  los  Estados  a  que  cooperen  en  la  gestión  sostenible  de  la  pesca
costera,  incluso  por  conducto  de  los  órganos  regionales  de  pesca,  el  intercambio
de  datos  sobre  capturas  y  flotas,  la  investigación  conjunta  sobre  el  estado  de  las
poblaciones  compartidas  y  la  capacitación  de  los  funcionarios  de  pesca,  y  a  que
refuercen  la  participación  de  las  comunidades  pesqueras  en  las  decisiones;

2. Exhorta a los Estados:

a) A que refuercen la vigilancia de su pesca costera;

b)

A  que  hagan  participar  a  todos  los  interesados,  reuniendo  a  los  Gobiernos,  los
órganos  regionales  de  pesca,  las  organizaciones  de  la  sociedad  civil,  las  instituciones
académicas,  la  comunidad  científica,  las  comunidades  pesqueras,  las  pescadoras,

Pequeños Estados Insulares en Desarrollo y

las comunidades costeras en la gestión de la pesca;

3.

Solicita  al  Secretario  General  que  señale  la  presente  resolución  a  la  atención
de  todos  los  Estados  Miembros,  las  organizaciones  del  sistema  de  las  Naciones  Unidas
y  otros  interesados  pertinentes,
incluidas  la  sociedad  civil,  las  organizaciones  de  pescadores,
Pueblos  Indígenas,  las  comunidades  locales,  el  sector  privado  y  el  mundo
académico, para que lo celebren debidamente.

Invita  al  Secretario  General,  en  cooperación  con  los  Estados  Miembros,
4.
regionales,
los  órganos  a  que  apoye  la  capacitación  de  los  funcionarios  de  pesca  de  los  Estados;

5. Decide incluir en el programa provisional de su octogésimo segundo período de sesiones

A/RES/80/61

el tema titulado “Pesca costera sostenible”.

52ª sesión plenaria
9 de diciembre de 2025
""",
}
STRUCTURE = [
    ("preambular", None, "recall"),
    ("preambular", None, "welcome"),
    ("preambular", None, "note"),
    ("operative", "1", "encourage"),
    ("operative", "2", "call_upon"),
    ("operative", "3", "request"),
    ("operative", "4", "invite"),
    ("operative", "5", "decide"),
]


def _parse(tmp_path: Path, language: str) -> Document:
    path = tmp_path / "A_RES_80_61.txt"
    path.write_text(TEXTS[language], encoding="utf-8")
    return parse_file(path, analysis=False)


def _structure(doc: Document) -> list[tuple[str, str | None, str | None]]:
    return [
        (p.kind, p.number, p.action) for r in doc.resolutions for p in [*r.preamble, *r.operative]
    ]


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_capitalised_piece_after_a_comma(tmp_path: Path, language: str) -> None:
    doc = _parse(tmp_path, language)
    assert _structure(doc) == STRUCTURE
    welcoming = " ".join(doc.resolutions[0].preamble[1].text.split())
    assert "Clima" in welcoming and welcoming.endswith(",")


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_label_alone_then_capitalised_piece(tmp_path: Path, language: str) -> None:
    doc = _parse(tmp_path, language)
    items = doc.resolutions[0].operative[1].subparagraphs
    assert [item.label for item in items] == ["a", "b"]
    text = " ".join(items[1].text.split())
    assert "Peque" in text or "Petits" in text or "Small" in text
    assert text.endswith(";")


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_operative_goes_on_after_a_cut_line(tmp_path: Path, language: str) -> None:
    doc = _parse(tmp_path, language)
    third = " ".join(doc.resolutions[0].operative[2].text.split())
    assert "Indigenous" in third or "Peuples" in third or "Pueblos" in third
    assert third.endswith(".")


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_running_head_in_the_middle_of_a_page(tmp_path: Path, language: str) -> None:
    doc = _parse(tmp_path, language)
    last = " ".join(doc.resolutions[0].operative[-1].text.split())
    assert "A/RES/80/61" not in last
    assert "“" in last or "«" in last  # the rest of the paragraph after the head
