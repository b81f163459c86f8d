"""A paragraph a line, one of them without its final comma (issue 13): a line wider than a page
is a whole paragraph, so the next line that opens with a leading phrase starts the next one.

Written for this test in each language's typography; none is copied from the corpus.
"""

from __future__ import annotations

import pytest

from mandata.parse import parse_raw
from mandata.read import RawText

# The enacting formula, then the preambular paragraphs, a paragraph a line (each wider than a
# page prints), the second without its final comma; then one operative paragraph.
DOCS: dict[str, tuple[str, list[str], str]] = {
    "en": (
        "The General Assembly,",
        [
            "Recalling its resolution 70/1 of 25 September 2015, entitled “Transforming our "
            "world: the 2030 Agenda for Sustainable Development”, and its earlier resolutions on "
            "the financing of the operations of the Organization in the field of peace,",
            "Reaffirming the general principles underlying the financing of the operations set "
            "out in its resolutions 1874 (S-IV) of 27 June 1963, 3101 (XXVIII) of 11 December "
            "1973, 55/235 of 23 December 2000 and 55/236 of 23 December 2000",
            "Noting with appreciation the voluntary contributions made to the operations by "
            "certain Governments, and mindful that the contributions have not been sufficient to "
            "cover all the costs of the operations in the field,",
        ],
        "1. Requests the Secretary-General to report to it at its seventy-ninth session on the "
        "implementation of the present resolution.",
    ),
    "fr": (
        "L’Assemblée générale,",
        [
            "Rappelant sa résolution 70/1 du 25 septembre 2015, intitulée « Transformer notre "
            "monde : le Programme de développement durable à l’horizon 2030 », et ses résolutions "
            "antérieures sur le financement des opérations de l’Organisation,",
            "Réaffirmant les principes généraux régissant le financement des opérations, énoncés "
            "dans ses résolutions 1874 (S-IV) du 27 juin 1963, 3101 (XXVIII) du 11 décembre 1973 "
            "et 55/235 et 55/236 du 23 décembre 2000",
            "Notant avec satisfaction les contributions volontaires versées aux opérations par "
            "certains gouvernements, et consciente que ces contributions ne suffisent pas à "
            "couvrir toutes les dépenses des opérations sur le terrain,",
        ],
        "1. Prie le Secrétaire général de lui présenter à sa soixante-dix-neuvième session un "
        "rapport sur l’application de la présente résolution.",
    ),
    "ar": (
        "إن الجمعية العامة،",
        [
            "إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015 المعنون ”تحويل عالمنا: خطة "
            "التنمية المستدامة لعام 2030“، وإلى قراراتها السابقة المتعلقة بتمويل عمليات المنظمة "
            "في ميدان السلام والأمن الدوليين وبالتقارير التي قدمها الأمين العام عن هذه المسألة،",
            "وإذ تعيد تأكيد المبادئ العامة التي يستند إليها تمويل العمليات، حسبما نصت عليه "
            "قراراتها 1874 (دإ-4) المؤرخ 27 حزيران/يونيه 1963 و 3101 (د-28) المؤرخ 11 كانون "
            "الأول/ديسمبر 1973 و 55/235 المؤرخ 23 كانون الأول/ديسمبر 2000",
            "وإذ تلاحظ مع التقدير التبرعات التي قدمتها حكومات معينة إلى العمليات، وإذ تضع في "
            "اعتبارها أن هذه التبرعات لم تكف لتغطية كل تكاليف العمليات في الميدان وفي المقر "
            "وفي المراكز الإقليمية والمكاتب القطرية التابعة للمنظمة،",
        ],
        "1 - تطلب إلى الأمين العام أن يقدم إليها في دورتها التاسعة والسبعين تقريرا عن تنفيذ "
        "هذا القرار.",
    ),
}


@pytest.mark.parametrize("code", sorted(DOCS))
def test_a_line_without_its_comma_ends_its_paragraph(code: str) -> None:
    """The paragraph after one that lost its final comma is a paragraph of its own."""
    formula, preamble, operative = DOCS[code]
    assert all(len(line) > 200 for line in preamble)  # each wider than a page prints
    text = "\n".join([formula, *preamble, operative]) + "\n"
    doc = parse_raw(RawText(text, "text", "utf-8", None), language=code, analysis=False)
    assert len(doc.resolutions) == 1
    res = doc.resolutions[0]
    assert (len(res.preamble), len(res.operative)) == (3, 1)
