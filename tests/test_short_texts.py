"""Short texts compare as one paragraph each (issue #12, item 5).

A text with no document's structure (a sentence, a translator's segment) parses as paragraphs in
every language, each of the kind its text gives (a number, a leading phrase, else its final
punctuation: a Chinese preambular paragraph puts its verb last and ends with "，"), never as
nothing; ``mandata compare --segments FILE.tsv|FILE.tmx`` compares every row of aligned segments.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from conftest import load_script
from mandata.cli import main
from mandata.compare import compare_documents
from mandata.parse import parse_file, parse_raw
from mandata.read import RawText

LANGS = ("ar", "en", "es", "fr", "ru", "zh")
# One preambular paragraph in six languages, written for these tests; none opens with a phrase
# the tables know, so the kind is read from the final comma.
MET = {
    "ar": "وقد اجتمع في سنداي، اليابان، في الفترة من ١٤ إلى ١٨ آذار/مارس ٢٠١٥ بدعوة من حكومة اليابان،",
    "en": "Having met in Sendai, Japan, from 14 to 18 March 2015, at the invitation of the "
    "Government of Japan,",
    "es": "Habiéndose reunido en Sendai (Japón) del 14 al 18 de marzo de 2015, por invitación del "
    "Gobierno del Japón,",
    "fr": "Réunie à Sendai (Japon) du 14 au 18 mars 2015, à l’invitation du Gouvernement japonais,",
    "ru": "собравшись в Сендае, Япония, 14–18 марта 2015 года по приглашению правительства Японии,",
    "zh": "应日本政府邀请于2015年3月14日至18日在日本仙台举行会议，",
}
DECIDES = {
    "ar": "تقرر عقد المؤتمر العالمي الرابع للحد من مخاطر الكوارث في عام ٢٠٣٠؛",
    "en": "Decides to convene the fourth World Conference on Disaster Risk Reduction in 2030;",
    "es": "Decide convocar la cuarta Conferencia Mundial sobre la Reducción del Riesgo de "
    "Desastres en 2030;",
    "fr": "Décide de convoquer la quatrième Conférence mondiale sur la réduction des risques de "
    "catastrophe en 2030 ;",
    "ru": "постановляет созвать четвертую Всемирную конференцию по уменьшению опасности "
    "бедствий в 2030 году;",
    "zh": "决定于2030年召开第四次世界减少灾害风险大会；",
}


def parse_line(text: str, code: str) -> list[tuple[str, list[str]]]:
    doc = parse_raw(RawText(text + "\n", "text", "utf-8", None), language=code)
    return [(p.kind, p.dates) for p in doc.all_paragraphs()]


@pytest.mark.parametrize("code", LANGS)
def test_a_sentence_is_one_paragraph_of_the_kind_its_text_gives(code: str) -> None:
    assert parse_line(MET[code], code) == [("preambular", ["2015-03-18"])]
    doc = parse_raw(RawText(DECIDES[code] + "\n", "text", "utf-8", None), language=code)
    [para] = doc.all_paragraphs()
    assert (para.kind, para.action, para.id) == ("operative", "decide", "p1")
    assert doc.title is None  # no longer taken for a title


def test_a_numbered_line_is_operative_and_prose_is_body() -> None:
    assert parse_line("3. Takes note of the report of the Secretary-General.", "en")[0][0] == (
        "operative"
    )
    assert parse_line("The meeting rose at 1 p.m.", "en") == [("body", [])]


def test_six_one_sentence_files_compare_clean(tmp_path: Path) -> None:
    docs = []
    for code in LANGS:
        path = tmp_path / f"met-{code}.txt"
        path.write_text(MET[code] + "\n", "utf-8")
        docs.append(parse_file(path))
    result = compare_documents(docs)
    assert result.differences == []
    assert [p.aligned for p in result.pairs] == [1] * 5


def test_one_paragraph_each_is_paired_even_when_their_kinds_differ() -> None:
    en = parse_raw(RawText("Welcoming the report,\n", "text", "utf-8", None), language="en")
    fr = parse_raw(RawText("Le rapport est accueilli.\n", "text", "utf-8", None), language="fr")
    assert en.all_paragraphs()[0].kind != fr.all_paragraphs()[0].kind
    result = compare_documents([en, fr])
    assert [d.kind for d in result.differences] == []  # no missing_paragraph on either side


def test_six_way_rows_as_files_compare_like_the_evaluation(corpus: Path, tmp_path: Path) -> None:
    """The first 60 rows of the UN Parallel Corpus six-way sentences, each language in a file
    tagged by its name: every row the evaluation finds clean compares clean, one paragraph a
    version."""
    script = load_script("eval_compare")
    data = script.rows(corpus / "multi" / "unpc-dev" / "sentences.6way.tsv")[:60]
    found = script.differences(data)
    clean = [i for i in range(len(data)) if not any(row == i for row, _ in found)]
    assert len(clean) >= 50
    for i in clean:
        docs = []
        for code in LANGS:
            path = tmp_path / f"row{i}-{code.upper()}.txt"
            path.write_text(data[i][code] + "\n", "utf-8")
            docs.append(parse_file(path))
        assert [len(d.all_paragraphs()) for d in docs] == [1] * 6, i
        assert compare_documents(docs).differences == [], i


# --- compare --segments ------------------------------------------------------------------------


def test_segments_of_the_six_way_corpus_differ_where_the_evaluation_does(
    corpus: Path, tmp_path: Path
) -> None:
    """The first 300 rows of the six-way sentences, and the rows one version of which is a
    bullet ("* ...", which the reader takes for a note), as a TSV: the rows ``--segments``
    reports are the rows the evaluation reports (each read by a person,
    tests/data/sixway_reviewed.tsv)."""
    source = corpus / "multi" / "unpc-dev" / "sentences.6way.tsv"
    lines = source.read_text("utf-8").splitlines()
    bullets = [ln for ln in lines[301:] if any(c.startswith("*") for c in ln.split("\t")[1:])]
    assert len(bullets) >= 5
    path = tmp_path / "sixway.tsv"
    path.write_text("\n".join(lines[:301] + bullets) + "\n", "utf-8")
    script = load_script("eval_compare")
    expected = sorted({row + 1 for row, _ in script.differences(script.rows(path))})
    result = invoke(["compare", "--segments", str(path), "--json"])
    rows = json.loads(result.stdout)["rows"]
    assert len(rows) == 300 + len(bullets)
    assert [r["row"] for r in rows if r["differences"]] == expected
    assert all(s["aligned"] == 1 for r in rows for s in r["summary"])


def invoke(args: list[str]) -> Result:
    return CliRunner().invoke(main, args)


def _tsv(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / "segments.tsv"
    lines = ["id\tEN\tfr-FR\tzh_CN\tnote"]
    lines += [f"{r['id']}\t{r['en']}\t{r['fr']}\t{r['zh']}\tignored" for r in rows]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_segments_tsv_compares_each_row(tmp_path: Path) -> None:
    rows = [
        {"id": "s1", **{c: MET[c] for c in ("en", "fr", "zh")}},
        {"id": "s2", **{c: DECIDES[c] for c in ("en", "fr", "zh")}},
        {"id": "s3", "en": DECIDES["en"], "fr": DECIDES["fr"].replace("2030", "2035"), "zh": ""},
    ]
    path = _tsv(tmp_path, rows)
    result = invoke(["compare", "--segments", str(path)])
    assert result.exit_code == 1, result.output
    out = result.stdout.splitlines()
    assert out[0] == "row 3 (s3): reference version en"
    assert any("high   number" in line and "2035" in line for line in out)
    assert out[-1].startswith("3 rows compared, 1 with differences, 1 of high severity")
    data = json.loads(invoke(["compare", "--segments", str(path), "--json"]).stdout)
    assert [(r["row"], r["id"], r["languages"]) for r in data["rows"]] == [
        (1, "s1", ["en", "fr", "zh"]),
        (2, "s2", ["en", "fr", "zh"]),
        (3, "s3", ["en", "fr"]),
    ]
    assert [len(r["differences"]) for r in data["rows"]] == [0, 0, 1]


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx [<!ENTITY lol "lollollollollollollollollollol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<tmx version="1.4"><header srclang="en-US" datatype="plaintext" segtype="sentence"
  adminlang="en" creationtool="test" creationtoolversion="1" o-tmf="none"/>
<body>
<tu tuid="met"><tuv xml:lang="en-US"><seg>{en}</seg></tuv>
  <tuv xml:lang="ZH-CN"><seg>{zh}</seg></tuv>
  <tuv xml:lang="ru-RU"><seg><bpt i="1">&lt;b&gt;</bpt>{ru}<ept i="1">&lt;/b&gt;</ept></seg></tuv></tu>
<tu tuid="entity"><tuv xml:lang="en"><seg>Decides to meet in 2030; &lol2;</seg></tuv>
  <tuv xml:lang="fr"><seg>Décide de se réunir en 2030 ;</seg></tuv></tu>
<tu tuid="alone"><tuv xml:lang="en"><seg>Only one language here.</seg></tuv></tu>
</body></tmx>
"""


def test_segments_tmx_with_inline_codes_and_no_entity_expansion(tmp_path: Path) -> None:
    path = tmp_path / "memory.tmx"
    path.write_text(TMX.format(en=MET["en"], zh=MET["zh"], ru=MET["ru"]), "utf-8")
    result = invoke(["compare", "--segments", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    assert [(r["id"], r["languages"], r["differences"]) for r in rows] == [
        ("met", ["en", "zh", "ru"], []),
        ("entity", ["en", "fr"], []),
    ]
    text = invoke(["compare", "--segments", str(path)]).stdout
    assert text.splitlines()[-1] == (
        "2 rows compared, 0 with differences, 0 of high severity; "
        "1 rows with fewer than two languages skipped"
    )


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("en\tde\nHello\tHallo\n", "two or more language columns"),  # German is none of the six
        ("text\tother\nHello\tBonjour\n", "two or more language columns"),
        (b"\xff\xfeen\tfr\n", "must be UTF-8"),
        ("<tmx><body><tu><tuv", "damaged TMX"),
    ],
)
def test_bad_segment_files_are_one_line_errors(
    tmp_path: Path, content: str | bytes, needle: str
) -> None:
    path = tmp_path / ("bad.tmx" if str(content).startswith("<") else "bad.tsv")
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    result = invoke(["compare", "--segments", str(path)])
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("mandata: error:") and needle in lines[0], lines


def test_compare_needs_versions_or_segments_not_both(tmp_path: Path) -> None:
    assert invoke(["compare"]).exit_code == 2
    path = tmp_path / "s.tsv"
    path.write_text("en\tfr\nHello\tBonjour\n", "utf-8")
    both = invoke(["compare", "A/RES/1", "--segments", str(path)])
    assert both.exit_code == 2 and "--segments" in both.stderr
