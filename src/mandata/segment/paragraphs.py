"""Paragraphs: a block becomes a :class:`~mandata.model.Paragraph` with its phrase and action.

The kind of a resolution paragraph comes from its number (operative paragraphs are numbered) and,
in the languages whose verb forms mark it (the English -ing form, the French participle, the Arabic
"وإذ" prefix), from its leading phrase. Sub-paragraphs ("(a)", "(i)", "(一)") nest under the
paragraph they follow.
"""

from __future__ import annotations

import re

from mandata.model import Footnote, Paragraph, ParagraphKind, Subparagraph
from mandata.normalize.join import join_lines
from mandata.segment.blocks import (
    NUMBER_ONLY,
    NUMBERED,
    SUBLABEL,
    Block,
    bare_numbered,
    label_text,
)
from mandata.segment.phrases import leading_phrase

_ROMAN = re.compile(r"^[ivxlc]+$")
# A word set in spaced type, as PDF extraction gives it: "I n v i t e s", "R e c a l l i n g".
_LETTER_SPACED = re.compile(r"^(?:[^\W\d_] ){3,}[^\W\d_](?= |$)")


def unspaced(text: str, code: str | None) -> str:
    """``text`` with its first word's letter spacing taken out ("I n v i t e s all States" ->
    "Invites all States"). Where a one-letter word follows ("I n v i t a a todos"), the
    longest run of letters that makes a leading phrase is the word."""
    if text[1:2] != " " or text[3:4] != " ":
        return text
    found = _LETTER_SPACED.match(text)
    if not found:
        return text
    letters = found.group().split(" ")
    for size in range(len(letters), 3, -1):
        word = "".join(letters[:size])
        rest = " ".join(letters[size:])
        candidate = f"{word} {rest}{text[found.end() :]}" if rest else word + text[found.end() :]
        if code is None or leading_phrase(candidate, code) is not None:
            return candidate
    return "".join(letters) + text[found.end() :]


_LETTER_AFTER = {"i": "h", "v": "u", "x": "w", "l": "k", "c": "b"}


def make_paragraph(
    block: Block,
    code: str | None,
    default_kind: ParagraphKind,
    footnotes: dict[str, Footnote],
    next_number: int | None = None,
) -> Paragraph:
    """The paragraph a block holds, its number, leading phrase and footnotes. A number on a
    line of its own before the text is the paragraph's when it is ``next_number`` (the number
    the paragraph after the last one has), or when that is not known."""
    text = block.text
    number = block.number
    # a number alone on the page before is a footnote's marker left over, not this paragraph's
    same_page = len(block.lines) > 1 and block.lines[0].page == block.lines[1].page
    alone = NUMBER_ONLY.match(block.lines[0].text) if same_page else None
    if alone and next_number is not None and int(alone["num"]) != next_number:
        alone = None  # a footnote's marker cut by the line's end ("1" / "4")
    if alone and number is None:  # "26" on a line of its own, then "Condemns ..."
        number = alone["num"]
        text = join_lines([ln.text for ln in block.lines[1:]])
    numbered = NUMBERED.match(text)
    if numbered and number is None:
        number = numbered["num"]
        text = text[numbered.end() :]
    bare = bare_numbered(text, code) if number is None and default_kind != "body" else None
    if bare and (next_number is None or int(bare["num"]) == next_number):
        number = bare["num"]  # "1 Encomia ...": the number without its full stop
        text = text[bare.end() :]
    text = unspaced(text, code)
    lettered = SUBLABEL.match(text) if number is None and default_kind != "body" else None
    if lettered:
        number = f"({label_text(lettered)})"
        text = text[lettered.end() :]
    phrase = leading_phrase(text, code) if code else None
    kind: ParagraphKind = default_kind
    if default_kind != "body":
        if number is not None:
            kind = "operative"
        elif phrase is not None and phrase.kind in ("preambular", "operative"):
            kind = "preambular" if phrase.kind == "preambular" else "operative"
    return Paragraph(
        kind=kind,
        text=text,
        number=number,
        phrase=phrase.text if phrase else None,
        action=phrase.action_for(kind) if phrase else None,
        modifier=phrase.modifier if phrase else None,
        footnotes=[footnotes[r] for r in block.footnote_refs if r in footnotes],
        page=block.page,
        span=block.span,
    )


def sublabel(block: Block) -> tuple[str, str] | None:
    """The label and text of a sub-paragraph block ("(a) text" -> ("a", "text")), else None."""
    m = SUBLABEL.match(block.text)
    if not m:
        return None
    return label_text(m), block.text[m.end() :]


def add_subparagraph(parent: Paragraph, label: str, text: str) -> None:
    """Attach a sub-paragraph at the right depth: "(i)" after "(a)" nests, "(i)" after "(h)"
    is the ninth letter."""
    subs = parent.subparagraphs
    if subs and _follows(subs[-1].label, label):
        subs.append(Subparagraph(label, text))
        return
    if subs and _nests(subs[-1].label, label):
        subs[-1].subparagraphs.append(Subparagraph(label, text))
        return
    if subs and subs[-1].subparagraphs and _same_family(subs[-1].subparagraphs[-1].label, label):
        subs[-1].subparagraphs.append(Subparagraph(label, text))
        return
    subs.append(Subparagraph(label, text))


def _follows(previous: str, label: str) -> bool:
    """The next label of the same list: "b" after "a", "3" after "2"."""
    if previous.isdigit() and label.isdigit():
        return int(label) == int(previous) + 1
    return len(previous) == len(label) == 1 and ord(label) == ord(previous) + 1


def _nests(previous: str, label: str) -> bool:
    """A roman numeral after a letter that it does not follow, or a letter after a number."""
    if _ROMAN.match(label) and not _ROMAN.match(previous):
        return _LETTER_AFTER.get(label) != previous
    return previous.isdigit() and label.isalpha()


def _same_family(previous: str, label: str) -> bool:
    if _ROMAN.match(previous) and _ROMAN.match(label):
        return True
    return previous.isdigit() and label.isdigit()
