"""Russian preambular phrases the UN's Russian uses for "Remaining deeply concerned",
"Expressing continued concern", "Emphasizing", "Encouraging", "Welcoming" and "Noting with
profound alarm" (issue 13: a paragraph opened by one of them was joined to the one before).

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
