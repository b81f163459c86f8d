"""Our own test documents printed by weasyprint, as scripts/unxml_pdf.py prints the UN's XML: an
HTML page in a language's direction and font, written to a PDF; the test is skipped, saying why,
without weasyprint or the font."""

from __future__ import annotations

from pathlib import Path

import pytest

FONTS = {
    "ar": (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), "DejaVu Sans"),
    "zh": (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "WenQuanYi Zen Hei"),
}


def page(code: str, css: str, body: list[str]) -> str:
    """The HTML of a page in ``code``: right to left in Arabic; ``FAMILY`` in ``css`` is the
    language's font (Liberation Serif for the Latin and Cyrillic scripts)."""
    direction = "rtl" if code == "ar" else "ltr"
    css = css.replace("FAMILY", FONTS[code][1] if code in FONTS else "Liberation Serif")
    return (
        f'<!DOCTYPE html><html lang="{code}" dir="{direction}"><head><meta charset="utf-8">'
        f"<style>{css}</style></head><body>{''.join(body)}</body></html>"
    )


def print_pdf(html: str, code: str, path: Path) -> Path:
    """``html`` printed to ``path``."""
    weasyprint = pytest.importorskip("weasyprint", reason="weasyprint prints the test PDF")
    if code in FONTS and not FONTS[code][0].exists():
        pytest.skip(f"the {code} font is not installed: {FONTS[code][0]}")
    weasyprint.HTML(string=html).write_pdf(path)
    return path
