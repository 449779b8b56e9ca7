#!/usr/bin/env bash
# Installs the browsers the tests drive (Debian's chromium and firefox-esr), and the Chinese font
# they draw with, when they are missing.
# Run as root, or with sudo available. Nothing is downloaded by npm: see .puppeteerrc.cjs.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
# Chinese glyphs: without them Chinese is drawn as boxes, and the demo's reserved heights for
# Chinese (demo/portal.css, checked by test/e2e/demo.test.ts) are those of Noto Sans CJK.
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -eq 0 ]; then
  echo "browsers: chromium, firefox-esr and fonts-noto-cjk present"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "browsers: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
