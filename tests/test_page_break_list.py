"""An operative paragraph that lists documents, cut by a page break after one of its items
(issue 14, item 5): "...of the Statute”;" / page break / "GC(9)/DEC/3, entitled ...". The
line after the break opens with a capital and the line before ends with a semicolon, but it
opens nothing (no number, no leading phrase) and is no heading: a numbered paragraph goes on.
Our own texts in English, French and Spanish, as text exports print them (the page's foot,
a form feed, the running head).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.parse import parse_file

TEXTS = {
    "en": """United Nations A/RES/80/70
General Assembly Distr.: General
12 December 2025
Eightieth session
Agenda item 88
Resolution adopted by the General Assembly on 9 December 2025

80/70. Report of the Coastal Fisheries Agency

The General Assembly,

Having received the report of the Coastal Fisheries Agency,

1. Takes note with appreciation of the report of the Agency;

2. Takes note of the decisions of the Conference of the Agency CF(9)/DEC/1, entitled
“Monitoring of coastal fleets”; CF(9)/DEC/2, entitled “Amendment to article 4 of the Statute”;
25-01234 2/3
\f
A/RES/80/70 Report of the Coastal Fisheries Agency
CF(9)/DEC/3, entitled “Training of fisheries officers”, adopted by the Conference of the
Agency at its ninth session;

3. Requests the Secretary-General to transmit the present resolution to the Agency.

52nd plenary meeting
9 December 2025
""",
    "fr": """Nations Unies A/RES/80/70
Assemblée générale Distr. générale
12 décembre 2025
Quatre-vingtième session
Point 88 de l’ordre du jour
Résolution adoptée par l’Assemblée générale le 9 décembre 2025

80/70. Rapport de l’Agence des pêches côtières

L’Assemblée générale,

Ayant reçu le rapport de l’Agence des pêches côtières,

1. Prend acte avec satisfaction du rapport de l’Agence ;

2. Prend note des décisions de la Conférence de l’Agence CF(9)/DEC/1, intitulée « Suivi
des flottes côtières » ; CF(9)/DEC/2, intitulée « Modification de l’article 4 du Statut » ;
25-01234 2/3
\f
A/RES/80/70 Rapport de l’Agence des pêches côtières
CF(9)/DEC/3, intitulée « Formation des agents des pêches », adoptée par la Conférence de
l’Agence à sa neuvième session ;

3. Prie le Secrétaire général de transmettre la présente résolution à l’Agence.

52e séance plénière
9 décembre 2025
""",
    "es": """Naciones Unidas A/RES/80/70
Asamblea General Distr. general
12 de diciembre de 2025
Octogésimo período de sesiones
Tema 88 del programa
Resolución aprobada por la Asamblea General el 9 de diciembre de 2025

80/70. Informe del Organismo de Pesca Costera

La Asamblea General,

Habiendo recibido el informe del Organismo de Pesca Costera,

1. Toma nota con aprecio del informe del Organismo;

2. Toma nota de las decisiones de la Conferencia del Organismo CF(9)/DEC/1, titulada
“Vigilancia de las flotas costeras”; CF(9)/DEC/2, titulada “Enmienda del artículo 4 del Estatuto”;
25-01234 2/3
\f
A/RES/80/70 Informe del Organismo de Pesca Costera
CF(9)/DEC/3, titulada “Capacitación de los funcionarios de pesca”, aprobada por la Conferencia
del Organismo en su noveno período de sesiones;

3. Solicita al Secretario General que transmita la presente resolución al Organismo.

52ª sesión plenaria
9 de diciembre de 2025
""",
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_list_paragraph_goes_on_over_the_page(tmp_path: Path, language: str) -> None:
    path = tmp_path / "A_RES_80_70.txt"
    path.write_text(TEXTS[language], encoding="utf-8")
    doc = parse_file(path, analysis=False)
    res = doc.resolutions[0]
    assert len(res.preamble) == 1
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert "CF(9)/DEC/3" in res.operative[1].text
