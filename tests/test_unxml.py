"""The reader of the UN's own Akoma Ntoso (AKN4UN) resolutions.

On the corpus (GA 77 and 78, SC 2020-2021, six languages): every file reads, and what the reader
gives equals what the markup says, counted here independently with XPath (paragraphs, numbers,
leading phrases, citation links, masthead). On our own small documents: the Chinese and Arabic
markup (bold phrases, the Arabic footnote brackets), the metadata the markup adds, the command
line, detection by content, bad input."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import unxml_samples
from mandata.errors import UnreadableDocument
from mandata.export.akn_read import InvalidAkn
from mandata.export.akn_un import printed_href
from mandata.model import Document
from mandata.normalize.fold import fold_characters
from mandata.parse import parse_akn, parse_file

NS = {"akn": unxml_samples.AKN}
COLLECTIONS = ["ga/77", "ga/78", "sc/2020", "sc/2021"]
_UNDOCS = re.compile(r"^https?://(?:www\.)?undocs\.org/+(?:(?:en|fr|es|ru|ar|zh|ch|sp)/+)?", re.I)


# --- the markup, counted independently ---------------------------------------------------------


def _text(el: etree._Element) -> str:
    """The text of an element and of everything inside it (lxml gives str for parsed text)."""
    return "".join(str(t) for t in el.itertext())


def _xpath(el: etree._Element, path: str) -> list[Any]:  # elements, or strings (text(), @a)
    return list(el.xpath(path, namespaces=NS))  # type: ignore[arg-type]


def markup_counts(root: etree._Element) -> tuple[int, list[str]]:
    """Preambular paragraphs (containers with words, loose preamble ``<p>``s that are not
    decoration, crossHeadings) and the numbers of the numbered operative paragraphs."""
    statements = _xpath(root, "//akn:statement[not(ancestor::akn:attachment)]")
    preamble = 0
    numbers: list[str] = []
    for s in statements:
        containers = _xpath(s, "akn:preamble/akn:container[normalize-space(.)]")
        preamble += sum(not _heading_container(c) for c in containers)
        preamble += len(_xpath(s, "akn:preamble/akn:p[normalize-space(.)][not(akn:decoration)]"))
        preamble += len(_xpath(s, "akn:mainBody//akn:crossHeading"))
        for para in _xpath(s, "akn:mainBody//akn:paragraph[not(starts-with(@class, 'H'))]"):
            number = _number_of(para)
            if number is not None:
                numbers.append(number)
    return preamble, numbers


def _heading_container(container: etree._Element) -> bool:
    """A preamble container that is a heading set between preambular paragraphs: unnamed (no
    leading phrase), a few words, no note, no closing punctuation (a preambular paragraph ends
    with its comma)."""
    text = " ".join(_text(container).split())
    return (
        not container.get("name")
        and len(text) <= 100
        and not _xpath(container, ".//akn:authorialNote")
        and text[-1:] not in ".,;:!?。；：，、؛،»”\"')"
    )


def _number_of(para: etree._Element) -> str | None:
    """The number of a paragraph with text: its ``num``, else a number alone before the first
    element of its text ("1 -\t<span>تشير</span>")."""
    has_text = para.find("akn:content", NS) is not None or para.find("akn:list", NS) is not None
    num = para.find("akn:num", NS)
    if num is not None:
        found = re.fullmatch(r"\s*(\d+)\s*[.\-–]?\s*", _text(num))
        return found[1] if found and has_text else None
    first = _xpath(para, "akn:content/akn:p[1]")
    if first and len(first[0]):
        found = re.fullmatch(r"\s*(\d{1,3})\s*[.\-–—]\s*", first[0].text or "")
        return found[1] if found else None
    return None


def markup_citations(root: etree._Element) -> set[str]:
    """Every cited symbol of the links to undocs.org outside the metadata and cover page, as a
    key (no spaces, upper case); "A/RES/74/255a-b" cites 74/255 A and 74/255 B; a link whose
    printed number is another resolution's cites that one (:func:`printed_href`)."""
    keys: set[str] = set()
    for link in _xpath(
        root, "//akn:a[@href][not(ancestor::akn:meta)][not(ancestor::akn:coverPage)]"
    ):
        # the printed number where the link names another resolution or a file (#19)
        href = printed_href(link.get("href", ""), "".join(link.itertext()), link.tail or "")
        if not _UNDOCS.match(href):
            continue
        key = re.sub(r"\s+", "", unquote(_UNDOCS.sub("", href))).strip("/").upper()
        while key.endswith(")") and key.count(")") > key.count("("):
            key = key[:-1]  # a bracket of the text the link caught ("…/CORR.3)"): no symbol's
        parts = re.fullmatch(r"(A/RES/(?:ES-|S-)?\d+/\d+)([A-H])(?:-([A-H]))?", key)
        printed = _printed_parts(link.tail or "") if re.fullmatch(r"A/RES/\S+/\d+", key) else None
        if parts:
            last = parts[3] or parts[2]
            keys.update(parts[1] + chr(c) for c in range(ord(parts[2]), ord(last) + 1))
        elif printed:
            keys.update(key + letter for letter in printed)
        elif "/" in key:
            keys.add(key)
    return keys


_NAMES = {"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H"}
_NAMES |= {
    n: "ABCDEFGH"[k] for k, n in enumerate(["ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء"])
}
_ONE = "|".join(["[A-L]", *_NAMES])
_AFTER = re.compile(
    rf"\s*({_ONE})(?:\s*(?:(to|à|a|-|–|до|至|إلى)|and|et|y|и|和|及|و)\s*({_ONE}))?"
    r"(?![A-Za-zА-Яа-яЁё\u0621-\u064a])"
)


def _printed_parts(tail: str) -> str:
    """The parts printed after a link to a resolution that leaves them out: "B" -> "B",
    "A and C" -> "AC", "A to C" -> "ABC", "ألف وباء" -> "AB"."""
    found = _AFTER.match(tail.replace("\u00a0", " "))
    if not found:
        return ""
    first = _NAMES.get(found[1], found[1])
    last = _NAMES.get(found[3], found[3]) if found[3] else first
    if found[2]:
        return "".join(chr(c) for c in range(ord(first), ord(last) + 1))
    return first + (last if last != first else "")


def markup_phrases(root: etree._Element) -> list[str]:
    """The leading phrase of each preamble container: the italic or bold spans it opens with
    (nothing but spaces before and between them), its characters folded as the reader folds
    them (no Arabic short vowels)."""
    out = []
    for p in _xpath(root, "//akn:preamble/akn:container/akn:p[1]"):
        if _heading_container(p.getparent()):
            continue
        words = ""
        if not _blank(p.text):
            out.append("")
            continue
        for span in p:
            if span.tag != f"{{{unxml_samples.AKN}}}span":
                break
            if not re.search(r"italic|bold", span.get("class", "")):
                break
            words += _text(span)
            if not _blank(span.tail):
                break
            words += span.tail or ""
        out.append(" ".join(fold_characters(words).split()).rstrip(" ,،，:;؛"))
    return out


def _blank(text: str | None) -> bool:
    return not re.sub(r"[\s\u200e\u200f]", "", text or "")


def _first(root: etree._Element, path: str, attr: str) -> str | None:
    found = _xpath(root, path)
    return found[0].get(attr) if found else None


def check_masthead(root: etree._Element, doc: Document) -> list[str]:
    """The masthead facts that differ between the markup and the Document."""
    wrong = []
    symbol = " ".join("".join(_xpath(root, "//akn:coverPage//akn:docNumber")[0].itertext()).split())
    if symbol and re.sub(r"\s", "", symbol) != re.sub(r"\s", "", doc.symbol or ""):
        wrong.append(f"symbol {symbol!r} != {doc.symbol!r}")
    date = _first(root, "//akn:coverPage//akn:docDate[@refersTo='#dateOfIssuance']", "date")
    if date != doc.date:
        wrong.append(f"date {date} != {doc.date}")
    session = _first(root, "//akn:coverPage//akn:session", "value")
    if session and int(session) != doc.session:
        wrong.append(f"session {session} != {doc.session}")
    dates = [d.get("date") for d in _xpath(root, "//akn:docDate[@refersTo='#adoptionDate']")]
    adopted = next((d for d in dates if d and not d.startswith("0001")), None)  # 0001: unknown
    if adopted and adopted != doc.adopted:
        wrong.append(f"adopted {adopted} != {doc.adopted}")
    items = _first(root, "//akn:coverPage//akn:inline[@name='agenda item']", "title")
    if items is not None and re.findall(r"\d+", items) != [i.split()[0] for i in doc.agenda_items]:
        wrong.append(f"agenda items {items!r} != {doc.agenda_items}")
    origin = _xpath(root, "//akn:coverPage//akn:inline[@name='originating document']")
    tokens = re.split(r"[\s,;()\[\]،，；（）]+", "".join(origin[0].itertext())) if origin else []
    drafts = [t for t in tokens if re.fullmatch(r"[AS](?:/[A-Z0-9][\w.-]*)+", t)]
    if drafts != doc.drafts:
        wrong.append(f"drafts {drafts} != {doc.drafts}")
    return wrong


def check_document(path: Path) -> list[str]:
    """What the reader gives that the markup does not say (empty when they agree)."""
    doc = parse_file(path, language=path.parent.name, analysis=False)
    root = etree.parse(str(path), etree.XMLParser(recover=True)).getroot()
    wrong = check_masthead(root, doc)
    preamble, numbers = markup_counts(root)
    preambular = [p for r in doc.resolutions for p in r.preamble]
    got_preamble = len(preambular) if doc.resolutions else len(doc.paragraphs)
    if doc.resolutions and got_preamble != preamble:
        wrong.append(f"preamble {got_preamble} != {preamble}")
    got_numbers = [
        p.number for r in doc.resolutions for p in r.operative if (p.number or "").isdigit()
    ]
    if doc.resolutions and got_numbers != numbers:
        wrong.append(f"numbered operative paragraphs {len(got_numbers)} != {len(numbers)}")
    cited = {re.sub(r"\s+", "", r.target).upper() for r in doc.references}
    if cited != markup_citations(root):
        wrong.append(f"citations differ: {sorted(cited ^ markup_citations(root))[:4]}")
    paragraphs = [p for r in doc.resolutions for p in r.preamble]
    paragraphs += [p for annex in doc.annexes for p in annex.paragraphs]
    phrases = [" ".join((p.phrase or "").split()) for p in paragraphs]
    want = [w for w in markup_phrases(root) if w]
    if doc.resolutions and Counter(want) - Counter(phrases):
        wrong.append(f"leading phrases differ: {list(Counter(want) - Counter(phrases))[:3]}")
    return wrong


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_every_file_reads_as_its_markup(unxml: Path, collection: str) -> None:
    files = sorted((unxml / collection).glob("*/*.xml"))
    assert len(files) > (1900 if collection.startswith("ga") else 300)
    problems = {}
    for path in files:
        wrong = check_document(path)
        if wrong:
            problems[path.name] = wrong
    assert problems == {}


# --- our own documents -------------------------------------------------------------------------


def test_chinese_markup() -> None:
    doc = parse_akn(unxml_samples.chinese(), source="zh.xml")
    assert (doc.symbol, doc.language, doc.doc_type, doc.session) == (
        "A/RES/78/999",
        "zh",
        "resolution",
        78,
    )
    assert (doc.date, doc.adopted, doc.meeting) == ("2023-11-27", "2023-11-21", "第38次全体会议")
    assert (doc.agenda_items, doc.drafts, doc.committee) == (
        ["11"],
        ["A/78/481"],
        "un:third-committee",
    )
    res = doc.resolutions[0]
    assert (res.number, res.title) == ("78/999", "通过体育建立一个和平的世界")
    assert [(p.id, p.phrase, p.action) for p in res.preamble] == [
        ("pp1", "回顾", "recall"),
        ("pp2", "又回顾", "recall"),
    ]
    assert res.preamble[1].footnotes[0].text == "第70/1号决议。"
    assert "70/1" not in res.preamble[1].text
    assert [(p.number, p.phrase, p.section) for p in res.operative] == [
        ("1", "敦促", None),
        ("2", "决定", "体育与和平"),
    ]
    refs = [(r.target, r.paragraph, r.found_in) for r in doc.references]
    assert refs == [("A/RES/76/13", "pp1", "text"), ("A/RES/70/1", "pp2", "footnote")]
    assert doc.references[0].date == "2021-12-02"  # read beside the link by the analysis
    assert [m.session for m in doc.mandates if m.type == "agenda_item"] == [80]


def test_arabic_markup() -> None:
    doc = parse_akn(unxml_samples.arabic(), source="ar.xml")
    res = doc.resolutions[0]
    assert res.preamble[0].phrase == "إذ تشير"
    assert res.preamble[0].text.endswith("لعام 2005،")  # the call's brackets are not words
    assert res.preamble[0].footnotes[0].text == "القرار 60/1."
    assert [p.number for p in res.operative] == ["1", "2"]
    assert [(s.label, s.text) for s in res.operative[1].subparagraphs] == [
        ("أ", "أن يقدم تقريرا؛"),
        ("ب", "أن يواصل جهوده."),
    ]
    assert doc.agenda_items == ["71 (b)"]
    assert [(r.type, r.target, r.found_in) for r in doc.references] == [
        ("ga_resolution", "A/RES/60/1", "footnote"),
        ("sc_resolution", "S/RES/2254 (2015)", "text"),
    ]


def test_what_the_markup_adds() -> None:
    doc = parse_akn(unxml_samples.chinese())
    assert doc.sponsors == [
        "France",
        "Andorra",
        "Antigua and Barbuda",
        "Bosnia and Herzegovina",
        "Trinidad and Tobago",
    ]
    assert doc.vote is not None
    assert (doc.vote.outcome, doc.vote.in_favour, doc.vote.against, doc.vote.abstaining) == (
        "adoptedRecordedVote",
        118,
        None,
        2,
    )
    assert doc.vote.voters == {"in_favour": ["ALBANIA"], "abstaining": ["CHAD"]}
    assert doc.subjects == ["Olympic Truce"]
    assert Document.from_dict(doc.to_dict()).to_dict() == doc.to_dict()


def test_both_iri_forms_give_the_symbol() -> None:
    """A cover page without its symbol: the Work IRI gives it, in the UN's form and the
    guidelines' form alike."""
    for actor in ("unga", "un-ga"):
        data = unxml_samples.chinese().replace(b"A/RES/78/999</docNumber>", b"</docNumber>")
        data = data.replace(b"/unga/", f"/{actor}/".encode())
        assert parse_akn(data, analysis=False).symbol == "A/RES/78/999"


def test_detected_by_content_and_walked_in_folders(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from mandata.cli import main

    (tmp_path / "A_RES_78_999-2323443C.txt").write_bytes(unxml_samples.chinese())
    (tmp_path / "ar.xml").write_bytes(unxml_samples.arabic())
    result = CliRunner().invoke(main, ["parse", str(tmp_path / "A_RES_78_999-2323443C.txt")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("A/RES/78/999  [zh]  resolution")
    result = CliRunner().invoke(main, ["parse", "--jsonl", "--workers", "1", str(tmp_path)])
    assert result.exit_code == 0 and len(result.output.splitlines()) == 2


def test_malformed_xml_is_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from mandata.cli import main

    bad = tmp_path / "bad.xml"
    bad.write_bytes(unxml_samples.chinese()[:400])
    result = CliRunner().invoke(main, ["parse", str(bad)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "not Akoma Ntoso" in result.output


def test_a_file_left_open_at_its_end_is_read() -> None:
    """The UN's XML has a file with an element left open before its end (GA 77, es, 77/104):
    what libxml2 recovers of a whole file is read; a file cut short is not."""
    data = unxml_samples.arabic().replace(b"</conclusions>", b"")
    doc = parse_akn(data, analysis=False)
    assert [p.number for p in doc.resolutions[0].operative] == ["1", "2"]
    with pytest.raises(InvalidAkn):
        parse_akn(data[: data.rindex(b"</statement>")], analysis=False)


# --- random input --------------------------------------------------------------------------------

_TAGS = [
    "akomaNtoso",
    "statement",
    "documentCollection",
    "components",
    "component",
    "meta",
    "coverPage",
    "preface",
    "preamble",
    "formula",
    "container",
    "p",
    "span",
    "mainBody",
    "paragraph",
    "num",
    "content",
    "list",
    "intro",
    "point",
    "sublist",
    "wrapUp",
    "authorialNote",
    "a",
    "sup",
    "docNumber",
    "docDate",
    "session",
    "inline",
    "conclusions",
    "attachments",
    "attachment",
    "doc",
    "section",
    "crossHeading",
    "blockList",
    "listIntroduction",
    "item",
    "subheading",
    "heading",
    "FRBRWork",
    "FRBRuri",
    "FRBRlanguage",
    "location",
    "eol",
    "table",
]
_ATTRS = st.dictionaries(
    st.sampled_from(["class", "href", "refersTo", "date", "value", "marker", "name", "title"]),
    st.one_of(
        st.sampled_from(["italic", "bold italic", "#symbol", "#adoptionDate", "2023-11-21"]),
        st.sampled_from(
            ["https://undocs.org/en/A/RES/76/13", "https://undocs.org/ch/S/RES/1(1946)"]
        ),
        st.text(max_size=12),
    ),
    max_size=3,
)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def build(tag: str, attrs: dict[str, str], text: str, kids: list[str]) -> str:
        quoted = "".join(f' {k}="{_escape(v)}"' for k, v in attrs.items())
        return f"<{tag}{quoted}>{_escape(text)}{''.join(kids)}</{tag}>"

    return st.builds(
        build, st.sampled_from(_TAGS), _ATTRS, st.text(max_size=20), st.lists(children, max_size=4)
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


_TREES = st.recursive(st.text(max_size=10).map(_escape), _element, max_leaves=25)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TREES, st.booleans(), st.integers(min_value=0, max_value=4000))
def test_random_xml_like_input_gives_a_document_or_the_documented_error(
    body: str, cut: bool, at: int
) -> None:
    text = (
        f'<akomaNtoso xmlns="{unxml_samples.AKN}"><statement><meta/>{body}</statement></akomaNtoso>'
    )
    data = text.encode("utf-8", "surrogatepass")
    if cut:
        data = data[:at]
    try:
        doc = parse_akn(data)
    except UnreadableDocument as err:
        assert isinstance(err, InvalidAkn) or str(err)
        assert "\n" not in str(err)
        return
    assert isinstance(doc, Document)


def test_symbols_of_emergency_and_special_sessions_are_whole() -> None:
    """The originating draft of A/RES/ES-11/6 is A/ES-11/L.7 (was cut to "A/ES")."""
    from mandata.symbols import find_symbols

    text = "[without reference to a Main Committee (A/ES-11/L.7)], A/S-27/19/Rev.1, A/RES/ES-10/24"
    assert find_symbols(text) == ["A/ES-11/L.7", "A/S-27/19/Rev.1", "A/RES/ES-10/24"]


def test_un_files_round_trip_through_our_export(unxml: Path) -> None:
    """The UN's files -> Document -> mandata's export (valid AKN 3.0) -> the reader -> the same
    Document: paragraphs, phrases, actions, references (with their place), mandates (English,
    with the analysis), sponsors, vote, subjects. Every tenth file of each collection."""
    from mandata.export.akn import from_akn, to_akn, validate
    from test_akn import assert_round_trip

    files = sorted(unxml.glob("*/*/*/*.xml"))[::10]
    assert len(files) > 400
    problems = []
    for path in files:
        code = path.parent.name
        doc = parse_file(path, language=code, analysis=code == "en")
        xml = to_akn(doc)
        errors = validate(xml)
        if errors:
            problems.append(f"{path.name}: {errors[0]}")
            continue
        try:
            assert_round_trip(doc, from_akn(xml))
        except AssertionError as err:
            problems.append(f"{path.name}: {str(err).splitlines()[0]}")
    assert problems == []


def test_our_export_follows_the_uns_markup() -> None:
    """What mandata writes is marked as the UN marks its resolutions: a cover page with the
    symbol, preamble containers named by their phrase, the phrase in bold italics (Arabic),
    numbers as printed, citations as links to undocs.org, footnotes as authorial notes,
    the adoption in the conclusions; and the UN's reader reads it without mandata's record."""
    from mandata.export.akn import to_akn, validate

    doc = parse_akn(unxml_samples.arabic())
    xml = to_akn(doc)
    assert validate(xml) == []
    root = etree.fromstring(xml)
    statement = root[0]
    assert _xpath(statement, "akn:coverPage//akn:docNumber[@refersTo='#symbol']/text()") == [
        "A/RES/78/999"
    ]
    container = _xpath(statement, "akn:preamble/akn:container")[0]
    assert container.get("name") == "إذ تشير"
    span = _xpath(container, "akn:p/akn:span")[0]
    assert (span.text, span.get("class"), span.get("refersTo")) == (
        "إذ تشير",
        "bold italic",
        "#action_recall",
    )
    assert _xpath(container, "akn:p/akn:authorialNote/@marker") == ["1"]
    assert _xpath(statement, "akn:mainBody/akn:paragraph/akn:num/text()") == ["1 -", "2 -"]
    links = _xpath(statement, ".//akn:a/@href")
    assert "https://undocs.org/ar/S/RES/2254(2015)" in links
    assert _xpath(statement, "akn:conclusions//akn:docDate/@date") == ["2023-11-21"]


def test_ingest_stores_the_uns_xml(tmp_path: Path) -> None:
    """`mandata ingest` walks .xml files and stores the UN's resolutions under their symbol and
    language, with the markup's references."""
    import json

    from click.testing import CliRunner

    from mandata.cli import main

    (tmp_path / "zh.xml").write_bytes(unxml_samples.chinese())
    (tmp_path / "ar.xml").write_bytes(unxml_samples.arabic())
    db = str(tmp_path / "registry.db")
    result = CliRunner().invoke(main, ["ingest", "--db", db, "--json", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["added"] == 2
    listed = CliRunner().invoke(main, ["documents", "--db", db, "--json"])
    rows = json.loads(listed.stdout)["documents"]
    assert sorted((r["symbol"], r["language"]) for r in rows) == [
        ("A/RES/78/999", "ar"),
        ("A/RES/78/999", "zh"),
    ]
    cites = CliRunner().invoke(main, ["refs", "A/RES/78/999", "--db", db, "--json"])
    assert "A/RES/70/1" in {row["target"] for row in json.loads(cites.stdout)["cites"]}
