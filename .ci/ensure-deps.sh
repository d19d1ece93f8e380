#!/usr/bin/env bash
# Installs what the project needs when it is missing: node packages (npm ci) and, with
# --browser, Debian's chromium for Playwright (Playwright cannot download its own browser here).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ ! -x node_modules/.bin/vite ]; then
  echo "[setup] installing node packages (npm ci)"
  npm ci --no-audit --no-fund
fi
if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "[setup] installing Debian chromium for the browser tests"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
exit 0
