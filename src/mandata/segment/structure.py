"""Structure: the body's blocks into letter, annexes, resolutions and loose paragraphs.

Reads: the blocks after the masthead. Writes: the ``letter``, ``annexes``, ``resolutions`` and
``paragraphs`` of a :class:`~mandata.model.Document`. A resolution starts at its enacting formula
("The General Assembly,") and ends at its closing meeting line, at an annex heading or at the end; a
part heading ("A", "B") before an enacting formula names the part of a multi-part text; a roman
numeral heading ("I", "II") opens a section of the current resolution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mandata import lang
from mandata.model import (
    Annex,
    Document,
    Footnote,
    Letter,
    Paragraph,
    ParagraphKind,
    Resolution,
    Subparagraph,
)
from mandata.scan.dates import parse_date
from mandata.segment.blocks import NUMBERED, SUBLABEL, Block, closes
from mandata.segment.frame import codes, enacting_body, enacting_prefix, is_formula, search
from mandata.segment.masthead import Masthead, sc_adoption
from mandata.segment.paragraphs import add_subparagraph, make_paragraph, sublabel
from mandata.segment.phrases import leading_phrase

_PART = re.compile(r"^[A-H]$")
_PART_TITLED = re.compile(r"^(?P<part>[A-H])\.?\s+(?P<title>\S.{0,200})$")
_SECTION = re.compile(r"^(?P<num>[IVXL]{1,6})\.?(?:\s+(?P<title>\S.{0,150}))?$")
_SHORT = 200
_HEADING = 300
_SECTION_TITLE = 500  # the title under a section's number: the French for the 1995 Agreement's, 384


@dataclass
class _State:
    doc: Document
    code: str | None
    head: Masthead
    footnotes: dict[str, Footnote]
    where: str = "none"
    annex: Annex | None = None
    resolution: Resolution | None = None
    last: Paragraph | None = None
    part: str | None = None
    section: str | None = None
    expect_title: bool = False
    after_meeting: bool = False
    resolution_title: str | None = None
    following: str | None = None
    part_title: bool = False
    pending: list[str] = field(default_factory=list)
    skip_next: bool = False
    section_preamble: bool = False  # a section opened: its own preamble may come first
    section_title: bool = False  # a section's number alone: its title follows


def build(doc: Document, blocks: list[Block], head: Masthead, code: str | None) -> None:
    """Fill ``doc`` with the structure of ``blocks`` (the body after the masthead)."""
    st = _State(doc, code, head, {f.marker: f for f in doc.footnotes})
    for k, block in enumerate(blocks):
        st.following = blocks[k + 1].text if k + 1 < len(blocks) else None
        _step(st, block)
    for res in doc.resolutions:
        _operative_by_end(res, code)


def _operative_by_end(res: Resolution, code: str | None) -> None:
    """A resolution without numbered paragraphs whose last one is operative by its last mark:
    where one verb serves both parts (Chinese 核可, 表示注意到), the full stop of "核可全权证书委员会
    的报告。" (or the colon of "决定：" over its items) makes it the resolution's one operative
    paragraph, as "Approves" does in English."""
    if res.operative or not res.preamble or code is None:
        return
    last = res.preamble[-1]
    phrase = leading_phrase(last.text, code)
    end = _last_mark(last.text)
    if phrase is None or phrase.kind is not None or not end:
        return
    if end in lang.get(code).analysis["operative_end"] + _ITEMS_FOLLOW:
        res.preamble.pop()
        last.kind, last.id = "operative", last.id[: last.id.rfind("pp")] + "op1"
        last.action = phrase.action_for("operative")
        res.operative.append(last)


_AFTER_END = ' \t\n”’"»)0123456789'


def _last_mark(text: str) -> str:
    """The mark that ends a paragraph's words, past closing quotes and footnote calls ("" if
    none): what tells a preambular paragraph (a comma) from an operative one."""
    return text.rstrip(_AFTER_END)[-1:]


_ITEMS_FOLLOW = ":："  # "决定：" over its lettered items


def _step(st: _State, block: Block) -> None:
    text = block.text.strip()
    if st.skip_next:  # the meeting of an adoption line, read with it
        st.skip_next = False
        return
    if st.after_meeting:
        st.after_meeting = False
        if len(text) < 40 and parse_date(text, st.code or "en"):
            return
        text = _after_meeting_date(text, st.code)  # "7 December 2023 B Title", lines unspaced
    if _frame(st, block, text):
        return
    if st.where == "none" and st.doc.resolutions and _PART.match(text):
        st.part = text  # the letter of the next part, after the meeting line of the one before
        return
    titled = _PART_TITLED.match(text) if st.where != "annex" else None
    if titled and is_formula(st.following, st.code):  # "A Budget appropriations for 2023"
        st.part, st.resolution_title = titled["part"], titled["title"]
        return
    if titled and _part_with_formula(st, block):
        return
    if st.expect_title and st.annex is not None and _annex_title(st, text):
        return
    st.expect_title = False
    if st.where == "resolution" and _resolution_heading(st, text):
        return
    if _formula_left_out(st, text):  # "78/225. Title" then "Reaffirming ...": no formula printed
        _open_resolution(st, "SC" if (st.head.symbol or "").startswith("S/") else "GA")
    _paragraph(st, block)


def _after_meeting_date(text: str, code: str | None) -> str:
    """A block after a meeting line without its date, where the date opens it: a part's heading
    printed on the next line with no blank line between ("7 December 2023" / "B Title")."""
    head = text[:40]
    for cut in range(len(head), 0, -1):
        if head[cut - 1].isdigit() and parse_date(head[:cut], code or "en"):
            return text[cut:].strip() if _PART_TITLED.match(text[cut:].strip()) else text
    return text


def _part_with_formula(st: _State, block: Block) -> bool:
    """A part's heading with its enacting formula on the block's last line ("C Title" /
    "The General Assembly", no blank line between): the part, its title, and the resolution
    the formula opens."""
    if len(block.lines) < 2:
        return False
    last = block.lines[-1].text.strip()
    heading = _PART_TITLED.match(" ".join(ln.text.strip() for ln in block.lines[:-1]))
    # under a part's heading, the formula is one with or without its comma
    body = (
        enacting_body(f"{last.rstrip(',')},", st.code, None) if is_formula(last, st.code) else None
    )
    if not heading or not body:
        return False
    st.part, st.resolution_title = heading["part"], heading["title"]
    _open_resolution(st, body)
    st.expect_title = False
    return True


def _formula_left_out(st: _State, text: str) -> bool:
    """The first paragraph of an adopted resolution whose text leaves out the enacting formula:
    the masthead numbers the resolution and the paragraph opens with a leading phrase."""
    if st.where != "none" or st.doc.resolutions or st.doc.letter or st.doc.annexes:
        return False
    if not st.head.resolution_number or st.doc.paragraphs or st.code is None:
        return False
    body = text.split(None, 1)[-1] if block_is_numbered(text) else text
    return leading_phrase(body, st.code) is not None


def _frame(st: _State, block: Block, text: str) -> bool:
    """Letter, signature, annex, enacting formula, meeting line: the frame of the document."""
    if not block.frame:
        return _one_sentence_frame(st, block, text)
    found = search("letter", text, st.code) if st.doc.letter is None else None
    if found and len(text) < 600:
        st.doc.letter = Letter(
            date=parse_date(found["date"], st.code or "en"),
            addressee=found["addressee"],
            sender=found["sender"] or found["sender2"],
        )
        st.where, st.last = "letter", None
        return True
    found = search("signed", text, st.code)
    if found and len(text) < 200:
        if st.doc.letter is not None and st.doc.letter.signatory is None:
            st.doc.letter.signatory = found["value"].strip()
        st.where = "none"
        return True
    found = search("annex", text, st.code) if len(text) < 60 else None
    if found:
        number = _annex_number(found["number"], len(st.doc.annexes) + 1, st.code)
        st.annex = Annex(number=number)
        st.doc.annexes.append(st.annex)
        st.where, st.expect_title, st.resolution, st.last = "annex", True, None, None
        return True
    body = enacting_body(text, st.code, st.following)
    if body:
        _open_resolution(st, body)
        st.expect_title = False
        return True
    adoption = sc_adoption(text, st.code) if len(text) < 400 else None
    if adoption is not None:  # "Adopted unanimously at the 2994th meeting." closes an SC text
        _sc_adopted(st, text, adoption)
        return True
    found = search("meeting", block.lines[0].text.strip(), st.code)
    if found and len(text) < 80:
        st.doc.meeting = found["value"]
        if st.resolution is not None:
            st.resolution.meeting = found["value"]
        st.where, st.resolution, st.after_meeting = "none", None, True
        return True
    return False


def _sc_adopted(st: _State, text: str, adoption: tuple[str | None, str | None]) -> None:
    """The closing adoption line of a Security Council text; its meeting may stand in the next
    block ("Adopted unanimously at the" / blank line / "2351st meeting.")."""
    if adoption[1] is None and st.following and len(st.following) < 40:
        joined = sc_adoption(f"{text} {st.following}", st.code)
        if joined is not None and joined[1] is not None:
            adoption, st.skip_next = joined, True
    st.doc.meeting = st.doc.meeting or adoption[1]
    st.doc.adopted = st.doc.adopted or adoption[0]
    st.where, st.resolution = "none", None


def _one_sentence_frame(st: _State, block: Block, text: str) -> bool:
    """ "The General Assembly, recalling ..., decides ...": a decision in one sentence."""
    prefix = enacting_prefix(text, st.code) if st.where != "resolution" else None
    if not prefix:
        return False
    _open_resolution(st, prefix[0])
    st.expect_title = False
    _one_sentence(st, block, text[prefix[1] :].strip())
    return True


def _one_sentence(st: _State, block: Block, text: str) -> None:
    """The text of a one-sentence decision, after its enacting formula: one operative paragraph."""
    assert st.resolution is not None
    para = make_paragraph(block, st.code, "operative", st.footnotes)
    para.kind, para.text, para.phrase, para.action, para.id = "operative", text, None, None, "op1"
    st.resolution.operative.append(para)
    st.last = para


def _annex_number(word: str | None, default: int, code: str | None) -> int:
    if not word:
        return default
    if word.isdigit():
        return int(word)
    for c in codes(code):  # "I", "II" and the words: "الأول", "二"
        words = lang.get(c).annex_numbers
        if word.casefold() in words:
            return words[word.casefold()]
    return default


def _annex_title(st: _State, text: str) -> bool:
    """The line after "Annex I": its title, which tells the annex's kind."""
    assert st.annex is not None
    if len(text) > _SHORT or block_is_numbered(text):
        st.expect_title = False
        return False
    if st.annex.kind == "draft_resolution":
        st.resolution_title = text
        st.expect_title = False
        return True
    st.annex.title = text if st.annex.title is None else f"{st.annex.title} {text}"
    if search("explanatory_memorandum", text, st.code):
        st.annex.kind = "explanatory_memorandum"
    elif search("draft_resolution", text, st.code):
        st.annex.kind = "draft_resolution"
    return True


def block_is_numbered(text: str) -> bool:
    """A block opened by a paragraph number: "1.", "1 -", or "1-" with the dash glued to it
    (as OCR and some typists set the Arabic "1 -"), never a range ("15-17 March")."""
    return bool(re.match(r"^\s*\d{1,3}\s*(?:\.|[-–—](?=\s))", text))


def _open_resolution(st: _State, body: str) -> None:
    head, doc = st.head, st.doc
    first = not doc.resolutions
    in_annex = st.annex is not None and st.where == "annex"
    parted = bool(head.parts) and st.part is not None  # a later part of "A/RES/77/256 A-B"
    only = head.parts[0] if first and len(head.parts) == 1 else None  # "A/RES/77/253 B"
    res = Resolution(
        number=head.resolution_number if (first or parted) and not in_annex else None,
        part=st.part or (head.part if first else None) or only,
        title=_resolution_title(st, first, in_annex),
        draft=in_annex or head.draft or not (head.adopted or head.resolution_number or head.drafts),
        annex=st.annex.number if in_annex and st.annex else None,
    )
    if in_annex and st.annex is not None and st.annex.kind == "other":
        st.annex.kind = "draft_resolution"
    doc.resolutions.append(res)
    doc.body = doc.body or body
    st.resolution, st.where, st.last, st.part, st.section = res, "resolution", None, None, None
    st.section_preamble = False


def _resolution_title(st: _State, first: bool, in_annex: bool) -> str | None:
    """A draft in an annex takes the title printed under "Draft resolution", else the annex's;
    a later part of a multi-part text takes the title printed under its letter."""
    title, st.resolution_title = st.resolution_title, None
    if in_annex and st.annex is not None:
        return title or st.annex.title
    return st.head.title if first or (title is None and st.head.parts) else title


def _resolution_heading(st: _State, text: str) -> bool:
    """Part and section headings inside a resolution."""
    if _PART.match(text):
        st.part, st.part_title = text, True
        return True
    if st.part_title and _is_heading(text, st.code):
        st.resolution_title, st.part_title = text, False
        return True
    titled, st.section_title = st.section_title, False
    if titled and len(text) < _SECTION_TITLE and not closes(text):
        return True  # the title under a section's number, whatever verb it starts with
    if _colon_title(st, text) and block_is_numbered(st.following or ""):
        return True  # "Reports:" over "27. Requests the Secretary-General ..."
    m = _SECTION.match(text)
    if m and (m["title"] is None or not m["title"].rstrip().endswith((",", ";"))):
        st.section, st.section_preamble = m["num"], True
        st.section_title = m["title"] is None
        return True
    numeral = _section_numeral(text, st.code)
    if numeral:  # "一" over a section's title, as Chinese numbers them
        st.section, st.section_preamble, st.section_title = numeral[0], True, not numeral[1]
        return True
    return _is_heading(text, st.code)


def _colon_title(st: _State, text: str) -> bool:
    """A title of a few words that ends with a colon, inside the operative part, opened by no
    number, label or leading phrase ("Reports:", "Rule of law:", "Special Criminal Court
    (SCC):"): the Security Council heads groups of paragraphs, or of a paragraph's items, so."""
    if st.code is None or st.resolution is None or not st.resolution.operative:
        return False
    if len(text) >= _ITEM_TITLE or not text.endswith((":", "：")) or block_is_numbered(text):
        return False
    return not SUBLABEL.match(text) and leading_phrase(text, st.code) is None


def _section_numeral(text: str, code: str | None) -> tuple[str, str] | None:
    """A section's number in the language's words, alone ("ثانيا", "حادي عشر": the table of
    section numbers) or with the section's title after it ("二 独立审计咨询委员会的活动"): the
    number and the title ("" when alone); None for any other text."""
    if code is None:
        return None
    words = lang.get(code)
    if text in words.section_numbers:
        return text, ""
    number, _, title = text.partition(" ")
    if len(number) > 4 or number.isascii():
        return None
    if number not in words.annex_numbers and number not in words.section_numbers:
        return None
    return (number, title) if not title or (len(title) < _HEADING and not closes(title)) else None


def _is_heading(text: str, code: str | None) -> bool:
    """A short line that is no paragraph: no number, no known verb, no closing punctuation
    ("Scope", "Part I Overall policymaking", "Budget estimates for 2024")."""
    if len(text) > _HEADING or closes(text) or block_is_numbered(text) or code is None:
        return False
    if text.lstrip().startswith(tuple(f"{p} " for p in lang.get(code).preambular_prefixes)):
        return False  # "وإذ ..." ("and whereas"): a preambular paragraph, its verb misread
    return leading_phrase(text, code) is None and not SUBLABEL.match(text)


def _keep_notes(para: Paragraph, block: Block, footnotes: dict[str, Footnote]) -> None:
    """The footnotes a sub-paragraph calls belong to its paragraph (which holds its text)."""
    para.footnotes.extend(footnotes[r] for r in block.footnote_refs if r in footnotes)


def _paragraph(st: _State, block: Block) -> None:
    label = sublabel(block)
    if label and st.last is not None and not _lettered_operative(st, label[1]):
        add_subparagraph(st.last, *label)
        _keep_notes(st.last, block, st.footnotes)
        return
    if st.last is not None and _joined_tail(st, block):
        add_subparagraph(st.last, "", block.text)  # "(f) …，" / "并立足于…承诺和目标，"
        _keep_notes(st.last, block, st.footnotes)
        return
    if st.last is not None and _table_note(st, block):
        add_subparagraph(st.last, "", block.text)  # "Abbreviations: GS (OL), ..." under a table
        return
    if st.last is not None and _called_note(st.last, block):
        add_subparagraph(st.last, "", block.text)  # "* Dependency allowances ...", no rule over it
        return
    if st.last is not None and _titled_items(st, block):
        add_subparagraph(st.last, "", block.text)  # "Rule of law:" over "(vi) To provide ..."
        return
    if st.last is not None and _unlabelled_item(st.last, block, st.code):
        add_subparagraph(st.last, "", block.text)
        _keep_notes(st.last, block, st.footnotes)
        return
    kind: ParagraphKind = "body"
    if st.where == "resolution" and st.resolution is not None:
        res = st.resolution
        kind = "operative" if res.operative and not _section_opening(st, block) else "preambular"
        if kind == "preambular" and (
            _introduces_numbered(st, block) or _section_operative(st, block)
        ):
            kind = "operative"
        para = make_paragraph(block, st.code, kind, st.footnotes, _next_number(res))
        if not res.operative and _preambular_by_end(st, para):
            para.kind, para.action = "preambular", _action_as(para, "preambular", st.code)
        st.section_preamble = st.section_preamble and para.kind != "operative"
        if _quoted(res, para, st.section):
            res.operative[-1].subparagraphs.append(Subparagraph(para.number or "", para.text))
            res.operative[-1].footnotes.extend(para.footnotes)
            return
        para.section = st.section
        prefix = "" if len(st.doc.resolutions) == 1 else f"res{len(st.doc.resolutions)}."
        if para.kind == "operative":
            para.id = f"{prefix}op{len(res.operative) + 1}"
            res.operative.append(para)
        else:
            para.id = f"{prefix}pp{len(res.preamble) + 1}"
            res.preamble.append(para)
        st.last = para
        return
    para = make_paragraph(block, st.code, kind, st.footnotes)
    target = _body_list(st)
    para.id = f"{_prefix(st)}p{len(target) + 1}"
    target.append(para)
    st.last = para


def _preambular_by_end(st: _State, para: Paragraph) -> bool:
    """An unnumbered paragraph opened by an operative verb inside the preamble ("Recalls that
    UNDOF's deployment … 338 (1973)," before "Recalling resolution 2378 …"): it ends as a
    preambular paragraph does and what follows is the preamble again or operative paragraph 1,
    so the numbering says the operative part has not begun."""
    if para.kind != "operative" or para.number is not None or st.code is None:
        return False
    end = _last_mark(para.text)
    if not end or end not in lang.get(st.code).analysis["preambular_end"]:
        return False
    after = (st.following or "").strip()
    numbered = NUMBERED.match(after)
    if numbered:
        return numbered["num"] == "1"
    phrase = leading_phrase(after, st.code) if after else None
    return phrase is not None and phrase.kind == "preambular"


def _action_as(para: Paragraph, kind: ParagraphKind, code: str | None) -> str | None:
    phrase = leading_phrase(para.text, code) if code else None
    return phrase.action_for(kind) if phrase else para.action


def _introduces_numbered(st: _State, block: Block) -> bool:
    """An unnumbered paragraph opened by a verb of either part (Chinese 正式决定, 决定) that ends
    with a colon right over the first numbered paragraph: the operative part's opening ("正式决定：",
    as "Resolves that:" is in English), not a preambular paragraph."""
    if st.code is None or st.following is None or block_is_numbered(block.text):
        return False
    phrase = leading_phrase(block.text.strip(), st.code)
    if phrase is None or phrase.kind is not None:
        return False
    return block.text.rstrip()[-1:] in _ITEMS_FOLLOW and block_is_numbered(st.following)


def _section_opening(st: _State, block: Block) -> bool:
    """A paragraph of a section's own preamble: after the section's heading, before its first
    numbered paragraph, opened by a leading phrase (a table's notes there are no preamble)."""
    if not st.section_preamble or st.code is None:
        return False
    return leading_phrase(block.text.strip(), st.code) is not None and not _section_operative(
        st, block
    )


def _section_operative(st: _State, block: Block) -> bool:
    """A section's one paragraph, without a number, after its own preamble: opened by a verb of
    either part (Chinese 核准), it ends as operative paragraphs do ("核准联合检查组2024年毛额预算
    …；", as "Approves" does in English)."""
    if not st.section_preamble or st.code is None or block_is_numbered(block.text):
        return False
    phrase = leading_phrase(block.text.strip(), st.code)
    end = _last_mark(block.text)
    if phrase is None or phrase.kind is not None or not end:
        return False
    return end in lang.get(st.code).analysis["operative_end"] + _ITEMS_FOLLOW


def _next_number(res: Resolution) -> int:
    """The number the resolution's next operative paragraph has."""
    last = res.operative[-1].number if res.operative else None
    return int(last) + 1 if last and last.isdigit() else len(res.operative) + 1


def _quoted(res: Resolution, para: Paragraph, section: str | None) -> bool:
    """A numbered paragraph of a text the previous paragraph quotes ("... the following
    amendment to the statute: 4. In hearing an appeal ..."): its number goes back. Not in a
    new section (``section``), whose numbers start again at 1."""
    if not res.operative or not (para.number or "").isdigit():
        return False
    previous = res.operative[-1]
    if previous.section != section:
        return False
    last_number = int(previous.number) if previous.number and previous.number.isdigit() else 0
    return int(para.number or 0) <= last_number and previous.text.rstrip().endswith((":", "："))


def _lettered_operative(st: _State, text: str) -> bool:
    """A decision's operative part: "(a) Expresses ...", "(b) Endorses ..." after a colon."""
    if st.where != "resolution" or st.resolution is None:
        return False
    if any(not (p.number or "").startswith("(") for p in st.resolution.operative):
        return False
    if st.code is None or st.last is None:
        return False
    if st.last.kind == "preambular" and not st.last.text.rstrip().endswith((":", "：")):
        return False
    phrase = leading_phrase(text, st.code)
    return phrase is not None and phrase.kind == "operative"


def _joined_tail(st: _State, block: Block) -> bool:
    """The last words of a paragraph's list, printed after its items and opened by a joining
    word (并立足于…, "and building on ...", "and stresses the importance of their
    implementation", "et demande de nouveau que ...") or in lower case: the paragraph goes on. An operative
    paragraph only when it has a number: the printed page numbers the next one. (The UN's
    markup makes such a tail of an operative list a paragraph of its own, without a number.)"""
    if st.code is None or st.last is None:
        return False
    if st.last.kind == "operative" and not (st.last.number or "").isdigit():
        return False
    if not st.last.subparagraphs or block.number is not None or block_is_numbered(block.text):
        return False
    text, data = block.text.lstrip(), lang.get(st.code)
    # in lower case where paragraphs open with a capital ("examine comment suivre ...")
    return (
        text.startswith(data.joining_prefixes)
        or _attached_tail(text, st.last.text, st.code)
        or (data.capitalized_paragraphs and text[:1].islower())
    )


_SHORT_WORD = 2  # letters: a particle, not a word the tail coordinates
_HEAD_WORDS = 12  # the words of a paragraph's opening, where its verb and object stand


def _attached_tail(text: str, head: str, code: str) -> bool:
    """A tail opened by "and" written on its first word (Arabic "و"): before a verb of the
    operative table ("وتطالب بمحاسبة ...", "and demands ..."), or before a word of the
    paragraph's own opening that it coordinates ("تكرر تأكيد طلبها ..." / the list / "وطلبها أن
    ...", "reiterates its request ... and its request that ..."). An operative paragraph opens
    with its number or its bare verb, never so ("وإذ تشير" opens a preambular one)."""
    for joiner in lang.get(code).attached_joiners:
        if not text.startswith(joiner):
            continue
        rest = text[len(joiner) :]
        phrase = leading_phrase(rest, code)
        if phrase is not None and phrase.kind == "operative":
            return True
        word = rest.split(None, 1)[0] if rest.strip() else ""
        if len(word) > _SHORT_WORD and word in head.split()[:_HEAD_WORDS]:
            return True
    return False


# A list item's mark: a bullet or a dash and a space ("• steps taken to ...", "– UNIOGBIS will
# ..."), or a letter and a full stop ("b. Provide technical assistance ...") under an item of a
# list. The UN prints such items inside a numbered paragraph; no paragraph begins with one.
_BULLET = re.compile(r"^\s*[•·▪◦○●■–—-]\s")
_LETTER_DOT = re.compile(r"^\s*[a-z]\.\s")
_ITEM_TITLE = 80  # characters: a title of a few words that ends with a colon ("Reports:")
# characters: a labelled item this short without a closing mark is the title of its text ("d) Aide
# à la mise en place de conditions de sécurité favorables à l’acheminement immédiat, complet, en
# toute sécurité et sans entrave de l’aide humanitaire", 150)
_LABELLED_TITLE = 200


def _unlabelled_item(last: Paragraph, block: Block, code: str | None) -> bool:
    """An item of a list that its paragraph announced with a colon, printed without a label,
    or marked with a bullet or a dash; the text under a titled item ("(a) Stabilisation") or
    under an item that ends with a colon ("(iii) Urgent temporary measures:")."""
    if block.number is not None or block_is_numbered(block.text):
        return False
    if _BULLET.match(block.text) or (last.subparagraphs and _LETTER_DOT.match(block.text)):
        return True
    if code is not None and leading_phrase(block.text, code) is not None:
        return False
    if last.subparagraphs:
        previous = last.subparagraphs[-1]
        deepest = previous
        while deepest.subparagraphs:  # "(a) …" / "(ii) … as follows:" / the items, unlabelled
            deepest = deepest.subparagraphs[-1]
        tail = previous.text.rstrip()
        if tail.endswith((":", "：")) or deepest.text.rstrip().endswith((":", "：")):
            return True
        if previous.label and len(tail) < _LABELLED_TITLE and not closes(tail):
            return True
        # an unlabelled item that ends with a semicolon or a comma: the list goes on (the
        # markdown dash that marked its items, "- تحقيق …،", is gone from the folded text)
        return previous.label == "" and tail.endswith((";", "；", "؛", ",", "，", "،"))
    return last.text.rstrip().endswith((":", "：")) and last.kind == "operative"


# a note that one word and a colon open ("Abbreviations:", "Abréviations :", "Сокращения:")
_NOTE_LABEL = re.compile(r"^\s*[^\W\d_]+\s?[:：]\s+\S")


def _table_note(st: _State, block: Block) -> bool:
    """The note under a table of a numbered operative paragraph ("Abreviaciones: SG (CP) =
    Servicios Generales ..."): one word and a colon open it, no verb; the page numbers the
    paragraphs, and it has no number."""
    last = st.last
    if st.code is None or last is None or last.kind != "operative" or last.number is None:
        return False
    if block.number is not None or not _NOTE_LABEL.match(block.text):
        return False
    return leading_phrase(block.text.strip(), st.code) is None


def _called_note(last: Paragraph, block: Block) -> bool:
    """An asterisk note that the text sets under the paragraph that calls it, without a rule
    over it (a quoted statute's "Assembly;*" and "* Dependency allowances ..."): no paragraph."""
    if not block.text.lstrip().startswith("* "):
        return False
    texts = [last.text, *(sp.text for sp in last.subparagraphs)]
    return any("*" in text.lstrip()[1:] for text in texts)


def _titled_items(st: _State, block: Block) -> bool:
    """A title over the next items of the list of a paragraph (``_colon_title``, followed by a
    label)."""
    if st.last is None or not st.last.subparagraphs or block.number is not None:
        return False
    text = block.text.strip()
    return _colon_title(st, text) and SUBLABEL.match(st.following or "") is not None


def _body_list(st: _State) -> list[Paragraph]:
    if st.where == "letter" and st.doc.letter is not None:
        return st.doc.letter.paragraphs
    if st.where == "annex" and st.annex is not None:
        return st.annex.paragraphs
    return st.doc.paragraphs


def _prefix(st: _State) -> str:
    if st.where == "letter":
        return "letter."
    if st.where == "annex" and st.annex is not None:
        return f"annex{st.annex.number}."
    return ""
