#!/usr/bin/env bash
# The browser the UI tests drive: Debian's chromium, and a font for Chinese text (the Arabic,
# Cyrillic and Latin scripts are covered by the fonts chromium pulls in). Run by `make test`;
# does nothing when chromium is already there, and only warns when it cannot install (the browser
# tests then skip, saying why).
set -u
if command -v chromium >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; then
  exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install_browser: not root or no apt-get: install chromium and fonts-wqy-zenhei yourself" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends \
  chromium fonts-wqy-zenhei >/dev/null \
  || echo "install_browser: apt-get could not install chromium" >&2
exit 0
