"""Text that other tools export from UN PDFs, with the faults of their own (issue 14, items 2
and 5): our own resolutions, in English, French and Spanish typography, written as pdfminer.six
and ``pdftotext -raw`` write such pages.

pdfminer writes a page as text boxes with a blank line between them: a paragraph's first line
(indented) stands apart from the rest, a justified first line with wide spaces falls into pieces
written out of order ("Bearing" / "in mind" / "its resolution ..."), a paragraph number stands
apart from its leading phrase, with a stray piece of its line between them ("4." / "session." /
"Requests ..."), and the numbers of a short operative part come as a column before their texts.
``pdftotext -raw`` writes no blank line and no indent: a heading between two paragraphs is a
short line over a leading phrase, a line broken after a raised footnote call goes on on the next
line, and "the General Assembly,2" ending a wrapped line is no enacting formula.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.model import Document
from mandata.parse import parse_file

PDFMINER = {
    "en": """United Nations A/RES/80/12
General Assembly Distr.: General
10 December 2025
Eightieth session
Agenda item 124
Resolution adopted by the General Assembly on 3 December 2025

80/12. Cooperation between the United Nations and the Pacific Islands Forum

The General Assembly,

Wishing  to  promote  cooperation  between  the  United  Nations  and  the

Pacific Islands Forum in the implementation of the 2030 Agenda,

Bearing

in mind

its resolution 78/5 of 1 November 2023 on cooperation with the Forum,

Welcoming the work of the Forum in the region,

1.

2.

Takes note of the report of the Secretary-General;

Expresses its appreciation to the Forum for its cooperation with the United

Nations;

3. Decides to proclaim 5 May the International Day of the Pacific,

Islands and the Ocean, to be observed every year;

4. Also decides to allocate the amount of 150,000

United States dollars to the trust fund of the Forum;

5.

session.

Requests the Secretary-General to report to the General Assembly at its eighty-first

45th plenary meeting
3 December 2025
""",
    "fr": """Nations Unies A/RES/80/12
Assemblée générale Distr. générale
10 décembre 2025
Quatre-vingtième session
Point 124 de l’ordre du jour
Résolution adoptée par l’Assemblée générale le 3 décembre 2025

80/12. Coopération entre l’Organisation des Nations Unies et le Forum des îles du Pacifique

L’Assemblée générale,

Souhaitant  promouvoir  la  coopération  entre  l’Organisation  des  Nations  Unies  et  le

Forum des îles du Pacifique dans la mise en œuvre du Programme 2030,

Ayant

à l’esprit

sa résolution 78/5 du 1er novembre 2023 sur la coopération avec le Forum,

Saluant l’action du Forum dans la région,

1.

2.

Prend note du rapport du Secrétaire général ;

Exprime sa gratitude au Forum pour sa coopération avec l’Organisation des

Nations Unies ;

3. Décide de proclamer le 5 mai Journée internationale du Pacifique,

Îles et Océan, qui sera célébrée chaque année ;

4. Décide également d’allouer la somme de 150 000

Dollars des États-Unis au fonds d’affectation spéciale du Forum ;

5.

session.

Prie le Secrétaire général de lui faire rapport à sa quatre-vingt-unième

45e séance plénière
3 décembre 2025
""",
    "es": """Naciones Unidas A/RES/80/12
Asamblea General Distr. general
10 de diciembre de 2025
Octogésimo período de sesiones
Tema 124 del programa
Resolución aprobada por la Asamblea General el 3 de diciembre de 2025

80/12. Cooperación entre las Naciones Unidas y el Foro de las Islas del Pacífico

La Asamblea General,

Deseando  promover  la  cooperación  entre  las  Naciones  Unidas  y  el

Foro de las Islas del Pacífico en la aplicación de la Agenda 2030,

Teniendo

presente

su resolución 78/5, de 1 de noviembre de 2023, relativa a la cooperación con el Foro,

Acogiendo con beneplácito la labor del Foro en la región,

1.

2.

Toma nota del informe del Secretario General;

Expresa su reconocimiento al Foro por su cooperación con las Naciones

Unidas;

3. Decide proclamar el 5 de mayo Día Internacional del Pacífico,

Islas y Océano, que se observará todos los años;

4. Decide también asignar la suma de 150.000

Dólares de los Estados Unidos al fondo fiduciario del Foro;

5.

sesiones.

Solicita al Secretario General que la informe en su octogésimo primer período de

45ª sesión plenaria
3 de diciembre de 2025
""",
}
PDFMINER_STRUCTURE = [
    ("preambular", None, "desire"),
    ("preambular", None, "bear_in_mind"),
    ("preambular", None, "welcome"),
    ("operative", "1", "take_note"),
    ("operative", "2", "express"),
    ("operative", "3", "decide"),
    ("operative", "4", "decide"),
    ("operative", "5", "request"),
]

RAW = {
    "en": """United Nations A/RES/80/14
General Assembly Distr.: General
12 December 2025
Eightieth session
Agenda item 20
Resolution adopted by the General Assembly on 5 December 2025
80/14. Sustainable transport corridors
The General Assembly,
Recalling paragraph 80 of the Final Document of the Tenth Special Session of
the General Assembly,1
in which it is stated that further measures should be taken and appropriate
international negotiations held,
Recalling also the resolutions of the Economic and Social Council,2
that Arabic, Chinese,
English, French, Russian and Spanish are the official languages of the Council,
Transport and transit corridors
Noting the need for continued international cooperation on transport and transit
corridors as an important element of sustainable development,
1. Encourages Member States to strengthen their cooperation on transport and
transit corridors;
2. Requests the Secretary-General to report to the General Assembly at its
eighty-first session.
__________________
1 Resolution S-10/2.
2 Resolution 2023/1.
""",
    "fr": """Nations Unies A/RES/80/14
Assemblée générale Distr. générale
12 décembre 2025
Quatre-vingtième session
Point 20 de l’ordre du jour
Résolution adoptée par l’Assemblée générale le 5 décembre 2025
80/14. Corridors de transport durable
L’Assemblée générale,
Rappelant le paragraphe 80 du Document final de la dixième session extraordinaire de
l’Assemblée générale1,
où il est dit que de nouvelles mesures devraient être prises et des négociations
internationales appropriées engagées,
Rappelant également les résolutions du Conseil économique et social2,
qui font de l’anglais, de l’arabe,
Chinois, de l’espagnol, du français et du russe les langues officielles du Conseil,
Corridors de transport et de transit
Notant qu’une coopération internationale continue sur les corridors de transport et de
transit est un élément important du développement durable,
1. Engage les États Membres à renforcer leur coopération sur les corridors de transport
et de transit ;
2. Prie le Secrétaire général de lui faire rapport à sa quatre-vingt-unième
session.
__________________
1 Résolution S-10/2.
2 Résolution 2023/1.
""",
    "es": """Naciones Unidas A/RES/80/14
Asamblea General Distr. general
12 de diciembre de 2025
Octogésimo período de sesiones
Tema 20 del programa
Resolución aprobada por la Asamblea General el 5 de diciembre de 2025
80/14. Corredores de transporte sostenible
La Asamblea General,
Recordando el párrafo 80 del Documento Final del décimo período extraordinario de
sesiones de la Asamblea General1,
en el que se afirma que deben adoptarse nuevas medidas y celebrarse negociaciones
internacionales apropiadas,
Recordando también las resoluciones del Consejo Económico y Social2,
que hacen del árabe, el chino,
Español, el francés, el inglés y el ruso los idiomas oficiales del Consejo,
Corredores de transporte y tránsito
Observando la necesidad de una cooperación internacional continua en materia de
corredores de transporte y tránsito como elemento importante del desarrollo sostenible,
1. Alienta a los Estados Miembros a que refuercen su cooperación en materia de
corredores de transporte y tránsito;
2. Solicita al Secretario General que la informe en su octogésimo primer período
de sesiones.
__________________
1 Resolución S-10/2.
2 Resolución 2023/1.
""",
}
RAW_STRUCTURE = [
    ("preambular", None, "recall"),
    ("preambular", None, "recall"),
    ("preambular", None, "note"),
    ("operative", "1", "encourage"),
    ("operative", "2", "request"),
]


def _structure(doc: Document) -> list[tuple[str, str | None, str | None]]:
    return [
        (p.kind, p.number, p.action) for r in doc.resolutions for p in [*r.preamble, *r.operative]
    ]


@pytest.mark.parametrize("language", sorted(PDFMINER))
def test_pdfminer_text_boxes(tmp_path: Path, language: str) -> None:
    path = tmp_path / "A_RES_80_12.txt"
    path.write_text(PDFMINER[language], encoding="utf-8")
    doc = parse_file(path, analysis=False)
    assert _structure(doc) == PDFMINER_STRUCTURE
    texts = [" ".join(p.text.split()) for r in doc.resolutions for p in r.preamble]
    assert "Forum" in texts[0] or "Foro" in texts[0]  # the first line's box joined
    operative = doc.resolutions[0].operative
    assert "150" in operative[3].text and operative[3].text.rstrip().endswith(";")


@pytest.mark.parametrize("language", sorted(RAW))
def test_pdftotext_raw_lines(tmp_path: Path, language: str) -> None:
    path = tmp_path / "A_RES_80_14.txt"
    path.write_text(RAW[language], encoding="utf-8")
    doc = parse_file(path, analysis=False)
    assert _structure(doc) == RAW_STRUCTURE
    first, second = (" ".join(p.text.split()) for p in doc.resolutions[0].preamble[:2])
    assert "80" in first and first.endswith(",")  # the line after "Assembly,1" goes on
    assert "Arab" in second or "árabe" in second or "arabe" in second
    assert [f.marker for f in doc.footnotes] == ["1", "2"]


HEAD_BREAK = {
    "en": """United Nations A/RES/80/16
General Assembly Distr.: General
12 December 2025
Eightieth session
Agenda item 20
Resolution adopted by the General Assembly on 5 December 2025

80/16. Recalling the Pacific charter

The General Assembly,

Welcoming the work of the Pacific Islands Forum in the region and its cooperation with the

United Nations,

25-01234

2/3
\f
A/RES/80/16

Recalling the Pacific charter

Recalling

its resolution 78/5 of 1 November 2023 on cooperation with the Forum,

1. Requests the Secretary-General to report at its eighty-first session.
""",
    "fr": """Nations Unies A/RES/80/16
Assemblée générale Distr. générale
12 décembre 2025
Quatre-vingtième session
Point 20 de l’ordre du jour
Résolution adoptée par l’Assemblée générale le 5 décembre 2025

80/16. Rappelant la charte du Pacifique

L’Assemblée générale,

Saluant l’action du Forum des îles du Pacifique dans la région et sa coopération avec

l’Organisation des Nations Unies,

25-01234

2/3
\f
A/RES/80/16

Rappelant la charte du Pacifique

Rappelant

sa résolution 78/5 du 1er novembre 2023 sur la coopération avec le Forum,

1. Prie le Secrétaire général de lui faire rapport à sa quatre-vingt-unième session.
""",
    "es": """Naciones Unidas A/RES/80/16
Asamblea General Distr. general
12 de diciembre de 2025
Octogésimo período de sesiones
Tema 20 del programa
Resolución aprobada por la Asamblea General el 5 de diciembre de 2025

80/16. Recordando la carta del Pacífico

La Asamblea General,

Acogiendo con beneplácito la labor del Foro de las Islas del Pacífico en la región y su

cooperación con las Naciones Unidas,

25-01234

2/3
\f
A/RES/80/16

Recordando la carta del Pacífico

Recordando

su resolución 78/5, de 1 de noviembre de 2023, relativa a la cooperación con el Foro,

1. Solicita al Secretario General que la informe en su octogésimo primer período de sesiones.
""",
}


@pytest.mark.parametrize("language", sorted(HEAD_BREAK))
def test_running_head_stops_at_the_text(tmp_path: Path, language: str) -> None:
    """A page's running head repeats the title; the leading phrase after it ("Recalling",
    which the first page also prints, here in the title itself) is text, not a further line of
    the head."""
    path = tmp_path / "A_RES_80_16.txt"
    path.write_text(HEAD_BREAK[language], encoding="utf-8")
    doc = parse_file(path, analysis=False)
    assert _structure(doc) == [
        ("preambular", None, "welcome"),
        ("preambular", None, "recall"),
        ("operative", "1", "request"),
    ]
