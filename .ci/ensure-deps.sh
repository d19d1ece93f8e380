#!/usr/bin/env bash
# Installs what the project needs when it is missing: node packages (npm ci) and, with
# --browser, Debian's chromium for Playwright (Playwright cannot download its own browser here)
# and poppler-utils (pdftotext, pdffonts, pdfimages, pdftoppm), with which the tests read PDFs back.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ ! -x node_modules/.bin/vite ]; then
  echo "[setup] installing node packages (npm ci)"
  npm ci --no-audit --no-fund
fi
if [ "${1:-}" = "--browser" ]; then
  MISSING=""
  [ -x /usr/bin/chromium ] || MISSING="$MISSING chromium"
  [ -x /usr/bin/pdftotext ] || MISSING="$MISSING poppler-utils"
  if [ -n "$MISSING" ]; then
    echo "[setup] installing Debian packages for the tests:$MISSING"
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $MISSING >/dev/null
  fi
fi
exit 0
