"""Preambular phrases of the UN's Russian for "Remaining deeply concerned", "Expressing
continued concern", "Emphasizing", "Encouraging", "Welcoming" and "Noting with profound alarm",
of its Spanish for "Remaining deeply concerned" ("Siguiendo profundamente preocupada"),
and of its French for "Mindful" (the participle agreeing with its object: "Ayant présentes à
l'esprit") and "Having considered" (issue 13: a paragraph opened by one of them was joined to
the one before).

The examples are written for these tests; none is copied from the corpus.
"""

from __future__ import annotations

import pytest

from mandata.segment.phrases import leading_phrase


@pytest.mark.parametrize(
    ("text", "phrase", "action"),
    [
        (
            "продолжая испытывать глубокую обеспокоенность ростом цен,",
            "продолжая испытывать глубокую обеспокоенность",
            "be_concerned",
        ),
        (
            "продолжая выражать обеспокоенность положением беженцев,",
            "продолжая выражать обеспокоенность",
            "express",
        ),
        ("продолжая считать, что диалог необходим,", "продолжая считать", "consider"),
        ("делая особый упор на образовании девочек,", "делая особый упор", "stress"),
        ("высказываясь за то, чтобы все стороны сотрудничали,", "высказываясь", "encourage"),
        ("позитивно отмечая подписание соглашения о мире,", "позитивно отмечая", "welcome"),
        (
            "с глубокой тревогой отмечая, что засуха усиливается,",
            "с глубокой тревогой отмечая",
            "note",
        ),
    ],
)
def test_russian_phrase(text: str, phrase: str, action: str) -> None:
    found = leading_phrase(text, "ru")
    assert found is not None and found.kind == "preambular"
    assert (found.text, found.action) == (phrase, action)


@pytest.mark.parametrize(
    ("text", "phrase", "action"),
    [
        (
            "Ayant présentes à l’esprit les leçons du passé,",
            "Ayant présentes à l’esprit",
            "bear_in_mind",
        ),
        (
            "Ayant présent à l'esprit le rôle des femmes,",
            "Ayant présent à l'esprit",
            "bear_in_mind",
        ),
        (
            "Ayant pris en considération le rapport du Comité,",
            "Ayant pris en considération",
            "consider",
        ),
    ],
)
def test_french_phrase(text: str, phrase: str, action: str) -> None:
    found = leading_phrase(text, "fr")
    assert found is not None and found.kind == "preambular"
    assert (found.text, found.action) == (phrase, action)


def test_spanish_remaining_concerned() -> None:
    found = leading_phrase("Siguiendo profundamente preocupada por la situación,", "es")
    assert found is not None and found.kind == "preambular"
    assert (found.text, found.action) == ("Siguiendo profundamente preocupada", "be_concerned")
