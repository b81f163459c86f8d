"""A numbered list set with a hanging indent inside a resolution's PDF (issue 14, item 1).

The items of a list quoted in an operative paragraph ("4. Promoting people-centred ...") are
set with their number at the left and their following lines indented under the text: those
lines stand right of the line before, as a paragraph's first line does, but they go on with the
item. Our own text, in English, French and Spanish, printed by weasyprint; skipped without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.parse import run_stage

CSS = """
@page { size: 210mm 297mm; margin: 25mm 30mm; }
body { font-family: "DejaVu Serif", serif; font-size: 10pt; line-height: 1.2; }
p { text-align: justify; margin: 0 0 6pt 0; text-indent: 12mm; }
p.flat { text-indent: 0; }
p.item { padding-left: 20mm; text-indent: -8mm; text-align: left; }
"""
DOCS = {
    "en": (
        [
            "United Nations A/RES/80/40",
            "General Assembly",
            "Distr.: General 20 December 2025",
            "Resolution adopted by the General Assembly on 18 December 2025",
            "80/40. Sixteenth United Nations Congress on Crime Prevention",
        ],
        "The General Assembly,",
        "Recalling its resolution 78/223 of 19 December 2023 on the follow-up to the Fifteenth "
        "United Nations Congress on Crime Prevention and Criminal Justice,",
        "1. Decides that the following shall be the substantive items of the Sixteenth Congress:",
        [
            "1. Promoting people-centred, inclusive and responsive criminal justice systems in a "
            "world of continuous change and uncertainty,",
            "2. Addressing and countering crime, including organized crime and terrorism in all "
            "its forms and manifestations, in new, emerging and evolving forms.",
        ],
        "2. Requests the Secretary-General to report to the General Assembly at its "
        "eighty-first session on the implementation of the present resolution.",
    ),
    "fr": (
        [
            "Nations Unies A/RES/80/40",
            "Assemblée générale",
            "Distr. générale 20 décembre 2025",
            "Résolution adoptée par l’Assemblée générale le 18 décembre 2025",
            "80/40. Seizième Congrès des Nations Unies pour la prévention du crime",
        ],
        "L’Assemblée générale,",
        "Rappelant sa résolution 78/223 du 19 décembre 2023 sur la suite donnée au quinzième "
        "Congrès des Nations Unies pour la prévention du crime et la justice pénale,",
        "1. Décide que les points suivants seront les points de fond du seizième Congrès :",
        [
            "1. Promouvoir des systèmes de justice pénale centrés sur la personne, inclusifs et "
            "réactifs dans un monde en mutation constante et incertain,",
            "2. Prévenir et combattre la criminalité, y compris la criminalité organisée et le "
            "terrorisme sous toutes ses formes et dans toutes ses manifestations.",
        ],
        "2. Prie le Secrétaire général de lui faire rapport à sa quatre-vingt-unième session sur "
        "l’application de la présente résolution.",
    ),
    "es": (
        [
            "Naciones Unidas A/RES/80/40",
            "Asamblea General",
            "Distr. general 20 de diciembre de 2025",
            "Resolución aprobada por la Asamblea General el 18 de diciembre de 2025",
            "80/40. 16º Congreso de las Naciones Unidas sobre Prevención del Delito",
        ],
        "La Asamblea General,",
        "Recordando su resolución 78/223, de 19 de diciembre de 2023, relativa al seguimiento del "
        "15º Congreso de las Naciones Unidas sobre Prevención del Delito y Justicia Penal,",
        "1. Decide que los temas sustantivos del 16º Congreso serán los siguientes:",
        [
            "1. Promoción de sistemas de justicia penal centrados en las personas, inclusivos y "
            "receptivos en un mundo en constante cambio e incertidumbre,",
            "2. Prevención y lucha contra la delincuencia, incluida la delincuencia organizada y "
            "el terrorismo en todas sus formas y manifestaciones.",
        ],
        "2. Solicita al Secretario General que le presente un informe en su octogésimo primer "
        "período de sesiones sobre la aplicación de la presente resolución.",
    ),
}


def _html(language: str) -> str:
    masthead, formula, preamble, first, items, last = DOCS[language]
    head = "".join(f'<p class="flat">{line}</p>' for line in masthead)
    body = f'<p class="flat">{formula}</p><p>{preamble}</p><p>{first}</p>'
    body += "".join(f'<p class="item">{item}</p>' for item in items)
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><style>{CSS}'
        f"</style></head><body>{head}{body}<p>{last}</p></body></html>"
    )


@pytest.mark.parametrize("language", sorted(DOCS))
def test_lines_under_a_hanging_number_go_on(tmp_path: Path, language: str) -> None:
    weasyprint = pytest.importorskip("weasyprint", reason="weasyprint prints the test PDF")
    path = tmp_path / "A_RES_80_40.pdf"
    weasyprint.HTML(string=_html(language)).write_pdf(path)
    blocks = [
        " ".join(b["text"].split()) for b in run_stage(path, "segment", ocr="never")["blocks"]
    ]
    for item in DOCS[language][4]:  # each item one block, its second line with its first
        assert " ".join(item.split()) in blocks
    assert len(blocks) == len(set(blocks))
