"""Mandates as the English reads them where French and Chinese word an ask otherwise (issue 13):
an aside between a verb and its object ("demande en outre au Bureau de ..."), a call for
something that asks no one ("demande à ce propos que ..."), an addressee named before its verb
("..., qu’elle invite à ..."); the Chinese "同时" (while ...ing) and the items of a list that a
leading ask opens. Sentences written for these tests."""

from __future__ import annotations

import pytest

from mandata.analyze.paragraph import analyze_paragraph

NBSP = "\u00a0"


def _directives(text: str, code: str) -> list[str | None]:
    facts = analyze_paragraph(text, code, 79, "operative")
    return [m.action for m in facts.mandates if m.type == "directive"]


# French: one ask each, or none, as the English versions would give
FRENCH = [
    # an additive between the verb and its addressee (and further requests the Office)
    (
        f"Se félicite des progrès accomplis par le Bureau, et demande en outre au Bureau de "
        f"poursuivre ses consultations avec les États Membres{NBSP};",
        1,
    ),
    # an aside before the addressee (calls upon coastal States in particular)
    (
        f"Demande en particulier aux États côtiers de renforcer leur coopération en matière de "
        f"recherche scientifique marine{NBSP};",
        1,
    ),
    (
        f"Prend acte des travaux du Groupe de travail, et demande, à ce propos, aux États qui "
        f"ne l’ont pas encore fait de lui communiquer leurs vues{NBSP};",
        1,
    ),
    # "demande à ce propos que ...": calls for something, no one asked
    (
        f"Souligne l’importance du dialogue entre les régions, et demande à ce propos que les "
        f"échanges d’experts soient intensifiés{NBSP};",
        0,
    ),
    # ... unless the addressee stands before the verb (and calls upon them in this regard)
    (
        f"Remercie les organisations régionales de leur concours, et leur demande à cet égard "
        f"de poursuivre leurs efforts{NBSP};",
        1,
    ),
    # the addressee named before the verb, in a relative clause (and invites them to)
    (
        f"Salue l’action des commissions régionales, qu’elle invite à renforcer leur "
        f"coopération avec les banques de développement{NBSP};",
        1,
    ),
    # "Recommande ... à l’attention des gouvernements": Commends ... to the attention of
    (
        f"Recommande une nouvelle fois les principes sur la responsabilité des États à "
        f"l’attention des gouvernements{NBSP};",
        0,
    ),
    # "Demande que des contributions volontaires soient versées": Invites voluntary contributions
    (
        f"Demande que des contributions volontaires soient versées au fonds d’affectation "
        f"spéciale pour le programme «{NBSP}Océans et littoraux{NBSP}»{NBSP};",
        1,
    ),
]


@pytest.mark.parametrize(("text", "asks"), FRENCH)
def test_french_asks_as_the_english(text: str, asks: int) -> None:
    assert len(_directives(text, "fr")) == asks


def test_french_commends_to_the_attention() -> None:
    facts = analyze_paragraph(FRENCH[6][0], "fr", 79, "operative")
    assert facts.action == "commend"


CHINESE = [
    # "，同时促请各国…": while urging States (an aside of the recognition)
    ("确认区域合作对减少灾害风险十分重要，同时促请各国加强预警信息的交流；", 0),
    # the items of a list the leading ask opens: "(a) To encourage ..." in English
    ("促请各会员国： 加强国家统计能力； 鼓励私营部门参与可持续旅游业的发展；", 1),
    # a colon within a title opens no list: the second ask stands
    ("注意到《2030年城市展望：包容的城市》报告，并促请各国加强城市规划方面的合作；", 1),
    # a list after a leading phrase that asks no one: its items may ask ("(b) Calls upon")
    ("表示严重关切： 冲突地区平民的处境日益恶化； 促请各方保护平民；", 1),
    # the items of a decision are its own verbs: "Decides: (a) To invite ...", no ask
    ("还决定： 在日内瓦举行一次高级别会议； 邀请各国派出高级别代表出席；", 0),
]


@pytest.mark.parametrize(("text", "asks"), CHINESE)
def test_chinese_asks_as_the_english(text: str, asks: int) -> None:
    assert len(_directives(text, "zh")) == asks


def test_russian_commends_to_the_attention() -> None:
    """ "предлагает вниманию правительств ..." is "Commends ... to the attention of
    Governments", not "Invites": nothing asked."""
    text = "предлагает вниманию правительств принципы о защите подводных культурных ценностей;"
    facts = analyze_paragraph(text, "ru", 79, "operative")
    assert (facts.action, _directives(text, "ru")) == ("commend", [])
