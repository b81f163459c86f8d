"""The evaluation of the text parser against the UN's XML (scripts/eval_unxml.py) and its printer
(scripts/unxml_print.py), on our own small AKN4UN documents: what is printed, how a document is
scored, and that a parser crash costs one document and not the run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree

import unxml_samples
from conftest import ROOT, load_script

sys_path = str(ROOT / "scripts")


@pytest.fixture(scope="module")
def ev() -> Any:
    import sys

    sys.path.insert(0, sys_path)
    return load_script("eval_unxml")


@pytest.fixture(scope="module")
def printer() -> Any:
    return load_script("unxml_print")


def _root(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def test_the_printer_prints_the_cover_page_paragraphs_and_footnotes(printer: Any) -> None:
    style = printer.Style(40, True, 20, False, False, False, "")
    text = printer.print_document(_root(unxml_samples.chinese()), "zh", style)
    lines = text.splitlines()
    for line in (
        "联合国",
        "A/RES/78/999",
        "大会",
        "Distr.: General",
        "第七十八届会议",
        "议程项目11",
    ):
        assert line in lines
    assert "__________________" in lines and "1 第70/1号决议。" in lines
    assert "《2030年可持续发展议程》1 确认" in text.replace("\n", "")
    assert any(line.startswith("1.\t敦促") for line in lines)
    assert lines.index("第38次全体会议") < lines.index("2023年11月21日")
    assert all(len(line) <= 40 for line in lines)


def test_the_printer_pages_with_running_heads(printer: Any) -> None:
    style = printer.Style(60, False, 12, True, True, True, "  ")
    text = printer.print_document(_root(unxml_samples.arabic()), "ar", style)
    assert "الأمم المتحدة   A/RES/78/999" in text  # organ and symbol on one line
    assert "\f" in text and "2/2" in text
    assert "2005(1)،" in text  # the Arabic call in its brackets, no space inside them
    assert "(1) القرار 60/1." in text.splitlines()


def test_styles_are_chosen_from_the_seed(printer: Any) -> None:
    assert printer.style_for("A_RES_78_10-2323443E.xml", "en") == printer.style_for(
        "A_RES_78_10-2323443E.xml", "en"
    )
    styles = {printer.style_for(f"A_RES_78_{k}.xml", "en") for k in range(40)}
    assert len({s.width for s in styles}) > 2 and len({s.blank for s in styles}) == 2


def test_a_document_is_evaluated(ev: Any, tmp_path: Path) -> None:
    path = tmp_path / "zh" / "A_RES_78_999-2323443C.xml"
    path.parent.mkdir()
    path.write_bytes(unxml_samples.chinese())
    result = ev.evaluate(str(path), "ga/78", "zh")
    assert "error" not in result, result.get("traceback")
    markup = result["markup"]
    assert [p["phrase"] for p in markup["paragraphs"]] == ["回顾", "又回顾", "敦促", "决定"]
    assert markup["refs"] == ["A/RES/70/1", "A/RES/76/13"]
    assert len(result["pairs"]) == 4
    assert result["parsed"]["masthead"]["session"] == 78


def test_a_parser_crash_costs_one_document(ev: Any, tmp_path: Path, monkeypatch: Any) -> None:
    good = tmp_path / "ar" / "A_RES_78_999-2323443A.xml"
    good.parent.mkdir()
    good.write_bytes(unxml_samples.arabic())
    bad = tmp_path / "ar" / "A_RES_78_998-2323443A.xml"
    bad.write_bytes(unxml_samples.arabic().replace(b"78/999", b"78/998"))
    real = ev.parse_raw

    def crash(raw: Any, **kwargs: Any) -> Any:
        if "78/998" in raw.text:
            raise KeyError("accueillant")
        return real(raw, **kwargs)

    monkeypatch.setattr(ev, "parse_raw", crash)
    results = ev.run([(str(good), "ga/78", "ar"), (str(bad), "ga/78", "ar")], workers=1)
    assert "error" not in results[0]
    assert results[1]["error"] == "KeyError: 'accueillant'"
    tally = ev.score(results)
    assert tally.total["GA 78", "documents", "ar"] == 2
    assert (
        tally.total["GA 78", "parser failures", "ar"] - tally.ok["GA 78", "parser failures", "ar"]
        == 1
    )
    assert "| parser failures | 1 |" in ev.table(tally, "GA 78", ["ar"])


def _result(lang: str, refs: list[str], parsed_refs: list[str]) -> dict[str, Any]:
    para: dict[str, Any] = {
        "id": "op1",
        "kind": "operative",
        "start": "Decides",
        "phrase": "Decides",
    }
    para |= {"action": "decide", "mandates": []}
    summary: dict[str, Any] = {"symbol": "A/RES/78/999", "parts": [None], "resolutions": 1}
    summary |= {"paragraphs": [para], "resolution_refs": refs}
    masthead = {
        "date": "2023-11-27",
        "session": 78,
        "adopted": None,
        "agenda_items": [],
        "drafts": [],
    }
    return {
        "file": f"x{lang}.xml",
        "collection": "ga/78",
        "lang": lang,
        "markup": {**summary, "refs": refs, "masthead": masthead},
        "parsed": {**summary, "refs": parsed_refs, "masthead": masthead},
        "pairs": [0],
    }


def test_a_citation_is_spurious_only_when_no_version_links_it(ev: Any) -> None:
    english = _result("en", ["A/RES/70/1"], ["A/RES/70/1"])
    french = _result("fr", ["A/RES/70/1", "S/PRST/2019/12"], ["S/PRST/2019/12"])
    chinese = _result("zh", [], ["S/PRST/2019/12", "A/RES/5/1"])
    tally = ev.score([english, french, chinese])
    metric = "citations not spurious"
    assert (tally.ok["GA 78", metric, "zh"], tally.total["GA 78", metric, "zh"]) == (1, 2)
    assert tally.ok["GA 78", "cited documents found", "fr"] == 1
    assert tally.ok["GA 78", "action as the English", "zh"] == 1


def test_a_phrase_is_compared_as_the_parser_reads_characters(ev: Any) -> None:
    # the markup keeps the shadda, the tanween and a tatweel that the parser folds away
    assert ev._same_phrase("وإذ تسلّم أيضاً", "وإذ تسلم أيضا")
    assert ev._same_phrase("تقــرر", "تقرر")
    assert not ev._same_phrase("وإذ تسلّم أيضاً", "وإذ تسلم")
    assert ev._same_phrase("Recalling also,", "recalling also")


def test_the_council_style_row_takes_the_emphasized_verb_opening_ours(ev: Any) -> None:
    # the Council's print emphasizes the verb alone: "*Reaffirming* its strong commitment"
    assert ev._verb_opening("Reaffirming", "Reaffirming its strong commitment", "en")
    assert ev._verb_opening("Calls", "Calls upon", "en")
    assert ev._verb_opening("ссылаясь", "ссылаясь, в частности", "ru")
    assert ev._verb_opening("表示", "表示严重关切的是", "zh")
    # a word cut short, more than three words added, another phrase, none
    assert not ev._verb_opening("Reaff", "Reaffirming", "en")
    assert not ev._verb_opening("Condemning", "Condemning in the strongest terms", "en")
    assert not ev._verb_opening("Noting", "Recalling", "en")
    assert not ev._verb_opening("Noting", None, "en")
    assert not ev._verb_opening("表示", "表示支持并致力于实现", "zh")


def _with_operatives(lang: str, markup: int, parsed: int) -> dict[str, Any]:
    result = _result(lang, [], [])
    para = result["markup"]["paragraphs"][0]
    result["markup"] = {**result["markup"], "paragraphs": [para] * markup}
    result["parsed"] = {**result["parsed"], "paragraphs": [para] * parsed}
    result["pairs"] = [k if k < parsed else -1 for k in range(markup)]
    return result


def test_a_markup_count_the_other_languages_contradict_is_set_aside(ev: Any) -> None:
    """The Arabic markup numbers a heading as a paragraph (3 where the five others have 2): the
    plain row counts the parse of 2 as a miss, the set-aside row as a match and names the markup
    error; a markup with one dissenting language only is still the yardstick."""
    others = [_with_operatives(code, 2, 2) for code in ("en", "es", "fr", "ru", "zh")]
    tally = ev.score([_with_operatives("ar", 3, 2), *others])
    plain, aside = "operative count equal", "operative count equal, markup errors set aside"
    assert (tally.ok["GA 78", plain, "ar"], tally.total["GA 78", plain, "ar"]) == (0, 1)
    assert (tally.ok["GA 78", aside, "ar"], tally.total["GA 78", aside, "ar"]) == (1, 1)
    assert tally.total["GA 78", "operative markup contradicted by the others", "ar"] == 1
    split = [_with_operatives(c, n, n) for c, n in (("en", 2), ("es", 2), ("fr", 3), ("ru", 3))]
    tally = ev.score([_with_operatives("ar", 3, 2), *split])
    assert (tally.ok["GA 78", aside, "ar"], tally.total["GA 78", aside, "ar"]) == (0, 1)


def _numbered(lang: str, numbers: list[str | None], parsed: int) -> dict[str, Any]:
    result = _result(lang, [], [])
    para = result["markup"]["paragraphs"][0]
    paragraphs = [{**para, "id": f"op{k}", "number": n} for k, n in enumerate(numbers)]
    result["markup"] = {**result["markup"], "paragraphs": paragraphs}
    result["parsed"] = {**result["parsed"], "paragraphs": [para] * parsed}
    result["pairs"] = [k if k < parsed else -1 for k in range(len(numbers))]
    return result


def test_an_unnumbered_part_of_a_numbered_paragraph_is_not_counted(ev: Any) -> None:
    """The markup of 77/328 sets the schedule lines after paragraph 3's "as follows:" apart,
    without numbers, before paragraph 4 (and after the last one): the printed page has 4
    paragraphs. An unnumbered paragraph where the numbers jump (a paragraph whose number the
    markup lost) and a resolution numbered "(a)", "(b)" are left as the markup has them."""
    schedule = ["1.", "2.", "3.", None, None, "4.", None]
    versions = [_numbered(code, schedule, 4) for code in ("en", "es", "fr", "ru", "zh", "ar")]
    tally = ev.score(versions)
    aside = "operative count equal, markup errors set aside"
    assert (tally.ok["GA 78", aside, "fr"], tally.total["GA 78", aside, "fr"]) == (1, 1)
    assert tally.total["GA 78", "operative parts the markup sets apart unnumbered", "fr"] == 1
    assert (tally.ok["GA 78", "operative count equal", "fr"]) == 0
    lost = [_numbered(code, ["1.", None, "3."], 2) for code in ("en", "es", "fr")]
    assert ev.score(lost).ok["GA 78", aside, "fr"] == 0
    lettered = [_numbered(code, ["(a)", None, "(b)"], 2) for code in ("en", "es", "fr")]
    assert ev.score(lettered).ok["GA 78", aside, "fr"] == 0


def test_a_preambular_paragraph_the_markup_marks_operative_is_counted_preambular(ev: Any) -> None:
    """The English and Spanish markups of 78/127 mark "Aiming to further strengthen links ...,"
    operative, without a number, over "1. Decides ...": it ends with a comma, as a preambular
    paragraph does. "Resolves that:" over paragraph 1 stays operative."""
    aiming = _numbered("en", [None, "1.", "2."], 2)
    aiming["markup"]["paragraphs"][0] |= {"end": "are facing,"}
    aiming["parsed"]["paragraphs"] = [
        {**aiming["parsed"]["paragraphs"][0], "kind": "preambular"},
        *aiming["parsed"]["paragraphs"][:2],
    ]
    tally = ev.score([aiming])
    for kind in ("operative", "preambular"):
        metric = f"{kind} count equal, markup errors set aside"
        assert (tally.ok["GA 78", metric, "en"], tally.total["GA 78", metric, "en"]) == (1, 1)
    assert tally.total["GA 78", "preambular paragraphs the markup marks operative", "en"] == 1
    resolves = _numbered("en", [None, "1.", "2."], 3)
    resolves["markup"]["paragraphs"][0] |= {"end": "Resolves that:"}
    tally = ev.score([resolves])
    assert tally.ok["GA 78", "operative count equal, markup errors set aside", "en"] == 1


def test_a_quoted_number_and_a_later_label_are_parts_of_a_paragraph(ev: Any) -> None:
    """78/248: the markup numbers the quoted "4. In hearing an application ..." between
    paragraphs 14 and 15, after "Article 9, new paragraph 4:" unnumbered: 16 paragraphs on the
    page. 77/128 A: "(e) To aim at ..." numbered after "Urges ...", whose items (a) to (d) the
    markup keeps; 77/276: the question to the Court under "Decides ... questions:". A decision
    numbered "(a)", "(b)" keeps its count."""
    aside = "operative count equal, markup errors set aside"
    numbers = [str(k) for k in range(1, 15)] + [None, "4.", "15", "16"]
    tally = ev.score([_numbered("en", numbers, 16)])
    assert tally.ok["GA 78", aside, "en"] == 1
    tally = ev.score([_numbered("en", [None, "(e)"], 1)])
    assert tally.ok["GA 78", aside, "en"] == 1
    court = _numbered("en", [None, None, "(b)"], 1)
    court["markup"]["paragraphs"][0] |= {"end": "questions:"}
    assert ev.score([court]).ok["GA 78", aside, "en"] == 1
    decision = _numbered("en", ["(a)", "(b)", "(c)"], 3)
    assert ev.score([decision]).ok["GA 78", aside, "en"] == 1


def test_sections_numbered_anew_are_no_parts(ev: Any) -> None:
    """77/263 B numbers the paragraphs of each section from 1: 1 to 17, 1 to 3, 1 to 5."""
    numbers: list[str | None] = [str(k) for k in [*range(1, 18), 1, 2, 3, 1, 2, 3, 4, 5]]
    tally = ev.score([_numbered("en", numbers, 25)])
    assert tally.ok["GA 78", "operative count equal, markup errors set aside", "en"] == 1
    assert tally.total["GA 78", "operative parts the markup sets apart unnumbered", "en"] == 0
