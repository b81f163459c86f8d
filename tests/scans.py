"""Scans for the OCR tests: PDFs of our own documents rendered into image-only PDFs."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from PIL import Image


def page_images(data: bytes, dpi: int = 300) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in pdf]
    finally:
        pdf.close()


def images_pdf(images: list[Image.Image], dpi: int = 300) -> bytes:
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return out.getvalue()


def rasterize(data: bytes, dpi: int = 300) -> bytes:
    """An image-only PDF of ``data`` (each page rendered in grey at ``dpi``): a scan."""
    return images_pdf(page_images(data, dpi), dpi)
