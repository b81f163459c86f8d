"""Two more wordings that name a resolution's predecessor (#19): its title and another subject
before ", including its resolution ..." ("its previous resolutions on freedom of religion or
belief and on the elimination of all forms of intolerance ..., including its resolution
76/156"), and a lead that recalls one resolution "in particular" ("Recalling in particular its
resolution 76/263 of 10 May 2022,"). Paragraphs written for the test, with the typography of
the UN's texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandata.registry.series import preamble_citations, recalled
from test_series_recalls import _series
from test_series_wordings import _doc, _plain

_RELIGION = {
    "en": "Freedom of religion or belief",
    "fr": "Liberté de religion ou de conviction",
    "es": "Libertad de religión o de creencias",
}


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Recalling further its previous resolutions on freedom of religion or belief and on "
            "the elimination of all forms of intolerance and of discrimination based on religion "
            "or belief, including its resolution 76/156 of 16 December 2021 and Human Rights "
            "Council resolution 49/5 of 31 March 2022,",
        ),
        (
            "fr",
            "Rappelant en outre ses résolutions antérieures sur la liberté de religion ou de "
            "conviction et l’élimination de toutes les formes d’intolérance et de discrimination "
            "fondées sur la religion ou la conviction, y compris sa résolution 76/156 du "
            "16 décembre 2021, ainsi que la résolution 49/5 du Conseil des droits de l’homme,",
        ),
        (
            "es",
            "Recordando además sus resoluciones anteriores relativas a la libertad de religión o "
            "de creencias y a la eliminación de todas las formas de intolerancia y discriminación "
            "fundadas en la religión o las creencias, entre ellas su resolución 76/156, de 16 de "
            "diciembre de 2021, y la resolución 49/5 del Consejo de Derechos Humanos,",
        ),
    ],
)
def test_the_title_and_another_subject_before_including(code: str, text: str) -> None:
    assert recalled(_doc(code, text, _plain("76/156")), _RELIGION[code]) == [("A/RES/76/156", None)]


def test_another_citation_between_the_title_and_including_is_no_subject() -> None:
    """A citation between the title and ", including" is no second subject: the run after it
    is not the title's."""
    text = (
        "Recalling its previous resolutions on freedom of religion or belief and resolution "
        "75/1 of 21 September 2020, including its resolution 76/156 of 16 December 2021,"
    )
    assert ("A/RES/76/156", None) not in recalled(
        _doc("en", text, _plain("75/1", "76/156")), _RELIGION["en"]
    )


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Recalling in particular its resolution 76/263 of 10 May 2022,"),
        ("fr", "Rappelant en particulier sa résolution 76/263 du 10 mai 2022,"),
        ("es", "Recordando en particular su resolución 76/263, de 10 de mayo de 2022,"),
    ],
)
def test_one_resolution_recalled_in_particular_is_alone(code: str, text: str) -> None:
    (one,) = preamble_citations(_doc(code, text, _plain("76/263")))
    assert one.bare and one.alone


def test_a_longer_lead_is_no_resolution_alone() -> None:
    text = "Recalling in particular the adoption of its resolution 76/263 of 10 May 2022,"
    (one,) = preamble_citations(_doc("en", text, _plain("76/263")))
    assert not one.alone


_SPORT = {
    "en": "Building a peaceful and better world through sport and the Olympic ideal",
    "fr": "Édification d’un monde pacifique et meilleur grâce au sport et à l’idéal olympique",
    "es": "Construcción de un mundo pacífico y mejor mediante el deporte y el ideal olímpico",
}


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Recalling its resolution 76/13 of 2 December 2021, in which it decided to include in "
            "the provisional agenda of its seventy-eighth session the sub-item entitled “Building "
            "a peaceful and better world through sport and the Olympic ideal”, and recalling also "
            "its prior decision to consider the sub-item every two years,",
        ),
        (
            "fr",
            "Rappelant sa résolution 76/13 du 2 décembre 2021, dans laquelle elle a décidé "
            "d’inscrire à l’ordre du jour provisoire de sa soixante-dix-huitième session la "
            "question subsidiaire intitulée « Édification d’un monde pacifique et meilleur grâce "
            "au sport et à l’idéal olympique », et rappelant également la décision qu’elle avait "
            "prise antérieurement d’examiner ce point tous les deux ans,",
        ),
        (
            "es",
            "Recordando su resolución 76/13, de 2 de diciembre de 2021, en la que decidió incluir "
            "en el programa provisional de su septuagésimo octavo período de sesiones el subtema "
            "titulado “Construcción de un mundo pacífico y mejor mediante el deporte y el ideal "
            "olímpico”, y recordando también su decisión anterior de examinar ese subtema cada "
            "dos años,",
        ),
    ],
)
def test_one_resolution_recalled_with_the_item_it_ordered_under_the_title(
    code: str, text: str
) -> None:
    """A clause that names the resolution's own title, entire and in quotes, says the cited
    resolution is its predecessor: recalled alone, though not bare of words."""
    (one,) = preamble_citations(_doc(code, text, _plain("76/13")), _SPORT[code])
    assert one.alone
    (untitled,) = preamble_citations(_doc(code, text, _plain("76/13")))
    assert not untitled.alone  # without the title, a clause of its own


def test_a_clause_that_shares_the_title_words_names_another_subject() -> None:
    """ "in which it proclaimed 2022 the International Year of Sustainable Mountain
    Development": 76/129 is no predecessor of "Sustainable mountain development"."""
    text = (
        "Reaffirming its resolution 76/129 of 16 December 2021, in which it proclaimed 2022 the "
        "International Year of Sustainable Mountain Development, on the proposal of the "
        "Government of Kyrgyzstan,"
    )
    (one,) = preamble_citations(
        _doc("en", text, _plain("76/129")), "Sustainable mountain development"
    )
    assert not one.alone


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "Recalling its resolutions 75/36 of 7 December 2020 and 76/231 of 24 December 2021,",
        ),
        (
            "fr",
            "Rappelant ses résolutions 75/36 du 7 décembre 2020 et 76/231 du 24 décembre 2021,",
        ),
        (
            "es",
            "Recordando sus resoluciones 75/36, de 7 de diciembre de 2020, y 76/231, de 24 de "
            "diciembre de 2021,",
        ),
    ],
)
def test_two_resolutions_recalled_together(code: str, text: str) -> None:
    """The later of two resolutions of two sessions a paragraph recalls and nothing else is
    marked with the earlier; a third citation, a subject or one session makes no pair."""
    doc = _doc(code, text, _plain("75/36", "76/231"))
    for r in doc["references"]:  # the dates the reading gives
        r["date"] = "2020-12-07" if r["text"] == "75/36" else "2021-12-24"
    assert [(c.symbol, c.paired) for c in preamble_citations(doc)] == [
        ("A/RES/75/36", None),
        ("A/RES/76/231", "A/RES/75/36"),
    ]


def test_no_pair_with_a_subject_or_of_one_session() -> None:
    for text, cited in (
        (
            "Recalling its resolutions 75/36 of 7 December 2020 on outer space and 76/231 of "
            "24 December 2021,",
            ("75/36", "76/231"),
        ),
        (
            "Recalling its resolutions 76/36 of 7 December 2021 and 76/231 of 24 December 2021,",
            ("76/36", "76/231"),
        ),
    ):
        doc = _doc("en", text, _plain(*cited))
        for r in doc["references"]:
            r["date"] = "2021-12-07"
        assert not any(c.paired for c in preamble_citations(doc)), text


def test_the_later_of_two_recalled_together_is_the_predecessor(tmp_path: Path) -> None:
    """ "Recalling its resolutions 75/36 ... and 76/231 ...," in a resolution of December 2023:
    76/231, two years before, is its predecessor; out of step (March 2022) it is none."""
    pair = "Recalling its resolutions 75/36 of 7 December 2020 and 76/231 of {when},"
    series = _series(
        tmp_path,
        [
            (78, 555, "Space widgets", pair.format(when="24 December 2021")),
            (78, 556, "Sea widgets", pair.replace("76/231", "76/232").format(when="4 March 2022")),
        ],
    )
    assert series == {"Space widgets": ["76/231", "78/555"]}


def test_two_of_another_series_recalled_together(tmp_path: Path) -> None:
    """ "Recalling its resolutions 78/240 ... and 79/60 ...," in the modalities of a meeting
    (80/56), 78/240 held under another title: the two are that series', not the modalities'."""
    series = _series(
        tmp_path,
        [
            (78, 240, "Legacy of widgets", "Recalling the importance of widgets,"),
            (
                80,
                56,
                "Modalities of the widget meeting",
                "Recalling its resolutions 78/240 of 5 December 2023 and 79/60 of 2 December 2024,",
            ),
        ],
    )
    assert "Modalities of the widget meeting" not in series
