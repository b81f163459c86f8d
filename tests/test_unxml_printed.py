"""The UN XML's citation links against the numbers they print (#19): a link that names another
resolution than its printed number (the markup copied an older year's link), or that points to a
file named by its symbol, cites the printed one. Links written for the test."""

from __future__ import annotations

import pytest

from mandata.export.akn_un import cited, printed_href

OLD = "https://undocs.org/{code}/A/RES/75/501"


@pytest.mark.parametrize(
    ("code", "after"),
    [
        ("en", " of 16 December 2021 and Human Rights Council resolution"),
        ("fr", " du 16 décembre 2021 et la résolution"),
        ("ru", " от 16 декабря 2021 года и резолюцию"),
        ("zh", "号决议和人权理事会"),
    ],
)
def test_a_link_to_another_resolution_cites_the_printed_one(code: str, after: str) -> None:
    href = printed_href(OLD.format(code=code), "76/502", after)
    assert cited(href, after) == [("ga_resolution", "A/RES/76/502")], code


def test_a_link_to_a_file_named_by_its_symbol() -> None:
    href = "https://digitallibrary.un.org/record/1/files/A_RES_75_503-EN.pdf?ln=en"
    assert cited(printed_href(href, "75/503", " of 23 July 2021")) == [
        ("ga_resolution", "A/RES/75/503")
    ]
    # a file of another number, or a number no link of this form ever prints: the link as it is
    assert printed_href(href, "75/504", " of 23 July 2021") == href
    assert printed_href(OLD.format(code="ar"), "1/70", ".") == OLD.format(code="ar")


@pytest.mark.parametrize(
    ("text", "after"),
    [("75/5", ""), ("5/501", " of 5 December 2020"), ("75/50", "1 of 5 December 2020")],
)
def test_a_link_over_part_of_its_number_keeps_its_target(text: str, after: str) -> None:
    """The link's words within the printed number ("75/5</a><span>01", "7<a>5/501</a>"), or
    followed by its last digits: the link's target stands."""
    assert printed_href(OLD.format(code="en"), text, after) == OLD.format(code="en")
