#!/usr/bin/env bash
# Installs the browsers the tests drive (Debian's chromium and firefox-esr) when they are missing.
# Run as root, or with sudo available. Nothing is downloaded by npm: see .puppeteerrc.cjs.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
if [ ${#missing[@]} -eq 0 ]; then
  echo "browsers: chromium and firefox-esr present"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "browsers: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
