#!/usr/bin/env bash
# What reading older documents needs (docs/ocr.md): Debian's tesseract with the six languages'
# packs (scanned PDFs), antiword (.doc), LibreOffice's Writer without its GUI (.rtf, .wpd, and
# .doc where antiword cannot), and fonts for Arabic, Chinese and the Latin and Cyrillic scripts
# (the test PDFs printed from the UN's XML). Run by `make test`; does nothing when all are there,
# and only warns when it cannot install (the tests that need them then skip, saying why).
set -u
LANGS="ara chi_sim eng fra rus spa"
have_all() {
  command -v tesseract >/dev/null 2>&1 || return 1
  local packs
  packs="$(tesseract --list-langs 2>/dev/null)" || return 1
  for l in $LANGS; do grep -qx "$l" <<<"$packs" || return 1; done
  command -v antiword >/dev/null 2>&1 && command -v soffice >/dev/null 2>&1 \
    && fc-list 2>/dev/null | grep -q Amiri && fc-list :lang=zh 2>/dev/null | grep -q . \
    && fc-list 2>/dev/null | grep -q LiberationSerif
}
have_all && exit 0
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install_ocr: not root or no apt-get: install tesseract-ocr (ara chi-sim eng fra rus spa)," \
    "antiword, libreoffice-writer-nogui, fonts-hosny-amiri, fonts-wqy-zenhei and fonts-liberation2" \
    "yourself" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends \
  tesseract-ocr tesseract-ocr-ara tesseract-ocr-chi-sim tesseract-ocr-eng tesseract-ocr-fra \
  tesseract-ocr-rus tesseract-ocr-spa antiword libreoffice-writer-nogui \
  fonts-hosny-amiri fonts-wqy-zenhei fonts-liberation2 >/dev/null 2>&1 \
  || echo "install_ocr: apt-get could not install tesseract, antiword, LibreOffice or fonts" >&2
exit 0
