#!/usr/bin/env bash
# Installs what evplan's build and tests need and the machine lacks. Safe to run again.
set -euo pipefail

need_apt=()
pkg-config --exists libcmark-gfm 2>/dev/null || need_apt+=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
# Badges' QR codes (badges.html).
pkg-config --exists libqrencode 2>/dev/null || need_apt+=(libqrencode-dev)
command -v pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
command -v git >/dev/null 2>&1 || need_apt+=(git)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3 python3-pip)
if [ "${1:-}" = "--browser" ]; then
  # Browser tests: headless Chromium prints the pages, poppler reads the PDFs, Noto CJK draws the Chinese.
  command -v chromium-headless-shell >/dev/null 2>&1 || command -v chromium >/dev/null 2>&1 || need_apt+=(chromium-headless-shell)
  command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
  fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need_apt+=(fonts-noto-cjk)
fi
# The desk (evplan desk) keeps its scans in SQLite, through GRDB over the system library.
pkg-config --exists sqlite3 2>/dev/null || need_apt+=(libsqlite3-dev)

if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} from Debian…"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ "${1:-}" = "--test" ]; then
  # The badge test decodes the QR codes evplan draws with zbarimg; it skips with a message when zbar-tools is missing.
  if ! command -v zbarimg >/dev/null 2>&1 || ! command -v rsvg-convert >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    ($SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq zbar-tools librsvg2-bin >/dev/null) \
      || echo "zbar-tools could not be installed: the QR decoding test will be skipped" >&2
  fi
  # The SARIF test validates against the official schema with Python's jsonschema.
  python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema
  # The export tests validate schedule.xml against the frab XSD with xmllint.
  if ! command -v xmllint >/dev/null 2>&1; then
    echo "Installing libxml2-utils (xmllint) from Debian…"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libxml2-utils >/dev/null; } \
      || echo "xmllint could not be installed; the schedule.xml schema check will be skipped." >&2
  fi
  # The scheduler is compared with TaskJuggler (tj3) by TaskJugglerComparisonTests; it skips, saying so, without it.
  if ! command -v tj3 >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq tj3 >/dev/null 2>&1 || echo "tj3 could not be installed: the TaskJuggler comparison will be skipped" >&2
  fi
fi

if [ "${1:-}" = "--browser" ]; then
  # The desk page's browser test drives Chromium over the DevTools protocol with websocket-client.
  python3 -c 'import websocket' 2>/dev/null || python3 -m pip install -q websocket-client
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "Swift 5.9 or later is needed: https://www.swift.org/install/" >&2
  exit 1
fi
