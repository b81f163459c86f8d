"""A sub-paragraph set with a hanging indent, cut by a page break, in a text laid out in columns
(``pdftotext -layout``; issue 14, item 2): "(iii) The payment ... of members of" / the page's foot
and head / "the Court (Statute, ...)". The next page's first line stands at the sub-paragraph's
indent, which on that page reads as a first-line indent; it opens in lower case after a line
that does not close, so the indent does not start a paragraph there. Our own texts in English,
French and Spanish.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.parse import parse_file

_PAGE_ONE = """                {un}                                              A/RES/80/75
                {ga}
                {session}

                {adopted}

                80/75. {title}

                      {formula}
                      {considered}
                {considered2}
                      1. {authorizes}
                {authorizes2}
                {authorizes3}
                     (i) {i1}
                     {i2}
                     (ii) {ii1}
                     {ii2}
                     (iii) {iii1}
                     {iii2}


 25-04567 (E)     150126
\f
A/RES/80/75                                    {title}

                     {iii3}
                     {iii4}
                     (iv) {iv1}
                     {iv2}
                      2. {requests}
                {requests2}
                {requests3}
                {requests4}
                {requests5}

                                                                    {meeting}
"""
WORDS = {
    "en": {
        "un": "United Nations",
        "ga": "General Assembly",
        "session": "Eightieth session",
        "adopted": "Resolution adopted by the General Assembly on 9 December 2025",
        "title": "Unforeseen expenses of the Coastal Fisheries Court",
        "formula": "The General Assembly,",
        "considered": "Having considered the report of the Secretary-General on the expenses",
        "considered2": "of the Coastal Fisheries Court for 2026 and the related report of the Committee,",
        "authorizes": "Authorizes the Secretary-General to enter into commitments to meet the",
        "authorizes2": "unforeseen expenses of the Court in 2026, provided that the concurrence of",
        "authorizes3": "the Advisory Committee shall not be necessary for commitments relating to:",
        "i1": "The designation of ad hoc judges of the Court (Statute of the Court,",
        "i2": "article 31), not exceeding a total of 90,000 dollars;",
        "ii1": "The calling of witnesses and the appointment of experts (Statute of",
        "ii2": "the Court, article 50), not exceeding a total of 25,000 dollars;",
        "iii1": "The payment of pensions and travel and removal expenses of retiring",
        "iii2": "judges and travel and removal expenses and installation grants of members of",
        "iii3": "the Court (Statute, article 32, paragraph 7), not exceeding a total of 150,000",
        "iii4": "dollars;",
        "iv1": "The work of the Court or of its chambers away from its seat (Statute,",
        "iv2": "article 22), not exceeding a total of 12,500 dollars;",
        "requests": "Requests the Secretary-General to report to the General Assembly on all",
        "requests2": "commitments made under the present resolution at its eighty-first session,",
        "requests3": "and on the expenses of the Court, with the views of the Advisory Committee on",
        "requests4": "the level of the commitments, the use of the authority given to him and the",
        "requests5": "measures taken to reduce the need for such commitments in the future.",
        "meeting": "52nd plenary meeting",
    },
    "fr": {
        "un": "Nations Unies",
        "ga": "Assemblée générale",
        "session": "Quatre-vingtième session",
        "adopted": "Résolution adoptée par l’Assemblée générale le 9 décembre 2025",
        "title": "Dépenses imprévues du Tribunal des pêches côtières",
        "formula": "L’Assemblée générale,",
        "considered": "Ayant examiné le rapport du Secrétaire général sur les dépenses du",
        "considered2": "Tribunal des pêches côtières pour 2026 et le rapport du Comité consultatif,",
        "authorizes": "Autorise le Secrétaire général à engager des dépenses pour faire face aux",
        "authorizes2": "dépenses imprévues du Tribunal en 2026, l’assentiment du Comité consultatif",
        "authorizes3": "n’étant pas nécessaire pour les engagements de dépenses relatifs :",
        "i1": "À la désignation de juges ad hoc du Tribunal (Statut du Tribunal,",
        "i2": "article 31), à concurrence d’un montant total de 90 000 dollars ;",
        "ii1": "À la convocation de témoins et à la désignation d’experts (Statut du",
        "ii2": "Tribunal, article 50), à concurrence d’un montant total de 25 000 dollars ;",
        "iii1": "Au paiement des pensions et des frais de voyage et de déménagement des",
        "iii2": "juges qui se retirent et des frais d’installation des membres de",
        "iii3": "la Cour (Statut, article 32, paragraphe 7), à concurrence d’un montant total de",
        "iii4": "150 000 dollars ;",
        "iv1": "Aux travaux du Tribunal ou de ses chambres hors de son siège (Statut,",
        "iv2": "article 22), à concurrence d’un montant total de 12 500 dollars ;",
        "requests": "Prie le Secrétaire général de lui rendre compte des engagements de dépenses",
        "requests2": "contractés en application de la présente résolution à sa quatre-vingt-unième session,",
        "requests3": "et sur les dépenses du Tribunal, avec les vues du Comité consultatif sur le",
        "requests4": "niveau des engagements, l’usage fait de l’autorisation qui lui est donnée et",
        "requests5": "les mesures prises pour réduire le besoin de tels engagements à l’avenir.",
        "meeting": "52e séance plénière",
    },
    "es": {
        "un": "Naciones Unidas",
        "ga": "Asamblea General",
        "session": "Octogésimo período de sesiones",
        "adopted": "Resolución aprobada por la Asamblea General el 9 de diciembre de 2025",
        "title": "Gastos imprevistos del Tribunal de Pesca Costera",
        "formula": "La Asamblea General,",
        "considered": "Habiendo examinado el informe del Secretario General sobre los gastos",
        "considered2": "del Tribunal de Pesca Costera para 2026 y el informe conexo de la Comisión,",
        "authorizes": "Autoriza al Secretario General a contraer compromisos para sufragar los",
        "authorizes2": "gastos imprevistos del Tribunal en 2026, sin que sea necesario el asentimiento",
        "authorizes3": "de la Comisión Consultiva para los compromisos relativos a:",
        "i1": "La designación de magistrados ad hoc del Tribunal (Estatuto del Tribunal,",
        "i2": "artículo 31), por una suma total que no exceda de 90.000 dólares;",
        "ii1": "La citación de testigos y el nombramiento de peritos (Estatuto del",
        "ii2": "Tribunal, artículo 50), por una suma total que no exceda de 25.000 dólares;",
        "iii1": "El pago de pensiones y gastos de viaje y mudanza de los magistrados que",
        "iii2": "se jubilan y los gastos de viaje, mudanza e instalación de los miembros de",
        "iii3": "la Corte (Estatuto, artículo 32, párrafo 7), por una suma total que no exceda de",
        "iii4": "150.000 dólares;",
        "iv1": "La labor del Tribunal o de sus salas fuera de su sede (Estatuto,",
        "iv2": "artículo 22), por una suma total que no exceda de 12.500 dólares;",
        "requests": "Solicita al Secretario General que informe a la Asamblea General de los",
        "requests2": "compromisos contraídos con arreglo a la presente resolución en su octogésimo primer período,",
        "requests3": "y sobre los gastos del Tribunal, con las opiniones de la Comisión Consultiva",
        "requests4": "sobre el nivel de los compromisos, el uso de la autorización concedida y las",
        "requests5": "medidas adoptadas para reducir la necesidad de tales compromisos en el futuro.",
        "meeting": "52ª sesión plenaria",
    },
}


@pytest.mark.parametrize("language", sorted(WORDS))
def test_hanging_item_goes_on_over_the_page(tmp_path: Path, language: str) -> None:
    path = tmp_path / "A_RES_80_75.txt"
    path.write_text(_PAGE_ONE.format(**WORDS[language]), encoding="utf-8")
    doc = parse_file(path, analysis=False)
    res = doc.resolutions[0]
    assert len(res.preamble) == 1
    assert [p.number for p in res.operative] == ["1", "2"]
    items = res.operative[0].subparagraphs
    assert [item.label for item in items] == ["i", "ii", "iii", "iv"]
    assert WORDS[language]["iii3"].split()[1] in items[2].text
