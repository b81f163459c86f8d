"""Read the text layer of a PDF with PDFium (pypdfium2).

Each page's text comes out as PDFium lays it out, one line per line of the page; pages are joined
with a form feed so that later stages can drop running heads and footers page by page. PDFs without
a text layer (scans) are refused: OCR is out of scope.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from mandata.errors import EncryptedDocument, NoTextLayer, UnreadableDocument
from mandata.read.text import normalize_newlines

__all__ = ["read_pdf"]

# PDFium marks some hyphens (those it takes for soft hyphens at a line end, but also the hyphen
# of "Secretary-General" in UN PDFs) with the noncharacter U+FFFE; the page shows a hyphen.
_PDFIUM_HYPHEN = "\ufffe"


def _open(data: bytes, label: str) -> pdfium.PdfDocument:
    """Open a PDF from memory, translating PDFium's load errors into mandata errors."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        code = getattr(err, "err_code", None)
        if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise EncryptedDocument(f"{label}: encrypted (password-protected) PDF") from err
        raise UnreadableDocument(f"{label}: damaged or truncated PDF ({err})") from err
    except Exception as err:  # ctypes or memory errors: still the user's file
        raise UnreadableDocument(f"{label}: damaged PDF ({type(err).__name__})") from err


def _page_text(pdf: pdfium.PdfDocument, index: int) -> str:
    """The text layer of one page; page and text page are closed before returning."""
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            text: str = textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()
    return normalize_newlines(text.replace(_PDFIUM_HYPHEN, "-"))


def read_pdf(data: bytes, label: str) -> tuple[str, int]:
    """Return the text of a PDF (pages joined by ``"\\f"``) and its page count.

    Raises :class:`EncryptedDocument` for password-protected files, :class:`NoTextLayer` when no
    page has any text, :class:`UnreadableDocument` for damaged files.
    """
    pdf = _open(data, label)
    try:
        count = len(pdf)
        pages = [_page_text(pdf, i) for i in range(count)]
    except pdfium.PdfiumError as err:
        raise UnreadableDocument(f"{label}: damaged PDF page ({err})") from err
    finally:
        pdf.close()
    if not any(page.strip() for page in pages):
        raise NoTextLayer(f"{label}: the PDF has no text layer (a scan?); OCR is not supported")
    return "\f".join(pages), count
