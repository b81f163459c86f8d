#!/usr/bin/env bash
# The browser the UI tests drive: Debian's chromium, and a font for Chinese text (the Arabic,
# Cyrillic and Latin scripts are covered by the fonts chromium pulls in); and for the PDF tests,
# poppler-utils (pdftotext: the text other tools export from a PDF) and DejaVu (a font with Arabic
# glyphs, to print test PDFs). Run by `make test`; does nothing when all are there, and only warns
# when it cannot install (the tests that need them then skip, saying why).
set -u
if command -v chromium >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q . \
  && command -v pdftotext >/dev/null 2>&1 && fc-list 2>/dev/null | grep -q DejaVuSans.ttf; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install_browser: not root or no apt-get: install chromium, fonts-wqy-zenhei, poppler-utils and fonts-dejavu-core yourself" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends \
  chromium fonts-wqy-zenhei poppler-utils fonts-dejavu-core >/dev/null \
  || echo "install_browser: apt-get could not install chromium, poppler-utils or fonts" >&2
exit 0
