"""Text that other tools export from UN PDFs (issue 14, item 2): page furniture damaged on the
way ("Please rec cle", a lone "♲", the barcode "*0947719*", "0F" left by a footnote field) and
the footnotes printed after the page's job and page numbers, in the middle of a paragraph that
goes on after them. Our own examples, in English, French and Spanish typography.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.parse import parse_file

FOOT = "09-47719\n3/5\n__________________\n1 A/64/300.\n*0947719*\n{recycle}\n0F\n"
DOCS = {
    "en": (
        "United Nations    A/RES/64/9\nGeneral Assembly    Distr.: General\n10 December 2009\n"
        "Sixty-fourth session\nAgenda item 112\n"
        "Resolution adopted by the General Assembly on 2 December 2009\n"
        "64/9. Cooperation with the Preparatory Commission\n\n"
        "The General Assembly,\n\n"
        "Recalling its resolution 63/10 of 5 December 2008 and the report of the "
        "Secretary-General,1\n\n"
        "Welcoming the work of the Preparatory Commission,\n\n"
        "1. Also notes the importance of the ratification of the Comprehensive "
        "Nuclear-Test-Ban Treaty\n{foot}"
        "Organization, and to this end invites all States to support the Commission;\n\n"
        "2. Requests the Secretary-General to report to the General Assembly at its "
        "sixty-fifth session.\n",
        "Please rec cle ♲",
        "Treaty Organization, and to this end",
    ),
    "fr": (
        "Nations Unies    A/RES/64/9\nAssemblée générale    Distr. générale\n10 décembre 2009\n"
        "Soixante-quatrième session\nPoint 112 de l’ordre du jour\n"
        "Résolution adoptée par l’Assemblée générale le 2 décembre 2009\n"
        "64/9. Coopération avec la Commission préparatoire\n\n"
        "L’Assemblée générale,\n\n"
        "Rappelant sa résolution 63/10 du 5 décembre 2008 et le rapport du "
        "Secrétaire général1,\n\n"
        "Saluant les travaux de la Commission préparatoire,\n\n"
        "1. Note également l’importance de la ratification du Traité d’interdiction complète "
        "des essais\n{foot}"
        "nucléaires, et invite à cette fin tous les États à appuyer la Commission ;\n\n"
        "2. Prie le Secrétaire général de lui faire rapport à sa soixante-cinquième session.\n",
        "Merci de rec cler ♲",
        "des essais nucléaires, et invite",
    ),
    "es": (
        "Naciones Unidas    A/RES/64/9\nAsamblea General    Distr. general\n"
        "10 de diciembre de 2009\nSexagésimo cuarto período de sesiones\nTema 112 del programa\n"
        "Resolución aprobada por la Asamblea General el 2 de diciembre de 2009\n"
        "64/9. Cooperación con la Comisión Preparatoria\n\n"
        "La Asamblea General,\n\n"
        "Recordando su resolución 63/10, de 5 de diciembre de 2008, y el informe del "
        "Secretario General1,\n\n"
        "Acogiendo con beneplácito la labor de la Comisión Preparatoria,\n\n"
        "1. Observa también la importancia de la ratificación del Tratado de Prohibición "
        "Completa de los Ensayos\n{foot}"
        "Nucleares, y a tal fin invita a todos los Estados a apoyar a la Comisión;\n\n"
        "2. Solicita al Secretario General que la informe en su sexagésimo quinto período de "
        "sesiones.\n",
        "♲",
        "de los Ensayos Nucleares, y a tal fin",
    ),
}


@pytest.mark.parametrize("language", sorted(DOCS))
def test_damaged_furniture_inside_a_paragraph(tmp_path: Path, language: str) -> None:
    template, recycle, joined = DOCS[language]
    path = tmp_path / "A_RES_64_9.txt"
    path.write_text(template.format(foot=FOOT.format(recycle=recycle)), encoding="utf-8")
    doc = parse_file(path)
    res = doc.resolutions[0]
    assert len(res.preamble) == 2
    assert [p.number for p in res.operative] == ["1", "2"]
    first = " ".join(res.operative[0].text.split())
    assert joined in first  # the paragraph goes on after the page's foot
    texts = [p.text for p in [*res.preamble, *res.operative]]
    for junk in ("rec cle", "rec cler", "♲", "0947719", "0F", "47719", "A/64/300", "3/5"):
        assert not any(junk in t for t in texts), junk
    assert [f.marker for f in res.preamble[0].footnotes] == ["1"]
    assert res.preamble[0].footnotes[0].text == "A/64/300."
