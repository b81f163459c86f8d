"""The text parser's structure in six languages: paragraph boundaries, kinds, leading phrases.

The example documents are written for these tests, in each language's typography; none is
copied from the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata import lang
from mandata.lang import LANGUAGES
from mandata.parse import parse_file
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


@pytest.mark.parametrize(
    ("code", "opening", "received", "noting"),
    [
        (
            "en",
            "The General Assembly,",
            "Having received the report of the Agency for 2031",
            "Taking note of the statement of its Director General,",
        ),
        (
            "fr",
            "L’Assemblée générale,",
            "Ayant reçu le rapport de l’Agence pour 2031",
            "Prenant note de la déclaration de son Directeur général,",
        ),
        (
            "es",
            "La Asamblea General,",
            "Habiendo recibido el informe del Organismo correspondiente a 2031",
            "Tomando nota de la declaración de su Director General,",
        ),
    ],
)
def test_having_received_opens_a_preambular_paragraph(
    code: str, opening: str, received: str, noting: str, tmp_path: Path
) -> None:
    """ "Having received the report ..." is a leading phrase (it takes the report into
    consideration), so that a paragraph printed without its comma before a footnote call is
    still a paragraph, not a heading."""
    phrase = leading_phrase(received, code)
    assert phrase is not None and phrase.action == "consider"
    path = tmp_path / "r.txt"
    path.write_text(
        "\n".join(["A/RES/99/1", "", opening, "", received, "", noting, "", "1. " + DECIDES[code]]),
        encoding="utf-8",
    )
    doc = parse_file(path, language=code, analysis=False)
    assert [p.text for p in doc.resolutions[0].preamble] == [received, noting]


DECIDES = {
    "en": "Decides to remain seized of the matter.",
    "fr": "Décide de rester saisie de la question.",
    "es": "Decide seguir ocupándose de la cuestión.",
}
