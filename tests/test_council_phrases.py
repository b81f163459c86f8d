"""Leading phrases of the Security Council in the six languages (issue 13): the Council is
masculine where the General Assembly is feminine (fr "le Conseil", ar "المجلس"), and has verbs of
its own ("Demanding", "Echoing", "Requires"). Each phrase is read whole, with the action key the
UN's English version of the same paragraph gives. The examples are written for these tests, in
each language's typography (French narrow no-break spaces and « », Chinese full-width
punctuation)."""

from __future__ import annotations

import pytest

from mandata.segment.phrases import leading_phrase


@pytest.mark.parametrize(
    ("code", "text", "phrase", "action"),
    [
        # French: the masculine adjective after "Se déclarant" / "Se déclare" / "Se dit"
        (
            "fr",
            "Se déclarant vivement préoccupé par la détérioration de la situation à « Port\u202fNord »,",
            "Se déclarant vivement préoccupé",
            "express",
        ),
        (
            "fr",
            "Se déclarant de nouveau préoccupé par l’absence de progrès\u202f;",
            "Se déclarant de nouveau préoccupé",
            "reiterate",
        ),
        (
            "fr",
            "Se déclare particulièrement préoccupé par le sort des enfants\u202f;",
            "Se déclare particulièrement préoccupé",
            "express",
        ),
        ("fr", "Se déclare prêt à revoir ces mesures\u202f;", "Se déclare prêt", "express"),
        ("fr", "Se disant préoccupé par les attaques,", "Se disant préoccupé", "express"),
        (
            "fr",
            "S’associant à l’appel lancé par le Secrétaire général,",
            "S’associant",
            "reiterate",
        ),
        ("fr", "Enjoint à toutes les parties de cesser le feu\u202f;", "Enjoint", "demand"),
        (
            "fr",
            "Demande à nouveau aux parties de coopérer\u202f;",
            "Demande à nouveau",
            "reiterate",
        ),
        # Arabic: the Council's verb (masculine) and its own concern (-ه)
        ("ar", "وإذ يكرر الإعراب عن قلقه إزاء العنف،", "وإذ يكرر الإعراب", "reiterate"),
        ("ar", "يعرب عن استعداده لاتخاذ تدابير إضافية؛", "يعرب عن استعداده", "express"),
        (
            "ar",
            "وإذ لا يزال مع ذلك يساوره بالغ القلق إزاء الحالة الإنسانية،",
            "وإذ لا يزال مع ذلك يساوره بالغ القلق",
            "be_concerned",
        ),
        ("ar", "وإذ يشاطر الأمين العام رأيه،", "وإذ يشاطر", "reiterate"),
        # Spanish
        ("es", "Exigiendo que todas las partes respeten el alto el fuego,", "Exigiendo", "demand"),
        ("es", "Requiere que los Estados informen al Comité;", "Requiere", "demand"),
        (
            "es",
            "Haciéndose eco del llamamiento del Secretario General,",
            "Haciéndose eco",
            "reiterate",
        ),
        ("es", "Expresando alarma por el aumento de la violencia,", "Expresando alarma", "express"),
        # English
        ("en", "Demanding that all parties cease hostilities,", "Demanding", "demand"),
        ("en", "Expressing alarm at the rise in attacks,", "Expressing alarm", "express"),
        (
            "en",
            "Expresses its readiness to review the measures;",
            "Expresses its readiness",
            "express",
        ),
        # Russian
        ("ru", "присоединяясь к призыву Генерального секретаря,", "присоединяясь", "reiterate"),
        (
            "ru",
            "выражает особую озабоченность положением детей;",
            "выражает особую озабоченность",
            "express",
        ),
        ("ru", "выражая тревогу в связи с ростом насилия,", "выражая тревогу", "express"),
        # Chinese
        ("zh", "呼应秘书长关于立即停火的呼吁，", "呼应", "reiterate"),
        ("zh", "表示全力支持特别代表的工作；", "表示全力支持", "express"),
        ("zh", "表示愿意审查这些措施；", "表示愿意", "express"),
    ],
)
def test_council_phrases(code: str, text: str, phrase: str, action: str) -> None:
    found = leading_phrase(text, code)
    assert found is not None, text
    assert (found.text, found.action) == (phrase, action)
