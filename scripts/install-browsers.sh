#!/usr/bin/env bash
# Installs the browsers the tests drive (Debian's chromium, firefox-esr and WebKitGTK with its
# WebDriver, and the virtual display WebKit draws on), and the Chinese font they draw with, when
# they are missing.
# Run as root, or with sudo available. Nothing is downloaded by npm: see .puppeteerrc.cjs.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
# WebKit, Safari's engine: WebKitWebDriver starts WebKitGTK's MiniBrowser, which has no headless
# mode and draws on Xvfb.
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
# Chinese glyphs: without them Chinese is drawn as boxes, and the demo's reserved heights for
# Chinese (demo/portal.css, checked by test/e2e/demo.test.ts) are those of Noto Sans CJK.
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -eq 0 ]; then
  echo "browsers: chromium, firefox-esr, webkit2gtk-driver, xvfb and fonts-noto-cjk present"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "browsers: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
