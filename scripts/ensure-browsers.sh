#!/usr/bin/env bash
# Makes sure Debian's Chromium and Firefox ESR are installed: the end-to-end tests
# and the demo drive these, never a browser downloaded by a package. Also Debian's
# Noto fonts (fonts-noto-core), so Vietnamese renders fully in `npm run screenshots`.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  apt=(apt-get)
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  apt=(sudo -n apt-get)
else
  echo "Missing packages: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian's packages..."
"${apt[@]}" update -qq
DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installed ${missing[*]}: $(/usr/bin/chromium --version 2>/dev/null || true) $(/usr/bin/firefox-esr --version 2>/dev/null || true)"
