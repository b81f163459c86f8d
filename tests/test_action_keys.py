"""Action keys the same in the six versions of a paragraph (#13): near-synonyms that every other
language translates with one phrase are reported under one key, whatever table names them.

The example phrases are written for these tests, in each language's typography.
"""

from __future__ import annotations

import pytest

from mandata import lang
from mandata.lang import LANGUAGES
from mandata.segment.phrases import leading_phrase


@pytest.mark.parametrize(
    ("code", "texts", "key"),
    [
        ("en", ["Emphasizes that", "Underlines the need", "Underscoring the role"], "stress"),
        ("en", ["Highlighting the importance", "Also stresses that"], "stress"),
        ("fr", ["Souligne qu’il importe", "Soulignant également le rôle"], "stress"),
        ("es", ["Pone de relieve que", "Subraya la necesidad", "Destacando el papel"], "stress"),
        ("ru", ["подчеркивает, что", "особо отмечая важность"], "stress"),
        ("en", ["Acknowledges the efforts", "Acknowledging also that"], "recognize"),
        ("es", ["Reconoce los esfuerzos", "Reconociendo también que"], "recognize"),
        ("fr", ["Reconnaît les efforts", "Reconnaissant que"], "recognize"),
        ("ru", ["признает усилия", "признавая также, что"], "recognize"),
    ],
)
def test_near_synonyms_share_a_key(code: str, texts: list[str], key: str) -> None:
    for text in texts:
        found = leading_phrase(text, code)
        assert found is not None and found.action == key, (text, found)


def test_every_folded_pair_is_one_phrase_in_every_other_language() -> None:
    """A key is folded into another only where all five other languages list the two as keys
    they cannot tell apart (their ``EQUIVALENT_ACTIONS``)."""
    folded = lang.get("en").folded_actions
    assert folded
    for key, into in folded.items():
        assert lang.folded_action(into) == into, (key, into)  # one step: no chains
        for code in LANGUAGES:
            if code == "en":
                continue
            groups = lang.get(code).equivalent_actions
            assert any(key in g and into in g for g in groups), (code, key, into)


@pytest.mark.parametrize("code", LANGUAGES)
def test_reported_keys_are_english_keys_that_are_not_folded(code: str) -> None:
    data = lang.get(code)
    english = set(lang.get("en").preambular.values()) | set(lang.get("en").operative.values())
    folded = data.preambular | data.operative
    for phrase in folded:
        found = leading_phrase(f"{phrase} x", code)
        if found is not None and found.key == " ".join(phrase.casefold().split()):
            assert found.action in english and found.action not in lang.get("en").folded_actions


@pytest.mark.parametrize(
    ("code", "text", "key"),
    [
        # "Reiterates its call upon / its request" (reiterate) said "again"
        ("fr", "Demande de nouveau aux États de", "reiterate"),
        ("fr", "Prie de nouveau le Secrétaire général de", "reiterate"),
        ("ru", "вновь просит Генерального секретаря", "reiterate"),
        ("ru", "вновь выражая глубокую обеспокоенность", "reiterate"),
        ("en", "Reiterates its request to the Secretary-General", "reiterate"),
        # the UN's French for "Recognizing"
        ("fr", "Constatant que les efforts", "recognize"),
        ("fr", "Constatant avec inquiétude que", "be_concerned"),
        ("fr", "Engage vivement les États", "urge"),
    ],
)
def test_phrases_as_the_un_translates_them(code: str, text: str, key: str) -> None:
    found = leading_phrase(text, code)
    assert found is not None and found.action == key, (text, found)


def test_french_demande_au_calls_upon() -> None:
    """ "Demande au Secrétaire général de ..." is "Calls upon" (a directive), printed "Demande"."""
    found = leading_phrase("Demande au Secrétaire général de poursuivre", "fr")
    assert found is not None and (found.text, found.action) == ("Demande", "call_upon")


@pytest.mark.parametrize(
    ("code", "text", "key"),
    [
        # "Prend note" takes note of a text and notes what is done (#13)
        (
            "fr",
            "Prend note des travaux que le Comité a menés à sa dernière session et des "
            "recommandations qu’il a formulées\u202f;",
            "note",
        ),
        (
            "fr",
            "Prend note avec satisfaction des efforts que font les petits États insulaires "
            "pour mettre en œuvre le programme «\u00a0Horizon bleu\u00a0»\u202f;",
            "note",
        ),
        (
            "fr",
            "Prenant note également de la contribution qu’apportent les bénévoles à la "
            "réduction des risques de catastrophe,",
            "note",
        ),
        (
            "fr",
            "Prend acte des efforts déployés par les organismes des Nations Unies pour "
            "appliquer le Plan d’action\u202f;",
            "note",
        ),
        ("fr", "Prend note du rapport du Secrétaire général sur la question\u202f;", "take_note"),
        ("fr", "Prend acte du rapport du Comité spécial\u202f;", "take_note"),
        ("fr", "Prenant note de la déclaration adoptée à Genève le 3 mars 2023,", "take_note"),
        # "Demande au" a unit of the Secretariat requests; a State is called upon
        (
            "fr",
            "Demande au Département de la communication globale de continuer à faire "
            "connaître la Journée\u202f;",
            "request",
        ),
        ("fr", "Demande aux États Membres de verser des contributions\u202f;", "call_upon"),
        # "Prie les États" calls upon them, "Prie le Secrétaire général" requests
        (
            "fr",
            "Prie les États qui ne l’ont pas encore fait d’envisager de ratifier la "
            "Convention\u202f;",
            "call_upon",
        ),
        ("fr", "Prie le Secrétaire général de lui présenter un rapport\u202f;", "request"),
        # "Constatant"/"Constate" with a manner word: "Expressing concern", "Notes with"
        (
            "fr",
            "Constatant avec préoccupation que les ressources du Fonds ont diminué,",
            "express",
        ),
        ("fr", "Constate avec satisfaction que le Centre a repris ses activités\u202f;", "note"),
        ("fr", "Constatant que les efforts déployés ont porté leurs fruits,", "recognize"),
        # French phrases of the UN's texts the tables lacked
        ("fr", "Demeurant profondément préoccupée par la situation humanitaire,", "be_concerned"),
        ("fr", "Espère que les négociations aboutiront en 2025\u202f;", "express"),
        # Russian phrases of the UN's texts the tables lacked
        (
            "ru",
            "убедительно рекомендует государствам-членам укреплять сотрудничество;",
            "encourage",
        ),
        ("ru", "вновь указывает, что «зеленая» экономика требует инвестиций;", "reiterate"),
        ("ru", "придает особое значение равному отношению ко всем языкам;", "stress"),
        ("ru", "с растущей обеспокоенностью отмечает, что число беженцев растет;", "note"),
        (
            "ru",
            "испытывая серьезную обеспокоенность в связи с последствиями засухи,",
            "be_concerned",
        ),
    ],
)
def test_actions_told_apart_by_what_follows(code: str, text: str, key: str) -> None:
    found = leading_phrase(text, code)
    assert found is not None and found.action == key, (text, found)
