"""The registry's search tokenizer (registry/tokens.py): terms of texts and queries in six languages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mandata.registry.tokens import LANGUAGES, Token, query_terms, terms, tokens


def matches(query: str, text: str, language: str | None, query_language: str | None) -> bool:
    """Every query position has one of its alternatives among the text's terms."""
    have = set(terms(text, language))
    groups = query_terms(query, query_language)
    return bool(groups) and all(any(t in have for t in group) for group in groups)


# (language, query, texts with a variant form, an unrelated text)
CASES = [
    (
        "ar",
        "الأمن الجماعي",
        [
            "منظمة معاهدة الأمن الجماعي",
            "التعاون بين الأمم المتحدة ومنظمة معاهدة للأمن الجماعي",
            "تعزيز والأمن الجماعي",
            "يتعلق بالأمن الجماعي في المنطقة",
            "الأَمْنُ الجَمَاعِيُّ",
        ],
        "تقرير الأمين العام عن الميزانية البرنامجية",
    ),
    (
        "zh",
        "集体安全条约组织",
        ["联合国同集体安全条约组织的合作", "集体安全条约组织秘书长"],
        "秘书长关于方案预算的报告",
    ),
    (
        "ru",
        "сотрудничества",
        [
            "сотрудничество между Организацией Объединенных Наций",
            "о сотрудничестве",
            "по СОТРУДНИЧЕСТВУ",
        ],
        "доклад Генерального секретаря о бюджете",
    ),
    (
        "fr",
        "coopération",
        ["la coopération entre", "Coopération", "COOPÉRATION", "des coopérations régionales"],
        "rapport du Secrétaire général sur le budget",
    ),
    (
        "es",
        "cooperación",
        ["Cooperación entre las Naciones Unidas", "las cooperaciones regionales"],
        "informe del Secretario General sobre el presupuesto",
    ),
    (
        "en",
        "peacekeeping",
        ["peacekeeping operations", "Peacekeeping", "PEACEKEEPING"],
        "report of the Secretary-General on the budget",
    ),
]


@pytest.mark.parametrize(("language", "query", "texts", "unrelated"), CASES)
@pytest.mark.parametrize("query_language", ["given", None])
def test_query_finds_variant_forms(
    language: str, query: str, texts: list[str], unrelated: str, query_language: str | None
) -> None:
    qlang = language if query_language == "given" else None
    for text in texts:
        assert matches(query, text, language, qlang), (query, text, qlang)
    assert not matches(query, unrelated, language, qlang)


@pytest.mark.parametrize("language", LANGUAGES)
def test_offsets_are_the_words(language: str) -> None:
    text = {
        "ar": "إن منظمة معاهدة الأمن الجماعي (A/RES/59/50) والأمم المتحدة",
        "en": "The Secretary-General's report on peacekeeping (A/RES/59/50), 1,000 troops",
        "es": "La cooperación entre las Naciones Unidas y la A/RES/59/50",
        "fr": "L'Organisation des Nations Unies et la coopération (A/RES/59/50)",
        "ru": "О сотрудничестве между ООН и ОДКБ, резолюция 59/50",
        "zh": "大会第59/50号决议：联合国同集体安全条约组织的合作",
    }[language]
    found = tokens(text, language)
    assert found
    for t in found:
        assert isinstance(t, Token)
        word = text[t.start : t.end]
        assert word and word == word.strip(), t
    words = {text[t.start : t.end] for t in found}
    assert "A/RES/59/50" in words or language in ("ru", "zh")
    assert "59/50" in words


def test_offsets_per_term() -> None:
    text = "Peacekeeping, coopération: A/RES/59/50"
    got = [(t.term, text[t.start : t.end]) for t in tokens(text, "en")]
    assert ("peacekeep", "Peacekeeping") in got
    assert ("a/res/59/50", "A/RES/59/50") in got
    assert ("59/50", "59/50") in got


def test_arabic_offsets_keep_tashkeel() -> None:
    text = "وَالأَمْنُ الجماعي"
    first = tokens(text, "ar")[0]
    assert first.term == "امن"
    assert text[first.start : first.end] == "وَالأَمْنُ"


def test_chinese_subwords_and_offsets() -> None:
    text = "同集体安全条约组织的合作"
    found = tokens(text, "zh")
    spans = {t.term: text[t.start : t.end] for t in found}
    assert spans["集体安全条约组织"] == "集体安全条约组织"
    assert {"集体", "安全", "条约", "组织"} <= set(spans)
    assert all(spans[k] == k for k in spans)
    assert "的" not in spans  # a stopword
    assert "集" not in spans  # a single character inside a word
    assert query_terms("集体安全条约组织") == [["集体安全条约组织"]]
    assert matches("集体安全", text, "zh", None)
    assert matches("上海合作组织", "上海合作组织成员国", "zh", "zh")
    assert "上海合作组织" in terms("上海合作组织成员国", "zh")


def test_chinese_segmentation_is_jiebas() -> None:
    """Our own route through jieba's dictionary gives jieba's segmentation (no HMM)."""
    from mandata.registry import tokens as search_tokens

    tk = search_tokens._tokenizer()
    for run in [
        "大会第",
        "号决议请秘书长加强联合国安全理事会与上海合作组织之间的维持和平行动",
        "古特雷斯表示欢迎",
        "经济及社会理事会审议了临时议程项目",
        "可持续发展目标和年可持续发展议程",
    ]:
        assert [w for w, _ in search_tokens._han_words(run)] == tk.lcut(run, HMM=False)


def test_russian_yo_and_case() -> None:
    assert terms("Объединённых", "ru") == terms("объединенных", "ru")
    assert matches("сотрудничество", "СОТРУДНИЧЕСТВА", "ru", None)


def test_accents_fold_after_stemming() -> None:
    assert matches("cooperation", "la coopération", "fr", "fr")
    assert matches("securite", "la sécurité", "fr", None)
    assert matches("sécurité", "la sécurité", "fr", None)
    assert matches("cooperacion", "la cooperación", "es", None)


def test_latin_query_without_language_finds_each_language() -> None:
    assert matches("coopération", "la coopération entre", "fr", None)
    assert matches("cooperación", "la cooperación entre", "es", None)
    assert matches("peacekeeping", "peacekeeping operations", "en", None)
    assert matches("operations", "peacekeeping operation", "en", None)


def test_stopwords() -> None:
    assert "the" not in terms("the report of the Secretary-General", "en")
    assert query_terms("the report", "en") == [["report"]]
    assert query_terms("the of") == [["the"], ["of"]]  # only stopwords: kept
    assert query_terms("de la", "fr") == [["de"], ["la"]]
    assert "homm" in terms("droits de l'homme", "fr")
    assert "l" not in terms("droits de l'homme", "fr")
    assert "в" not in terms("в Нью-Йорке", "ru")


def test_arabic_light_stemming() -> None:
    for form in ["الأمن", "للأمن", "والأمن", "بالأمن", "فالأمن", "كالأمن", "وللأمن"]:
        assert terms(form, "ar") == ["امن"], form
    assert terms("الجماعية", "ar") == terms("الجماعي", "ar") == ["جماع"]
    assert terms("أمن", "ar") == terms("إمن", "ar")  # alef forms
    # a bare preposition stays on the stem and gives a second term
    assert matches("لجنة", "اللجنة الخاصة", "ar", "ar")
    assert matches("منظمة", "لمنظمة التعاون", "ar", "ar")
    assert matches("لمنظمة", "منظمة التعاون", "ar", None)
    assert not matches("الأمن", "الأمين العام", "ar", None)


def test_symbols_and_numbers() -> None:
    found = terms("resolution A/RES/59/50 and S/RES/1631 (2005)", "en")
    assert {"a/res/59/50", "59/50", "s/res/1631", "1631", "2005"} <= set(found)
    assert terms("résolution 59/50", "fr")[-1] == "59/50"
    assert matches("59/50", "A/RES/59/50", "en", None)
    assert matches("A/RES/59/50", "see a/res/59/50.", "en", None)
    assert matches("A/C.3/80/L.5", "document A/C.3/80/L.5", "en", None)
    assert "and/or" not in terms("and/or", "en")
    assert terms("1,000", "en") == terms("1\u00a0000", "fr") == terms("1000", "en") == ["1000"]
    assert terms("2,5", "fr") == terms("2.5", "en") == ["2.5"]
    assert terms("٥٩/٥٠", "ar") == ["59/50"]
    assert terms("the 78th session", "en") == ["78", "session"]
    assert terms("第59/50号决议", "zh") == ["第", "59/50", "号", "决议"]


def test_mixed_scripts() -> None:
    text = "United Nations الأمم المتحدة Организация 联合国"
    assert terms(text, "ar") == ["unit", "nation", "امم", "متحد", "организац", "联合国", "联合"]
    assert terms(text, None) == terms(text, "ar")
    latin, arabic = query_terms("nations الأمم")
    assert "nation" in latin and arabic == ["امم"]
    assert terms("Les Nations Unies et la coopération", None) == terms(
        "Les Nations Unies et la coopération", "fr"
    )


def test_unknown_language_is_an_error() -> None:
    with pytest.raises(ValueError):
        terms("text", "de")
    assert terms("", "en") == [] and query_terms("") == []


def test_jieba_is_quiet_and_writes_no_cache(tmp_path: Path) -> None:
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    code = "from mandata.registry.tokens import terms; print(terms('联合国维持和平', 'zh'))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stderr == ""
    assert "维持和平" in done.stdout
    assert list(tmp_path.iterdir()) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from([*LANGUAGES, None]))
def test_tokens_never_raise(text: str, language: str | None) -> None:
    found = tokens(text, language)
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.term and not any(c.isspace() for c in t.term)
    for group in query_terms(text, language):
        assert group and all(group)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("abcéèçñ ’'-/.,0123456789АбвЁё الأمنىةؤئ َُ集体安全条约组织的 ")
        ),
        max_size=120,
    ),
    st.sampled_from([*LANGUAGES, None]),
)
def test_tokens_never_raise_on_script_mixes(text: str, language: str | None) -> None:
    for t in tokens(text, language):
        assert 0 <= t.start < t.end <= len(text)
        assert t.term and not any(c.isspace() for c in t.term)
