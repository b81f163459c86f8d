"""A text without a document's structure: each block one paragraph, never nothing.

A sentence or a few (a translator's aligned segments, a paragraph pasted from a page) has no
masthead, no enacting formula, no letter; the masthead reader would take it for a title and the
document would have no paragraph, in one language and not in another. Such a text is read as
loose paragraphs instead, each of a kind its text gives: a printed number makes it operative, a
leading phrase gives its own kind, and else its final punctuation as the language module's
``PARAGRAPH_ENDINGS`` reads it (a Chinese preambular paragraph, verb last, ends with "，").
"""

from __future__ import annotations

from mandata import lang
from mandata.model import Footnote, Paragraph, ParagraphKind
from mandata.segment.blocks import Block
from mandata.segment.paragraphs import make_paragraph
from mandata.segment.phrases import leading_phrase

__all__ = ["plain_paragraphs"]

_TRAILING = '”’"»)]）】 \t'
_KINDS = ("preambular", "operative")  # what make_paragraph takes from a leading phrase


def plain_paragraphs(
    blocks: list[Block], code: str, footnotes: dict[str, Footnote]
) -> list[Paragraph]:
    """The blocks of a text without structure as paragraphs ``p1``, ``p2``... in language
    ``code``."""
    out: list[Paragraph] = []
    for block in blocks:
        if not block.text.strip():
            continue
        para = make_paragraph(block, code, "preambular", footnotes)
        phrase = leading_phrase(para.text, code)
        if para.number is None and (phrase is None or phrase.kind not in _KINDS):
            para.kind = ending_kind(para.text, code)
            para.action = phrase.action_for(para.kind) if phrase is not None else None
        para.id = f"p{len(out) + 1}"
        out.append(para)
    return out


def ending_kind(text: str, code: str) -> ParagraphKind:
    """The kind the final punctuation of ``text`` marks in language ``code``, else "body"."""
    endings = lang.get(code).paragraph_endings
    last = text.rstrip(_TRAILING)[-1:]
    return endings.get(last, "body")
