"""Wrapped text with blank lines between paragraphs: a paragraph whose last line runs to the
margin and ends with a comma is followed by a paragraph its own, even when that one opens with
a phrase no table knows ("Continuant d'estimer", "Decepcionada por", "Remaining convinced").
pdfminer's last line set apart (tests/test_pdfminer_pieces.py) is a short line that closes; a
full first line after a blank line is not one (issue 14, item 5)."""

from __future__ import annotations

import textwrap

import pytest

from mandata.parse import parse_raw
from mandata.read import RawText

WIDTH = 90

# (formula, known preambular paragraphs, the unknown opening, an operative paragraph)
TEXTS = {
    "en": (
        "The General Assembly,",
        [
            "Recalling its resolutions on transparency in armaments, in particular resolutions "
            "46/36 L of 9 December 1991 and 74/53 of 12 December 2019, entitled “Transparency in "
            "armaments”, and the reports of the Secretary-General on the Register,",
            "Noting the contribution of the Register to confidence and security among States,",
        ],
        "Remaining convinced that the need for disarmament and for the reduction of armaments "
        "in every region of the world is greater than ever before,",
        "1. Decides to remain seized of the matter.",
    ),
    "fr": (
        "L’Assemblée générale,",
        [
            "Rappelant ses résolutions sur la transparence dans le domaine des armements, en "
            "particulier ses résolutions 46/36 L du 9 décembre 1991 et 74/53 du 12 décembre 2019, "
            "intitulées « Transparence dans le domaine des armements »,",
            "Notant la contribution du Registre à la confiance et à la sécurité entre les États,",
        ],
        "Continuant d’estimer qu’une plus grande transparence dans le domaine des armements est "
        "un facteur majeur de confiance entre les États,",
        "1. Décide de rester saisie de la question.",
    ),
    "es": (
        "La Asamblea General,",
        [
            "Recordando sus resoluciones sobre la transparencia en materia de armamentos, en "
            "particular las resoluciones 46/36 L, de 9 de diciembre de 1991, y 74/53, de 12 de "
            "diciembre de 2019, tituladas “Transparencia en materia de armamentos”,",
            "Observando la contribución del Registro a la confianza y la seguridad entre los "
            "Estados,",
        ],
        "Decepcionada por la continua falta de progresos hacia la celebración de negociaciones "
        "multilaterales sobre el desarme nuclear en la Conferencia de Desarme,",
        "1. Decide seguir ocupándose de la cuestión.",
    ),
}


# words that lengthen the first paragraph's last clause until its last line reaches the margin
MORE = {
    "en": "as well as the views of Member States on its continuing operation and further development",
    "fr": "ainsi que les vues des États Membres sur son fonctionnement et son développement futur",
    "es": "así como las opiniones de los Estados Miembros sobre su funcionamiento y su desarrollo",
}


def _full_last_line(paragraph: str, more: str) -> str:
    """``paragraph`` lengthened word by word from ``more`` until its last line, wrapped at the
    page's width, runs to the margin (the class: a full last line ending with a comma)."""
    words = more.split()
    head = paragraph.rstrip(",")
    for k in range(len(words) + 1):
        candidate = f"{head} {' '.join(words[:k])},".replace(" ,", ",")
        if len(textwrap.wrap(candidate, WIDTH)[-1]) >= WIDTH - 6:
            return candidate
    raise AssertionError("no word count fills the last line")


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_a_full_last_line_with_a_comma_ends_its_paragraph(code: str) -> None:
    formula, known, unknown, operative = TEXTS[code]
    first = _full_last_line(known[0], MORE[code])
    # enough wrapped lines for the text's width to be known (as in any real resolution)
    body = [first, known[1], unknown, known[0], known[0], known[0]]
    wrapped = ("\n".join(textwrap.wrap(p, WIDTH)) for p in body)
    text = formula + "\n\n" + "\n\n".join(wrapped) + "\n\n" + operative + "\n"
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code)
    starts = [p.text[:12] for p in doc.resolutions[0].preamble]
    assert len(starts) == len(body), starts
    assert starts[2] == unknown[:12]
