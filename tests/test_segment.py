"""The text parser's structure in six languages: paragraph boundaries, kinds, leading phrases.

The example documents are written for these tests, in each language's typography; none is
copied from the corpus.
"""

from __future__ import annotations

import pytest

from mandata import lang
from mandata.lang import LANGUAGES
from mandata.segment.phrases import leading_phrase

# --- leading phrases -----------------------------------------------------------------------------


def _additive_inside(code: str) -> list[tuple[str, str, str, str]]:
    """(table phrase, the phrase with an additive after its first word, kind, action) for every
    phrase of more than one word."""
    data = lang.get(code)
    additive = data.additives[0]
    out = []
    for name, table in (("PREAMBULAR", data.preambular), ("OPERATIVE", data.operative)):
        for phrase, action in table.items():
            words = phrase.split()
            if len(words) > 1:
                printed = " ".join([words[0], additive, *words[1:]])
                out.append((phrase, printed, name.lower(), action))
    return out


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "zh"])
def test_an_additive_inside_any_table_phrase_keeps_its_action(code: str) -> None:
    """ "Accueillant également avec satisfaction": the additive is set aside, the manner words
    that belong to the phrase stay (#13: KeyError 'accueillant' stopped French batches)."""
    wrong = []
    for phrase, printed, kind, action in _additive_inside(code):
        found = leading_phrase(f"{printed} le texte", code)
        if found is None or found.action_for(kind) != lang.folded_action(action):
            wrong.append((phrase, printed, found))
    assert not wrong, wrong[:10]


@pytest.mark.parametrize(
    ("code", "text", "action", "modifier"),
    [
        ("fr", "Accueillant également avec satisfaction le rapport du Comité,", "welcome", None),
        ("fr", "Accueille en outre avec satisfaction la décision du Conseil ;", "welcome", None),
        ("fr", "Attendant également avec intérêt la tenue de la conférence,", "look_forward", None),
        ("fr", "Attend en outre avec intérêt la conférence ;", "look_forward", None),
    ],
)
def test_french_phrases_with_manner_words_and_additives(
    code: str, text: str, action: str, modifier: str | None
) -> None:
    found = leading_phrase(text, code)
    assert found is not None and found.action == action
