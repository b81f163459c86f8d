"""Print the UN's XML resolutions as PDFs with the UN's layout, in six languages (issue 18).

We have almost no PDFs in Arabic, Chinese, French, Russian and Spanish; the UN's Akoma Ntoso XML
(../shared/corpus/unxml, unpacked to ~/.cache/mandata/unxml) has every resolution of sessions 77
and 78 in all six. This script prints them as the UN does: an HTML page with the masthead on the
first page (organ and symbol, distribution, date, original language, session, agenda item,
title), running heads from the second page on (symbol and title, alternating sides), the page
number "2/9" and the job number at the foot, paragraphs justified with their first line indented
(the number of an operative paragraph in the indent), footnotes at the foot of the page that calls
them under a short rule, their calls and markers raised; rendered by weasyprint with Debian's
fonts (Liberation Serif for the Latin and Cyrillic scripts, DejaVu Sans for Arabic, WenQuanYi Zen
Hei for Chinese), right to left for Arabic. The UN sets Arabic in a simplified Naskh; DejaVu Sans
is nearer to it than Amiri's calligraphic Naskh, which tesseract reads far worse (confidence 76
against 88 on A/RES/78/197). The PDFs go to a cache folder (never the repository).

The text comes from the same walk of the markup as the text printer (scripts/unxml_print.py), so
the paragraphs are the markup's.

    python scripts/unxml_pdf.py [--session 78] [--lang ar en ...] [--limit N] [--out DIR]
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))

from unxml_print import AKN, Block, Style, Text, blocks, cover_lines, job_number

UNXML = Path.home() / ".cache/mandata/unxml"
OUT = Path.home() / ".cache/mandata/unxml-pdf"
LANGS = ("ar", "en", "es", "fr", "ru", "zh")
FONTS = {"ar": "DejaVu Sans", "zh": "WenQuanYi Zen Hei"}
STYLE = Style(
    width=0,
    blank=False,
    page_lines=50,
    marker_space=False,
    form_feed=True,
    one_line_head=False,
    indent="",
    sentinel=True,
)
_CALL = re.compile("\x00(\\d+)\x00")
_NUMBER = re.compile(r"^(\(?[0-9\u0660-\u0669]{1,3}\)?\s*[.\-]|\([a-z]\)|[a-z]\))\s+")

CSS = """
@page {
  size: 210mm 297mm; margin: 25mm 30mm 28mm 30mm;
  @footnote { border-top: 0.6pt solid #000; width: 38mm; padding-top: 5pt; margin-top: 8pt; }
}
@page :first { @top-left { content: none } @top-right { content: none }
               @bottom-left { content: none } @bottom-right { content: none } }
@page :left {
  @top-left { content: string(symbol); font-size: 9pt; font-weight: bold; }
  @top-right { content: string(title); font-size: 8pt; }
  @bottom-left { content: counter(page) "/" counter(pages); font-size: 9pt; }
  @bottom-right { content: string(job); font-size: 8pt; }
}
@page :right {
  @top-left { content: string(title); font-size: 8pt; }
  @top-right { content: string(symbol); font-size: 9pt; font-weight: bold; }
  @bottom-left { content: string(job); font-size: 8pt; }
  @bottom-right { content: counter(page) "/" counter(pages); font-size: 9pt; }
}
body { font-family: "FONT", serif; font-size: 10pt; line-height: 1.2; }
.strings { string-set: symbol attr(data-symbol), title attr(data-title), job attr(data-job);
           height: 0; font-size: 0; }
.mast { display: flex; justify-content: space-between; border-bottom: 2pt solid #000;
        margin-bottom: 6pt; }
.organ { font-size: 16pt; font-weight: bold; }
.symbol { font-size: 14pt; font-weight: bold; }
.cover { font-size: 10pt; margin: 0 0 2pt 0; }
.cover.title { font-weight: bold; margin-top: 10pt; width: 60%; }
p { text-align: justify; margin: 0 0 6pt 0; text-indent: 12mm; }
p.num { text-indent: 0; }
p.num .n { display: inline-block; width: 12mm; }
.fn { float: footnote; font-size: 8pt; text-align: justify; text-indent: 0; width: 150mm; }
.fn::footnote-marker { content: attr(data-marker); vertical-align: super; font-size: 6pt;
                       padding-inline-end: 3pt; }
.fn::footnote-call { content: attr(data-marker); vertical-align: super; font-size: 6.5pt;
                     line-height: 0; }
table.t { width: 100%; border-collapse: collapse; border-top: 0.6pt solid #000;
  border-bottom: 0.6pt solid #000; margin: 0 0 6pt 0; font-size: 8.5pt; }
table.t td { padding: 1pt 3pt; vertical-align: bottom; text-align: start; }
table.t td.amt { text-align: end; white-space: nowrap; }
p.tnote { font-size: 8.5pt; text-indent: 0; }
.foot1 { margin-top: 30pt; font-size: 8pt; }
html[lang=ar] .fn::footnote-marker { content: none; }
html[lang=ar] p { text-indent: 0; }
.indent { display: inline-block; width: 12mm; }
html[lang=ar] @footnote { margin-left: auto; }
"""


def _local(el: etree._Element) -> str:
    tag = el.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _clean(text: str) -> str:
    return " ".join(text.split())


def _note(text: Text, index: int) -> str:
    """A footnote element: its marker and text, floated to the foot of the page."""
    marker, body = text.notes[index]
    body = body[len(marker) :].strip() if body.startswith(marker) else body
    attr = html.escape(marker, quote=True)
    return f'<span class="fn" data-marker="{attr}">{html.escape(body)}</span>'


def _inline_html(text: Text, words: str) -> str:
    """``words`` (part of ``text``) with each footnote call as a footnote element."""
    parts = _CALL.split(words)
    return "".join(
        _note(text, int(part)) if k % 2 else html.escape(part) for k, part in enumerate(parts)
    )


def _paragraph(text: Text, code: str) -> str:
    """A paragraph; a numbered one with its number in the indent. Right to left, the indent
    is a blank box at the paragraph's start: weasyprint does not put ``text-indent`` on the
    right there, where the UN's Arabic documents indent."""
    m = _NUMBER.match(text.words)
    if m is None:
        indent = '<span class="indent"></span>' if code == "ar" else ""
        return f"<p>{indent}{_inline_html(text, text.words)}</p>"
    number = html.escape(m.group(1))
    rest = _inline_html(text, text.words[m.end() :])
    return f'<p class="num"><span class="n">{number}</span>{rest}</p>'


def _body(found: list[Block], code: str) -> list[str]:
    """The paragraphs, and each run of table rows as one table, as the UN prints a table: the
    first cell (a label) left, amounts right-aligned, rules above and below."""
    out: list[str] = []
    rows: list[str] = []
    for block in found:
        if block.cells:
            rows.append("<tr>" + "".join(_cell(cell) for cell in block.cells) + "</tr>")
            continue
        if rows:
            out.append(f'<table class="t">{"".join(rows)}</table>')
            rows = []
        if block.note and block.text.words:
            out.append(f'<p class="tnote">{_inline_html(block.text, block.text.words)}</p>')
        elif block.text.words:
            out.append(_paragraph(block.text, code))
    if rows:
        out.append(f'<table class="t">{"".join(rows)}</table>')
    return out


def _cell(cell: Text) -> str:
    amount = _AMOUNT.fullmatch(cell.words) is not None
    return f'<td class="{"amt" if amount else "lab"}">{_inline_html(cell, cell.words)}</td>'


_AMOUNT = re.compile(r"[(\-–]?[\d\u0660-\u0669][\d\u0660-\u0669 .,\u066b\u066c\u00a0]*\)?%?")


def page_html(root: etree._Element, code: str) -> str:
    """The HTML of one resolution, to be rendered by weasyprint."""
    number = root.find(f".//{{{AKN}}}docNumber")
    symbol = _clean("".join(number.itertext())) if number is not None else ""
    title_el = root.find(f".//{{{AKN}}}preface//{{{AKN}}}docTitle")
    title = _clean("".join(title_el.itertext())) if title_el is not None else symbol
    job = job_number(root)
    cover = cover_lines(root, STYLE)
    organ, rest = (cover[0], cover[1:]) if cover else ("", [])
    head = [
        f'<div class="strings" data-symbol="{html.escape(symbol)}" '
        f'data-title="{html.escape(title[:70])}" data-job="{html.escape(job.split(" (")[0])}">'
        "</div>",
        f'<div class="mast"><span class="organ">{html.escape(organ)}</span>'
        f'<span class="symbol">{html.escape(rest[0] if rest else symbol)}</span></div>',
    ]
    head += [f'<p class="cover">{html.escape(line)}</p>' for line in rest[1:]]
    body = _body(blocks(root, STYLE), code)
    direction = "rtl" if code == "ar" else "ltr"
    css = CSS.replace("FONT", FONTS.get(code, "Liberation Serif"))
    return (
        f'<!DOCTYPE html><html lang="{code}" dir="{direction}"><head><meta charset="utf-8">'
        f"<style>{css}</style></head><body>{''.join(head)}{''.join(body)}"
        f'<p class="foot1">{html.escape(job)}</p></body></html>'
    )


def print_pdf(path: Path, code: str, out: Path) -> Path:
    """Print one XML file to ``out`` (same name, .pdf); kept when it exists."""
    from weasyprint import HTML

    target = out / code / (path.stem + ".pdf")
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    root = etree.parse(str(path), etree.XMLParser(recover=True, resolve_entities=False)).getroot()
    part = target.with_name(f".{target.name}.{os.getpid()}.part")  # evaluations share the folder
    HTML(string=page_html(root, code)).write_pdf(part)
    part.replace(target)
    return target


def sample(session: str, code: str, limit: int | None) -> list[Path]:
    """Every k-th XML file of a session's language folder (all when ``limit`` is None)."""
    files = sorted((UNXML / "ga" / session / code).glob("*.xml"))
    if limit is None or limit >= len(files):
        return files
    step = len(files) / limit
    return [files[int(k * step)] for k in range(limit)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--session", default="78")
    ap.add_argument("--lang", nargs="*", default=list(LANGS))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    for code in args.lang:
        files = sample(args.session, code, args.limit)
        for path in files:
            print_pdf(path, code, args.out / args.session)
        print(f"{code}: {len(files)} PDFs in {args.out / args.session / code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
